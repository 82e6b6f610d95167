"""TimeML values and calendar arithmetic for temporal expressions (weeks, quarters, seasons, shifts).

Value strings follow TimeML 1.2 / TIMEX3 as HeidelTime writes them: `2024-01-16` (day), `2024-01` (month),
`2024-W03` (ISO week), `2024-W03-WE` (weekend), `2024-Q1` (quarter), `2024-H1` (half year), `2024-WI`
(season), `2024` (year), `202` (decade), `19` (century), `PRESENT_REF`, `P3D` (duration), `XXXX-WXX-1` (set).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNIT_LETTERS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y", "quarter": "Q"}
HALF_UNITS = {"year": "6M", "day": "T12H", "hour": "30M", "minute": "30S"}  # what 'and a half' adds to a count of the unit
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def day_value(day: date) -> str:
    """`2024-01-16`."""
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    """`2024-01`."""
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    """The ISO week holding `day`: `2024-W03`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_start(day: date) -> date:
    """Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def quarter_of(day: date) -> int:
    """1-4."""
    return (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, by: int) -> tuple[int, int]:
    """A quarter `by` quarters later (negative: earlier)."""
    index = year * 4 + quarter - 1 + by
    return index // 4, index % 4 + 1


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """A month `by` months later (negative: earlier)."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def shift_value(value: str, years: int) -> str:
    """A day, month, quarter, half, season or year value moved by whole years (`2024-Q3` -> `2023-Q3`); '' otherwise."""
    head, _, rest = value.partition("-")
    if len(head) != 4 or not head.isdigit() or (rest and rest[:1] == "W"):
        return ""
    year = int(head) + years
    if rest.count("-") == 1 and rest[:2] == "02" and rest.endswith("29") and not calendar.isleap(year):
        rest = "02-28"
    return f"{year:04d}" + (f"-{rest}" if rest else "")


def duration_value(amount: int | None, unit: str, half: bool = False) -> str:
    """`P3D`, `PT5H`, `P2Q` (TimeML's quarter unit, as HeidelTime writes it), `P10Y` for a decade, `P100Y` for a century;
    `X` for an unknown amount (`PXY`); with `half`, half a unit more where ISO 8601 can say it (`P2Y6M`, `PT1H30M`)."""
    unit = unit.lower().rstrip("s")
    if unit in ("decade", "centurie", "century"):
        return duration_value(None if amount is None else amount * (10 if unit == "decade" else 100), "year")
    count = "X" if amount is None else str(amount)
    letter = UNIT_LETTERS[unit]
    extra = HALF_UNITS.get(unit, "") if half and amount is not None else ""
    return f"PT{count}{letter}{extra}" if unit in ("second", "minute", "hour") else f"P{count}{letter}{extra}"


def season_year(season: str, published: date, which: str) -> int:
    """The year of a season: 'this past' = the latest such season before the current one, 'last' = the same but at the
    latest the one of the year before ('last spring' in an October story is the year before's);
    'next' = the first after the current one, otherwise the publication year (a winter belongs to the year of its
    December)."""
    order = tuple(SEASON_START_MONTH)
    current = published.year * 4 + order.index(_season_of(published)) - (4 if published.month < 3 else 0)
    if which in ("last", "this past"):
        ordinal = current - 1 - (current - 1 - order.index(season)) % 4
        return min(ordinal // 4, published.year - 1) if which == "last" else ordinal // 4
    if which == "next":
        ordinal = current + 1 + (order.index(season) - current - 1) % 4
        return ordinal // 4
    return published.year


def season_by_tense(season: str, published: date, tense: str, this: bool = False) -> int:
    """The year of a season named with no 'last' or 'next' ('in the fall', 'this summer'): in a future clause the current
    or coming one, in a past clause the current or latest one ('this' one at most two seasons back: 'this summer' said in
    March is the coming one), otherwise the one of the publication year, or the current one."""
    order = tuple(SEASON_START_MONTH)
    current = published.year * 4 + order.index(_season_of(published)) - (4 if published.month < 3 else 0)
    index = order.index(season)
    if tense == "future":
        return (current + (index - current) % 4) // 4
    if tense == "past" and (not this or (current - index) % 4 <= 2):
        return (current - (current - index) % 4) // 4
    return current // 4 if index == current % 4 else published.year


def _season_of(day: date) -> str:
    """The season holding `day` (meteorological: March-May spring ... December-February winter)."""
    return {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(day.month, "WI")
