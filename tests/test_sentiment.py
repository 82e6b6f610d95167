"""VADER: equal to the reference implementation, loaded offline from a managed nltk data folder; sentence tables."""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
import vaderSentiment.vaderSentiment as reference_module
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as ReferenceAnalyzer

from presslens.analyses import vader_data
from presslens.analyses.sentiment import (
    SENTENCE_COLUMNS,
    VOICE_COLUMNS,
    _lower_tokens,
    article_tables,
    quotation_spans,
    score,
    word_mask,
)
from presslens.article import Article
from presslens.ingestion.corpus import load_corpus
from presslens.paths import SEEDS_DIR
from presslens.text import sentence_spans, split_sentences
from presslens.views import tone


@pytest.fixture(scope="module")
def reference() -> ReferenceAnalyzer:
    return ReferenceAnalyzer()


def seed_sentences() -> list[str]:
    """Every sentence of every raw seed file."""
    return [s for path in sorted(SEEDS_DIR.glob("*.txt")) for s in split_sentences(path.read_text(encoding="utf-8"))]


def article(text: str, article_id: str = "t-0") -> Article:
    return Article(article_id, "t.txt", 0, "Test Outlet", "", None, "", "", text)


def test_equals_reference_on_every_seed_sentence(reference, seed_corpus):
    sentences = seed_sentences() + [s for a in seed_corpus.articles for s in split_sentences(a.text)]
    assert len(sentences) > 150
    differing = [s for s in sentences if score(s) != reference.polarity_scores(s)]
    assert differing == []


FIXTURES = Path(__file__).parent / "fixtures"


def dev_fixture_sentences() -> list[str]:
    """Every sentence of every dev fixture: of each raw text file and of each article the corpus loader makes of them."""
    folders = sorted(p for p in FIXTURES.glob("dev_*") if p.is_dir() and not p.name.endswith("_gold"))
    files = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    raw = [s for path in files for s in split_sentences(path.read_text(encoding="utf-8"))]
    loaded = [s for folder in folders for a in load_corpus(folder).articles for s in split_sentences(a.text)]
    return raw + loaded


def test_equals_reference_on_every_dev_fixture_sentence(reference):
    sentences = dev_fixture_sentences()
    assert len(sentences) > 500
    differing = [s for s in sentences if score(s) != reference.polarity_scores(s)]
    assert differing == []


def rule_vocabulary(rng: random.Random, lexicon: dict[str, float]) -> list[str]:
    """Tokens that exercise every VADER rule, plus a seeded sample of lexicon words (some in ALL CAPS)."""
    lexicon_words = rng.sample(sorted(lexicon), 150)
    boosters = list(reference_module.BOOSTER_DICT)
    idiom_keys = [*reference_module.SPECIAL_CASES, *reference_module.SENTIMENT_LADEN_IDIOMS]
    idioms = idiom_keys + [w for key in idiom_keys for w in key.split()]
    negations = ["not", "never", "no", "No", "NO", "nor", "or", "isn't", "don't", "DON'T", "wasn't", "can't",
                 "aint", "ain't", "nothing", "without", "doubt", "without doubt", "without a doubt", "never so",
                 "never this", "at least", "very least", "least", "kind of", "sort of", "KIND OF", "but", "BUT", "But"]
    marks = ["!", "!!", "!!!!!", "?", "??", "????", "?!?", ".", ",", "...", ":)", ":(", ":D", "<3", "(", ")", "-", "--"]
    short = ["a", "I", "5", "in", "of", "to", "is", "ok", "ab", "x."]
    unicode_words = ["😁", "💔", "🙂", "🤬", "“good”", "‘bad’", "İyi", "İs", "ΟΔΟΣ", "ΣΑΣ,", "Σ", "ﬁne", "ǅemal"]
    common = ["good", "bad", "great", "terrible", "happy", "sad", "love", "hate", "killed", "attack", "peace",
              "support", "security", "threat", "condemn", "Iran", "Pakistan", "the", "said", "will"]
    capitals = [w.upper() for w in lexicon_words[:30]]
    return lexicon_words + capitals + boosters + idioms + negations + marks + short + unicode_words + common


