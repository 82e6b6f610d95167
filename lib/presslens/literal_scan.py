"""Exact, faster regex scans: literal gates and prefilters on the lower-cased text (used by event coding and framing).

A pattern that opens with `\\b` (or any look-around) and ignores case gets no help from the regex
engine's own prefix search, so `finditer` attempts a full match at every position of the text. When
every match of a pattern must begin with one of a few literal strings ("cond", "deno", "depl" for
"condemned", "denounced", "deplored"), `GatedPattern` finds where those strings occur in the lower-cased
text (`str.find`, or one regex search for a gate of many literals, shared by all patterns through `GateText`)
and tries the pattern there only. The matches are the very ones `finditer` gives: a match can start nowhere
else, and `pattern.match` at a start returns what a search reaching that start would. A pattern opening with
`\\b` or `(?<!\\w)` (or a class holding `\\w`) is tried only where its literal follows no word character.

`LiteralSet` gathers the gates of many such patterns: `GateText.prefetch` then finds the candidate positions of all
of them by one regex search of the lower-cased text (as `GatedSet` finds its literals) instead of a `str.find` loop per literal.

`GatedSet` scans many patterns at once: one regex search of the lower-cased text finds, at every word
start, the longest of all their word-led literals beginning there (a second search finds their other
literals), and only the patterns gated by it or by a prefix of it are tried there (each keeping the
matches its own `finditer` gives). These searches hold the literals as a trie (one branch per next character),
so the engine tries few branches per position.

`required_literals` gives strings one of which every match contains (anywhere): `may_contain` then skips
a search that cannot succeed.

Gates and required literals are read off the pattern's parse tree (`re._parser`). They are exact only
when lower-casing maps each character of the text to one character that the regex engine's case folding agrees
with (`lowered` checks this and gives None otherwise: the patterns are then scanned as usual) and the literals'
characters are of that kind too (the analysis stops at any other).

`folded` gives an IGNORECASE pattern's case-sensitive twin (its literals lower-cased) to run on the lower-cased
text, exact on the same condition and faster: the engine skips alternatives by their first character only when
it does not ignore case.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from re import _constants as sre  # the parse-tree opcodes
from re import _parser as sre_parse

GATE_PREFIX_CHARS = 4  # longer literal prefixes than this add little selectivity to single patterns
SET_PREFIX_CHARS = 6  # a GatedSet tries every pattern of a literal's prefixes where it finds it: longer ones save tries
GATE_MAX_LITERALS = 100  # more literals than this cost more finds than they save
FIND_MAX_LITERALS = 16  # a gate with more literals than this is found by one regex search instead of a `str.find` loop per literal
_SMALL_RANGE = 16
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ESCAPE_OR_RUN = re.compile(r"\\.|\(\?P|[^\\(]+|\(", re.DOTALL)  # a regex source as escapes, "(?P" and the runs between them
_CASELESS_ESCAPES = frozenset("wWsSdDbBAZntrfv")  # escapes of classes, positions and controls that no case folding changes
_STOP = (None, None)  # parse item: "the match continues with something unknown"
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


@lru_cache(maxsize=4096)
def _folds_simply(char: str) -> bool:
    """Whether a character lower-cases to one character on which str.lower and regex case folding agree (and is no non-ASCII digit)."""
    lower, upper = char.lower(), char.upper()
    if len(lower) != 1 or len(upper) != 1:
        return False
    if char.isdecimal() and not char.isascii():
        return False
    return upper.lower() == lower and lower.upper() == upper


def lowered(text: str) -> str | None:
    """The lower-cased text when gates are exact on it (one character per character, simple case folding), else None."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if not text.isascii() and not all(_folds_simply(c) for c in set(_NON_ASCII.findall(text))):
        return None
    return lower


