"""The temporal-expression rules: one table of (name, pattern, normaliser), in priority order.

Each normaliser turns a match into a `Resolved` (TimeML type and value, the day span for dates of a
day, week or month, and what it was anchored on) using a `Context`: the publication date, the last
expression resolved before it, and the tense of its clause. The conventions are HeidelTime's news
rules (DOMAIN.md): deictic expressions anchor on publication, anaphoric ones on the last date
mentioned; a month or weekday without a year takes the latest one on or before publication unless
its clause speaks of the future ("will meet on Monday", "talks in April" in a March story).
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from presslens.analyses.temporal.values import (
    PART_OF_DAY,
    SEASONS,
    day_value,
    duration_value,
    last_day,
    month_value,
    quarter_of,
    season_by_tense,
    season_year,
    shift_month,
    shift_quarter,
    shift_value,
    week_start,
    week_value,
)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3,
}
# Counts of durations: exact number words (tens may take a unit word: "twenty-four"); vague ones give an X.
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
COUNT_WORDS = {
    **_UNITS, "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
}
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "a number of")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    **{word: n for n, word in enumerate(("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                                          "seventeenth", "eighteenth", "nineteenth", "twentieth"), 10)},
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)}, "thirtieth": 30, "thirty-first": 31,
}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
PRESENT_WORDS = ("now", "right now", "current", "currently", "at present", "at the moment", "nowadays", "these days", "the present")

_M = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)(?![\w-])"
_MONTH = f"(?P<month>{_M})"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_SPOKEN_DAY = r"(?P<day>(?:twenty[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|thirty[-\s]first)(?![\w-])"  # as transcripts spell days
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\d,.-]\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_COUNT = (rf"(?P<num>\d{{1,3}}(?:\.\d)?|(?:{_TENS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
          r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|"
          r"seven|eight|nine|an?(?:\s+hundred)?|hundred|several|a\s+few|few|many|some|(?:a\s+)?couple\s+of|a\s+number\s+of)")
_NUM = r"(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"  # counts of day offsets
_UNIT = r"(?P<unit>seconds|minute|hour|day|week|month|year|decade|centur(?:y|ie)|quarters)s?"  # "a second", "a quarter" are rarely times
_REL = r"(?P<rel>this|last|next|the\s+past|the\s+latest|the\s+most\s+recent|the\s+current|the\s+coming|the\s+previous|the\s+same|the\s+following|that|the\s+prior)"
_PART = r"(?P<part>early|mid|middle|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+last\s+half\s+of)"
_WEEKDAY_PREFIX = r"(?:(?:on|this\s+coming|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\(\s*)?"
_SPOKEN_TAIL = r"(?:" + _TENS + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred"
_SPOKEN_YEAR = r"(?:nineteen|eighteen)\s+(?:" + _SPOKEN_TAIL + r")\b"  # 'nineteen ninety-four' in broadcast transcripts
_CLOCK = r"(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?)(?:\s+(?:[ECMP][SD]?T|GMT|UTC)\b)?"


@dataclass(frozen=True)
class Resolved:
    """What a rule makes of a match: TimeML type and value, the day span (dates of a day, week or month) and the anchor."""

    type: str  # DATE | TIME | DURATION | SET
    value: str  # TimeML value; '' when unknown
    date: datetime.date | None = None  # `datetime.date`: the field name hides `date` inside the class
    date_end: datetime.date | None = None
    precision: str = ""  # day | week | month | approximate ('' when no day span)
    anchor: str = "none"  # publication | previous | none


@dataclass
class Context:
    """What a normaliser may use besides its match."""

    published: date | None
    previous: Resolved | None  # the last DATE or TIME resolved before with a calendar value ('1990', '1989-Q3', a day ...)
    previous_dated: Resolved | None  # the last one resolved before with a day span
    tense: Callable[[], str]  # the tense of the expression's clause: future | past | '' (unknown)
    last: Resolved | None = None  # the expression right before, of any type
    story_quarter: str = ""  # the first quarter or half the story mentions ('1989-Q3'): the period it reports

    def after_part_of_year(self) -> bool:
        """Whether the expression right before is a stretch of months or quarters ('the first nine months'): a
        comparison with it a year back ('a year earlier', 'the 1988 period') is one with the year before."""
        return self.last is not None and self.last.type == "DURATION" and self.last.value[-1:] in ("M", "Q")

    def period(self) -> str:
        """The quarter a period noun refers back to ('the year-ago period', 'the 1988 quarter'): the period the story
        reports, i.e. the first quarter or half it mentions (not one named in passing since: 'After a flat second
        quarter, ... the year-earlier period'), else the quarter of the last day mentioned ('' when none)."""
        previous = self.previous.value if self.previous is not None else ""
        if self.story_quarter:
            return self.story_quarter
        return f"{previous[:4]}-Q{(int(previous[5:7]) - 1) // 3 + 1}" if len(previous) == 10 else ""

    def future(self) -> bool:
        """Whether the expression's clause speaks of the future."""
        return self.tense() == "future"

    def day_anchor(self) -> tuple[date | None, str]:
        """What day offsets ('a day earlier') count from: the last day mentioned (None when the last dated
        expression was a longer span), else publication."""
        if self.previous_dated is not None:
            return (self.previous_dated.date if self.previous_dated.precision == "day" else None), "previous"
        return self.published, "publication"


Normaliser = Callable[[re.Match[str], Context], "Resolved | None"]  # None: the match is no temporal expression after all


def _lower(m: re.Match[str], group: str) -> str:
    """A group's text, lower-cased and single-spaced ('' when absent)."""
    return " ".join((m.group(group) or "").lower().split())


def month_number(token: str) -> int:
    """Month number of a month name or abbreviation."""
    return MONTHS[token.rstrip(".").lower()]


def count_of(token: str) -> int | None:
    """The number a count word or figure stands for; None for vague counts ("several")."""
    token = " ".join(token.lower().replace("-", " ").split())
    if token in VAGUE_COUNTS:
        return None
    if token.replace(".", "", 1).isdigit():
        return None if "." in token else int(token)
    if token in COUNT_WORDS:
        return COUNT_WORDS[token]
    tens, _, unit = token.partition(" ")
    return COUNT_WORDS[tens] + _UNITS[unit]


UPCOMING_MONTHS = 2  # a month without a year and tense this far ahead of publication is the coming one
UPCOMING_DAYS = 62  # a day without a year this far ahead of publication is the coming one, whatever the tense


def month_year(month: int, published: date | None, tense: str = "past") -> int | None:
    """Year of a month written without one: the publication year, minus one if the month lies after publication's in a
    past clause, plus one if it lies before it in a future clause (HeidelTime); when the tense is unknown, a month up
    to UPCOMING_MONTHS ahead is the coming one, any other the latest on or before publication."""
    if published is None:
        return None
    ahead = (month - published.month) % 12
    if tense == "future" or (not tense and 0 < ahead <= UPCOMING_MONTHS):
        return published.year + 1 if month < published.month else published.year
    return published.year - 1 if month > published.month else published.year


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    """A date, or None when the parts do not form one."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _cap(end: date, published: date) -> date:
    """A span end no later than publication (past-tense periods that include 'now')."""
    return min(end, published)


def _day(day: date | None, anchor: str) -> Resolved:
    """A DATE of one day (value '' when unresolved)."""
    return Resolved("DATE", day_value(day) if day else "", day, None, "day", anchor if day else "none")


def _month(year: int | None, month: int, anchor: str, part: str = "") -> Resolved:
    """A DATE of a month, or of its early/mid/late part (approximate span, TimeML value still the month)."""
    if year is None:
        return Resolved("DATE", "", precision="month")
    start, end, precision = date(year, month, 1), last_day(year, month), "month"
    if part:
        precision = "approximate"
        if part.startswith("mid") or part.startswith("middle") or part.startswith("the middle"):
            start, end = date(year, month, 11), date(year, month, 20)
        elif part in ("early", "beginning of", "the beginning of", "start of", "the start of"):
            end = date(year, month, 10)
        elif part.endswith("half of"):
            start, end = (start, date(year, month, 15)) if "first" in part else (date(year, month, 16), end)
        else:
            start = date(year, month, 21)
    return Resolved("DATE", month_value(year, month), start, end, precision, anchor)


def spoken_year_number(words: str) -> int:
    """'nineteen ninety-four' -> 1994, 'nineteen hundred' -> 1900."""
    century, tail = words.lower().split(None, 1)
    tail = " ".join(tail.split())
    return COUNT_WORDS[century] * 100 + (0 if tail == "hundred" else count_of(tail) or 0)


def _year_of(m: re.Match[str], ctx: Context) -> tuple[int | None, str]:
    """The year a match states (in figures or words, or as 'this/last/next year'), with its anchor."""
    stated = next((value for name, value in m.groupdict().items() if name.startswith("year") and value), None)
    if stated:
        return (int(stated) if stated.isdigit() else spoken_year_number(stated)), "none"
    relative = _lower(m, "relyear") if "relyear" in m.groupdict() else ""
    if relative and ctx.published is not None:
        return ctx.published.year + {"last": -1, "next": 1}.get(relative.split()[0], 0), "publication"
    return None, "none"


# --- explicit and partial dates ------------------------------------------------------------------

def iso(m: re.Match[str], ctx: Context) -> Resolved:
    """2024-01-16."""
    return _day(_safe_date(int(m.group("year")), int(m.group("m")), int(m.group("d"))), "none")


def numeric(m: re.Match[str], ctx: Context) -> Resolved:
    """16/01/2024 or 01/16/2024 when unambiguous (a day above 12, or both parts equal)."""
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if first > 12 >= second or first == second:
        return _day(_safe_date(year, second, first), "none")
    if second > 12 >= first:
        return _day(_safe_date(year, first, second), "none")
    return _day(None, "none")


_DAY_BEFORE = re.compile(_M + r"\s+[0-3]?\d(?:st|nd|rd|th)?(?:\s+(?:and|or|to)\s+|\s*[-–]\s*)$")


def second_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The second day of 'April 24 and 25', 'March 3 or 4', 'March 3-5': that day of the month just named (None when no
    month-day stands right before: 'between 10 and 25 people')."""
    if not _DAY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) or ctx.previous_dated is None or ctx.previous_dated.date is None:
        return None
    first = ctx.previous_dated.date
    return _day(_safe_date(first.year, first.month, int(m.group("day"))), ctx.previous_dated.anchor)


