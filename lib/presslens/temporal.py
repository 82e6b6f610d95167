"""Temporal expressions in news text, resolved against the story's publication date.

Conventions follow HeidelTime's news rules (see DOMAIN.md):
- explicit dates ("16 January 2024", "Jan. 16", "January 16, 2024", "Friday (January 19)",
  "Wednesday (17)", unambiguous "16/01/2024", ISO "2024-01-16"); a month without a year takes the
  publication year, minus one if that month lies after the publication month;
- deictic expressions anchor on the publication date: a bare weekday ("on Tuesday", "Thursday's")
  is the latest such day on or before publication, "last Tuesday" is strictly before, "this Friday"
  is that day of the publication week, "next Friday" strictly after; "yesterday", "overnight" (the
  night before publication: date = the evening's day, date_end = publication), "this week",
  "earlier this month", "last month", "N days ago";
- anaphoric expressions ("a day earlier", "the night before", "the following day", "two days later",
  "hours before"; "two days after" only when no event follows it: "two days after Iran struck" is
  dated by the event coder) anchor on the last date resolved before them in the text, or on publication when
  none precedes; they stay unresolved when that last date is not a single day ("earlier this month
  ... the following day");
- partial dates: "in January", "by January" (not "by January 26"), "the December attack" (precision
  month), "mid-December" / "early January" / "late March" (precision approximate: days 11-20, 1-10,
  21-end).

`date` is the first day of the span and `date_end` its last day (None for a single day). Without a
publication date, expressions that need it (deictic ones, months or days without a year) stay
unresolved (`date is None`); explicit dates with a year and anaphoric ones after them still resolve.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from presslens.literal_scan import GatedPattern, GateText, gated

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

_MONTH = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)(?![\w-]))"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_NUM = r"(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"
_WEEKDAY_PREFIX = r"(?:(?:on|this|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\(\s*)?"

# (kind, pattern) in priority order: at one position the earliest listed pattern that matches wins.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("iso", r"\b" + _YEAR.replace("(?!\\d)", "") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("numeric", r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR),
        ("weekday_paren_day", r"\b(?i:(?:on|this|last|late|early)\s+)?" + _WEEKDAY + r"\s*\(\s*(?P<day>[0-3]?\d)\s*\)"),
        ("month_day", r"\b(?:" + _WEEKDAY_PREFIX + r")?" + _MONTH + r"\s+" + _DAY + r"(?:\s*\))?(?:,?\s+" + _YEAR + r")?"),
        ("day_month", r"\b(?:" + _WEEKDAY_PREFIX + r")?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:\s*\))?(?:,?\s+" + _YEAR + r")?"),
        ("part_month", r"(?i:\b(?P<part>early|mid|middle of|late|the end of|end of|the beginning of|beginning of)[-\s]+)" + _MONTH2 + r"(?:,?\s+" + _YEAR + r")?"),
        ("month_year", r"\b" + _MONTH2 + r",?\s+" + _YEAR),
        ("in_month", r"(?i:\b(?:in|during|since|by)\s+)" + _MONTH2 + r"(?![\w-])(?!\s*[0-3]?\d(?!\d))(?:,?\s+" + _YEAR + r")?"),
        ("the_month", r"(?i:\bthe\s+)" + _MONTH2 + r"(?=\s+[a-z])"),
        ("deictic_period", r"(?i)\b(?P<which>earlier this|this|last|past|previous|during the|earlier in the|later this)\s+(?P<unit>week|month)\b"),
        ("weekday", r"(?i:\b(?P<mod>last|this|next|on|late|early|on the night of)\s+)?" + _WEEKDAY + r"(?:['’]s)?\b"),
        ("yesterday", r"(?i)\b(?:the day before yesterday|yesterday|last night)\b"),
        ("today", r"(?i)\b(?:earlier today|today|this morning|tonight|this evening)\b"),
        ("overnight", r"(?i)\bovernight\b"),
        ("ago", r"(?i)\b" + _NUM + r"\s+(?P<unit>days?|weeks?)\s+ago\b"),
        ("anaphoric_named", r"(?i)\b(?P<phrase>the previous day|the day before|the night before|the evening before|the previous night|the following day|the next day|the same day|that day|that night|later that day|earlier that day)\b"),
        ("anaphoric_offset", r"(?i)(?<!than )(?<!nearly )(?<!almost )(?<!about )(?<!over )\b" + _NUM + r"\s+(?P<unit>days?|weeks?|hours?)\s+(?:(?P<dir>earlier|later)\b|(?P<dir2>before|after)\b(?!\s+[\w“\"‘'(]))"),
        ("anaphoric_hours", r"(?i)\b(?:just\s+|only\s+|a\s+few\s+|several\s+|few\s+)?hours\s+(?P<dir>earlier|before|later|after)\b"),
    )
)


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression with its offsets and resolved span (date is None when unresolvable)."""

    start: int
    end: int
    text: str
    date: date | None
    date_end: date | None
    precision: str  # day | week | month | approximate
    kind: str  # explicit | deictic | anaphoric