def _class_chars(items: list) -> set[str] | None:
    """The characters a small character class matches ([0-3], \\d, [—–]); None for large, negated or category classes."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _SMALL_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars


def _prefixes(items: list, limit: int) -> set[str]:
    """Lower-cased literal strings (up to `limit` long) one of which starts every match of `items`; '' when none is known."""
    if limit == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in _ZERO_WIDTH:
        return _prefixes(rest, limit)
    if op is sre.SUBPATTERN:
        return _prefixes([*av[-1].data, *rest], limit)
    if op is sre.BRANCH:
        return set().union(*(_prefixes([*branch.data, *rest], limit) for branch in av[1]))
    if op in _REPEATS:
        low, high, body = av
        found = _prefixes([*body.data, *(rest if high == 1 else [_STOP])], limit) if high else set()
        return found | _prefixes(rest, limit) if low == 0 else found
    chars = {chr(av)} if op is sre.LITERAL else _class_chars(av) if op is sre.IN else None
    if chars is None or not all(_folds_simply(c) for c in chars):
        return {""}
    tails = _prefixes(rest, limit - 1)
    return {c.lower() + tail for c in chars for tail in tails}


def _required(items: list) -> set[str] | None:
    """Lower-cased literal strings one of which every match of `items` contains (the most selective choice); None when unknown."""
    choices: list[set[str]] = []
    run = ""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        chars = {chr(av)} if op is sre.LITERAL else _class_chars(av) if op is sre.IN else None
        if chars is not None and len(chars) == 1 and _folds_simply(next(iter(chars))):
            run += next(iter(chars)).lower()
            continue
        if run:
            choices.append({run})
            run = ""
        inner: set[str] | None = None
        if op is sre.SUBPATTERN:
            inner = _required(list(av[-1].data))
        elif op is sre.BRANCH:
            branches = [_required(list(branch.data)) for branch in av[1]]
            inner = set().union(*branches) if all(b is not None for b in branches) else None
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(list(av[2].data))
        if inner:
            choices.append(inner)
    if run:
        choices.append({run})
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-cased strings one of which every match of `pattern` contains: a text whose lower-cased form
    (see `lowered`) holds none of them cannot match. Empty when no such strings are known."""
    return tuple(sorted(_required(list(sre_parse.parse(pattern.pattern, pattern.flags).data)) or ()))


def may_contain(lower: str | None, needles: tuple[str, ...], pos: int = 0, endpos: int | None = None) -> bool:
    """False only when `lower` (a `lowered` text) is known and holds none of `needles` (see `required_literals`) inside [pos, endpos)."""
    if lower is None or not needles:
        return True
    for needle in needles:
        if lower.find(needle, pos, endpos) >= 0:
            return True
    return False


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of an IGNORECASE `pattern` (its literals lower-cased) for `lowered` texts: on the lower-cased
    text it matches with the spans `pattern` has on the text, faster (the engine skips alternatives by their first
    character, which it does not do ignoring case). Groups hold lower-cased text. ValueError for a pattern it cannot fold
    (cased non-ASCII characters, escapes other than of punctuation, controls and the classes and positions \\w \\s \\d \\b \\A \\Z, upper-case group names,
    groups with flags of their own such as `(?-i:IRGC)`, whose case-sensitive literals lower-cased would match "Irgc")."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not all(c.isascii() or c.lower() == c.upper() for c in source):
        raise ValueError(f"cannot fold {source!r}")
    if _has_scoped_flags(sre_parse.parse(source, pattern.flags)):
        raise ValueError(f"cannot fold the scoped flags of {source!r}")
    parts = _ESCAPE_OR_RUN.findall(source)
    if any(part[0] == "\\" and part[1:].isalnum() and part[1] not in _CASELESS_ESCAPES for part in parts):
        raise ValueError(f"cannot fold the escapes of {source!r}")
    twin = re.compile("".join(part if part[0] == "\\" or part == "(?P" else part.lower() for part in parts), pattern.flags & ~re.IGNORECASE)
    if twin.groupindex != pattern.groupindex:
        raise ValueError(f"cannot fold the group names of {source!r}")
    return twin


def _has_scoped_flags(tree: sre_parse.SubPattern) -> bool:
    """Whether a parse tree holds a group with flags of its own (`(?-i:...)`, `(?a:...)`)."""
    return any(
        op is sre.SUBPATTERN and (av[1] or av[2]) or any(_has_scoped_flags(subtree) for subtree in _subtrees(av))
        for op, av in tree.data
    )


def _subtrees(value: object) -> Iterator[sre_parse.SubPattern]:
    """The parse trees nested in a parse item's argument (groups, branches, repeated bodies, look-arounds)."""
    if isinstance(value, sre_parse.SubPattern):
        yield value
    elif isinstance(value, (tuple, list)):
        for part in value:
            yield from _subtrees(part)


