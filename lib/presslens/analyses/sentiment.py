"""Sentence tone with VADER: NLTK's SentimentIntensityAnalyzer aligned with the VADER reference (vaderSentiment 3.3.2).

NLTK 3.10.4's port of VADER scores some sentences differently from the authors' reference
implementation. `ReferenceVader` is NLTK's class (same lexicon, loaded through `nltk.data`, same
normalisation and punctuation emphasis) with the diverging steps overridden to follow the reference:

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

Scoring is organised for speed (one tokenisation pass, only lexicon words scored, a short path for
words with no modifier before them, idioms looked up only in texts that hold the first two words of an
idiom or booster phrase) while doing the reference's arithmetic step for step.
`tests/test_sentiment.py` asserts equality (==, all four scores) with the reference on every seed and
dev-fixture sentence and on thousands of generated sentences, and keeps a record of where plain NLTK differs.

`article_tables` scores each sentence once: the voice table reuses the score of a narration piece that is
a whole sentence, and counts the words of every piece on one word mask of the article (`word_mask`).
"""
from __future__ import annotations

import itertools
import math
import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from operator import itemgetter

import vaderSentiment.vaderSentiment as reference
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from presslens.actors import load_actors
from presslens.analyses.vader_data import install_lexicon
from presslens.article import Article
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.text import sentence_spans

SCORE_KEYS = ("compound", "pos", "neu", "neg")
SENTENCE_COLUMNS = ("article_id", "sent_index", "start", "end", "text", "compound", "pos", "neu", "neg", "actors")
VOICE_COLUMNS = ("article_id", "voice", "n_segments", "n_words", "compound", "pos", "neu", "neg")
QUOTED_KINDS = frozenset({"direct", "partial"})
# A quotation: an opening mark, then text up to the matching closing mark within one paragraph.
_QUOTATION = re.compile(r"“[^”\n]{2,}?”|(?<![\w\"])\"[^\"\n]{2,}?\"(?![\w])")

# Words that can change the valence of a lexicon word up to three places after them, besides boosters and negations.
_CONTEXT_WORDS = frozenset({"no", "never", "without", "so", "this", "least"})
_PUNCTUATION = string.punctuation
_WORD_CHAR = re.compile(r"\w")
_ASCII_BYTES = bytes(range(128))
# Byte b"a" for an ASCII word character, b" " for any other byte (non-ASCII characters are encoded as "?" first).
_ASCII_WORD_MASK = bytes(
    ord("a") if code < 128 and (chr(code).isalnum() or chr(code) == "_") else ord(" ") for code in range(256)
)
Scores = dict[str, float]


class ReferenceConstants(VaderConstants):
    """NLTK's VADER constants with the reference implementation's booster and idiom lists."""

    BOOSTER_DICT = dict(reference.BOOSTER_DICT)
    SPECIAL_CASE_IDIOMS = dict(reference.SPECIAL_CASES)


def _negates(lower_word: str) -> bool:
    """The reference's `negated([word])` for one lower-cased word: a negation word or a word with "n't"."""
    return lower_word in ReferenceConstants.NEGATE or "n't" in lower_word


def _neutral_scores(n_words: int) -> Scores:
    """The scores of `n_words` words none of which carries valence (what `score_valence` gives for all zeros)."""
    return {"neg": 0.0, "neu": 1.0 if n_words else 0.0, "pos": 0.0, "compound": 0.0}


def _tokens(text: str) -> list[str]:
    """The reference's tokens: split on white space, ASCII punctuation stripped when at least three characters remain."""
    return [stripped if len(stripped := token.strip(_PUNCTUATION)) > 2 else token for token in text.split()]


