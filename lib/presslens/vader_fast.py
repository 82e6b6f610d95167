"""A fast VADER that gives exactly the scores of the reference implementation (vaderSentiment 3.3.2).

Same lexicon, emoji descriptions, booster/idiom/negation lists and constants (taken from the
`vaderSentiment` package itself), same rules applied in the same order with the same floating-point
operations, including the reference's quirks (the 'but' rule locating entries by value, idioms
checked only when the third preceding word is not in the lexicon). What is faster: every word is
lower-cased once per sentence instead of once per rule, negations are a set lookup, text without
emoji characters skips the emoji pass, and the lexicon is loaded once per process. `tests/test_vader_fast.py`
checks equality with the reference on the seed sentences and thousands of varied sentences.
"""
from __future__ import annotations

import math
import string
from functools import lru_cache
from importlib import resources

import vaderSentiment.vaderSentiment as reference

BOOSTERS: dict[str, float] = dict(reference.BOOSTER_DICT)
IDIOMS: dict[str, float] = dict(reference.SPECIAL_CASES)
NEGATIONS = frozenset(reference.NEGATE)
N_SCALAR = reference.N_SCALAR
C_INCR = reference.C_INCR
_PUNCTUATION = string.punctuation


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """The VADER lexicon shipped with vaderSentiment: word -> mean valence."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    entries: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            entries[word] = float(measure)
    return entries


@lru_cache(maxsize=1)
def emoji_descriptions() -> dict[str, str]:
    """Emoji -> description, from the emoji lexicon shipped with vaderSentiment."""
    text = resources.files("vaderSentiment").joinpath("emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    pairs = (line.strip().split("\t")[0:2] for line in text.rstrip("\n").split("\n"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


@lru_cache(maxsize=1)
def emoji_characters() -> frozenset[str]:
    """The single characters that have an emoji description (the only ones the reference replaces)."""
    return frozenset(key for key in emoji_descriptions() if len(key) == 1)


def _describe_emojis(text: str) -> str:
    """Replace each emoji character by its description, spaced as the reference does."""
    emojis = emoji_descriptions()
    pieces: list[str] = []
    prev_space = True
    for char in text:
        description = emojis.get(char)
        if description is not None:
            if not prev_space:
                pieces.append(" ")
            pieces.append(description)
            prev_space = False
        else:
            pieces.append(char)
            prev_space = char == " "
    return "".join(pieces)


def _token(raw: str) -> str:
    """Strip surrounding punctuation unless two or fewer characters would remain (likely an emoticon)."""
    stripped = raw.strip(_PUNCTUATION)
    return raw if len(stripped) <= 2 else stripped


def _negated(word: str) -> bool:
    """True for a negation word or a contraction with n't."""
    return word in NEGATIONS or "n't" in word


def _booster(word: str, lower: str, valence: float, is_cap_diff: bool) -> float:
    """The reference's scalar_inc_dec: how a preceding booster or dampener changes `valence`."""
    scalar = BOOSTERS.get(lower)
    if scalar is None:
        return 0.0
    if valence < 0:
        scalar *= -1
    if word.isupper() and is_cap_diff:
        if valence > 0:
            scalar += C_INCR
        else:
            scalar -= C_INCR
    return scalar


def _negation(valence: float, lower: list[str], start_i: int, i: int) -> float:
    """The reference's negation check for the word `start_i + 1` places before word `i`."""
    if start_i == 0:
        return valence * N_SCALAR if _negated(lower[i - 1]) else valence
    if start_i == 1:
        if lower[i - 2] == "never" and (lower[i - 1] == "so" or lower[i - 1] == "this"):
            return valence * 1.25
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return valence
        return valence * N_SCALAR if _negated(lower[i - 2]) else valence
    if (lower[i - 3] == "never" and (lower[i - 2] == "so" or lower[i - 2] == "this")) or (lower[i - 1] == "so" or lower[i - 1] == "this"):
        return valence * 1.25
    if lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
        return valence
    return valence * N_SCALAR if _negated(lower[i - 3]) else valence


