"""The actor dictionary: canonical people, bodies, states and groups, with aliases and affiliation.

One data file (`resources/actors.csv`) serves quote attribution, tone toward actors and event
coding. A corpus folder may add its own `actors.csv` with the same columns; its rows are merged in
(a row with a known name replaces the built-in one), so a new crisis needs no code change. The
dictionary of a corpus comes from its `Settings` (`load_actors(settings)`).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from rapidfuzz import fuzz, process

from presslens.literal_scan import literal_trie
from presslens.settings import DEFAULT_SETTINGS, Settings, bundled_path, bundled_text

ACTORS_NAME = "actors.csv"
ACTOR_COLUMNS = ("name", "type", "affiliation", "bloc", "role", "gender", "aliases")
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 5
GIVEN_NAME_MIN_SCORE = 65.0


@dataclass(frozen=True)
class Actor:
    """One canonical actor."""

    name: str
    type: str  # person | organization | government
    affiliation: str  # country or body, e.g. "Pakistan", "UN", "Jaish al-Adl"
    bloc: str  # grouping for aggregate views: Iran, Pakistan, Militants, International, Media, ...
    role: str
    gender: str  # male | female | "" (unknown or not a person)
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """An actor named in a text, with character offsets."""

    start: int
    end: int
    text: str
    actor: Actor


# An alias as folded tokens, its raw tokens when it must match case-sensitively, and its actor.
AliasEntry = tuple[tuple[str, ...], tuple[str, ...] | None, Actor]


def normalize_name(name: str) -> str:
    """Fold a name for comparison: accents, case, hyphens, apostrophes, possessive 's, a leading 'the'."""
    if name.isascii() and name.isalnum():  # one plain word (most lookups): only its case to fold
        return name.lower()
    return _fold_name(name)


def _fold_name(name: str) -> str:
    """`normalize_name` for any name."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'").replace("‘", "'")
    folded = re.sub(r"'[sS]\b", "", folded)
    folded = re.sub(r"[-‐‑–—_.']", " ", folded)
    folded = re.sub(r"\s+", " ", folded).strip().lower()
    return re.sub(r"^the ", "", folded)


def _is_acronym(alias: str) -> bool:
    """True for aliases such as 'BLA', 'IS', 'U.N.' that must match case-sensitively."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 5


