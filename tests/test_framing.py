"""Frames, war/peace indicators and label choices: gold-set agreement, exact label counts, cue resources."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from presslens.analyses import framing
from presslens.analyses.quotes import attribution as quotes
from presslens.article import Article
from presslens.evaluation.frames import agreement, judged, load_gold
from presslens.settings import Settings

MIN_AGREEMENT = 0.8
ARAB, DEFENSE, FRANCE, CASPIAN, MERIT = (
    "000_33eed3a61e65c0bf.txt#0", "001_fdd5feb579f21952.txt#0", "002_398bf2b2c7bc8769.txt#0", "003_2c8d4f743aac33d1.txt#0", "004_5e8628fa68c2a13e.txt#0"
)


def article(text: str) -> Article:
    return Article("t-0", "t.txt", 0, "Test Outlet", "", None, "", "", text)


@pytest.fixture(scope="module")
def tables(seed_corpus) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {"frames": [], "labels": []}
    for story in seed_corpus.articles:
        for name, part in framing.article_tables(story, quotes.article_tables(story, {})).items():
            rows[name].extend(part)
    articles = pd.DataFrame([a.record() for a in seed_corpus.articles])
    return {"frames": pd.DataFrame(rows["frames"]), "labels": pd.DataFrame(rows["labels"]), "articles": articles}


def test_gold_set_covers_every_seed_story_and_indicator(tables):
    gold = load_gold()
    assert len(gold.groupby(["file", "story_index"])) == 6
    assert set(gold["present"]) == {0, 1}
    judged_rows = judged(tables["frames"], tables["articles"], gold)
    assert len(judged_rows) == len(gold)
    assert set(gold["frame"]) == set(framing.FRAMES) | set(framing.indicator_cues())


def test_agreement_with_gold_per_frame(tables):
    table = agreement(tables["frames"], tables["articles"])
    print("\n" + table.to_string(index=False))
    low = table[table["agreement"] < MIN_AGREEMENT]
    assert low.empty, low.to_string(index=False)


def test_frame_rows_have_every_frame_indicator_and_summary(tables):
    frames = tables["frames"]
    assert tuple(frames.columns) == framing.FRAME_COLUMNS
    expected = [*framing.FRAMES, *framing.indicator_cues(), framing.WAR_SUMMARY, framing.PEACE_SUMMARY]
    for _, group in frames.groupby("article_id"):
        assert list(group["frame"]) == expected
    assert frames["score"].between(0, 1).all()
    assert ((frames["score"] > 0) == (frames["evidence"] != "")).all()


def test_frame_scores_are_the_mean_of_codebook_items(tables):
    frames = tables["frames"].set_index(["article_id", "frame"])
    assert len(framing.frame_items()["conflict"]) == 4
    assert len(framing.frame_items()["responsibility"]) == 5
    row = frames.loc[(DEFENSE, "morality")]
    assert row["score"] == 1.0
    assert "religion: martyrdom" in row["evidence"]
    assert "principles of good neighbourliness" in row["evidence"]
    assert frames.loc[(CASPIAN, "morality"), "score"] == 0.0


def test_indicator_evidence_quotes_the_text(tables):
    frames = tables["frames"].set_index(["article_id", "frame"])
    assert frames.loc[(DEFENSE, "war:emotive_language"), "evidence"] == "unprovoked; shocked"
    assert frames.loc[(MERIT, "war:us_vs_them"), "evidence"] == "retaliatory"
    assert frames.loc[(FRANCE, "war:us_vs_them"), "evidence"] == "full power of the state"
    assert frames.loc[(DEFENSE, "war:victimizing_language"), "evidence"] == "martyrdom; innocent"
    assert frames.loc[(DEFENSE, "war:demonizing_language"), "evidence"] == "terrorist; jaysh al-dhulm; jeysh al-dhulm"


def test_elite_sources_need_the_absence_of_people_sources():
    official = "The foreign ministry said the strike was illegal."
    assert {r["frame"]: r["score"] for r in framing.frame_rows(article(official))}["war:elite_sources"] == 1.0
    both = official + " Residents said they heard three explosions."
    scores = {r["frame"]: r["score"] for r in framing.frame_rows(article(both))}
    assert scores["war:elite_sources"] == 0.0
    assert scores["peace:people_sources"] == 1.0


# Counted by reading the clean text of each seed story.
EXPECTED_LABELS = {
    ARAB: {
        ("Jaish al-Adl", "Jaish al-Adl"): 2, ("Jaish al-Adl", "militant group"): 1,
        ("militants", "militant(s)"): 7, ("militants", "separatist(s)"): 1,
        ("deaths", "killed"): 3, ("military action", "strikes"): 1,
    },
    DEFENSE: {
        ("Jaish al-Adl", "Jaish al-Adl"): 2, ("Jaish al-Adl", "Jaysh al-Dhulm"): 3, ("Jaish al-Adl", "terrorist group"): 1,
        ("militants", "militant(s)"): 2, ("militants", "terrorist(s)"): 4,
        ("deaths", "martyrdom"): 1, ("deaths", "died / death"): 2, ("deaths", "loss of lives"): 1,
        ("military action", "strikes"): 4, ("military action", "violation"): 2,
    },
    FRANCE: {
        ("Jaish al-Adl", "Jaish al-Adl"): 1, ("Jaish al-Adl", "JAA"): 3, ("Jaish al-Adl", "militant group"): 1,
        ("militants", "militant(s)"): 1, ("militants", "terrorist(s)"): 3, ("militants", "separatist(s)"): 1, ("militants", "rebel(s)"): 1,
        ("deaths", "killed"): 5, ("deaths", "died / death"): 1,
    },
    CASPIAN: {
        ("Jaish al-Adl", "Jaish al-Adl"): 4, ("Jaish al-Adl", "Army of Justice"): 1, ("Jaish al-Adl", "militant group"): 2,
        ("Jaish al-Adl", "terrorist group"): 1,
        ("militants", "militant(s)"): 4, ("militants", "terrorist(s)"): 4, ("militants", "insurgent(s)"): 1, ("militants", "separatist(s)"): 1,
        ("deaths", "killed"): 3, ("deaths", "died / death"): 1, ("deaths", "loss of lives"): 1,
    },
    MERIT: {
        ("Jaish al-Adl", "Jaish al-Adl"): 1, ("Jaish al-Adl", "militant group"): 1,
        ("militants", "militant(s)"): 4, ("militants", "terrorist(s)"): 2, ("militants", "separatist(s)"): 1,
        ("deaths", "killed"): 2,
        ("military action", "strikes"): 4, ("military action", "violation"): 2,
        ("military action", "incursion"): 1,
    },
}


@pytest.mark.parametrize("article_id", list(EXPECTED_LABELS))
def test_label_counts_match_reading(tables, article_id):
    labels = tables["labels"]
    assert tuple(labels.columns) == framing.LABEL_COLUMNS
    got = {(r.concept, r.term): r.count for r in labels[labels["article_id"] == article_id].itertuples()}
    expected = EXPECTED_LABELS[article_id]
    concepts = {concept for concept, _ in expected}
    assert {key: count for key, count in got.items() if key[0] in concepts and key != STATE_ATTACKS} == expected


STATE_ATTACKS = ("military action", "attacks")
# Uses of attack/attacks/attacked that refer to the two states' military action, counted by reading each seed story.
READ_STATE_ATTACKS = {ARAB: 0, DEFENSE: 2, FRANCE: 10, CASPIAN: 1, MERIT: 3}
EVERY_USE = re.compile(r"\battack(?:s|ed)?\b", re.IGNORECASE)


def test_state_attacks_are_closer_to_reading_than_counting_every_use(tables, seed_articles):
    labels = tables["labels"]
    got = {a: int(labels.loc[(labels["article_id"] == a) & (labels["term"] == "attacks"), "count"].sum()) for a in READ_STATE_ATTACKS}
    texts = {a.article_id: a.text for a in seed_articles.values()}
    every = {a: len(EVERY_USE.findall(texts[a])) for a in READ_STATE_ATTACKS}
    print(f"\nread {READ_STATE_ATTACKS}\nrule {got}\nevery use {every}")
    error = sum(abs(got[a] - n) for a, n in READ_STATE_ATTACKS.items())
    assert error < sum(abs(every[a] - n) for a, n in READ_STATE_ATTACKS.items()) / 2


def test_attacks_count_state_action_not_militant_attacks():
    text = (
        "Militants attacked a police station near the border. Iran's missile attack on Pakistan killed two children. "
        "The attacks by Jaish al-Adl on Iranian guards continued; Pakistan condemned the attack. Islamabad said it attacked separatist hideouts."
    )
    assert framing.label_counts(text)[STATE_ATTACKS] == 3


def test_elite_sources_come_from_who_is_quoted():
    official = {"speaker_type": "government", "speaker": "Pakistan", "speaker_mention": "Pakistan's foreign office"}
    spokesman = {"speaker_type": "person", "speaker": "Nasser Kanaani", "speaker_mention": "Kanaani"}
    villager = {"speaker_type": "person", "speaker": "Gul Bibi", "speaker_mention": "Gul Bibi"}
    unknown = {"speaker_type": "unknown", "speaker": "", "speaker_mention": ""}
    text = article("Residents said the strike killed two children.")

    def elite(quote_rows: list[dict]) -> float:
        return {r["frame"]: r["score"] for r in framing.frame_rows(text, quote_rows)}[framing.ELITE]

    assert elite([official, spokesman, unknown]) == 1.0
    assert elite([official, spokesman, villager]) == 1.0
    assert elite([official, villager, villager]) == 0.0
    assert elite([unknown]) == 0.0
    assert elite([]) == 0.0


def test_malformed_cue_row_is_reported(tmp_path):
    path = tmp_path / "war_peace_cues.csv"
    path.write_text("indicator,pattern,note\nwar:x,a{0,3},note\n", encoding="utf-8")
    with pytest.raises(ValueError, match="war_peace_cues.csv line 2"):
        framing.indicator_cues(Settings.for_corpus(tmp_path))


def test_label_rows_carry_the_outlet(tables):
    labels = tables["labels"]
    assert set(labels.loc[labels["article_id"] == DEFENSE, "outlet"]) == {"Defense Mirror"}
    assert "Jaysh al-Dhulm" not in set(labels.loc[labels["article_id"] != DEFENSE, "term"])


def test_descriptors_count_only_beside_a_name():
    text = "A terrorist group struck the town. Jaish al-Adl, a terrorist group, denied it. Jaysh al-Dhulm militants fled."
    counts = framing.label_counts(text)
    assert counts[("Jaish al-Adl", "terrorist group")] == 1
    assert counts[("Jaish al-Adl", "Jaish al-Adl")] == 1
    assert counts[("Jaish al-Adl", "Jaysh al-Dhulm")] == 1
    assert counts[("militants", "militant(s)")] == 1


def test_whole_words_only():
    counts = framing.label_counts("Counter-terrorism and terrorism talks; militancy rose. The attackers left.")
    assert counts == {}


@pytest.mark.parametrize("text", ["", " ", "“", "x" * 50000, "terror " * 2000])
def test_bad_input_never_crashes(text):
    tables = framing.article_tables(article(text), {})
    assert len(tables["frames"]) == len(framing.FRAMES) + len(framing.indicator_cues()) + 2