_MONTH_BEFORE = re.compile(_M + r"(?:,?\s+(?:1[89]|20)\d\d)?\s*(?:and|or|to|until|through|-|–)\s*$")


def range_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'May' closing a range or list of months ('between March and May', 'from February to May 2030'), where a bare 'May'
    is too often the verb to be taken alone (None when no month name stands right before)."""
    if not _MONTH_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    return month_year_rule(m, ctx)


def weekday_paren_day(m: re.Match[str], ctx: Context) -> Resolved:
    """'Wednesday (17)': that day of the publication month, or of the month before when after publication's day."""
    if ctx.published is None:
        return _day(None, "none")
    day = int(m.group("day"))
    ref = ctx.published if day <= ctx.published.day else ctx.published.replace(day=1) - timedelta(days=1)
    return _day(_safe_date(ref.year, ref.month, day), "publication")


def month_day(m: re.Match[str], ctx: Context) -> Resolved:
    """'January 16', '16 January 2024', 'Sept. 3, 2023', 'March eighth', 'the first of May' (a year-less day follows the
    month rule, tense included)."""
    day_text = m.group("day")
    month, day = month_number(m.group("month")), int(day_text) if day_text.isdigit() else ORDINAL_DAYS[day_text.lower().replace(" ", "-")]
    stated = m.groupdict().get("year") or m.groupdict().get("year_range")  # 'March 3-5, 2030': the range's year
    if stated:
        return _day(_safe_date(int(stated), month, day), "none")
    if ctx.published is not None:  # a day at most UPCOMING_DAYS ahead is the coming one: news names recent past days by weekday or with a year
        coming = next((d for d in (_safe_date(ctx.published.year + k, month, day) for k in (0, 1)) if d is not None and d >= ctx.published), None)
        if coming is not None and (coming - ctx.published).days <= UPCOMING_DAYS:
            return _day(coming, "publication")
    return _day(_safe_date(month_year(month, ctx.published, ctx.tense()), month, day), "publication")


def _range_opening(m: re.Match[str], ctx: Context) -> date | None:
    """The first day of the month a range or list of months opens with, when `m` is its second month ('between March and
    May', 'from November to April'): the last expression, a month named right before."""
    previous = ctx.previous.value if ctx.previous is not None else ""
    before = _MONTH_BEFORE.search(m.string, max(0, m.start("month") - 30), m.start("month"))
    if before is None or not re.fullmatch(r"\d{4}-\d\d", previous):
        return None
    return date(int(previous[:4]), int(previous[5:]), 1)


def _range_year(m: re.Match[str], ctx: Context, month: int, tense: str) -> int | None:
    """The year of a month opening a range of months ('between January and October'): the range's stated year, moved back
    when the range crosses a new year ('between November and February 2030'); outside past clauses the range running at
    publication ('the shelter opens from November to April' in December); else the month's year by its tense, one before
    when the range would then end after publication in a past clause ('visited between January and October' in January)."""
    end = month_number(m.group("range_end"))
    if m.group("range_year"):
        return int(m.group("range_year")) - (month > end)
    year_ = month_year(month, ctx.published, tense)
    if year_ is None or ctx.published is None:
        return year_
    if tense != "past":  # a range running at publication is that one ('the shelter opens from November to April')
        for start in (ctx.published.year - 1, ctx.published.year):
            if date(start, month, 1) <= ctx.published <= last_day(start + (end < month), end):
                return start
    ends_after = date(year_ + (end < month), end, 1) > ctx.published
    return year_ - 1 if tense == "past" and ends_after else year_


def month_year_rule(m: re.Match[str], ctx: Context) -> Resolved:
    """'December 2023', 'early January', 'in June', 'last April', 'this past April', 'January this year', 'the December
    attack'; the months of a range ('from November to April') are one stretch: the second on or after the first."""
    month = month_number(m.group("month"))
    part = _lower(m, "part") if "part" in m.groupdict() else ""
    year, anchor = _year_of(m, ctx)
    opening = _range_opening(m, ctx) if year is None else None
    if opening is not None:
        year, anchor = opening.year + (month < opening.month), "previous"
    elif year is None:
        which = _lower(m, "which") if "which" in m.groupdict() else ""
        anchor = "publication"
        if ctx.published is None:
            year = None
        elif which in ("last", "this past"):
            year = ctx.published.year if month < ctx.published.month else ctx.published.year - 1
        elif which == "next":
            year = ctx.published.year if month > ctx.published.month else ctx.published.year + 1
        elif which == "this":
            year = ctx.published.year
        else:
            since = m.group(0)[:5].lower() == "since"  # 'closed since June': a month gone by
            tense = "past" if since else "future" if _deadline(m, ctx, m.start("month")) else ctx.tense()
            in_range = m.groupdict().get("range_end")
            year = _range_year(m, ctx, month, tense) if in_range else month_year(month, ctx.published, tense)
    return _month(year, month, anchor, part)


def year(m: re.Match[str], ctx: Context) -> Resolved:
    """'1990', 'in 2010', 'fiscal 1989', 'mid-1996', 'the end of 1990'; its first or second half ('the first half of 1990',
    'the last two quarters of 1990'): 'YYYY-H1', 'YYYY-H2'."""
    part = _lower(m, "part") or _lower(m, "quarters")
    value = m.group("year")
    if part.endswith(("half of", "quarters of")):
        value += "-H1" if "first" in part else "-H2"
    return Resolved("DATE", value)


def year_period(m: re.Match[str], ctx: Context) -> Resolved:
    """'the 1988 period', 'the 1989 quarter': the quarter or half last mentioned (or that of the last day mentioned), in
    that year; the year itself after a stretch of months ('the first nine months') or with no quarter before."""
    value, period = m.group("year"), ctx.period()
    if ctx.after_part_of_year() or not period:
        return Resolved("DATE", value)
    return Resolved("DATE", value + period[4:], anchor="previous")


def decade(m: re.Match[str], ctx: Context) -> Resolved:
    """'the 1990s', 'the early 1980s', "the '80s", 'the nineties', "the last half of the '90s" -> '199'; 'the 20th century' -> '19'."""
    if m.group("century"):
        return Resolved("DATE", f"{int(m.group('century')) - 1:02d}")
    if m.group("digits"):
        return Resolved("DATE", m.group("digits")[:3])
    tens = DECADE_WORDS.get(_lower(m, "words")) if m.group("words") else int(m.group("short"))
    if ctx.published is None or tens is None:
        return Resolved("DATE", "")
    century = ctx.published.year // 100 if tens * 10 <= ctx.published.year % 100 else ctx.published.year // 100 - 1
    return Resolved("DATE", f"{century}{tens}", anchor="publication")


_STRETCH_BEFORE = re.compile(r"(?i)\b(?:over|for|throughout|within)\s+$")