def _lower_tokens(text: str) -> list[str]:
    """The reference's tokens of `text`, lower-cased.

    When lower-casing maps every character of `text` to one character (all but a few, such as "İ"), the
    tokens of the lower-cased text are the same: white space and ASCII punctuation stay as they are, no
    other character becomes either, and the final-sigma rule does not look across white space.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return _tokens(lowered)
    return [word.lower() for word in _tokens(text)]


@lru_cache(maxsize=1)
def emoji_descriptions() -> dict[str, str]:
    """Emoji -> description, from the emoji lexicon shipped with vaderSentiment."""
    text = resources.files("vaderSentiment").joinpath("emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    pairs = (line.strip().split("\t")[0:2] for line in text.rstrip("\n").split("\n") if line.strip())
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


class ReferenceVader(SentimentIntensityAnalyzer):
    """NLTK's SentimentIntensityAnalyzer whose rules follow vaderSentiment 3.3.2 (see the module docstring).

    Only lexicon words are scored (every other token scores 0). A lexicon word with no modifier
    (booster, negation, "no", "never", "without", "so", "this", "least") among the three words before
    it takes a short path; the others go through every rule.
    """

    def __init__(self) -> None:
        install_lexicon()
        super().__init__()
        self.constants = ReferenceConstants()
        self.emojis = emoji_descriptions()
        self.emoji_chars = frozenset(emoji for emoji in self.emojis if len(emoji) == 1)
        boosters = self.constants.BOOSTER_DICT
        self.scored_words = {word: valence for word, valence in self.lexicon.items() if word not in boosters}
        self.modifiers = frozenset(boosters) | frozenset(self.constants.NEGATE) | _CONTEXT_WORDS
        self.phrases = frozenset(
            tuple(key.split(" ")) for key in (*self.constants.SPECIAL_CASE_IDIOMS, *boosters) if " " in key
        )
        self.phrase_pairs = frozenset(phrase[:2] for phrase in self.phrases)

    def _describe_emojis(self, text: str) -> str:
        """Replace each emoji by its description, as the reference does."""
        if text.isascii() or self.emoji_chars.isdisjoint(text):
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

    def polarity_scores(self, text: str) -> Scores:
        """VADER scores {neg, neu, pos, compound} of `text`, equal to the reference implementation's."""
        text = self._describe_emojis(str(text)).strip()
        lower = _lower_tokens(text)
        scored = self.scored_words
        hits = [i for i, word in enumerate(lower) if word in scored]
        if not hits:
            return _neutral_scores(len(lower))
        # isupper() ignores punctuation, so the unstripped tokens tell which words are in ALL CAPS.
        upper = list(map(str.isupper, text.split()))
        is_cap_diff = 0 < len(upper) - sum(upper) < len(upper)
        may_contract = "'t" in text or "'T" in text
        may_phrase = not self.phrase_pairs.isdisjoint(zip(lower, lower[1:]))
        sentiments: list[float] = [0] * len(lower)
        for i in hits:
            if lower[i] == "kind" and i < len(lower) - 1 and lower[i + 1] == "of":
                continue
            sentiments[i] = self._word_valence(lower, upper, i, is_cap_diff, may_contract, may_phrase)
        if "but" in lower:
            self._reference_but_check(lower, sentiments)
        return self._sentence_scores(sentiments, [sentiments[i] for i in hits], text)

    def _word_valence(
        self, lower: list[str], upper: list[bool], i: int, is_cap_diff: bool, may_contract: bool, may_phrase: bool
    ) -> float:
        """Valence of lexicon word `i`: the short path when nothing before it modifies it, else every rule.

        `may_contract`: the text may hold a word with "n't";
        `may_phrase`: the text holds the first two words of an idiom or booster phrase, next to each other.
        """
        before = lower[i - 3 if i > 3 else 0 : i]
        if (
            lower[i] == "no"
            or not self.modifiers.isdisjoint(before)
            or (may_contract and any("n't" in word for word in before))
        ):
            return self._modified_valence(lower, upper, i, is_cap_diff, may_phrase)
        valence = self.scored_words[lower[i]]
        if is_cap_diff and upper[i]:
            valence = valence + self.constants.C_INCR if valence > 0 else valence - self.constants.C_INCR
        if may_phrase and i > 2 and lower[i - 3] not in self.lexicon and self._near_phrase(lower, i):
            valence = self._reference_idioms(valence, lower, i)
        return valence

    def _near_phrase(self, lower: list[str], i: int) -> bool:
        """True when an idiom or booster phrase ("kiss of death", "kind of") starts at word `i` or up to 3 words before.

        Every idiom and booster n-gram that the reference checks for word `i` starts there.
        """
        first = i - 3 if i > 3 else 0
        phrases = self.phrases
        return any(tuple(lower[j : j + 2]) in phrases or tuple(lower[j : j + 3]) in phrases for j in range(first, i + 1))

    def _modified_valence(
        self, lower: list[str], upper: list[bool], i: int, is_cap_diff: bool, may_phrase: bool
    ) -> float:
        """Valence of word `i` after the reference's negation, booster, capital, idiom and 'least' rules."""
        item = lower[i]
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
        if upper[i] and is_cap_diff:
            valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
        for start_i in range(3):
            j = i - (start_i + 1)
            if j >= 0 and lower[j] not in self.lexicon:
                s = self._booster_scalar(lower[j], upper[j], valence, is_cap_diff)
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = self._reference_negation(valence + s, lower, start_i, i)
                if start_i == 2 and may_phrase and self._near_phrase(lower, i):
                    valence = self._reference_idioms(valence, lower, i)
        return self._least_check(valence, lower, i)  # it lower-cases the words again, which changes nothing

    def _booster_scalar(self, lower_word: str, is_upper: bool, valence: float, is_cap_diff: bool) -> float:
        """NLTK's `scalar_inc_dec` on a word given lower-cased and whether it is in ALL CAPS."""
        c = self.constants
        if lower_word not in c.BOOSTER_DICT:
            return 0.0
        scalar = c.BOOSTER_DICT[lower_word]
        if valence < 0:
            scalar *= -1
        if is_upper and is_cap_diff:
            if valence > 0:
                scalar += c.C_INCR
            else:
                scalar -= c.C_INCR
        return scalar

    def _sentence_scores(self, sentiments: list[float], valences: list[float], text: str) -> Scores:
        """NLTK's `score_valence(sentiments, text)`, summing over `valences`, the entries that can be non-zero.

        Adding a zero leaves a sum unchanged, so the result is the same, without a pass over every word;
        a text with no "!" and no "?" gets no punctuation emphasis (NLTK's amplifier is 0 there).
        """
        c = self.constants
        sum_s = float(sum(valences))
        amplifier = self._punctuation_emphasis(sum_s, text) if "!" in text or "?" in text else 0.0
        if sum_s > 0:
            sum_s += amplifier
        elif sum_s < 0:
            sum_s -= amplifier
        compound = c.normalize(sum_s)
        pos_sum = 0.0
        neg_sum = 0.0
        for valence in valences:
            if valence > 0:
                pos_sum += float(valence) + 1
            elif valence < 0:
                neg_sum += float(valence) - 1
        if pos_sum > math.fabs(neg_sum):
            pos_sum += amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= amplifier
        neu_count = sentiments.count(0)
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return {
            "neg": round(math.fabs(neg_sum / total), 3),
            "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3),
            "compound": round(compound, 4),
        }

    def _reference_negation(self, valence: float, lower: list[str], start_i: int, i: int) -> float:
        """The reference's negation rule for the word `start_i + 1` places before word `i`."""
        n_scalar = self.constants.N_SCALAR
        before = lower[i - (start_i + 1)]
        if start_i == 0:
            return valence * n_scalar if _negates(before) else valence
        if start_i == 1:
            if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
                return valence * 1.25
            if lower[i - 2] == "without" and lower[i - 1] == "doubt":
                return valence
            return valence * n_scalar if _negates(before) else valence
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            return valence * 1.25
        if lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
            return valence
        return valence * n_scalar if _negates(before) else valence

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


