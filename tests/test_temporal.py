"""Temporal expressions resolved against the publication date (HeidelTime's news conventions)."""
from __future__ import annotations

from datetime import date

import pytest

from presslens.temporal import find_time_expressions, month_year, resolve

THU_4_APR = date(2024, 4, 4)
WED_17_JAN = date(2024, 1, 17)
FRI_19_JAN = date(2024, 1, 19)
WED_31_JAN = date(2024, 1, 31)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("January 16", WED_17_JAN, date(2024, 1, 16)),
        ("16 January 2024", THU_4_APR, date(2024, 1, 16)),
        ("Jan. 16", WED_17_JAN, date(2024, 1, 16)),
        ("Updated 04 April 2024", THU_4_APR, date(2024, 4, 4)),
        ("January 16, 2024", THU_4_APR, date(2024, 1, 16)),
        ("Sept. 3, 2023", THU_4_APR, date(2023, 9, 3)),
        ("the 5th of March", THU_4_APR, date(2024, 3, 5)),
        ("Wednesday (17)", FRI_19_JAN, date(2024, 1, 17)),
        ("agreed on Friday (January 19) to", FRI_19_JAN, date(2024, 1, 19)),
        ("this Friday, January 19, and", FRI_19_JAN, date(2024, 1, 19)),
        ("16/01/2024", THU_4_APR, date(2024, 1, 16)),
        ("01/16/2024", THU_4_APR, date(2024, 1, 16)),
        ("2024-01-16", THU_4_APR, date(2024, 1, 16)),
        ("On December 15, 2023, militants", WED_31_JAN, date(2023, 12, 15)),
        ("on October 7", FRI_19_JAN, date(2023, 10, 7)),
    ],
)
def test_explicit_dates(phrase: str, published: date, expected: date) -> None:
    found = resolve(phrase, published)
    assert found is not None and (found.date, found.date_end, found.precision) == (expected, None, "day")


def test_ambiguous_numeric_date_is_left_unresolved() -> None:
    found = resolve("01/02/2024", THU_4_APR)
    assert found is not None and found.date is None


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Tuesday", WED_17_JAN, date(2024, 1, 16)),
        ("on Wednesday", WED_17_JAN, date(2024, 1, 17)),  # publication's own weekday is that day
        ("on Thursday", WED_17_JAN, date(2024, 1, 11)),
        ("last Wednesday", WED_17_JAN, date(2024, 1, 10)),  # strictly before
        ("last Tuesday", WED_17_JAN, date(2024, 1, 16)),
        ("Thursday's strikes", FRI_19_JAN, date(2024, 1, 18)),
        ("this Monday", FRI_19_JAN, date(2024, 1, 15)),
        ("next Monday", FRI_19_JAN, date(2024, 1, 22)),
        ("late Wednesday", THU_4_APR, date(2024, 4, 3)),
    ],
)
def test_weekdays(phrase: str, published: date, expected: date) -> None:
    found = resolve(phrase, published)
    assert found is not None and (found.date, found.precision, found.kind) == (expected, "day", "deictic")


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("yesterday", WED_17_JAN, (date(2024, 1, 16), None, "day")),
        ("the day before yesterday", WED_17_JAN, (date(2024, 1, 15), None, "day")),
        ("today", WED_17_JAN, (date(2024, 1, 17), None, "day")),
        ("overnight", THU_4_APR, (date(2024, 4, 3), date(2024, 4, 4), "day")),
        ("three days ago", FRI_19_JAN, (date(2024, 1, 16), None, "day")),
        ("this week", FRI_19_JAN, (date(2024, 1, 15), date(2024, 1, 19), "week")),
        ("during the week", FRI_19_JAN, (date(2024, 1, 15), date(2024, 1, 19), "week")),
        ("last week", FRI_19_JAN, (date(2024, 1, 8), date(2024, 1, 14), "week")),
        ("earlier this month", FRI_19_JAN, (date(2024, 1, 1), date(2024, 1, 19), "month")),
        ("last month", FRI_19_JAN, (date(2023, 12, 1), date(2023, 12, 31), "month")),
    ],
)
def test_deictic_phrases(phrase: str, published: date, expected: tuple) -> None:
    found = resolve(phrase, published)
    assert found is not None and (found.date, found.date_end, found.precision) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran struck on January 16. A day earlier, it had warned Pakistan.", date(2024, 1, 15)),
        ("Iran struck on January 16. The night before, envoys met.", date(2024, 1, 15)),
        ("Iran struck on January 16. The following day Pakistan recalled its envoy.", date(2024, 1, 17)),
        ("Iran struck on January 16. Two days later Pakistan retaliated.", date(2024, 1, 18)),
        ("Iran struck on January 16. Just hours before, the ministers had met.", date(2024, 1, 16)),
        ("Ministers met on January 10. A week later the talks collapsed.", date(2024, 1, 17)),
    ],
)
def test_anaphoric_phrases_anchor_on_the_last_date_mentioned(text: str, expected: date) -> None:
    found = find_time_expressions(text, WED_31_JAN)
    assert (found[-1].date, found[-1].kind) == (expected, "anaphoric")


@pytest.mark.parametrize("space", ["\u2009", "\u202f", "\t", "\n", "  "])
def test_ago_follows_any_white_space(space: str) -> None:
    """The pattern allows any run of white space before "ago", so the prefilter must not ask for a plain space."""
    found = resolve(f"three days{space}ago", FRI_19_JAN)
    assert found is not None and found.date == date(2024, 1, 16)


