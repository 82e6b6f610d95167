"""Inference of a story's publication date, outlet and byline from raw pasted text.

Used only where the source gives no metadata (a `metadata.csv` row, CSV columns or HTML meta
tags win). Publication date, in order: a date on the byline line, a stand-alone date stamp or
"Published" line under the headline, an "Updated <date>" line, the date in the page's address
("/2024/01/24/"), else the latest full date the story states for its own events. Lines above the
headline (crawl headers such as "Last update: April 29, 2024" seen above a January story) never
date the story, but a stated date after such a stamp is not the story's.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_right
from datetime import date
from functools import cache, lru_cache
from typing import NamedTuple

from presslens.analyses.temporal.expressions import clause_start, clause_tense
from presslens.analyses.temporal.rules import MONTHS, WEEKDAYS
from presslens.ingestion.cleaning import BY_PREFIX, CHANNEL_LINE, StoryLines, is_byline
from presslens.settings import DEFAULT_SETTINGS, Settings

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+\(?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2}))?"


def _letters_at(names: list[str], position: int) -> str:
    """The letters at `position` of `names`, for a character class."""
    return re.escape("".join(sorted({name[position] for name in names})))


# Each pattern starts with a lookahead on the first character(s) a match can have, so that the engine
# passes over most positions without trying the name alternations; the lookaheads change no match.
_DAY_FIRST = r"(?=[\d" + _letters_at(list(WEEKDAYS), 0) + r"])"
_NAME_FIRST = r"(?=[{}][{}])".format(*(_letters_at([*WEEKDAYS, *MONTHS], i) for i in (0, 1)))
_DATE_PATTERNS = (
    re.compile(_DAY_FIRST + r"\b" + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.IGNORECASE),
    re.compile(_NAME_FIRST + r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"\b(?!\s*(?:%|percent))" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"(?=[12])\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?:\b|(?=T\d))"),  # ISO, also "2024-01-18T04:01+0000"
    re.compile(r"(?=[12])(?<![\d/.])(?P<year>(?:19|20)\d{2})(?P<sep>[/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d/]|\.\d)"),  # "2024/01/22", "2024.01.22"
    re.compile(_NAME_FIRST + r"\b" + _MONTH + r"\s*-\s*" + _DAY + r"\s*-\s*(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE),  # "Jan - 17 - 2024"
)
# an all-number date stamp, "18/01/2024", "01/18/2024", "Thursday, 18.01.2024": see _numeric_match
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2})(?![\d/]|\.\d)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # every date pattern needs one
_TIME_WORDS = re.compile(r"\b(?:AM|PM|GMT|UTC|PKT|IST)\b", re.IGNORECASE)  # may stand beside a date stamp's date
_WORD_LETTERS = re.compile(r"[A-Za-z]{3,}")
_BY_PREFIX = re.compile(BY_PREFIX)
_BUREAU_LINE = re.compile(r"\bbureau\b|\bcorrespondent\b|\bstaff reporter\b", re.IGNORECASE)
_WWW_PREFIX = re.compile(r"^(?:www\.)")
_UPDATED = re.compile(r"^(?:last\s+)?updated?\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"(?:^|[|•·,–—-]\s*|\s)(?:published|posted|first\s+published)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE)  # "Published Jan 17", "Jane Doe | Published on 17 January"
_BACKGROUND = re.compile(r"(?i)\bhad\s+(?:(?:been|not|already|first|earlier|also)\s+)*[a-z]+(?:ed|en|wn|ung|ught|ade|ent|id|one)\b|\bsince\b")  # a clause in the past perfect, or one opened by 'since' (the date starts a stretch: 'since the war began on Oct. 7')
_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)")
_WEEKDAY_NAME = re.compile(r"\b(?:" + "|".join(name.capitalize() for name in WEEKDAYS) + r")\b")
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’")  # a quotation inside one paragraph (in single quotes: up to the first ’)
_AGENCIES = "Reuters|AFP|AP|Associated Press|Agence France-Presse|Xinhua|Anadolu|Anadolu Agency|APP|IRNA|PTI|ANI|Bloomberg|dpa|Sputnik|TASS|Tasnim|Mehr|ISNA|Fars|Kyodo|Yonhap|UNI|IANS"
_DATELINE_DATE = re.compile(r"^[A-Z][A-Z/ .'-]+,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d{2})?)\s+\([^)]{2,40}\)\s*[-–—:]")
_OUTLET_CUES = (
    re.compile(r"^Discover more from (?P<o>[A-Z][\w&.' -]{1,40}?)\s*$", re.MULTILINE),
    re.compile(r"\b(?P<o>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}) is now on (?:WhatsApp|Telegram|Google News)"),
    re.compile(r"\b(?P<o>[\w-]+\.(?:com|net|org|pk|ir|in|tv|news|co\.uk))\s+bureau\b", re.IGNORECASE),
    re.compile(r"\b(?:an?|the) (?P<o>(?:[A-Z][\w&'-]*\s){0,3}[A-Z][\w&'-]*) (?:query|inquiry|request for comment)\b"),
    re.compile(r"(?:Copyright\s*)?©\s*(?:19|20)\d{2}\s+(?P<o>[A-Z][\w&.' -]{1,40}?)(?:[.,|]|\s*$)", re.MULTILINE),
    re.compile(r"^Published in (?P<o>[A-Z][\w&.' -]{1,40}?),", re.MULTILINE),
    re.compile(r"^Source:\s*(?P<o>[A-Z][\w&.' -]{1,40}?)(?:\s+and\s+(?:news\s+)?agencies)?\s*$", re.MULTILINE),
    # wire datelines, dated or not: "TEHRAN, Jan 29 (Reuters) -", "ISLAMABAD (AP) —", "(AP) —", "Tehran, IRNA –"
    re.compile(r"^(?:[A-Z][A-Za-z/ .'-]+(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d{2})?)?\s+)?\((?P<o>" + _AGENCIES + r")\)\s*[-–—:]", re.MULTILINE),
    re.compile(r"^[A-Z][A-Za-z]+,\s+(?P<o>" + _AGENCIES + r"|[A-Z]{2,6})\s*[-–—]", re.MULTILINE),  # "Tehran, IRNA –", any agency's acronym
    re.compile(r"\(Source:\s*(?P<o>[A-Z][\w&.' -]{1,40}?)\)"),
)
_PICTURE_CREDIT = re.compile(r"(?i)\b(?:photos?|pictures?|images?|screen\s?shots?|handouts?|graphics?|videos?|footage)$")  # "Source: File photos" credits a picture
_AGENCY_LINE = re.compile(r"^\s*(?:By\s+|[-–—|]\s*)?(?P<o>" + _AGENCIES + r")(?:\s+(?:staff|reporters?|news agency))?\s*$", re.MULTILINE)  # under the byline
_HEADER_LINES = 12  # where an agency line can stand
_URL_LINE = re.compile(r"^\s*(?:https?://)?(?:www\.)?(?P<o>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/\S*\s*$", re.MULTILINE | re.IGNORECASE)  # the page's own address
# a page title with the site's name after it: "Iran strikes militant bases | Al Jazeera", "... - Dawn"
_SITE_SUFFIX = re.compile(r"^(?P<title>.*\S)\s+[|–—-]\s+(?P<o>[^|–—]{2,45}?)\s*$")
_TITLE_LINES = 3  # non-blank lines at the top of a file where a page title can stand
_FOOTER_LINES = 3  # non-blank lines at the end of a story where a credit line can stand
# a credit line that is only "X News reported" (perhaps after a dash or "As", in brackets): never body prose or a quotation
_NEWS_REPORTED = re.compile(r"^[^\S\n]*[(\[—–-]?[^\S\n]*(?:As\s+)?(?P<o>[A-Z][\w&'-]+ News) (?:has |had )?reported[^\S\n]*[.:)\]]?[^\S\n]*$", re.MULTILINE)


class _DateMatch(NamedTuple):
    """One match of a date pattern, its year not yet resolved."""

    start: int
    end: int
    month: str
    day: str
    year: str | None
    weekday: str | None


def parse_dates(text: str, reference_year: int | None = None) -> list[tuple[date, int, int, bool]]:
    """Full dates (day and month) in `text` as (date, start, end, year_stated); a missing year is inferred.

    A year-less date takes the year in which its stated weekday fits ("Friday (January 19)"),
    nearest the reference year; without a weekday, the reference year.
    """
    return _resolve_dates(_date_matches(text), reference_year)


def _date_matches(text: str) -> list[list[_DateMatch]]:
    """The matches in `text` of each date pattern, pattern by pattern, the all-number dates last."""
    return [
        *(
            [
                _DateMatch(m.start(), m.end(), m.group("month"), m.group("day"), m.group("year"), m.groupdict().get("weekday"))
                for m in pattern.finditer(text)
            ]
            for pattern in _DATE_PATTERNS
        ),
        [found for m in _NUMERIC_DATE.finditer(text) if (found := _numeric_match(m))],
    ]


def _numeric_match(m: re.Match[str]) -> _DateMatch | None:
    """An all-number date whose order is certain: day and month told apart by a number above 12 ("18/01/2024",
    "01/18/2024") or by the weekday written before it; None when both orders stay possible ("05/01/2024")."""
    year, weekday = int(m.group("year")), m.group("weekday")
    readings = set()
    for day, month in ((int(m.group("a")), int(m.group("b"))), (int(m.group("b")), int(m.group("a")))):
        try:
            stated = date(year, month, day)
        except ValueError:
            continue
        if weekday is None or stated.weekday() == WEEKDAYS[weekday.lower()]:
            readings.add((day, month))
    if len(readings) != 1:
        return None
    [(day, month)] = readings
    return _DateMatch(m.start(), m.end(), str(month), str(day), m.group("year"), weekday)


def _tail_matches(matches: list[list[_DateMatch]], offset: int) -> list[list[_DateMatch]] | None:
    """The date matches of the text from `offset` on (just after a line break), taken from the matches of
    the whole text; None when a match runs across `offset`, so that the tail must be scanned by itself."""
    if any(m.start < offset <= m.end for pattern_matches in matches for m in pattern_matches):
        return None
    return [[m._replace(start=m.start - offset, end=m.end - offset) for m in pattern_matches if m.start >= offset] for pattern_matches in matches]


def _resolve_dates(matches: list[list[_DateMatch]], reference_year: int | None) -> list[tuple[date, int, int, bool]]:
    """The dates of date-pattern matches (see parse_dates), in text order; a match starting inside a match of an earlier
    pattern is left out."""
    found: list[tuple[date, int, int, bool]] = []
    taken_starts: list[int] = []  # the spans taken by earlier patterns, merged and sorted (binary search: linear overall)
    taken_ends: list[int] = []
    for pattern_matches in matches:
        spans: list[tuple[int, int]] = []
        for m in pattern_matches:
            i = bisect_right(taken_starts, m.start) - 1
            if i >= 0 and m.start < taken_ends[i]:
                continue
            month_text = m.month.lower().rstrip(".")
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            year = int(m.year) if m.year else _infer_year(month, int(m.day), m.weekday, reference_year)
            if year is None:
                continue
            try:
                found.append((date(year, month, int(m.day)), m.start, m.end, bool(m.year or m.weekday)))
            except ValueError:
                continue
            spans.append((m.start, m.end))
        taken_starts, taken_ends = _merged(list(zip(taken_starts, taken_ends)) + spans)
    return sorted(found, key=lambda item: item[1])


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Overlapping spans joined, as sorted starts and their ends."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


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


# a date in a page's address: ".../2024/01/24/slug", ".../2024-01-24/...", ".../20240118/slug-123.html"
_ADDRESS_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})(?:(?P<sep>[/-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))(?=[/.-]|$)")


def page_address(raw_text: str) -> str:
    """The page's own address on a line of its own among the first lines of a file, or ""."""
    head = "\n".join(raw_text.split("\n", _HEADER_LINES)[:_HEADER_LINES])
    m = _URL_LINE.search(head)
    return m.group(0).strip() if m else ""


