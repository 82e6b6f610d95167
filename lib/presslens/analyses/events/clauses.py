"""Sentence syntax read by the coder: clause cuts, quotations, and the patterns around a trigger (who acts,
what happened or not, which date a clause states); "N days after" as a shifted date."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from presslens.analyses.events.rules import lowercase_twin
from presslens.analyses.temporal.expressions import TimeExpression
from presslens.analyses.temporal.rules import NUMBER_WORDS

LONG_QUOTE_WORDS = 8
_DATE_WORD = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)"
# Every break opens with ";", "," or a space: that leading class lets the regex engine skip other characters
# quickly. The alternatives after each opening keep their order (the first that matches wins); the last one,
# a break before a subordinator, tests its rare look-ahead before its look-behinds.
_BREAKS_BUT_SUBORDINATE = (
    r"[;,\s](?:(?<=;)"
    r"|(?<=,)(?:\s+(?:while|whereas|but|prompting|leading|forcing|causing|triggering|provoking)\s|\s+(?=and\s+(?:the|their)\s))"
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
# a sentence that opens with a subordinate clause of time ("After Iran struck ..., ", "Two days after the strike, "),
# up to its first comma
_LEADING_SUBORDINATE = re.compile(
    r"(?-i:[A-Z][A-Z .'-]{2,30}\s*[:—–-]\s+)?"  # a dateline first: "ISLAMABAD: Following ..., Pakistan recalled"
    r"\W*(?:(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?)\s+)?(?:after|before|since|following)\s+[^,;]{3,}?(?=,\s)",
    re.IGNORECASE,
)
_RELATIVE_CLAUSE = re.compile(
    r"(?<!than )(?<!nearly )(?<!almost )(?<!about )\W*(?P<num>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(r"^(?:['’]s)?(?:,[^,;.“”\"]{1,80})?,?\s+(?:has |had |have )?(?:said|says|say|told|claimed|claims|reported|stated|added|insisted|alleged)\b", re.IGNORECASE)
_MODIFIER_GAP = re.compile(
    r"^(?:['’]s)?(?:\s+[“\"‘]?(?!(?:a|an|the|during|with|for|by|at|from|as|while|after|before|since|when|then|also|has|have|had|is|are|was|were|be|been|said|says|say|that|which|who|on|in|against|and|or|to|of|it|its|their|his|her|would|will|could|did|do|does|not|carried|launched|conducted)\b)[\w-]+(?<!ed)[”\"’,]*){0,4}\s+$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|killed|killing|attacked|attacking|struck|striking|targeted|targeting|hit|bombed|condemned|condemning|summoned|expelled|accused|blamed|urged)\s+$)|\b(?:of|to|in|on|at|by|from|with|against|into|inside|between|over|toward|towards|about|for|near|across|within|than|including)\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?[“\"‘]?(?:[\w’-]+-)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE_GAP = re.compile(r"^(?:\s+[\w-]+){0,3},?\s+(?:which|who)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_POST_PASSIVE = re.compile(r"^[^.;]{0,60}?\b(?:(?:was|were)\s+)?(?:carried out|launched|conducted|claimed|perpetrated|staged)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_MORE_TARGET_GAP = re.compile(r"\band\s+(?:against|on|in|into|inside|targeting)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_HAPPENED = re.compile(
    r"(?:\b(?:any|future|possible|potential|further|no|similar|such)\s+(?:[\w-]+\s+){0,2}"
    r"|\b(?:for (?:years|decades|months)|long|repeatedly|routinely|regularly|often|frequently)\s+(?:[\w-]+\s+)?"
    r"|\b(?:will|would|could|might|may|shall|should|must|can|(?:plans?|planning|intends?|expected|threatened|vowed|wants?|is to|are to|invitation|invited|due|set|scheduled|ready|willing|offered|offer|right|plots?|attempts?|bids?|conspiracy|schemes?|ploys?) to)\s+(?:not\s+|also\s+|soon\s+|likely\s+)?(?:be\s+)?(?:[\w-]+\s+){0,1})$",
    re.IGNORECASE,
)
_ANNOUNCED_BEFORE = re.compile(  # a future act announced for a stated day ("will visit Islamabad on January 29", reported: "would pay a visit"); flagged "planned"
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to|(?:plans?|planning|scheduled|due|set)\s+to)\s+(?:also\s+|soon\s+)?(?:(?:pay|make)\s+an?\s+(?:[\w-]+\s+)?|[\w-]+\s+)?$",
    re.IGNORECASE,
)
_HOPED_FOR = re.compile(  # "expressed hope that ... will pave the way for the envoys' return", "as efforts are underway ... to mend ties": a wish or
    # the aim of efforts told as background, not an act ("resolved to step up efforts to mend ties" is a decision: kept)
    r"(?:\bhop(?:e|es|ed|ing|eful)\b(?:\s+that)?[^.;:!?“”\"]{0,140}|\b(?:amid|as|in|with|signall?ing)\s+(?:[\w-]+\s+)?efforts?\s+(?:[\w-]+\s+){0,8}?to\s+)$",
    re.IGNORECASE,
)
_QUOTE_CHARS = re.compile(r"[“”\"]")
_QUOTE_AS_OBJECT = re.compile(r"\b(?:carried out|launched|conducted|staged|mounted|described as|called it|calling it)\s*$", re.IGNORECASE)
_MEMBERS_OF = re.compile(r"\b(?:(?:fighters|militants|members|gunmen|operatives|cadres|insurgents|commanders|men)\s+(?:from|of)|(?:envoys?|ambassadors?)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,", re.IGNORECASE)
_REACTION_IN_RELATIVE = re.compile(
    r"(?:\b(?:which|whom)|\b(?:attacks?|strikes?|bombings?|killings?|assaults?|raids?)(?:\s+(?:which|that))?)\s+(?:[A-Z][\w'’-]*\s+){1,3}$"
)
_TALK_TOPIC = re.compile(  # "talks on de-escalation", "discussed the strikes": the topic of a talk, not an act
    r"\b(?:(?:talks|discussions?|meetings?|conversations?|calls?|consultations?)\s+(?:on|about|over|regarding|concerning)|discuss(?:ed|es|ing)?)"
    r"\s+(?:the\s+|an?\s+|their\s+|its\s+|further\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
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
_DATELINE = re.compile(  # "ISLAMABAD:", "TEHRAN, Jan 29 (Reuters) -", and "Quetta [Pakistan], March 3 :" (a place and its country in brackets)
    r"(?:[A-Z][A-Z /-]+|[A-Z][\w .'-]{1,30} \[[A-Z][\w .'-]{1,30}\])(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]*\)\s*)?[:–—-]"
)
_TOPIC_PHRASE = re.compile(
    r"(?:\b(?:about|over|regarding|concerning)|\b(?:concerned|alarmed|worried|troubled|shocked|saddened|dismayed)[”\"’]?\s+(?:by|at)"
    r"|\b(?:confirm(?:s|ed|ing)?|den(?:y|ies|ied|ying)|acknowledg(?:e|es|ed|ing)|admit(?:s|ted|ting)?|report(?:s|ed|ing)?|describ(?:e|es|ed|ing))|\b(?:retaliat(?:e|es|ed|ing|ion)|respon(?:d|ds|ded|ding|se)|react(?:s|ed|ing)?)\s+(?:against|to))\s+(?:the|this|these|those|last|such|[\w-]+['’]s)\s+"
    r"(?!(?:moments?|day|night|hour|minute|time|morning|evening|afternoon|instant|scene)\s)(?:[\w'’-]+\s+){0,2}$",  # not 'described the moment missiles hit': an act told
    re.IGNORECASE,
)
_BETWEEN_AFTER = re.compile(r"^\s+between\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|he|she)\b", re.IGNORECASE)
# the reporter's own pronoun as the subject a few words before a trigger: "Pakistan said it carried out strikes", "Iran
# said its missiles hit"
_OWN_PRONOUN_BEFORE = re.compile(  # not after a preposition: "the strikes on its territory killed nine" names the scene
    r"(?<!\bon )(?<!\bin )(?<!\binto )(?<!\binside )(?<!\bat )(?<!\bacross )(?<!\bwithin )(?<!\bnear )(?<!\bto )(?<!\bfrom )(?<!\bagainst )"
    r"\b(?:it|its|they|their)(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_AGENT_GAP = re.compile(r"^\s+by\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
NEAR_TARGET_CHARS = 50
NEAR_DATE_CHARS = 40  # a day-precise expression this close to the trigger beats a farther explicit one
_PAIR_GAP = re.compile(r"^\s+and\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SCENE_BEFORE = re.compile(r"\b(?:in|inside|near)\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?$", re.IGNORECASE)  # "in a border area of X"
_TARGET_SKIP_GAP = re.compile(r"\b(?:on|against|in|inside|at|into|targeting)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:both (?:countries|sides|nations|neighbou?rs|governments|capitals)|the two (?:[\w-]+ )?(?:countries|sides|nations|neighbou?rs|governments|states|capitals|ministers|leaders)"
    r"|(?:the two|both)(?= (?:also |have |had |then )?(?:agreed|decided|pledged|vowed|discussed|exchanged|stressed|condemned|expressed|reaffirmed|signed)\b)"
    r"|they|their armies|their (?:[\w-]+ )?(?:ministers|leaders)|(?:the|their|both) ambassadors|each other|mutual|exchang(?:e|es|ed) (?:of )?(?:[\w-]+ )?(?:strikes|airstrikes|fire|attacks))\b",
    re.IGNORECASE,
)


class Syntax(NamedTuple):
    """The case-insensitive patterns the coder runs around triggers, in one form: as written (for text without an exact
    lower-cased form) or as their `lowercase_twin` (for the lower-cased text, faster). Read as attributes: a dict
    keyed by compiled patterns would hash each pattern's whole program at every look-up."""

    agent_gap: re.Pattern[str]
    announced_before: re.Pattern[str]
    appositive_gap: re.Pattern[str]
    between_after: re.Pattern[str]
    clause_break: re.Pattern[str]
    clause_break_without_subordinator: re.Pattern[str]
    coordinated: re.Pattern[str]
    deadline_before: re.Pattern[str]
    generic_not_actor_after: re.Pattern[str]
    hoped_for: re.Pattern[str]
    list_gap: re.Pattern[str]
    members_of: re.Pattern[str]
    modifier_gap: re.Pattern[str]
    more_target_gap: re.Pattern[str]
    not_happened: re.Pattern[str]
    noun_in_phrase: re.Pattern[str]
    own_pronoun_before: re.Pattern[str]
    own_time_clause: re.Pattern[str]
    pair_gap: re.Pattern[str]
    passive_before: re.Pattern[str]
    plural_subject: re.Pattern[str]
    post_passive: re.Pattern[str]
    preposition_before: re.Pattern[str]
    pronoun_subject: re.Pattern[str]
    relative_gap: re.Pattern[str]
    relative_open: re.Pattern[str]
    scene_before: re.Pattern[str]
    speech_after: re.Pattern[str]
    speech_date_before: re.Pattern[str]
    talk_topic: re.Pattern[str]
    target_skip_gap: re.Pattern[str]
    topic_phrase: re.Pattern[str]