def glued(rng: random.Random, word: str) -> str:
    """`word`, sometimes with punctuation, quotes or an emoji glued to either side, sometimes in ALL CAPS."""
    roll = rng.random()
    if roll < 0.08:
        return word.upper()
    if roll < 0.2:
        before = rng.choice(["", "(", "\"", "'", "...", "“", "--"])
        return before + word + rng.choice([",", ".", "!", "?!", ")", "'", "\"", "”", ":", "!!!"])
    if roll < 0.24:
        return word + rng.choice(["😁", "💔", "🙂"])
    return word


def generated_sentences(n: int, seed: int, lexicon: dict[str, float]) -> list[str]:
    """`n` random sentences from `rule_vocabulary`, with repeated words, glued punctuation and varied white space."""
    rng = random.Random(seed)
    vocabulary = rule_vocabulary(rng, lexicon)
    sentences = []
    for _ in range(n):
        words: list[str] = []
        for _ in range(rng.randint(0, 22)):
            repeat = words and rng.random() < 0.1
            words.append(rng.choice(words) if repeat else glued(rng, rng.choice(vocabulary)))
        pieces = [words[0]] if words else []
        for word in words[1:]:
            pieces.append(rng.choice([" "] * 12 + ["  ", "\t", "\n", "\u00a0", " - "]))
            pieces.append(word)
        sentences.append("".join(pieces) + rng.choice(["", ".", "!", "?", "!!", "???", " :)"]))
    return sentences


def test_equals_reference_on_generated_sentences(reference):
    """Random sentences that exercise every rule: negation, 'no', boosters, caps, 'but', idioms, 'least', punctuation, emoji."""
    sentences = generated_sentences(5000, seed=20240116, lexicon=reference.lexicon)
    differing = [s for s in sentences if score(s) != reference.polarity_scores(s)]
    assert differing == []
    assert sum(score(s)["compound"] != 0 for s in sentences) > 3000


TRICKY_CASE = ["İs, it", "(İt) İİ. İ", "ΟΔΟΣ, ΣΑΣ. 'Σ' ΑΣ\tΑ ΑΣ\u00a0Α", "ﬁne ǅemal ẞ", "a\x1cB\u2028C\u3000D", "\u212a. Straße"]


def test_lower_cased_tokens_are_the_reference_tokens_lower_cased(reference):
    for text in TRICKY_CASE + generated_sentences(1000, seed=5, lexicon=reference.lexicon):
        expected = [word.lower() for word in reference_module.SentiText(text.strip()).words_and_emoticons]
        assert _lower_tokens(text.strip()) == expected, text


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Leave a Reply", "NLTK drops one-character tokens, so neu/neg differ"),
        (
            "Tehran and Islamabad will never allow the terrorists to jeopardize the security of the two nations, "
            "noting that the terrorists along the border areas are undoubtedly supported by the third countries.",
            "NLTK scores the second 'terrorists' with the context of the first ('never allow the')",
        ),
        ("There is no good answer.", "NLTK lacks the reference's 'no' negation rule"),
    ],
)
def test_plain_nltk_differs_where_documented(reference, sentence, why):
    plain = vader_data.nltk_vader().polarity_scores(sentence)
    assert plain != reference.polarity_scores(sentence), why
    assert score(sentence) == reference.polarity_scores(sentence)


def test_lexicon_gaps_are_those_of_standard_vader():
    assert score("missile")["compound"] == 0.0
    assert score("drone")["compound"] == 0.0
    assert score("security")["compound"] > 0


LOADER_SCRIPT = """
import json, sys, nltk
def refuse(*args, **kwargs):
    raise AssertionError("nltk.download was called")
nltk.download = refuse
from presslens.analyses.sentiment import score
print(json.dumps({"score": score("Pakistan strongly condemns the attack"), "path0": nltk.data.path[0]}))
"""