def _gate(pattern: re.Pattern[str], items: list, prefix_chars: int) -> tuple[tuple[str, ...], bool]:
    """(the lower-cased literals one of which starts every match, whether every match starts at a word boundary); () when unknown.

    `items` is the pattern's parse tree. The literals are as long as `prefix_chars` allows while they stay at most GATE_MAX_LITERALS.
    """
    word_start = _opens_at_boundary(items) and not pattern.flags & re.ASCII  # an ASCII \\b is not the Unicode one checked here
    for limit in range(prefix_chars, 1, -1):
        prefixes = _prefixes(items, limit)
        if "" in prefixes or (not word_start and any(len(p) == 1 and p.isalpha() for p in prefixes)):
            return (), False  # a one-letter start ("a few days") inside words would make nearly every position a candidate
        shortest = _without_extensions(prefixes)
        if len(shortest) <= GATE_MAX_LITERALS:
            return shortest, word_start
    return (), False


def _without_extensions(literals: set[str]) -> tuple[str, ...]:
    """The sorted literals that do not start with another one (in sorted order, a literal's prefixes in the set come before it)."""
    kept: list[str] = []
    for literal in sorted(literals):
        if not kept or not literal.startswith(kept[-1]):
            kept.append(literal)
    return tuple(kept)


def _opens_at_boundary(items: list) -> bool:
    """Whether every match starts at a word boundary or after no word character (a leading \\b or `(?<![\\w...])`,
    possibly inside groups or after other look-arounds)."""
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY or _after_no_word_character(op, av):
            return True
        if op is sre.SUBPATTERN:
            return _opens_at_boundary(list(av[-1].data))
        if op not in _ZERO_WIDTH:
            return False
    return False


def _after_no_word_character(op: object, av: object) -> bool:
    """Whether a parse item is a negative look-behind at one character of a class holding \\w (`(?<!\\w)`, `(?<![\\w-])`)."""
    if op is not sre.ASSERT_NOT or av[0] != -1 or len(av[1].data) != 1:
        return False
    item_op, members = av[1].data[0]
    return item_op is sre.IN and (sre.CATEGORY, sre.CATEGORY_WORD) in members