def address_date(url: str) -> date | None:
    """The date written in a page address ("https://site.pk/2024/01/24/story/"), or None."""
    m = _ADDRESS_DATE.search(url.split("?")[0])
    if not m:
        return None
    try:
        return date(int(m.group("year")), int(m.group("month") or m.group("m2")), int(m.group("day") or m.group("d2")))
    except ValueError:
        return None


def _most_frequent_year(matches: list[list[_DateMatch]], default: int | None) -> int | None:
    """The most frequent four-digit year written in the full dates matched, else `default`."""
    years = [d.year for d, _, _, _ in _resolve_dates(matches, None)]
    return max(set(years), key=years.count) if years else default


def infer_published(story: StoryLines, body_text: str, reference_year: int | None, address: date | None = None) -> date | None:
    """The publication date of a story (see module docstring for the order of evidence); `address` is the date in the
    page's address, which comes after the header's stamps and before the dates the story states.

    Year-less dates take the most frequent year of the header and body (else `reference_year`). The header
    and body are scanned once, when a header date lacks its year or when no header line gives a date.
    """
    text = "\n".join([*story.header, body_text])

    @cache
    def text_matches() -> list[list[_DateMatch]]:
        """The date matches of the header and body, scanned on first use."""
        return _date_matches(text)

    bylines = [ln for ln in story.header if is_byline(ln)]
    stamps = [ln[m.end():] if (m := _PUBLISHED.search(ln)) else ln for ln in story.header if _PUBLISHED.search(ln) or _is_date_stamp(ln)]
    stamps += [m.group("date") for m in _DATELINE_DATE.finditer(body_text[:300])]  # "TEHRAN, Jan 29 (Reuters) -"
    updates = [ln for ln in story.header if _UPDATED.match(ln)]
    for group in (bylines, stamps, updates):
        for line in group:
            line_matches = _date_matches(line)
            years_stated = all(m.year for pattern_matches in line_matches for m in pattern_matches)
            dates = _resolve_dates(line_matches, None if years_stated else _most_frequent_year(text_matches(), reference_year))
            if dates:
                return dates[0][0]
    if address is not None:
        return address
    body_matches = _tail_matches(text_matches(), len(text) - len(body_text))
    year = _most_frequent_year(text_matches(), reference_year)
    found = _resolve_dates(_date_matches(body_text) if body_matches is None else body_matches, year)
    crawled = _crawl_date(story.above)
    stated = [d for d in _story_dates(_outside_quotations(found, body_text), body_text) if crawled is None or d[0] <= crawled]
    latest = latest_event_date(stated)
    if latest is None or _weekdays_agree(latest, body_text) or any(d == latest and sure and _on_a_stamp_line(body_text, start) for d, start, _, sure in stated):
        return latest
    return None


