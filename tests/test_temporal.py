"""Temporal expressions resolved against the publication date (HeidelTime's news conventions)."""
from __future__ import annotations

from datetime import date

import pytest

from presslens.analyses.temporal.expressions import find_time_expressions, month_year, resolve

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
        ("The truce began on March eighth.", THU_4_APR, date(2024, 3, 8)),  # days spelled out, as transcripts write them
        ("polls close the twenty-first of March, 2024", THU_4_APR, date(2024, 3, 21)),
        ("on Monday, January the fifteenth", FRI_19_JAN, date(2024, 1, 15)),
    ],
)
def test_explicit_dates(phrase: str, published: date, expected: date) -> None:
    found = resolve(phrase, published)
    assert found is not None and (found.date, found.date_end, found.precision) == (expected, None, "day")


def test_an_ordinal_opening_a_compound_is_no_spoken_day() -> None:
    assert [(t.text, t.value) for t in find_time_expressions("Arrivals in March first-quarter style rose.", THU_4_APR)] == [
        ("in March", "2024-03"), ("first-quarter", "2024-Q1")]


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
        ("Ministers met on January 10 and left for Kabul later in the day.", date(2024, 1, 10)),
        ("The envoy was expelled on January 12; that same day the border closed.", date(2024, 1, 12)),
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
        ("in the second half of March", THU_4_APR, (date(2024, 3, 16), date(2024, 3, 31), "approximate")),
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


def test_a_month_name_opening_an_event_name_is_not_a_month() -> None:
    assert _typed("Walkers came to the March for Hope and then the March of the Bakers.", THU_4_APR) == []
    assert _typed("Prices fell in March of this year.", THU_4_APR)[0][2] == "2024-03"


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


# --- TimeML types and values (one family per test; own sentences, exact values) ---------------------

MON_15_JAN = date(2024, 1, 15)
TUE_22_OCT = date(2024, 10, 22)


