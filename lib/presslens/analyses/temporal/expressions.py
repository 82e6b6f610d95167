"""Temporal expressions in news text, the TimeML way, resolved against the story's publication date.

Every expression gets a TimeML type (DATE, TIME, DURATION, SET) and value ("2024-01-16", "2024-01",
"2024-W03", "2024-WXX" (a week left unnumbered), "2024-10-XX" (a day of a month), "2024-Q1", "2023-WI", "2024", "202", "PRESENT_REF", "P3D", "XXXX-WXX-1"; '' when it cannot be
resolved) and what it was anchored on (publication, the previous expression, or nothing). The rules
are one table in `presslens.analyses.temporal.rules`; the conventions are HeidelTime's news rules (DOMAIN.md):

- explicit dates ("16 January 2024", "Jan. 16", "Friday (January 19)", "Wednesday (17)", unambiguous
  "16/01/2024", ISO "2024-01-16", both days of "24 and 25 April", "May" closing "between March and May"); a month or day without a year takes the publication year, minus one if
  that month lies after the publication month, plus one if it lies before it in a clause that speaks of the
  future ("will meet on April 7" in a May story);
- deictic expressions anchor on publication: a bare weekday is the latest such day on or before publication
  (the next on or after it in a future clause), "last Tuesday" strictly before, "this Friday" that day of the
  publication week, "next Friday" strictly after; "today", "yesterday", "tonight", "last night", "overnight"
  (date = the evening's day, date_end = publication), "this/last/next week, month, quarter, year", seasons,
  "year-end" (December 31), "N days/weeks/months/years ago", "now" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF);
- anaphoric expressions ("a day earlier", "the night before", "the following day", "later in the day", "two days
  later", "hours before", "that year", "the following month", "a year earlier" after a quarter) anchor on the last
  expression resolved before them, or on publication when none precedes ("two years later", "three months earlier" at the
  unit's granularity, as HeidelTime's UNDEF-REF rules); day offsets stay unresolved when that last
  date is not a day; periods named back ("the year-ago period", "the corresponding period last year", "the 1988
  period") are the period the story reports (the first quarter it mentions), "the latest period" the last quarter
  mentioned, and a comparison after a stretch of months ("for the first nine months ... a year earlier") the year before;
- years ("in 2010", "fiscal 1989", "early 2011", "the end of 1990"), decades ("the 1990s" -> 199), quarters
  ("the third quarter" -> 2024-Q3), seasons ("last fall" -> 2023-FA) are dates without a day span;
- durations ("two weeks" P2W, "the past 20 years" P20Y, "30-day" P30D), times ("5 p.m.", "Tuesday evening")
  and sets ("every week" P1W, "daily" P1D) are recognised as such: durations and sets never get a date.

`date` is the first day of the span and `date_end` its last day (None for a single day); they are set for
DATE expressions of a day, week or month (precision day | week | month | approximate) and for TIME
expressions that name their day. Without a publication date, expressions that need it stay unresolved.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from presslens.analyses.temporal.rules import MONTHS, NUMBER_WORDS, RULES, WEEKDAYS, Context, Resolved, Rule, month_year

if TYPE_CHECKING:
    from presslens.context import ArticleContext  # the context module builds on this one

__all__ = [
    "MONTHS", "NUMBER_WORDS", "WEEKDAYS", "TIME_EXPRESSION_COLUMNS", "TimeExpression", "article_tables", "clause_start",
    "clause_tense", "find_time_expressions", "month_year", "resolve",
]

TIME_EXPRESSION_COLUMNS = ("article_id", "start", "end", "text", "type", "value", "anchor")
_COMPILED: tuple[tuple[Rule, re.Pattern[str]], ...] = tuple((rule, re.compile(rule.pattern)) for rule in RULES)
_NEEDLES = tuple(sorted({n for rule in RULES for n in (*rule.needles, *rule.also)}))

# Tense of a clause ('may' in lower case only: not the month; a scheduled present 'kicks off', 'meets', 'turns 49' speaks of the
# future as news uses it): a future marker between the clause's start and the expression, with no finite past verb after it
# ("will meet on Monday", "talks are due to resume in April", "will be held on Monday", "agreed to buy it in February", "planned a march on Saturday"; not "will retaliate, a
# spokesman said on Monday", not "are expected to follow up on the agreements signed on Monday").
_CLAUSE_BREAK = re.compile(r"(?<![A-Z])\.(?!\d)|[!?,;:](?!\d)|[\n—–]")  # not the dots of "U.S." or "9.5"
_FUTURE_MARKER = re.compile(r"(?i)\b(?:will|shall|would|must|should|(?-i:may)|might|can|won['’]t|going\s+to|(?:is|are)\s+(?:due|to)\b|(?:set|slated|planning|plans?)\s+to|expects?|expected|anticipates?|as\s+(?:early|soon)\s+as|(?:scheduled|slated)\s+(?:for|to)|(?:supposed|likely)\s+to|effective|(?:agree|decide|plan|aim|promise|pledge|vow|intend|hope|want|seek|prepare|propose|program|programme|deadline)(?:s|d|ed)?\s+to|planned|scheduled|postponed|delayed|deferred|adjourned)\b|['’]ll\b|\b(?:is|are)(?=\s+$)"
                            r"|\b(?<!the\s)(?<!his\s)(?<!her\s)(?<!its\s)(?<!their\s)(?:begins|starts|opens|closes|resumes|reconvenes|convenes|kicks\s+off|takes\s+(?:place|effect|office)|meets|visits|arrives|heads|travels|flies|hosts|faces|turns\s+\d+|expires"
                            r"|(?<!\bto\s)(?<!\bnot\s)(?:meet|resume|begin|reconvene|convene|arrive))\b")
_FUTURE_AFTER = re.compile(r"(?i)\s*(?:will|shall|['’]ll)\b")
_PAST_VERB = re.compile(r"(?i)\b(?:was|were|had|did|said|told|came|went|took|made|began|met|left|saw|won|lost|fell|rose|held|(?-i:(?!hundred\b|[a-z]*eed\b)[a-z]{3,}ed))\b")  # not 'indeed', 'proceed', 'exceed', 'speed'
_NOT_FINITE_BEFORE = re.compile(r"(?i)\b(?:be|been|being|is|are|have|has|get|gets|remain|remains|stay|stays|become|becomes|a|an|the|its|their|his|her|our)\s+(?:\w+ly\s+|still\s+)?$")  # an auxiliary, a copula ('will stay closed') or a determiner
_REPORTING = re.compile(r"(?i)\b(?:said|says|told|announced|reported|stated|added|confirmed|noted)\b")
_FRONTED = re.compile(r"(?i)[\s(\"“]*(?:(?:and|but|so|then|also|on|by|from|as\s+of|early|late|later|earlier)\s+)*")  # nothing of the clause yet
_COMMA_AFTER = re.compile(r"\s*,(?!\s*(?:when|as|after|before|while|if|because|since|until|once)\b)")  # not 'On Friday, when ...'
_FUTURE_MAIN = re.compile(r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due\s+|going\s+)?to|plans?\s+to|(?:is|are)\s+(?:set|scheduled|slated|expected)\s+to)\b|['’]ll\b")
CLAUSE_WINDOW = 120  # characters looked back for a future marker


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression with its offsets, TimeML type and value, and resolved day span (None when it has none)."""

    start: int
    end: int
    text: str
    date: datetime.date | None  # `datetime.date`: the field name hides `date` inside the class
    date_end: datetime.date | None
    precision: str  # day | week | month | approximate ('' for expressions without a day span)
    kind: str  # explicit (a written date, its year perhaps from publication) | deictic (from publication) | anaphoric (from the expression before)
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: str = ""  # TimeML value, '' when unknown
    anchor: str = "none"  # publication | previous | none