def test_anaphoric_phrase_without_earlier_date_anchors_on_publication() -> None:
    found = resolve("A day earlier, Iran had struck.", WED_17_JAN)
    assert found is not None and found.date == date(2024, 1, 16)


def test_heideltime_example_from_domain_notes() -> None:
    text = "Pakistan on Wednesday downgraded relations with Iran after Iranian strikes a day earlier."
    dates = [t.date for t in find_time_expressions(text, date(2024, 1, 18))]
    assert dates == [date(2024, 1, 17), date(2024, 1, 16)]


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("in mid-December", WED_31_JAN, (date(2023, 12, 11), date(2023, 12, 20), "approximate")),
        ("early January", WED_31_JAN, (date(2024, 1, 1), date(2024, 1, 10), "approximate")),
        ("late March", THU_4_APR, (date(2024, 3, 21), date(2024, 3, 31), "approximate")),
        ("in January", THU_4_APR, (date(2024, 1, 1), date(2024, 1, 31), "month")),
        ("talks collapsed in June", THU_4_APR, (date(2023, 6, 1), date(2023, 6, 30), "month")),  # past tense: the June before
        ("in May 2022", THU_4_APR, (date(2022, 5, 1), date(2022, 5, 31), "month")),
        ("December 2023", WED_31_JAN, (date(2023, 12, 1), date(2023, 12, 31), "month")),
    ],
)
def test_partial_dates(phrase: str, published: date, expected: tuple) -> None:
    found = resolve(phrase, published)
    assert found is not None and (found.date, found.date_end, found.precision) == expected


def test_month_without_year_rule() -> None:
    assert month_year(12, WED_31_JAN) == 2023
    assert month_year(1, WED_31_JAN) == 2024
    assert month_year(4, THU_4_APR) == 2024
    assert month_year(3, None) is None


def test_without_publication_date_only_self_contained_dates_resolve() -> None:
    text = "On January 16, 2024, Iran struck. A day earlier it warned. On Tuesday talks failed. In June they met."
    found = {t.text: t.date for t in find_time_expressions(text, None)}
    assert found == {
        "January 16, 2024": date(2024, 1, 16),
        "A day earlier": date(2024, 1, 15),
        "On Tuesday": None,
        "In June": None,
    }


def test_month_words_are_case_sensitive_and_may_is_not_a_date() -> None:
    assert find_time_expressions("Officials may meet in march formation.", THU_4_APR) == []


@pytest.mark.parametrize("text", ["", "   ", "(((", "31/31/2024", "February 30, 2024", "on 45 March"])
def test_impossible_dates_stay_unresolved(text: str) -> None:
    for expression in find_time_expressions(text, THU_4_APR):
        assert expression.date is None


def test_weekday_with_impossible_day_number_falls_back_to_the_weekday() -> None:
    found = find_time_expressions("Wednesday (45)", THU_4_APR)
    assert [(t.text, t.date) for t in found] == [("Wednesday", date(2024, 4, 3))]


def test_huge_text_is_handled() -> None:
    text = "Iran struck on Tuesday and talks resumed. " * 20000
    found = find_time_expressions(text, WED_17_JAN)
    assert len(found) == 20000 and {t.date for t in found} == {date(2024, 1, 16)}


def test_offsets_index_the_text() -> None:
    text = "Talks were held on Tuesday in Davos."
    (found,) = find_time_expressions(text, WED_17_JAN)
    assert text[found.start:found.end] == found.text == "on Tuesday"


# --- rules added for unseen articles (tests/fixtures/dev_events) -------------------------------

THU_25_JAN = date(2024, 1, 25)


def test_weekday_with_day_number_after_on_keeps_the_day_number() -> None:
    found = find_time_expressions("On Wednesday (17), Islamabad recalled its ambassador.", THU_25_JAN)
    assert [(t.text, t.date) for t in found] == [("On Wednesday (17)", date(2024, 1, 17))]


def test_by_month_day_is_a_day_not_the_month() -> None:
    found = find_time_expressions("ambassadors will return by January 26, officials said", THU_25_JAN)
    assert [(t.text, t.date, t.precision) for t in found] == [("January 26", date(2024, 1, 26), "day")]


def test_month_used_as_adjective_is_a_month() -> None:
    found = find_time_expressions("suspects in the December attack on a police station", THU_25_JAN)
    assert [(t.date, t.date_end, t.precision) for t in found] == [(date(2023, 12, 1), date(2023, 12, 31), "month")]


def test_anaphoric_day_after_a_month_span_stays_unresolved() -> None:
    found = find_time_expressions("Earlier this month, militants attacked a base. Pakistan condemned it the following day.", THU_25_JAN)
    assert [(t.text, t.date) for t in found] == [("Earlier this month", date(2024, 1, 1)), ("the following day", None)]


def test_n_days_after_an_event_is_not_an_anaphoric_date() -> None:
    found = find_time_expressions("On Monday, two days after gunmen killed nine workers, the minister arrived.", THU_25_JAN)
    assert [(t.text, t.type, t.date) for t in found] == [("On Monday", "DATE", date(2024, 1, 22)), ("two days", "DURATION", None)]


def test_qualified_span_is_not_an_exact_offset() -> None:
    found = find_time_expressions("On Monday they agreed, less than a week later, to talk.", THU_25_JAN)
    assert [(t.text, t.type, t.date) for t in found] == [("On Monday", "DATE", date(2024, 1, 22)), ("a week", "DURATION", None)]
