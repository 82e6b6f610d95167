"""The actor dictionary: canonical people, bodies, states and groups, with aliases and affiliation.

One data file (`resources/actors.csv`) serves quote attribution, tone toward actors and event
coding. A corpus folder may add its own `actors.csv` with the same columns; its rows are merged in
(a row with a known name replaces the built-in one), so a new crisis needs no code change.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from rapidfuzz import fuzz, process

from presslens.paths import RESOURCES_DIR

ACTORS_FILE = RESOURCES_DIR / "actors.csv"
ACTOR_COLUMNS = ("name", "type", "affiliation", "bloc", "role", "gender", "aliases")
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 5
GIVEN_NAME_MIN_SCORE = 65.0
RECENT_TEXTS = 256  # texts whose mentions find_mentions keeps (one article is scanned by several analyses)


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


def normalize_name(name: str) -> str:
    """Fold a name for comparison: accents, case, hyphens, apostrophes, possessive 's, a leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'").replace("‘", "'")
    folded = re.sub(r"'s\b", "", folded)
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
        self._recent: dict[str, tuple[Mention, ...]] = {}

    def _index_aliases(self) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, Actor]]]:
        """Aliases as token tuples, keyed by their first token, longest first; acronyms keep their raw tokens."""
        index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...] | None, Actor]]] = {}
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
        """Every alias occurrence in `text`, non-overlapping, the longest alias winning at each position.

        Several analyses scan the same article text, so the results for recent texts are kept.
        """
        found = self._recent.get(text)
        if found is None:
            if len(self._recent) >= RECENT_TEXTS:
                self._recent.clear()
            found = self._recent[text] = tuple(self._scan(text))
        return list(found)

    def _scan(self, text: str) -> list[Mention]:
        """The mentions of `text`, found token by token."""
        tokens = list(_tokens(text))
        folded = [_fold(t) for _, _, t in tokens]
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            match = None
            for alias, raw, actor in self._index.get(folded[i], ()):
                k = len(alias)
                if tuple(folded[i : i + k]) != alias:
                    continue
                if raw is not None and tuple(t for _, _, t in tokens[i : i + k]) != raw:
                    continue
                if all(_JOINER.fullmatch(text[tokens[j][1] : tokens[j + 1][0]]) for j in range(i, i + k - 1)):
                    match = (k, actor)
                    break
            if match is None:
                i += 1
                continue
            k, actor = match
            start, end = tokens[i][0], tokens[i + k - 1][1]
            mentions.append(Mention(start, end, text[start:end], actor))
            i += k
        return mentions


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """Two spellings of a name may be one person: a one-word name, or given names that are variants
    (Hussain / Hossein) rather than different names (Jamal / Jan)."""
    if len(a) == 1 or len(b) == 1:
        return True
    return fuzz.ratio(a[0], b[0]) >= GIVEN_NAME_MIN_SCORE


_TOKEN = re.compile(r"[^\W_]+")
_JOINER = re.compile(r"(?:['’]s)?[\s.'’-]{0,3}")


def _tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Word tokens (start, end, text) of a text, with the 's' of a possessive left out."""
    for m in _TOKEN.finditer(text):
        if m.group(0) in ("s", "S") and m.start() > 0 and text[m.start() - 1] in "'’":
            continue
        yield m.start(), m.end(), m.group(0)


def _fold(token: str) -> str:
    """A token folded for comparison: lower case, accents removed."""
    token = token.lower()
    if token.isascii():
        return token
    return "".join(ch for ch in unicodedata.normalize("NFKD", token) if not unicodedata.combining(ch))


def read_actor_rows(path: Path) -> list[Actor]:
    """Read an actors CSV (columns ACTOR_COLUMNS; aliases separated by '|'), with a clear error on bad columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ACTOR_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: actor file lacks column(s) {', '.join(missing)}")
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


CORPUS_ACTORS_ENV = "PRESSLENS_ACTORS_FILE"


def load_actors(extra: Path | None = None) -> ActorDictionary:
    """The built-in actor dictionary, merged with an extra file: `extra`, else the corpus's actors.csv
    named by $PRESSLENS_ACTORS_FILE (set by the pipeline, inherited by worker processes)."""
    chosen = extra if extra is not None else os.environ.get(CORPUS_ACTORS_ENV) or None
    return _load_actors(Path(chosen) if chosen else None)


def use_corpus_actors(path: Path | None) -> None:
    """Make `path` (a corpus's actors.csv, or None for none) the extra actor file of every later analysis."""
    if path is not None and Path(path).is_file():
        os.environ[CORPUS_ACTORS_ENV] = str(Path(path).resolve())
    else:
        os.environ.pop(CORPUS_ACTORS_ENV, None)


@lru_cache(maxsize=8)
def _load_actors(extra: Path | None) -> ActorDictionary:
    """The dictionary for one extra file (cached per file)."""
    actors = read_actor_rows(ACTORS_FILE)
    if extra is not None and extra.is_file():
        actors += read_actor_rows(extra)
    return ActorDictionary(actors)