_EXPLICIT_RULES = frozenset({"iso", "numeric", "weekday_paren_day", "first_day", "range_month", "month_day", "day_month", "spoken_month_day", "spoken_day_month", "month", "year", "decade", "season", "quarter"})
_ANAPHORIC_RULES = frozenset({"anaphoric_day", "anaphoric_offset", "anaphoric_shift", "anaphoric_hours", "year_earlier"})


def _kind(rule: Rule, found: Resolved) -> str:
    """explicit (a written date, even one whose year comes from publication) | deictic | anaphoric."""
    if rule.name in _ANAPHORIC_RULES or found.anchor == "previous":
        return "anaphoric"
    return "explicit" if rule.name in _EXPLICIT_RULES or found.anchor == "none" else "deictic"


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # no expression spans a blank line
# rank of every rule each needle gates; the second needle set ('also') of the rules that have one
_RULES_BY_NEEDLE = {n: frozenset(rank for rank, (rule, _) in enumerate(_COMPILED) if n in rule.needles) for n in _NEEDLES}
_ALSO = {rank: frozenset(rule.also) for rank, (rule, _) in enumerate(_COMPILED) if rule.also}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph."""
    cuts = [0, *(x for m in _PARAGRAPH_BREAK.finditer(text) for x in m.span()), len(text)]
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if b > a]


def _ranks(paragraph: str, needles: tuple[str, ...] = _NEEDLES) -> list[int]:
    """The ranks, in order, of the rules whose needles (and `also` needles) a lower-cased paragraph holds; `needles`:
    the needles looked for (those of the paragraph's whole text, which holds every needle of the paragraph)."""
    held = {n for n in needles if n in paragraph}
    ranks = set().union(*(_RULES_BY_NEEDLE[n] for n in held))
    return sorted(rank for rank in ranks if rank not in _ALSO or not _ALSO[rank].isdisjoint(held))


def _matches(text: str) -> list[tuple[Rule, re.Match[str]]]:
    """Non-overlapping rule matches in text order; at overlaps the earlier, then longer, then higher-priority match wins.

    A rule runs only on the paragraphs holding its needles (every match of it holds them)."""
    found = []
    lower = text.lower()
    whole = len(lower) == len(text)  # no character grew: a paragraph of `lower` holds the ASCII needles its own lower case holds
    needles = tuple(n for n in _NEEDLES if n in lower) if whole else _NEEDLES
    for start, end in _paragraphs(text):
        for rank in _ranks(lower[start:end] if whole else text[start:end].lower(), needles):
            rule, pattern = _COMPILED[rank]
            found += [(m.start(), -(m.end() - m.start()), rank, rule, m) for m in pattern.finditer(text, start, end) if m.end() > m.start()]
    found.sort(key=lambda item: item[:3])
    chosen: list[tuple[Rule, re.Match[str]]] = []
    last_end = -1
    for start, _, _, rule, m in found:
        if start >= last_end:
            chosen.append((rule, m))
            last_end = m.end()
    return chosen


def _is_past_verb(text: str, verb: re.Match[str]) -> bool:
    """Whether a past-tense-looking word is a finite past verb: not the participle of 'will be held', 'has been set',
    nor an adjective after a determiner ('a still unconfirmed date')."""
    return _REPORTING.fullmatch(verb.group(0)) is not None or _NOT_FINITE_BEFORE.search(text, 0, verb.start()) is None


def clause_start(text: str, start: int) -> int:
    """Where the clause holding text[start] begins (at most CLAUSE_WINDOW characters back)."""
    lo = max(0, start - CLAUSE_WINDOW)
    return max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)), default=lo)