ON_TEXT = Syntax(
    _AGENT_GAP, _ANNOUNCED_BEFORE, _APPOSITIVE_GAP, _BETWEEN_AFTER, _CLAUSE_BREAK, _CLAUSE_BREAK_WITHOUT_SUBORDINATOR,
    _COORDINATED, _DEADLINE_BEFORE, _GENERIC_NOT_ACTOR_AFTER, _HOPED_FOR, _LIST_GAP, _MEMBERS_OF, _MODIFIER_GAP, _MORE_TARGET_GAP,
    _NOT_HAPPENED, _NOUN_IN_PHRASE, _OWN_PRONOUN_BEFORE, _OWN_TIME_CLAUSE, _PAIR_GAP, _PASSIVE_BEFORE, _PLURAL_SUBJECT, _POST_PASSIVE,
    _PREPOSITION_BEFORE, _PRONOUN_SUBJECT, _RELATIVE_GAP, _RELATIVE_OPEN, _SCENE_BEFORE, _SPEECH_AFTER, _SPEECH_DATE_BEFORE,
    _TALK_TOPIC, _TARGET_SKIP_GAP, _TOPIC_PHRASE,
)
ON_LOWER = Syntax(*map(lowercase_twin, ON_TEXT))


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

def _count_days(number: str, unit: str) -> int:
    """Days in 'two days', 'a week'."""
    value = int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]
    return value * (7 if unit.lower().startswith("week") else 1)