class ActorDictionary:
    """Lookup of canonical actors by alias (exact, then fuzzy) and by mention in running text."""

    def __init__(self, actors: Iterable[Actor]):
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors[actor.name] = actor
        self._by_alias: dict[str, Actor] = {}
        for actor in self.actors.values():
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(normalize_name(alias), actor)
        self._person_keys = [k for k, a in self._by_alias.items() if a.type == "person" and len(k) >= FUZZY_MIN_LENGTH]
        self._index = self._index_aliases()
        # Per first token: the second tokens its aliases can continue with (None: a one-token alias exists).
        self._second_tokens: dict[str, frozenset[str] | None] = {
            first: None if any(len(e[0]) == 1 for e in entries) else frozenset(e[0][1] for e in entries)
            for first, entries in self._index.items()
        }
        self._finder = _alias_finder(self._index)

    def _index_aliases(self) -> dict[str, list[AliasEntry]]:
        """Aliases as token tuples, keyed by their first token, longest first; acronyms keep their raw tokens."""
        index: dict[str, list[AliasEntry]] = {}
        for actor in self.actors.values():
            for alias in {actor.name, *actor.aliases}:
                tokens = [t for _, _, t in _tokens(alias)]
                if not tokens:
                    continue
                folded = tuple(_fold(t) for t in tokens)
                entry = (folded, tuple(tokens) if _is_acronym(alias) else None, actor)
                index.setdefault(folded[0], []).append(entry)
        for entries in index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        return index

    def get(self, name: str) -> Actor | None:
        """The actor with this canonical name, if any."""
        return self.actors.get(name)

    def lookup(self, mention: str, fuzzy: bool = True) -> Actor | None:
        """Resolve a name as written to its canonical actor; fuzzy matching applies to person names only."""
        key = normalize_name(mention)
        if not key:
            return None
        actor = self._by_alias.get(key)
        if actor is not None or not fuzzy:
            return actor
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        tokens = key.split(" ")
        for candidate, _, _ in process.extract(key, self._person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=5):
            if _given_names_agree(tokens, candidate.split(" ")):
                return self._by_alias[candidate]
        return None

    def find_mentions(self, text: str) -> list[Mention]:
        """Every alias occurrence in `text`, non-overlapping, the longest alias winning at each position (the analyses
        of an article share its mentions through its `ArticleContext`)."""
        return self._scan(text)

    def _scan(self, text: str) -> list[Mention]:
        """The mentions of `text`, as `_scan_tokens` finds them: when all its words are ASCII, Python looks only
        where the regex of `_finder` finds an alias."""
        lower = _ascii_words_lowered(text)
        if lower is None:
            return self._scan_tokens(text)
        behind_space = " " + lower
        search = self._finder.pattern.search
        mentions: list[Mention] = []
        hit = search(behind_space)
        while hit is not None:
            mention = self._mention_at(text, lower, hit.start(), hit.end() - 1)  # `lower`'s offsets are one less
            if mention is not None:
                mentions.append(mention)
            hit = search(behind_space, mention.end + 1 if mention is not None else hit.start() + 1)
        return mentions

    def _mention_at(self, text: str, lower: str, start: int, end: int) -> Mention | None:
        """The mention `_match_at` finds where `_finder` found the alias `lower[start:end]` (the longest there).

        That alias is taken unless a quote in its gaps or the case of an acronym calls for the full check of
        every alias of its first token (`_checked_mention_at`).
        """
        found = lower[start:end]
        if "'" in found or "’" in found:
            return self._checked_mention_at(text, lower, start)
        count, candidates = self._finder.aliases.get(found) or self._finder.aliases[" ".join(_ASCII_TOKEN.findall(found))]
        for raw, actor in candidates:
            if raw is None or _token_texts(text, lower, start, end, count) == raw:
                return Mention(start, end, text[start:end], actor)
        return None if count == 1 else self._checked_mention_at(text, lower, start)

    def _checked_mention_at(self, text: str, lower: str, start: int) -> Mention | None:
        """The mention `_match_at` finds at the token starting at `start` in `lower` (see `_ascii_words_lowered`)."""
        first = _ASCII_TOKEN.match(lower, start)
        assert first is not None, "called at the start of a token"
        entries = self._index[first.group()]
        tokens = [first, *islice(_ascii_tokens(lower, first.end()), len(entries[0][0]) - 1)]
        match = _match_at(text, tokens, [token.group() for token in tokens], 0, entries)
        if match is None:
            return None
        end = tokens[match[0] - 1].end()
        return Mention(start, end, text[start:end], match[1])

    def _scan_tokens(self, text: str) -> list[Mention]:
        """The mentions of `text`: at each token that can start an alias, the longest alias that matches."""
        tokens, folded = _folded_tokens(text)
        index = self._index
        mentions: list[Mention] = []
        free = 0  # the first token not inside a mention found so far
        seconds = self._second_tokens
        last = len(folded) - 1
        for i in [j for j, word in enumerate(folded) if word in index]:
            if i < free:
                continue
            allowed = seconds[folded[i]]
            if allowed is not None and (i == last or folded[i + 1] not in allowed):
                continue
            match = _match_at(text, tokens, folded, i, index[folded[i]])
            if match is not None:
                k, actor = match
                start, end = tokens[i].start(), tokens[i + k - 1].end()
                mentions.append(Mention(start, end, text[start:end], actor))
                free = i + k
        return mentions