def month_year(month: int, published: date | None) -> int | None:
    """Year of a month written without one: the publication year, minus one if the month lies after publication's."""
    if published is None:
        return None
    return published.year - 1 if month > published.month else published.year


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    """A date, or None when the parts do not form one."""
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    """Month number of a month name or abbreviation."""
    return MONTHS[token.rstrip(".").lower()]


def _count(token: str) -> int:
    """An integer written as digits or a small number word."""
    token = token.lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def _week_start(day: date) -> date:
    """Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def _cap(end: date | None, published: date | None) -> date | None:
    """A span end no later than publication (past-tense periods that include 'now')."""
    if end is None or published is None:
        return end
    return min(end, published)


def _resolve_explicit(kind: str, m: re.Match[str], published: date | None) -> tuple[date | None, date | None, str]:
    """Resolve explicit and partial dates."""
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if kind == "iso":
        return _safe_date(year, int(groups["m"]), int(groups["d"])), None, "day"
    if kind == "numeric":
        first, second = int(groups["a"]), int(groups["b"])
        if first > 12 >= second or first == second:
            return _safe_date(year, second, first), None, "day"
        if second > 12 >= first:
            return _safe_date(year, first, second), None, "day"
        return None, None, "day"
    if kind == "weekday_paren_day":
        if published is None:
            return None, None, "day"
        day = int(groups["day"])
        ref = published if day <= published.day else published.replace(day=1) - timedelta(days=1)
        return _safe_date(ref.year, ref.month, day), None, "day"
    if kind in ("month_day", "day_month"):
        month = _month_number(groups["month"])
        return _safe_date(year or month_year(month, published), month, int(groups["day"])), None, "day"
    month = _month_number(groups["month2"])
    year = year or month_year(month, published)
    if year is None:
        return None, None, "month"
    if kind == "part_month":
        part = groups["part"].lower()
        if part.startswith("mid") or part.startswith("middle"):
            return date(year, month, 11), date(year, month, 20), "approximate"
        if part in ("early", "beginning of", "the beginning of"):
            return date(year, month, 1), date(year, month, 10), "approximate"
        return date(year, month, 21), last_day(year, month), "approximate"
    return date(year, month, 1), last_day(year, month), "month"


def _resolve_weekday(m: re.Match[str], published: date | None) -> tuple[date | None, date | None, str]:
    """Resolve a weekday against publication: bare/'on' = on or before, 'last' = strictly before."""
    if published is None:
        return None, None, "day"
    target = WEEKDAYS[m.group("weekday").lower()]
    mod = (m.group("mod") or "").lower()
    back = (published.weekday() - target) % 7
    if mod == "last":
        back = back or 7
    elif mod == "this":
        return _week_start(published) + timedelta(days=target), None, "day"
    elif mod == "next":
        ahead = (target - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead), None, "day"
    return published - timedelta(days=back), None, "day"


def _resolve_deictic(kind: str, m: re.Match[str], published: date | None) -> tuple[date | None, date | None, str]:
    """Resolve expressions anchored on the publication date."""
    if published is None:
        return None, None, "day"
    text = m.group(0).lower()
    if kind == "yesterday":
        return published - timedelta(days=2 if "before" in text else 1), None, "day"
    if kind == "today":
        return published, None, "day"
    if kind == "overnight":
        return published - timedelta(days=1), published, "day"
    if kind == "ago":
        amount = _count(m.group("num")) * (7 if m.group("unit").startswith("week") else 1)
        precise = m.group("num").isdigit() or m.group("num").lower() in ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        return published - timedelta(days=amount), None, "day" if precise else "approximate"
    which, unit = m.group("which").lower(), m.group("unit").lower()
    past = which in ("last", "past", "previous")
    if unit == "week":
        start = _week_start(published) - timedelta(days=7 if past else 0)
        return start, _cap(start + timedelta(days=6), published), "week"
    first = published.replace(day=1)
    if past:
        first = (first - timedelta(days=1)).replace(day=1)
    return first, _cap(last_day(first.year, first.month), published), "month"


def _resolve_anaphoric(kind: str, m: re.Match[str], anchor: date | None) -> tuple[date | None, date | None, str]:
    """Resolve expressions anchored on the last date mentioned (or publication when none precedes)."""
    if anchor is None:
        return None, None, "day"
    if kind == "anaphoric_hours":
        return anchor, None, "day"
    if kind == "anaphoric_named":
        phrase = m.group("phrase").lower()
        if phrase in ("the previous day", "the day before", "the night before", "the evening before", "the previous night"):
            return anchor - timedelta(days=1), None, "day"
        if phrase in ("the following day", "the next day"):
            return anchor + timedelta(days=1), None, "day"
        return anchor, None, "day"
    unit = m.group("unit").lower()
    if unit.startswith("hour"):
        return anchor, None, "day"
    num = m.group("num").lower()
    amount = _count(num) * (7 if unit.startswith("week") else 1)
    sign = -1 if (m.group("dir") or m.group("dir2")).lower() in ("earlier", "before") else 1
    precise = num.isdigit() or num not in ("several", "a few", "few")
    return anchor + timedelta(days=sign * amount), None, "day" if precise else "approximate"


_EXPLICIT = {"iso", "numeric", "weekday_paren_day", "month_day", "day_month", "part_month", "month_year", "in_month", "the_month"}
_DEICTIC = {"deictic_period", "weekday", "yesterday", "today", "overnight", "ago"}


def _kind_class(kind: str) -> str:
    """explicit | deictic | anaphoric for a pattern kind."""
    if kind in _EXPLICIT:
        return "explicit"
    return "deictic" if kind in _DEICTIC else "anaphoric"


_MONTH_WORDS = tuple(MONTHS)
_WEEKDAY_WORDS = tuple(WEEKDAYS)
# Per pattern kind, groups of strings: the lower-cased text must hold one string of each group for the kind to be
# tried (a cheap prefilter; "(", digits and hyphens are literal characters of their patterns, and a space in a needle
# is one in its pattern: "ago" has none, as its pattern allows any white space before it).
_NEEDLES: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (("-0", "-1"),), "numeric": (("/",),), "weekday_paren_day": (_WEEKDAY_WORDS, ("(",)), "month_day": (_MONTH_WORDS,),
    "day_month": (_MONTH_WORDS,), "part_month": (_MONTH_WORDS,), "month_year": (_MONTH_WORDS, ("19", "20")), "in_month": (_MONTH_WORDS,),
    "the_month": (_MONTH_WORDS,), "deictic_period": (("week", "month"),), "weekday": (_WEEKDAY_WORDS,),
    "yesterday": (("yesterday", "last night"),), "today": (("today", "this morning", "tonight", "this evening"),),
    "overnight": (("overnight",),), "ago": (("ago",),), "anaphoric_named": ((" day", " night", " evening"),),
    "anaphoric_offset": (("earlier", "later", "before", "after"),), "anaphoric_hours": (("hours",),),
}


_NEEDLE_GROUPS = frozenset(group for groups in _NEEDLES.values() for group in groups)


def _held_groups(lower: str) -> set[tuple[str, ...]]:
    """The needle groups (of any kind) one string of which the lower-cased text holds (each group checked once)."""
    return {group for group in _NEEDLE_GROUPS if any(needle in lower for needle in group)}


_GATED_PATTERNS = tuple((kind, gated(pattern)) for kind, pattern in _PATTERNS)


def gated_patterns() -> list[GatedPattern]:
    """The gated expression patterns, whose literals a caller may find ahead together (`GateText.prefetch`)."""
    return [pattern for _, pattern in _GATED_PATTERNS]


def _matches(source: GateText) -> list[tuple[str, re.Match[str]]]:
    """Non-overlapping pattern matches in text order; at overlaps the longer (then higher-priority) match wins."""
    held = _held_groups(source.text.lower() if source.lower is None else source.lower)
    found = [
        (kind, m, rank)
        for rank, (kind, pattern) in enumerate(_GATED_PATTERNS)
        if all(group in held for group in _NEEDLES[kind])
        for m in pattern.finditer(source)
    ]
    found.sort(key=lambda item: (item[1].start(), -(item[1].end() - item[1].start()), item[2]))
    chosen: list[tuple[str, re.Match[str]]] = []
    last_end = -1
    for kind, m, _rank in found:
        if m.start() >= last_end and m.end() > m.start():
            chosen.append((kind, m))
            last_end = m.end()
    return chosen


def find_time_expressions(text: str, published: date | None, source: GateText | None = None) -> list[TimeExpression]:
    """Every temporal expression of `text` in order, resolved against `published` and the running anchor.

    `source` is `text` already prepared for gated scans (`GateText(text)`), when the caller has it.
    """
    expressions: list[TimeExpression] = []
    anchor: date | None = None
    anchor_is_day = False
    for kind, m in _matches(source if source is not None else GateText(text or "")):
        cls = _kind_class(kind)
        if cls == "explicit":
            start, end, precision = _resolve_explicit(kind, m, published)
        elif kind == "weekday":
            start, end, precision = _resolve_weekday(m, published)
        elif cls == "deictic":
            start, end, precision = _resolve_deictic(kind, m, published)
        else:
            start, end, precision = _resolve_anaphoric(kind, m, (anchor if anchor_is_day else None) if anchor else published)
        expressions.append(TimeExpression(m.start(), m.end(), m.group(0), start, end, precision, cls))
        if start is not None:
            anchor, anchor_is_day = start, precision == "day"
    return expressions


def resolve(expression: str, published: date | None) -> TimeExpression | None:
    """The first temporal expression found in a short phrase (a convenience for tests and notebooks)."""
    found = find_time_expressions(expression, published)
    return found[0] if found else None
