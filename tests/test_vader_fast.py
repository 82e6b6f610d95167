"""The fast VADER gives exactly the reference scores (vaderSentiment 3.3.2 and presslens.sentiment's analyzer)."""
from __future__ import annotations

import random

import pytest
import vaderSentiment.vaderSentiment as reference

from presslens import vader_fast
from presslens.sentiment import vader
from presslens.text import split_sentences

EMOJI = ["😀", "😡", "💔", "🙏", "👍"]
EMOTICONS = [":)", ":-(", ":D", "<3", ":/", ";)"]
RULE_WORDS = ["not", "never", "isn't", "don't", "no", "nor", "or", "without", "doubt", "so", "this", "but", "BUT",
              "kind", "of", "least", "at", "very", "Very", "VERY", "extremely", "barely", "hardly", "uber",
              "kind of", "sort of", "at least", "the bomb", "bad ass", "cut the mustard", "yeah right",
              "hand to mouth", "back handed", "blow smoke", "upper hand", "break a leg", "the shit"]
NEUTRAL = ["the", "army", "said", "a", "in", "5", "Pakistan", "Iran", "strike", "border", "officials", "on", "I"]
ENDINGS = ["", ".", "!", "!!!", "!!!!!!", "?", "??", "????", "...", ",", "?!"]


@pytest.fixture(scope="module")
def reference_analyzer() -> reference.SentimentIntensityAnalyzer:
    return reference.SentimentIntensityAnalyzer()


def varied_sentences(n: int, seed: int) -> list[str]:
    """Random sentences mixing lexicon words, boosters, negations, 'but', capitals, emphasis, emoticons and idioms."""
    rng = random.Random(seed)
    lexicon_words = sorted(vader_fast.lexicon())
    sentiment_words = rng.sample(lexicon_words, 400)
    sentences = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(1, 24)):
            pool = rng.choice([sentiment_words, sentiment_words, RULE_WORDS, NEUTRAL, NEUTRAL, EMOTICONS, EMOJI])
            word = rng.choice(pool)
            if rng.random() < 0.12:
                word = word.upper()
            if rng.random() < 0.1:
                word = word + rng.choice([",", "!", "?", "'s", "..."])
            words.append(word)
        glue = "" if rng.random() < 0.05 else " "
        sentences.append(glue.join(words) + rng.choice(ENDINGS))
    return sentences


def test_identical_on_every_seed_sentence(seed_corpus, reference_analyzer):
    sentences = [s for article in seed_corpus.articles for s in split_sentences(article.text)]
    assert len(sentences) > 100
    for sentence in sentences:
        expected = reference_analyzer.polarity_scores(sentence)
        assert vader_fast.polarity_scores(sentence) == expected, sentence
        assert vader().polarity_scores(sentence) == expected, sentence


def test_identical_on_thousands_of_varied_sentences(reference_analyzer):
    sentences = varied_sentences(6000, seed=11)
    mismatches = [s for s in sentences if vader_fast.polarity_scores(s) != reference_analyzer.polarity_scores(s)]
    assert mismatches == []
    local = [s for s in sentences[:1500] if vader_fast.polarity_scores(s) != vader().polarity_scores(s)]
    assert local == []


@pytest.mark.parametrize("sentence", [
    "The strike was not good at all.", "It was GOOD, but the response was TERRIBLE!!!",
    "They are kind of happy.", "At least it isn't a horrible outcome.", "This is the least hopeful sign.",
    "Never so happy :) 😀", "Without doubt a great success??", "No problem, no harm or loss.",
    "Yeah right, they cut the mustard.", "", "   ", "!!!", "😡", "VERY VERY BAD",
])
def test_identical_on_rule_cases(sentence, reference_analyzer):
    assert vader_fast.polarity_scores(sentence) == reference_analyzer.polarity_scores(sentence)


def test_scores_differ_across_the_rules(reference_analyzer):
    plain, negated, emphasised = (vader_fast.polarity_scores(s)["compound"]
                                  for s in ("The talks were good.", "The talks were not good.", "The talks were GOOD!!!"))
    assert negated < 0 < plain < emphasised