def clause_tense(text: str, start: int, end: int) -> str:
    """The tense of the clause holding text[start:end]: 'future' (a future marker before it in its clause with no
    finite past verb after the marker, or 'will' right after it), 'past' (a past-tense verb in its clause), else ''."""
    if _FUTURE_AFTER.match(text, end):
        return "future"
    before = text[clause_start(text, start):start]
    markers = list(_FUTURE_MARKER.finditer(before))
    if markers and not any(_is_past_verb(before, m) for m in _PAST_VERB.finditer(before, markers[-1].end())):
        return "future"
    fronted = _FRONTED.fullmatch(before) and _COMMA_AFTER.match(text, end)
    if fronted:  # 'On Tuesday, the league plans to ...': a fronted date takes the tense of the clause it opens
        main_end = _CLAUSE_BREAK.search(text, fronted.end(), fronted.end() + CLAUSE_WINDOW)
        main = text[fronted.end():main_end.start() if main_end else fronted.end() + CLAUSE_WINDOW]
        marker = _FUTURE_MAIN.search(main)
        past = next((v for v in _PAST_VERB.finditer(main) if _is_past_verb(main, v)), None)
        if marker and (past is None or past.start() > marker.start()):
            return "future"
        if past:
            return "past"
    after = _CLAUSE_BREAK.search(text, end, end + CLAUSE_WINDOW)
    following = text[end:after.start() if after else end + CLAUSE_WINDOW]
    finite = any(_is_past_verb(following, v) for v in _PAST_VERB.finditer(following))  # not the participle of 'are expected'
    return "past" if _PAST_VERB.search(before) or finite else ""


def find_time_expressions(text: str, published: date | None) -> list[TimeExpression]:
    """Every temporal expression of `text` in order, resolved against `published` and the expressions before it."""
    return list(_expressions(text or "", published))


def _expressions(text: str, published: date | None) -> tuple[TimeExpression, ...]:
    """The expressions of `text` resolved against `published` (see `find_time_expressions`)."""
    expressions: list[TimeExpression] = []
    previous: Resolved | None = None
    previous_dated: Resolved | None = None
    last: Resolved | None = None
    story_quarter = ""
    for rule, m in _matches(text):
        context = Context(published, previous, previous_dated, partial(clause_tense, text, m.start(), m.end()), last, story_quarter)
        found = rule.normalise(m, context)
        if found is None:
            continue
        expressions.append(TimeExpression(
            m.start(), m.end(), m.group(0), found.date, found.date_end, found.precision, _kind(rule, found),
            found.type, found.value, found.anchor,
        ))
        if found.type in ("DATE", "TIME") and found.value[:1].isdigit() and rule.name != "year_earlier":  # shifts do not chain
            previous = found
        if found.date is not None:
            previous_dated = found
        last = found
        if found.type == "DATE" and found.value[4:6] in ("-Q", "-H"):
            story_quarter = story_quarter or found.value  # the period the story reports
    return tuple(expressions)


def resolve(expression: str, published: date | None) -> TimeExpression | None:
    """The first temporal expression found in a short phrase (a convenience for tests and notebooks)."""
    found = find_time_expressions(expression, published)
    return found[0] if found else None


def article_tables(context: ArticleContext, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The `time_expressions` rows of one article (offsets into its clean text; the expressions from its context)."""
    article_id = context.article.article_id
    return {"time_expressions": [
        {"article_id": article_id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "anchor": t.anchor}
        for t in context.time_expressions
    ]}
