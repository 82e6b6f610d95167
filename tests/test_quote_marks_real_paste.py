"""Quotation marks as real pasted pages type them: a curly opening mark used to close a quotation."""
from __future__ import annotations

from presslens.analyses.quotes.marks import find_quote_spans


def test_an_opening_curly_mark_between_punctuation_and_a_space_closes() -> None:
    text = "“We will act against all threats,“ the statement added. “Talks go on,” it said."
    assert [text[s.start:s.end] for s in find_quote_spans(text)[0]] == ["We will act against all threats", "Talks go on"]


def test_an_opening_curly_mark_before_a_word_still_opens() -> None:
    text = "He called it “unprovoked” and “illegal”."
    assert [text[s.start:s.end] for s in find_quote_spans(text)[0]] == ["unprovoked", "illegal"]
