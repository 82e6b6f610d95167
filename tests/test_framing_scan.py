"""One-pass cue scanning: the same matches as one `finditer` per cue, on the real lexicons and on tricky texts."""
from __future__ import annotations

import pytest

from presslens import framing
from presslens.framing_scan import CueScanner, alternatives, cue_regex, expansions, joinable, literal_prefix, lowering_is_exact

TRICKY_TEXTS = [
    "",
    "Tensions rose. TENSIONS rose; tension-free talks followed the counter-strike.",
    "Iran's UN envoy met the OIC and the IMF; un-named officials and the Un envoy declined.",
    "A 12-year-old girl and a ١٢-year-old boy; costs of $ 5,000 and $12.5 million in Türkiye.",
    "Jaish al-Adl (JAA) and Jaysh al-Dhulm, jaa and JAISH-UL-ADL; the Army of Justice.",
    "The ſtrike and the Kelvin-K mark; İran İslamabad ßanctions.",
    "de-escalation, deescalation, re-establish and reestablished ties; has long, have long.",
    "killed killed killed; loss of many innocent lives\nand lost their lives.",
    "Militants' attacks: attacked by militants, militant attacks, air strikes and airstrikes.",
]


def expected(scanner: CueScanner, text: str) -> list[list[tuple[int, int]]]:
    return [[match.span() for match in cue_regex(list(cue)).finditer(text)] for cue in scanner.cues]


@pytest.fixture(scope="module")
def scanner() -> CueScanner:
    return framing._scanner()


def test_scanner_equals_finditer_on_seed_articles(scanner, seed_corpus):
    for story in seed_corpus.articles:
        assert scanner.scan(story.text) == expected(scanner, story.text)


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_scanner_equals_finditer_on_tricky_texts(scanner, text):
    for variant in (text, text.upper(), text.title()):
        assert scanner.scan(variant) == expected(scanner, variant)


def test_scanner_handles_group_references_anchors_and_empty_matches():
    scanner = CueScanner.build([[r"(\w)\1"], [r"x*"], ["(?P<word>ab)c"], ["ab", "abc"], ["^aa"], [r"(?<= )ab"], ["(?-i:AB)|x"]])
    for text in ("aa bb abc x xx ab", "Aa xX ABC", "ab AB x"):
        assert scanner.scan(text) == expected(scanner, text)


def test_pattern_analysis():
    assert alternatives(r"a|(?:b|c)|[|]|\|") == ["a", "(?:b|c)", "[|]", r"\|"]
    assert expansions("ha(?:s|ve) long") == ["has long", "have long"]
    assert expansions("re-?establish") == ["re-establish", "reestablish"]
    assert literal_prefix("tensions?") == "tensio"
    assert literal_prefix(r"\$ ?\d") == "$"
    assert literal_prefix(r"\d+-year-old") == ""
    assert joinable("ja[iy]sh") and not joinable("(?-i:un)") and not joinable("[a-z]") and not joinable("Ja")
    assert lowering_is_exact("Türkiye’s “talks”") and not lowering_is_exact("ſtrike") and not lowering_is_exact("İran")
