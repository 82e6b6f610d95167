"""Sentence splitting: exact boundaries on news sentences with abbreviations, dates, quotes and ellipses."""
from __future__ import annotations

import pytest

from presslens.text import sentence_spans, split_sentences

CASES = [
    (
        "Mr. Smith met Gen. Asim Munir on Jan. 19. They talked.",
        ["Mr. Smith met Gen. Asim Munir on Jan. 19.", "They talked."],
    ),
    (
        "The U.S. and the U.N. urged restraint. China agreed.",
        ["The U.S. and the U.N. urged restraint.", "China agreed."],
    ),
    (
        "Lt. Col. Ahmed spoke at 10 a.m. on Tuesday. Dr. Khan did not.",
        ["Lt. Col. Ahmed spoke at 10 a.m. on Tuesday.", "Dr. Khan did not."],
    ),
    ("The toll rose to No. 5 on the list. Officials said so.", ["The toll rose to No. 5 on the list.", "Officials said so."]),
    (
        "On Jan. 16, 2024, Iran struck. Pakistan responded on Feb. 1.",
        ["On Jan. 16, 2024, Iran struck.", "Pakistan responded on Feb. 1."],
    ),
    # an abbreviation ends the sentence when a frequent sentence starter follows
    ("He met officials in the U.S. The talks were useful.", ["He met officials in the U.S.", "The talks were useful."]),
    ("The U.S. State Department said so. It urged calm.", ["The U.S. State Department said so.", "It urged calm."]),
    # quotations that continue the sentence are not cut off
    ("“We will respond,” she said. “Pakistan is ready.”", ["“We will respond,” she said.", "“Pakistan is ready.”"]),
    ("“Is this over?” he asked. Nobody knew.", ["“Is this over?” he asked.", "Nobody knew."]),
    ("“Is this over?” Baloch asked. Nobody knew.", ["“Is this over?” Baloch asked.", "Nobody knew."]),
    ("“Why?” The crowd dispersed.", ["“Why?”", "The crowd dispersed."]),
    ('He left. "We will fight," he said.', ["He left.", '"We will fight," he said.']),
    ("He left. 'We will fight,' he said.", ["He left.", "'We will fight,' he said."]),
    (
        "Pakistan condemned the “blatant violation.” Iran said nothing.",
        ["Pakistan condemned the “blatant violation.”", "Iran said nothing."],
    ),
    (
        "It said, “trust and cooperation.”He “stressed respect,” the statement added.",
        ["It said, “trust and cooperation.”", "He “stressed respect,” the statement added."],
    ),
    # ellipses: a capitalised sentence starter after "..." or "…" starts a new sentence, lower case continues
    ("He waited... Then it happened.", ["He waited...", "Then it happened."]),
    ("Easing tensions… sending ambassadors back. Next.", ["Easing tensions… sending ambassadors back.", "Next."]),
    ("He waited… Then it happened.", ["He waited…", "Then it happened."]),
    # paragraphs always break, even without final punctuation
    ("Short Url\nUpdated 04 April 2024\nFollow", ["Short Url", "Updated 04 April 2024", "Follow"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_offsets_index_into_text_and_are_stripped() -> None:
    text = "  Mr. Baloch spoke.   “We condemn it,” she said.\n\n  Iran replied.  "
    spans = sentence_spans(text)
    assert spans == [(2, 19), (22, 48), (52, 65)]
    assert [text[a:b] for a, b in spans] == ["Mr. Baloch spoke.", "“We condemn it,” she said.", "Iran replied."]


def test_no_break_inside_a_quotation_that_continues() -> None:
    text = (
        'Mao Ning said, "We call on both sides to exercise restraint... We consider both Iran and Pakistan '
        'as close neighbors." Tehran did not reply.'
    )
    assert split_sentences(text) == [
        'Mao Ning said, "We call on both sides to exercise restraint... We consider both Iran and Pakistan as close neighbors."',
        "Tehran did not reply.",
    ]
    text = "“We reached good agreements. Terrorists targeted us. In this context, we agreed,” he said. Then he left."
    assert split_sentences(text) == [
        "“We reached good agreements. Terrorists targeted us. In this context, we agreed,” he said.",
        "Then he left.",
    ]


def test_an_unclosed_quotation_changes_nothing() -> None:
    text = "“Unbalanced quote. It never closes. Next sentence."
    assert split_sentences(text) == ["“Unbalanced quote.", "It never closes.", "Next sentence."]


@pytest.mark.parametrize("text", ["", "   \n\n ", "“unbalanced quote. And more", "....", "…", "\"", "x" * 20000])
def test_bad_input_does_not_crash(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(text[a:b] == text[a:b].strip() for a, b in spans)
