"""Sentence tone with VADER: NLTK's SentimentIntensityAnalyzer aligned with the VADER reference (vaderSentiment 3.3.2).

NLTK 3.10.4's port of VADER scores some sentences differently from the authors' reference
implementation. `ReferenceVader` is NLTK's class (same lexicon, loaded through `nltk.data`, same
scoring and normalisation code) with the diverging steps overridden to follow the reference:

1. tokens: the reference keeps tokens of one or two characters ("5", "a", "in") as neutral words and
   strips punctuation only when at least three characters remain; NLTK drops one-character tokens,
   which changes pos/neu/neg (not compound);
2. positions: NLTK scores every repeat of a word with the context of its first occurrence
   (`first_index`), so a second "terrorists" after "never allow the terrorists" is negated too;
3. "no" as a negator of the next three words (reference rule missing in NLTK);
4. "never so/this X" boosts by 1.25 (NLTK 1.5) and "without doubt" does not negate;
5. idioms are matched on lower-cased words and booster n-grams add their own value; the reference's
   booster list has 18 more entries ("major", "total", "extreme", ...) and its idiom list differs;
6. emoji are replaced by their descriptions, and the "but" rule scales entries as the reference does.

`tests/test_sentiment.py` asserts equality with the reference on every seed sentence and keeps a
record of where plain NLTK differs.
"""
from __future__ import annotations

import re
import string
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import vaderSentiment.vaderSentiment as reference
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from presslens.actors import load_actors
from presslens.article import Article
from presslens.text import sentence_spans
from presslens.vader_data import install_lexicon

SCORE_KEYS = ("compound", "pos", "neu", "neg")
SENTENCE_COLUMNS = ("article_id", "sent_index", "start", "end", "text", "compound", "pos", "neu", "neg", "actors")
VOICE_COLUMNS = ("article_id", "voice", "n_segments", "n_words", "compound", "pos", "neu", "neg")
QUOTED_KINDS = frozenset({"direct", "partial"})
# A quotation: an opening mark, then text up to the matching closing mark within one paragraph.
_QUOTATION = re.compile(r"“[^”\n]{2,}?”|(?<![\w\"])\"[^\"\n]{2,}?\"(?![\w])")


class ReferenceConstants(VaderConstants):
    """NLTK's VADER constants with the reference implementation's booster and idiom lists."""

    BOOSTER_DICT = dict(reference.BOOSTER_DICT)
    SPECIAL_CASE_IDIOMS = dict(reference.SPECIAL_CASES)