def relative_decade(m: re.Match[str], ctx: Context) -> Resolved:
    """'this decade', 'the end of the decade' (the publication's: '203'), 'last decade', 'the last decade' (the one before:
    '202', as HeidelTime), 'next decade'; 'the past decade', 'the next decade' are ten years back or ahead of
    publication, a DURATION P10Y as 'the past ten years' is, and so is 'over the last decade' (a stretch)."""
    which = _lower(m, "dwhich")
    stretch = which == "the last" and _STRETCH_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
    if which in ("past", "the past", "the next", "the coming") or stretch:
        return Resolved("DURATION", "P10Y")
    if ctx.published is None:
        return Resolved("DATE", "")
    shift = {"last": -1, "the last": -1, "the previous": -1, "next": 1}.get(which, 0)
    return Resolved("DATE", f"{ctx.published.year // 10 + shift}", anchor="publication")


def season(m: re.Match[str], ctx: Context) -> Resolved:
    """'last fall', 'this summer', 'the winter of 1994', 'the autumn of last year', 'spring 2023' -> '2023-SP'; 'that
    summer' (of the year last mentioned); 'in the fall' by the tense of its clause ('got married in the fall' in January:
    the fall before)."""
    code = SEASONS[_lower(m, "season") or _lower(m, "season2")]
    stated, anchor = _year_of(m, ctx)
    if stated is not None:
        return Resolved("DATE", f"{stated:04d}-{code}", anchor=anchor)
    if ctx.published is None:
        return Resolved("DATE", "")
    which = _lower(m, "which")
    previous = ctx.previous.value[:4] if ctx.previous is not None else ""
    if which == "that" and previous.isdigit():  # 'in 2028 ... that autumn': the season of the year last mentioned
        return Resolved("DATE", f"{previous}-{code}", anchor="previous")
    which = "this past" if which == "past" else which
    if which in ("this past", "last", "next"):
        return Resolved("DATE", f"{season_year(code, ctx.published, which):04d}-{code}", anchor="publication")
    return Resolved("DATE", f"{season_by_tense(code, ctx.published, ctx.tense(), which == 'this'):04d}-{code}", anchor="publication")


def quarter(m: re.Match[str], ctx: Context) -> Resolved:
    """'the third quarter (of 1990)', 'fourth-quarter', "next year's first quarter", 'the fiscal second quarter'."""
    number = ORDINALS[_lower(m, "ordinal")] if m.group("ordinal") else int(m.group("qcode"))
    year_, anchor = _year_of(m, ctx)
    if year_ is None:
        if ctx.published is None:
            return Resolved("DATE", "")
        anchor, year_ = "publication", ctx.published.year
        started = number <= quarter_of(ctx.published)
        if not started and not ctx.future():
            year_ -= 1
    return Resolved("DATE", f"{year_:04d}-Q{number}", anchor=anchor)


_ENDED = re.compile(r"\s+(?:that\s+)?(?P<verb>ended|ending|ends)\s+" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?")


def _quarter_ended(m: re.Match[str], published: date) -> Resolved:
    """'the quarter ended July 31': the calendar quarter holding most of the three months that end that day (a fiscal
    quarter ended July 31 is mostly May to July: the second). A day without a year is the latest such day on or before
    publication ('ended'), or the nearest one ('ending')."""
    month, day = month_number(m.group("month")), int(m.group("day"))
    if m.group("year"):
        years: tuple[int, ...] = (int(m.group("year")),)
    else:
        years = (published.year - 1, published.year, published.year + 1)
    days = [d for d in (_safe_date(y, month, day) for y in years) if d is not None]
    if m.group("verb") == "ended" and not m.group("year"):
        days = [d for d in days if d <= published]
    if not days:
        return Resolved("DATE", "")
    end = min(days, key=lambda d: abs((d - published).days))
    middle = end - timedelta(days=45)
    return Resolved("DATE", f"{middle.year:04d}-Q{quarter_of(middle)}", anchor="none" if m.group("year") else "publication")


def relative_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    """'the quarter' / 'that quarter' / 'the latest period' (the last quarter mentioned, else the quarter the story reports,
    else the last one ended), 'the
    latest quarter' (the last one ended), 'this quarter', 'next quarter', 'last quarter'."""
    if ctx.published is None:
        return Resolved("DATE", "")
    which = _lower(m, "which")
    year_, number = ctx.published.year, quarter_of(ctx.published)
    ended = _ENDED.match(m.string, m.end()) if which in ("the", "that") else None
    if ended:
        return _quarter_ended(ended, ctx.published)
    if which in ("this", "the current"):
        return Resolved("DATE", f"{year_:04d}-Q{number}", anchor="publication")
    if which == "next":
        year_, number = shift_quarter(year_, number, 1)
        return Resolved("DATE", f"{year_:04d}-Q{number}", anchor="publication")
    if (which in ("the", "that") or m.group(0).lower().endswith("period")) and ctx.previous is not None and "-Q" in ctx.previous.value:
        return Resolved("DATE", ctx.previous.value, anchor="previous")
    if which in ("the", "that") and "-Q" in ctx.story_quarter:  # the quarter the story reports, named before
        return Resolved("DATE", ctx.story_quarter, anchor="previous")
    year_, number = shift_quarter(year_, number, -1)
    return Resolved("DATE", f"{year_:04d}-Q{number}", anchor="publication")


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")


def relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    """'this year', 'last year', 'early next year', 'the end of the year', 'that year', 'the following year'; its halves
    ('the first half of next year', 'the second half of the year': '2025-H2'); 'year-end'
    is the last day of the publication year, 'year end' and "year's end" that year as 'the end of the year' is (both of
    the year before after 'since')."""
    which = _lower(m, "rel") or "this"
    if m.group("fy_ended"):  # 'the fiscal year ended June 30': a year counted back from its end, as 'the year ended'
        return Resolved("DURATION", "P1Y")
    if m.group("year_end"):
        if ctx.published is None:
            return _day(None, "none")
        since = _SINCE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None
        if "-" not in m.group("year_end"):
            return Resolved("DATE", f"{ctx.published.year - since:04d}", anchor="publication")
        return _day(date(ctx.published.year - since, 12, 31), "publication")
    shift = {"last": -1, "the past": -1, "the latest": -1, "the most recent": -1, "next": 1, "the coming": 1, "the following": 1, "the previous": -1, "the prior": -1}.get(which, 0)
    half = next((_lower(m, g) for g in ("yhalf", "yhalf_fy", "yhalf_the") if m.group(g)), "")
    suffix = ("-H1" if half == "first" else "-H2") if half else ""
    if which in ("that", "the same", "the following", "the previous", "the prior") and ctx.previous is not None:
        return Resolved("DATE", f"{int(ctx.previous.value[:4]) + shift:04d}{suffix}", anchor="previous")
    if ctx.published is None:
        return Resolved("DATE", "")
    return Resolved("DATE", f"{ctx.published.year + shift:04d}{suffix}", anchor="publication")


def the_year(m: re.Match[str], ctx: Context) -> Resolved:
    """'for the year', 'the full year': the year the story is in (TimeML's anaphoric 'the year' of news copy, as in
    'the end of the year'); 'the year ended June 30', 'the year to March' are a year counted back from its end, a
    DURATION P1Y."""
    if m.group("ended"):
        return Resolved("DURATION", "P1Y")
    if ctx.published is None:
        return Resolved("DATE", "")
    return Resolved("DATE", f"{ctx.published.year:04d}", anchor="publication")


def year_earlier(m: re.Match[str], ctx: Context) -> Resolved:
    """'a year earlier', 'a year ago', 'year-earlier', 'the year-ago quarter': the last quarter, month or day mentioned,
    a year back; else the publication year minus one. A period a year back ('the year-ago period', 'the corresponding
    period last year', "last year's quarter", 'the quarter a year ago') is a quarter: that of the last day mentioned."""
    previous = ctx.previous.value if ctx.previous is not None else ""
    ago = "ago" in m.group(0).lower()
    if m.group("months"):  # 'the year-earlier nine months': the stretch itself, a year back
        return Resolved("DURATION", duration_value(count_of(m.group("num")), "month"))
    if m.group("period") and ctx.after_part_of_year() and ctx.last is not None:  # 'the nine months ... the year-earlier period'
        return Resolved("DURATION", ctx.last.value)
    if m.group("ordinal"):  # 'the year-ago third quarter': that quarter of the year before the period reported
        stated = ctx.period()[:4] or previous[:4]
        base_year = int(stated) if stated.isdigit() else ctx.published.year if ctx.published else None
        anchor = "previous" if stated.isdigit() else "publication"
        return Resolved("DATE", f"{base_year - 1:04d}-Q{ORDINALS[_lower(m, 'ordinal')]}" if base_year else "", anchor=anchor)
    if ctx.after_part_of_year():
        base = int(previous[:4]) if previous[:4].isdigit() else ctx.published.year if ctx.published else None
        return Resolved("DATE", f"{base - 1:04d}" if base else "", anchor="previous" if previous else "publication")
    if m.group("period") or m.group("period2") or m.group("period3"):
        previous = ctx.period() or previous
    if "-Q" in previous or "-H" in previous or (len(previous) in (7, 10) and not ago):
        return Resolved("DATE", shift_value(previous, -1), anchor="previous")
    if ctx.published is None:
        return Resolved("DATE", "")
    return Resolved("DATE", f"{ctx.published.year - 1:04d}", anchor="publication")


def relative_month(m: re.Match[str], ctx: Context) -> Resolved:
    """'this month', 'last month', 'next month', 'earlier this month'; 'the following month', 'the previous month',
    'that month' move the last month (or day) mentioned, else publication's."""
    which = _lower(m, "which")
    previous = ctx.previous.value if ctx.previous is not None else ""
    if which in ("the following", "the previous", "the prior", "that", "the same") and previous[4:5] == "-" and previous[5:7].isdigit():
        shift = {"the following": 1, "the previous": -1, "the prior": -1}.get(which, 0)
        return _month(*shift_month(int(previous[:4]), int(previous[5:7]), shift), "previous")
    if ctx.published is None:
        return Resolved("DATE", "", precision="month")
    shift = -1 if which in ("last", "past", "previous", "the previous", "the prior") else 1 if which in ("next", "the following") else 0
    year_, month = shift_month(ctx.published.year, ctx.published.month, shift)
    found = _month(year_, month, "publication")
    if shift == 0 and found.date_end is not None:
        found = Resolved(found.type, found.value, found.date, _cap(found.date_end, ctx.published), "month", "publication")
    return found


def relative_week(m: re.Match[str], ctx: Context) -> Resolved:
    """'this week', 'last week', 'next week', 'during the week', 'early this week', 'the end of the week' (of publication's)."""
    if ctx.published is None:
        return Resolved("DATE", "", precision="week")
    which = _lower(m, "which") or _lower(m, "which2")
    shift = -7 if which in ("last", "past", "previous") else 7 if which == "next" else 0
    start = week_start(ctx.published) + timedelta(days=shift)
    end = start + timedelta(days=6)
    return Resolved("DATE", week_value(start), start, _cap(end, ctx.published) if shift <= 0 else end, "week", "publication")


def the_week(m: re.Match[str], ctx: Context) -> Resolved:
    """'the week of March 6' (the ISO week of that day); a bare 'the week' ('for the week, the index fell') is a week
    of the publication year that TimeML leaves unnumbered: '2024-WXX'; 'the week to Friday', 'the week ended Oct. 6'
    are a week counted back from its end, a DURATION P1W."""
    if m.group("week_ended"):
        return Resolved("DURATION", "P1W")
    if m.group("month"):
        day = month_day(m, ctx)
        return Resolved("DATE", week_value(day.date), anchor=day.anchor) if day.date else Resolved("DATE", "")
    if ctx.published is None:
        return Resolved("DATE", "")
    return Resolved("DATE", f"{ctx.published.year:04d}-WXX", anchor="publication")


WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def week_of_month(m: re.Match[str], ctx: Context) -> Resolved:
    """'the second week of May (2030)': the ISO week holding the month's 8th (the 1st, 15th, 22nd; 'the last week': its
    last day but six), the month's year as a month without a year takes it."""
    month = month_number(m.group("month"))
    year_, anchor = (int(m.group("year")), "none") if m.group("year") else (month_year(month, ctx.published, ctx.tense()), "publication")
    if year_ is None:
        return Resolved("DATE", "")
    nth = _lower(m, "nth")
    day = last_day(year_, month) - timedelta(days=6) if nth in ("last", "final") else date(year_, month, 1 + 7 * WEEK_OF_MONTH[nth])
    start = week_start(day)
    return Resolved("DATE", week_value(day), start, start + timedelta(days=6), "week", anchor)


def weekend(m: re.Match[str], ctx: Context) -> Resolved:
    """'this weekend' (of the publication week), 'last weekend', 'the weekend' (the latest, or the coming one in future
    clauses), 'next weekend' -> '2024-W03-WE'."""
    if ctx.published is None:
        return Resolved("DATE", "")
    which, p = _lower(m, "which"), ctx.published
    if which == "this":
        saturday = week_start(p) + timedelta(days=5)
    elif which == "next" or ctx.future():
        saturday = p + timedelta(days=(5 - p.weekday()) % 7 + (7 if which == "next" and p.weekday() >= 5 else 0))
    else:
        saturday = p - timedelta(days=(p.weekday() - 5) % 7 + (7 if which == "last" and p.weekday() >= 5 else 0))
    return Resolved("DATE", week_value(saturday) + "-WE", anchor="publication")


_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|in\s+advance\s+of|before|until|till|for)\s+(?:(?:on|this)\s+)?$")


