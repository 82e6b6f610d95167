"""Event coding on wire-style sentences (issue #12): several events per sentence, dates anchored on another event,
routine diplomacy, topic nouns, duplicates and dates after publication. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from presslens.analyses.events import EVENT_COLUMNS, article_tables, corpus_tables, load_rules
from presslens.article import Article
from presslens.context import ArticleContext

SAT_20_JAN = date(2024, 1, 20)


def events_of(text: str, published: date | None = SAT_20_JAN) -> list[tuple[str, str, str, str, str]]:
    """(date, precision, cameo_code, actor1, actor2) of the events coded for one text."""
    article = Article("w-0", "w-0.txt", 0, "Test", "", published, "", "", text)
    return [(r["date"], r["date_precision"], r["cameo_code"], r["actor1"], r["actor2"]) for r in article_tables(ArticleContext(article), {})["events"]]


def test_two_events_in_one_sentence_each_with_its_own_date() -> None:
    rows = events_of("Pakistan recalled its ambassador from Tehran on Wednesday, after Iran launched missile strikes in Panjgur on Tuesday.")
    assert rows == [("2024-01-17", "day", "161", "Pakistan", "Iran"), ("2024-01-16", "day", "195", "Iran", "Pakistan")]


def test_two_coordinated_events_each_with_its_own_date() -> None:
    rows = events_of("Iran launched missile strikes on Pakistan on Tuesday and Pakistan condemned the attack on Wednesday.")
    assert [(d, code, a1) for d, _, code, a1, _ in rows] == [("2024-01-16", "195", "Iran"), ("2024-01-17", "111", "Pakistan")]


def test_date_anchored_on_the_event_the_clause_names() -> None:
    rows = events_of("Pakistan carried out strikes inside Iran two days after the Iranian strike on Tuesday.")
    assert ("2024-01-18", "day", "190", "Pakistan", "Iran") in rows
    assert [r for r in rows if r[3] == "Iran"][0][0] == "2024-01-16"


def test_date_anchored_on_an_event_dated_earlier_in_the_article() -> None:
    rows = events_of("Iran struck Pakistan on Tuesday. Pakistan retaliated with strikes in Iran two days after the Iranian attack.")
    assert rows == [("2024-01-16", "day", "190", "Iran", "Pakistan"), ("2024-01-18", "day", "190", "Pakistan", "Iran")]  # the repeat is merged


def test_main_clause_repeating_a_dated_event_dates_the_anchor_before_it() -> None:
    rows = events_of("Pakistan struck Iran on Thursday. The strikes came a day after Iran carried out missile strikes on Iraq.")
    assert ("2024-01-18", "day", "190", "Pakistan", "Iran") in rows
    assert ("2024-01-17", "day", "195", "Iran", "Iraq") in rows


@pytest.mark.parametrize(
    ("text", "code", "actor1", "actor2"),
    [
        ("Pakistan's Foreign Minister Jalil Abbas Jilani phoned Iranian Foreign Minister Hossein Amir-Abdollahian on Friday.", "041", "Pakistan", "Iran"),
        ("Jilani spoke with Amir-Abdollahian by telephone on Friday.", "041", "Pakistan", "Iran"),
        ("Jilani spoke with Amir-Abdollahian on Friday in Davos.", "040", "Pakistan", "Iran"),
        ("Iran praised Pakistan on Saturday for its cooperation.", "051", "Iran", "Pakistan"),
        ("The new Iranian ambassador presented his credentials to Pakistan's President Arif Alvi on Monday.", "050", "Iran", "Pakistan"),
        ("Kakar convened a meeting of the National Security Committee on Friday.", "040", "Pakistan", ""),
        ("Pakistan's Foreign Office held a press conference on Thursday.", "010", "Pakistan", ""),
        ("Iran and Pakistan agreed on Friday to set up a joint border commission.", "057", "Iran", "Pakistan"),
    ],
)
def test_routine_diplomacy_codes(text: str, code: str, actor1: str, actor2: str) -> None:
    assert [(c, a1, a2) for _, _, c, a1, a2 in events_of(text)] == [(code, actor1, actor2)]


def test_assumed_office_is_dated() -> None:
    rows = events_of("Pakistan's new caretaker Prime Minister Anwaar-ul-Haq Kakar took office on Monday.")
    assert [(d, c, a1) for d, _, c, a1, _ in rows] == [("2024-01-15", "01", "Pakistan")]


def test_talks_on_a_topic_are_a_meeting_not_the_topic() -> None:
    assert [c for _, _, c, _, _ in events_of("Iran and Pakistan held talks on de-escalation on Monday.")] == ["040"]


def test_a_repeated_event_is_one_row() -> None:
    rows = events_of("Pakistan recalled its ambassador from Iran on Wednesday. On Wednesday, Pakistan also recalled its envoy from Tehran.")
    assert rows == [("2024-01-17", "day", "161", "Pakistan", "Iran")]


def test_no_event_dated_after_publication() -> None:
    rows = events_of("Pakistan recalled its ambassador from Iran on January 25, 2024.")  # published 20 January
    assert all(d == "" or d <= "2024-01-20" for d, *_ in rows)
    assert events_of("The two foreign ministers will hold talks in Islamabad on January 29.") == []  # announced, not happened


def test_wire_dateline_is_not_an_actor() -> None:
    rows = events_of("ISLAMABAD (Reuters) -Pakistan recalled its ambassador from Iran on Wednesday.")
    assert rows == [("2024-01-17", "day", "161", "Pakistan", "Iran")]


def test_every_rule_match_holds_one_of_its_own_keywords() -> None:
    samples = ("phoned", "spoke with", "convened an emergency meeting", "held a press conference", "praised", "presented his credentials",
               "took office", "was sworn in", "recalled its ambassador", "air strikes", "condemned", "agreed")
    for rule in load_rules():
        for sample in samples:
            for m in rule.pattern.finditer(sample):
                assert any(m.group(0).lower().find(k) >= 0 for k in rule.keywords), (rule.cameo_code, m.group(0))


def test_act_announced_for_a_later_day_is_flagged_planned_and_not_clustered() -> None:
    text = "Iran's foreign minister will visit Islamabad on January 29, the two countries announced on Monday."
    assert events_of(text) == [("2024-01-29", "planned", "042", "Iran", "Pakistan")]
    article = Article("w-0", "w-0.txt", 0, "Test", "", SAT_20_JAN, "", "", text)
    events = pd.DataFrame(article_tables(ArticleContext(article), {})["events"], columns=list(EVENT_COLUMNS))
    clusters = corpus_tables({"articles": pd.DataFrame([article.record()]), "events": events})["event_clusters"]
    assert clusters.empty


def test_a_deadline_does_not_date_an_announced_act() -> None:
    rows = events_of("The ambassadors will return by January 26 and Amir-Abdollahian will visit Islamabad on January 29.")
    assert ("2024-01-29", "planned", "042", "Iran", "Pakistan") in rows
    assert all(d != "2024-01-26" for d, *_ in rows)


def test_the_two_as_subject_after_a_call_is_the_pair() -> None:
    rows = events_of("Jilani spoke with Amir-Abdollahian on Friday and the two agreed to de-escalate.")
    assert rows == [("2024-01-19", "day", "040", "Pakistan", "Iran"), ("2024-01-19", "day", "087", "Pakistan", "Iran")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's appositive ("X, Iran's foreign minister, said") and the name it opens ("Iran's foreign minister, X,
        # told") belong to the speaker, who is not the actor of the act reported
        ("Amir-Abdollahian, Iran's foreign minister, said that the blasts killed three people near Saravan on Tuesday.",
         [("2024-01-16", "day", "180", "", "Iran")]),
        ("Iran's foreign minister, Hossein Amir-Abdollahian, told reporters on Friday that the Pakistan army used four drones in its raid on a village near Saravan.",
         [("2024-01-19", "day", "190", "Pakistan", "Iran")]),
    ],
)
def test_a_speaker_named_with_an_appositive_is_not_the_actor(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named inside a prepositional phrase is not the subject: after a hyphenated first part ("in the
        # Israel-Hamas war"), after an opening quote mark ('held by the "Jaish al-Adl" group'), after "including"
        ("With the Israel-Hamas war raging on, Iran had launched attacks on militant bases in Iraq on Monday.",
         [("2024-01-15", "day", "190", "Iran", "Iraq")]),
        ('Reports on Tuesday said two camps held by the "Jaish al-Adl" group were flattened in a drone and missile attack.', []),
        ("Several groups operate on the border, including the Jaish al-Adl group that was hit by Tehran in its own strike on Tuesday.", []),
    ],
)
def test_a_group_inside_a_prepositional_phrase_is_not_the_attacker(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a reduced relative ("strikes carried out by Iran") is the source
        ("Missile strikes carried out by Iran hit a village in Panjgur on Tuesday, killing two children.",
         [("2024-01-16", "day", "195", "Iran", "Pakistan")]),
        # a trigger that names its perpetrator ("a suicide bomber") has it as source, not as target
        ("On Sunday, a suicide bomber blew himself up at a market in Quetta.",
         [("2024-01-14", "day", "183", "Unidentified militants", "Pakistan")]),
        # a named group that claimed the attack beats the generic perpetrator
        ("On Sunday, suicide bombers killed 20 people at a shrine in Kerman, an attack claimed by Islamic State.",
         [("2024-01-14", "day", "183", "Islamic State", "Iran")]),
    ],
)
def test_the_perpetrator_of_an_attack_is_its_source(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive summons with no agent: the host state named after it, else the article's other main state
        ("Iran's ambassador was summoned to the Foreign Office in Islamabad on Wednesday.", [("2024-01-17", "day", "114", "Pakistan", "Iran")]),
        ("Pakistan recalled its envoy. The Iranian envoy was summoned on Wednesday.",
         [("", "", "161", "Pakistan", ""), ("2024-01-17", "day", "114", "Pakistan", "Iran")]),
        ("Pakistan's envoy was summoned by Iran on Thursday.", [("2024-01-18", "day", "114", "Iran", "Pakistan")]),
    ],
)
def test_an_envoy_summoned_in_the_passive_is_summoned_by_the_host(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


def test_a_condemnation_conveyed_at_a_summons_is_the_summoners() -> None:
    rows = events_of("The Iranian envoy was called in on Wednesday to convey the strongest condemnation of the violation of Pakistan's airspace.")
    assert rows == [("2024-01-17", "day", "114", "Pakistan", "Iran"), ("2024-01-17", "day", "111", "Pakistan", "Iran")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported future ("would"), "was due to", and "pay/make a visit" announce an act for its stated later day
        ("The ministry said the Iranian minister would also pay a visit to Islamabad on January 29.", [("2024-01-29", "planned", "042", "Iran", "Pakistan")]),
        ("Officials said Jilani was due to make an official visit to Tehran on January 30.", [("2024-01-30", "planned", "042", "Pakistan", "Iran")]),
    ],
)
def test_a_reported_future_visit_is_planned_for_its_day(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister said on Friday that Tehran had taken no stance yet regarding Pakistan's strikes.",
        "Asked on Friday about Pakistan's air strikes, the minister declined to comment.",
    ],
)
def test_strikes_named_after_regarding_or_about_a_possessive_are_a_topic(text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an envoy back at the post ("had arrived in Tehran", "returned to Islamabad ... to resume his duties",
        # "assumed their responsibilities") restores ties; it is not a visit
        ("The spokeswoman said on Friday that Pakistan's ambassador had arrived in Tehran.", [("2024-01-19", "day", "050", "Pakistan", "Iran")]),
        ("Iran's ambassador Reza Amiri Moghaddam returned to Islamabad on Friday to resume his duties.", [("2024-01-19", "day", "050", "Iran", "Pakistan")]),
        ("Pakistani and Iranian envoys assumed their responsibilities again on Friday after a week away.", [("2024-01-19", "day", "050", "Pakistan", "Iran")]),
    ],
)
def test_an_envoy_back_at_the_post_restores_ties(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday, Iran's Revolutionary Guards launched missiles and drones at a camp of the Jaish al-Adl group in Balochistan.",
         [("2024-01-16", "day", "195", "Iran", "Jaish al-Adl")]),
        ("Iran launched a new missile on Tuesday in a test.", []),  # a launch with no target is no strike
    ],
)
def test_missiles_launched_at_a_target_are_an_air_strike(text: str, expected: list[tuple[str, str, str, str, str]]) -> None:
    assert events_of(text) == expected
