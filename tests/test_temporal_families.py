"""Temporal expression families added in round four, each checked on invented sentences and publication dates."""
from __future__ import annotations

from datetime import date

import pytest

from presslens.analyses.temporal.expressions import find_time_expressions


def _found(text: str, published: date) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found."""
    return [(t.text, t.type, t.value) for t in find_time_expressions(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fuel prices climbed over the summer.", ("the summer", "DATE", "2031-SU")),
    ("Orders should hold up well into the winter.", ("the winter", "DATE", "2031-WI")),
    ("Ferry traffic has doubled since the spring.", ("the spring", "DATE", "2031-SP")),
])
def test_a_season_after_a_preposition_of_time(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 9, 15)) == [expected]


def test_the_year_ago_quarter_named_by_its_ordinal_is_one_expression() -> None:
    text = "The bakery chain lost money in the second quarter. In the year-earlier second quarter it made a profit."
    assert _found(text, date(2031, 8, 4)) == [("the second quarter", "DATE", "2031-Q2"), ("the year-earlier second quarter", "DATE", "2030-Q2")]


def test_a_period_a_year_back_after_a_stretch_of_months_is_that_stretch() -> None:
    text = "Revenue for the first six months rose 4%. In the year-ago period it fell. Costs for the year-ago six months were lower."
    assert _found(text, date(2031, 8, 4)) == [
        ("the first six months", "DURATION", "P6M"), ("the year-ago period", "DURATION", "P6M"), ("the year-ago six months", "DURATION", "P6M"),
    ]


def test_the_week_is_an_unnumbered_week_and_the_week_of_a_day_is_its_iso_week() -> None:
    text = "For the week, the harbour index lost 2%. The trial opens the week of May 12. The week before the vote he resigned."
    assert _found(text, date(2031, 4, 25)) == [("the week", "DATE", "2031-WXX"), ("the week of May 12", "DATE", "2031-W20")]


def test_days_of_the_week_are_no_date_but_a_result_of_the_weeks_trading_is() -> None:
    assert _found("The ferry sails every day of the week.", date(2031, 4, 25)) == [("every day", "SET", "P1D")]
    assert _found("The slide was the result of the week's heavy selling.", date(2031, 4, 25)) == [("the week", "DATE", "2031-WXX")]


def test_the_next_morning_is_the_day_after_the_last_day_mentioned() -> None:
    text = "The mayor was detained on March 3 and freed the next morning."
    assert _found(text, date(2031, 3, 10))[-1] == ("the next morning", "DATE", "2031-03-04")


def test_early_weekday_morning_is_one_time_expression() -> None:
    assert _found("The march started early Sunday morning.", date(2031, 3, 12)) == [("early Sunday morning", "TIME", "2031-03-09TMO")]


@pytest.mark.parametrize("text", ["The stream of visitors soon became a crowd.", "The fisherman was soon released."])
def test_soon_in_past_narrative_is_no_future_reference(text: str) -> None:
    assert _found(text, date(2031, 3, 12)) == []


def test_soon_in_a_future_clause_is_a_future_reference() -> None:
    assert _found("The port will soon reopen.", date(2031, 3, 12)) == [("soon", "DATE", "FUTURE_REF")]


def test_the_latest_fiscal_year_is_the_last_one_completed() -> None:
    assert _found("Exports made up a third of sales in the latest fiscal year.", date(2031, 3, 12)) == [("the latest fiscal year", "DATE", "2030")]


def test_the_fiscal_year_ended_on_a_day_is_a_year_long_duration() -> None:
    assert _found("In the fiscal year ended June 30, the port handled more grain.", date(2031, 9, 3))[0] == ("the fiscal year", "DURATION", "P1Y")


def test_a_month_after_can_is_the_coming_one() -> None:
    text = "Farmers can now apply for the grants in May."
    assert _found(text, date(2031, 9, 3))[-1] == ("in May", "DATE", "2032-05")


@pytest.mark.parametrize(("text", "expected"), [
    ("The envoy is due back by the end of the week.", ("the end of the week", "DATE", "2031-W03")),
    ("Talks resume at the start of next week.", ("the start of next week", "DATE", "2031-W04")),
])
def test_a_part_of_a_week(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 1, 15)) == [expected]


def test_that_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "The depot was raided in October. Its manager fled that same day."
    assert _found(text, date(2031, 1, 15)) == [("in October", "DATE", "2030-10"), ("that same day", "DATE", "2030-10-XX")]


def test_the_quarter_after_another_date_is_the_quarter_the_story_reports() -> None:
    text = "The ferry line earned more in its fiscal first quarter. Earlier this month it cut fares. Bookings rose in the quarter."
    found = _found(text, date(2031, 10, 20))
    assert found[0] == ("its fiscal first quarter", "DATE", "2031-Q1")
    assert found[-1] == ("the quarter", "DATE", "2031-Q1")


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike began last spring.", ("last spring", "DATE", "2030-SP")),
    ("The strike began this past spring.", ("this past spring", "DATE", "2031-SP")),
    ("Snow closed the pass last winter.", ("last winter", "DATE", "2030-WI")),
])
def test_last_season_is_at_the_latest_the_year_befores(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 10, 20)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The landlord has until 9 a.m. Tuesday to answer the judge.", ("9 a.m. Tuesday", "TIME", "2031-01-21T09:00")),
    ("The offer is open until Friday.", ("Friday", "DATE", "2031-01-17")),
    ("He stayed in hospital until Friday.", ("Friday", "DATE", "2031-01-10")),
    ("Until Monday, the port had stayed shut.", ("Monday", "DATE", "2031-01-13")),
])
def test_a_deadline_day_in_a_clause_of_no_stated_tense_is_the_coming_one(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 1, 15)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair will be held on April 24 and 25 in Quetta.", [("April 24", "DATE", "2031-04-24"), ("25", "DATE", "2031-04-25")]),
    ("Between 10 and 25 people were hurt on Monday.", [("on Monday", "DATE", "2031-01-13")]),
    ("Turnout rose from 10 to 12 percent.", []),
])
def test_the_second_day_of_a_pair_takes_the_month_just_named(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, date(2031, 1, 15)) == expected


def test_this_coming_weekday_with_a_spoken_date_is_one_expression() -> None:
    assert _found("The harvest festival is this coming Sunday, March ninth.", date(2031, 3, 5)) == [("this coming Sunday, March ninth", "DATE", "2031-03-09")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The reform matters for today's youth.", []),
    ("They called them the leaders of tomorrow.", []),
    ("The story ran in USA Today on Monday.", [("on Monday", "DATE", "2031-01-13")]),
    ("Today, the talks resume. The envoy arrives tomorrow.", [("Today", "DATE", "2031-01-15"), ("tomorrow", "DATE", "2031-01-16")]),
    ("The notice ran in today's editions.", [("today", "DATE", "2031-01-15")]),
])
def test_generic_today_and_tomorrow_and_names_are_no_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, date(2031, 1, 15)) == expected


# --- round six: families of dates on wire copy --------------------------------------------------------------------

def test_a_month_after_until_or_through_in_a_clause_of_no_tense_is_the_coming_one() -> None:
    assert _found("The ferry line keeps its winter timetable until March.", date(2031, 10, 10)) == [("until March", "DATE", "2032-03")]
    assert _found("Bookings rose through March, the operator said.", date(2031, 10, 10)) == [("through March", "DATE", "2031-03")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The library lent more books in the quarter ended July 31.", [("the quarter", "DATE", "2031-Q2"), ("July 31", "DATE", "2031-07-31")]),
    ("Sales for the quarter ending Dec. 31 should be flat.", [("the quarter", "DATE", "2031-Q4"), ("Dec. 31", "DATE", "2031-12-31")]),
    ("Rainfall fell in the quarter ended March 31, 2030.", [("the quarter", "DATE", "2030-Q1"), ("March 31, 2030", "DATE", "2030-03-31")]),
])
def test_the_quarter_ended_a_day_is_the_calendar_quarter_holding_most_of_it(text: str, expected: list) -> None:
    assert _found(text, date(2031, 11, 20)) == expected


def test_the_first_two_quarters_of_a_year_is_its_first_half() -> None:
    assert _found("Prices should stay weak through the first two quarters of 2032.", date(2031, 11, 20)) == [
        ("the first two quarters of 2032", "DATE", "2032-H1")]
    assert _found("Output rose in the last two quarters of 2030.", date(2031, 11, 20)) == [("the last two quarters of 2030", "DATE", "2030-H2")]


def test_the_half_of_a_decade_is_that_decade() -> None:
    assert _found("Sales had stalled in the last half of the '90s.", date(2031, 11, 20)) == [("the last half of the '90s", "DATE", "199")]


def test_an_approximate_count_before_ago_is_still_a_date() -> None:
    assert _found("A month or so ago the mill shut a line.", date(2031, 11, 20)) == [("A month or so ago", "DATE", "2031-10")]


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert _found("The governor hopes to campaign hard until Election Day.", date(2030, 10, 20)) == [("Election Day", "DATE", "2030-11-05")]
    assert _found("Turnout on Election Day was low.", date(2031, 11, 20)) == [("Election Day", "DATE", "2031-11-04")]


def test_one_day_after_a_modal_is_a_future_reference() -> None:
    assert _found("Our village will one day have a railway station.", date(2031, 11, 20)) == [("one day", "DATE", "FUTURE_REF")]
    assert _found("The strike lasted one day.", date(2031, 11, 20)) == [("one day", "DURATION", "P1D")]


def test_weekdays_in_the_plural_are_sets() -> None:
    assert _found("The market opens on Saturdays.", date(2031, 11, 20)) == [("on Saturdays", "SET", "XXXX-WXX-6")]
    assert _found("Two flights will leave on Friday nights from June.", date(2031, 11, 20))[0] == ("on Friday nights", "SET", "XXXX-WXX-5TNI")


@pytest.mark.parametrize(("text", "expected"), [
    ("The envoys met on 24 and 25 April.", [("24", "DATE", "2031-04-24"), ("25 April", "DATE", "2031-04-25")]),
    ("Shelling went on from 3 to 5 May 2029.", [("3", "DATE", "2029-05-03"), ("5 May 2029", "DATE", "2029-05-05")]),
    ("The summit is set for the 24th and 25th of June.", [("24th", "DATE", "2031-06-24"), ("25th of June", "DATE", "2031-06-25")]),
    ("The index gained 3 to 5 points in April.", [("in April", "DATE", "2031-04")]),
])
def test_the_first_day_of_a_range_written_before_its_month(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


def test_may_closing_a_range_of_months_is_the_month() -> None:
    assert _found("Grain prices climbed between March and May.", date(2031, 6, 2)) == [("March", "DATE", "2031-03"), ("May", "DATE", "2031-05")]
    assert _found("Talks collapsed in May 2029.", date(2031, 6, 2)) == [("in May 2029", "DATE", "2029-05")]
    assert _found("Officials said talks may resume, and May would be ideal.", date(2031, 6, 2)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The dam was finished in March 2028. Three months later it cracked.", ("Three months later", "DATE", "2028-06")),
    ("The dam was finished in 2028. Two years later it cracked.", ("Two years later", "DATE", "2030")),
    ("The dam was finished in 2028. A decade later it cracked.", ("A decade later", "DATE", "2038")),
    ("The dam was finished in 2028, and four years earlier the river had flooded.", ("four years earlier", "DATE", "2024")),
    ("The dam was finished in 2028. A year after that it cracked.", ("A year after", "DATE", "2029")),
])
def test_months_and_years_later_move_the_last_date_mentioned(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 6, 2))[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The dam was finished in 2028. Three months later it cracked.", ("Three months later", "DATE", "")),  # no month to move
    ("Two years after the flood, the town was rebuilt.", ("Two years", "DURATION", "P2Y")),  # counted from an event
    ("It was finished in 2028. A year and two months later it cracked.", ("two months", "DURATION", "P2M")),
])
def test_shifts_that_cannot_be_dated_are_left_alone(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 6, 2))[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The vote is on Friday.", ("on Friday", "DATE", "2031-05-16")),
    ("The vote was on Friday.", ("on Friday", "DATE", "2031-05-09")),
    ("The talks are Tuesday, a spokesman said.", ("Tuesday", "DATE", "2031-05-20")),
])
def test_a_weekday_after_a_present_copula_is_the_coming_one(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 5, 14)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("In the year to March, rents rose 4%.", [("the year", "DURATION", "P1Y"), ("March", "DATE", "2031-03")]),
    ("The index fell 2% in the week to Friday.", [("the week", "DURATION", "P1W"), ("Friday", "DATE", "2031-05-09")]),
    ("For the week ended May 9, sales rose.", [("the week", "DURATION", "P1W"), ("May 9", "DATE", "2031-05-09")]),
    ("Donations rose this year to $335 million.", [("this year", "DATE", "2031")]),
])
def test_a_year_or_week_to_its_last_day_is_a_duration(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


def test_that_season_is_the_season_of_the_year_last_mentioned() -> None:
    text = "The drought began in the summer of 2028 and peaked that autumn."
    assert _found(text, date(2031, 5, 14)) == [("the summer of 2028", "DATE", "2028-SU"), ("that autumn", "DATE", "2028-FA")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The truce held over Easter.", date(2031, 5, 14), ("Easter", "DATE", "2031-04-13")),
    ("Talks will resume after Easter.", date(2031, 5, 14), ("Easter", "DATE", "2032-03-28")),
    ("He was detained on Good Friday.", date(2024, 4, 10), ("Good Friday", "DATE", "2024-03-29")),
    ("Crowds gathered as Easter week began.", date(2025, 4, 14), ("Easter week", "DATE", "2025-W16")),
])
def test_easter_and_its_days_follow_the_computus(text: str, published: date, expected: tuple[str, str, str]) -> None:
    assert _found(text, published) == [expected]


def test_easter_eggs_are_no_date() -> None:
    assert _found("Children hunted Easter eggs in the park.", date(2031, 5, 14)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("In the first half of the year, exports rose.", [("the first half of the year", "DATE", "2031-H1")]),
    ("Exports should recover in the second half of next year.", [("the second half of next year", "DATE", "2032-H2")]),
    ("Exports fell in the second half of last year.", [("the second half of last year", "DATE", "2030-H2")]),
])
def test_the_halves_of_a_year_named_from_publication(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


def test_later_in_the_month_is_the_publication_month() -> None:
    assert _found("Later in the month, the strike spread.", date(2031, 5, 14)) == [("Later in the month", "DATE", "2031-05")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mission ends at the end of the decade.", [("the end of the decade", "DATE", "203")]),
    ("Last decade, the region grew fast.", [("Last decade", "DATE", "202")]),
    ("Wages stalled in the last decade.", [("the last decade", "DATE", "202")]),
    ("Over the last decade, wages stalled.", [("the last decade", "DURATION", "P10Y")]),
    ("Wages stalled over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    ("Spending will double over the next decade.", [("the next decade", "DURATION", "P10Y")]),
    ("Growth slowed in the last decade of the century.", []),
])
def test_decades_named_from_publication(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair was held March 3-5.", [("March 3", "DATE", "2031-03-03"), ("5", "DATE", "2031-03-05")]),
    ("The fair was held March 3–5, 2029.", [("March 3", "DATE", "2029-03-03"), ("5, 2029", "DATE", "2029-03-05")]),
    ("Talks on April 24 and 25, 2029 failed.", [("April 24", "DATE", "2029-04-24"), ("25, 2029", "DATE", "2029-04-25")]),
    ("The side lost 3-5 in March.", [("in March", "DATE", "2031-03")]),
])
def test_a_range_of_days_after_its_month_shares_its_year(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The shelter, which opens from November to April, needs volunteers.", date(2030, 12, 20),
     [("from November", "DATE", "2030-11"), ("April", "DATE", "2031-04")]),
    ("Visits fell from May to July, the club said.", date(2031, 1, 8), [("from May", "DATE", "2030-05"), ("July", "DATE", "2030-07")]),
    ("The clinic is enrolling a second group between January and May.", date(2030, 12, 20),
     [("January", "DATE", "2031-01"), ("May", "DATE", "2031-05")]),
    ("Tourists visited the islands between January and October, officials said.", date(2031, 1, 16),
     [("January", "DATE", "2030-01"), ("October", "DATE", "2030-10")]),
    ("Fares rose between November and February 2030.", date(2031, 6, 2), [("November", "DATE", "2029-11"), ("February 2030", "DATE", "2030-02")]),
    ("The farmer, who lost his herd between May and October, sued.", date(2030, 12, 20), [("May", "DATE", "2030-05"), ("October", "DATE", "2030-10")]),
])
def test_the_months_of_a_range_are_one_stretch(text: str, published: date, expected: list) -> None:
    assert _found(text, published) == expected


def test_this_past_month_is_the_latest_one() -> None:
    assert _found("The scam resembled the one sent this past October.", date(2030, 12, 15)) == [("this past October", "DATE", "2030-10")]


def test_an_abbreviated_month_before_a_name_is_the_name() -> None:
    assert _found("The index was designed by Jan Kowalski.", date(2031, 1, 15)) == []


def test_may_in_capitals_is_no_modal() -> None:
    """'between May and' in a clause does not make it speak of the future."""
    assert _found("Crews repaired the dam between May and August.", date(2030, 12, 20))[-1] == ("August", "DATE", "2030-08")


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The plan is to withdraw the troops by the summer.", date(2030, 12, 30), ("the summer", "DATE", "2031-SU")),
    ("This fall, the province added the drug to its list.", date(2031, 1, 7), ("This fall", "DATE", "2030-FA")),
    ("The skater got married in the fall.", date(2031, 1, 8), ("the fall", "DATE", "2030-FA")),
    ("Its closing audit should appear in the spring.", date(2030, 12, 27), ("the spring", "DATE", "2031-SP")),
    ("The talks are supposed to end this summer.", date(2031, 3, 22), ("this summer", "DATE", "2031-SU")),
    ("He said the talks ended this summer.", date(2031, 3, 22), ("this summer", "DATE", "2031-SU")),
])
def test_a_season_without_last_or_next_follows_the_tense_of_its_clause(text: str, published: date, expected: tuple[str, str, str]) -> None:
    assert _found(text, published) == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("He sent the letter on Christmas Day in 2027.", date(2030, 1, 8), [("Christmas Day in 2027", "DATE", "2027-12-25")]),
    ("The storm over the Christmas holidays closed roads.", date(2030, 12, 22), [("Christmas", "DATE", "2030-12-25")]),
    ("Shops were crowded over Christmas.", date(2031, 1, 5), [("Christmas", "DATE", "2030-12-25")]),
])
def test_a_holiday_with_its_year_or_close_ahead(text: str, published: date, expected: list) -> None:
    assert _found(text, published) == expected


@pytest.mark.parametrize("text", [
    "The chain sold Maclean's, Today's Parent and two other titles.",
    "His beard grew from Sunday-evening stubble to a full beard.",
])
def test_names_and_compounds_are_no_dates(text: str) -> None:
    assert _found(text, date(2031, 1, 5)) == []


def test_an_eastern_time_zone_written_et_belongs_to_the_time() -> None:
    assert _found("Polls will close at 7:45 p.m. ET Thursday.", date(2031, 1, 28)) == [("7:45 p.m. ET Thursday", "TIME", "2031-01-30T19:45")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The league's season kicks off Thursday in Orlando.", ("Thursday", "DATE", "2031-01-16")),
    ("The coach, who turns 49 on Thursday, is confident.", ("on Thursday", "DATE", "2031-01-16")),
    ("The coach turned 49 on Thursday.", ("on Thursday", "DATE", "2031-01-09")),
    ("Her visits Monday were short.", ("Monday", "DATE", "2031-01-13")),
    ("The two leaders meet separately Monday with the envoy.", ("Monday", "DATE", "2031-01-20")),
    ("The leaders failed to meet Monday.", ("Monday", "DATE", "2031-01-13")),
    ("They did not meet Monday.", ("Monday", "DATE", "2031-01-13")),
])
def test_a_scheduled_present_speaks_of_the_coming_day(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 1, 15)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The day before last Tuesday's match, the coach resigned.", ("The day before last Tuesday's", "DATE", "2031-05-12")),
    ("The day after Friday's vote, crowds gathered.", ("The day after Friday's", "DATE", "2031-05-10")),
    ("The envoy will arrive the day before Sunday's vote.", ("the day before Sunday's", "DATE", "2031-05-17")),
])
def test_the_day_before_or_after_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 5, 14)) == [expected]


def test_a_season_of_a_year_named_from_publication() -> None:
    assert _found("Prices peaked in the autumn of last year.", date(2031, 5, 14)) == [("the autumn of last year", "DATE", "2030-FA")]
    assert _found("The autumn of discontent began.", date(2031, 5, 14)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops arrived in the second week of May.", [("the second week of May", "DATE", "2031-W19")]),
    ("Troops will arrive in the first week of June.", [("the first week of June", "DATE", "2031-W22")]),
    ("In the last week of August 2027, the festival opened.", [("the last week of August 2027", "DATE", "2027-W34")]),  # Aug. 25-31
])
def test_the_nth_week_of_a_month_is_an_iso_week(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


def test_years_on_after_a_date_move_it() -> None:
    assert _found("The quake struck in 2029. Two years on, the city is in ruins.", date(2031, 5, 14))[-1] == ("Two years on", "DATE", "2031")
    assert _found("Two years on from the quake, survivors wait.", date(2031, 5, 14)) == [("Two years", "DURATION", "P2Y")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck 24 hours earlier.", ("24 hours earlier", "DATE", "2031-05-13")),
    ("He was held on Friday and freed 48 hours later.", ("48 hours later", "DATE", "2031-05-11")),
    ("He was held on Friday and freed hours later.", ("hours later", "DATE", "2031-05-09")),
])
def test_whole_days_of_hours_move_the_day(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 5, 14))[-1] == expected


def test_a_clock_time_written_with_a_dot() -> None:
    assert _found("The quake struck at 10.40 a.m. Sunday.", date(2031, 5, 14)) == [("10.40 a.m. Sunday", "TIME", "2031-05-11T10:40")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The siege lasted 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
    ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
    ("The talks lasted a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
    ("He spoke for a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
    ("Prices should rise over the next couple of years.", ("the next couple of years", "DURATION", "P2Y")),
    ("Output should grow in the next three quarters.", ("the next three quarters", "DURATION", "P3Q")),
])
def test_durations_with_halves_and_couples(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 5, 14)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The convoy sets off at 4 in the morning.", [("4 in the morning", "TIME", "2031-05-14T04:00")]),
    ("The march began at 8 in the evening on Friday.", [("8 in the evening on Friday", "TIME", "2031-05-09T20:00")]),
    ("Shares fell in mid-afternoon yesterday.", [("mid-afternoon yesterday", "TIME", "2031-05-13TAF")]),
    ("The vote was held on May 3. Counting began in mid-afternoon.", [("May 3", "DATE", "2031-05-03"), ("mid-afternoon", "TIME", "2031-05-03TAF")]),
])
def test_hours_and_parts_of_a_day_in_words(text: str, expected: list) -> None:
    assert _found(text, date(2031, 5, 14)) == expected


@pytest.mark.parametrize("text", ["Talks between Theresa May and the EU resumed.", "Mrs. May and her ministers met."])
def test_may_the_name_is_no_month(text: str) -> None:
    assert _found(text, date(2031, 5, 14)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("By Friday another 200 millimetres of rain are expected.", ("Friday", "DATE", "2031-05-16")),
    ("By Friday another 200 millimetres had fallen.", ("Friday", "DATE", "2031-05-09")),
    ("The plant will stay closed until June.", ("until June", "DATE", "2031-06")),
    ("The plant will remain closed until Friday.", ("Friday", "DATE", "2031-05-16")),
    ("The plant has been closed since June.", ("since June", "DATE", "2030-06")),
])
def test_participles_do_not_make_a_clause_past(text: str, expected: tuple[str, str, str]) -> None:
    assert _found(text, date(2031, 5, 14)) == [expected]


def test_at_a_later_date_is_a_future_reference() -> None:
    assert _found("The firm will seek financing at a later date.", date(2031, 5, 14)) == [("a later date", "DATE", "FUTURE_REF")]


def test_a_weekday_before_midnight_is_one_time() -> None:
    assert _found("The truce will last beyond Monday midnight.", date(2031, 5, 14)) == [("Monday midnight", "TIME", "2031-05-19T24:00")]
