"""Quote and speaker patterns seen in real crisis coverage, on invented sentences (Chile/Bolivia stand-ins)."""
from __future__ import annotations

import pytest

from presslens.analyses.quotes.attribution import extract_quotes


def _rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, text, speaker, speaker_type, affiliation) of every quote found."""
    return [(str(q["kind"]), str(q["text"]), str(q["speaker"]), str(q["speaker_type"]), str(q["affiliation"])) for q in extract_quotes(text)]


def _row_of(text: str, quote: str) -> tuple[str, str, str, str, str]:
    """The one row whose quote text is `quote`."""
    found = [row for row in _rows(text) if row[1] == quote]
    assert len(found) == 1, _rows(text)
    return found[0]


def test_condemning_clause_before_a_post_posed_cue_is_the_content() -> None:
    text = 'Chile firmly rejects the "reckless incursion" into its waters, the navy said in a statement.'
    kind, _, speaker, speaker_type, _ = _row_of(text, 'Chile firmly rejects the "reckless incursion" into its waters')
    assert kind == "indirect"
    assert speaker_type == "unnamed" and speaker == "the navy"


def test_every_row_of_one_speaker_carries_the_affiliation_its_title_gave() -> None:
    text = (
        "Pakistan's foreign office spokesperson Rosa Quintana said the border would stay open. "
        '"Nobody wants a war," Quintana said. "We will keep talking," she added.'
    )
    rows = _rows(text)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("the border would stay open", "Rosa Quintana", "person", "Pakistan"),
        ("Nobody wants a war", "Rosa Quintana", "person", "Pakistan"),
        ("We will keep talking", "Rosa Quintana", "person", "Pakistan"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "affiliation"),
    [
        ("Two patrol boats were seized near the coast overnight, the Foreign Office said on Friday.",
         "Two patrol boats were seized near the coast overnight", "Foreign Office", ""),
        ("The talks will resume in Santiago next month, the Ministry of Foreign Affairs said.",
         "The talks will resume in Santiago next month", "Ministry of Foreign Affairs", ""),
        ('The Bolivian Ministry of Defence issued a note on the clash. "Our troops fired no shot," the Ministry of Defence stated.',
         "Our troops fired no shot", "Bolivian Ministry of Defence", "Bolivia"),
    ],
)
def test_a_body_named_by_its_head_is_the_speaker(text: str, quote: str, speaker: str, affiliation: str) -> None:
    _, _, found, speaker_type, found_affiliation = _row_of(text, quote)
    assert (found, speaker_type, found_affiliation) == (speaker, "government", affiliation)