def _split_by_spans(
    start: int, end: int, spans: Sequence[tuple[int, int]], reach: Sequence[int] | None = None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Split [start, end) into narration pieces and quoted pieces according to `spans` (sorted by start).

    `reach` (the running maximum of the spans' ends, `_reach(spans)`) lets the scan start at the first span
    that ends after `start`, so splitting every sentence of an article costs time linear in its quotes.
    """
    narration: list[tuple[int, int]] = []
    quoted: list[tuple[int, int]] = []
    cursor = start
    first = bisect_right(reach, start) if reach is not None else 0
    for index in range(first, len(spans)):
        q_start, q_end = spans[index]
        if q_start >= end:
            break
        if q_end <= cursor:
            continue
        q_start, q_end = max(q_start, cursor), min(q_end, end)
        if q_start > cursor:
            narration.append((cursor, q_start))
        quoted.append((q_start, q_end))
        cursor = q_end
    if cursor < end:
        narration.append((cursor, end))
    return narration, quoted


def _reach(spans: Sequence[tuple[int, int]]) -> list[int]:
    """The running maximum of the spans' ends: every span before index `bisect_right(reach, x)` ends at or before x."""
    return list(itertools.accumulate((end for _, end in spans), max))


def word_mask(text: str) -> bytes:
    """One byte per character of `text`: b"a" for a word character (one that `\\w` matches), b" " for any other.

    The number of words (runs of word characters) in `text[start:end]` is `len(mask[start:end].split())`.
    """
    if not text.isascii():
        # UTF-8 encodes non-ASCII characters with non-ASCII bytes only: deleting the ASCII bytes leaves those characters.
        utf8 = text.encode("utf-8", "surrogatepass")
        non_ascii = utf8.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        for char in set(_WORD_CHAR.findall(non_ascii)):
            text = text.replace(char, "a")
    return text.encode("ascii", "replace").translate(_ASCII_WORD_MASK)


def _mean_scores(pieces: Sequence[tuple[int, Scores]]) -> tuple[int, int, Scores]:
    """Number of pieces, number of words and mean VADER scores of `pieces` ((word count, scores) of pieces with words)."""
    if not pieces:
        return 0, 0, {key: 0.0 for key in SCORE_KEYS}
    scores = [piece_scores for _, piece_scores in pieces]
    n_words = sum(n for n, _ in pieces)
    return len(scores), n_words, {key: round(sum(map(itemgetter(key), scores)) / len(scores), 4) for key in SCORE_KEYS}


def sentence_scores(text: str) -> dict[tuple[int, int], Scores]:
    """VADER scores of every sentence of `text`, by sentence span."""
    polarity_scores = vader().polarity_scores
    return {(start, end): polarity_scores(text[start:end]) for start, end in sentence_spans(text)}


def sentence_rows(
    article: Article, scores_by_span: dict[tuple[int, int], Scores] | None = None, settings: Settings = DEFAULT_SETTINGS
) -> list[dict[str, object]]:
    """Rows of the `sentences` table for one article: VADER scores and canonical actors per sentence."""
    text = article.text
    if scores_by_span is None:
        scores_by_span = sentence_scores(text)
    mentions = load_actors(settings).find_mentions(text)
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
        scores = scores_by_span[(start, end)]
        rows.append({
            "article_id": article.article_id, "sent_index": index, "start": start, "end": end, "text": text[start:end],
            "compound": scores["compound"], "pos": scores["pos"], "neu": scores["neu"], "neg": scores["neg"],
            "actors": "|".join(names),
        })
    return rows


def voice_rows(
    article: Article, done: dict[str, list[dict]], scores_by_span: dict[tuple[int, int], Scores] | None = None
) -> list[dict[str, object]]:
    """Rows of the `voice_tone` table: mean tone of the outlet's narration and of quoted speech in one article.

    `scores_by_span` (sentence scores of this article, if already computed) spares re-scoring narration
    pieces that are whole sentences.
    """
    text = article.text
    known = scores_by_span or {}
    mask = word_mask(text)
    spans = quoted_spans(article, done)
    reach = _reach(spans)
    narration: list[tuple[int, Scores]] = []
    quoted: list[tuple[int, Scores]] = []
    for start, end in sentence_spans(text):
        own, other = _split_by_spans(start, end, spans, reach)
        for a, b in own:
            if n_words := len(mask[a:b].split()):
                sentence = known.get((a, b))
                narration.append((n_words, score(text[a:b]) if sentence is None else sentence))
        for a, b in other:
            if n_words := len(mask[a:b].split()):
                quoted.append((n_words, score(text[a:b].strip("“”\""))))
    rows = []
    for voice, pieces in (("narration", narration), ("quoted", quoted)):
        n_segments, n_words, means = _mean_scores(pieces)
        rows.append({"article_id": article.article_id, "voice": voice, "n_segments": n_segments, "n_words": n_words} | means)
    return rows


def article_tables(article: Article, done: dict[str, list[dict]], settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[dict]]:
    """Pipeline entry: the `sentences` and `voice_tone` tables for one article (each sentence scored once)."""
    scores_by_span = sentence_scores(article.text)
    return {"sentences": sentence_rows(article, scores_by_span, settings), "voice_tone": voice_rows(article, done, scores_by_span)}
