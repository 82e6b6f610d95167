"""The fast paths of quote extraction give exactly what the plain regex searches give."""
from __future__ import annotations

import re

import pytest

from presslens.analyses.quotes.attribution import _TRAILING_ADVERBIALS, ADVERBIAL_TAIL_CHARS, _cue_matches, _mask, _strip_trailing_adverbials, speech_cues
from presslens.analyses.quotes.marks import _SINGLE_MARKS, QuoteSpan, find_quote_spans
from presslens.paths import SEEDS_DIR
from presslens.text import sentence_spans

TRICKY_CUES = (
    "He said-ly, unsaid; she resaid it. According  to him, officials were told, as per\nthe rules. "
    "She told reporters he called on them and calling for calm; called for, Asked, asked. As per Iran, sayings said"
)


def _masked_seeds() -> list[str]:
    """The seed articles with their quotations masked, as quote extraction sees them."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    return [_mask(text, find_quote_spans(text)[0]) for text in texts]


def _windows(text: str) -> list[tuple[int, int]]:
    """Sentence spans plus windows whose edges cut words."""
    windows = list(sentence_spans(text))
    windows += [(start + 1, end - 2) for start, end in windows if end - start > 3]
    windows += [(i, i + 37) for i in range(0, len(text), 23)]
    return windows


@pytest.mark.parametrize("masked", [TRICKY_CUES, *_masked_seeds()])
def test_cue_matches_are_those_of_finditer(masked):
    pattern, _ = speech_cues()
    for start, end in _windows(masked):
        expected = [m.span() for m in pattern.finditer(masked, start, end)]
        assert [m.span() for m in _cue_matches(masked, start, end)] == expected


@pytest.mark.parametrize("raw", [
    "Pakistan said on Tuesday", " " * 180 + ",” the statement ", "the ministry Also  ", "officials in a statement\n",
    "X ON MONDAY", "", "   ", "he has", "they were later  on\tFriday ", "Kelvin\u212a also", "she in a  statement  later",
    "the statement   " + " " * 150 + "separately", "Iran’s foreign ministry earlier this week",
])
def test_trailing_adverbials_are_stripped_as_by_the_plain_pattern(raw):
    plain = re.compile(_TRAILING_ADVERBIALS.pattern.replace(r"(?<!\s)", "", 1).replace(r"\s++", r"\s+", 1), re.I)
    cut = max(0, len(raw) - ADVERBIAL_TAIL_CHARS)
    assert _strip_trailing_adverbials(raw) == raw[:cut] + plain.sub("", raw[cut:])


def test_mask_blanks_quotations_but_keeps_line_breaks():
    text = "He said: “One two\n“three,” and ‘four’ too.\n“Five.”"
    spans = find_quote_spans(text)[0]
    inside = {i for span in spans for i in range(span.start, span.end)}
    assert any("\n" in text[span.start : span.end] for span in spans)
    assert _mask(text, spans) == "".join(" " if i in inside and ch != "\n" else ch for i, ch in enumerate(text))


def test_single_marks_left_out_are_those_between_letters_or_digits():
    text = "'a'b’c‘d' _'_ 1'2 é’s ’x x’ don’t ‘quoted’\n'"
    kept = {m.start() for m in _SINGLE_MARKS.finditer(text)}
    for i, ch in enumerate(text):
        if ch in "‘'’":
            before, after = (text[i - 1] if i else "\n"), (text[i + 1] if i + 1 < len(text) else "\n")
            assert (i in kept) == (not (before.isalnum() and after.isalnum())), i


def test_mask_blanks_nested_quotations_once():
    text = "‘He said “no” twice’ and left."
    spans = [QuoteSpan(1, 19, 0, 19), QuoteSpan(10, 12, 9, 12)]
    assert _mask(text, spans) == "‘" + " " * 18 + text[19:]
