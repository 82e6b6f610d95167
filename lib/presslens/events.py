"""Event coding: dated events with CAMEO codes and Goldstein scores, merged across outlets.

Per article (`article_tables`): each sentence is cut into clauses at subordinators ("after",
"while", "since", "two days after", ";" ...). Trigger rules (`resources/event_rules.csv`: a CAMEO
code, an event type, the kind of actor1 the rule needs, a target rule and a regular expression) fire
on the clause text.

Actors: the source (actor1) is the actor named just before the trigger as a possessive or adjective
("Iran's missile strikes", "Pakistani air strikes"), the antecedent of "which/who", the agent of a
passive ("were shot dead by X", "was carried out by X"), or else the clause's first actor that is not
inside a prepositional phrase, skipping one that only speaks ("Iran said ..."); "it/he/she" before
any named actor stands for the source of the previous event. The target (actor2) is the first other
actor after the trigger (or inside it: "summoned Pakistan's envoy"); "X and Y agreed" makes Y the
target; "... and against Iraq" adds a second target. "Both countries", "they", "the two neighbours"
stand for the two states named in the sentence, else the two states the article names most; violence
with such a plural subject is an "exchange of strikes". Actors are canonical names from the actor
dictionary, mapped to their state or body through their affiliation ("Iranian security forces" ->
Iran, "Guterres" -> United Nations); news media and datelines ("ISLAMABAD:") are never actors. Places
(`resources/places.csv`) stand for their country as targets only; unnamed perpetrators
(`resources/generic_actors.csv`) are "Unidentified militants" or the state of their scene; a coordinated
clause without a subject ("... and, on Jan. 18, hit back") keeps the last source; "X and Y" after a
strike's or a call's first target adds Y as a further target.

Dates: the temporal expression of the same clause (day precision first, then one within 40 characters,
then explicit dates; for violence the date of a saying, "said on Sunday that ...", comes last), else
one from a clause of the sentence that reports no event of its own, unless the clause sets its own time
("after days of tension", "amid ...", "less than a week after"); "N days after X" dates X N days before
the main clause's date, or before the last date of the text when the sentence has none ("The
conversation came a day after ..."). Deadlines ("by January 26") never date an event.
An undated event takes the date of the article's one dated event with the same actor1 and kind.
Expressions resolving after publication never date an event (the event stays undated).

Sentences without a trigger-word stem (`resources/event_keywords.txt`) are skipped.

Not coded: triggers inside long quotations (8+ words, or quotations continued from another
sentence) unless the quotation is the object of an act ("carried out \"precision strikes\""); violence
that is the topic of a statement ("concerned about the exchange of strikes"); habitual acts ("has for
years attacked"); accusations in a relative clause ("which Iran accuses of ..."); violence that a reaction (condemnation, protest, reduced relations) is about; cooperation
an appeal asks for; non-specific or unrealised actions ("any attack", "similar attacks", "will hold
talks", "would respond"); a bare "agreed" when the act agreed on is coded; cooperation without a
counterpart; events without a source actor, except violence with a stated casualty figure.
An article's repeated mentions of one dated event are merged into its first row (violence without a
source merges into the same day's violence whatever its source).

`casualties` encodes the figures stated in the event's clause as "killed N[, including M minors];
injured K" with "at least"/"over" kept ("killed at least 9").

Across articles (`corpus_tables`): dated events with the same actor1 and kind (violence codes 18-20
count as one kind; cooperation and exchanges of strikes are keyed by the unordered actor pair) and a
compatible target (equal, unknown, or one side an armed group) form one cluster when day-precise dates
lie within one day of the cluster's first date, a week/month/approximate span holds exactly one such
day cluster ("mid-December" joins 15 December), or spans are identical; an undated event
joins the one day-precise cluster of its kind dated within 60 days before its article's publication.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from presslens.actors import Actor, ActorDictionary, load_actors
from presslens.article import Article
from presslens.literal_scan import GatedPattern, GateText, LiteralSet, folded, gated, lowered, may_contain, required_literals
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.tables import table_columns
from presslens.temporal import NUMBER_WORDS, TimeExpression, find_time_expressions, gated_patterns
from presslens.text import sentence_spans

CAMEO_FILE = "cameo.csv"
RULES_FILE = "event_rules.csv"
PLACES_FILE = "places.csv"
KEYWORDS_FILE = "event_keywords.txt"
GENERIC_ACTORS_FILE = "generic_actors.csv"
UNIDENTIFIED_MILITANTS = Actor("Unidentified militants", "organization", "", "Militants", "", "", ())
EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_end", "date_text", "date_precision", "actor1", "actor2",
    "cameo_code", "event_type", "goldstein", "casualties", "text", "start", "end",
)
CLUSTER_COLUMNS = (
    "cluster_id", "date", "actor1", "actor2", "cameo_code", "event_type", "goldstein", "n_articles",
    "outlets", "article_ids", "casualty_claims",
)
_CLUSTER_FIELDS = ("article_id", "date", "date_end", "date_precision", "actor1", "actor2", "cameo_code", "event_type", "casualties")  # what clustering reads of an event
LONG_QUOTE_WORDS = 8
CLUSTER_WINDOW_DAYS = 1
UNDATED_LOOKBACK_DAYS = 60
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "approximate": 3}
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
MUTUAL_VIOLENCE = "exchange of strikes"
REACTION_ROOTS = frozenset({"11", "14", "16"})

_DATE_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)"
# Every break opens with ";", "," or a space: that leading class lets the regex engine skip other characters
# quickly. The alternatives after each opening keep their order (the first that matches wins); the last one,
# a break before a subordinator, tests its rare look-ahead before its look-behinds.
_BREAKS_BUT_SUBORDINATE = (
    r"[;,\s](?:(?<=;)"
    r"|(?<=,)(?:\s+(?:while|whereas|but)\s|\s+(?=and\s+(?:the|their)\s))"
    r"|(?<=\s)(?:[—–]\s|and,\s|(?=and\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}(?:were|was|had|have|has|are|is|returned|will|would)\b)|and\s+(?=on\s+" + _DATE_WORD + r")"
    r"|(?=(?:and\s+)?(?:days|weeks|months|years|decades) of\s)"
)
_SUBORDINATORS = ("after", "before", "since", "amid", "following")
_SUBORDINATE_BREAK = (
    r"|(?=(?:(?:(?:less|more) than |nearly |almost |about |barely |only )?(?:\w+ )?(?:days?|weeks?|months?|hours?) |shortly |soon |just |even )?(?:(?:after|before|since|amid)\s|following\s(?!days?\b)))"
    r"(?<!\bthan\s)(?<!\bnearly\s)(?<!\balmost\s)(?<!\babout\s)(?<!\bbarely\s)(?<!\bonly\s)(?<!\bthe day\s)(?<!\bthe night\s)(?<!\bthe week\s)(?<!\bhours\s)(?<!\bdays\s)(?<!\bhour\s)(?<!\bday\s)(?<!\bweek\s)(?<!\bweeks\s)(?<!\bmonth\s)(?<!\bmonths\s)"
)
_CLAUSE_BREAK = re.compile(_BREAKS_BUT_SUBORDINATE + _SUBORDINATE_BREAK + "))", re.IGNORECASE)
_CLAUSE_BREAK_WITHOUT_SUBORDINATOR = re.compile(_BREAKS_BUT_SUBORDINATE + "))", re.IGNORECASE)  # for sentences naming none of _SUBORDINATORS
_OWN_TIME_CLAUSE = re.compile(
    r"\W*(?:and\s+)?(?:(?:less|more) than |nearly |almost |about |barely |only )?(?:(?:after|before|since|following|amid)\s+)?"
    r"(?:(?:several|a few|many|some|\d+|an?|two|three|four|five)\s+)?(?:days?|weeks?|months?|years?|decades?)\b|\W*amid\b",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(
    r"(?<!than )(?<!nearly )(?<!almost )(?<!about )\W*(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(r"^(?:['’]s)?\s+(?:has |had |have )?(?:said|says|say|told|claimed|claims|reported|stated|added|insisted|alleged)\b", re.IGNORECASE)
_MODIFIER_GAP = re.compile(
    r"^(?:['’]s)?(?:\s+[“\"‘]?(?!(?:a|an|the|during|with|for|by|at|from|as|while|after|before|since|when|then|also|has|have|had|is|are|was|were|be|been|said|says|say|that|which|who|on|in|against|and|or|to|of|it|its|their|his|her|would|will|could|did|do|does|not|carried|launched|conducted)\b)[\w-]+(?<!ed)[”\"’,]*){0,4}\s+$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|killed|killing|attacked|attacking|struck|striking|targeted|targeting|hit|bombed|condemned|condemning|summoned|expelled|accused|blamed|urged)\s+$)|\b(?:of|to|in|on|at|by|from|with|against|into|inside|between|over|toward|towards|about|for|near|across|within|than)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r"^(?:\s+[\w-]+){0,3},?\s+(?:which|who)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_POST_PASSIVE = re.compile(r"^[^.;]{0,60}?\b(?:was|were)\s+(?:carried out|launched|conducted|claimed|perpetrated|staged)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_MORE_TARGET_GAP = re.compile(r"\band\s+(?:against|on|in|into|inside|targeting)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_HAPPENED = re.compile(
    r"(?:\b(?:any|future|possible|potential|further|no|similar|such)\s+(?:[\w-]+\s+){0,2}"
    r"|\b(?:for (?:years|decades|months)|long|repeatedly|routinely|regularly|often|frequently)\s+(?:[\w-]+\s+)?"
    r"|\b(?:will|would|could|might|may|shall|should|must|can|(?:plans?|planning|intends?|expected|threatened|vowed|wants?|is to|are to|invitation|invited|due|set|scheduled|ready|willing|offered|offer) to)\s+(?:not\s+|also\s+|soon\s+|likely\s+)?(?:be\s+)?(?:[\w-]+\s+){0,1})$",
    re.IGNORECASE,
)
_QUOTE_CHARS = re.compile(r"[“”\"]")
_QUOTE_AS_OBJECT = re.compile(r"\b(?:carried out|launched|conducted|staged|mounted|described as|called it|calling it)\s*$", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:fighters|militants|members|gunmen|operatives|cadres|insurgents|commanders|men)\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,", re.IGNORECASE)
_REACTION_IN_RELATIVE = re.compile(
    r"(?:\b(?:which|whom)|\b(?:attacks?|strikes?|bombings?|killings?|assaults?|raids?)(?:\s+(?:which|that))?)\s+(?:[A-Z][\w'’-]*\s+){1,3}$"
)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no later than)\s+$", re.IGNORECASE)
_SPEECH_DATE_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,4}|announced|reported|stated|added)\s+(?:late\s+|early\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"\W*and\b", re.IGNORECASE)
_LIST_GAP = re.compile(r"^(?:\s*,|\s+and|\s*,\s+and)\s+$", re.IGNORECASE)
_STATE_SCENE = re.compile(r"\bin\s+$", re.IGNORECASE)
_NOUN_IN_PHRASE = re.compile(r"\b(?:of|in|with|to|for|after|over|about|since|following|during|on)\s+(?:the|a|an|this|that|last|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GENERIC_NOT_ACTOR_AFTER = re.compile(r"\s+(?:of|from)\s|\s+(?:stations?|posts?|checkpoints?|headquarters|chiefs?|spokes(?:man|woman|person)|officials?|sources?|vehicles?|camps?)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_APPOSITIVE_GAP = re.compile(r"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z /-]+(?:,\s*[A-Z][a-z]{2}\.? \d{1,2})?\s*(?:\([^)]*\)\s*)?[:–—-]")
_TOPIC_PHRASE = re.compile(
    r"(?:\b(?:about|over)|\b(?:concerned|alarmed|worried|troubled|shocked|saddened|dismayed)[”\"’]?\s+(?:by|at))\s+(?:the|this|these|those|last|such)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BETWEEN_AFTER = re.compile(r"^\s+between\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she)\b", re.IGNORECASE)
_AGENT_GAP = re.compile(r"^\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
NEAR_TARGET_CHARS = 50
NEAR_DATE_CHARS = 40  # a day-precise expression this close to the trigger beats a farther explicit one
_PAIR_GAP = re.compile(r"^\s+and\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TARGET_SKIP_GAP = re.compile(r"\b(?:on|against|in|inside|at|into|targeting)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:both (?:countries|sides|nations|neighbou?rs|governments|capitals)|the two (?:[\w-]+ )?(?:countries|sides|nations|neighbou?rs|governments|states|capitals|ministers|leaders)"
    r"|they|their armies|their (?:[\w-]+ )?(?:ministers|leaders)|(?:the|their|both) ambassadors|each other|mutual|exchang(?:e|es|ed) (?:of )?(?:[\w-]+ )?(?:strikes|airstrikes|fire|attacks))\b",
    re.IGNORECASE,
)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})*(?![\d,]*\d)|a dozen|dozens of|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("several", "a few", "few")), key=len, reverse=True)) + r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds of)"
_QUAL = r"(?P<qual>at least |more than |over |nearly |about |around |some |up to )?"
_PERSON_NOUN = r"(?:people|persons?|civilians?|children|child|minors?|girls?|boys?|women|woman|men|man|soldiers?|officers?|police(?:men)?|guards?|troops|workers?|labou?rers?|members?|militants?|personnel|security forces|nationals|lives|villagers|fighters|pilgrims|passengers|residents|citizens|engineers|employees|policemen)"
_KILLED = (
    re.compile(r"\b(?:kill(?:ed|ing|s)?|left|leaving|claimed|claiming)\s+" + _QUAL + _NUMBER + r"(?:\s+[\w“”\"'’-]+){0,3}?\s*[“\"]?" + _PERSON_NOUN, re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|have been|had been|are|got)\s+(?:reportedly\s+)?(?:killed|shot dead|martyred|gunned down)", re.IGNORECASE),
    re.compile(r"\b(?:death|deaths|martyrdom|loss)\s+of\s+" + _QUAL + _NUMBER, re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|have\s+)?died\b", re.IGNORECASE),
)
_INJURED = (
    re.compile(r"\b(?:injur(?:ed|ing|ies to)|wound(?:ed|ing))\s+" + _QUAL + _NUMBER + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _QUAL + _NUMBER + r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|have been)\s+(?:injured|wounded)", re.IGNORECASE),
)
_INCLUDING = re.compile(r"^[^.;]{0,40}?\bincluding\s+" + _NUMBER + r"\s+(?P<who>children|minors|women|girls|boys|soldiers|civilians)", re.IGNORECASE)
_KILLED_NEEDLES = tuple(required_literals(p) for p in _KILLED)
_INJURED_NEEDLES = tuple(required_literals(p) for p in _INJURED)
_PLURAL_SUBJECT_GATE = gated(_PLURAL_SUBJECT)  # where its matches can start (see `_ArticleCoder._plural_subject`)
_RELATIVE_OPEN_NEEDLES = required_literals(_RELATIVE_OPEN)
_POST_PASSIVE_NEEDLES = required_literals(_POST_PASSIVE)
_TOPIC_PHRASE_NEEDLES = required_literals(_TOPIC_PHRASE)
# Case-sensitive twins for the lower-cased text (see `literal_scan.folded`): `_ArticleCoder._rx` picks them.
_FOLDED = {
    pattern: folded(pattern)
    for pattern in (
        _CLAUSE_BREAK, _CLAUSE_BREAK_WITHOUT_SUBORDINATOR, _PREPOSITION_BEFORE, _MEMBERS_OF, _PASSIVE_BEFORE, _NOT_HAPPENED,
        _SPEECH_DATE_BEFORE, _DEADLINE_BEFORE, _MODIFIER_GAP, _PAIR_GAP, _RELATIVE_GAP, _PRONOUN_SUBJECT, _COORDINATED,
        _GENERIC_NOT_ACTOR_AFTER, _SPEECH_AFTER, _NOUN_IN_PHRASE, _AGENT_GAP, _TARGET_SKIP_GAP, _MORE_TARGET_GAP, _LIST_GAP,
        _OWN_TIME_CLAUSE, _APPOSITIVE_GAP, _RELATIVE_OPEN, _BETWEEN_AFTER, _POST_PASSIVE, _PLURAL_SUBJECT, _TOPIC_PHRASE,
    )
}
_UNFOLDED = {pattern: pattern for pattern in _FOLDED}  # `_rx` when the text has no exact lower-cased form
_NUMBER_VALUES = {**NUMBER_WORDS, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                  "forty": 40, "fifty": 50, "a dozen": 12}


@dataclass(frozen=True)
class EventRule:
    """One trigger rule: CAMEO code, event type, required actor1 kind, target rule and compiled pattern."""

    cameo_code: str
    event_type: str
    actor1_kind: str  # state | nonstate | any
    target: str  # any | object (skip the victim in 'condemned the attack on X') | near (counterpart within 50 chars)
    pattern: re.Pattern[str]
    priority: int  # row number: earlier rules win overlaps and duplicates


@dataclass
class _Trigger:
    """A rule match inside a clause, with its resolved actors."""

    rule: EventRule
    start: int
    end: int
    actor1: str
    actor2: str
    mutual: bool
    extra: bool = False  # a further coordinated target of the same trigger


@lru_cache(maxsize=8)
def load_cameo(settings: Settings = DEFAULT_SETTINGS) -> dict[str, tuple[str, float]]:
    """The CAMEO table: code -> (label, Goldstein weight as published with GDELT)."""
    with settings.open(CAMEO_FILE) as handle:
        return {row["code"]: (row["label"], float(row["goldstein"])) for row in csv.DictReader(handle)}


@lru_cache(maxsize=8)
def load_rules(settings: Settings = DEFAULT_SETTINGS) -> tuple[EventRule, ...]:
    """The trigger rules in priority order (earlier rules claim overlapping text first)."""
    with settings.open(RULES_FILE) as handle:
        return tuple(
            EventRule(row["cameo_code"], row["event_type"], row["actor1_kind"], row["target"], re.compile(row["pattern"], re.IGNORECASE), i)
            for i, row in enumerate(csv.DictReader(handle))
        )


@lru_cache(maxsize=8)
def trigger_keywords(settings: Settings = DEFAULT_SETTINGS) -> re.Pattern[str]:
    """The prefilter: any trigger-word stem of `resources/event_keywords.txt` (a sentence without one is skipped)."""
    stems = [line.strip() for line in settings.read_text(KEYWORDS_FILE).splitlines() if line.strip() and not line.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)) + ")", re.IGNORECASE)


@lru_cache(maxsize=8)
def _gated_rules(settings: Settings) -> tuple[tuple[EventRule, GatedPattern], ...]:
    """The trigger rules with their literal-prefix gates (see `presslens.literal_scan`)."""
    return tuple((rule, gated(rule.pattern)) for rule in load_rules(settings))


@lru_cache(maxsize=8)
def load_places(settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """Place names (and their aliases, as written) -> the country they lie in, from `resources/places.csv`."""
    with settings.open(PLACES_FILE) as handle:
        return {
            name: row["country"]
            for row in csv.DictReader(handle)
            for name in [row["place"], *filter(None, row["aliases"].split("|"))]
        }


@lru_cache(maxsize=8)
def _place_pattern(settings: Settings) -> GatedPattern:
    """One case-sensitive regex matching every place name as written in places.csv, longest first (gated)."""
    names = sorted(load_places(settings), key=len, reverse=True)
    return gated(re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"))


@lru_cache(maxsize=8)
def _generic_patterns(settings: Settings) -> tuple[GatedPattern, GatedPattern]:
    """Regexes of generic perpetrators: (armed groups, state forces), from `resources/generic_actors.csv` (gated)."""
    with settings.open(GENERIC_ACTORS_FILE) as handle:
        rows = list(csv.DictReader(handle))
    def pattern(kind: str) -> GatedPattern:
        terms = sorted((r["term"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        return gated(re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE))
    return pattern("nonstate"), pattern("state")


@lru_cache(maxsize=8)
def _gate_literals(settings: Settings) -> LiteralSet:
    """The literals gating the trigger rules, places, generic perpetrators, temporal expressions and plural subjects (found together per article)."""
    return LiteralSet.of([*(pattern for _, pattern in _gated_rules(settings)), _place_pattern(settings), *_generic_patterns(settings), *gated_patterns(), _PLURAL_SUBJECT_GATE])


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root of a code."""
    return str(code)[:2]