def _typed(text: str, published: date | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found."""
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The dam was finished in 2010.", THU_4_APR, [("in 2010", "DATE", "2010")]),
        ("Spending on schools for fiscal 2023 rose.", THU_4_APR, [("fiscal 2023", "DATE", "2023")]),
        ("Elections are due in early 2025.", THU_4_APR, [("early 2025", "DATE", "2025")]),
        ("Prices fell until the end of 2019.", THU_4_APR, [("the end of 2019", "DATE", "2019")]),
        ("Growth slowed in mid-2019.", THU_4_APR, [("mid-2019", "DATE", "2019")]),
        ("The post-1959 exodus reshaped the city.", THU_4_APR, [("post-1959", "DATE", "1959")]),
        ("The line opened in 1898.", THU_4_APR, [("in 1898", "DATE", "1898")]),
        ("The bill was H.R.-1996 and cost $1990.", THU_4_APR, []),
        ("Harvests shrank in the first half of 2022.", THU_4_APR, [("the first half of 2022", "DATE", "2022-H1")]),
        ("The bill came to 2,450 dollars, or 2000 tons of flour.", THU_4_APR, []),
    ],
)
def test_years(text: str, published: date, expected: list) -> None:
    assert _typed(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade fell last year.", [("last year", "DATE", "2023")]),
        ("Trade rose this year.", [("this year", "DATE", "2024")]),
        ("Talks resume early next year.", [("early next year", "DATE", "2025")]),
        ("Our bakery shuts down at the end of the year.", [("the end of the year", "DATE", "2024")]),
        ("The sale should close by year-end.", [("year-end", "DATE", "2024-12-31")]),
        ("The new bridge should open around year end.", [("year end", "DATE", "2024")]),  # as 'the end of the year'
        ("Prices rose sharply toward the year's end.", [("the year's end", "DATE", "2024")]),
        ("Border crossings have fallen since year end.", [("year end", "DATE", "2023")]),
        ("Rice prices have risen 9% since year-end.", [("year-end", "DATE", "2023-12-31")]),
        ("For the year, school enrolment rose 4%.", [("the year", "DATE", "2024")]),
        ("The league expects a surplus for the full year.", [("the full year", "DATE", "2024")]),
        ("The charity's intake for the year ended June 30 doubled.", [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2023-06-30")]),
        ("It rose from the year before.", []),
        ("The city's water allowance for the current fiscal year is larger.", [("the current fiscal year", "DATE", "2024")]),
        ("Exports fell last month.", [("last month", "DATE", "2024-03")]),
        ("Talks continue next week.", [("next week", "DATE", "2024-W15")]),
        ("Talks were held last week.", [("last week", "DATE", "2024-W13")]),
    ],
)
def test_this_last_next_periods(text: str, expected: list) -> None:
    assert _typed(text, THU_4_APR) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Tourist visits rose in the third quarter.", TUE_22_OCT, [("the third quarter", "DATE", "2024-Q3")]),
        ("Fourth-quarter grain exports fell.", date(2024, 2, 1), [("Fourth-quarter", "DATE", "2023-Q4")]),
        ("Ferry crossings in the second quarter of 2021 fell.", TUE_22_OCT, [("the second quarter of 2021", "DATE", "2021-Q2")]),
        ("Visitor numbers rose in the third quarter, up from a year earlier.", TUE_22_OCT,
         [("the third quarter", "DATE", "2024-Q3"), ("a year earlier", "DATE", "2023-Q3")]),
        ("Rainfall rose 5% in the latest quarter.", TUE_22_OCT, [("the latest quarter", "DATE", "2024-Q3")]),
        ("The ministry expects a shortfall next quarter.", TUE_22_OCT, [("next quarter", "DATE", "2025-Q1")]),
        ("Q2 2023 harvests fell; Q3 was better.", TUE_22_OCT, [("Q2 2023", "DATE", "2023-Q2"), ("Q3", "DATE", "2024-Q3")]),
        ("A quarter of the vote went to him.", TUE_22_OCT, []),
    ],
)
def test_quarters(text: str, published: date, expected: list) -> None:
    assert _typed(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelter took in more families during the quarter ended Sept. 30 than in the year-ago period.",
         [("the quarter", "DATE", "2024-Q3"), ("Sept. 30", "DATE", "2024-09-30"), ("the year-ago period", "DATE", "2023-Q3")]),
        ("Clinic visits grew in the third quarter against the comparable period last year.",
         [("the third quarter", "DATE", "2024-Q3"), ("the comparable period last year", "DATE", "2023-Q3")]),
        ("Third-quarter aid deliveries rose. Last year the agency ran short; deliveries for last year's quarter were lower.",
         [("Third-quarter", "DATE", "2024-Q3"), ("Last year", "DATE", "2023"), ("last year's quarter", "DATE", "2023-Q3")]),
        ("School attendance fell in the second quarter; in the 2023 period it had risen.",
         [("the second quarter", "DATE", "2024-Q2"), ("the 2023 period", "DATE", "2023-Q2")]),
        ("In the quarter a year ago, the ferry line carried fewer cars.", [("the quarter a year ago", "DATE", "2023")]),
        ("Wheat stocks rose in the second quarter. The latest period had a gain.",
         [("the second quarter", "DATE", "2024-Q2"), ("The latest period", "DATE", "2024-Q2")]),
        ("Over the first nine months, pilgrims outnumbered those of a year earlier.",
         [("the first nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2023")]),
        ("Over the first nine months, pilgrims outnumbered those of the 2023 period.",
         [("the first nine months", "DURATION", "P9M"), ("the 2023 period", "DATE", "2023")]),
        ("Our quarter-to-quarter chart looked flat.", []),
        ("Third-quarter donations rose. After a weak second quarter, giving recovered; the year-earlier period had a dip.",
         [("Third-quarter", "DATE", "2024-Q3"), ("second quarter", "DATE", "2024-Q2"), ("the year-earlier period", "DATE", "2023-Q3")]),  # the period reported
    ],
)
def test_periods_compared_a_year_back(text: str, expected: list) -> None:
    assert _typed(text, TUE_22_OCT) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pact was signed in March 2021. The following month, prices rose.",
         [("in March 2021", "DATE", "2021-03"), ("The following month", "DATE", "2021-04")]),
        ("Talks broke down on May 3, 2022; the previous month had been calm.",
         [("May 3, 2022", "DATE", "2022-05-03"), ("the previous month", "DATE", "2022-04")]),
        ("Prices rose in June 2020, and that month the strikes began.",
         [("in June 2020", "DATE", "2020-06"), ("that month", "DATE", "2020-06")]),
        ("The following month will be busy.", [("The following month", "DATE", "2024-11")]),
    ],
)
def test_months_anchored_on_the_previous_date(text: str, expected: list) -> None:
    assert _typed(text, TUE_22_OCT) == expected


def test_a_weekday_before_a_written_date_is_one_date() -> None:
    found = _typed("The bridge was damaged on the night of Wednesday, Oct. 23, by a storm.", date(2024, 11, 21))
    assert found == [("Wednesday, Oct. 23", "DATE", "2024-10-23")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Riots shook the city in the 1990s.", THU_4_APR, [("the 1990s", "DATE", "199")]),
        ("Growth slowed in the late 1970s.", THU_4_APR, [("the late 1970s", "DATE", "197")]),
        ("It was built in the nineties.", THU_4_APR, [("the nineties", "DATE", "199")]),
        ("A 20th-century border.", THU_4_APR, [("20th-century", "DATE", "19")]),
        ("Floods came last fall.", THU_4_APR, [("last fall", "DATE", "2023-FA")]),
        ("Talks resume this summer.", THU_4_APR, [("this summer", "DATE", "2024-SU")]),
        ("Snow fell last winter.", MON_15_JAN, [("last winter", "DATE", "2022-WI")]),
        ("It was cold in the winter of 1994.", THU_4_APR, [("the winter of 1994", "DATE", "1994-WI")]),
        ("Floods came in the spring.", THU_4_APR, [("the spring", "DATE", "2024-SP")]),
        ("The fall in prices worried traders.", THU_4_APR, []),  # "the fall" is a season only after in/during/by/until
    ],
)
def test_decades_and_seasons(text: str, published: date, expected: list) -> None:
    assert _typed(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices are now higher.", [("now", "DATE", "PRESENT_REF")]),
        ("The envoy is currently in Tehran.", [("currently", "DATE", "PRESENT_REF")]),
        ("Under current rules the port stays shut.", [("current", "DATE", "PRESENT_REF")]),
        ("The country's current account deficit widened.", []),
        ("Relations recently improved.", [("recently", "DATE", "PAST_REF")]),
        ("Attacks rose in recent months.", [("recent months", "DURATION", "PXM")]),
        ("Such strikes happened in the past.", [("the past", "DATE", "PAST_REF")]),
        ("They will meet soon.", [("soon", "DATE", "FUTURE_REF")]),
        ("He was freed soon after the raid.", []),  # a relation to an event, not the future
        ("Talks may resume in the near future.", [("the near future", "DATE", "FUTURE_REF")]),
        ("Aid arrives in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
        ("Such raids are rare these days.", [("these days", "DATE", "PRESENT_REF")]),
    ],
)
def test_present_past_future_references(text: str, expected: list) -> None:
    assert _typed(text, THU_4_APR) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Ministers will meet on Monday.", THU_4_APR, date(2024, 4, 8)),  # future clause: the coming Monday
        ("Ministers met on Monday.", THU_4_APR, date(2024, 4, 1)),
        ("The father could arrive as early as Monday.", THU_4_APR, date(2024, 4, 8)),
        ("The envoy said he will return on Friday, officials said.", THU_4_APR, date(2024, 4, 5)),
        ("Iran will respond, a spokesman said on Monday.", THU_4_APR, date(2024, 4, 1)),  # the reporting verb is past
        ("Talks are scheduled to resume in April.", date(2024, 5, 10), date(2025, 4, 1)),  # future: next April
        ("Talks resumed in April.", date(2024, 3, 10), date(2023, 4, 1)),  # past: the April before
        ("The town agreed to rebuild the clinic in February.", date(2024, 10, 30), date(2025, 2, 1)),  # agreed to: what follows is ahead
        ("The town rebuilt the clinic in February.", date(2024, 10, 30), date(2024, 2, 1)),
        ("Donors set up a program to clear the rubble by March.", date(2024, 10, 30), date(2025, 3, 1)),
        ("Protesters planned a march on Saturday.", THU_4_APR, date(2024, 4, 6)),  # what is planned lies ahead
        ("The vote was postponed until Tuesday.", THU_4_APR, date(2024, 4, 9)),
        ("The choir would sing in the United States on Friday.", THU_4_APR, date(2024, 4, 5)),  # 'United' is no past verb
        ("Officials will send a hundred troops on Friday.", THU_4_APR, date(2024, 4, 5)),  # nor is 'hundred'
        ("Talks in April.", date(2024, 3, 10), date(2024, 4, 1)),  # no tense: a month just ahead is the coming one
        ("The plan is supposed to take effect in February.", date(2024, 10, 30), date(2025, 2, 1)),
        ("The rule is in force in February.", date(2024, 10, 30), date(2024, 2, 1)),  # no future marker: the February before
        ("The curfew is effective Feb. 1.", date(2024, 10, 26), date(2025, 2, 1)),
        ("Farmers are likely to sow the seed in January.", date(2024, 10, 26), date(2025, 1, 1)),
        ("The aid would be handed out on a still unconfirmed date in January.", date(2024, 10, 26), date(2025, 1, 1)),  # an adjective, not a past verb
        ("The deadline is May 3.", date(2024, 4, 20), date(2024, 5, 3)),  # a day within two months ahead is the coming one
        ("The agreements signed on Monday were praised; talks are expected to go on.", THU_4_APR, date(2024, 4, 1)),
        ("Officials are expected to meet again to follow up on the agreements signed on Monday.", THU_4_APR, date(2024, 4, 1)),
        ("On Tuesday, the league plans to screen the advertisement.", THU_4_APR, date(2024, 4, 9)),  # a fronted date: the tense of its clause
        ("On Monday, the ministers will meet again.", THU_4_APR, date(2024, 4, 8)),
        ("On Monday, officials said the talks will resume.", THU_4_APR, date(2024, 4, 1)),  # the reporting verb comes first
        ("On Friday, when the minister set aside plans to travel, the embassy was closed.", THU_4_APR, date(2024, 3, 29)),
        ("Lawyers said they would try to overturn Tuesday's verdict.", THU_4_APR, date(2024, 4, 2)),  # a possessive day has come
        ("The opposition will contest Monday's ruling in court.", THU_4_APR, date(2024, 4, 1)),
        ("Parties will campaign hard ahead of Sunday's vote.", THU_4_APR, date(2024, 4, 7)),  # unless it is awaited
        ("Delegates will prepare for Saturday's summit.", THU_4_APR, date(2024, 4, 6)),
    ],
)
def test_tense_decides_the_direction_of_a_bare_month_or_weekday(text: str, published: date, expected: date) -> None:
    found = [t for t in find_time_expressions(text, published) if t.type == "DATE"]
    assert found[0].date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege lasted a month.", [("a month", "DURATION", "P1M")]),
        ("Talks went on for two weeks.", [("two weeks", "DURATION", "P2W")]),
        ("He ruled for three years.", [("three years", "DURATION", "P3Y")]),
        ("Over the past 20 years the village doubled in size.", [("the past 20 years", "DURATION", "P20Y")]),
        ("A 30-day ceasefire began.", [("A 30-day", "DURATION", "P30D")]),
        ("Rescuers worked for 36 hours.", [("36 hours", "DURATION", "PT36H")]),
        ("It took several years.", [("several years", "DURATION", "PXY")]),
        ("The war lasted two decades.", [("two decades", "DURATION", "P20Y")]),
        ("Bookings in the first nine months climbed.", [("the first nine months", "DURATION", "P9M")]),
        ("A 40-year-old man was hurt.", []),
        ("A second meeting took place.", []),
    ],
)
def test_durations_get_no_date(text: str, expected: list) -> None:
    found = find_time_expressions(text, THU_4_APR)
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert all(t.date is None and t.date_end is None and t.anchor == "none" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blasts were heard Tuesday evening.", ("Tuesday evening", "TIME", "2024-04-02TEV", date(2024, 4, 2))),
        ("The curfew starts at 5 p.m.", ("5 p.m.", "TIME", "2024-04-04T17:00", None)),
        ("Markets closed at 10:35 a.m. EST Wednesday.", ("10:35 a.m. EST Wednesday", "TIME", "2024-04-03T10:35", date(2024, 4, 3))),
        ("Shelling resumed this morning.", ("this morning", "TIME", "2024-04-04TMO", date(2024, 4, 4))),
        ("The vote is tonight.", ("tonight", "TIME", "2024-04-04TNI", date(2024, 4, 4))),
        ("Drones struck last night.", ("last night", "TIME", "2024-04-03TNI", date(2024, 4, 3))),
        ("They met at noon Thursday.", ("noon Thursday", "TIME", "2024-04-04T12:00", date(2024, 4, 4))),
        ("Bids are due by 5 p.m. EST, April 9.", ("5 p.m. EST, April 9", "TIME", "2024-04-09T17:00", date(2024, 4, 9))),
    ],
)
def test_times_of_day(text: str, expected: tuple) -> None:
    (found,) = find_time_expressions(text, THU_4_APR)
    assert (found.text, found.type, found.value, found.date) == expected


def test_a_clock_time_naming_no_day_is_on_the_last_day_mentioned() -> None:
    found = find_time_expressions("The blast struck on Monday. Police arrived at 5 p.m. and left.", THU_4_APR)
    assert [(t.text, t.type, t.value, t.anchor) for t in found] == [
        ("on Monday", "DATE", "2024-04-01", "publication"), ("5 p.m.", "TIME", "2024-04-01T17:00", "previous")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patrols run every week.", [("every week", "SET", "P1W")]),
        ("Flights leave daily.", [("daily", "SET", "P1D")]),
        ("Fees are paid annually.", [("annually", "SET", "P1Y")]),
        ("Envoys meet each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
        ("Rains come each July.", [("each July", "SET", "XXXX-07")]),
    ],
)
def test_sets_get_no_date(text: str, expected: list) -> None:
    found = find_time_expressions(text, THU_4_APR)
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert all(t.date is None for t in found)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The strike happened today.", THU_4_APR, ("today", "2024-04-04", "publication")),
        ("Troops left yesterday.", THU_4_APR, ("yesterday", "2024-04-03", "publication")),
        ("Talks resume tomorrow.", THU_4_APR, ("tomorrow", "2024-04-05", "publication")),
        ("Three years ago the border closed.", THU_4_APR, ("Three years ago", "2021", "publication")),
        ("Two months ago the border closed.", THU_4_APR, ("Two months ago", "2024-02", "publication")),
        ("Six weeks ago the border closed.", THU_4_APR, ("Six weeks ago", "2024-W08", "publication")),
        ("The weekend saw protests.", THU_4_APR, ("The weekend", "2024-W13-WE", "publication")),
        ("Ties were cut on Christmas Day.", MON_15_JAN, ("Christmas Day", "2023-12-25", "publication")),
        ("The dam opened in nineteen ninety-six.", THU_4_APR, ("nineteen ninety-six", "1996", "none")),
        ("The mill was founded in nineteen hundred.", THU_4_APR, ("nineteen hundred", "1900", "none")),
        ("Floods peaked in March nineteen ninety-seven.", THU_4_APR, ("in March nineteen ninety-seven", "1997-03", "none")),
        ("Rivers froze during the winter of nineteen eighty-seven.", THU_4_APR, ("the winter of nineteen eighty-seven", "1987-WI", "none")),
    ],
)
def test_deictic_values_and_anchors(text: str, published: date, expected: tuple) -> None:
    found = find_time_expressions(text, published)
    assert [(t.text, t.value, t.anchor) for t in found] == [expected]


def test_anaphoric_expressions_anchor_on_the_previous_one() -> None:
    text = "The pact was signed in 1998. That year, trade doubled. On March 3, 2020, talks failed; two days later envoys left."
    found = find_time_expressions(text, THU_4_APR)
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("in 1998", "1998", "none"), ("That year", "1998", "previous"),
        ("March 3, 2020", "2020-03-03", "none"), ("two days later", "2020-03-05", "previous"),
    ]


def test_without_publication_date_relative_values_are_empty() -> None:
    found = find_time_expressions("Last year trade fell; now it grows every month.", None)
    assert [(t.text, t.type, t.value) for t in found] == [("Last year", "DATE", ""), ("now", "DATE", "PRESENT_REF"), ("every month", "SET", "P1M")]


def test_time_expressions_table_rows_index_the_article_text() -> None:
    from presslens.analyses.temporal.expressions import TIME_EXPRESSION_COLUMNS, article_tables
    from presslens.article import Article
    from presslens.context import ArticleContext

    article = Article("a-0", "a.txt", 0, "", "", THU_4_APR, "", "", "Iran struck on Tuesday. Talks lasted two weeks.")
    rows = article_tables(ArticleContext(article), {})["time_expressions"]
    assert [tuple(r) for r in rows] == [TIME_EXPRESSION_COLUMNS] * 2
    assert [(article.text[r["start"]:r["end"]], r["type"], r["value"], r["anchor"]) for r in rows] == [
        ("on Tuesday", "DATE", "2024-04-02", "publication"), ("two weeks", "DURATION", "P2W", "none"),
    ]


def test_timeml_values_are_compared_in_one_spelling() -> None:
    from presslens.evaluation.timeml import same_value

    assert same_value("2000-W7", "2000-W07") and same_value("198X", "198") and same_value("19XX", "19")
    assert not same_value("2000-W17", "2000-W07") and not same_value("1949-XX", "1949") and not same_value("199X", "198")


@pytest.mark.parametrize("verb", ["proceed", "exceed", "succeed"])
def test_words_ending_in_eed_do_not_make_a_clause_past(verb: str) -> None:
    """'proceed', 'exceed' end in -ed but are not past verbs: a month just ahead stays the coming one."""
    text = f"The negotiators {verb} with the plan in February."
    (found,) = [t for t in find_time_expressions(text, WED_31_JAN) if t.type == "DATE"]
    assert found.value == "2024-02"


def test_timeml_scoring_is_relaxed_one_to_one_and_counts_values_only_on_matches(tmp_path) -> None:
    from presslens.evaluation.timeml import Timex, read_timeml, score

    (tmp_path / "doc.tml").write_text(
        '<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-03" functionInDocument="CREATION_TIME">'
        '2024-01-03</TIMEX3></DCT><TEXT>Talks on <TIMEX3 tid="t1" type="DATE" value="2024-01-02">Tuesday</TIMEX3> and '
        '<TIMEX3 tid="t2" type="DATE" value="2024-W01">this week</TIMEX3> lasted <TIMEX3 tid="t3" type="DURATION" '
        'value="P3D">three days</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    doc = read_timeml(tmp_path / "doc.tml")
    assert (doc.doc_id, doc.created, doc.text) == ("d1", date(2024, 1, 3), "Talks on Tuesday and this week lasted three days.")
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Tuesday", "DATE", "2024-01-02"), ("this week", "DATE", "2024-W01"), ("three days", "DURATION", "P3D")]
    predicted = [
        Timex(6, 16, "on Tuesday", "DATE", "2024-01-02"),  # overlaps 'Tuesday': a match with the right value
        Timex(26, 30, "week", "DATE", "2024-W02"),  # overlaps 'this week': a match with a wrong value
        Timex(0, 5, "Talks", "DATE", "PRESENT_REF"),  # overlaps nothing: spurious
    ]
    result = score([doc], {"d1": predicted})
    assert (result.overall.n_gold, result.overall.n_predicted, result.overall.n_matched, result.overall.n_value) == (3, 3, 2, 1)
    assert result.overall.value == (1 / 3, 1 / 3, 1 / 3)
    assert (result.by_type["DATE"].n_gold, result.by_type["DATE"].n_matched, result.by_type["DATE"].n_value) == (2, 2, 1)
    assert result.recall_of("DURATION") == 0.0
    one_for_two = score([doc], {"d1": [Timex(9, 31, "Tuesday and this week", "DATE", "2024-01-02")]})
    assert one_for_two.overall.n_matched == 1  # one prediction matches at most one gold expression


def test_a_programme_called_this_week_is_no_week() -> None:
    assert _typed('Baker said on ABC\'s "This Week" that talks would go on.', THU_4_APR) == []
    assert _typed('"This week we will meet again," he said.', THU_4_APR) == [("This week", "DATE", "2024-W14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rivers rose on Oct. 12, 2023, the day before the flood.", ("the day before", "2023-10-12")),  # apposition: that date
        ("The courier was spotted on May 2, 2023. The day before the raid, police watched him.", ("The day before", "")),  # from an event
        ("The courier was spotted on May 2, 2023; he vanished the day after.", ("the day after", "2023-05-03")),
        ("The courier was spotted on May 2, 2023; the day before, he had flown in.", ("the day before", "2023-05-01")),
    ],
)
def test_the_day_before_an_event_is_counted_from_the_event(text: str, expected: tuple) -> None:
    assert _typed(text, THU_4_APR)[-1][::2] == expected


def test_the_previous_or_following_weekday_counts_from_the_last_day_mentioned() -> None:
    assert _typed("The lake level peaked on Friday, 4 cm above the previous Friday.", WED_17_JAN) == [
        ("on Friday", "DATE", "2024-01-12"), ("the previous Friday", "DATE", "2024-01-05")]
    assert _typed("Talks began on Jan. 10, 2024 and ended the following Monday.", WED_17_JAN)[-1] == (
        "the following Monday", "DATE", "2024-01-15")


@pytest.mark.parametrize(
    ("text", "gold", "predicted", "kind"),
    [
        ("Oct. 3, 2022", ("DATE", "2021-10-03"), ("DATE", "2022-10-03"), "stated year or month contradicted"),
        ("Oct. 3, 2022", ("DATE", "2022-12-03"), ("DATE", "2022-10-03"), "stated year or month contradicted"),
        ("Tuesday", ("DATE", "2024-04-03"), ("DATE", "2024-04-02"), "weekday off its name"),
        ("Tuesday", ("DATE", "2024-03-19"), ("DATE", "2024-04-02"), "weekday on another reference date"),
        ("in 2001", ("DATE", "2001-XX"), ("DATE", "2001"), "year with placeholders"),
        ("last week", ("DATE", "2024-03"), ("DATE", "2024-W13"), "week as month, WXX or duration"),
        ("last week", ("DATE", "2024-W12"), ("DATE", "2024-W13"), "week numbered off the creation time"),
        ("the quarter", ("DATE", "2024-QX"), ("DATE", "2024-Q1"), "quarter unspecified"),
        ("last year", ("DATE", "2023-Q4"), ("DATE", "2023"), "deictic year as quarter, month or day"),
        ("Monday night", ("DATE", "2024-04-01"), ("TIME", "2024-04-01TNI"), "part of day typed DATE"),
        ("recent years", ("DATE", "PAST_REF"), ("DURATION", "PXY"), "stretch typed DATE"),
        ("last week", ("DATE", "2024-W13"), ("DATE", "2024-W14"), ""),  # our miss, not the gold's
        ("Monday night", ("DATE", "2024-04-01"), ("TIME", "2024-03-25TNI"), ""),  # the day is ours to get right
        ("the day before Tuesday", ("DATE", "2024-04-01"), ("DATE", ""), ""),
    ],
)
def test_gold_inconsistencies_of_timeml_sets_are_told_apart(text: str, gold: tuple, predicted: tuple, kind: str) -> None:
    from presslens.evaluation.timeml import Timex, gold_inconsistency

    assert gold_inconsistency(THU_4_APR, Timex(0, len(text), text, *gold), Timex(0, len(text), text, *predicted)) == kind


def test_a_part_of_day_left_out_of_a_gold_span_is_a_gold_inconsistency() -> None:
    from presslens.evaluation.timeml import Timex, gold_inconsistency

    gold, predicted = Timex(0, 6, "Monday", "DATE", "2024-04-01"), Timex(0, 12, "Monday night", "TIME", "2024-04-01TNI")
    assert gold_inconsistency(THU_4_APR, gold, predicted) == "part of day typed DATE"