def _on_a_stamp_line(text: str, at: int) -> bool:
    """True when the line holding text[at] is no sentence (no sentence-final mark): with its year stated, a date stamp
    left in the body ("11:59 PM | 26 Jan, 2024")."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return _SENTENCE_MARK.search(line) is None


def _weekdays_agree(day: date, text: str) -> bool:
    """True when the story names no weekday outside a future clause, or names the weekday of `day` or of the day
    before it. A story that tells its news by weekdays ("on Saturday") and names neither of those two states only
    older dates ("the January 16 strikes"): the latest of them is not the day of publication."""
    told = {WEEKDAYS[m.group(0).lower()] for m in _WEEKDAY_NAME.finditer(text) if clause_tense(text, m.start(), m.end()) != "future"}
    return not told or bool({day.weekday(), (day.weekday() - 1) % 7} & told)


def _crawl_date(lines: list[str]) -> date | None:
    """The latest date of the update stamps above a headline ("Last update: April 29, 2024"): the page was saved
    then, so the story cannot be dated after it."""
    dates = [d for line in lines if _UPDATED.match(line) for d, _, _, _ in parse_dates(line, None)]
    return max(dates) if dates else None


def _story_dates(dates: list[tuple[date, int, int, bool]], text: str) -> list[tuple[date, int, int, bool]]:
    """The dates the story states for its own events: not one announced in a future clause ("elections are due on
    February 8, 2024"), nor background history in the past perfect or opening a stretch ("had been signed on March 3,
    2012", "since May 4, 2019", "since the war began on May 4")."""
    kept = []
    for found in dates:
        start = found[1]
        if _BACKGROUND.search(text, clause_start(text, start), start) or clause_tense(text, start, found[2]) == "future":
            continue
        kept.append(found)
    return kept


def _outside_quotations(dates: list[tuple[date, int, int, bool]], text: str) -> list[tuple[date, int, int, bool]]:
    """The dates (in text order) that do not lie inside a quotation of `text` (a speaker's date is not the story's)."""
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    kept, i = [], 0
    for found in dates:
        while i < len(quoted) and quoted[i][1] <= found[1]:
            i += 1
        if i < len(quoted) and quoted[i][0] <= found[1]:
            continue
        kept.append(found)
    return kept


def latest_event_date(dates: list[tuple[date, int, int, bool]]) -> date | None:
    """The latest date a story states, after moving year-less dates that would follow the latest
    dated-for-sure one (stated year or weekday) back one year ("October 7" in a January story). With no date
    dated for sure, the year-less dates are taken to lie in the shortest stretch of a year that holds them all
    ("January 16" and "October 7" span October to January: October 7 was the year before)."""
    if not dates:
        return None
    certain = [d for d, _, _, sure in dates if sure]
    anchor = max(certain) if certain else _stretch_end([d for d, _, _, _ in dates])
    resolved = [
        d.replace(year=d.year - 1) if anchor and not sure and d > anchor and not (d.month == 2 and d.day == 29) else d
        for d, _, _, sure in dates
    ]
    return max(resolved)


def _stretch_end(days: list[date]) -> date:
    """The last of `days` (dates of one year) in the shortest stretch of the calendar that holds them all, wrapping
    from December into January: the day before the widest gap between two of them (the latest day when that gap
    is the one from the latest day round to the earliest)."""
    ordered = sorted(set(days))
    gaps = [(later - earlier).days for earlier, later in zip(ordered, ordered[1:])]
    widest = max(range(len(gaps)), key=gaps.__getitem__, default=-1)
    wrap = 365 - (ordered[-1] - ordered[0]).days  # from the latest day round to the earliest of the next year
    return ordered[widest] if widest >= 0 and gaps[widest] > wrap else ordered[-1]


def _is_date_stamp(line: str) -> bool:
    """A header line that is essentially a date (and perhaps a time), e.g. '09:39 AM, January 17, 2024'."""
    if not _DIGIT.search(line):
        return False
    spans = sorted((start, end) for _, start, end, _ in parse_dates(line, None))
    if not spans:
        return False
    cuts = [0, *(i for span in spans for i in span), len(line)]
    rest = "".join(line[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    return rest != line and not _WORD_LETTERS.search(_TIME_WORDS.sub("", rest))


def infer_byline(story: StoryLines) -> str:
    """The author or bureau line of a story, without "By" or any date on it."""
    if story.byline:
        name = _BY_PREFIX.sub("", story.byline)
        dates = parse_dates(name, 2000)
        return (name[: dates[0][1]] if dates else name).strip(" ,|->→")
    for line in story.header:
        if _BUREAU_LINE.search(line):
            return line.strip()
    return ""


@lru_cache(maxsize=8)
def _outlet_aliases(settings: Settings) -> dict[str, str]:
    """Lower-cased outlet alias (name or domain) to canonical outlet name, from resources/outlets.csv."""
    with settings.open("outlets.csv") as handle:
        return {alias.strip().lower(): row["name"] for row in csv.DictReader(handle) for alias in row["aliases"].split("|")}


def canonical_outlet(name: str, settings: Settings = DEFAULT_SETTINGS) -> str:
    """The canonical name of an outlet as written (domain or name); unknown names are kept as written."""
    cleaned = _WWW_PREFIX.sub("", name.strip())
    return _outlet_aliases(settings).get(cleaned.lower(), cleaned)


def split_site_suffix(title: str, settings: Settings = DEFAULT_SETTINGS) -> tuple[str, str]:
    """A page title split into (headline, outlet) when it ends with a known outlet's name after '|', '-' or a dash
    ("Iran strikes militant bases | Al Jazeera"); (title, "") otherwise."""
    m = _SITE_SUFFIX.match(title.strip())
    outlet = _outlet_aliases(settings).get(m.group("o").lower(), "") if m else ""
    return (m.group("title"), outlet) if m and outlet else (title, "")


def _foot(raw_text: str) -> str:
    """The last few non-blank lines of a file."""
    return "\n".join([line for line in raw_text.split("\n") if line.strip()][-_FOOTER_LINES:])


def infer_outlet(raw_text: str, settings: Settings = DEFAULT_SETTINGS) -> str:
    """The outlet named by site furniture in a file: a known outlet's name (resources/outlets.csv) on a line of its own
    in the head or after a page title ("Headline | Dawn"), newsletter prompts, bureau lines, 'an X query', ©, wire datelines ("ISLAMABAD (Reuters) -", "(AP) —"),
    "(Source: X)", then a channel's name on a line of its own in the head ("Aaj English TV"), the page's address on a line of its own in the head (its domain, canonical when known), an
    agency line under the byline, then a credit line "X News reported" among the head or foot lines."""
    head_lines = raw_text.split("\n", _HEADER_LINES)[:_HEADER_LINES]
    aliases = _outlet_aliases(settings)
    named = next((aliases[line.strip().lower()] for line in head_lines if line.strip().lower() in aliases), "")
    if named:
        return named  # the site's name on a line of its own above or under the headline ("Dawn")
    titled = next((o for line in [x for x in head_lines if x.strip()][:_TITLE_LINES] if (o := split_site_suffix(line, settings)[1])), "")
    if titled:
        return titled
    head = "\n".join(head_lines)
    cues = (*((p, raw_text) for p in _OUTLET_CUES), (CHANNEL_LINE, head), (_URL_LINE, head), (_AGENCY_LINE, head), (_NEWS_REPORTED, head + "\n" + _foot(raw_text)))
    for pattern, text in cues:
        for m in pattern.finditer(text):
            candidate = m.group("o").strip()
            if candidate.lower() not in {"the", "a", "an", "social media"} and not _PICTURE_CREDIT.search(candidate):
                return canonical_outlet(candidate, settings)
    return ""