def goldstein(code: str, settings: Settings = DEFAULT_SETTINGS) -> float:
    """Goldstein weight of a code, falling back to its root's weight."""
    table = load_cameo(settings)
    if code in table:
        return table[code][1]
    return table.get(cameo_root(code), ("", 0.0))[1]


def event_key(code: str) -> str:
    """What makes two events the same kind: violence roots 18-20 count as one, other codes stand alone."""
    return "18-20" if cameo_root(code) in VIOLENT_ROOTS else str(code)


@lru_cache(maxsize=4096)
def _state_level(actor: Actor, actors: ActorDictionary) -> Actor:
    """The state or body an actor acts for (its affiliation's canonical actor), else itself (a fact of the dictionary: cached)."""
    parent = actors.lookup(actor.affiliation, fuzzy=False) if actor.affiliation else None
    return parent if parent is not None else actor


def _kind(actor: Actor) -> str:
    """state | nonstate | other for a canonical actor (the generic 'Unidentified militants' is nonstate)."""
    if actor.type == "government":
        return "state"
    if actor.bloc == "Militants":
        return "nonstate"
    return "other"


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations of LONG_QUOTE_WORDS+ words, and of quotations that open or close outside the text."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _QUOTE_CHARS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and opened is None):
            opened = i
        elif ch == "”" or ch == '"':
            if opened is None:
                spans.append((0, i + 1))
            elif len(text[opened:i].split()) >= LONG_QUOTE_WORDS:
                spans.append((opened, i + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _number(token: str) -> int | None:
    """Integer value of a casualty number token ('nine', '12', 'a dozen'); None for vague ones."""
    token = token.lower().strip()
    if token[0].isdigit():
        return int(token.replace(",", ""))
    return _NUMBER_VALUES.get(token)


def casualties(text: str) -> str:
    """Casualty figures stated in a clause, encoded as 'killed N[, including M minors]; injured K'."""
    parts = []
    lower = lowered(text)
    for label, patterns, needles in (("killed", _KILLED, _KILLED_NEEDLES), ("injured", _INJURED, _INJURED_NEEDLES)):
        for pattern, needed in zip(patterns, needles):
            m = pattern.search(text) if may_contain(lower, needed) else None
            value = _number(m.group("num")) if m else None
            if m is None or value is None:
                continue
            qual = (m.group("qual") or "").strip()
            figure = f"{label} {qual + ' ' if qual else ''}{value}"
            inc = _INCLUDING.match(text[m.end():]) if label == "killed" else None
            inc_value = _number(inc.group("num")) if inc else None
            if inc and inc_value is not None:
                figure += f", including {inc_value} {inc.group('who').lower()}"
            parts.append(figure)
            break
    return "; ".join(parts)


def _count_days(number: str, unit: str) -> int:
    """Days in 'two days', 'a week'."""
    value = int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]
    return value * (7 if unit.lower().startswith("week") else 1)


def _clauses(sentence: str, lower: str | None) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at subordinators and strong punctuation.

    `lower` is the sentence lower-cased (as `presslens.literal_scan.lowered` gives it), or None.
    """
    subordinate = lower is None or any(word in lower for word in _SUBORDINATORS)
    breaks = _CLAUSE_BREAK if subordinate else _CLAUSE_BREAK_WITHOUT_SUBORDINATOR
    cuts = [0]
    for m in breaks.finditer(sentence) if lower is None else _FOLDED[breaks].finditer(lower):
        if len(sentence[cuts[-1]:m.start()].split()) <= 1:
            continue  # "two | days after": one break per subordinator
        cuts.append(m.start())
    cuts.append(len(sentence))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if sentence[a:b].strip()]


class _ArticleCoder:
    """Codes the events of one article."""

    def __init__(self, article: Article, actors: ActorDictionary, settings: Settings = DEFAULT_SETTINGS):
        self.article = article
        self.settings = settings
        self.actors = actors
        self.published = article.published
        self.source = GateText(article.text)  # the text prepared for gated scans (see presslens.literal_scan)
        self.source.prefetch(_gate_literals(settings))
        self.folded_text = article.text if self.source.lower is None else self.source.lower  # what `_rx` patterns run on
        self._rx = _UNFOLDED if self.source.lower is None else _FOLDED  # pattern of `_FOLDED` -> the regex to run on `folded_text`
        self._plural_starts = self.source.candidates(_PLURAL_SUBJECT_GATE.literals, _PLURAL_SUBJECT_GATE.word_start) if self.source.lower is not None else []  # where `_PLURAL_SUBJECT` matches can start
        self.times = [t for t in find_time_expressions(article.text, article.published, self.source) if self._usable(t)]
        self.speech_dates = {t.start for t in self.times if self._rx[_SPEECH_DATE_BEFORE].search(self.folded_text, max(0, t.start - 50), t.start)}
        mentions = [m for m in actors.find_mentions(article.text) if m.actor.bloc != "Media" and not self._dateline(m.start)]
        named = {m.actor.name: m.actor for m in mentions}
        levels = {name: _state_level(actor, actors) for name, actor in named.items()}
        self.mentions = [(m.start, m.end, levels[m.actor.name]) for m in mentions]
        self.places = self._place_mentions()
        self._place_set = set(self.places)
        self._place_starts = {start for start, _, _ in self.places}
        self.mentions = sorted(self.mentions + self.places + self._generic_mentions(), key=lambda m: m[0])
        self._mention_starts = [m[0] for m in self.mentions]
        self.sentences, self.rule_matches = self._rule_matches(sentence_spans(article.text))
        self._rule_match_starts = [start for start, _, _ in self.rule_matches]
        counts = Counter(a.name for _, _, a in self.mentions if _kind(a) == "state")
        self.top_states = [name for name, _ in counts.most_common(2)]
        self.topic: tuple[int, int, Actor] | None = None  # source of the last event: what "it", "he", "she" refer to
        self._prepositional: dict[int, bool] = {}  # mention start -> `_after_preposition`

    def _rule_matches(self, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int, EventRule]]]:
        """The sentences with a trigger-word stem and a rule match, and the rule matches there as (start, end, rule) in text order.

        Rules run on every sentence (cheaply, through their gates); a sentence without a match yields no event,
        so only sentences with one are checked for a trigger-word stem.
        """
        text = self.article.text
        starts = [start for start, _ in spans]
        found = [(rule, [m.span() for m in pattern.finditer_within(self.source, spans)]) for rule, pattern in _gated_rules(self.settings)]
        first_match: dict[int, int] = {}
        for _, matches in found:
            for start, _ in matches:
                sentence = bisect_right(starts, start) - 1
                first_match[sentence] = min(first_match.get(sentence, start), start)
        keywords = trigger_keywords(self.settings)
        kept = {i for i, at in first_match.items() if keywords.search(text, at, spans[i][1]) or keywords.search(text, *spans[i])}
        rule_matches = [(start, end, rule) for rule, matches in found for start, end in matches if bisect_right(starts, start) - 1 in kept]
        rule_matches.sort(key=lambda m: (m[0], m[2].priority))
        return [spans[i] for i in sorted(kept)], rule_matches

    def _dateline(self, at: int) -> bool:
        """Whether a mention opens a paragraph as its dateline ("ISLAMABAD:", "TEHRAN, Jan 29 (Reuters) -")."""
        text = self.article.text
        return (at == 0 or text[at - 1] == "\n") and _DATELINE.match(text, at) is not None

    def _usable(self, t: TimeExpression) -> bool:
        """A resolved expression not after publication, and not a deadline ('by January 26')."""
        if t.date is None or (self.published is not None and t.date > self.published):
            return False
        return self._rx[_DEADLINE_BEFORE].search(self.folded_text, max(0, t.start - 15), t.start) is None

    def _free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no dictionary mention (self.mentions is sorted and non-overlapping)."""
        i = bisect_left(self.mentions, start, key=lambda m: m[1])
        return i == len(self.mentions) or self.mentions[i][0] >= end or self.mentions[i][1] <= start

    def _place_mentions(self) -> list[tuple[int, int, Actor]]:
        """Places from `places.csv` outside dictionary mentions, standing for their country (targets only)."""
        places = load_places(self.settings)
        found = []
        for m in _place_pattern(self.settings).finditer(self.source):
            country = self.actors.get(places[m.group(0)])
            if country is not None and self._free(m.start(), m.end()):
                found.append((m.start(), m.end(), country))
        return found

    def _generic_mentions(self) -> list[tuple[int, int, Actor]]:
        """Generic perpetrators: armed groups as 'Unidentified militants'; state forces as the state of their scene.

        A generic noun right after a named actor ("Jaish al-Adl militants", "Iranian security forces") or
        before "of/from X" is left to X. State forces take the state of "in X," before them in the
        sentence, else of the first place or state named after them in the sentence.
        """
        text = self.article.text
        armed, forces = _generic_patterns(self.settings)
        starts = [s for s, _, _ in self.mentions]
        found: list[tuple[int, int, Actor]] = []
        for pattern, state in ((armed, False), (forces, True)):
            for m in pattern.finditer(self.source):
                if not self._free(m.start(), m.end()):
                    continue
                i = bisect_left(starts, m.start())
                if i and self._rx[_MODIFIER_GAP].match(self.folded_text[self.mentions[i - 1][1]:m.start()]) and m.start() - self.mentions[i - 1][1] < 25:
                    continue
                if self._rx[_GENERIC_NOT_ACTOR_AFTER].match(self.folded_text, m.end()):
                    continue
                if i < len(starts) and _SPACES.fullmatch(text, m.end(), starts[i]):
                    continue  # "the militant group Jaish al-Adl"
                if i and self._rx[_APPOSITIVE_GAP].match(self.folded_text[self.mentions[i - 1][1]:m.start()]):
                    continue  # "Jaish al-Adl, a Sunni armed group"
                if not state:
                    found.append((m.start(), m.end(), UNIDENTIFIED_MILITANTS))
                    continue
                scene = self._scene_state(m.start(), m.end())
                if scene is not None:
                    found.append((m.start(), m.end(), scene))
        return found

    def _scene_state(self, start: int, end: int) -> Actor | None:
        """The state where generic forces act: 'in X,' before them, else the first place or state after them, in the sentence."""
        text = self.article.text
        lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
        before = [m for m in self.mentions + self.places if lo <= m[0] and m[1] <= start and _kind(m[2]) == "state"]
        if before and _STATE_SCENE.search(text[max(lo, before[-1][0] - 6):before[-1][0]]) and text[before[-1][1]:start].strip() in (",", ""):
            return before[-1][2]
        after = sorted((m for m in self.mentions + self.places if end <= m[0] < hi and _kind(m[2]) == "state"), key=lambda m: m[0])
        return after[0][2] if after else None

    def _pair(self, lo: int, hi: int) -> list[str]:
        """Two states for a plural subject: those named in [lo, hi), else the article's two main states."""
        named: list[str] = []
        for s, _, a in self.mentions:
            if lo <= s < hi and _kind(a) == "state" and a.name not in named:
                named.append(a.name)
        return named[:2] if len(named) >= 2 else self.top_states

    def _subject_candidates(self, text: str, before: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
        """Mentions before a trigger that can be its subject: not after a preposition, nor joined by 'and' to one that is."""
        kept: list[tuple[int, int, Actor]] = []
        excluded_end = -1
        lo, hi = (before[0][0], before[-1][1] + 200) if before else (0, 0)
        relative = [(m.start(), m.end()) for m in self._rx[_RELATIVE_OPEN].finditer(self.folded_text, lo, hi)] if may_contain(self.source.lower, _RELATIVE_OPEN_NEEDLES, lo, hi) else []
        for s, e, a in before:
            prepositional = self._after_preposition(s)
            joined = excluded_end >= 0 and self._rx[_PAIR_GAP].match(self.folded_text[excluded_end:s]) is not None
            if self._is_place((s, e, a)) or (relative and any(rs < s < re_ for rs, re_ in relative)):
                continue
            if prepositional or joined:
                excluded_end = e
                continue
            kept.append((s, e, a))
        return kept

    def _is_place(self, mention: tuple[int, int, Actor]) -> bool:
        """Whether a mention is one of the article's places (its start is checked first: hashing an Actor is slow)."""
        return mention[0] in self._place_starts and mention in self._place_set

    def _after_preposition(self, at: int) -> bool:
        """Whether the mention at `at` follows a preposition (or a number or verb) in the 30 characters before it, and not
        "members of" (kept per mention: several triggers ask)."""
        if at not in self._prepositional:
            window = self.folded_text[max(0, at - 30):at]
            self._prepositional[at] = self._rx[_PREPOSITION_BEFORE].search(window) is not None and self._rx[_MEMBERS_OF].search(window) is None
        return self._prepositional[at]

    def _plural_subject(self, lo: int, hi: int) -> re.Match[str] | None:
        """`_PLURAL_SUBJECT.search` in [lo, hi), tried only where its gate finds a literal its matches start with."""
        if self.source.lower is None:
            return _PLURAL_SUBJECT.search(self.article.text, lo, hi)
        starts = self._plural_starts
        for at in starts[bisect_left(starts, lo):bisect_left(starts, hi)]:
            if (found := _FOLDED[_PLURAL_SUBJECT].match(self.folded_text, at, hi)) is not None:
                return found
        return None

    def _first_needle_end(self, needles: tuple[str, ...], pos: int, endpos: int) -> int | None:
        """The least `end` up to `endpos` for which `may_contain(self.source.lower, needles, pos, end)` holds (found by one
        search per needle instead of one per `end` asked), or None when there is none."""
        lower = self.source.lower
        if lower is None or not needles:
            return pos
        ends = [at + len(needle) for needle in needles if (at := lower.find(needle, pos, endpos)) >= 0]
        return min(ends, default=None)

    def _mentions_in(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """The actor mentions lying wholly inside [lo, hi), in text order (binary search on their starts)."""
        first = bisect_left(self._mention_starts, lo)
        last = bisect_left(self._mention_starts, hi, first)
        return [m for m in self.mentions[first:last] if m[1] <= hi]

    def _actors(self, rule: EventRule, lo: int, hi: int, t_start: int, t_end: int, sentence: tuple[int, int]) -> tuple[str, str, bool] | None:
        """(source, target, mutual) for a trigger at [t_start, t_end) in clause [lo, hi); None when the rule's actor kind fails.

        `mutual` is True when the actors come from a plural subject ("both countries", "they").
        """
        text = self.article.text
        before = self._mentions_in(lo, t_start)
        after = self._mentions_in(t_end, hi)
        passive = self._rx[_PASSIVE_BEFORE].search(self.folded_text[max(lo, t_start - 30):t_start]) is not None
        source: tuple[int, int, Actor] | None = None
        victim: tuple[int, int, Actor] | None = None
        relative = [(m.start(), m.end()) for m in self._rx[_RELATIVE_OPEN].finditer(self.folded_text, lo, t_start)] if may_contain(self.source.lower, _RELATIVE_OPEN_NEEDLES, lo, t_start) else []
        before = [m for m in before if not any(rs < m[0] < re_ for rs, re_ in relative)]
        if before and (self._rx[_MODIFIER_GAP].match(self.folded_text[before[-1][1]:t_start]) or self._rx[_RELATIVE_GAP].match(self.folded_text[before[-1][1]:t_start])):
            source = before[-1]
        between = source is None and bool(after) and cameo_root(rule.cameo_code) in COOPERATIVE_ROOTS and self._rx[_BETWEEN_AFTER].match(self.folded_text[t_end:after[0][0]]) is not None
        if between:
            source, after = after[0], after[1:]
        if source is None and not passive and after and (needle_end := self._first_needle_end(_POST_PASSIVE_NEEDLES, t_end, hi)) is not None:
            source = next((m for m in after if needle_end <= m[0] and self._rx[_POST_PASSIVE].search(self.folded_text[t_end:m[0]])), None)
            if source is not None:
                after = [m for m in after if m is not source]
        if source is not None and self._is_place(source):
            source = None
        if source is None and self.topic is not None and not passive and (pronoun := self._rx[_PRONOUN_SUBJECT].search(self.folded_text, lo, t_start)) is not None:
            if not [m for m in before if m[0] < pronoun.start()]:
                source = self.topic
        if source is None and self.topic is not None and not passive and not before and self._rx[_COORDINATED].match(self.folded_text, lo, t_start):
            source = self.topic
        if source is None:
            candidates = self._subject_candidates(text, before)
            speakers = [m for m in candidates if self._rx[_SPEECH_AFTER].match(self.folded_text[m[1]:t_start])]
            others = [m for m in candidates if m not in speakers]
            violent = cameo_root(rule.cameo_code) in VIOLENT_ROOTS
            fallback = candidates[0] if candidates and not violent else None
            source = others[0] if others else fallback
            if violent and self._rx[_NOUN_IN_PHRASE].search(self.folded_text, max(lo, t_start - 60), t_start):
                source = None  # "arrested suspects in connection with the December attack": the clause subject did not attack
        if source is not None:
            leading = [m for m in before if m[1] <= source[0] and self._rx[_PAIR_GAP].match(self.folded_text[m[1]:source[0]])]
            if leading:
                source = leading[-1]
        inside = self._mentions_in(t_start, t_end)
        if source is None and inside and " between " in text[t_start:t_end]:
            source, inside = inside[0], inside[1:]
        after = inside + after
        if passive:
            victim = source
            agent = next((m for m in after if self._rx[_AGENT_GAP].match(self.folded_text[t_end:m[0]])), None)
            source = agent
        plural_match = self._plural_subject(lo, t_end)
        plural = plural_match is not None
        if source is not None and plural_match is not None and source[1] < plural_match.start() and plural_match.end() <= t_start and not passive and source not in before[-1:]:
            source = None  # "Iran and Pakistan agreed ..., capping a week in which the two neighbours exchanged strikes"
        if source is None and plural and rule.actor1_kind != "nonstate":
            pair = self._pair(*sentence)
            if len(pair) == 2:
                return pair[0], pair[1], True
        if source is not None and rule.actor1_kind != "any" and _kind(source[2]) != rule.actor1_kind:
            if rule.actor1_kind == "state":
                return None
            source = None
        if source is None and rule.actor1_kind == "state":
            return None
        actor1 = source[2].name if source else ""
        pair_partner = ""
        if source is not None:
            own = [m for m in before if m[0] >= source[0]]
            for first, second in zip(own, own[1:]):
                if first[2].name == actor1 and second[2].name != actor1 and self._rx[_PAIR_GAP].match(self.folded_text[first[1]:second[0]]):
                    pair_partner = second[2].name
                    break
        if victim is not None and victim[2].name != actor1:
            return actor1, victim[2].name, False
        actor2 = ""
        for s, e, a in after:
            if a.name == actor1:
                continue
            if rule.target == "near" and s - t_end > NEAR_TARGET_CHARS and not between:
                break
            if rule.target == "object" and self._rx[_TARGET_SKIP_GAP].search(self.folded_text[max(t_end, s - 20):s]):
                continue
            actor2 = a.name
            break
        if not actor2 and pair_partner:
            actor2 = pair_partner
        if not actor2 and actor1 and plural and cameo_root(rule.cameo_code) in COOPERATIVE_ROOTS | VIOLENT_ROOTS | {"02", "11"}:
            others = [name for name in self._pair(*sentence) if name != actor1]
            actor2 = others[0] if others else ""
        return actor1, actor2, False

    def _more_targets(self, t_end: int, hi: int, actors: tuple[str, str, bool]) -> list[str]:
        """Further targets coordinated after the first ("strikes against Syria ..., and against Iraq", "targets in Iraq and Syria")."""
        text = self.article.text
        extra = [
            a.name for s, e, a in self._mentions_in(t_end, hi)
            if a.name not in actors[:2] and self._rx[_MORE_TARGET_GAP].search(self.folded_text[max(t_end, s - 30):s])
        ]
        following = self._mentions_in(t_end, hi)
        first = next((i for i, m in enumerate(following) if m[2].name == actors[1]), None)
        if first is not None:
            for previous, (s, _, a) in zip(following[first:], following[first + 1:]):
                if not self._rx[_LIST_GAP].match(self.folded_text[previous[1]:s]):
                    break
                if a.name not in actors[:2] and a.name not in extra and _kind(a) == "state":
                    extra.append(a.name)
        return extra

    def _triggers(self, lo: int, hi: int, sentence: tuple[int, int], quoted: list[tuple[int, int]]) -> list[_Trigger]:
        """Rule matches in a clause (earlier rules claim overlapping text), with actors, after suppression rules."""
        text = self.article.text
        claimed: list[tuple[int, int]] = []
        found: list[_Trigger] = []
        first = bisect_left(self._rule_match_starts, lo)
        inside = self.rule_matches[first:bisect_left(self._rule_match_starts, hi, first)]
        if not inside:
            return []
        for s, e, rule in sorted(inside, key=lambda m: m[2].priority):  # rule order, then text order (a stable sort)
            if e > hi:
                continue
            if any(s < ce and cs < e for cs, ce in claimed) or any(qs <= s < qe for qs, qe in quoted):
                continue
            lead_start = max(lo, s - 40)
            lead = self.folded_text[lead_start:s]
            if self._rx[_NOT_HAPPENED].search(lead):
                continue
            root = cameo_root(rule.cameo_code)
            if root in VIOLENT_ROOTS and may_contain(self.source.lower, _TOPIC_PHRASE_NEEDLES, lead_start, s) and self._rx[_TOPIC_PHRASE].search(lead):
                continue  # "concerned about the exchange of strikes": the topic of a statement, not dated by it
            if root == "11" and _REACTION_IN_RELATIVE.search(text[lead_start:s]):
                continue  # "which Iran accuses of ...", "an attack Iran blamed on ...": a standing claim, not a dated act
            actors = self._actors(rule, lo, hi, s, e, sentence)
            if actors is None:
                continue
            claimed.append((s, e))
            found.append(_Trigger(rule, s, e, *actors))
            if actors[0] and not actors[2]:
                self.topic = (s, s, self.actors.get(actors[0])) if self.actors.get(actors[0]) else self.topic
            if (root in VIOLENT_ROOTS or root == "04") and actors[0]:
                found.extend(_Trigger(rule, s, e, actors[0], extra, actors[2], True) for extra in self._more_targets(e, hi, actors))
        found.sort(key=lambda t: t.start)
        return self._suppress(found)

    @staticmethod
    def _suppress(found: list[_Trigger]) -> list[_Trigger]:
        """Drop embedded events (what a reaction objects to, what an appeal asks for, a bare 'agree') and duplicates."""
        extras = [t for t in found if t.extra]
        found = [t for t in found if not t.extra]
        kept: list[_Trigger] = []
        for i, trig in enumerate(found):
            root = cameo_root(trig.rule.cameo_code)
            earlier = found[:i]
            if root in VIOLENT_ROOTS and any(cameo_root(t.rule.cameo_code) in REACTION_ROOTS for t in earlier):
                continue
            if root in COOPERATIVE_ROOTS and any(t.rule.cameo_code.startswith("025") for t in earlier):
                continue
            if trig.rule.event_type == "agreement" and any(cameo_root(t.rule.cameo_code) in COOPERATIVE_ROOTS and t.rule.event_type != "agreement" for t in found[i + 1:]):
                continue
            if not trig.actor1 and root not in VIOLENT_ROOTS:
                continue
            if trig.actor1 and trig.actor1 == trig.actor2:
                continue
            if root in COOPERATIVE_ROOTS and not trig.actor2:
                continue
            kept.append(trig)
        best: dict[str, _Trigger] = {}
        for trig in kept:
            key = event_key(trig.rule.cameo_code)
            if key not in best or (not trig.actor1, trig.rule.priority) < (not best[key].actor1, best[key].rule.priority):
                best[key] = trig
        for trig in best.values():
            if not trig.actor2:
                trig.actor2 = next((t.actor2 for t in kept if event_key(t.rule.cameo_code) == event_key(trig.rule.cameo_code) and t.actor2 and t.actor2 != trig.actor1), "")
        chosen = list(best.values())
        chosen += [x for x in extras if any(x.start == t.start and x.rule == t.rule for t in chosen)]
        return sorted(chosen, key=lambda t: t.start)

    def _date_for(self, clause: tuple[int, int], clauses_with_events: set[tuple[int, int]], clauses: list[tuple[int, int]], trigger_at: int, violent: bool) -> TimeExpression | None:
        """The clause's own temporal expression, else one from a sentence clause that reports no event.

        A clause that sets its own time ("after days of tension", "amid ...", "several days after") takes
        no date from the rest of the sentence. Violence takes the date of the saying ("said on Sunday that
        ... the December attack") only when the clause has no other.
        """
        def best(lo: int, hi: int) -> TimeExpression | None:
            inside = [t for t in self.times if lo <= t.start and t.end <= hi]
            if not inside:
                return None
            return min(inside, key=lambda t: (violent and t.start < trigger_at and t.start in self.speech_dates,
                                              PRECISION_RANK.get(t.precision, 9), abs(t.start - trigger_at) > NEAR_DATE_CHARS, t.kind != "explicit", abs(t.start - trigger_at)))

        relative = _RELATIVE_CLAUSE.match(self.article.text, clause[0], clause[1])
        if relative is not None:
            main = next((best(*c) for c in clauses if c != clause and c not in clauses_with_events and best(*c) is not None), None)
            main = main or next((best(*c) for c in clauses if c != clause and best(*c) is not None), None)
            main = main or self._anchor_before(clause[0])
            if main is None or main.date is None or main.precision != "day":
                return None
            days = _count_days(relative.group("num"), relative.group("unit"))
            shift = -days if relative.group("dir").lower() == "after" else days
            when = main.date + timedelta(days=shift)
            return TimeExpression(relative.start("num"), relative.end(), relative.group(0).strip(), when, None, "day", "anaphoric")
        own = best(*clause)
        if own is not None or self._rx[_OWN_TIME_CLAUSE].match(self.folded_text, clause[0], clause[1]):
            return own
        for other in sorted(clauses, key=lambda c: abs(c[0] - clause[0])):
            if other != clause and other not in clauses_with_events:
                found = best(*other)
                if found is not None:
                    return found
        return None

    def _anchor_before(self, at: int) -> TimeExpression | None:
        """The last usable expression before `at`: the narrative time a sentence without its own date continues."""
        earlier = [t for t in self.times if t.end <= at]
        return earlier[-1] if earlier else None

    def code(self) -> list[dict[str, object]]:
        """The article's events as rows of the `events` table."""
        text = self.article.text
        rows: list[dict[str, object]] = []
        for s_start, s_end in self.sentences:
            sentence = text[s_start:s_end]
            quoted = [(s_start + a, s_start + b) for a, b in _quoted_spans(sentence) if not _QUOTE_AS_OBJECT.search(sentence, max(0, a - 30), a)] if _QUOTE_CHARS.search(sentence) else []
            clauses = [(s_start + a, s_start + b) for a, b in _clauses(sentence, self.source.lower and self.source.lower[s_start:s_end])]
            per_clause = {c: self._triggers(c[0], c[1], (s_start, s_end), quoted) for c in clauses}
            with_events = {c for c, trig in per_clause.items() if trig}
            for clause, triggers in per_clause.items():
                clause_casualties = casualties(text[clause[0]:clause[1]]) if any(cameo_root(t.rule.cameo_code) in VIOLENT_ROOTS for t in triggers) else ""
                for trig in triggers:
                    violent = cameo_root(trig.rule.cameo_code) in VIOLENT_ROOTS
                    figures = clause_casualties if violent else ""
                    if not trig.actor1 and not figures:
                        continue
                    when = self._date_for(clause, with_events, clauses, trig.start, violent)
                    rows.append(self._row(trig, when, figures, s_start, s_end))
                    if trig.mutual and violent:
                        rows[-1]["event_type"] = MUTUAL_VIOLENCE
        self._inherit_dates(rows)
        rows = self._merge_repeats(rows)
        for i, row in enumerate(rows, 1):
            row["event_id"] = f"{self.article.article_id}-e{i:03d}"
        return rows

    def _row(self, trig: _Trigger, when: TimeExpression | None, figures: str, start: int, end: int) -> dict[str, object]:
        """One `events` row."""
        end_date = when.date_end if when is not None else None
        if end_date is not None and self.published is not None:
            end_date = min(end_date, self.published)
        return {
            "event_id": "",
            "article_id": self.article.article_id,
            "date": when.date.isoformat() if when is not None and when.date else "",
            "date_end": end_date.isoformat() if end_date else "",
            "date_text": when.text if when is not None else "",
            "date_precision": when.precision if when is not None else "",
            "actor1": trig.actor1,
            "actor2": trig.actor2,
            "cameo_code": trig.rule.cameo_code,
            "event_type": trig.rule.event_type,
            "goldstein": goldstein(trig.rule.cameo_code, self.settings),
            "casualties": figures,
            "text": self.article.text[start:end],
            "start": start,
            "end": end,
        }

    def _merge_repeats(self, rows: list[dict[str, object]]) -> list[dict[str, object]]:
        """Keep the first row of each dated event the article repeats (same date, actor1, kind, compatible target), with its casualties.

        Violence without a source ("the strike late on Tuesday killed two children") is a repeat of the
        article's earlier violence on the same day with a compatible target, whoever its source.
        """
        kept: list[dict[str, object]] = []
        for row in rows:
            first = next(
                (k for k in kept if row["date"] and (k["date"], k["date_end"], k["date_precision"]) == (row["date"], row["date_end"], row["date_precision"])
                 and (k["actor1"] == row["actor1"] or (not row["actor1"] and event_key(str(row["cameo_code"])) == "18-20"))
                 and (k["start"] != row["start"] or k["actor2"] == row["actor2"])
                 and event_key(str(k["cameo_code"])) == event_key(str(row["cameo_code"]))
                 and targets_compatible(str(k["actor2"]), str(row["actor2"]), self.actors)),
                None,
            )
            if first is None:
                kept.append(row)
                continue
            if not first["casualties"] and row["casualties"]:
                first["casualties"] = row["casualties"]
            if not first["actor2"] and row["actor2"]:
                first["actor2"] = row["actor2"]
        return kept

    def _inherit_dates(self, rows: list[dict[str, object]]) -> None:
        """Give an undated event the date of the article's one dated event with the same actor1 and root."""
        for row in rows:
            if row["date"] or not row["actor1"]:
                continue
            same = [
                r for r in rows
                if r["date"] and r["actor1"] == row["actor1"] and event_key(str(r["cameo_code"])) == event_key(str(row["cameo_code"]))
                and (r["event_type"] == MUTUAL_VIOLENCE) == (row["event_type"] == MUTUAL_VIOLENCE)
                and targets_compatible(str(r["actor2"]), str(row["actor2"]), self.actors)
            ]
            if len({r["date"] for r in same}) == 1:
                for key in ("date", "date_end", "date_text", "date_precision"):
                    row[key] = same[0][key]


def targets_compatible(a: str, b: str, actors: ActorDictionary) -> bool:
    """Two targets can name the same event: equal, one unknown, or one an armed group (struck inside a state)."""
    if not a or not b or a == b:
        return True
    kinds = {"nonstate" if name == UNIDENTIFIED_MILITANTS.name else _kind(x) if (x := actors.get(name)) is not None else "other" for name in (a, b)}
    return "nonstate" in kinds


def article_tables(article: Article, done: dict[str, list[dict]], settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[dict]]:
    """The `events` rows of one article (see the module docstring for the coding rules)."""
    if not article.text or not article.text.strip():
        return {"events": []}
    return {"events": _ArticleCoder(article, load_actors(settings), settings).code()}


@lru_cache(maxsize=4096)
def _parse(value: object) -> date | None:
    """An ISO date string as a date (None when empty or malformed); cached, as a corpus repeats few distinct dates."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _cluster_key(row: Mapping[str, object]) -> tuple[str, str, str]:
    """(actor1, '', kind); cooperative events and exchanges of strikes are keyed by the unordered pair (a, b, kind)."""
    code = str(row["cameo_code"])
    if cameo_root(code) in COOPERATIVE_ROOTS or row["event_type"] == MUTUAL_VIOLENCE:
        first, second = sorted((str(row["actor1"]), str(row["actor2"])))
        return first, second, event_key(code)
    return str(row["actor1"]), "", event_key(code)


def _records(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """The rows of `frame` as dicts of plain values over `columns` (read column by column: far faster than row by row)."""
    values = [_shared(frame[column].tolist()) for column in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _shared(values: list) -> list:
    """`values` with equal values as one object (dates, actors and codes repeat across a corpus's events)."""
    seen: dict = {}
    return [seen.setdefault(value, value) for value in values]


def _event_records(events: pd.DataFrame, articles: pd.DataFrame) -> list[dict[str, object]]:
    """The clustering fields of `events` as records, with their article's `outlet` and `published` ('' when unknown)."""
    meta = articles.set_index("article_id")[["outlet", "published"]] if len(articles) else pd.DataFrame(columns=["outlet", "published"])
    outlet_of, published_of = meta["outlet"].astype(str).to_dict(), meta["published"].astype(str).to_dict()
    rows = _records(events, _CLUSTER_FIELDS)
    for row in rows:
        row["outlet"] = outlet_of.get(row["article_id"], "")
        row["published"] = published_of.get(row["article_id"], "")
    return rows



def _cluster_ids(rows: list[dict[str, object]], settings: Settings) -> list[str]:
    """The cluster_id of each event record ('' when not clustered; see the module docstring for the rules).

    Clusters are indexed by their key, so each event is compared only with the clusters of its own actors
    and kind (linear in the number of events for a corpus).
    """
    actors = load_actors(settings)
    clusters: list[dict[str, object]] = []
    by_key: dict[tuple[str, str, str], list[dict[str, object]]] = {}

    def compatible(row: dict, cluster: dict, key: tuple[str, str, str]) -> bool:
        return bool(key[1]) or all(targets_compatible(str(row["actor2"]), t, actors) for t in cluster["targets"])

    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date_precision"] != "day", str(rows[i]["date"]) or "9999", i))
    for i in order:
        row = rows[i]
        when = _parse(row["date"])
        if when is None:
            continue
        key = _cluster_key(row)
        end = _parse(row["date_end"])
        candidates = by_key.setdefault(key, [])
        inside = [
            c for c in candidates
            if row["date_precision"] != "day" and end is not None and c["precision"] == "day" and when <= c["anchor"] <= end
            and compatible(row, c, key)
        ]
        if len(inside) == 1:  # "mid-December" joins the one 15 December cluster of its kind
            inside[0]["members"].append(i)
            inside[0]["targets"].add(str(row["actor2"]))
            continue
        for c in candidates:
            same_span = (
                (row["date_precision"] == "day" and c["precision"] == "day" and abs((when - c["anchor"]).days) <= CLUSTER_WINDOW_DAYS)
                or (row["date_precision"] != "day" and (row["date"], row["date_end"], row["date_precision"]) == c["span"])
            )
            if same_span and compatible(row, c, key):
                c["members"].append(i)
                c["targets"].add(str(row["actor2"]))
                break
        else:
            cluster = {"key": key, "anchor": when, "precision": row["date_precision"],
                       "span": (row["date"], row["date_end"], row["date_precision"]), "members": [i], "targets": {str(row["actor2"])}}
            clusters.append(cluster)
            candidates.append(cluster)
    for i, row in enumerate(rows):
        published = _parse(row["published"])
        if row["date"] or not row["actor1"] or published is None:
            continue
        key = _cluster_key(row)
        fits = [
            c for c in by_key.get(key, ())
            if c["precision"] == "day" and published - timedelta(days=UNDATED_LOOKBACK_DAYS) <= c["anchor"] <= published
            and compatible(row, c, key)
        ]
        if len(fits) == 1:
            fits[0]["members"].append(i)
    clusters.sort(key=lambda c: (c["anchor"], c["key"]))
    ids = [""] * len(rows)
    for n, c in enumerate(clusters, 1):
        for i in c["members"]:
            ids[i] = f"c{n:04d}"
    return ids


def assign_clusters(events: pd.DataFrame, articles: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """`events` with `outlet`, `published` and `cluster_id` columns (cluster_id empty when not clustered)."""
    rows = _event_records(events, articles)
    frame = events.copy()
    frame["outlet"] = [row["outlet"] for row in rows]
    frame["published"] = [row["published"] for row in rows]
    frame["cluster_id"] = _cluster_ids(rows, settings)
    return frame


def _mode(values: list[str]) -> str:
    """Most common non-empty value (first seen wins ties), or ''."""
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else ""


def _cluster_row(cluster_id: str, members: list[dict[str, object]], settings: Settings) -> dict[str, object]:
    """The `event_clusters` row of one cluster from its member event records (in table order)."""
    code = _mode([str(m["cameo_code"]) for m in members])
    claims: list[str] = []
    for member in members:
        claim = f"{member['casualties']} ({member['outlet'] or 'unknown outlet'})"
        if member["casualties"] and claim not in claims:
            claims.append(claim)
    return {
        "cluster_id": cluster_id,
        "date": _mode([str(m["date"]) for m in members if m["date"] != ""]),
        "actor1": _mode([str(m["actor1"]) for m in members]),
        "actor2": _mode([str(m["actor2"]) for m in members]),
        "cameo_code": code,
        "event_type": _mode([str(m["event_type"]) for m in members if m["cameo_code"] == code]),
        "goldstein": goldstein(code, settings),
        "n_articles": len({m["article_id"] for m in members}),
        "outlets": "; ".join(sorted({str(m["outlet"]) for m in members if m["outlet"]})),
        "article_ids": "; ".join(sorted({m["article_id"] for m in members})),
        "casualty_claims": " | ".join(claims),
    }


def _cluster_frame(rows: list[dict[str, object]], ids: list[str], settings: Settings) -> pd.DataFrame:
    """One row per cluster (in cluster_id order) from event records and their cluster ids (columns CLUSTER_COLUMNS)."""
    members: dict[str, list[dict[str, object]]] = {}
    for row, cluster_id in zip(rows, ids):
        if cluster_id != "":
            members.setdefault(cluster_id, []).append(row)
    return pd.DataFrame([_cluster_row(c, members[c], settings) for c in sorted(members)], columns=list(CLUSTER_COLUMNS))


def cluster_table(assigned: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """One row per cluster from `assign_clusters` output (columns CLUSTER_COLUMNS)."""
    rows = _records(assigned, (*_CLUSTER_FIELDS, "outlet", "cluster_id"))
    return _cluster_frame(rows, [row["cluster_id"] for row in rows], settings)


def corpus_tables(tables: Mapping[str, pd.DataFrame], settings: Settings = DEFAULT_SETTINGS) -> dict[str, pd.DataFrame]:
    """`event_clusters`: the same real-world event reported by several articles merged into one row."""
    events = table_columns(tables, "events", list(_CLUSTER_FIELDS))
    articles = table_columns(tables, "articles", ["article_id", "outlet", "published"])
    if events is None or events.empty:
        return {"event_clusters": pd.DataFrame(columns=list(CLUSTER_COLUMNS))}
    if articles is None:
        articles = pd.DataFrame(columns=["article_id", "outlet", "published"])
    rows = _event_records(events, articles)
    return {"event_clusters": _cluster_frame(rows, _cluster_ids(rows, settings), settings)}
