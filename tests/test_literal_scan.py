"""Gated scans (presslens.literal_scan) find exactly what the plain regular expressions find."""
from __future__ import annotations

import re

import pytest

from presslens import framing
from presslens.corpus import load_corpus
from presslens.literal_scan import GatedSet, GateText, LiteralSet, folded, gated, lowered, required_literals
from presslens.events import _KILLED, _PLURAL_SUBJECT, _RELATIVE_OPEN, load_rules, trigger_keywords
from presslens.events.clauses import _CLAUSE_BREAK, _NOT_HAPPENED, _PREPOSITION_BEFORE
from presslens.paths import SEEDS_DIR
from presslens.settings import DEFAULT_SETTINGS
from presslens.temporal import _COMPILED as TEMPORAL_PATTERNS
from presslens.text import sentence_spans

TRICKY = [
    "Iran STRUCK on Monday; a few days ago, 2 days later, the day before, mid-January 2024.",
    "The ſtrike on Tueſday (16) killed ſix people.",  # long s folds to "s" in the regex engine only
    "İSTANBUL: the attack on 16 January was condemned.",  # lower-casing changes the length
    "The KELVIN-sign K-illed and ١٢ January (Arabic-Indic digits).",
    "Shelling\u00a0resumed after talks; troops killed 12 civilians, who were “unarmed”.",
    "Iran's UN envoy met the OIC and the IMF; un-named officials and the Un envoy declined.",
    "A 12-year-old girl and a ١٢-year-old boy; costs of $ 5,000 and $12.5 million in Türkiye.",
    "Jaish al-Adl (JAA) and Jaysh al-Dhulm, jaa and JAISH-UL-ADL; the Army of Justice.",
    "de-escalation, deescalation, re-establish and reestablished ties; has long, have long.",
    "killed killed killed; loss of many innocent lives\nand lost their lives.",
    "Militants' attacks: attacked by militants, militant attacks, air strikes and airstrikes.",
    "The ſtrike and the \u212a mark; İran İslamabad ßanctions.",
    "Dated 16/01/2024, 1/2/2019 and 2024-01-16 (x2024-01-16, 12/13/2024, 3/4/20245).",  # gates of many literals
]
ODD_PATTERNS = [r"(\w)\1", r"x*", "(?P<word>ab)c", "ab|abc", "^aa", r"(?<= )ab", "(?-i:AB)|x", r"\bab", r"(?<![\w-])ab(?!\w)"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The seed articles and a few texts with unusual case folding."""
    return [a.text for a in load_corpus(SEEDS_DIR).articles] + TRICKY


def _patterns() -> list[re.Pattern[str]]:
    return [rule.pattern for rule in load_rules()] + [pattern for _, pattern in TEMPORAL_PATTERNS] + [trigger_keywords()]


def test_gated_finditer_equals_finditer(texts: list[str]) -> None:
    for pattern in _patterns():
        scan = gated(pattern)
        for text in texts:
            source = GateText(text)
            assert [m.span() for m in scan.finditer(source)] == [m.span() for m in pattern.finditer(text)], pattern.pattern
            spans = sentence_spans(text)
            assert [m.span() for m in scan.finditer_within(source, spans)] == [m.span() for s, e in spans for m in pattern.finditer(text, s, e)]


def test_texts_with_irregular_case_folding_are_not_gated() -> None:
    assert lowered(TRICKY[0]) == TRICKY[0].lower()
    assert lowered(TRICKY[1]) is None and lowered(TRICKY[2]) is None and lowered(TRICKY[3]) is None
    assert lowered(TRICKY[4]) is not None


def test_every_match_holds_a_required_literal(texts: list[str]) -> None:
    for pattern in [*_KILLED, _PLURAL_SUBJECT, _RELATIVE_OPEN, *_patterns()]:
        needles = required_literals(pattern)
        for text in (t for t in texts if lowered(t) is not None):  # the literals are only consulted on such texts
            for m in pattern.finditer(text):
                assert not needles or any(n in m.group(0).lower() for n in needles), (pattern.pattern, m.group(0))


def test_gated_set_equals_finditer(texts: list[str]) -> None:
    cues = [*map(framing.cue_regex, framing._frame_cues(DEFAULT_SETTINGS)), *(term.pattern for term in framing.label_terms())]
    patterns = [*cues, *(re.compile(p, re.IGNORECASE) for p in ODD_PATTERNS), *_patterns()]
    scan = GatedSet.build(patterns)
    assert scan.finder is not None and scan.apart_finder is not None and scan.ungated  # every way of scanning is exercised
    for text in [*texts, *(t.upper() for t in TRICKY), *(t.title() for t in TRICKY)]:
        found = scan.scan(GateText(text))
        for pattern, matches in zip(patterns, found, strict=True):
            assert [m.span() for m in matches] == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)


def test_prefetched_candidates_equal_found_ones(texts: list[str]) -> None:
    scans = [gated(pattern) for pattern in [*_patterns(), *(re.compile(p, re.IGNORECASE) for p in ODD_PATTERNS)]]
    literals = LiteralSet.of(scans)
    assert literals.gates and len(literals.gates) < len([scan for scan in scans if scan.literals])  # some gates are left to `candidates`
    for text in [*texts, *(t.upper() for t in TRICKY)]:
        prefetched, found = GateText(text), GateText(text)
        prefetched.prefetch(literals)
        for scan in scans:
            assert [m.span() for m in scan.finditer(prefetched)] == [m.span() for m in scan.finditer(found)], (scan.pattern.pattern, text)
            assert prefetched.candidates(scan.literals, scan.word_start) == found.candidates(scan.literals, scan.word_start)


def test_folded_twin_matches_where_the_pattern_does(texts: list[str]) -> None:
    odd = [re.compile(p, re.IGNORECASE) for p in (r"\W*And\b", r"(?P<num>\d+)\s+DAYS?", r"[A-C]\S+|\.X", r"(?P<w>ab)(?P=w)")]
    for pattern in [_CLAUSE_BREAK, _NOT_HAPPENED, _PREPOSITION_BEFORE, _PLURAL_SUBJECT, _RELATIVE_OPEN, *odd]:
        twin = folded(pattern)
        for text in (t for t in [*texts, *(t.upper() for t in TRICKY)] if lowered(t) is not None):
            lower = lowered(text)
            assert [m.span() for m in twin.finditer(lower)] == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)
            assert [m.span() for m in twin.finditer(lower, 5, 40)] == [m.span() for m in pattern.finditer(text, 5, 40)]


@pytest.mark.parametrize("source", [r"\x41b", r"(?P<Num>\d)", "É", r"\N{LATIN SMALL LETTER A}"])
def test_patterns_whose_case_folding_is_unsure_are_not_folded(source: str) -> None:
    with pytest.raises(ValueError):
        folded(re.compile(source, re.IGNORECASE))
    with pytest.raises(ValueError):
        folded(re.compile("ab"))  # not ignoring case


@pytest.mark.parametrize("source", ["(?-i:IRGC)|x", r"a(?:b|(?-i:C))", r"(?<!(?-i:X))y", r"(?=(?a:\w))b", r"(?:ab){2}(?-i:c)?"])
def test_patterns_with_scoped_flags_are_not_folded(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    with pytest.raises(ValueError, match="scoped flags"):
        folded(pattern)