_COMMA_NEXT = re.compile(r"\s*,")
_DEADLINE = re.compile(r"(?i)\b(?:until|till|through|by|ahead\s+of)\s+(?:(?:on|this)\s+)?$")


def _deadline(m: re.Match[str], ctx: Context, start: int | None = None) -> bool:
    """Whether a day or month is a deadline or an awaited date in a clause of no stated tense ('has until Tuesday to
    reply', 'talks continue until Friday', 'has extended the loans through January'): the coming one. Not one that opens
    its sentence ('Until Thursday, they had not ...'): the tense of that sentence's clause is not known at the date.
    `start`: where the day or month name begins when the match opens with its preposition ('through January')."""
    start = m.start() if start is None else start
    return _DEADLINE.search(m.string, max(0, start - 20), start) is not None and not ctx.tense() and not _COMMA_NEXT.match(m.string, m.end())


def _upcoming(m: re.Match[str], ctx: Context) -> bool:
    """Whether a bare weekday is the coming one: in a future clause ('will meet on Monday'); a possessive one ('Wednesday's
    ruling') names a day that has come already unless it is awaited ('ahead of Sunday's vote', 'before Tuesday's talks'),
    whatever the tense of the clause ('they would look for ways around Wednesday's ruling')."""
    possessive = m.group(0).endswith(("'s", "’s"))
    awaited = not possessive or _AHEAD_OF.search(m.string, max(0, m.start() - 30), m.start("weekday")) is not None
    return (awaited and ctx.future()) or (not possessive and _deadline(m, ctx))


def weekday(m: re.Match[str], ctx: Context) -> Resolved:
    """A weekday: bare or 'on' = the latest on or before publication (the next on or after it in future clauses),
    'last' = strictly before, 'this' = that day of the publication week, 'next' = strictly after; 'the previous' /
    'the following' = strictly before / after the last day mentioned."""
    if ctx.published is None:
        return _day(None, "none")
    target = WEEKDAYS[m.group("weekday").lower()]
    mod = _lower(m, "mod")
    if mod in ("the previous", "the following"):  # strictly before / after the last day mentioned
        anchor, label = ctx.day_anchor()
        if anchor is None:
            return _day(None, "none")
        step = -1 if mod == "the previous" else 1
        return _day(anchor + timedelta(days=step * ((step * (target - anchor.weekday())) % 7 or 7)), label)
    back = (ctx.published.weekday() - target) % 7
    if mod == "this":
        day = week_start(ctx.published) + timedelta(days=target)
    elif mod == "next":
        day = ctx.published + timedelta(days=(target - ctx.published.weekday()) % 7 or 7)
    elif mod == "this coming":
        day = ctx.published + timedelta(days=(target - ctx.published.weekday()) % 7)
    elif mod == "last":
        day = ctx.published - timedelta(days=back or 7)
    elif _upcoming(m, ctx):
        day = ctx.published + timedelta(days=(target - ctx.published.weekday()) % 7)
    else:
        day = ctx.published - timedelta(days=back)
    return _day(day, "publication")


def day_next_to_weekday(m: re.Match[str], ctx: Context) -> Resolved:
    """'the day before last Tuesday's hearing', 'the day after Friday': the weekday as `weekday` resolves it, moved a day."""
    found = weekday(m, ctx)
    if found.date is None:
        return found
    return _day(found.date + timedelta(days=1 if _lower(m, "dir") == "after" else -1), found.anchor)


def spoken_year(m: re.Match[str], ctx: Context) -> Resolved:
    """Years as broadcast transcripts write them: 'nineteen ninety-six' -> 1996, 'the year two thousand' -> 2000."""
    if m.group("year_spoken"):
        return Resolved("DATE", f"{spoken_year_number(m.group('year_spoken')):04d}")
    return Resolved("DATE", f"{2000 + (count_of(m.group('after')) or 0) if m.group('after') else 2000:04d}")


HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25)}