def _is_word(char: str) -> bool:
    """Whether the regex engine counts a character as a word character (\\w)."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=256)
def _literals_finder(literals: tuple[str, ...], word_start: bool) -> re.Pattern[str]:
    """Regex matching, in the lower-cased text, the first character of each occurrence of one of `literals` (those led by
    a word character only after no word character if `word_start`): branches led by a character let the engine skip to
    the next candidate without entering its matching loop, the rests of the literals form a trie (see `_trie_regex`)."""
    branches = []
    for first, rests in sorted(literal_trie(list(literals)).items()):
        after_no_word = r"(?<!\w.)" if word_start and _is_word(first) else ""
        rest = _trie_regex(rests)
        branches.append(re.escape(first) + after_no_word + (f"(?={rest})" if rest else ""))
    return re.compile("|".join(branches))


@lru_cache(maxsize=64)
def _word_initial(literal: str) -> re.Pattern[str]:
    """`literal` (led by a word character) after no word character."""
    return re.compile(re.escape(literal[0]) + r"(?<!\w.)" + re.escape(literal[1:]))


class GateText:
    """One text prepared for gated scans: its lower-cased form (None when gates are not exact on it) and the literal
    occurrences found so far (several patterns share literals)."""

    def __init__(self, text: str):
        self.text = text
        self.lower = lowered(text)
        self._starts: dict[tuple[str, bool], list[int]] = {}
        self._candidates: dict[tuple[tuple[str, ...], bool], list[int]] = {}

    def prefetch(self, literals: LiteralSet) -> None:
        """Find the candidate positions (see `candidates`) of every gate of `literals` by one regex search."""
        if self.lower is None or literals.finder is None:
            return
        found: list[list[int]] = [[] for _ in literals.gates]  # per gate, its candidates in the order the finder finds them
        within = literals.within
        for hit in literals.finder.finditer(" " + self.lower):
            at = hit.start()
            for gate in within[hit.group(1)]:
                found[gate].append(at)
        self._candidates.update(zip(literals.gates, found))

    def candidates(self, literals: tuple[str, ...], word_start: bool) -> list[int]:
        """Sorted positions where one of `literals` starts (see `starts`), kept for the other scans of this text."""
        key = (literals, word_start)
        if key not in self._candidates:
            if len(literals) == 1:
                self._candidates[key] = self.starts(literals[0], word_start)
            elif len(literals) > FIND_MAX_LITERALS:
                self._candidates[key] = [hit.start() for hit in _literals_finder(literals, word_start).finditer(self.lower or "")]
            else:
                self._candidates[key] = sorted({at for literal in literals for at in self.starts(literal, word_start)})
        return self._candidates[key]

    def starts(self, literal: str, word_start: bool) -> list[int]:
        """Sorted positions where `literal` starts in the lower-cased text (and, if `word_start`, \\b can hold before it)."""
        key = (literal, word_start)
        if key not in self._starts:
            self._starts[key] = self._find(literal, word_start and _is_word(literal[0]))
        return self._starts[key]

    def _find(self, literal: str, word_initial: bool) -> list[int]:
        """Positions of `literal` in the lower-cased text; if `word_initial`, only those after no word character.

        (A character of the lower-cased text is a word character exactly when the original one is.)
        """
        lower = self.lower or ""
        if word_initial and len(literal) <= 2:  # frequent: let the regex engine skip the letters inside words
            return [m.start() for m in _word_initial(literal).finditer(lower)]
        found = []
        at = lower.find(literal)
        while at >= 0:
            if not word_initial or at == 0 or not ((before := lower[at - 1]).isalnum() or before == "_"):
                found.append(at)
            at = lower.find(literal, at + 1)
        return found


@dataclass(frozen=True)
class LiteralSet:
    """The gates (literals, word_start) of many patterns gated by word-led literals at word starts, their candidates found
    together in a text by `GateText.prefetch`: one search (`finder`, see `_word_start_finder`) finds, at every word start,
    the longest of their literals beginning there; the gates of it and of its prefixes hold that word start."""

    gates: tuple[tuple[tuple[str, ...], bool], ...]  # the (literals, word_start) keys of `GateText.candidates` the set answers
    finder: re.Pattern[str] | None  # None when there are no gates
    within: dict[str, tuple[int, ...]]  # literal found by `finder` -> the indices in `gates` of the gates of it and of its prefixes

    @classmethod
    def of(cls, patterns: list[GatedPattern]) -> LiteralSet:
        """The gates of `patterns` whose literals all lead with a word character at a word start (others are left to `GateText.candidates`)."""
        gates = sorted({
            (scan.literals, True) for scan in patterns if scan.literals and scan.word_start and all(_is_word(lit[0]) for lit in scan.literals)
        })
        by_literal: dict[str, set[int]] = {}
        for index, (gate_literals, _) in enumerate(gates):
            for literal in gate_literals:
                by_literal.setdefault(literal, set()).add(index)
        finder = _word_start_finder(list(by_literal)) if by_literal else None
        return cls(gates=tuple(gates), finder=finder, within=_candidates_by_literal(by_literal))


@dataclass(frozen=True)
class GatedPattern:
    """A compiled pattern with its gate: the literals its matches start with (empty: scanned as usual)."""

    pattern: re.Pattern[str]
    literals: tuple[str, ...]
    word_start: bool  # every match starts at a word boundary or after no word character

    def finditer(self, source: GateText, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(source.text, pos, endpos)` gives."""
        return self.finditer_within(source, [(pos, len(source.text) if endpos is None else endpos)])

    def finditer_within(self, source: GateText, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(source.text, start, end)` for each of the sorted, disjoint `spans`, in order."""
        text = source.text
        if not self.literals or source.lower is None:
            for start, end in spans:
                yield from self.pattern.finditer(text, start, end)
            return
        candidates = source.candidates(self.literals, self.word_start)
        pos = start = end = 0  # pos: where the last match ended; [start, end): the span of the last candidate
        for at in candidates[bisect_left(candidates, spans[0][0]) if spans else 0 :]:
            if at >= end:
                index = bisect_right(spans, at, key=itemgetter(1))  # the first span ending after the candidate
                if index == len(spans):
                    return
                start, end = spans[index]
            if at < start or at < pos:
                continue
            found = self.pattern.match(text, at, end)
            if found is not None:
                yield found
                pos = found.end()


def gated(pattern: re.Pattern[str], prefix_chars: int = GATE_PREFIX_CHARS) -> GatedPattern:
    """`pattern` with its gate of literals up to `prefix_chars` long (patterns that can match the empty string stay ungated)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if tree.getwidth()[0] == 0:
        return GatedPattern(pattern, (), False)
    return GatedPattern(pattern, *_gate(pattern, list(tree.data), prefix_chars))


@dataclass(frozen=True)
class GatedSet:
    """Many patterns scanned over one text at once, each with the matches its own `finditer` gives.

    The word-led literals of the patterns gated at word starts are found together by one search of the
    lower-cased text (`finder`), their other literals and those of the other patterns by a second one
    (`apart_finder`); where one finds a literal, only the patterns gated by it or by a prefix of it are tried.
    Ungated patterns run as usual.
    """

    patterns: tuple[GatedPattern, ...]
    finder: re.Pattern[str] | None  # see `_word_start_finder`
    candidates: dict[str, tuple[int, ...]]  # literal found by `finder` -> indices of the patterns to try there
    apart_finder: re.Pattern[str] | None  # see `_anywhere_finder`
    apart_candidates: dict[str, tuple[int, ...]]  # the same for `apart_finder`
    ungated: tuple[int, ...]  # indices of the patterns without literals

    @classmethod
    def build(cls, patterns: list[re.Pattern[str]]) -> GatedSet:
        """The set of `patterns` (the matches of pattern i come back at index i)."""
        scans = tuple(gated(pattern, SET_PREFIX_CHARS) for pattern in patterns)
        shared: dict[str, set[int]] = {}
        apart: dict[str, set[int]] = {}
        for index, scan in enumerate(scans):
            for literal in scan.literals:
                (shared if scan.word_start and _is_word(literal[0]) else apart).setdefault(literal, set()).add(index)
        return cls(
            patterns=scans,
            finder=_word_start_finder(list(shared)) if shared else None,
            candidates=_candidates_by_literal(shared),
            apart_finder=_anywhere_finder(list(apart)) if apart else None,
            apart_candidates=_candidates_by_literal(apart),
            ungated=tuple(index for index, scan in enumerate(scans) if not scan.literals),
        )

    def scan(self, source: GateText) -> list[list[re.Match[str]]]:
        """Per pattern, the matches `pattern.finditer(source.text)` gives."""
        text = source.text
        if source.lower is None:
            return [list(scan.pattern.finditer(text)) for scan in self.patterns]
        regexes = [scan.pattern for scan in self.patterns]
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        ends = [0] * len(self.patterns)
        for at, indices in self._candidates(source.lower):
            for index in indices:
                if at >= ends[index] and (match := regexes[index].match(text, at)) is not None:
                    found[index].append(match)
                    ends[index] = match.end()
        for index in self.ungated:
            found[index] = list(regexes[index].finditer(text))
        return found

    def _candidates(self, lower: str) -> list[tuple[int, tuple[int, ...]]]:
        """(position, indices of the patterns that may match there), by position, in the lower-cased text `lower`."""
        candidates = self.candidates
        found = [(hit.start(), candidates[hit.group(1)]) for hit in self.finder.finditer(" " + lower)] if self.finder else []
        if self.apart_finder is not None:
            apart = self.apart_candidates
            hits = [(hit.start(), apart[lower[hit.start()] + hit.group(hit.lastindex)]) for hit in self.apart_finder.finditer(lower)]
            if hits:
                found.extend(hits)
                found.sort(key=itemgetter(0))
        return found


def _candidates_by_literal(by_literal: dict[str, set[int]]) -> dict[str, tuple[int, ...]]:
    """literal -> the indices (of patterns or gates) gated by it or by one of its prefixes (all begin where it begins),
    each index once."""
    return {
        literal: tuple(sorted({i for length in range(1, len(literal) + 1) for i in by_literal.get(literal[:length], ())}))
        for literal in by_literal
    }


def literal_trie(literals: Iterable[str]) -> dict[str, dict]:
    """The strings as a trie of characters ("" marks the end of a string)."""
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict[str, dict]) -> str:
    """Regex of the literals of a trie node, the longest one matching: each branch is led by its next character, so
    the engine tries one branch per character, and extends a literal before it ends one."""
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return alternation
    return alternation + "?" if len(branches) > 1 or len(branches[0]) == 1 else f"(?:{alternation})?"


def _word_start_finder(literals: list[str]) -> re.Pattern[str]:
    """Regex matching, in the lower-cased text behind one space, the character before each word start where one of
    `literals` begins (so the match starts at the word start in the text), group 1 holding the longest one.

    The leading character class lets the engine skip to the next candidate without entering its matching loop; the
    literals form a trie (see `_trie_regex`).
    """
    return re.compile(rf"[^\w](?=({_trie_regex(literal_trie(literals))}))")


def _anywhere_finder(literals: list[str]) -> re.Pattern[str]:
    """Regex matching, in the lower-cased text, the first character of each occurrence of one of `literals`, the last
    group that matched holding the rest of the longest one. Branches led by their characters let the engine skip
    to the next candidate without entering its matching loop; the rests form a trie (see `_trie_regex`)."""
    trie = literal_trie(literals)
    return re.compile("|".join(f"{re.escape(first)}(?=({_trie_regex(rests)}))" for first, rests in sorted(trie.items())))