def _strip_punctuation(token: str) -> str:
    """Strip surrounding ASCII punctuation unless fewer than three characters would remain (reference rule)."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


def _allcap_differential(words: Sequence[str]) -> bool:
    """True when some but not all words are in ALL CAPS."""
    capitals = sum(1 for word in words if word.isupper())
    return 0 < len(words) - capitals < len(words)


@lru_cache(maxsize=1)
def emoji_descriptions() -> dict[str, str]:
    """Emoji -> description, from the emoji lexicon shipped with vaderSentiment."""
    text = resources.files("vaderSentiment").joinpath("emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    pairs = (line.strip().split("\t")[0:2] for line in text.rstrip("\n").split("\n") if line.strip())
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


class ReferenceVader(SentimentIntensityAnalyzer):
    """NLTK's SentimentIntensityAnalyzer whose rules follow vaderSentiment 3.3.2 (see the module docstring)."""

    def __init__(self) -> None:
        install_lexicon()
        super().__init__()
        self.constants = ReferenceConstants()
        self.emojis = emoji_descriptions()

    def _describe_emojis(self, text: str) -> str:
        """Replace each emoji by its description, as the reference does."""
        if text.isascii():
            return text
        pieces: list[str] = []
        prev_space = True
        for char in text:
            description = self.emojis.get(char)
            if description is not None:
                if not prev_space:
                    pieces.append(" ")
                pieces.append(description)
                prev_space = False
            else:
                pieces.append(char)
                prev_space = char == " "
        return "".join(pieces)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER scores {neg, neu, pos, compound} of `text`, equal to the reference implementation's."""
        text = self._describe_emojis(str(text)).strip()
        words = [_strip_punctuation(token) for token in text.split()]
        lower = [word.lower() for word in words]
        is_cap_diff = _allcap_differential(words)
        boosters = self.constants.BOOSTER_DICT
        sentiments: list[float] = []
        for i, item in enumerate(lower):
            if item in boosters or (i < len(lower) - 1 and item == "kind" and lower[i + 1] == "of"):
                sentiments.append(0)
                continue
            sentiments.append(self._word_valence(words, lower, i, is_cap_diff))
        return self.score_valence(self._reference_but_check(lower, sentiments), text)

    def _word_valence(self, words: list[str], lower: list[str], i: int, is_cap_diff: bool) -> float:
        """Valence of word `i` after the reference's negation, booster, capital, idiom and 'least' rules."""
        item = lower[i]
        if item not in self.lexicon:
            return 0
        c = self.constants
        valence = self.lexicon[item]
        if item == "no" and i != len(lower) - 1 and lower[i + 1] in self.lexicon:
            valence = 0.0
        if (
            (i > 0 and lower[i - 1] == "no")
            or (i > 1 and lower[i - 2] == "no")
            or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))
        ):
            valence = self.lexicon[item] * c.N_SCALAR
        if words[i].isupper() and is_cap_diff:
            valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
        for start_i in range(3):
            if i > start_i and lower[i - (start_i + 1)] not in self.lexicon:
                s = c.scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = self._reference_negation(valence + s, lower, start_i, i)
                if start_i == 2:
                    valence = self._reference_idioms(valence, lower, i)
        return self._least_check(valence, words, i)

    def _reference_negation(self, valence: float, lower: list[str], start_i: int, i: int) -> float:
        """The reference's negation rule for the word `start_i + 1` places before word `i`."""
        n_scalar = self.constants.N_SCALAR
        before = lower[i - (start_i + 1)]
        if start_i == 0:
            return valence * n_scalar if self.constants.negated([before]) else valence
        if start_i == 1:
            if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
                return valence * 1.25
            if lower[i - 2] == "without" and lower[i - 1] == "doubt":
                return valence
            return valence * n_scalar if self.constants.negated([before]) else valence
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            return valence * 1.25
        if lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            return valence
        return valence * n_scalar if self.constants.negated([before]) else valence

    def _reference_idioms(self, valence: float, lower: list[str], i: int) -> float:
        """The reference's special-case idioms and booster n-grams around word `i` (i >= 3)."""
        idioms = self.constants.SPECIAL_CASE_IDIOMS
        onezero = f"{lower[i - 1]} {lower[i]}"
        twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
        twoone = f"{lower[i - 2]} {lower[i - 1]}"
        threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
        threetwo = f"{lower[i - 3]} {lower[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in idioms:
                valence = idioms[seq]
                break
        if len(lower) - 1 > i and f"{lower[i]} {lower[i + 1]}" in idioms:
            valence = idioms[f"{lower[i]} {lower[i + 1]}"]
        if len(lower) - 1 > i + 1 and f"{lower[i]} {lower[i + 1]} {lower[i + 2]}" in idioms:
            valence = idioms[f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in self.constants.BOOSTER_DICT:
                valence = valence + self.constants.BOOSTER_DICT[n_gram]
        return valence

    @staticmethod
    def _reference_but_check(lower: list[str], sentiments: list[float]) -> list[float]:
        """Halve valences before the first 'but' and raise those after by half, as the reference does.

        The reference locates each entry by `list.index(value)`, so an entry equal in value to an
        earlier one scales that earlier entry instead; this is kept so that scores stay identical.
        """
        if "but" not in lower:
            return sentiments
        bi = lower.index("but")
        for position in range(len(sentiments)):
            value = sentiments[position]
            si = sentiments.index(value)
            if si < bi:
                sentiments[si] = value * 0.5
            elif si > bi:
                sentiments[si] = value * 1.5
        return sentiments


@lru_cache(maxsize=1)
def vader() -> ReferenceVader:
    """The process-wide VADER analyzer (lexicon installed and loaded once)."""
    return ReferenceVader()


def score(text: str) -> dict[str, float]:
    """VADER scores {compound, pos, neu, neg} of one piece of text."""
    return vader().polarity_scores(text)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of text inside balanced double quotation marks (curly or straight) within a paragraph, marks included."""
    return [match.span() for match in _QUOTATION.finditer(text)]


def quoted_spans(article: Article, done: dict[str, list[dict]]) -> list[tuple[int, int]]:
    """Quoted-speech spans: direct and partial quotes from the quote analysis if it ran, else quotation marks."""
    quotes = done.get("quotes")
    if quotes is None:
        return quotation_spans(article.text)
    spans = []
    for row in quotes:
        if row.get("kind") in QUOTED_KINDS:
            start, end = int(row["start"]), int(row["end"])
            if 0 <= start < end <= len(article.text):
                spans.append((start, end))
    return sorted(spans)


def _split_by_spans(start: int, end: int, spans: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split [start, end) into narration pieces and quoted pieces according to `spans`."""
    narration: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    cursor = start
    for q_start, q_end in spans:
        if q_end <= cursor or q_start >= end:
            continue
        q_start, q_end = max(q_start, cursor), min(q_end, end)
        if q_start > cursor:
            narration.append((cursor, q_start))
        quoted.append((q_start, q_end))
        cursor = q_end
    if cursor < end:
        narration.append((cursor, end))
    return narration, quoted


def _mean_scores(texts: Iterable[str]) -> tuple[int, int, dict[str, float]]:
    """Number of pieces, number of words and mean VADER scores of the pieces that contain a word."""
    scores = []
    n_words = 0
    for piece in texts:
        words = re.findall(r"\w+", piece)
        if words:
            n_words += len(words)
            scores.append(score(piece))
    if not scores:
        return 0, 0, {key: 0.0 for key in SCORE_KEYS}
    return len(scores), n_words, {key: round(sum(s[key] for s in scores) / len(scores), 4) for key in SCORE_KEYS}


def sentence_rows(article: Article) -> list[dict[str, object]]:
    """Rows of the `sentences` table for one article: VADER scores and canonical actors per sentence."""
    text = article.text
    mentions = load_actors().find_mentions(text)
    rows: list[dict[str, object]] = []
    cursor = 0
    for index, (start, end) in enumerate(sentence_spans(text)):
        names: list[str] = []
        while cursor < len(mentions) and mentions[cursor].start < start:
            cursor += 1
        probe = cursor
        while probe < len(mentions) and mentions[probe].start < end:
            name = mentions[probe].actor.name
            if name not in names:
                names.append(name)
            probe += 1
        sentence = text[start:end]
        scores = score(sentence)
        rows.append(
            {"article_id": article.article_id, "sent_index": index, "start": start, "end": end, "text": sentence}
            | {key: scores[key] for key in SCORE_KEYS}
            | {"actors": "|".join(names)}
        )
    return rows


def voice_rows(article: Article, done: dict[str, list[dict]]) -> list[dict[str, object]]:
    """Rows of the `voice_tone` table: mean tone of the outlet's narration and of quoted speech in one article."""
    text = article.text
    spans = quoted_spans(article, done)
    narration: list[str] = []
    quoted: list[str] = []
    for start, end in sentence_spans(text):
        own, other = _split_by_spans(start, end, spans)
        narration.extend(text[a:b] for a, b in own)
        quoted.extend(text[a:b].strip("“”\"") for a, b in other)
    rows = []
    for voice, pieces in (("narration", narration), ("quoted", quoted)):
        n_segments, n_words, means = _mean_scores(pieces)
        rows.append({"article_id": article.article_id, "voice": voice, "n_segments": n_segments, "n_words": n_words} | means)
    return rows


def article_tables(article: Article, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Pipeline entry: the `sentences` and `voice_tone` tables for one article."""
    return {"sentences": sentence_rows(article), "voice_tone": voice_rows(article, done)}
