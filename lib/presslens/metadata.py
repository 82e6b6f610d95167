"""Inference of a story's publication date, outlet and byline from raw pasted text.

Used only where the source gives no metadata (a `metadata.csv` row, CSV columns or HTML meta
tags win). Publication date, in order: a date on the byline line, a stand-alone date stamp or
"Published" line under the headline, an "Updated <date>" line, else the latest full date the
story states for its own events. Lines above the headline (crawl headers such as "Last update:
April 29, 2024" seen above a January story) are never used.
"""
from __future__ import annotations

import csv
import re
from datetime import date
from functools import lru_cache

from presslens.cleaning import StoryLines, is_byline
from presslens.paths import RESOURCES_DIR
from presslens.temporal import MONTHS, WEEKDAYS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+\(?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
_DATE_PATTERNS = (
    re.compile(r"\b" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:%|percent))" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
_UPDATED = re.compile(r"^(?:last\s+)?updated?\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"^(?:published|posted|first\s+published)\b", re.IGNORECASE)
_OUTLET_CUES = (
    re.compile(r"^Discover more from (?P<o>[A-Z][\w&.' -]{1,40}?)\s*$", re.MULTILINE),
    re.compile(r"\b(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) is now on (?:WhatsApp|Telegram|Google News)"),
    re.compile(r"\b(?P<o>[\w-]+\.(?:com|net|org|pk|ir|in|tv|news|co\.uk))\s+bureau\b", re.IGNORECASE),
    re.compile(r"\b(?:an?|the) (?P<o>(?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*) (?:query|inquiry|request for comment)\b"),
    re.compile(r"(?:Copyright\s*)?©\s*(?:19|20)\d{2}\s+(?P<o>[A-Z][\w&.' -]{1,40}?)(?:[.,|]|\s*$)", re.MULTILINE),
    re.compile(r"^Published in (?P<o>[A-Z][\w&.' -]{1,40}?),", re.MULTILINE),
    re.compile(r"^Source:\s*(?P<o>[A-Z][\w&.' -]{1,40}?)(?:\s+and\s+(?:news\s+)?agencies)?\s*$", re.MULTILINE),
    re.compile(r"^[A-Z][A-Z/ .'-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?\((?P<o>Reuters|AFP|AP|Xinhua|Anadolu|APP|IRNA|Bloomberg)\)\s*[-–—]", re.MULTILINE),
)


def parse_dates(text: str, reference_year: int | None = None) -> list[tuple[date, int, int, bool]]:
    """Full dates (day and month) in `text` as (date, start, end, year_stated); a missing year is inferred.

    A year-less date takes the year in which its stated weekday fits ("Friday (January 19)"),
    nearest the reference year; without a weekday, the reference year.
    """
    found: list[tuple[date, int, int, bool]] = []
    taken: list[range] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() in r for r in taken):
                continue
            month_text = m.group("month").lower().rstrip(".")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            year_text = m.group("year")
            weekday = m.groupdict().get("weekday")
            year = int(year_text) if year_text else _infer_year(month, int(m.group("day")), weekday, reference_year)
            if year is None:
                continue
            try:
                found.append((date(year, month, int(m.group("day"))), m.start(), m.end(), bool(year_text or weekday)))
            except ValueError:
                continue
            taken.append(range(m.start(), m.end()))
    return sorted(found, key=lambda item: item[1])


def _infer_year(month: int, day: int, weekday: str | None, reference_year: int | None) -> int | None:
    """The year for a year-less date: weekday-consistent nearest the reference, else the reference."""
    if reference_year is None:
        return None
    if weekday is None:
        return reference_year
    for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        try:
            if date(reference_year + delta, month, day).weekday() == WEEKDAYS[weekday.lower()]:
                return reference_year + delta
        except ValueError:
            continue
    return reference_year


def text_reference_year(text: str, default: int | None) -> int | None:
    """The most frequent four-digit year written in full dates of the text, else `default`."""
    years = [d.year for d, _, _, _ in parse_dates(text, None)]
    return max(set(years), key=years.count) if years else default


def infer_published(story: StoryLines, body_text: str, reference_year: int | None) -> date | None:
    """The publication date of a story (see module docstring for the order of evidence)."""
    year = text_reference_year("\n".join([*story.header, body_text]), reference_year)
    bylines = [ln for ln in story.header if is_byline(ln)]
    stamps = [ln for ln in story.header if _PUBLISHED.match(ln) or _is_date_stamp(ln)]
    updates = [ln for ln in story.header if _UPDATED.match(ln)]
    for group in (bylines, stamps, updates):
        for line in group:
            dates = parse_dates(line, year)
            if dates:
                return dates[0][0]
    return latest_event_date(parse_dates(body_text, year))


def latest_event_date(dates: list[tuple[date, int, int, bool]]) -> date | None:
    """The latest date a story states, after moving year-less dates that would follow the latest
    dated-for-sure one (stated year or weekday) back one year ("October 7" in a January story)."""
    if not dates:
        return None
    certain = [d for d, _, _, sure in dates if sure]
    anchor = max(certain) if certain else None
    resolved = [
        d.replace(year=d.year - 1) if anchor and not sure and d > anchor and not (d.month == 2 and d.day == 29) else d
        for d, _, _, sure in dates
    ]
    return max(resolved)


def _is_date_stamp(line: str) -> bool:
    """A header line that is essentially a date (and perhaps a time), e.g. '09:39 AM, January 17, 2024'."""
    rest = line
    for _, start, end, _ in parse_dates(line, None):
        rest = line[:start] + line[end:]
    return rest != line and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:AM|PM|GMT|UTC|PKT|IST)\b", "", rest, flags=re.I))


def infer_byline(story: StoryLines) -> str:
    """The author or bureau line of a story, without "By" or any date on it."""
    if story.byline:
        name = re.sub(r"^(?i:by)\s+", "", story.byline)
        dates = parse_dates(name, 2000)
        return (name[: dates[0][1]] if dates else name).strip(" ,|-")
    for line in story.header:
        if re.search(r"\bbureau\b|\bcorrespondent\b|\bstaff reporter\b", line, re.IGNORECASE):
            return line.strip()
    return ""


@lru_cache(maxsize=1)
def _outlet_aliases() -> dict[str, str]:
    """Lower-cased outlet alias (name or domain) to canonical outlet name, from resources/outlets.csv."""
    with (RESOURCES_DIR / "outlets.csv").open(encoding="utf-8", newline="") as handle:
        return {alias.strip().lower(): row["name"] for row in csv.DictReader(handle) for alias in row["aliases"].split("|")}


def canonical_outlet(name: str) -> str:
    """The canonical name of an outlet as written (domain or name); unknown names are kept as written."""
    cleaned = re.sub(r"^(?:www\.)", "", name.strip())
    return _outlet_aliases().get(cleaned.lower(), cleaned)


def infer_outlet(raw_text: str) -> str:
    """The outlet named by site furniture in a file (newsletter prompts, bureau lines, 'an X query', ©)."""
    for pattern in _OUTLET_CUES:
        for m in pattern.finditer(raw_text):
            candidate = m.group("o").strip()
            if candidate.lower() not in {"the", "a", "an", "social media"}:
                return canonical_outlet(candidate)
    return ""
