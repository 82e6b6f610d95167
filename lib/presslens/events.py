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
Iran, "Guterres" -> United Nations); news media are never actors.

Dates: the temporal expression of the same clause (day precision and explicit dates first), else one
from a clause of the sentence that reports no event of its own, unless the clause sets its own time
("after days of tension", "amid ..."); "N days after X" dates X N days before the main clause's date.
An undated event takes the date of the article's one dated event with the same actor1 and kind.
Expressions resolving after publication never date an event (the event stays undated).

Not coded: triggers inside long quotations (8+ words, or quotations continued from another
sentence); violence that a reaction (condemnation, protest, reduced relations) is about; cooperation
an appeal asks for; non-specific or unrealised actions ("any attack", "similar attacks", "will hold
talks", "would respond"); a bare "agreed" when the act agreed on is coded; cooperation without a
counterpart; events without a source actor, except violence with a stated casualty figure.
An article's repeated mentions of one dated event are merged into its first row.

`casualties` encodes the figures stated in the event's clause as "killed N[, including M minors];
injured K" with "at least"/"over" kept ("killed at least 9").

Across articles (`corpus_tables`): dated events with the same actor1 and kind (violence codes 18-20
count as one kind; cooperation and exchanges of strikes are keyed by the unordered actor pair) and a
compatible target (equal, unknown, or one side an armed group) form one cluster when day-precise dates
lie within one day of the cluster's first date, or week/month spans are identical; an undated event
joins the one day-precise cluster of its kind dated within 60 days before its article's publication.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from presslens.actors import Actor, ActorDictionary, load_actors
from presslens.article import Article
from presslens.paths import RESOURCES_DIR
from presslens.temporal import NUMBER_WORDS, TimeExpression, find_time_expressions
from presslens.text import sentence_spans

CAMEO_FILE = RESOURCES_DIR / "cameo.csv"
RULES_FILE = RESOURCES_DIR / "event_rules.csv"
EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_end", "date_text", "date_precision", "actor1", "actor2",
    "cameo_code", "event_type", "goldstein", "casualties", "text", "start", "end",
)
CLUSTER_COLUMNS = (
    "cluster_id", "date", "actor1", "actor2", "cameo_code", "event_type", "goldstein", "n_articles",
    "outlets", "article_ids", "casualty_claims",
)
LONG_QUOTE_WORDS = 8
CLUSTER_WINDOW_DAYS = 1
UNDATED_LOOKBACK_DAYS = 60
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "approximate": 3}
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
MUTUAL_VIOLENCE = "exchange of strikes"
REACTION_ROOTS = frozenset({"11", "14", "16"})

_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,\s+(?:while|whereas|but)\s|(?<!\bthe day)(?<!\bthe night)(?<!\bthe week)(?<!\bhours)(?<!\bdays)"
    r"\s(?=(?:(?:\w+ )?(?:days|weeks|hours) |shortly |soon |just |even )?(?:(?:after|before|since|amid)\s|following\s(?!days?\b)))",
    re.IGNORECASE,
)
_OWN_TIME_CLAUSE = re.compile(
    r"\W*(?:(?:after|before|since|following|amid)\s+)?(?:(?:several|a few|many|some|\d+|two|three|four|five)\s+)?(?:days|weeks|months|years|decades)\b|\W*amid\b",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(
    r"\W*(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b",
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
    r"|\b(?:will|would|could|might|may|shall|should|must|can|(?:plans?|planning|intends?|expected|threatened|vowed|wants?|is to|are to) to)\s+(?:not\s+|also\s+|soon\s+|likely\s+)?(?:be\s+)?(?:[\w-]+\s+){0,1})$",
    re.IGNORECASE,
)
_QUOTE_CHARS = re.compile(r"[“”\"]")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she)\b", re.IGNORECASE)
_AGENT_GAP = re.compile(r"^\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
NEAR_TARGET_CHARS = 50
_PAIR_GAP = re.compile(r"^\s+and\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_TARGET_SKIP_GAP = re.compile(r"\b(?:on|against|in|inside|at|into|targeting)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:both (?:countries|sides|nations|neighbou?rs|governments)|the two (?:[\w-]+ )?(?:countries|sides|nations|neighbou?rs|governments|states)|they|their armies|each other|mutual)\b",
    re.IGNORECASE,
)
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})*(?![\d,]*\d)|a dozen|dozens of|" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("several", "a few", "few")), key=len, reverse=True)) + r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds of)"
_QUAL = r"(?P<qual>at least |more than |over |nearly |about |around |some |up to )?"
_PERSON_NOUN = r"(?:people|persons?|civilians?|children|child|minors?|girls?|boys?|women|woman|men|man|soldiers?|officers?|police(?:men)?|guards?|troops|workers?|members?|militants?|personnel|security forces|nationals|lives|villagers|fighters)"
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


