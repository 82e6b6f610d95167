"""Event coding (CAMEO/Goldstein), clusters across outlets, and the gold-set scores on the seeds."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from presslens.analyses.events import (
    CLUSTER_COLUMNS,
    EVENT_COLUMNS,
    article_tables,
    casualties,
    corpus_tables,
    goldstein,
    load_cameo,
    load_rules,
    trigger_keywords,
)
from presslens.article import Article
from presslens.context import ArticleContext
from presslens.evaluation.events import date_matches, load_gold_events, score_events
from presslens.ingestion.corpus import load_corpus
from presslens.literal_scan import word_starts
from presslens.paths import ROOT, SEEDS_DIR
from presslens.views.timeline_plots import daily_escalation, discrepancies

WED_6_MAR = date(2024, 3, 6)
DEV_DIR = ROOT / "tests" / "fixtures" / "dev_events"


def make_article(text: str, published: date | None = WED_6_MAR, article_id: str = "t-0", outlet: str = "Test") -> Article:
    """An article with the given clean text."""
    return Article(article_id, f"{article_id}.txt", 0, outlet, "", published, "", "", text)


def events_of(text: str, published: date | None = WED_6_MAR) -> list[dict]:
    """The event rows coded for one text."""
    return article_tables(ArticleContext(make_article(text, published)), {})["events"]


@pytest.fixture(scope="module")
def seed_tables() -> dict[str, pd.DataFrame]:
    """articles, events and event_clusters of the cleaned seed corpus."""
    articles = load_corpus(SEEDS_DIR).articles
    events = pd.DataFrame([row for a in articles for row in article_tables(ArticleContext(a), {})["events"]], columns=list(EVENT_COLUMNS))
    frame = pd.DataFrame([a.record() for a in articles])
    return {"articles": frame, "events": events, **corpus_tables({"articles": frame, "events": events})}


# --- unseen sentences: general rules ------------------------------------------------------------

def test_air_strike_with_overnight_date_and_casualties() -> None:
    (event,) = events_of("Israel launched air strikes on Hamas positions in Gaza overnight, killing at least 12 people.")
    assert (event["date"], event["date_end"], event["actor1"], event["actor2"], event["cameo_code"], event["goldstein"], event["casualties"]) == (
        "2024-03-05", "2024-03-06", "Israel", "Hamas", "195", -10.0, "killed at least 12")


def test_recall_of_ambassador_dated_by_weekday() -> None:
    (event,) = events_of("India recalled its ambassador to Afghanistan on Monday.")
    assert (event["date"], event["date_text"], event["actor1"], event["actor2"], event["cameo_code"], event["event_type"]) == (
        "2024-03-04", "on Monday", "India", "Afghanistan", "161", "recall ambassador")


def test_person_is_mapped_to_state_and_meeting_target_is_the_counterpart() -> None:
    (event,) = events_of("Turkish Foreign Minister Hakan Fidan met with his Iranian counterpart in Ankara on Tuesday.")
    assert (event["date"], event["actor1"], event["actor2"], event["cameo_code"], event["goldstein"]) == ("2024-03-05", "Turkey", "Iran", "040", 1.0)


def test_passive_attack_takes_its_agent_from_the_by_phrase() -> None:
    (event,) = events_of("Three police officers were shot dead by Baloch Liberation Army militants in Pakistan on Sunday.")
    assert (event["date"], event["actor1"], event["actor2"], event["cameo_code"], event["casualties"]) == (
        "2024-03-03", "Baloch Liberation Army", "Pakistan", "180", "killed 3")


def test_plural_subject_stands_for_the_two_states_named() -> None:
    (event,) = events_of("Afghanistan and Pakistan agreed on March 2 to reopen the border crossing.")
    assert (event["date"], event["actor1"], event["actor2"], event["cameo_code"]) == ("2024-03-02", "Afghanistan", "Pakistan", "057")


def test_agreement_gives_way_to_the_act_agreed_on() -> None:
    rows = events_of("India and Pakistan agreed on Friday to restore diplomatic ties.")
    assert [(r["cameo_code"], r["date"]) for r in rows] == [("050", "2024-03-01")]


def test_call_for_restraint_scores_slightly_negative() -> None:
    (event,) = events_of("China urged India and Pakistan to exercise restraint on Tuesday.")
    assert (event["actor1"], event["cameo_code"], event["goldstein"], event["date"]) == ("China", "0256", -0.3, "2024-03-05")


def test_condemned_attack_is_not_coded_as_a_new_event() -> None:
    rows = events_of("Turkey on Monday condemned the attack on Iranian border guards that killed five soldiers.")
    assert [(r["actor1"], r["cameo_code"], r["date"], r["casualties"]) for r in rows] == [("Turkey", "111", "2024-03-04", "")]


def test_long_quotation_is_speech_not_events() -> None:
    assert events_of("“We will never accept air strikes on our soil and we condemn them in the strongest terms,” the minister said on Monday.") == []


def test_subordinate_clause_keeps_its_own_date() -> None:
    text = "Pakistan on Wednesday downgraded relations with Iran after Iranian strikes a day earlier."
    rows = events_of(text, date(2024, 1, 18))
    assert [(r["actor1"], r["cameo_code"], r["date"]) for r in rows] == [("Pakistan", "161", "2024-01-17"), ("Iran", "190", "2024-01-16")]


def test_clause_without_date_takes_the_date_of_an_event_free_clause() -> None:
    rows = events_of("Tensions erupted on Tuesday after Iranian forces launched missile strikes on Jaish al-Adl bases.", date(2024, 1, 19))
    assert [(r["actor1"], r["actor2"], r["cameo_code"], r["date"]) for r in rows] == [("Iran", "Jaish al-Adl", "195", "2024-01-16")]


def test_undated_repeat_inherits_the_articles_date_for_that_event() -> None:
    text = "Pakistan carried out air strikes on Iran on Thursday.\n\nIran said the Pakistani strikes killed nine people."
    rows = events_of(text, date(2024, 1, 19))
    assert [(r["actor1"], r["date"], r["casualties"]) for r in rows] == [("Pakistan", "2024-01-18", "killed 9")]


def test_future_and_hypothetical_actions_are_not_events() -> None:
    rows = events_of("Pakistan will hold talks with Iran next Monday.")  # announced for a day: flagged, not an event that happened
    assert [(r["cameo_code"], r["date"], r["date_precision"]) for r in rows] == [("040", "2024-03-11", "planned")]
    assert events_of("Pakistan will hold talks with Iran soon.") == []
    assert events_of("Iran warned on Friday that it would respond to any attack on its territory.") == []


def test_a_date_after_publication_never_dates_an_event() -> None:
    rows = events_of("Iran and Pakistan held talks on March 10.")
    assert [(r["cameo_code"], r["actor1"], r["actor2"], r["date"]) for r in rows] == [("040", "Iran", "Pakistan", "")]


def test_n_days_after_clause_dates_the_earlier_event() -> None:
    rows = events_of("Pakistan struck militant hideouts in Iran on Thursday, two days after Tehran launched strikes inside Pakistan.", date(2024, 1, 19))
    assert [(r["actor1"], r["date"], r["date_text"]) for r in rows] == [("Pakistan", "2024-01-18", "on Thursday"), ("Iran", "2024-01-16", "two days after")]


def test_story_without_publication_date_keeps_explicit_dates_and_leaves_relative_ones_undated() -> None:
    rows = events_of("On January 16, 2024, Iran launched missile strikes on Pakistan.\n\nOn Friday, China urged restraint.", None)
    assert [(r["cameo_code"], r["date"]) for r in rows] == [("195", "2024-01-16"), ("0256", "")]


def test_pronoun_subject_refers_to_the_last_source() -> None:
    rows = events_of("Islamabad condemned the strikes on Tuesday. On Wednesday it expelled the Iranian ambassador.")
    assert [(r["actor1"], r["actor2"], r["cameo_code"], r["date"]) for r in rows] == [
        ("Pakistan", "", "111", "2024-03-05"), ("Pakistan", "Iran", "161", "2024-03-06")]


def test_summoned_envoy_inside_the_trigger_is_the_target() -> None:
    (event,) = events_of("Iran's foreign ministry summoned Pakistan's charge d'affaires on Thursday.", date(2024, 1, 19))
    assert (event["actor1"], event["actor2"], event["cameo_code"], event["date"]) == ("Iran", "Pakistan", "114", "2024-01-18")


def test_escalation_curve_counts_each_real_world_event_once() -> None:
    one = article_tables(ArticleContext(make_article("Iran launched missile strikes on Pakistan on Tuesday, killing two children.", article_id="a")), {})["events"]
    two = article_tables(ArticleContext(make_article("Iranian air strikes on Pakistan on Tuesday killed three children. Turkey urged restraint on Wednesday.", article_id="b", outlet="Other")), {})["events"]
    events = pd.DataFrame(one + two, columns=list(EVENT_COLUMNS))
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Test", "Other"], "published": ["2024-03-06", "2024-03-06"]})
    curve = daily_escalation(events, articles)
    assert curve.loc["2024-03-05", ["n_events", "goldstein_sum", "goldstein_min"]].tolist() == [1, -10.0, -10.0]
    assert curve.loc["2024-03-06", ["n_events", "goldstein_sum", "cooperation_sum", "conflict_sum"]].tolist() == [1, -0.3, 0.0, -0.3]
    table = discrepancies(events, articles)
    assert table[["aspect", "claims"]].values.tolist() == [["casualties", "killed 2 (Test) | killed 3 (Other)"]]


@pytest.mark.parametrize("text", ["", "   ", "“unbalanced quote with strikes", "killed killed killed", "Iran " * 50000])
def test_bad_input_never_crashes(text: str) -> None:
    rows = article_tables(ArticleContext(make_article(text, None)), {})["events"]
    assert all(set(r) == set(EVENT_COLUMNS) for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the strike killed two children and injured three girls", "killed 2; injured 3"),
        ("attacks that killed ten people, including four minors, in a town", "killed 10, including 4 minors"),
        ("air strikes killed at least nine “non-Iranian nationals,” mostly children", "killed at least 9"),
        ("nine Pakistani workers were shot dead by attackers", "killed 9"),
        ("resulting in the martyrdom of 11 Iranian Police forces", "killed 11"),
        ("a terrorist attack that claimed over 90 lives", "killed over 90"),
        ("attacks that killed a dozen people", "killed 12"),
        ("On January 27, 2024, nine workers were shot dead", "killed 9"),
        ("the strikes hit empty buildings", ""),
        # each pattern's words, in any case (the words gate the patterns)
        ("three border guards had DIED in the ambush", "killed 3"),
        ("mourners marked the death of 4 guards", "killed 4"),
        ("the blast left 7 villagers dead", "killed 7"),
        ("shelling wounding 5 and killing none", "injured 5"),
        ("six fishermen were wounded overnight", "injured 6"),
        ("a drone strike Killed 2 men and Wounded 8", "killed 2; injured 8"),
        ("the convoy passed the checkpoint at 9", ""),
        # victims listed one group after another are summed; the injured after "and" are not
        ("a shell hit the market, killing two men, five women and three children", "killed 10"),
        ("the raid killed 4 guards and 2 workers near the post", "killed 6"),
        ("the blast killed two boys and four people were injured", "killed 2; injured 4"),
    ],
)
def test_casualty_encoding(text: str, expected: str) -> None:
    assert casualties(text) == expected


def test_cameo_table_holds_gdelt_weights() -> None:
    table = load_cameo()
    assert {code: table[code][1] for code in ("195", "190", "180", "111", "161", "164", "0256", "040", "050", "057", "087")} == {
        "195": -10.0, "190": -10.0, "180": -9.0, "111": -2.0, "161": -4.0, "164": -7.0, "0256": -0.3, "040": 1.0,
        "050": 3.5, "057": 8.0, "087": 9.0}
    assert goldstein("1951") == -10.0  # unknown sub-code falls back to its root
    assert all(rule.cameo_code in table for rule in load_rules())


# --- seeds: gold set and clusters ----------------------------------------------------------------

def test_events_table_has_the_spec_columns(seed_tables: dict[str, pd.DataFrame]) -> None:
    assert list(seed_tables["events"].columns) == list(EVENT_COLUMNS)
    assert list(seed_tables["event_clusters"].columns) == list(CLUSTER_COLUMNS)


def test_event_offsets_index_the_article_text(seed_tables: dict[str, pd.DataFrame]) -> None:
    texts = dict(zip(seed_tables["articles"]["article_id"], seed_tables["articles"]["text"]))
    for row in seed_tables["events"].itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_no_event_is_dated_after_its_story(seed_tables: dict[str, pd.DataFrame]) -> None:
    published = dict(zip(seed_tables["articles"]["article_id"], seed_tables["articles"]["published"]))
    dated = seed_tables["events"][seed_tables["events"]["date"] != ""]
    assert len(dated) >= 27
    for row in dated.itertuples():
        assert published[row.article_id] and row.date <= published[row.article_id]
        assert not row.date_end or row.date_end <= published[row.article_id]
        assert row.date_precision in ("day", "week", "month", "approximate")


def test_gold_set_recall_and_precision(seed_tables: dict[str, pd.DataFrame]) -> None:
    score = score_events(seed_tables["events"], seed_tables["articles"])
    assert score.n_gold == len(load_gold_events()) == 27
    assert score.recall >= 0.9, score.missed
    assert score.precision >= 0.8, score.extra
    assert score.actor1_accuracy >= 0.8


def test_gold_date_forms() -> None:
    assert date_matches("2024-01-16", "2024-01-16", "", "day")
    assert not date_matches("2024-01-16", "2024-01-16", "", "week")
    assert date_matches("2023-12", "2023-12-11", "2023-12-20", "approximate")
    assert not date_matches("2023-12", "2023-12-15", "", "day")
    assert date_matches("2024-01-15/2024-01-19", "2024-01-15", "2024-01-19", "week")


def test_iranian_strike_of_16_january_is_one_cluster_from_several_outlets(seed_tables: dict[str, pd.DataFrame]) -> None:
    clusters = seed_tables["event_clusters"]
    strike = clusters[(clusters["date"] == "2024-01-16") & (clusters["actor1"] == "Iran") & clusters["cameo_code"].str.startswith("19")]
    assert len(strike) == 1
    assert strike.iloc[0]["n_articles"] >= 3
    assert set(strike.iloc[0]["outlets"].split("; ")) >= {"Defense Mirror", "France 24", "Caspian News", "Meritnews24"}


def test_pakistani_strike_of_18_january_lists_every_casualty_figure(seed_tables: dict[str, pd.DataFrame]) -> None:
    clusters = seed_tables["event_clusters"]
    strike = clusters[(clusters["date"] == "2024-01-18") & (clusters["actor1"] == "Pakistan") & clusters["cameo_code"].str.startswith("19")]
    assert len(strike) == 1
    assert set(strike.iloc[0]["casualty_claims"].split(" | ")) == {
        "killed 10, including 4 minors (France 24)",
        "killed 9, including 4 children (Caspian News)",
        "killed at least 9 (Meritnews24)",
    }


def test_corpus_tables_on_empty_input() -> None:
    empty = corpus_tables({"events": pd.DataFrame(columns=list(EVENT_COLUMNS)), "articles": pd.DataFrame(columns=["article_id", "outlet", "published"])})
    assert list(empty["event_clusters"].columns) == list(CLUSTER_COLUMNS) and empty["event_clusters"].empty


# --- rules added for unseen articles (tests/fixtures/dev_events) -------------------------------

def test_generic_gunmen_are_unidentified_militants_and_a_place_names_the_target() -> None:
    (event,) = events_of("Gunmen killed four workers in Panjgur on Monday.")
    assert (event["date"], event["actor1"], event["actor2"], event["cameo_code"], event["casualties"]) == (
        "2024-03-04", "Unidentified militants", "Pakistan", "180", "killed 4")


def test_generic_security_forces_act_for_the_state_of_their_scene() -> None:
    (event,) = events_of("In Iran, security forces killed two militants in a clash near Zahedan on Sunday.")
    assert (event["date"], event["actor1"], event["cameo_code"]) == ("2024-03-03", "Iran", "190")


def test_named_group_beats_the_generic_noun_beside_it() -> None:
    (event,) = events_of("Fighters from Jaish al-Adl stormed a police station in Rask on Monday, killing five officers.")
    assert (event["actor1"], event["actor2"], event["cameo_code"], event["casualties"]) == ("Jaish al-Adl", "Iran", "180", "killed 5")


def test_fired_missiles_at_targets_in_two_states_gives_two_events() -> None:
    rows = events_of("On Monday, Iran fired missiles at targets in Iraq and Syria.")
    assert [(r["actor1"], r["actor2"], r["cameo_code"], r["date"]) for r in rows] == [
        ("Iran", "Iraq", "195", "2024-03-04"), ("Iran", "Syria", "195", "2024-03-04")]


def test_ambassadors_returning_is_restored_ties_between_the_two_states() -> None:
    (event,) = events_of("Iran and Pakistan announced on Monday that ambassadors would return to their posts.")
    assert (event["date"], event["actor1"], event["actor2"], event["cameo_code"]) == ("2024-03-04", "Iran", "Pakistan", "050")


def test_deadline_does_not_date_the_agreement() -> None:
    rows = events_of("Iran and Pakistan have agreed to send their ambassadors back by March 5.")
    assert [(r["cameo_code"], r["date"]) for r in rows] == [("050", "")]


def test_a_day_after_without_a_dated_main_clause_counts_from_the_last_date() -> None:
    rows = events_of("Pakistan struck hideouts in Iran on Thursday, February 29. The strikes came two days after Iran launched drone strikes on Panjgur.")
    assert [(r["actor1"], r["date"]) for r in rows] == [("Pakistan", "2024-02-29"), ("Iran", "2024-02-27")]


def test_coordinated_clause_keeps_the_subject_and_its_own_date() -> None:
    rows = events_of("Pakistan recalled its envoy and, on March 1, hit back with strikes on hideouts in Iran.")
    assert [(r["actor1"], r["cameo_code"], r["date"]) for r in rows] == [("Pakistan", "161", ""), ("Pakistan", "190", "2024-03-01")]


def test_violence_that_concerns_a_speaker_is_not_dated_by_the_statement() -> None:
    rows = events_of("Guterres was deeply concerned by the exchange of strikes, his spokesman said on Tuesday.")
    assert [r for r in rows if r["date"]] == []


def test_standing_accusation_in_a_relative_clause_is_not_an_event() -> None:
    rows = events_of("Jaish al-Adl, which Iran accuses of operating from Pakistani soil, attacked a police station in Rask on March 1.")
    assert [(r["actor1"], r["actor2"], r["cameo_code"], r["date"]) for r in rows] == [("Jaish al-Adl", "Iran", "180", "2024-03-01")]


def test_dateline_is_not_an_actor() -> None:
    assert events_of("ISLAMABAD: The international community on Tuesday stepped up calls for calm.") == []
    (event,) = events_of("Islamabad: Pakistan on Tuesday called for calm.")
    assert (event["actor1"], event["cameo_code"]) == ("Pakistan", "0256")


def test_every_rule_match_holds_one_of_its_own_keywords() -> None:
    texts = [a.text for folder in (SEEDS_DIR, DEV_DIR) for a in load_corpus(folder).articles]
    keywords = trigger_keywords()
    misses = {
        (r.cameo_code, m.group(0)) for t in texts for r in load_rules() for m in r.pattern.finditer(t)
        if not any(stem.lower().startswith(r.keywords) for _, _, stem in word_starts(keywords, m.group(0)))
    }
    assert misses == set()


def test_mid_month_mention_joins_the_one_day_cluster_inside_its_span() -> None:
    published = date(2024, 1, 10)
    articles = [
        make_article("On December 15, 2023, Jaish al-Adl attacked a police station in Rask, killing 11 officers.", published, "a-0", "A"),
        make_article("In mid-December, Jaish al-Adl attacked a police station in Rask, killing 11 police officers.", published, "b-0", "B"),
    ]
    events = pd.DataFrame([r for a in articles for r in article_tables(ArticleContext(a), {})["events"]], columns=list(EVENT_COLUMNS))
    frame = pd.DataFrame([a.record() for a in articles])
    clusters = corpus_tables({"articles": frame, "events": events})["event_clusters"]
    assert [(c.date, c.actor1, c.n_articles, c.outlets) for c in clusters.itertuples()] == [("2023-12-15", "Jaish al-Adl", 2, "A; B")]


def test_lowercase_twins_find_what_the_syntax_patterns_find() -> None:
    from presslens.analyses.events.clauses import ON_LOWER, ON_TEXT
    from presslens.literal_scan import lowered

    texts = [a.text for folder in (SEEDS_DIR, DEV_DIR) for a in load_corpus(folder).articles]
    texts += ["On JANUARY 16, Iran's STRIKES; the Two Countries AGREED. Will Visit. WHICH Iran, THE TWO AGREED to De-Escalate."]
    for pattern, twin in zip(ON_TEXT, ON_LOWER):
        for text in texts:
            lower = lowered(text)
            assert lower is not None
            assert [m.span() for m in twin.finditer(lower)] == [m.span() for m in pattern.finditer(text)], pattern.pattern


@pytest.mark.parametrize(("text", "event_type"), [
    ("Foreign Minister Jalil Abbas Jilani, giving a press conference in Islamabad on Monday, said talks would go on.", "press conference"),
    ("Shehbaz Sharif, taking office on Monday, promised cheaper bread.", "assumed office"),
    ("Foreign Minister Jalil Abbas Jilani is holding a press conference in Islamabad.", "press conference"),  # progressive, not passive
])
def test_every_form_of_a_rule_verb_is_found_by_its_keywords(text: str, event_type: str) -> None:
    assert [e["event_type"] for e in events_of(text)] == [event_type]


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey said on Monday that it carried out air strikes on militant camps in Syria.", [("Turkey", "Syria", "air strike")]),
    ("Turkey said its drones struck militant hideouts in Iraq.", [("Turkey", "Iraq", "air strike")]),
    ("Turkey said it had no knowledge of the strikes in Syria.", []),
])
def test_the_reporter_is_the_actor_when_its_own_pronoun_opens_the_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(e["actor1"], e["actor2"], e["event_type"]) for e in events_of(text)] == expected


def test_a_pronoun_that_speaks_is_not_the_actor_of_what_it_reports() -> None:
    rows = events_of("Turkey summoned the Syrian envoy on Monday. It said Damascus had shelled a border town in Turkey.")
    assert [(e["actor1"], e["event_type"]) for e in rows] == [("Turkey", "summon envoy"), ("Syria", "military strike")]
