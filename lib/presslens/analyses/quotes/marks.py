"""Pairing quotation marks: straight and curly, double and single, nested and multi-paragraph.

Rules (documented in resources/README.md, section "Quote attribution"):
- A mark's role (opening or closing) comes from its position, not its glyph, so a straight
  opening mark closed by a curly one still pairs; “ opens and ” closes, except a “ between a word or punctuation
  and a space, which closes ('threats,“ the statement added': a mark typed the wrong way round). A
  straight mark with spaces on both sides (' " ', machine-made text) opens when no quotation is
  open and closes the open one otherwise.
- Double marks make the quotations; single marks nested inside a double quotation stay part of
  its text; single marks outside any double quotation pair only as ‘…’ or '…' whose opening mark
  starts a word, so apostrophes (don’t, Pakistan’s, officers’) never open a quotation.
- A quotation never crosses a paragraph unless the next paragraph opens with a mark (the
  multi-paragraph convention: an opening mark per paragraph, one closing mark at the end).
- An opening mark left unclosed is dropped, never extended to the rest of the article; a closing
  mark with no opening mark is reported as an orphan for the caller to resolve (or ignore).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_EITHER = '"'
SINGLE_OPEN = "‘"
SINGLE_EITHER = "'’"
_OPEN_CONTEXT = " \t([{—–-/“‘\"'"
_PARAGRAPH = re.compile(r"[^\n]+")
_LEADING_SPACE = re.compile(r"\s*")
_MARKS = re.compile(r"[\"“”„«»'‘’]")
_DOUBLE_MARKS = re.compile(f"[{re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_EITHER)}]")
_SINGLE_MARK = f"[{re.escape(SINGLE_OPEN + SINGLE_EITHER)}]"
# Single marks that can open or close a quotation: a mark between two letters or digits (don’t) can do neither.
_SINGLE_MARKS = re.compile(rf"{_SINGLE_MARK}(?:(?![^\W_])|(?<![^\W_].))")


@dataclass(frozen=True)
class QuoteSpan:
    """A paired quotation: content offsets (marks excluded) and the paragraph breaks it crosses."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark, -1 for an orphan closing mark
    close_mark: int
    inner_marks: tuple[int, ...] = ()  # paragraph-opening marks inside a multi-paragraph quote


def _role(text: str, i: int) -> str:
    """'open' or 'close' for the double mark at position i, judged by its neighbours."""
    ch = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in DOUBLE_OPEN:  # 'threats,“ the statement added': a curly mark typed the wrong way round closes
        return "close" if before not in _OPEN_CONTEXT and before != "\n" and after.isspace() else "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    if (before in _OPEN_CONTEXT or before == "\n") and not after.isspace():
        return "open"
    return "close"


def _spaced(text: str, i: int) -> bool:
    """True for a mark with white space on both sides (' " ' in badly spaced text): its role comes from pairing."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return before.isspace() and after.isspace()


def _is_single_open(text: str, i: int) -> bool:
    """True when the single mark at i starts a quotation (word-initial, not an apostrophe)."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if text[i] == "’":
        return False
    return (before in _OPEN_CONTEXT or before == "\n") and after.isalnum()


def _is_single_close(text: str, i: int) -> bool:
    """True when the single mark at i can end a quotation (not between two letters)."""
    if text[i] == "‘":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


@lru_cache(maxsize=1)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the non-empty lines of text (kept for the text in hand: both pairings walk them)."""
    return tuple(m.span() for m in _PARAGRAPH.finditer(text) if not m.group(0).isspace())


def _opens_paragraph(text: str, start: int, end: int) -> int:
    """Offset of an opening double mark that begins the paragraph (after spaces), else -1."""
    leading = _LEADING_SPACE.match(text, start, end)  # `\s*` always matches
    i = leading.end() if leading is not None else start
    if i < end and (text[i] in DOUBLE_OPEN or text[i] in DOUBLE_EITHER):
        return i
    return -1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding white space and a trailing comma (it belongs to the attribution)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def pair_double_marks(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """Paired double quotations and the offsets of orphan closing marks."""
    spans: list[QuoteSpan] = []
    orphans: list[int] = []
    paragraphs = _paragraphs(text)
    pending = -1
    inner: list[int] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        skip = -1
        if pending >= 0:
            skip = _opens_paragraph(text, p_start, p_end)
            if skip >= 0:
                inner.append(skip)
            else:
                pending, inner = -1, []
        for mark in _DOUBLE_MARKS.finditer(text, p_start, p_end):
            i, ch = mark.start(), mark.group(0)
            if i == skip:
                continue
            role = _role(text, i)
            if ch in DOUBLE_EITHER and _spaced(text, i):
                role = "close" if pending >= 0 else "open"
            if role == "open":
                pending, inner = i, []
            elif pending >= 0:
                start, end = _trim(text, pending + 1, i)
                if end > start:
                    spans.append(QuoteSpan(start, end, pending, i, tuple(inner)))
                pending, inner = -1, []
            else:
                orphans.append(i)
        if pending >= 0 and not (index + 1 < len(paragraphs) and _opens_paragraph(text, *paragraphs[index + 1]) >= 0):
            pending, inner = -1, []
    return spans, orphans


def pair_single_marks(text: str, inside: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-mark quotations that lie outside every double quotation, within one paragraph."""
    covered_opens = [s.open_mark for s in inside]  # double quotations follow one another without overlapping
    covered_closes = [s.close_mark for s in inside]
    spans: list[QuoteSpan] = []
    for p_start, p_end in _paragraphs(text):
        pending = -1
        for mark in _SINGLE_MARKS.finditer(text, p_start, p_end):
            i = mark.start()
            last_open = bisect.bisect_right(covered_opens, i) - 1
            if last_open >= 0 and i <= covered_closes[last_open]:
                continue
            if pending < 0 and _is_single_open(text, i):
                pending = i
            elif pending >= 0 and _is_single_close(text, i):
                start, end = _trim(text, pending + 1, i)
                if end > start:
                    spans.append(QuoteSpan(start, end, pending, i))
                pending = -1
    return spans


def find_quote_spans(text: str) -> tuple[list[QuoteSpan], list[int]]:
    """All quotations in text (sorted by position) and orphan closing double marks."""
    if not text or not _MARKS.search(text):
        return [], []
    doubles, orphans = pair_double_marks(text)
    singles = pair_single_marks(text, doubles)
    return sorted(doubles + singles, key=lambda s: s.start), orphans