def _shifted(relative: re.Match[str], anchor: date, toward_anchor: bool) -> TimeExpression:
    """The day "N days after/before" (`relative`, a `_RELATIVE_CLAUSE` match) names: the anchor's day seen from the main
    event (`toward_anchor`: main date known, anchor unknown) or the main event's day seen from the anchor."""
    days = _count_days(relative.group("num"), relative.group("unit"))
    after = relative.group("dir").lower() == "after"
    shift = -days if after == toward_anchor else days
    return TimeExpression(relative.start("num"), relative.end(), relative.group(0).strip(), anchor + timedelta(days=shift), None, "day", "anaphoric")


def _clauses(sentence: str, lower: str | None) -> list[tuple[int, int]]:
    """Clause spans of a sentence, cut at subordinators and strong punctuation (`lower`: the sentence as
    `literal_scan.lowered` gives it, or None)."""
    syntax = ON_TEXT if lower is None else ON_LOWER
    subordinated = any(word in (lower or sentence.lower()) for word in _SUBORDINATORS)
    breaks = syntax.clause_break if subordinated else syntax.clause_break_without_subordinator
    cuts = [0]
    for m in breaks.finditer(sentence if lower is None else lower):
        if len(sentence[cuts[-1]:m.start()].split()) <= 1:
            continue  # "two | days after": one break per subordinator
        cuts.append(m.start())
    if subordinated and (lead := _LEADING_SUBORDINATE.match(sentence)) is not None and (len(cuts) == 1 or cuts[1] > lead.end()):
        cuts.insert(1, lead.end())  # "A day after Iran struck, Pakistan retaliated": the opening clause ends at its comma
    cuts.append(len(sentence))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if sentence[a:b].strip()]