EASTER_OFFSETS = {"good friday": -2, "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "easter week": -6}  # week: its Monday


def easter(year_: int) -> date:
    """Easter Sunday of a year (the Gregorian computus, 'anonymous' algorithm)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    h = (19 * a + b - b // 4 - (b - (b + 8) // 25 + 1) // 3 + 15) % 30
    weekday_shift = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    late = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * late + 114, 31)
    return date(year_, month, day + 1)


UPCOMING_HOLIDAY_DAYS = 14  # a holiday this close ahead is the coming one, whatever the tense ('the tsunami over the Christmas season' on Dec. 24)


def holiday(m: re.Match[str], ctx: Context) -> Resolved:
    """'Christmas', "New Year's Day", 'Thanksgiving' (the fourth Thursday of November), 'Election Day' (the Tuesday after the
    first Monday of November, as US elections are held), 'Easter', 'Good Friday', 'Easter Monday', 'Easter week' (the ISO
    week ending on Easter Sunday): the latest on or before publication, the coming one in a future clause or when it is
    at most UPCOMING_HOLIDAY_DAYS ahead, 'last'/'next' one strictly before/after, that of the year stated ('Christmas Day in
    2012')."""
    if ctx.published is None:
        return _day(None, "none")
    name, which = _lower(m, "holiday").replace("’", "'"), _lower(m, "which")

    def on(year_: int) -> date:
        if name in EASTER_OFFSETS:
            return easter(year_) + timedelta(days=EASTER_OFFSETS[name])
        first = date(year_, 11, 1)
        if name.startswith("thanksgiving"):
            return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        if name == "election day":  # the Tuesday after the first Monday of November
            return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
        return date(year_, *HOLIDAYS[name])

    before = [on(y) for y in (ctx.published.year - 1, ctx.published.year) if on(y) < ctx.published or (which != "last" and on(y) == ctx.published)]
    after = [on(y) for y in (ctx.published.year, ctx.published.year + 1) if on(y) > ctx.published or (which != "next" and on(y) == ctx.published)]
    upcoming = not which and (after[0] - ctx.published).days <= UPCOMING_HOLIDAY_DAYS
    future = which == "next" or (which != "last" and ctx.future()) or upcoming
    day = on(int(m.group("year"))) if m.group("year") else after[0] if future else before[-1]
    if name == "easter week":
        return Resolved("DATE", week_value(day), day, day + timedelta(days=6), "week", "publication")
    return _day(day, "publication")


# --- times of day ---------------------------------------------------------------------------------

def _time(day: date | None, clock: str, anchor: str, has_day: bool) -> Resolved:
    """A TIME on `day` at `clock` ('T17:00', 'TNI'); the day span only when the expression names the day."""
    if day is None:
        return Resolved("TIME", "")
    return Resolved("TIME", f"{day_value(day)}{clock}", day if has_day else None, None, "day" if has_day else "", anchor)


def _clock(m: re.Match[str]) -> str:
    """'T17:00' from a clock match, 'T12:00' for noon, 'T24:00' for midnight."""
    if m.groupdict().get("noon"):
        return "T12:00" if _lower(m, "noon") in ("noon", "midday") else "T24:00"
    if m.groupdict().get("pod"):  # '4 in the morning', '8 in the evening'
        hour = int(m.group("hour_pod")) % 12 + (0 if _lower(m, "pod") == "morning" else 12)
        return f"T{hour:02d}:{m.group('minute_pod') or '00'}"
    hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    return f"T{hour:02d}:{m.group('minute') or '00'}"


def clock_time(m: re.Match[str], ctx: Context) -> Resolved:
    """'5 p.m.', '10:35 a.m. EST', 'noon Thursday', 'Monday midnight', '9 a.m. Tuesday', 'midnight yesterday', '4 in the
    morning'."""
    if m.group("month"):
        found = month_day(m, ctx)
        return _time(found.date, _clock(m), found.anchor, True)
    day, has_day, anchor = _day_word(m, ctx)
    return _time(day, _clock(m), anchor, has_day)


def _day_word(m: re.Match[str], ctx: Context) -> tuple[date | None, bool, str]:
    """The day a time names ('Tuesday', 'yesterday', 'today') and whether it names one, with its anchor; a time naming
    no day ('at 5 p.m.') is on the last day mentioned before it, else on the publication day."""
    if ctx.published is None:
        return None, False, "none"
    word = " ".join((m.groupdict().get("dayword") or m.groupdict().get("dayword2") or "").lower().split())
    if not word:
        anchor, label = ctx.day_anchor()
        return (anchor, False, label) if anchor is not None else (ctx.published, False, "publication")
    if word in WEEKDAYS:
        back = (ctx.published.weekday() - WEEKDAYS[word]) % 7
        if ctx.future() or _deadline(m, ctx):
            return ctx.published + timedelta(days=(WEEKDAYS[word] - ctx.published.weekday()) % 7), True, "publication"
        return ctx.published - timedelta(days=back), True, "publication"
    return ctx.published + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0)), True, "publication"


def part_of_day(m: re.Match[str], ctx: Context) -> Resolved:
    """'Tuesday evening', 'Friday morning', 'yesterday afternoon', 'this morning', 'tonight', 'last night', 'overnight',
    'mid-afternoon (yesterday)', 'late afternoon' (on the last day mentioned)."""
    if ctx.published is None:
        return Resolved("TIME", "")
    word = _lower(m, "pword")
    if word in ("tonight", "this evening", "this morning", "this afternoon", "later this afternoon", "earlier this morning"):
        return _time(ctx.published, "T" + PART_OF_DAY[word.split()[-1].replace("tonight", "night")], "publication", True)
    if word in ("last night", "overnight"):
        found = _time(ctx.published - timedelta(days=1), "TNI", "publication", True)
        return Resolved(found.type, found.value, found.date, ctx.published if word == "overnight" else None, "day", "publication")
    day, has_day, anchor = _day_word(m, ctx)
    return _time(day, "T" + PART_OF_DAY[_lower(m, "part_of_day") or _lower(m, "part2")], anchor, has_day)


# --- deictic and anaphoric days -------------------------------------------------------------------

def named_day(m: re.Match[str], ctx: Context) -> Resolved:
    """'today', 'yesterday', 'the day before yesterday', 'tomorrow'."""
    if ctx.published is None:
        return _day(None, "none")
    word = _lower(m, "dword")
    shift = {"today": 0, "earlier today": 0, "later today": 0, "yesterday": -1, "the day before yesterday": -2, "tomorrow": 1, "the day after tomorrow": 2}[word]
    return _day(ctx.published + timedelta(days=shift), "publication")


def ago(m: re.Match[str], ctx: Context) -> Resolved:
    """'three days ago' (a day), 'two weeks ago' (a week), 'five months ago' (a month), 'ten years ago' (a year);
    vague counts ('several years ago') are PAST_REF."""
    amount = count_of(m.group("num"))
    unit = _lower(m, "unit").rstrip("s")
    if amount is None:
        return Resolved("DATE", "PAST_REF", anchor="publication")
    if ctx.published is None:
        return Resolved("DATE", "")
    p = ctx.published
    if unit == "day":
        day = p - timedelta(days=amount)
        return Resolved("DATE", day_value(day), day, None, "day", "publication")
    if unit == "week":
        start = week_start(p - timedelta(days=7 * amount))
        return Resolved("DATE", week_value(start), start, start + timedelta(days=6), "week", "publication")
    if unit == "month":
        return _month(*shift_month(p.year, p.month, -amount), "publication")
    years = amount * {"year": 1, "decade": 10, "centurie": 100, "century": 100}.get(unit, 0)
    if not years:
        return Resolved("DATE", "")
    return Resolved("DATE", f"{p.year - years:04d}", anchor="publication")


_EVENT_AFTER = re.compile(r"\s+[\w“\"‘']")  # 'the day before the vote': counted from an event, not from a date
_APPOSITION = re.compile(r"(?:\d|day)\s*,\s*$")  # 'Oct. 12, the day before the crash': the date just named


_SAME_DAY = ("that day", "that same day", "the same day")


def anaphoric_day(m: re.Match[str], ctx: Context) -> Resolved:
    """'the previous day', 'the night before', 'the following day', 'the day after', 'that day': the last day
    mentioned, moved. 'The day before/after <event>' is that event's neighbour: the day just named when it stands in
    apposition to it ('Oct. 12, the day before the crash'), else unknown."""
    phrase = _lower(m, "phrase")
    anchor, label = ctx.day_anchor()
    if anchor is None:
        month = ctx.previous_dated.value if ctx.previous_dated is not None else ""
        if phrase in _SAME_DAY and len(month) == 7:  # 'in October ... that same day': a day of that month
            return Resolved("DATE", month + "-XX", anchor="previous")
        return _day(None, "none")
    if phrase in ("the day before", "the day after") and _EVENT_AFTER.match(m.string, m.end()):
        return _day(anchor if _APPOSITION.search(m.string, max(0, m.start() - 12), m.start()) else None, label)
    if phrase in ("the previous day", "the day before", "the night before", "the evening before", "the previous night"):
        anchor -= timedelta(days=1)
    elif phrase.startswith(("the following ", "the next ")) or phrase == "the day after":
        anchor += timedelta(days=1)
    return _day(anchor, label)