def _match_at(text: str, tokens: list[re.Match], folded: list[str], i: int, entries: list[AliasEntry]) -> tuple[int, Actor] | None:
    """The longest alias (length in tokens, actor) whose tokens start at token `i`, with joiners between them."""
    following = folded[i + 1] if i + 1 < len(folded) else None
    for alias, raw, actor in entries:
        k = len(alias)
        if k > 1 and (alias[1] != following or tuple(folded[i : i + k]) != alias):
            continue
        if raw is not None and tuple(text[m.start() : m.end()] for m in tokens[i : i + k]) != raw:
            continue
        if k == 1 or all(_JOINER.fullmatch(text, tokens[j].end(), tokens[j + 1].start()) for j in range(i, i + k - 1)):
            return k, actor
    return None


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """Two spellings of a name may be one person: a one-word name, or given names that are variants
    (Hussain / Hossein) rather than different names (Jamal / Jan)."""
    if len(a) == 1 or len(b) == 1:
        return True
    return fuzz.ratio(a[0], b[0]) >= GIVEN_NAME_MIN_SCORE


_TOKEN = re.compile(r"[^\W_]+")
_POSSESSIVE_S = re.compile(r"(?<=['’])s(?![^\W_])")
_NON_ASCII_WORD_CHARACTER = re.compile(r"[^\W_\x00-\x7f]")
# In a text of `_ascii_words_lowered`: a token, its end, a non-token character, no possessive 's' ahead, and any
# `_JOINER` between two tokens (with what is not one when a quote opens it).
_ASCII_TOKEN = re.compile(r"[a-z0-9]+")
_ASCII_TOKEN_END = r"(?![a-z0-9])"
_NON_TOKEN = "[^a-z0-9]"
_NO_POSSESSIVE_S = r"(?:(?<!['’]s)|(?=[a-z0-9]))"  # after an 's'
_JOINER_GAP = r"(?:['’]s(?![a-z0-9])[\s.'’-]{0,3}|[\s.'’-]{1,3})"
_JOINER = re.compile(r"(?:['’][sS])?[\s.'’-]{0,3}")


def _possessive_s(text: str, start: int, end: int) -> bool:
    """True for the 's' of a possessive ("Iran's"), which is not a token."""
    return end - start == 1 and text[start] in "sS" and start > 0 and text[start - 1] in "'’"


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Word tokens (start, end, text) of a text, with the 's' of a possessive left out."""
    for m in _TOKEN.finditer(text):
        if not _possessive_s(text, m.start(), m.end()):
            yield m.start(), m.end(), m.group(0)


def _folded_tokens(text: str) -> tuple[list[re.Match], list[str]]:
    """The word tokens of `text` (as matches, possessive 's' left out) and the same tokens folded (`_fold`).

    Lower-casing the whole text and blanking possessive 's' keeps offsets when the length does not
    change (nearly always); otherwise tokens are found and folded one by one.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        tokens = [m for m in _TOKEN.finditer(text) if not _possessive_s(text, m.start(), m.end())]
        return tokens, [_fold(m.group(0)) for m in tokens]
    lowered = _POSSESSIVE_S.sub(" ", lowered)
    tokens, words = list(_TOKEN.finditer(lowered)), _TOKEN.findall(lowered)
    if not lowered.isascii():
        words = [w if w.isascii() else _fold(w) for w in words]
    return tokens, words


def _ascii_words_lowered(text: str) -> str | None:
    """The lower-cased text when lower-casing keeps offsets and every token is ASCII, so that the tokens of
    `_folded_tokens` are its tokens other than possessive 's' (`_ascii_tokens`); None otherwise."""
    lowered = text.lower()
    if len(lowered) != len(text) or not lowered.isascii() and _NON_ASCII_WORD_CHARACTER.search(lowered):
        return None
    return lowered


def _ascii_tokens(lower: str, start: int) -> Iterator[re.Match[str]]:
    """The tokens of `lower` (see `_ascii_words_lowered`) from `start` on, possessive 's' left out."""
    return (token for token in _ASCII_TOKEN.finditer(lower, start) if not _possessive_s(lower, token.start(), token.end()))


def _token_texts(text: str, lower: str, start: int, end: int, count: int) -> tuple[str, ...]:
    """The tokens of `text` as written between `start` and `end`, where `lower` (see `_ascii_words_lowered`) holds
    `count` tokens and no quote."""
    if count == 1:
        return (text[start:end],)
    return tuple(text[token.start() : token.end()] for token in _ASCII_TOKEN.finditer(lower, start, end))


