"""One pass over an article for many whole-word cue regexes, with the same matches as one `finditer` per cue.

A cue is a list of regex patterns matched case-insensitively as whole words (`cue_regex`). Scanning each
cue separately makes Python's backtracking engine try every alternative of every cue at every word start.
`CueScanner` instead lower-cases the text once and runs one case-sensitive prefilter over it that stops
only at word starts followed by the literal beginning (a few characters) of some cue alternative. There
only the cues with an alternative of that beginning are tried (their lower-cased regexes, anchored at the
position), and a cue's match is kept when it starts at or after the end of its previous match, as
`finditer` does.

Lower-casing is exact for "joinable" alternatives (their ASCII letters lower-cased first): no inline
flags, group references or code-point escapes, no ranges in character classes, and only ASCII or
caseless characters. The text must not hold characters that lower-case to several characters or fold
to or from ASCII (such as the long s or the Kelvin sign); otherwise every cue runs its own regex.
Alternatives that are not joinable are located with one case-insensitive regex on the original text,
and their cue's own regex decides there and wherever its joinable alternatives may match; cues with
group references always run their own regex over the whole text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

WORD_START = r"(?<![\w-])"
SEPARATOR = r"[^\w-]"
NEVER = r"(?!)"
NON_ASCII = re.compile(r"[^\x00-\x7f]")
WORD_END = r"(?!\w)"
# Named groups, conditionals and back-references cannot be joined with other patterns at all, and
# lookbehinds and start anchors would see the space put before the text: such cues run on their own.
OWN_PASS_SYNTAX = re.compile(r"\(\?P|\(\?\(|\\[1-9A]|\(\?<")
# Inline flags and code-point escapes keep an alternative off the lower-cased text.
CASE_SYNTAX = re.compile(r"\(\?[aiLmsux-]|\\[0xuUN]")
METACHARS = frozenset("\\.^$*+?{}[]|()")
QUANTIFIER_START = frozenset("?*+{")
PREFIX_CHARS = 6
MAX_EXPANSIONS = 64
Span = tuple[int, int]


def cue_regex(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex for a list of cue patterns, matching whole words only."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"{WORD_START}(?:{body}){WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _own_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """`cue_regex`, compiled the first time a cue needs it."""
    return cue_regex(patterns)


def _tokens(pattern: str) -> Iterator[tuple[int, str, int | None]]:
    """(index, token, member) per token of a regex: an escape or one character; `member` counts the
    tokens inside a character class (the "^" of a negated class excluded), None outside classes."""
    index, member = 0, None
    while index < len(pattern):
        token = pattern[index : index + 2] if pattern[index] == "\\" else pattern[index]
        if member is None:
            yield index, token, None
            if token == "[":
                member = 0
                index += pattern.startswith("^", index + 1)
        elif token == "]" and member > 0:
            member = None
            yield index, token, None
        else:
            yield index, token, member
            member += 1
        index += len(token)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (split at bars outside groups and character classes)."""
    parts, depth, start = [], 0, 0
    for index, token, member in _tokens(pattern):
        if member is not None:
            continue
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Index just past the group that `pattern` opens with."""
    depth = 0
    for index, token, member in _tokens(pattern):
        if member is None and token in "()":
            depth += 1 if token == "(" else -1
            if depth == 0:
                return index + 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _plain_head(alternative: str) -> int:
    """Length of the plain characters `alternative` starts with, less one if a quantifier follows them."""
    head = 0
    while head < len(alternative) and alternative[head] not in METACHARS:
        head += 1
    return head - 1 if alternative[head : head + 1] in QUANTIFIER_START and head else head


def expansions(alternative: str) -> list[str]:
    """Alternatives matching, together, whatever `alternative` matches, with longer literal beginnings.

    The first group or optional character after the plain beginning is spelled out ("a(?:b|c)d" gives
    "abd" and "acd"; "ab?c" gives "abc" and "ac"), until the beginning has `PREFIX_CHARS` characters
    or more than `MAX_EXPANSIONS` alternatives would result.
    """
    head = _plain_head(alternative)
    lead, tail = alternative[:head], alternative[head:]
    if head >= PREFIX_CHARS:
        return [alternative]
    if tail.startswith("(?:"):
        end = _group_end(tail)
        options, after = alternatives(tail[3 : end - 1]), tail[end:]
    elif tail[:1] and tail[0] not in METACHARS:
        options, after = [tail[0]], tail[1:]
    else:
        return [alternative]
    if after[:1] == "?" and after[1:2] not in QUANTIFIER_START:
        options, after = [*options, ""], after[1:]
    elif after[:1] in QUANTIFIER_START:
        return [alternative]
    expanded = [e for option in options for e in expansions(lead + option + after)]
    return expanded if len(expanded) <= MAX_EXPANSIONS else [alternative]


def literal_prefix(alternative: str) -> str:
    """The literal characters every match of `alternative` starts with (at most `PREFIX_CHARS`)."""
    prefix = ""
    for _, token, member in _tokens(alternative):
        if token in QUANTIFIER_START:
            prefix = prefix[:-1]
        if member is not None or len(prefix) > PREFIX_CHARS or token in METACHARS or token[1:].isalnum():
            break
        prefix += token[-1]
    return prefix[:PREFIX_CHARS]


def lowered_pattern(pattern: str) -> str:
    """`pattern` with its ASCII letters lower-cased, escapes left alone (the same regex under case folding)."""
    return "".join(token.lower() if len(token) == 1 and token.isascii() else token for _, token, _ in _tokens(pattern))


def needs_own_pass(pattern: str) -> bool:
    """Whether a cue pattern must run as its own regex over the whole text (see `OWN_PASS_SYNTAX`, or a "^" anchor)."""
    return bool(OWN_PASS_SYNTAX.search(pattern)) or any(token == "^" and member is None for _, token, member in _tokens(pattern))


def joinable(pattern: str) -> bool:
    """Whether a lowered pattern matches case-sensitively on lower-cased text what it matches case-insensitively.

    It must not need its own pass, and hold no inline flags or code-point escapes, no class ranges, and
    only lower-case ASCII or caseless characters.
    """
    if needs_own_pass(pattern) or CASE_SYNTAX.search(pattern):
        return False
    for index, token, member in _tokens(pattern):
        if token == "-" and member and pattern[index + 1 : index + 2] != "]":
            return False
        if len(token) == 1 and not (token.isascii() and not token.isupper() or token.lower() == token == token.upper()):
            return False
    return True


def folds_apart(char: str) -> bool:
    """Whether a non-ASCII character can match an ASCII letter under case folding or lower-cases to several characters."""
    lower = char.lower()
    return len(lower) != 1 or any(c.isascii() for c in lower + char.upper())


def lowering_is_exact(text: str) -> bool:
    """Whether joinable patterns match case-sensitively on `text.lower()` exactly where they match `text` ignoring case."""
    return text.isascii() or not any(folds_apart(char) for char in set(NON_ASCII.findall(text)))


def prefix_screen(patterns: list[str]) -> tuple[str, ...] | None:
    """Literal prefixes one of which (lower-cased) begins every match of the cue `patterns`; None if an alternative has none.

    On a text where `lowering_is_exact`, a part whose lower-cased form contains none of them has no match.
    """
    prefixes: set[str] = set()
    for alternative in (lowered_pattern(a) for pattern in patterns for a in alternatives(pattern)):
        if not joinable(alternative):
            return None
        for expanded in expansions(alternative):
            prefix = literal_prefix(expanded)
            if not prefix:
                return None
            prefixes.add(prefix)
    return tuple(sorted(prefixes))


def _prefilter(prefixes: list[str], unprefixed: list[str]) -> re.Pattern[str]:
    """Regex matching the character before each word start followed by one of the prefixes or unprefixed alternatives.

    Run on the lower-cased text behind one space, the match start is the word start in the text itself,
    and group 1 holds the longest prefix found there. Starting with a character class lets the engine
    skip from one separator to the next without entering its matching loop.
    """
    by_key: dict[str, list[str]] = {}
    for prefix in sorted(prefixes, key=lambda p: (-len(p), p)):
        by_key.setdefault(prefix[0], []).append(re.escape(prefix[1:]))
    keyed = "|".join(f"{re.escape(key)}(?:{'|'.join(rests)})" for key, rests in by_key.items()) or NEVER
    return re.compile(rf"{SEPARATOR}(?=({keyed}){''.join(f'|(?:{u})' for u in unprefixed)})")


@dataclass(frozen=True)
class CueScanner:
    """The matches of many cues over one text in one pass (see the module docstring)."""

    cues: tuple[tuple[str, ...], ...]
    prefilter: re.Pattern[str]
    # prefix found (None: an unprefixed alternative) -> (cue, regex, whether it runs on the original text)
    candidates: dict[str | None, tuple[tuple[int, re.Pattern[str], bool], ...]]
    unjoined: re.Pattern[str] | None
    mixed: tuple[tuple[int, re.Pattern[str], bool], ...]
    slow: tuple[int, ...]

    @classmethod
    def build(cls, cues: list[list[str]]) -> CueScanner:
        """A scanner for cues given as lists of patterns (cue i's matches come back at index i)."""
        cues_by_prefix: dict[str, set[int]] = {}
        unprefixed: list[str] = []
        unjoined: dict[int, list[str]] = {}
        runners: dict[int, tuple[int, re.Pattern[str], bool]] = {}
        for cue, patterns in enumerate(cues):
            if not patterns or any(needs_own_pass(pattern) for pattern in patterns):
                continue
            joined = [alternative for pattern in patterns for alternative in alternatives(pattern)]
            lowered = [lowered_pattern(alternative) for alternative in joined]
            for alternative, lowered_alternative in zip(joined, lowered):
                if not joinable(lowered_alternative):
                    unjoined.setdefault(cue, []).append(alternative)
                    continue
                for expanded in expansions(lowered_alternative):
                    prefix = literal_prefix(expanded)
                    cues_by_prefix.setdefault(prefix, set()).add(cue)
                    if not prefix:
                        unprefixed.append(expanded)
            if cue in unjoined:
                runners[cue] = (cue, cue_regex(patterns), True)
            else:
                runners[cue] = (cue, re.compile(f"(?:{'|'.join(f'(?:{a})' for a in lowered)}){WORD_END}"), False)
        prefixes = [prefix for prefix in cues_by_prefix if prefix]
        unjoined_body = "|".join(f"(?:{a})" for cue in sorted(unjoined) for a in unjoined[cue])

        def candidates(prefix: str) -> tuple[tuple[int, re.Pattern[str], bool], ...]:
            """The cues that may match where `prefix` is the longest prefix found (their prefixes begin it)."""
            found = {cue for length in range(len(prefix) + 1) for cue in cues_by_prefix.get(prefix[:length], ())}
            return tuple(runners[cue] for cue in sorted(found))

        return cls(
            cues=tuple(tuple(patterns) for patterns in cues),
            prefilter=_prefilter(prefixes, unprefixed),
            candidates={prefix: candidates(prefix) for prefix in prefixes} | {None: candidates("")},
            unjoined=re.compile(rf"{SEPARATOR}(?=(?:{unjoined_body}){WORD_END})", re.IGNORECASE) if unjoined else None,
            mixed=tuple(runners[cue] for cue in sorted(unjoined)),
            slow=tuple(cue for cue in range(len(cues)) if cue not in runners),
        )

    def scan(self, text: str) -> list[list[Span]]:
        """Per cue, the spans of its matches in `text`: those of `cue_regex(cue).finditer(text)`."""
        if not lowering_is_exact(text):
            return [self._finditer(cue, text) for cue in range(len(self.cues))]
        padded = " " + text
        texts = (padded.lower(), padded)
        unjoined_hits = {hit.start() for hit in self.unjoined.finditer(padded)} if self.unjoined else set()
        prefixes = {hit.start(): hit.group(1) for hit in self.prefilter.finditer(texts[0])}
        hits = [(p, prefixes.get(p)) for p in sorted(unjoined_hits.union(prefixes))] if unjoined_hits else prefixes.items()
        candidates = self.candidates
        spans: list[list[Span]] = [[] for _ in self.cues]
        ends = [0] * len(self.cues)
        empty: set[int] = set()
        for position, prefix in hits:
            runners = {*candidates[prefix], *self.mixed} if position in unjoined_hits else candidates[prefix]
            for cue, regex, original in runners:
                if position < ends[cue]:
                    continue
                match = regex.match(texts[original], position + 1)
                if match:
                    end = match.end() - 1
                    spans[cue].append((position, end))
                    ends[cue] = end
                    if end == position:
                        empty.add(cue)
        for cue in (*self.slow, *empty):
            spans[cue] = self._finditer(cue, text)
        return spans

    def _finditer(self, cue: int, text: str) -> list[Span]:
        """The spans of one cue's own regex over `text`."""
        return [match.span() for match in _own_regex(self.cues[cue]).finditer(text)]
