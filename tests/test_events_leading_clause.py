"""Sentences that report more than one act: an opening clause of time ("A day after X, Y ..."), a reaction and what it is about."""
from __future__ import annotations

from datetime import date

from presslens.analyses.events import article_tables
from presslens.article import Article
from presslens.context import ArticleContext


def coded(text: str) -> list[tuple[str, str, str, str]]:
    """(CAMEO code, actor1, actor2, date) of the events of one invented story published on Thursday 18 January 2024."""
    article = Article("t-0", "t.txt", 0, "Test", "", date(2024, 1, 18), "", "", text)
    return [(r["cameo_code"], r["actor1"], r["actor2"], r["date"]) for r in article_tables(ArticleContext(article), {})["events"]]


def test_opening_clause_n_days_after_is_dated_from_the_main_clause() -> None:
    assert coded("Two days after Iran struck targets in Pakistan, Pakistan on Thursday launched air strikes on Iran.") == [
        ("190", "Iran", "Pakistan", "2024-01-16"),
        ("195", "Pakistan", "Iran", "2024-01-18"),
    ]


def test_opening_clause_with_its_own_date_keeps_it() -> None:
    assert coded("After Iran struck targets in Pakistan on Tuesday, Pakistan recalled its ambassador on Wednesday.") == [
        ("190", "Iran", "Pakistan", "2024-01-16"),
        ("161", "Pakistan", "", "2024-01-17"),
    ]


def test_the_same_events_in_the_other_order_get_the_same_dates() -> None:
    assert coded("Pakistan launched air strikes on Iran on Thursday, two days after Iran struck targets in Pakistan.") == [
        ("195", "Pakistan", "Iran", "2024-01-18"),
        ("190", "Iran", "Pakistan", "2024-01-16"),
    ]


def test_lashing_out_at_a_state_is_a_condemnation_and_the_strike_it_is_about_no_new_event() -> None:
    assert coded("Pakistan's Foreign Ministry lashed out at Iran for the strike that allegedly killed two children.") == [
        ("111", "Pakistan", "Iran", ""),
    ]


def test_a_dateline_before_the_opening_clause_leaves_the_main_clause_its_subject() -> None:
    assert coded("ANKARA: Following Syria's shelling of a border town, Turkey recalled its ambassador from Syria on Wednesday.") == [
        ("190", "Syria", "", ""),
        ("161", "Turkey", "Syria", "2024-01-17"),
    ]