@lru_cache(maxsize=1)
def load_cameo() -> dict[str, tuple[str, float]]:
    """The CAMEO table: code -> (label, Goldstein weight as published with GDELT)."""
    with CAMEO_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: (row["label"], float(row["goldstein"])) for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def load_rules() -> tuple[EventRule, ...]:
    """The trigger rules in priority order (earlier rules claim overlapping text first)."""
    with RULES_FILE.open(encoding="utf-8", newline="") as handle:
        return tuple(
            EventRule(row["cameo_code"], row["event_type"], row["actor1_kind"], row["target"], re.compile(row["pattern"], re.IGNORECASE), i)
            for i, row in enumerate(csv.DictReader(handle))
        )


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root of a code."""
    return str(code)[:2]


def goldstein(code: str) -> float:
    """Goldstein weight of a code, falling back to its root's weight."""
    table = load_cameo()
    if code in table:
        return table[code][1]
    return table.get(cameo_root(code), ("", 0.0))[1]


def event_key(code: str) -> str:
    """What makes two events the same kind: violence roots 18-20 count as one, other codes stand alone."""
    return "18-20" if cameo_root(code) in VIOLENT_ROOTS else str(code)


def _state_level(actor: Actor, actors: ActorDictionary) -> Actor:
    """The state or body an actor acts for (its affiliation's canonical actor), else itself."""
    parent = actors.lookup(actor.affiliation, fuzzy=False) if actor.affiliation else None
    return parent if parent is not None else actor


def _kind(actor: Actor) -> str:
    """state | nonstate | other for a canonical actor."""
    if actor.type == "government":
        return "state"
    if actor.bloc == "Militants":
        return "nonstate"
    return "other"


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations of LONG_QUOTE_WORDS+ words, and of quotations that open or close outside the text."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
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
    for label, patterns in (("killed", _KILLED), ("injured", _INJURED)):
        for pattern in patterns:
            m = pattern.search(text)
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


