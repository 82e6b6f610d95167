"""Codes the events of one article (the rules are in the package docstring of `presslens.analyses.events`)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from presslens.actors import Actor
from presslens.analyses.events.casualties import casualties
from presslens.analyses.events.clauses import (
    _DATELINE,
    _QUOTE_AS_OBJECT,
    _QUOTE_CHARS,
    _REACTION_IN_RELATIVE,
    _RELATIVE_CLAUSE,
    _SPACES,
    _STATE_SCENE,
    NEAR_DATE_CHARS,
    NEAR_TARGET_CHARS,
    ON_LOWER,
    ON_TEXT,
    _clauses,
    _quoted_spans,
    _shifted,
)
from presslens.analyses.events.roles import _kind, _state_level, targets_compatible
from presslens.analyses.events.rules import (
    COOPERATIVE_ROOTS,
    MUTUAL_VIOLENCE,
    REACTION_ROOTS,
    SUMMONS,
    UNIDENTIFIED_MILITANTS,
    VIOLENT_ROOTS,
    EventRule,
    _generic_patterns,
    cameo_root,
    event_key,
    goldstein,
    load_rules,
    lower_keywords,
    rules_by_keyword,
    trigger_keywords,
)
from presslens.analyses.temporal.expressions import TimeExpression
from presslens.context import ArticleContext
from presslens.literal_scan import word_starts
from presslens.places import load_places, place_finder

EVENT_COLUMNS = (
    "event_id", "article_id", "date", "date_end", "date_text", "date_precision", "actor1", "actor2",
    "cameo_code", "event_type", "goldstein", "casualties", "text", "start", "end",
)

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "approximate": 3}
DATELINE_CHARS = 40  # how far into a paragraph its dateline's place names may lie
HOPE_CHARS = 160  # how far before a trigger a hope or an effort it is the aim of may stand ("hope that ... will restore ties")
THAT_SUBJECT_CHARS = 20  # how far after "that" the subject of a that-clause may start ("that the two envoys")
_ING_WORD = re.compile(r"[a-z]+ing\b", re.IGNORECASE)


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
    planned: bool = False  # announced for later ("will visit ... on January 29"): dated only by a day after publication


def _rank(trig: _Trigger) -> tuple[bool, bool, int]:
    """How a trigger ranks among those of its kind in a clause (lower first): a source first, a named one before the
    generic 'Unidentified militants' ("suicide bombers ..., an attack claimed by Islamic State"), then rule order."""
    return not trig.actor1, trig.actor1 == UNIDENTIFIED_MILITANTS.name, trig.rule.priority


class _ArticleCoder:
    """Codes the events of one article."""

    def __init__(self, context: ArticleContext):
        article = self.article = context.article
        self.settings = context.settings
        actors = self.actors = context.actors
        self.published = article.published
        self.lower = context.lower  # the text lower-cased when that keeps every offset and match, else None
        self.scan_text = article.text if self.lower is None else self.lower  # what the syntax patterns (`self._rx`) run on
        self._rx = ON_TEXT if self.lower is None else ON_LOWER
        found_times = context.time_expressions
        self.times = sorted((t for t in found_times if self._usable(t)), key=lambda t: t.start)
        self._deadline_starts = sorted(t.start for t in found_times if t.date is not None and self._rx.deadline_before.search(self.scan_text, max(0, t.start - 15), t.start))
        self._by_deadline: set[int] = set()  # positions of rows whose clause sets a deadline ("agreed ... would return by January 26")
        self.later_days = sorted((t for t in found_times if self._announced_day(t)), key=lambda t: t.start)  # what a planned event can be dated by
        self._later_starts = [t.start for t in self.later_days]
        self._time_starts = [t.start for t in self.times]
        self._stated = sorted((t.start, t.text.lower()) for t in found_times if t.type == "DATE")  # every date a sentence states, resolved or not
        self.speech_dates = {t.start for t in self.times if self._rx.speech_date_before.search(self.scan_text, max(0, t.start - 50), t.start)}
        mentions = [m for m in context.mentions if m.actor.bloc != "Media" and not self._dateline(m.start)]
        named = {m.actor.name: m.actor for m in mentions}
        levels = {name: _state_level(actor, actors) for name, actor in named.items()}
        self.mentions = [(m.start, m.end, levels[m.actor.name]) for m in mentions]
        self.places = self._place_mentions()
        self._place_set = set(self.places)
        self._place_starts = {start for start, _, _ in self.places}
        self._scene_mentions = sorted(self.mentions + self.places, key=lambda m: m[0])  # where generic forces act
        self._scene_starts = [m[0] for m in self._scene_mentions]
        self.mentions = sorted(self.mentions + self.places + self._generic_mentions(), key=lambda m: m[0])
        self._mention_starts = [m[0] for m in self.mentions]
        self.sentences, self.rule_matches = self._rule_matches(context.sentences)
        self._rule_match_starts = [start for start, _, _ in self.rule_matches]
        counts = Counter(a.name for _, _, a in self.mentions if _kind(a) == "state")
        self.top_states = [name for name, _ in counts.most_common(2)]
        self.topic: tuple[int, int, Actor] | None = None  # source of the last event: what "it", "he", "she" refer to
        self._prepositional: dict[int, bool] = {}  # mention start -> `_after_preposition`
        self._latest_day: dict[tuple[str, str], dict[str, object]] = {}  # (kind, actor1 or '') -> latest day-dated row so far

    def _rule_matches(self, spans: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int, EventRule]]]:
        """The sentences with a rule match, and the rule matches there as (start, end, rule) in text order.

        One scan finds the rules' keywords (`keywords` column of `event_rules.csv`); a rule runs only on the sentences
        holding one of its keywords.
        """
        starts = [start for start, _ in spans]
        ends = [end for _, end in spans]
        rules = load_rules(self.settings)
        patterns = [rule.pattern if self.lower is None else rule.lower_pattern for rule in rules]
        every_rule = range(len(rules))
        rules_of = rules_by_keyword(self.settings)
        keywords = trigger_keywords(self.settings) if self.lower is None else lower_keywords(self.settings)
        stems: dict[int, set[str]] = {}  # sentence index -> the keyword stems found there
        for at, _, stem in word_starts(keywords, self.scan_text):
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < ends[i]:
                stems.setdefault(i, set()).add(stem)
        rule_matches = [
            (m.start(), m.end(), rules[r]) for i, found in stems.items()
            for r in set().union(*(rules_of.get(stem.lower(), every_rule) for stem in found))
            for m in patterns[r].finditer(self.scan_text, *spans[i])
        ]
        rule_matches.sort(key=lambda m: (m[0], m[2].priority))
        kept = sorted({bisect_right(starts, start) - 1 for start, _, _ in rule_matches})
        return [spans[i] for i in kept], rule_matches

    def _dateline(self, at: int) -> bool:
        """Whether a mention lies in the dateline that opens its paragraph ("ISLAMABAD:", "TEHRAN, Jan 29 (Reuters) -",
        "Quetta [Pakistan], March 3 :")."""
        text = self.article.text
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start > DATELINE_CHARS:
            return False
        dateline = _DATELINE.match(text, line_start)
        return dateline is not None and at < dateline.end()

    def _usable(self, t: TimeExpression) -> bool:
        """A resolved expression not after publication, and not a deadline ('by January 26')."""
        if t.date is None or (self.published is not None and t.date > self.published):
            return False
        return self._rx.deadline_before.search(self.scan_text, max(0, t.start - 15), t.start) is None

    def _announced_day(self, t: TimeExpression) -> bool:
        """A day-precise expression after publication: the day an announced act is planned for."""
        if t.date is None or self.published is None or t.date <= self.published or t.precision != "day":
            return False
        return self._rx.deadline_before.search(self.scan_text, max(0, t.start - 15), t.start) is None

    def _holds_deadline(self, clause: tuple[int, int]) -> bool:
        """Whether a clause states a deadline ("by January 26"): its act was still to come, so it takes no other event's date."""
        i = bisect_left(self._deadline_starts, clause[0])
        return i < len(self._deadline_starts) and self._deadline_starts[i] < clause[1]

    def _planned_day(self, clause: tuple[int, int], trigger_at: int) -> TimeExpression | None:
        """The day after publication stated in the clause of an announced act, the first after its trigger (else before it)."""
        first = bisect_left(self._later_starts, clause[0])
        inside = [t for t in self.later_days[first:bisect_left(self._later_starts, clause[1], first)] if t.end <= clause[1]]
        return min(inside, key=lambda t: (t.start < trigger_at, abs(t.start - trigger_at)), default=None)

    def _free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no dictionary mention (self.mentions is sorted and non-overlapping)."""
        i = bisect_left(self.mentions, start, key=lambda m: m[1])
        return i == len(self.mentions) or self.mentions[i][0] >= end or self.mentions[i][1] <= start

    def _place_mentions(self) -> list[tuple[int, int, Actor]]:
        """Places from `places.csv` outside dictionary mentions, standing for their country (targets only)."""
        places = load_places(self.settings)
        found = []
        for start, end, name in word_starts(place_finder(self.settings), self.article.text):
            country = self.actors.get(places[name])
            if country is not None and self._free(start, end):
                found.append((start, end, country))
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
            finder = pattern if self.lower is not None else re.compile(pattern.pattern, re.IGNORECASE)
            for start, end, _ in word_starts(finder, self.scan_text):
                if not self._free(start, end):
                    continue
                i = bisect_left(starts, start)
                if i and self._rx.modifier_gap.match(self.scan_text[self.mentions[i - 1][1]:start]) and start - self.mentions[i - 1][1] < 25:
                    continue
                if self._rx.generic_not_actor_after.match(self.scan_text, end):
                    continue
                if i < len(starts) and _SPACES.fullmatch(text, end, starts[i]):
                    continue  # "the militant group Jaish al-Adl"
                if i and self._rx.appositive_gap.match(self.scan_text[self.mentions[i - 1][1]:start]):
                    continue  # "Jaish al-Adl, a Sunni armed group"
                if not state:
                    found.append((start, end, UNIDENTIFIED_MILITANTS))
                    continue
                scene = self._scene_state(start, end)
                if scene is not None:
                    found.append((start, end, scene))
        return found

    def _scene_state(self, start: int, end: int) -> Actor | None:
        """The state where generic forces act: 'in X,' before them, else the first place or state after them, in the sentence."""
        text = self.article.text
        lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        hi = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
        nearby = self._scene_mentions[bisect_left(self._scene_starts, lo):bisect_left(self._scene_starts, hi)]
        states = [m for m in nearby if _kind(m[2]) == "state"]
        before = [m for m in states if m[1] <= start]
        if before and _STATE_SCENE.search(text[max(lo, before[-1][0] - 6):before[-1][0]]) and text[before[-1][1]:start].strip() in (",", ""):
            return before[-1][2]
        after = [m for m in states if end <= m[0]]
        return after[0][2] if after else None

    def _pair(self, lo: int, hi: int) -> list[str]:
        """Two states for a plural subject: those named in [lo, hi), else the article's two main states."""
        named: list[str] = []
        for _, _, a in self._mentions_starting_in(lo, hi):
            if _kind(a) == "state" and a.name not in named:
                named.append(a.name)
        return named[:2] if len(named) >= 2 else self.top_states

    def _subject_candidates(self, text: str, before: list[tuple[int, int, Actor]]) -> list[tuple[int, int, Actor]]:
        """Mentions before a trigger that can be its subject: not after a preposition, nor joined by 'and' to one that is."""
        kept: list[tuple[int, int, Actor]] = []
        excluded_end = -1
        lo, hi = (before[0][0], before[-1][1] + 200) if before else (0, 0)
        relative = [(m.start(), m.end()) for m in self._rx.relative_open.finditer(self.scan_text, lo, hi)]
        for s, e, a in before:
            prepositional = self._after_preposition(s)
            joined = excluded_end >= 0 and self._rx.pair_gap.match(self.scan_text[excluded_end:s]) is not None
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
            window = self.scan_text[max(0, at - 30):at]
            self._prepositional[at] = self._rx.preposition_before.search(window) is not None and self._rx.members_of.search(window) is None
        return self._prepositional[at]

    def _mentions_starting_in(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """The actor mentions starting inside [lo, hi), in text order (binary search on their starts)."""
        return self.mentions[bisect_left(self._mention_starts, lo):bisect_left(self._mention_starts, hi)]

    def _mentions_in(self, lo: int, hi: int) -> list[tuple[int, int, Actor]]:
        """The actor mentions lying wholly inside [lo, hi), in text order (binary search on their starts)."""
        return [m for m in self._mentions_starting_in(lo, hi) if m[1] <= hi]

    def _actors(self, rule: EventRule, lo: int, hi: int, t_start: int, t_end: int, sentence: tuple[int, int]) -> tuple[str, str, bool] | None:
        """(source, target, mutual) for a trigger at [t_start, t_end) in clause [lo, hi); None when the rule's actor kind fails.

        `mutual` is True when the actors come from a plural subject ("both countries", "they").
        """
        text = self.article.text
        before = self._mentions_in(lo, t_start)
        after = self._mentions_in(t_end, hi)
        progressive = _ING_WORD.match(self.scan_text, t_start) is not None  # "is holding a press conference": active
        passive = not progressive and self._rx.passive_before.search(self.scan_text[max(lo, t_start - 30):t_start]) is not None
        source: tuple[int, int, Actor] | None = None
        victim: tuple[int, int, Actor] | None = None
        relative = [(m.start(), m.end()) for m in self._rx.relative_open.finditer(self.scan_text, lo, t_start)]
        before = [m for m in before if not any(rs < m[0] < re_ for rs, re_ in relative)]
        if before and (self._rx.modifier_gap.match(self.scan_text[before[-1][1]:t_start]) or self._rx.relative_gap.match(self.scan_text[before[-1][1]:t_start])):
            source = before[-1]
        between = source is None and bool(after) and rule.root in COOPERATIVE_ROOTS and self._rx.between_after.match(self.scan_text[t_end:after[0][0]]) is not None
        if between:
            source, after = after[0], after[1:]
        if source is None and not passive and after:
            source = next((m for m in after if self._rx.post_passive.search(self.scan_text[t_end:m[0]])), None)
            if source is not None:
                after = [m for m in after if m is not source]
        if source is not None and self._is_place(source):
            source = None
        if source is None and self.topic is not None and not passive and (pronoun := self._rx.pronoun_subject.search(self.scan_text, lo, t_start)) is not None:
            said = self._rx.speech_after.match(self.scan_text[pronoun.end():t_start]) is not None  # "It said the strike ...": the pronoun speaks
            if not said and not [m for m in before if m[0] < pronoun.start()]:
                source = self.topic
        if source is None and self.topic is not None and not passive and not before and self._rx.coordinated.match(self.scan_text, lo, t_start):
            source = self.topic
        if source is None:
            candidates = self._subject_candidates(text, before)
            said_at = max((m[1] + verb.end() for m in candidates if (verb := self._rx.speech_after.match(self.scan_text[m[1]:t_start]))), default=-1)
            said_at = max(said_at, self._that_clause_start(lo, t_start, candidates))
            speakers = [m for m in candidates if m[0] < said_at]  # the speaker and what names it ("Iran's foreign minister, X, said")
            others = [m for m in candidates if m not in speakers]
            violent = rule.root in VIOLENT_ROOTS
            fallback = candidates[0] if candidates and not violent else None
            source = others[0] if others else fallback
            if violent and self._rx.noun_in_phrase.search(self.scan_text, max(lo, t_start - 60), t_start):
                source = None  # "arrested suspects in connection with the December attack": the clause subject did not attack
            if source is None and speakers and self._rx.own_pronoun_before.search(self.scan_text, speakers[-1][1], t_start):
                source = speakers[-1]  # "Pakistan said it carried out strikes", "Iran said its missiles hit": the reporter acted
        if source is not None:
            leading = [m for m in before if m[1] <= source[0] and self._rx.pair_gap.match(self.scan_text[m[1]:source[0]])]
            if leading:
                source = leading[-1]
        inside = self._mentions_in(t_start, t_end)
        if source is None and inside and (" between " in text[t_start:t_end] or rule.target == "pair"):
            source, inside = inside[0], inside[1:]  # "a meeting between X and Y", "the envoys of X and Y had arrived"
        if not passive and inside and inside[-1][2].name == UNIDENTIFIED_MILITANTS.name:  # "two suicide bombers blew themselves up": the trigger names who acted
            source, inside = source or inside[-1], inside[:-1]
        after = inside + after
        if passive:
            victim = source
            agent = next((m for m in after if self._rx.agent_gap.match(self.scan_text[t_end:m[0]])), None)
            source = agent
        plural_match = self._rx.plural_subject.search(self.scan_text, lo, t_end)
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
                if first[2].name == actor1 and second[2].name != actor1 and self._rx.pair_gap.match(self.scan_text[first[1]:second[0]]):
                    pair_partner = second[2].name
                    break
        if victim is not None and not actor1 and rule.cameo_code == SUMMONS:
            actor1 = self._host(victim[2].name, after)  # "Iran's envoy was summoned to the Foreign Office": by the other state
        if victim is not None and victim[2].name != actor1:
            return actor1, victim[2].name, False
        actor2 = ""
        with_source = self._joined_to(actor1, after) if rule.target == "object" else set()
        armed_source = source is not None and _kind(source[2]) == "nonstate" and rule.root in VIOLENT_ROOTS
        for i, (s, _, a) in enumerate(after if rule.target != "none" else ()):
            if a.name == actor1:
                continue
            if armed_source and self._rx.scene_before.search(self.scan_text, max(t_end, s - 60), s) and any(_kind(m[2]) == "state" and m[2].name not in (actor1, a.name) for m in after[i + 1:]):
                continue  # "gunmen killed nine in a border area of Iran, ... nine Pakistani workers": the scene, not the victims
            if rule.target == "near" and s - t_end > NEAR_TARGET_CHARS and not between:
                break
            if rule.target == "object" and (s, a.name) in with_source:
                continue  # "denounced the raid, stressing that Norland and Sudia will stay close": the source's partner
            if rule.target == "object" and self._rx.target_skip_gap.search(self.scan_text[max(t_end, s - 20):s]):
                continue
            actor2 = a.name
            break
        if not actor2 and pair_partner:
            actor2 = pair_partner
        if not actor2 and actor1 and rule.target == "pair":  # a bilateral act: the other of the article's two main states
            actor2 = next((name for name in self.top_states + self._pair(*sentence) if name != actor1), "")
        if not actor2 and actor1 and plural and rule.root in COOPERATIVE_ROOTS | VIOLENT_ROOTS | {"02", "11"}:
            partners = [name for name in self._pair(*sentence) if name != actor1]
            actor2 = partners[0] if partners else ""
        return actor1, actor2, False

    def _joined_to(self, actor1: str, mentions: list[tuple[int, int, Actor]]) -> set[tuple[int, str]]:
        """The (start, name) of mentions joined by "and" to a mention of `actor1` ("Iran and Pakistan", "Pakistan and Iran")."""
        joined: set[tuple[int, str]] = set()
        for first, second in zip(mentions, mentions[1:]):
            if actor1 in (first[2].name, second[2].name) and self._rx.pair_gap.match(self.scan_text[first[1]:second[0]]):
                joined.update({(first[0], first[2].name), (second[0], second[2].name)})
        return joined

    def _that_clause_start(self, lo: int, t_start: int, candidates: list[tuple[int, int, Actor]]) -> int:
        """Where the that-clause holding a trigger opens, when it starts with an actor ("the UN welcomed that Norland
        and Sudia had resumed ties"): the actors before it speak or react; else -1 ("a border that is rife with
        militants" opens no clause of its own)."""
        at = self.scan_text.rfind(" that ", lo, t_start)
        if at < 0 or not any(at < m[0] <= at + THAT_SUBJECT_CHARS for m in candidates):
            return -1
        return at + 1

    def _host(self, guest: str, after: list[tuple[int, int, Actor]]) -> str:
        """The state that summoned a guest's envoy: the first other state named after the trigger, else the other of
        the article's two main states."""
        named = next((a.name for _, _, a in after if _kind(a) == "state" and a.name != guest), "")
        return named or next((name for name in self.top_states if name != guest), "")

    def _more_targets(self, t_end: int, hi: int, actors: tuple[str, str, bool]) -> list[str]:
        """Further targets coordinated after the first ("strikes against Syria ..., and against Iraq", "targets in Iraq and Syria")."""
        extra = [
            a.name for s, e, a in self._mentions_in(t_end, hi)
            if a.name not in actors[:2] and self._rx.more_target_gap.search(self.scan_text[max(t_end, s - 30):s])
        ]
        following = self._mentions_in(t_end, hi)
        first = next((i for i, m in enumerate(following) if m[2].name == actors[1]), None)
        if first is not None:
            for previous, (s, _, a) in zip(following[first:], following[first + 1:]):
                if not self._rx.list_gap.match(self.scan_text[previous[1]:s]):
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
            lead = self.scan_text[lead_start:s]
            planned = self._rx.announced_before.search(lead) is not None
            if self._rx.not_happened.search(lead) and not planned:
                continue
            if self._rx.talk_topic.search(self.scan_text, lead_start, s):
                continue  # "held talks on de-escalation": the meeting is the act, de-escalation its topic
            root = rule.root
            if root not in VIOLENT_ROOTS and root != "02" and self._rx.hoped_for.search(self.scan_text, max(sentence[0], s - HOPE_CHARS), s):
                continue  # "expressing hope that ... will pave the way for the envoys' return": a wish, not an act (an appeal, 02, may be one)
            if root in VIOLENT_ROOTS and self._rx.topic_phrase.search(lead):
                continue  # "concerned about the exchange of strikes": the topic of a statement, not dated by it
            if root == "11" and _REACTION_IN_RELATIVE.search(text[lead_start:s]):
                continue  # "which Iran accuses of ...", "an attack Iran blamed on ...": a standing claim, not a dated act
            actors = self._actors(rule, lo, hi, s, e, sentence)
            if actors is None:
                continue
            claimed.append((s, e))
            found.append(_Trigger(rule, s, e, *actors, planned=planned))
            if actors[0] and not actors[2] and (topic := self.actors.get(actors[0])):
                self.topic = (s, s, topic)
            if (root in VIOLENT_ROOTS or root == "04") and actors[0]:
                found.extend(_Trigger(rule, s, e, actors[0], extra, actors[2], True) for extra in self._more_targets(e, hi, actors))
        found.sort(key=lambda t: t.start)
        return self._suppress(found)

    @staticmethod
    def _suppress(found: list[_Trigger]) -> list[_Trigger]:
        """Drop embedded events (what a reaction or demand objects to, what an appeal asks for, what a summons demands, a
        bare 'agree') and duplicates; a condemnation conveyed at a summons is the summoner's."""
        extras = [t for t in found if t.extra]
        found = [t for t in found if not t.extra]
        kept: list[_Trigger] = []
        for i, trig in enumerate(found):
            root = trig.rule.root
            earlier = found[:i]
            if root in VIOLENT_ROOTS and any(t.rule.root in REACTION_ROOTS for t in earlier):
                continue
            if root in COOPERATIVE_ROOTS and any(t.rule.cameo_code.startswith("025") and t.actor1 in (trig.actor1, "") for t in earlier):
                continue  # what the appeal asks for; another party's own act in the clause ("... while China offered to mediate") stays
            summons = next((t for t in earlier if t.rule.cameo_code == SUMMONS and t.actor1), None)
            if root == "10" and (summons is not None or not trig.actor2):
                continue  # "summoned the envoy to demand an explanation": what the summons was for; a demand is made of someone
            if trig.rule.event_type == "condemnation" and summons is not None:
                trig.actor1, trig.actor2 = summons.actor1, summons.actor2  # "was called in to convey strongest condemnation": the summoner's
            if trig.rule.event_type == "agreement" and any(t.rule.root in COOPERATIVE_ROOTS and t.rule.event_type != "agreement" for t in found[i + 1:]):
                continue
            if not trig.actor1 and root not in VIOLENT_ROOTS:
                continue
            if trig.actor1 and trig.actor1 == trig.actor2:
                continue
            if root in COOPERATIVE_ROOTS and not trig.actor2 and trig.rule.target != "none":
                continue
            kept.append(trig)
        best: dict[str, _Trigger] = {}
        for trig in kept:
            key = trig.rule.kind
            if key not in best or _rank(trig) < _rank(best[key]):
                best[key] = trig
        for trig in best.values():
            if not trig.actor2:
                trig.actor2 = next((t.actor2 for t in kept if t.rule.kind == trig.rule.kind and t.actor2 and t.actor2 != trig.actor1), "")
        chosen = list(best.values())
        chosen += [x for x in extras if any(x.start == t.start and x.rule == t.rule for t in chosen)]
        return sorted(chosen, key=lambda t: t.start)

    def _best_time(self, lo: int, hi: int, trigger_at: int, violent: bool) -> TimeExpression | None:
        """The expression of [lo, hi) that dates a trigger at `trigger_at`: day precision first, then one within
        NEAR_DATE_CHARS, then explicit, then the nearest; for violence, the date of a saying comes last."""
        first = bisect_left(self._time_starts, lo)
        inside = [t for t in self.times[first:bisect_left(self._time_starts, hi, first)] if t.end <= hi]
        if not inside:
            return None
        return min(inside, key=lambda t: (violent and t.start < trigger_at and t.start in self.speech_dates,
                                          PRECISION_RANK.get(t.precision, 9), abs(t.start - trigger_at) > NEAR_DATE_CHARS, t.kind != "explicit", abs(t.start - trigger_at)))

    def _date_for(self, clause: tuple[int, int], clauses_with_events: set[tuple[int, int]], clauses: list[tuple[int, int]], trigger_at: int, violent: bool) -> TimeExpression | None:
        """The clause's own temporal expression, else one from a sentence clause that reports no event.

        A clause that sets its own time ("after days of tension", "amid ...", "several days after") takes
        no date from the rest of the sentence. Violence takes the date of the saying ("said on Sunday that
        ... the December attack") only when the clause has no other.
        """
        def best(lo: int, hi: int) -> TimeExpression | None:
            return self._best_time(lo, hi, trigger_at, violent)

        relative = _RELATIVE_CLAUSE.match(self.article.text, clause[0], clause[1])
        if relative is not None:
            main = next((best(*c) for c in clauses if c != clause and c not in clauses_with_events and best(*c) is not None), None)
            main = main or next((best(*c) for c in clauses if c != clause and best(*c) is not None), None)
            main = main or self._anchor_before(clause[0])
            if main is None or main.date is None or main.precision != "day":
                return None
            return _shifted(relative, main.date, toward_anchor=True)
        own = best(*clause)
        if own is not None or self._rx.own_time_clause.match(self.scan_text, clause[0], clause[1]):
            return own
        for other in sorted(clauses, key=lambda c: abs(c[0] - clause[0])):
            if other != clause and other not in clauses_with_events:
                found = best(*other)
                if found is not None:
                    return found
        return None

    def _event_anchored_dates(self, clauses: list[tuple[int, int]], per_clause: dict[tuple[int, int], list[_Trigger]]) -> dict[tuple[int, int], TimeExpression]:
        """Dates of a sentence "A ... N days after/before B" that states no date outside B's clause.

        B's own expression dates B ("two days after the Iranian strike on Tuesday") and A N days from it; else A,
        when it repeats an event dated earlier in the article (same kind and source: "The strikes came a day after
        ..."), keeps that day and B lies N days from it; else B takes the day of the article's latest earlier event
        of its kind and source, and A lies N days from it.
        """
        text = self.article.text
        found: dict[tuple[int, int], TimeExpression] = {}
        for i, clause in enumerate(clauses):
            relative = _RELATIVE_CLAUSE.match(text, clause[0], clause[1])
            main = clauses[i - 1] if i else (clauses[1] if len(clauses) > 1 else None)  # "A after B" or "B-clause, A"
            if relative is None or main is None or not per_clause[main] or not per_clause[clause]:
                continue
            if any(self._best_time(*c, c[0], False) is not None for c in clauses if c != clause):
                continue  # the sentence states the main date: `_date_for` shifts from it
            anchor = self._best_time(*clause, relative.end(), False)
            if anchor is not None and anchor.precision == "day" and anchor.date is not None:
                found[clause] = anchor
                found[main] = _shifted(relative, anchor.date, toward_anchor=False)
            elif (repeated := self._earlier_event_date(per_clause[main][0])) is not None and repeated.date is not None:
                found[main] = repeated  # "The strikes came a day after ...": the main clause names an event already dated
                found[clause] = _shifted(relative, repeated.date, toward_anchor=True)
            elif (anchor := self._earlier_event_date(per_clause[clause][0])) is not None and anchor.date is not None:
                found[clause] = anchor
                found[main] = _shifted(relative, anchor.date, toward_anchor=False)
        return found

    def _earlier_event_date(self, trig: _Trigger) -> TimeExpression | None:
        """The day of the latest earlier row with the trigger's kind and source (the event "N days after" refers to)."""
        row = self._latest_day.get((trig.rule.kind, trig.actor1))
        if row is None:
            return None
        return TimeExpression(trig.start, trig.end, str(row["date_text"]), date.fromisoformat(str(row["date"])), None, "day", "anaphoric")

    def _anchor_before(self, at: int) -> TimeExpression | None:
        """The last usable expression before `at`: the narrative time a sentence without its own date continues."""
        for t in reversed(self.times[:bisect_left(self._time_starts, at)]):
            if t.end <= at:
                return t
        return None

    def code(self) -> list[dict[str, object]]:
        """The article's events as rows of the `events` table."""
        text = self.article.text
        rows: list[dict[str, object]] = []
        for s_start, s_end in self.sentences:
            sentence = text[s_start:s_end]
            quoted = [(s_start + a, s_start + b) for a, b in _quoted_spans(sentence) if not _QUOTE_AS_OBJECT.search(sentence, max(0, a - 30), a)] if _QUOTE_CHARS.search(sentence) else []
            clauses = [(s_start + a, s_start + b) for a, b in _clauses(sentence, self.lower and self.lower[s_start:s_end])]
            per_clause = {c: self._triggers(c[0], c[1], (s_start, s_end), quoted) for c in clauses}
            with_events = {c for c, trig in per_clause.items() if trig}
            anchored = self._event_anchored_dates(clauses, per_clause) if len(with_events) > 1 else {}
            for clause, triggers in per_clause.items():
                clause_casualties = casualties(text[clause[0]:clause[1]]) if any(t.rule.root in VIOLENT_ROOTS for t in triggers) else ""
                for trig in triggers:
                    violent = trig.rule.root in VIOLENT_ROOTS
                    figures = clause_casualties if violent else ""
                    if not trig.actor1 and not figures:
                        continue
                    if trig.planned:
                        when = self._planned_day(clause, trig.start)
                        if when is not None:
                            rows.append({**self._row(trig, when, figures, s_start, s_end), "date_precision": "planned"})
                        continue
                    when = anchored.get(clause) or self._date_for(clause, with_events, clauses, trig.start, violent)
                    rows.append(self._row(trig, when, figures, s_start, s_end))
                    if self._holds_deadline(clause):
                        self._by_deadline.add(len(rows) - 1)
                    if rows[-1]["date_precision"] == "day":
                        kind = trig.rule.kind
                        self._latest_day[(kind, trig.actor1)] = self._latest_day[(kind, "")] = rows[-1]
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
        if end_date is not None and self.published is not None and not trig.planned:
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
        article's earlier violence on the same day with a compatible target, whoever its source. Kept rows
        are indexed by (date span, kind) and by (date span, kind, actor1), so each row is compared only with
        earlier rows of its own day and kind (linear in the article's length). An undated row that restates an earlier
        event is merged into it too (`_restated`).
        """
        kept: list[dict[str, object]] = []
        by_span: dict[tuple, list[dict[str, object]]] = {}
        restated: dict[tuple, dict[str, object]] = {}  # `_restatement_keys` -> the first kept row with that key
        for row in rows:
            kind = event_key(str(row["cameo_code"]))
            span = (row["date"], row["date_end"], row["date_precision"], kind)
            sourceless_violence = not row["actor1"] and kind == "18-20"
            source, target = _parties(row)
            candidates = by_span.get(span, []) if sourceless_violence else by_span.get((*span, source), [])
            first = next(
                (k for k in candidates if row["date"] and (k["start"] != row["start"] or _parties(k)[1] == target)
                 and targets_compatible(_parties(k)[1], target, self.actors)),
                None,
            )
            if first is None and not row["date"]:
                first = self._restated(row, restated)
            if first is None:
                kept.append(row)
                by_span.setdefault(span, []).append(row)
                by_span.setdefault((*span, source), []).append(row)
                for key in _restatement_keys(row):
                    restated.setdefault(key, row)
                continue
            if not first["casualties"] and row["casualties"]:
                first["casualties"] = row["casualties"]
            if not first["actor2"] and row["actor2"]:
                first["actor2"] = row["actor2"]
        return kept

    def _restated(self, row: dict[str, object], restated: dict[tuple, dict[str, object]]) -> dict[str, object] | None:
        """The earlier kept row an undated row restates: one of the same kind in a sentence of the same words (a headline
        repeated in the body), violence with the same death toll ("Gunmen killed nine ..." then "the attack that
        killed nine ..."), or an act of the same kind between the same parties whose sentences state no different dates,
        from another sentence, with the same or an unknown source and a compatible target."""
        for key in _restatement_keys(row):
            first = restated.get(key)
            if key[0] == "parties" and first is not None and not self._same_times(first, row):
                continue  # "In June, X hosted Y" / "in October, X hosted Y": undated here, yet two acts
            if (first is not None and first["start"] != row["start"] and (not first["actor1"] or not row["actor1"] or first["actor1"] == row["actor1"])
                    and targets_compatible(str(first["actor2"]), str(row["actor2"]), self.actors)):
                return first
        return None

    def _stated_times(self, row: dict[str, object]) -> frozenset[str]:
        """The date expressions (lower case) the row's sentence states, those not resolved to a day too."""
        lo, hi = int(str(row["start"])), int(str(row["end"]))
        return frozenset(text for start, text in self._stated[bisect_left(self._stated, (lo, "")):bisect_left(self._stated, (hi, ""))])

    def _same_times(self, first: dict[str, object], row: dict[str, object]) -> bool:
        """Whether two undated rows may be one act by their sentences' dates: one states none, or both state the same."""
        times = self._stated_times(first), self._stated_times(row)
        return not times[0] or not times[1] or times[0] == times[1]

    def _inherit_dates(self, rows: list[dict[str, object]]) -> None:
        """Give an undated event the date of the article's one dated event with the same actor1 and kind (and a compatible
        target); a row dated so counts as dated for the rows after it. A row whose clause sets a deadline ("would return by January 26") keeps no date.

        Dated rows are indexed once by (actor1, kind, mutual), then by target and date (keeping the first row of
        each), so an undated row looks at the targets of its own group only (linear in the article's length).
        """
        def group(row: dict[str, object]) -> tuple[object, str, bool]:
            return row["actor1"], event_key(str(row["cameo_code"])), row["event_type"] == MUTUAL_VIOLENCE

        firsts: dict[tuple, dict[object, dict[object, tuple[int, dict[str, object]]]]] = {}  # group -> target -> date -> (position, row)
        for i, row in enumerate(rows):
            if row["date"] and row["date_precision"] != "planned":
                firsts.setdefault(group(row), {}).setdefault(row["actor2"], {}).setdefault(row["date"], (i, row))
        answers: dict[tuple, dict[object, tuple[int, dict[str, object]] | None]] = {}  # group -> target -> its one dated row
        for i, row in enumerate(rows):
            if row["date"] or not row["actor1"] or i in self._by_deadline:
                continue
            key, target = group(row), row["actor2"]
            known = answers.setdefault(key, {})
            if target not in known:
                dates: dict[object, tuple[int, dict[str, object]]] = {}
                for by_date in firsts.get(key, {}).values():
                    for when, first in by_date.items():
                        if self._fits(first[1], str(target)):
                            dates[when] = min(dates.get(when, first), first, key=lambda pair: pair[0])
                    if len(dates) > 1:
                        break
                known[target] = next(iter(dates.values())) if len(dates) == 1 else None
            same = known[target]
            if same is not None:
                for field in ("date", "date_end", "date_text", "date_precision"):
                    row[field] = same[1][field]
                firsts.setdefault(key, {}).setdefault(target, {}).setdefault(row["date"], (i, row))
                answers[key] = {}  # the newly dated row may date rows whose targets it fits

    def _fits(self, dated: dict[str, object], target: str) -> bool:
        """Whether an undated event with this target can be the dated one: compatible targets, and when the dated event
        struck an armed group and the undated one names a state, the dated one's sentence names that state ("Iran hit
        Jaish al-Adl in Pakistan" fits "the strike on Pakistan", not "its strikes in Syria")."""
        other = str(dated["actor2"])
        if other == target or not other or not target:
            return True
        if not targets_compatible(other, target, self.actors):
            return False
        state = self.actors.get(target)
        if state is None or _kind(state) != "state":
            return True
        return any(a.name == target for _, _, a in self._mentions_in(int(str(dated["start"])), int(str(dated["end"]))))


def _restatement_keys(row: dict[str, object]) -> list[tuple[object, ...]]:
    """What marks a row as restated by a later one (`_ArticleCoder._restated`): its kind with its sentence's words; for
    violence with a death toll, its kind with that toll; and for an undated row with a source, its kind with its parties
    (a deck and the lead, "met" then "held talks", a call told twice: undated, the table cannot tell them apart)."""
    kind = event_key(str(row["cameo_code"]))
    keys: list[tuple[object, ...]] = [("text", kind, " ".join(str(row["text"]).split()))]
    if not row["date"] and row["actor1"]:
        keys.append(("parties", kind, row["event_type"] == MUTUAL_VIOLENCE, *_parties(row)))
    if kind == "18-20" and "killed" in str(row["casualties"]):
        keys.append(("toll", kind, str(row["casualties"])))
    return keys


def _parties(row: dict[str, object]) -> tuple[str, str]:
    """(source, target) by which repeats of an event are found: for cooperation between two named parties the pair in
    name order, since either may be named first ("Norland and Sudia restored ties" / "Sudia's envoy returned to
    Norland"); else (actor1, actor2)."""
    actor1, actor2 = str(row["actor1"]), str(row["actor2"])
    if actor1 and actor2 and cameo_root(str(row["cameo_code"])) in COOPERATIVE_ROOTS:
        return (actor1, actor2) if actor1 < actor2 else (actor2, actor1)
    return actor1, actor2


def article_tables(context: ArticleContext, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The `events` rows of one article (see the module docstring for the coding rules)."""
    if not context.text.strip():
        return {"events": []}
    return {"events": _ArticleCoder(context).code()}