def _idioms(valence: float, lower: list[str], i: int) -> float:
    """The reference's special-case idioms and booster n-grams around word `i` (i >= 3)."""
    onezero = f"{lower[i - 1]} {lower[i]}"
    twoonezero = f"{lower[i - 2]} {lower[i - 1]} {lower[i]}"
    twoone = f"{lower[i - 2]} {lower[i - 1]}"
    threetwoone = f"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}"
    threetwo = f"{lower[i - 3]} {lower[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in IDIOMS:
            valence = IDIOMS[seq]
            break
    n = len(lower)
    if n - 1 > i:
        zeroone = f"{lower[i]} {lower[i + 1]}"
        if zeroone in IDIOMS:
            valence = IDIOMS[zeroone]
    if n - 1 > i + 1:
        zeroonetwo = f"{lower[i]} {lower[i + 1]} {lower[i + 2]}"
        if zeroonetwo in IDIOMS:
            valence = IDIOMS[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTERS:
            valence = valence + BOOSTERS[n_gram]
    return valence


def _valence(words: list[str], lower: list[str], i: int, is_cap_diff: bool, lex: dict[str, float]) -> float:
    """The reference's sentiment_valence for lexicon word `i`."""
    item = lower[i]
    valence = lex[item]
    if item == "no" and i != len(lower) - 1 and lower[i + 1] in lex:
        valence = 0.0
    if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
            i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
        valence = lex[item] * N_SCALAR
    if is_cap_diff and words[i].isupper():
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    for start_i in range(3):
        j = i - (start_i + 1)
        if i > start_i and lower[j] not in lex:
            s = _booster(words[j], lower[j], valence, is_cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _negation(valence, lower, start_i, i)
            if start_i == 2:
                valence = _idioms(valence, lower, i)
    if i > 1 and lower[i - 1] not in lex and lower[i - 1] == "least":
        if lower[i - 2] != "at" and lower[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lower[i - 1] not in lex and lower[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


def _but_check(lower: list[str], sentiments: list[float]) -> list[float]:
    """Halve valences before the first 'but', raise those after by half; entries located by value, as the reference does."""
    if "but" not in lower:
        return sentiments
    bi = lower.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments[si] = sentiment * 0.5
        elif si > bi:
            sentiments[si] = sentiment * 1.5
    return sentiments


def _punctuation_emphasis(text: str) -> float:
    """Amplifier for exclamation marks (up to four) and question marks (two or more)."""
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    return ep_count * 0.292 + qm_amplifier


def _normalize(score: float, alpha: float = 15) -> float:
    """Map a valence sum into [-1, 1]."""
    norm_score = score / math.sqrt((score * score) + alpha)
    return -1.0 if norm_score < -1.0 else 1.0 if norm_score > 1.0 else norm_score


def _score_valence(sentiments: list[float], text: str) -> dict[str, float]:
    """The reference's score_valence: compound and the pos/neu/neg proportions."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(sentiments))
    amplifier = _punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = _normalize(sum_s)
    pos_sum = neg_sum = 0.0
    neu_count = 0
    for value in sentiments:
        if value > 0:
            pos_sum += float(value) + 1
        if value < 0:
            neg_sum += float(value) - 1
        if value == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


def polarity_scores(text: str) -> dict[str, float]:
    """VADER scores {neg, neu, pos, compound} of `text`, identical to vaderSentiment 3.3.2's."""
    text = str(text)
    if not text.isascii() and not emoji_characters().isdisjoint(text):
        text = _describe_emojis(text)
    text = text.strip()
    words = [_token(raw) for raw in text.split()]
    lower = [word.lower() for word in words]
    n = len(words)
    capitals = sum(1 for word in words if word.isupper())
    is_cap_diff = 0 < n - capitals < n
    lex = lexicon()
    sentiments: list[float] = []
    for i, item in enumerate(lower):
        if item in BOOSTERS or (item == "kind" and i < n - 1 and lower[i + 1] == "of") or item not in lex:
            sentiments.append(0)
        else:
            sentiments.append(_valence(words, lower, i, is_cap_diff, lex))
    return _score_valence(_but_check(lower, sentiments), text)
