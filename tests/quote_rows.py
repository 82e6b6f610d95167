"""Shared helpers of the speaker-pattern tests: the quotes found in one text, as plain tuples."""
from __future__ import annotations

from presslens.analyses.quotes.attribution import extract_quotes


def quote_rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, text, speaker, speaker_type, affiliation) of every quote found."""
    return [(str(q["kind"]), str(q["text"]), str(q["speaker"]), str(q["speaker_type"]), str(q["affiliation"])) for q in extract_quotes(text)]


def quote_row_of(text: str, quote: str) -> tuple[str, str, str, str, str]:
    """The one row whose quote text is `quote`."""
    found = [row for row in quote_rows(text) if row[1] == quote]
    assert len(found) == 1, quote_rows(text)
    return found[0]