def anaphoric_offset(m: re.Match[str], ctx: Context) -> Resolved:
    """'a day earlier', 'two days later', 'a week later', 'hours before', '48 hours later': the last day mentioned, moved.

    A deliberate departure from TimeML, which types the 'three days' of 'three days later' DURATION (P3D), makes 'later' a
    signal and leaves the day it points to to a non-consuming TIMEX3 anchored on the previous date: presslens keeps one
    row per expression and the timeline needs that day, so the row carries the day the non-consuming TIMEX3 would (a few
    TimeBank DURATION spans are therefore counted as dated)."""
    anchor, label = ctx.day_anchor()
    if anchor is None:
        return _day(None, "none")
    unit = _lower(m, "unit")
    num = _lower(m, "num") if m.groupdict().get("num") else ""
    amount = NUMBER_WORDS[num] if num in NUMBER_WORDS else int(num) if num.isdigit() else 0
    if not num or (unit.startswith("hour") and amount < 24):
        return _day(anchor, label)
    sign = -1 if (_lower(m, "dir") or _lower(m, "dir2")) in ("earlier", "before") else 1
    days = round(amount / 24) if unit.startswith("hour") else amount * (7 if unit.startswith("week") else 1)  # '48 hours later': two days
    day = anchor + timedelta(days=sign * days)
    return Resolved("DATE", day_value(day), day, None, "approximate" if num in ("several", "a few", "few") else "day", label)


def anaphoric_shift(m: re.Match[str], ctx: Context) -> Resolved | None:
    """'two years later', 'a year after', 'two years on,', 'three months earlier', 'a decade later' (HeidelTime's UNDEF-REF-unit-PLUS-n): the
    last date mentioned, moved, at the unit's granularity ('2031', '2031-06'); publication's when none precedes. A month
    shift after a bare year is unknown ('' value). 'A year earlier/before' is the `year_earlier` rule's."""
    amount = count_of(m.group("num"))
    unit = _lower(m, "unit").rstrip("s")
    if amount is None:
        return None
    later = (_lower(m, "dir") or _lower(m, "dir2") or _lower(m, "dir3")) in ("later", "after", "on")
    shift = amount * (10 if unit == "decade" else 1) * (1 if later else -1)
    previous = ctx.previous.value if ctx.previous is not None else ""
    if previous[:4].isdigit():
        base, anchor = previous, "previous"
    elif ctx.published is not None:
        base, anchor = day_value(ctx.published), "publication"
    else:
        return Resolved("DATE", "")
    if unit == "month":
        if base[4:5] != "-" or not base[5:7].isdigit():
            return Resolved("DATE", "", anchor="none")
        return _month(*shift_month(int(base[:4]), int(base[5:7]), shift), anchor)
    return Resolved("DATE", f"{int(base[:4]) + shift:04d}", anchor=anchor)


def reference(m: re.Match[str], ctx: Context) -> Resolved:
    """'now', 'currently', 'current' (PRESENT_REF); 'recently', 'in the past' (PAST_REF); 'soon', 'the future', 'will one day',
    'at a later date' (FUTURE_REF);
    'recent years', 'the coming weeks' (DURATION PXY, PXW: TimeML's stretches of unstated length)."""
    word = _lower(m, "ref")
    if word.split()[-1] in ("days", "weeks", "months", "years", "decades") and word not in PRESENT_WORDS:  # 'recent weeks', 'the coming years': stretches of unstated length
        return Resolved("DURATION", duration_value(None, word.split()[-1]))
    if word in PRESENT_WORDS:
        return Resolved("DATE", "PRESENT_REF", anchor="publication")
    if word in ("soon", "one day", "a later date", "a future date", "the future", "the near future", "the near term", "the short term", "the long term") or word.startswith("the coming") or word.startswith("coming"):
        return Resolved("DATE", "FUTURE_REF", anchor="publication")
    return Resolved("DATE", "PAST_REF", anchor="publication")


# --- durations and sets ---------------------------------------------------------------------------

def duration(m: re.Match[str], ctx: Context) -> Resolved:
    """'two weeks', 'a month', 'the past 20 years', '30-day', 'the first nine months', 'several years' (PXY), 'a couple of
    years' (P2Y), '2 1/2 years' and 'a year and a half' (P2Y6M, P1Y6M)."""
    unit = _lower(m, "unit").rstrip("s")
    num = m.groupdict().get("num")
    half = bool(m.groupdict().get("fraction") or m.groupdict().get("and_half"))
    return Resolved("DURATION", duration_value(count_of(num) if num else None, unit, half))


def set_rule(m: re.Match[str], ctx: Context) -> Resolved:
    """'every week', 'each month', 'daily', 'annually' (P1W, P1M, P1D, P1Y); 'every Thursday', 'Thursdays' (XXXX-WXX-4);
    'Thursday nights' (XXXX-WXX-4TNI)."""
    if m.group("weekdays"):
        part = _lower(m, "parts")
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[_lower(m, 'weekdays')] + 1}" + (f"T{PART_OF_DAY[part[:-1]]}" if part else ""))
    word = _lower(m, "sunit") or _lower(m, "adverb")
    if word in WEEKDAYS:
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    if word.rstrip(".") in MONTHS:
        return Resolved("SET", f"XXXX-{month_number(word):02d}")
    unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "hourly": "hour", "quarterly": "quarter"}.get(word, word)
    return Resolved("SET", duration_value(1, unit))


_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_NEEDLES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_NEEDLES = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur", "quarter")
_DIGITS = tuple("0123456789")
_WEEKDAY_NEEDLES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINAL_NEEDLES = (*_ORDINAL_UNITS, "tenth", "eleventh", "twelfth", "teenth", "tieth")
_YEAR_PART = r"(?:earlier|later|early|late|the\s+(?P<yhalf>first|second|last)\s+half\s+of|(?:by\s+)?the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of)"


@dataclass(frozen=True)
class Rule:
    """A named pattern, its normaliser, and literals one of which (lower-cased) a text must hold for it to be tried
    (and one of `also`, when given: every match holds one of each)."""

    name: str
    pattern: str
    normalise: Normaliser
    needles: tuple[str, ...]
    also: tuple[str, ...] = ()