def _clauses(sentence: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at subordinators and strong punctuation."""
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(sentence):
        if len(sentence[cuts[-1]:m.start()].split()) <= 1:
            continue  # "two | days after": one break per subordinator
        cuts.append(m.start())
    cuts.append(len(sentence))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if sentence[a:b].strip()]


class _ArticleCoder:
    """Codes the events of one article."""

    def __init__(self, article: Article, actors: ActorDictionary):
        self.article = article
        self.actors = actors
        self.published = article.published
        self.times = [t for t in find_time_expressions(article.text, article.published) if self._usable(t)]
        mentions = [m for m in actors.find_mentions(article.text) if m.actor.bloc != "Media"]
        levels = {m.actor.name: _state_level(m.actor, actors) for m in mentions}
        self.mentions = [(m.start, m.end, levels[m.actor.name]) for m in mentions]
        self.rule_matches = []
        for rule in load_rules():
            spans = [(m.start(), m.end()) for m in rule.pattern.finditer(article.text)]
            self.rule_matches.append((rule, [start for start, _ in spans], spans))
        counts = Counter(a.name for _, _, a in self.mentions if _kind(a) == "state")
        self.top_states = [name for name, _ in counts.most_common(2)]
        self.topic: tuple[int, int, Actor] | None = None  # source of the last event: what "it", "he", "she" refer to

    def _usable(self, t: TimeExpression) -> bool:
        """A resolved expression not after publication."""
        return t.date is not None and (self.published is None or t.date <= self.published)

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
        for s, e, a in before:
            prepositional = _PREPOSITION_BEFORE.search(text[max(0, s - 30):s]) is not None
            joined = excluded_end >= 0 and _PAIR_GAP.match(text[excluded_end:s]) is not None
            if prepositional or joined:
                excluded_end = e
                continue
            kept.append((s, e, a))
        return kept

    def _actors(self, rule: EventRule, lo: int, hi: int, t_start: int, t_end: int, sentence: tuple[int, int]) -> tuple[str, str, bool] | None:
        """(source, target, mutual) for a trigger at [t_start, t_end) in clause [lo, hi); None when the rule's actor kind fails.

        `mutual` is True when the actors come from a plural subject ("both countries", "they").
        """
        text = self.article.text
        before = [(s, e, a) for s, e, a in self.mentions if lo <= s and e <= t_start]
        after = [(s, e, a) for s, e, a in self.mentions if t_end <= s and e <= hi]
        passive = _PASSIVE_BEFORE.search(text[max(lo, t_start - 30):t_start]) is not None
        source: tuple[int, int, Actor] | None = None
        victim: tuple[int, int, Actor] | None = None
        if before and (_MODIFIER_GAP.match(text[before[-1][1]:t_start]) or _RELATIVE_GAP.match(text[before[-1][1]:t_start])):
            source = before[-1]
        if source is None and not passive:
            source = next((m for m in after if _POST_PASSIVE.search(text[t_end:m[0]])), None)
            if source is not None:
                after = [m for m in after if m is not source]
        pronoun = _PRONOUN_SUBJECT.search(text, lo, t_start)
        if source is None and pronoun is not None and self.topic is not None and not passive:
            if not [m for m in before if m[0] < pronoun.start()]:
                source = self.topic
        if source is None:
            candidates = self._subject_candidates(text, before)
            speakers = [m for m in candidates if _SPEECH_AFTER.match(text[m[1]:t_start])]
            others = [m for m in candidates if m not in speakers]
            source = others[0] if others else (candidates[0] if candidates else None)
        if source is not None:
            leading = [m for m in before if m[1] <= source[0] and _PAIR_GAP.match(text[m[1]:source[0]])]
            if leading:
                source = leading[-1]
        inside = [(s, e, a) for s, e, a in self.mentions if t_start <= s and e <= t_end]
        if source is None and inside and " between " in text[t_start:t_end]:
            source, inside = inside[0], inside[1:]
        after = inside + after
        if passive:
            victim = source
            agent = next((m for m in after if _AGENT_GAP.match(text[t_end:m[0]])), None)
            source = agent
        plural = _PLURAL_SUBJECT.search(text[lo:t_end]) is not None
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
                if first[2].name == actor1 and second[2].name != actor1 and _PAIR_GAP.match(text[first[1]:second[0]]):
                    pair_partner = second[2].name
                    break
        if victim is not None and victim[2].name != actor1:
            return actor1, victim[2].name, False
        actor2 = ""
        for s, e, a in after:
            if a.name == actor1:
                continue
            if rule.target == "near" and s - t_end > NEAR_TARGET_CHARS:
                break
            if rule.target == "object" and _TARGET_SKIP_GAP.search(text[max(t_end, s - 20):s]):
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
        """Further targets coordinated after the first ("strikes against Syria ..., and against Iraq")."""
        text = self.article.text
        return [
            a.name for s, e, a in self.mentions
            if t_end <= s and e <= hi and a.name not in actors[:2] and _MORE_TARGET_GAP.search(text[max(t_end, s - 30):s])
        ]

    def _triggers(self, lo: int, hi: int, sentence: tuple[int, int], quoted: list[tuple[int, int]]) -> list[_Trigger]:
        """Rule matches in a clause (earlier rules claim overlapping text), with actors, after suppression rules."""
        text = self.article.text
        claimed: list[tuple[int, int]] = []
        found: list[_Trigger] = []
        for rule, starts, spans in self.rule_matches:
            for s, e in spans[bisect_left(starts, lo):bisect_left(starts, hi)]:
                if e > hi:
                    continue
                if any(s < ce and cs < e for cs, ce in claimed) or any(qs <= s < qe for qs, qe in quoted):
                    continue
                if _NOT_HAPPENED.search(text[max(lo, s - 40):s]):
                    continue
                actors = self._actors(rule, lo, hi, s, e, sentence)
                if actors is None:
                    continue
                claimed.append((s, e))
                found.append(_Trigger(rule, s, e, *actors))
                if actors[0] and not actors[2]:
                    self.topic = (s, s, self.actors.get(actors[0])) if self.actors.get(actors[0]) else self.topic
                if cameo_root(rule.cameo_code) in VIOLENT_ROOTS and actors[0]:
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
            if key not in best or trig.rule.priority < best[key].rule.priority:
                best[key] = trig
        for trig in best.values():
            if not trig.actor2:
                trig.actor2 = next((t.actor2 for t in kept if event_key(t.rule.cameo_code) == event_key(trig.rule.cameo_code) and t.actor2 and t.actor2 != trig.actor1), "")
        chosen = list(best.values())
        chosen += [x for x in extras if any(x.start == t.start and x.rule == t.rule for t in chosen)]
        return sorted(chosen, key=lambda t: t.start)

    def _date_for(self, clause: tuple[int, int], clauses_with_events: set[tuple[int, int]], clauses: list[tuple[int, int]], trigger_at: int) -> TimeExpression | None:
        """The clause's own temporal expression, else one from a sentence clause that reports no event.

        A clause that sets its own time ("after days of tension", "amid ...", "several days after") takes
        no date from the rest of the sentence.
        """
        def best(lo: int, hi: int) -> TimeExpression | None:
            inside = [t for t in self.times if lo <= t.start and t.end <= hi]
            if not inside:
                return None
            return min(inside, key=lambda t: (PRECISION_RANK.get(t.precision, 9), t.kind != "explicit", abs(t.start - trigger_at)))

        relative = _RELATIVE_CLAUSE.match(self.article.text, clause[0], clause[1])
        if relative is not None:
            main = next((best(*c) for c in clauses if c != clause and c not in clauses_with_events and best(*c) is not None), None)
            main = main or next((best(*c) for c in clauses if c != clause and best(*c) is not None), None)
            if main is None or main.date is None or main.precision != "day":
                return None
            days = _count_days(relative.group("num"), relative.group("unit"))
            shift = -days if relative.group("dir").lower() == "after" else days
            when = main.date + timedelta(days=shift)
            return TimeExpression(relative.start("num"), relative.end(), relative.group(0).strip(), when, None, "day", "anaphoric")
        own = best(*clause)
        if own is not None or _OWN_TIME_CLAUSE.match(self.article.text, clause[0], clause[1]):
            return own
        for other in sorted(clauses, key=lambda c: abs(c[0] - clause[0])):
            if other != clause and other not in clauses_with_events:
                found = best(*other)
                if found is not None:
                    return found
        return None

    def code(self) -> list[dict[str, object]]:
        """The article's events as rows of the `events` table."""
        text = self.article.text
        rows: list[dict[str, object]] = []
        for s_start, s_end in sentence_spans(text):
            sentence = text[s_start:s_end]
            quoted = [(s_start + a, s_start + b) for a, b in _quoted_spans(sentence)] if _QUOTE_CHARS.search(sentence) else []
            clauses = [(s_start + a, s_start + b) for a, b in _clauses(sentence)]
            per_clause = {c: self._triggers(c[0], c[1], (s_start, s_end), quoted) for c in clauses}
            with_events = {c for c, trig in per_clause.items() if trig}
            for clause, triggers in per_clause.items():
                clause_casualties = casualties(text[clause[0]:clause[1]]) if any(cameo_root(t.rule.cameo_code) in VIOLENT_ROOTS for t in triggers) else ""
                for trig in triggers:
                    violent = cameo_root(trig.rule.cameo_code) in VIOLENT_ROOTS
                    figures = clause_casualties if violent else ""
                    if not trig.actor1 and not figures:
                        continue
                    when = self._date_for(clause, with_events, clauses, trig.start)
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
            "goldstein": goldstein(trig.rule.cameo_code),
            "casualties": figures,
            "text": self.article.text[start:end],
            "start": start,
            "end": end,
        }

    def _merge_repeats(self, rows: list[dict[str, object]]) -> list[dict[str, object]]:
        """Keep the first row of each dated event the article repeats (same date, actor1, kind, compatible target), with its casualties."""
        kept: list[dict[str, object]] = []
        for row in rows:
            first = next(
                (k for k in kept if row["date"] and (k["date"], k["date_end"], k["date_precision"]) == (row["date"], row["date_end"], row["date_precision"])
                 and k["actor1"] == row["actor1"] and (k["start"] != row["start"] or k["actor2"] == row["actor2"])
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
    kinds = {_kind(x) if (x := actors.get(name)) is not None else "other" for name in (a, b)}
    return "nonstate" in kinds


def article_tables(article: Article, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The `events` rows of one article (see the module docstring for the coding rules)."""
    if not article.text or not article.text.strip():
        return {"events": []}
    return {"events": _ArticleCoder(article, load_actors()).code()}


def _parse(value: object) -> date | None:
    """An ISO date string as a date (None when empty or malformed)."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _cluster_key(row: pd.Series) -> tuple[str, str, str]:
    """(actor1, '', kind); cooperative events and exchanges of strikes are keyed by the unordered pair (a, b, kind)."""
    code = str(row["cameo_code"])
    if cameo_root(code) in COOPERATIVE_ROOTS or row["event_type"] == MUTUAL_VIOLENCE:
        first, second = sorted((str(row["actor1"]), str(row["actor2"])))
        return first, second, event_key(code)
    return str(row["actor1"]), "", event_key(code)


def assign_clusters(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """`events` with `outlet`, `published` and `cluster_id` columns (cluster_id empty when not clustered)."""
    actors = load_actors()
    meta = articles.set_index("article_id")[["outlet", "published"]] if len(articles) else pd.DataFrame(columns=["outlet", "published"])
    frame = events.copy()
    frame["outlet"] = [str(meta["outlet"].get(a, "")) if a in meta.index else "" for a in frame["article_id"]]
    frame["published"] = [str(meta["published"].get(a, "")) if a in meta.index else "" for a in frame["article_id"]]
    frame["cluster_id"] = ""
    clusters: list[dict[str, object]] = []
    order = sorted(range(len(frame)), key=lambda i: (str(frame.iloc[i]["date"]) or "9999", i))
    for i in order:
        row = frame.iloc[i]
        when = _parse(row["date"])
        if when is None:
            continue
        key = _cluster_key(row)
        for c in clusters:
            same_span = (
                (row["date_precision"] == "day" and c["precision"] == "day" and abs((when - c["anchor"]).days) <= CLUSTER_WINDOW_DAYS)
                or (row["date_precision"] != "day" and (row["date"], row["date_end"], row["date_precision"]) == c["span"])
            )
            if c["key"] == key and same_span and (key[1] or all(targets_compatible(str(row["actor2"]), t, actors) for t in c["targets"])):
                c["members"].append(i)
                c["targets"].add(str(row["actor2"]))
                break
        else:
            clusters.append({"key": key, "anchor": when, "precision": row["date_precision"],
                             "span": (row["date"], row["date_end"], row["date_precision"]), "members": [i], "targets": {str(row["actor2"])}})
    for i in range(len(frame)):
        row = frame.iloc[i]
        published = _parse(row["published"])
        if row["date"] or not row["actor1"] or published is None:
            continue
        key = _cluster_key(row)
        fits = [
            c for c in clusters
            if c["key"] == key and c["precision"] == "day" and published - timedelta(days=UNDATED_LOOKBACK_DAYS) <= c["anchor"] <= published
            and (key[1] or all(targets_compatible(str(row["actor2"]), t, actors) for t in c["targets"]))
        ]
        if len(fits) == 1:
            fits[0]["members"].append(i)
    clusters.sort(key=lambda c: (c["anchor"], c["key"]))
    column = frame.columns.get_loc("cluster_id")
    for n, c in enumerate(clusters, 1):
        for i in c["members"]:
            frame.iat[i, column] = f"c{n:04d}"
    return frame


def _mode(values: list[str]) -> str:
    """Most common non-empty value (first seen wins ties), or ''."""
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else ""


def cluster_table(assigned: pd.DataFrame) -> pd.DataFrame:
    """One row per cluster from `assign_clusters` output (columns CLUSTER_COLUMNS)."""
    rows = []
    for cluster_id, group in assigned[assigned["cluster_id"] != ""].groupby("cluster_id", sort=True):
        dated = group[group["date"] != ""]
        code = _mode([str(c) for c in group["cameo_code"]])
        claims = []
        for figures, outlet in zip(group["casualties"], group["outlet"]):
            claim = f"{figures} ({outlet or 'unknown outlet'})"
            if figures and claim not in claims:
                claims.append(claim)
        rows.append({
            "cluster_id": cluster_id,
            "date": _mode([str(d) for d in dated["date"]]),
            "actor1": _mode([str(a) for a in group["actor1"]]),
            "actor2": _mode([str(a) for a in group["actor2"]]),
            "cameo_code": code,
            "event_type": _mode([str(t) for t in group["event_type"][group["cameo_code"] == code]]),
            "goldstein": goldstein(code),
            "n_articles": group["article_id"].nunique(),
            "outlets": "; ".join(sorted({str(o) for o in group["outlet"] if o})),
            "article_ids": "; ".join(sorted(set(group["article_id"]))),
            "casualty_claims": " | ".join(claims),
        })
    return pd.DataFrame(rows, columns=list(CLUSTER_COLUMNS))


def corpus_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """`event_clusters`: the same real-world event reported by several articles merged into one row."""
    events = tables.get("events")
    articles = tables.get("articles")
    if events is None or events.empty:
        return {"event_clusters": pd.DataFrame(columns=list(CLUSTER_COLUMNS))}
    if articles is None:
        articles = pd.DataFrame(columns=["article_id", "outlet", "published"])
    return {"event_clusters": cluster_table(assign_clusters(events, articles))}
