"""Sentence splitting that needs no download: NLTK Punkt with parameters built in code.

Rules, in order:
- paragraphs (lines) always end a sentence;
- inside a paragraph Punkt splits at sentence-final punctuation. Its parameters are built here: news
  abbreviations (Mr., Gen., Lt., U.S., U.N., Jan., No., ...) do not end a sentence unless the next
  word is a frequent sentence starter ("He met officials in the U.S. The talks ..."); "..." is
  treated the same way; a Unicode ellipsis "…" counts as a full stop;
- a split is undone when what follows starts in lower case or with , ; : ) ] or an ellipsis
  (`"…?" he asked`, `tensions… sending`), or when a quotation ending in "?" or "!" is followed by
  its attribution (`"Is it over?" Baloch asked.`), so a quotation that continues is not cut off;
- no split inside a double quotation that closes later in the same paragraph, so a quotation of
  several sentences and its attribution form one sentence (an unclosed mark changes nothing);
- closing quotes glued to the next capitalised word (`cooperation.”He said`) stay with the sentence
  they close, and the next sentence starts at the word.
Offsets index into the given text; spans are stripped of surrounding white space.
"""
from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

NEWS_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl brig gov sen rep rev st sr jr
    pres amb dept univ inc ltd co corp no nos vol fig approx est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    u.s u.n u.k u.a.e e.u a.m p.m i.e e.g etc vs al""".split()
)
# Words that, capitalised after an abbreviation or "...", start a new sentence.
SENTENCE_STARTERS = frozenset(
    """the this that these those it its he she they we you his her their our there here
    but and however meanwhile yet so then thus also still in on at after before when while
    since during as if although though according earlier later last officials""".split()
)
ATTRIBUTION_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|stated|insisted|warned|declared|"
    "noted|explained|tweeted|posted|continued|urged|stressed|remarked|responded"
)
_PARAGRAPH = re.compile(r"[^\n]+")
_CONTINUES = re.compile(r"[a-z,;:)\]…]")
_QUESTION_QUOTE_END = re.compile(r"[?!][”\"’']\s*$")
_ATTRIBUTION = re.compile(rf"(?:[A-Z][\w’'.-]*\s+){{1,4}}(?:{ATTRIBUTION_VERBS})\b|(?:{ATTRIBUTION_VERBS})\s+[A-Z]")
_CLOSERS = re.compile(r"[”’\"')\]]+")
_DOUBLE_MARKS = re.compile(r"[“”\"]")
_SENTENCE_END = re.compile(r"[.?!…]")
_CLOSING_RUN = ".?!…\"”’')] \t\r\f\v"
MAX_CHUNK_CHARS = 20_000  # longest piece of a paragraph given to Punkt at once (a news paragraph is far shorter)
_CHUNK_CUT = re.compile(r"[.?!…][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z])")


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """A Punkt tokenizer whose parameters are built in code (no model file, no download)."""
    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def _continues(paragraph: str, previous: list[int], start: int) -> bool:
    """True when the piece starting at `start` continues the previous piece rather than starting a sentence."""
    if _CONTINUES.match(paragraph, start):
        return True
    before = paragraph[previous[0] : previous[1]]
    return bool(_QUESTION_QUOTE_END.search(before) and _ATTRIBUTION.match(paragraph, start))


def quotation_ranges(paragraph: str) -> list[tuple[int, int]]:
    """(open, close) offsets of double quotations that close within the paragraph; an unclosed mark opens nothing."""
    ranges: list[tuple[int, int]] = []
    opened = -1
    for mark in _DOUBLE_MARKS.finditer(paragraph):
        char, at = mark.group(0), mark.start()
        if char == "“" or (char == '"' and opened < 0):
            opened = at
        elif opened >= 0:
            ranges.append((opened, at))
            opened = -1
    return ranges


def _inside_quotation(ranges: list[tuple[int, int]], end: int, start: int) -> bool:
    """True when the gap between a piece ending at `end` and the next starting at `start` lies inside a quotation."""
    return any(open_at < end and start <= close_at for open_at, close_at in ranges)


def _chunk_ends(paragraph: str) -> list[int]:
    """Where to cut a paragraph into pieces of at most MAX_CHUNK_CHARS for Punkt, so that a paragraph of any
    length costs time in proportion to it: at the last sentence end (a mark, white space, a capital) in each
    window, else at its last white space, else at the window's end."""
    ends: list[int] = []
    start = 0
    while len(paragraph) - start > MAX_CHUNK_CHARS:
        window = paragraph[start : start + MAX_CHUNK_CHARS]
        cuts = [m.end() for m in _CHUNK_CUT.finditer(window, len(window) // 2)]
        cut = cuts[-1] if cuts else window.rfind(" ", len(window) // 2) + 1 or len(window)
        start += cut
        ends.append(start)
    return [*ends, len(paragraph)]


def _paragraph_spans(paragraph: str) -> list[list[int]]:
    """Sentence spans (relative to the paragraph) of one paragraph; a very long one is cut into chunks first
    (see _chunk_ends), each of which ends a sentence."""
    if len(paragraph) <= MAX_CHUNK_CHARS:
        return _chunk_spans(paragraph)
    spans: list[list[int]] = []
    start = 0
    for end in _chunk_ends(paragraph):
        spans += [[start + a, start + b] for a, b in _chunk_spans(paragraph[start:end])]
        start = end
    return spans


def _chunk_spans(paragraph: str) -> list[list[int]]:
    """Sentence spans (relative to the paragraph) of one paragraph.

    A paragraph with no sentence-final mark before its closing run of marks is one sentence, so it
    does not go through Punkt (most news paragraphs are single sentences).
    """
    if not _SENTENCE_END.search(paragraph.rstrip(_CLOSING_RUN)):
        return [[0, len(paragraph)]]
    tokenizer = punkt_tokenizer()
    probe = paragraph.replace("…", ".")
    ranges = quotation_ranges(paragraph)
    pieces: list[list[int]] = []
    for start, end in tokenizer.span_tokenize(probe):
        closers = _CLOSERS.match(paragraph, start)
        if pieces and closers and pieces[-1][1] == start:
            pieces[-1][1] = start = closers.end()
            if not paragraph[start:end].strip():
                pieces[-1][1] = end
                continue
        if pieces and (_continues(paragraph, pieces[-1], start) or _inside_quotation(ranges, pieces[-1][1], start)):
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    return pieces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, stripped of surrounding white space (the analyses of
    an article share its spans through its `ArticleContext`)."""
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        base = paragraph.start()
        for start, end in _paragraph_spans(paragraph.group(0)):
            chunk = text[base + start : base + end]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                spans.append((base + start + lead, base + start + lead + len(stripped)))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as strings."""
    return [text[start:end] for start, end in sentence_spans(text)]