def run_loader(cwd: Path, env: dict[str, str]) -> dict:
    """Run the loader in a fresh interpreter with `cwd` and extra environment; return what it printed."""
    full_env = {k: v for k, v in os.environ.items() if k not in (vader_data.ENV_VAR, "XDG_CACHE_HOME")} | env
    done = subprocess.run([sys.executable, "-c", LOADER_SCRIPT], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loader_works_from_empty_folder_and_temp_cwd_without_download(tmp_path, reference):
    data = tmp_path / "fresh" / "nltk_data"
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    result = run_loader(cwd, {vader_data.ENV_VAR: str(data)})
    assert result["path0"] == str(data)
    assert result["score"] == reference.polarity_scores("Pakistan strongly condemns the attack")
    with zipfile.ZipFile(data / "sentiment" / "vader_lexicon.zip") as archive:
        assert archive.namelist() == ["vader_lexicon/vader_lexicon.txt"]
        lexicon = archive.read("vader_lexicon/vader_lexicon.txt").decode("utf-8")
    assert not lexicon.endswith("\n")
    assert lexicon == vader_data.packaged_lexicon()
    assert len(lexicon.split("\n")) == 7520  # 7,519 line breaks in the packaged file (wc -l), no trailing one


def test_loader_falls_back_when_cache_folder_is_unusable(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    result = run_loader(tmp_path, {"XDG_CACHE_HOME": str(blocker / "cache"), "TMPDIR": str(tmp_path)})
    assert Path(result["path0"]).parent.parent == tmp_path
    assert (Path(result["path0"]) / "sentiment" / "vader_lexicon.zip").is_file()


def test_loader_replaces_a_corrupt_zip(tmp_path):
    target = tmp_path / "sentiment" / "vader_lexicon.zip"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"half-written")
    vader_data.write_lexicon_zip(tmp_path, "good\t1.9\t0.9\t[2, 2]")
    with zipfile.ZipFile(target) as archive:
        assert archive.read(vader_data.MEMBER) == b"good\t1.9\t0.9\t[2, 2]"


def test_concurrent_installs_leave_one_valid_zip(tmp_path):
    lexicon = vader_data.packaged_lexicon()
    with ProcessPoolExecutor(max_workers=6) as pool:
        paths = list(pool.map(vader_data.write_lexicon_zip, [tmp_path] * 12, [lexicon] * 12))
    assert {str(p) for p in paths} == {str(tmp_path / "sentiment" / "vader_lexicon.zip")}
    assert [p.name for p in (tmp_path / "sentiment").iterdir()] == ["vader_lexicon.zip"]
    with zipfile.ZipFile(paths[0]) as archive:
        assert archive.read(vader_data.MEMBER).decode("utf-8") == lexicon


def test_sentence_rows_of_a_seed_story(seed_articles, reference):
    story = seed_articles[("001_fdd5feb579f21952.txt", 0)]
    rows = article_tables(story, {})["sentences"]
    assert all(tuple(row) == SENTENCE_COLUMNS for row in rows)
    assert [(r["start"], r["end"]) for r in rows] == sentence_spans(story.text)
    assert [r["sent_index"] for r in rows] == list(range(len(rows)))
    jilani = next(r for r in rows if r["text"].startswith("Jilani condemned the terrorist attack"))
    assert jilani["actors"] == "Jalil Abbas Jilani|Iran|Pakistan"
    assert story.text[jilani["start"] : jilani["end"]] == jilani["text"]
    expected = reference.polarity_scores(jilani["text"])
    assert {k: jilani[k] for k in ("compound", "pos", "neu", "neg")} == {k: expected[k] for k in ("compound", "pos", "neu", "neg")}
    mao = next(r for r in rows if "Mao Ning" in r["text"])
    assert mao["actors"].split("|")[:2] == ["Chinese Foreign Ministry", "Mao Ning"]


TWO_VOICES = "Officials said the attack was a terrible tragedy. “We are happy and grateful for the support,” she said."


def test_voice_tone_separates_quoted_speech_by_quotation_marks():
    rows = {r["voice"]: r for r in article_tables(article(TWO_VOICES), {})["voice_tone"]}
    assert all(tuple(r) == VOICE_COLUMNS for r in rows.values())
    quoted = "We are happy and grateful for the support,"
    narration_pieces = ["Officials said the attack was a terrible tragedy.", " she said."]
    assert rows["quoted"]["n_segments"] == 1
    assert rows["quoted"]["compound"] == score(quoted)["compound"] > 0.5
    assert rows["narration"]["n_segments"] == 2
    assert rows["narration"]["compound"] == round(sum(score(p)["compound"] for p in narration_pieces) / 2, 4) < 0


def test_voice_tone_uses_the_quote_table_when_present():
    start = TWO_VOICES.index("terrible")
    done = {"quotes": [{"kind": "partial", "start": start, "end": start + len("terrible tragedy")}, {"kind": "indirect", "start": 0, "end": 10}]}
    rows = {r["voice"]: r for r in article_tables(article(TWO_VOICES), done)["voice_tone"]}
    assert rows["quoted"]["n_segments"] == 1
    assert rows["quoted"]["compound"] == score("terrible tragedy")["compound"] < 0
    assert rows["quoted"]["n_words"] == 2


@pytest.mark.parametrize(
    "text",
    [
        *TRICKY_CASE, TWO_VOICES, "", "a?b\ufffdc", "lone \ud800surrogate\udcff é",
        "snake_case x2 “İyi” café—naïve ٣٤ ½ ⅷ 😁ok ’tis don’t \u00a0a\tb\x1c\n_",
    ],
)
def test_word_mask_counts_the_words_a_regex_finds(text):
    mask = word_mask(text)
    assert len(mask) == len(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert len(mask[start:end].split()) == len(re.findall(r"\w+", text[start:end])), (start, end)


def test_quotation_spans_pair_curly_and_straight_marks():
    text = 'He said "we will respond" and “never again.” An unbalanced “quote here.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['"we will respond"', "“never again.”"]


@pytest.mark.parametrize("text", ["", "   ", "“", "\n\n", "!!!", "x" * 50000])
def test_bad_input_never_crashes(text):
    tables = article_tables(article(text), {"quotes": [{"kind": "direct", "start": 5, "end": 2}]})
    assert len(tables["voice_tone"]) == 2
    assert all(-1 <= r["compound"] <= 1 for r in tables["sentences"])


def test_tone_aggregates_count_the_evidence():
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "title": ["", ""]})
    sentences = pd.DataFrame({
        "article_id": ["a", "a", "a", "b"],
        "sent_index": [0, 1, 2, 0],
        "compound": [-0.5, 0.25, 0.0, 0.75],
        "actors": ["Iran|Pakistan", "Iran", "", "Pakistan"],
        "text": ["s0", "s1", "s2", "t0"],
    })
    by_outlet = tone.tone_by_outlet(sentences, articles)
    assert by_outlet.loc["X", "n_sentences"] == 3
    assert by_outlet.loc["X", "share_negative"] == round(1 / 3, 4)
    assert by_outlet.loc["Y", "mean"] == 0.75
    actors = tone.actor_tone(sentences, articles).set_index(["outlet", "actor"])
    assert actors.loc[("X", "Iran"), "n_sentences"] == 2
    assert actors.loc[("X", "Iran"), "mean_compound"] == -0.125
    assert actors.loc[("X", "Pakistan"), "n_sentences"] == 1
    assert actors.loc[("Y", "Pakistan"), "mean_compound"] == 0.75
    strongest = tone.strongest_sentences(sentences, articles, n=1)
    assert list(strongest["text"]) == ["s0", "t0"]