@dataclass(frozen=True)
class AliasFinder:
    """A regex matching, in a text of `_ascii_words_lowered` behind one space, an alias (the longest, by its folded
    tokens, with gaps that can be joiners) and the character before it; the aliases by their tokens joined by spaces.

    Where no quote is in the match, its tokens are those of `_folded_tokens` and its gaps are joiners."""

    pattern: re.Pattern[str]
    aliases: dict[str, tuple[int, tuple[tuple[tuple[str, ...] | None, Actor], ...]]]  # -> token count, (raw tokens, actor) in index order


def _alias_finder(index: dict[str, list[AliasEntry]]) -> AliasFinder:
    """The finder of the aliases whose tokens are all ASCII words (no other alias can match a text of ASCII words).

    The aliases form a trie of characters (a space for a gap between tokens, "" for the end of an alias): the
    engine tries a few branches at each character, and extends an alias before it ends one, so the longest is
    found. The leading character class lets the engine skip from one token start to the next without entering
    its matching loop.
    """
    aliases: dict[str, list[tuple[tuple[str, ...] | None, Actor]]] = {}
    for entries in index.values():
        for alias, raw, actor in entries:
            if all(_ASCII_TOKEN.fullmatch(token) for token in alias):
                aliases.setdefault(" ".join(alias), []).append((raw, actor))
    trie = literal_trie(aliases)
    body = _trie_regex(trie, first=True) if trie else "(?!)"
    return AliasFinder(re.compile(_NON_TOKEN + body), {joined: (joined.count(" ") + 1, tuple(found)) for joined, found in aliases.items()})


def _trie_regex(node: dict[str, dict], first: bool = False) -> str:
    """The regex of the alias trie below `node` (see `_alias_finder`), the end of an alias last among the branches;
    `first` at the first character of the aliases."""
    branches = [
        _ASCII_TOKEN_END if unit == "" else _unit_regex(unit, first) + _trie_regex(child)
        for unit, child in sorted(node.items(), key=lambda item: item[0] == "")
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _unit_regex(unit: str, first: bool) -> str:
    """The regex of one step of the alias trie: a joiner for a space, else the character (a first 's' no possessive one)."""
    if unit == " ":
        return _JOINER_GAP
    return unit + _NO_POSSESSIVE_S if first and unit == "s" else unit


def _fold(token: str) -> str:
    """A token folded for comparison: lower case, accents removed."""
    token = token.lower()
    if token.isascii():
        return token
    return "".join(ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch))


def read_actor_rows(source: Path | str, text: str | None = None) -> list[Actor]:
    """Read an actors CSV (columns ACTOR_COLUMNS; aliases separated by '|'), with a clear error on bad columns.

    `source` names the file; `text`, when given, is its content (else the file is read)."""
    handle = io.StringIO(text, newline="") if text is not None else Path(source).open(encoding="utf-8", newline="")
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ACTOR_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{source}: actor file lacks column(s) {', '.join(missing)}")
        return [
            Actor(
                name=row["name"].strip(),
                type=row["type"].strip() or "unknown",
                affiliation=row["affiliation"].strip(),
                bloc=row["bloc"].strip(),
                role=row["role"].strip(),
                gender=row["gender"].strip(),
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            )
            for row in reader
            if row["name"].strip()
        ]


def load_actors(settings: Settings = DEFAULT_SETTINGS) -> ActorDictionary:
    """The actor dictionary of a corpus: the bundled actors.csv, merged with the corpus folder's own (its rows
    are added; a row with a known name replaces the bundled one)."""
    return _actor_dictionary(settings.override(ACTORS_NAME), str(Path(settings.corpus) / ACTORS_NAME))


@lru_cache(maxsize=8)
def _actor_dictionary(extra: str | None, extra_source: str) -> ActorDictionary:
    """The dictionary for one extra actors file's text (cached by that text)."""
    actors = read_actor_rows(bundled_path(ACTORS_NAME), bundled_text(ACTORS_NAME))
    if extra is not None:
        actors += read_actor_rows(extra_source, extra)
    return ActorDictionary(actors)