# In priority order: at one position the longest match wins, then the earliest listed rule.
RULES: tuple[Rule, ...] = (
    # explicit days
    Rule("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", iso, ("-0", "-1")),
    Rule("numeric", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR, numeric, ("/",)),
    Rule("weekday_paren_day", r"\b(?i:(?:on|this|last|late|early)\s+)?" + _WEEKDAY + r"\s*\(\s*(?P<day>[0-3]?\d)\s*\)", weekday_paren_day, _WEEKDAY_NEEDLES, ("(",)),
    Rule("first_day", r"(?<![\d$£€.,:/-])\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=\s*(?:and|or|to|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?)",
         month_day, _MONTH_NEEDLES, _DIGITS),  # the first day of "24 and 25 April", "3-5 May": that day of the month named after the second
    Rule("range_month", r"(?:(?<=\sand\s)|(?<=\sor\s)|(?<=\sto\s)|(?<=\suntil\s)|(?<=\sthrough\s)|(?<=[-–]))(?P<month>May)\b(?!\s*[0-3]?\d\b(?!\d))(?:,?\s+" + _YEAR + r")?",
         range_month, ("may",)),
    Rule("second_day", r"(?:(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d\sto\s)|(?<=\d-)|(?<=\d–))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![\d,.]\d|\s*(?:%|percent))(?:,?\s+" + _YEAR + r")?",
         second_day, (" and ", " or ", " to ", "-", "–"), _DIGITS),
    Rule("month_day", r"\b(?:" + _WEEKDAY_PREFIX + r")?" + _MONTH + r"\s+" + _DAY + r"(?:\s*\))?(?:,?\s+" + _YEAR
         + r"|(?=(?:\s+(?:and|or|to)\s+|\s*[-–]\s*)[0-3]?\d(?:st|nd|rd|th)?,?\s+" + _YEAR.replace("year", "year_range") + r"))?", month_day, _MONTH_NEEDLES, _DIGITS),
    Rule("spoken_month_day", r"\b(?:" + _WEEKDAY_PREFIX + r")?" + _MONTH + r"\s+(?:the\s+)?" + _SPOKEN_DAY + r"(?:,?\s+" + _YEAR + r")?", month_day, _MONTH_NEEDLES, _ORDINAL_NEEDLES),
    Rule("spoken_day_month", r"\b(?:" + _WEEKDAY_PREFIX + r")?(?i:the\s+)" + _SPOKEN_DAY + r"\s+of\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?", month_day, _MONTH_NEEDLES, _ORDINAL_NEEDLES),
    Rule("day_month", r"\b(?:" + _WEEKDAY_PREFIX + r")?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:\s*\))?(?:,?\s+" + _YEAR + r")?", month_day, _MONTH_NEEDLES, _DIGITS),
    # months, years, decades, seasons, quarters (a bare "May" is too often the verb or a name)
    Rule("month", r"\b(?:(?i:" + _PART + r")[-\s]+|(?i:(?P<which>this\s+past|last|this|next))\s+|(?i:in|during|since|by|until|through|from)\s+|(?i:the)\s+(?=" + _M + r"\s+[a-z])|(?<!\d\s)(?<!before\s)(?<!after\s)(?!May\b(?!\s+(?:1[89]|20)\d\d\b|(?<=[Bb]etween\sMay)\s+and\s+" + _M + r")|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.?\s+(?:1[89]|20)\d\d)))"
         + _MONTH + r"(?!\.?\s*[0-3]?\d(?!\d)|\s+(?:the\s+)?" + _SPOKEN_DAY.replace("(?P<day>", "(?:") + r"|\s+(?:for|of)\s+(?:the\s+)?[A-Z]"
         r"|(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\s+[A-Z][a-z])"  # not the name of 'by Jan Novak'
         r"(?:,?\s+" + _YEAR + r"|(?i:\s+(?P<relyear>this|last|next)\s+year|,?\s+(?P<year_spoken>" + _SPOKEN_YEAR + r"))"
         r"|(?=\s*(?:and|or|to|through|until|till|-|–)\s*(?P<range_end>" + _M + r")(?:,?\s+(?P<range_year>(?:1[89]|20)\d\d)\b)?))?", month_year_rule, _MONTH_NEEDLES),
    Rule("year", r"(?:(?i:\b(?:" + _PART + r"[-\s]+|(?P<quarters>the\s+(?:first|second|last)\s+two\s+quarters\s+of)\s+|fiscal\s+(?:year\s+)?|(?:in|since|by|until|through|during|from|before|after|of)\s+|(?:pre|post)-))|(?<![$£€#.,\d-]))"
         + _YEAR + r"(?!['’]?s\b)(?!\s*(?:%|percent|per\b|people|shares|units|feet|metres|meters|miles|tons|troops|acres))", year, ("18", "19", "20")),
    Rule("year_period", r"(?i)\bthe\s+" + _YEAR + r"\s+(?:period|quarter)\b", year_period, ("period", "quarter"), ("18", "19", "20")),
    Rule("spoken_year", r"(?i)\b(?P<year_spoken>" + _SPOKEN_YEAR + r")(?!\s+(?:dollars|people|percent))"
         r"|\b(?:the\s+year\s+)two\s+thousand(?:\s+and)?(?:\s+(?P<after>one|two|three|four|five|six|seven|eight|nine|ten))?\b", spoken_year, ("nineteen", "eighteen", "two thousand")),
    Rule("holiday", r"(?i)\b(?:(?P<which>last|next|this)\s+)?(?P<holiday>thanksgiving(?:\s+day)?|(?-i:Election\s+Day|Good\s+Friday|Easter(?:\s+(?:Sunday|Day|Monday|week))?(?!\s+(?:eggs?|bunny|Island|Rising|Offensive)\b))|christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve))\b(?:,?\s+(?:in\s+|of\s+)?" + _YEAR + r")?", holiday, ("thanksgiving", "election day", "good friday", "easter", "christmas", "new year")),
    Rule("decade", r"(?i)\b(?:(?:the\s+)?(?:first|second|last)\s+half\s+of\s+)?(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?P<digits>1[5-9]\d0|20\d0)['’]?s\b|['’](?P<short>\d)0s\b|(?P<words>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
         r"|\b(?:the\s+)?(?P<century>1\d|20|21)(?:st|nd|rd|th)[-\s]century\b", decade, ("0s", "ties", "century")),
    Rule("relative_decade", r"(?i)\b(?:(?P<dwhich>this|last|next|past|the\s+(?:last|previous|current|past|next|coming))|(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+the)\s+decade\b(?!['’-]|\s+(?:of|ago|earlier|later|before|after)\b)",
         relative_decade, ("decade",)),
    Rule("season", r"(?i)\b(?:(?P<which>this\s+past|this|last|next|past|that|the\s+early|the\s+late|early|late|(?:(?<=in\s)|(?<=during\s)|(?<=by\s)|(?<=until\s)|(?<=over\s)|(?<=into\s)|(?<=through\s)|(?<=throughout\s)|(?<=since\s))the|in|during|mid)[-\s]+)(?P<season>spring|summer|fall|autumn|winter)\b(?:(?:\s+of)?\s+" + _YEAR + r"|(?:\s+of)?\s+(?P<year_spoken>" + _SPOKEN_YEAR + r")|(?:\s+of)?\s+(?P<relyear>this|last|next)\s+year\b)?"
         r"|\b(?P<season2>spring|summer|fall|autumn|winter)\s+" + _YEAR.replace("year", "year2"), season, ("spring", "summer", "fall", "autumn", "winter")),
    Rule("quarter", r"(?i)\b(?:the\s+|its\s+|(?P<relyear>this|last|next)\s+year['’]s\s+|" + _YEAR + r"\s+)?(?:(?:fiscal|calendar)[-\s]+)?(?:" + _YEAR.replace("year", "year_b") + r"\s+)?"
         r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:fiscal[-\s])?quarter\b|(?-i:Q(?P<qcode>[1-4]))\b)"
         r"(?:\s+of\s+(?:" + _YEAR.replace("year", "year_c") + r"|(?:this|last|next)\s+year|fiscal\s+" + _YEAR.replace("year", "year_d") + r")|(?-i:\s+" + _YEAR.replace("year", "year_e") + r"))?",
         quarter, ("quarter", "q1", "q2", "q3", "q4")),
    Rule("relative_quarter", r"(?i)\b(?P<which>the\s+current|the\s+latest|the\s+previous|the\s+most\s+recent|this|last|next|that|the)\s+(?:(?:fiscal\s+)?quarter|(?<=latest\s)period)\b(?![-\s]+(?:century|mile|to-|of\s+(?:a|an|the)\b))", relative_quarter, ("quarter", "period")),
    Rule("relative_year", r"(?i)\b(?:" + _YEAR_PART + r"\s+)?" + _REL + r"\s+(?:fiscal\s+|calendar\s+)?year\b(?!-)"
         r"|\b(?:" + _YEAR_PART.replace("yhalf", "yhalf_fy") + r"\s+)?the\s+fiscal\s+year\b(?:(?=\s+(?P<fy_ended>ended|ending)\b)|)|\b(?:the\s+)?(?:end|beginning|start|middle|(?P<yhalf_the>first|second|last)\s+half)\s+of\s+the\s+(?:fiscal\s+)?year\b"
         r"|\b(?:the\s+)?(?P<year_end>year[-\s]end|year['’]s\s+end)\b|\b(?:earlier|later)\s+in\s+the\s+year\b", relative_year, ("year",)),
    Rule("the_year", r"(?i)\bthe\s+(?:(?:full|whole|entire)\s+)?year\b(?:(?=\s+(?P<ended>ended|ending|to(?=\s+(?:the\s+end\s+of\s+)?" + _M + r")))|(?![-'’]|\s+(?:\d|two\s+thousand|ago|earlier|before|after|later|of\s+(?-i:[A-Z])|in\s+which)))", the_year, ("year",)),
    Rule("year_earlier", r"(?i)\b(?:(?:a|one|the)\s+)?(?:comparable\s+)?year[-\s](?:earlier|ago)\b(?:\s+(?:(?P<ordinal>first|second|third|fourth)[-\s])?(?P<period>quarter|period)|\s+(?P<months>" + _COUNT + r"\s+months)\b)?|\ba\s+year\s+before\b"
         r"|\bthe\s+(?:(?:corresponding|comparable|same)\s+)?(?P<period2>quarter|period)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b|\blast\s+year['’]s\s+(?P<period3>quarter|period)\b",
         year_earlier, ("year",)),
    Rule("relative_month", r"(?i)\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+month|(?P<which>earlier\s+this|later\s+this|this|last|past|the\s+previous|the\s+prior|previous|next|the\s+following|that|the\s+same|during\s+the|earlier\s+in\s+the|later\s+in\s+the)\s+month)\b",
         relative_month, ("month",)),
    Rule("relative_week", r"(?i)\b(?!(?<=[\"“])(?-i:This\s+Week))(?:(?:early|late|later|earlier)\s+)?(?P<which>this|last|past|previous|next|during\s+the|earlier\s+in\s+the)\s+week\b(?!\s+of\b)"  # not the show "This Week", nor 'the last week of August'
         r"|\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<which2>the|this|next|last)\s+week\b",
         relative_week, ("week",)),
    Rule("the_week", r"(?i)\bthe\s+week\b(?:(?<!of\sthe\sweek)|(?=['’]s))(?:(?=\s+(?P<week_ended>ended|ending|to)\s+(?-i:" + _WEEKDAY_NAMES + "|" + _M + r"))|\s+of\s+(?-i:" + _MONTH + r")\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?|(?!-|\s+(?:before|after|ended|ending|earlier|later|ago|of)\b))",
         the_week, ("week",)),
    Rule("week_of_month", r"(?i)\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+(?-i:" + _MONTH + r")(?:,?\s+" + _YEAR + r")?", week_of_month, ("week of",)),
    Rule("weekend", r"(?i)\b(?P<which>the|this|last|next|over\s+the)\s+weekend\b", weekend, ("weekend",)),
    # times of day
    Rule("part_of_day", r"(?i)\b(?P<pword>tonight|(?:later\s+|earlier\s+)?this\s+(?:morning|afternoon|evening)|last\s+night|overnight)\b"
         r"|\b(?:(?:early|late)\s+)?(?P<dayword>" + _WEEKDAY_NAMES + r"|yesterday|today|tomorrow)\s+(?P<part_of_day>morning|afternoon|evening|night)\b"
         r"|\b(?:mid[-\s]?|late\s+)(?P<part2>morning|afternoon|evening)\b(?:,?\s+(?:on\s+)?(?P<dayword2>" + _WEEKDAY_NAMES + r"|yesterday|today|tomorrow)\b)?", part_of_day, ("night", "morning", "afternoon", "evening")),
    Rule("clock_time", r"(?i)\b(?:(?P<dayword2>(?-i:" + _WEEKDAY_NAMES + r")|yesterday|today|tomorrow)\s+(?=(?:noon|midday|midnight)\b))?(?:" + _CLOCK + r"|(?P<noon>noon|midday|midnight)"
         r"|(?P<hour_pod>[01]?\d)(?:[:.](?P<minute_pod>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening))(?:,?\s+(?:on\s+)?(?:(?P<dayword>(?-i:" + _WEEKDAY_NAMES + r")|yesterday|today|tomorrow)|(?-i:" + _MONTH + r")\s+" + _DAY + r"))?",
         clock_time, ("am", "a.m", "pm", "p.m", "noon", "midday", "midnight", "in the"), _DIGITS + ("noon", "midday", "midnight")),
    # deictic and anaphoric days
    Rule("weekday", r"(?i:\b(?P<mod>this\s+coming|last|this|next|on|late|early|on\s+the\s+night\s+of|the\s+previous|the\s+following)\s+)?" + _WEEKDAY + r"(?:['’]s)?\b(?![-‐]\w|,?\s+(?:\(\s*)?(?:" + _M + r"\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + "))", weekday, _WEEKDAY_NEEDLES),
    Rule("day_next_to_weekday", r"(?i)\bthe\s+day\s+(?P<dir>before|after)\s+(?:(?P<mod>last|this|next)\s+)?" + _WEEKDAY + r"(?:['’]s)?\b",
         day_next_to_weekday, _WEEKDAY_NEEDLES, ("day before", "day after")),
    # not generic ('the leaders of tomorrow', "in today's world") nor a name ('USA Today', "Today's Parent")
    Rule("named_day", r"(?i)\b(?<!of\s)(?!(?<=[A-Z]\s)(?-i:Today)|(?-i:Today['’]s\s+[A-Z][a-z]))(?P<dword>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:earlier|later)\s+today|yesterday|today|tomorrow)\b"
         r"(?!['’]s\s+(?:world|youth|society|generation|children|young|kids)\b)", named_day, ("today", "yesterday", "tomorrow")),
    Rule("ago", r"(?i)\b" + _COUNT + r"\s+(?P<unit>days?|weeks?|months?|years?|decades?)(?:\s+or\s+so)?\s+ago\b", ago, ("ago",), _UNIT_NEEDLES),
    Rule("anaphoric_day", r"(?i)\b(?P<phrase>the\s+previous\s+day|the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow)\b)|the\s+night\s+before|the\s+evening\s+before|the\s+previous\s+night|the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|(?:that\s+|the\s+)same\s+day|that\s+day|that\s+night|(?:later|earlier)\s+(?:that\s+day|in\s+the\s+day))\b",
         anaphoric_day, ("day", "night", "evening", "morning", "afternoon")),
    Rule("anaphoric_offset", r"(?i)(?<!than )(?<!nearly )(?<!almost )(?<!about )(?<!over )\b" + _NUM + r"\s+(?P<unit>days?|weeks?|hours?)\s+(?:(?P<dir>earlier|later)\b|(?P<dir2>before|after)\b(?!\s+[\w“\"‘'(]))",
         anaphoric_offset, ("earlier", "later", "before", "after"), _UNIT_NEEDLES),
    Rule("anaphoric_shift", r"(?i)(?<!than )(?<!year and )(?<!years and )(?<!nearly )(?<!almost )(?<!about )(?<!over )\b(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
         r"(?P<unit>months?|years?|decades?)\s+(?:(?P<dir>later|earlier)\b|(?P<dir2>after|before)\b(?!\s+(?!that\b|this\b)[\w“\"‘'(])|(?P<dir3>on)(?=\s*,))(?<!\ba\syear\searlier)(?<!\ba\syear\sbefore)(?<!\bone\syear\searlier)",
         anaphoric_shift, ("later", "earlier", "after", "before", " on"), ("month", "year", "decade")),
    Rule("anaphoric_hours", r"(?i)\b(?:just\s+|only\s+|a\s+few\s+|several\s+|few\s+)?(?P<unit>hours)\s+(?P<dir>earlier|before|later|after)\b", anaphoric_offset, ("hours",)),
    # PRESENT_REF, PAST_REF, FUTURE_REF
    Rule("reference", r"(?i)\b(?P<ref>right\s+now|now(?!-)|currently|(?<!then\s)current(?![-\s]+(?:account|affairs|events)\b)|at\s+present|at\s+the\s+moment|nowadays|these\s+days|recently|lately"
         r"|(?<=in\s)the\s+past(?!\s+(?:\d|\w+\s+(?:days?|weeks?|months?|years?|decades?)|(?:days?|weeks?|months?|years?|decades?|quarters?|weekend)\b))"
         r"|recent\s+(?:days|weeks|months|years|decades)|(?:the\s+)?coming\s+(?:days|weeks|months|years|decades)|(?<!as\s)(?<!was\s)(?<!were\s)soon(?!\s+(?:after|before|afterwards?|thereafter|became|began|came|went|had|was|were|[a-z]{3,}ed)\b)|the\s+(?:near\s+)?future|the\s+(?:near|short|long)\s+term"
         r"|(?<=\bat\s)a\s+(?:later|future)\s+date"
         r"|(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)|(?<=\bmight\s)|(?<=\bmay\s)|(?<=\bshall\s))one\s+day(?!\s+(?:later|earlier|before|after|of|in|when|that)\b))\b",
         reference, ("now", "current", "present", "moment", "these days", "recent", "lately", "past", "coming", "soon", "future", "term", "one day", "date")),
    # durations and sets
    Rule("duration", r"(?i)\b(?:(?:the|a|its|their)\s+)?(?:(?:past|last|next|first|coming|previous|latest|final|following|remaining)\s+)?" + _COUNT
         + r"(?P<fraction>\s+1/2|\s*½)?(?:\s+more)?(?:[-\s]+(?:trading|business|working|calendar))?(?:\s+|-)" + _UNIT + r"(?:[-\s]long)?\b(?!-old)(?P<and_half>\s+and\s+a\s+half\b)?",
         duration, _UNIT_NEEDLES),
    Rule("vague_duration", r"(?i)\b(?:for|over|in|within)\s+(?P<unit>days|weeks|months|years|decades)\b(?!\s+(?:ago|to\s+come))", duration, ("days", "weeks", "months", "years", "decades")),
    Rule("set", r"(?i)\b(?:every|each|per)\s+(?:other\s+)?(?P<sunit>day|week|month|year|quarter|hour|(?-i:" + _WEEKDAY_NAMES + r"|January|February|March|April|May|June|July|August|September|October|November|December))\b"
         r"|\b(?P<adverb>daily|weekly|monthly|annually|yearly|hourly)\b"
         r"|\b(?:on\s+)?(?-i:(?P<weekdays>" + _WEEKDAY_NAMES + r"))(?:s\b|\s+(?P<parts>mornings|afternoons|evenings|nights)\b)", set_rule, ("every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly", *_WEEKDAY_NEEDLES)),
)
