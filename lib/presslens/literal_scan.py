"""Declared literal keywords: find where rules may match by one scan of the text, then try the rules there only.

Each rule declares its keywords in its own resource row (the `keywords` column of `frame_cues.csv`,
`war_peace_cues.csv` and `label_terms.csv`; for the speech cues, the first words of the verb forms): every
match of the rule begins with one of them, after no word character or hyphen (the rule patterns open with
`(?<![\\w-])`). `KeywordIndex.hits` finds, by one regex search, every such place in a text and the rules
keyed there; `KeywordIndex.scan` tries each rule only at its places, with `pattern.match`, which gives exactly
the matches `pattern.finditer` gives (a match can start nowhere else). Case-insensitive rules are keyed on the
text lower-cased by `lowered`, which keeps every offset (else None: the rules are then scanned as usual).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    """The lower-cased text when it keeps every offset and case-insensitive match (one character per character,
    simple case folding), else None."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    if not text.isascii() and not all(_folds_simply(c) for c in set(_NON_ASCII.findall(text))):
        return None
    return lower


def may_contain(lower: str | None, needles: tuple[str, ...], pos: int = 0, endpos: int | None = None) -> bool:
    """False only when `lower` (a `lowered` text) is known and holds none of `needles` inside [pos, endpos)."""
    if lower is None or not needles:
        return True
    return any(lower.find(needle, pos, endpos) >= 0 for needle in needles)


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


def word_finder(literals: Iterable[str], flags: re.RegexFlag = re.NOFLAG, after: str = "") -> re.Pattern[str]:
    """A regex for a text behind one space (" " + text) that matches the non-word character before each place where
    one of `literals` (each beginning with a word character) begins, group 1 being the longest literal there that
    `after` (a regex) follows. `word_starts` turns its hits into the matches of `\\b(?:literal|...)after`, the literals
    longest first, on the text: the engine stops only at non-word characters instead of trying every position."""
    words = set(literals)
    if not all(re.match(r"\w", word) for word in words):
        raise ValueError(f"every literal must begin with a word character: {sorted(words)!r}")
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"\W(?=({_trie_regex(literal_trie(words))}){after})", flags)


def word_starts(finder: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """(start, end, literal) in `text` of the non-overlapping matches that `finditer` of the plain pattern gives
    (a hit inside the previous match is passed over); `finder` comes from `word_finder`."""
    found: list[tuple[int, int, str]] = []
    end = 0
    for hit in finder.finditer(" " + text):
        start = hit.start()  # the literal's offset in `text` (one more in " " + text)
        if start >= end:
            end = hit.end(1) - 1
            found.append((start, end, hit.group(1)))
    return found


@dataclass(frozen=True)
class KeywordIndex:
    """Rules keyed by their keywords: every match of rule i begins with one of `keywords[i]` after no word character or hyphen."""

    finder: re.Pattern[str]  # in the text behind one space: the character before each keyword place; group 1: the longest keyword there
    rules_at: dict[str, tuple[int, ...]]  # keyword -> the rules with a keyword that begins it (all of them may match where it stands)

    @classmethod
    def build(cls, keywords: Sequence[Iterable[str]]) -> KeywordIndex:
        """The index of rules 0..n-1 with these keywords (a rule without keywords is an error: it could never be tried)."""
        by_rule = [tuple(words) for words in keywords]
        for index, words in enumerate(by_rule):
            if not words or not all(words):
                raise ValueError(f"rule {index} declares no keywords (or an empty one): {words!r}")
        keyed: dict[str, set[int]] = {}  # keyword -> the rules declaring it
        for index, words in enumerate(by_rule):
            for word in words:
                keyed.setdefault(word, set()).add(index)
        rules_at = {  # the rules keyed by any prefix of a keyword (the finder gives the longest keyword at a place)
            found: tuple(sorted(set().union(*(keyed.get(found[:n], ()) for n in range(1, len(found) + 1))))) for found in keyed
        }
        return cls(re.compile(rf"[^\w-](?=({_trie_regex(literal_trie(keyed))}))"), rules_at)

    def hits(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """(position, the rules keyed there) for every place in `text` where a keyword begins after no word character or hyphen."""
        rules_at = self.rules_at
        return [(hit.start(), rules_at[hit.group(1)]) for hit in self.finder.finditer(" " + text)]

    def scan(self, patterns: Sequence[re.Pattern[str]], text: str, keyed: str | None) -> list[list[re.Match[str]]]:
        """Per pattern (rule i), the matches `patterns[i].finditer(text)` gives; the keywords are found in `keyed` (the text
        itself for case-sensitive keywords, its `lowered` form for case-insensitive ones; None: every pattern is scanned as usual)."""
        if keyed is None:
            return [list(pattern.finditer(text)) for pattern in patterns]
        found: list[list[re.Match[str]]] = [[] for _ in patterns]
        ends = [0] * len(patterns)
        rules_at = self.rules_at
        for hit in self.finder.finditer(" " + keyed):
            at = hit.start()
            for index in rules_at[hit.group(1)]:
                if at >= ends[index] and (match := patterns[index].match(text, at)) is not None:
                    found[index].append(match)
                    ends[index] = match.end()
        return found
