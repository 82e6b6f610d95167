"""Resolving a speaker as written ("she", "the ministry", "Jilani, the foreign minister") to a canonical actor.

A `Discourse` follows one article from left to right: it knows every actor mention (from the
actor dictionary), the speakers already resolved and the bodies that issued statements, so that
pronouns, bare surnames, definite descriptions ("the Iranian minister", "the ministry") and
"the statement" resolve to the last compatible antecedent.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz

from presslens.actors import Actor, ActorDictionary, Mention
from presslens.analyses.quotes.names import (
    UNNAMED_FILE,
    NameIndex,
    countries,
    country_in,
    first_names,
    heads,
    kind_of,
    read_word_table,
    same_word,
    title_words,
)
from presslens.context import ArticleContext
from presslens.literal_scan import word_starts
from presslens.places import load_places, place_finder
from presslens.settings import Settings

REFERENT_REACH = 100000  # characters: how far back he/she, role nouns and descriptions look for their referent
ISSUER_WORDS = 8  # words: the longest subject of 'X issued a statement' taken whole as the statement's author
SUBJECT_LEAD_WORDS = 4  # a name this close to the start of its sentence is taken for its subject ('Former minister X said')
BODY_TYPES = ("government", "organization", "media")
_PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female", "his": "male"}
_BODY_PRONOUNS = {"it", "they"}
_SAME_PRONOUN = {"male": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"), "female": re.compile(r"\b(?:[Ss]he|[Hh]er)\b")}
_STATEMENT = re.compile(r"\b(statement|letter|communiqu[eé]|press release|readout|declaration)\b", re.I)
_STATEMENT_FROM = re.compile(r"\b(?:statement|letter|communiqu[eé]|press release|readout)\s+(?:from|by|of|issued by)\s+(.+)$", re.I)
_DEFINITE = re.compile(r"^(?:the|this|that)\s+(?:(?:official|latest|joint|same)\s+)?(?:statement|letter|communiqu[eé]|press release|readout)$", re.I)
_INDEFINITE = re.compile(r"^(?:an?|another)\s+(?:(?:official|written|brief|separate)\s+)?(?:statement|letter|communiqu[eé]|press release|readout)$", re.I)
_PRONOUN_STATEMENT = re.compile(r"^(his|her)\s+(?:(?:own|latest|written|official)\s+)?(?:statement|letter|press release)$", re.I)
_POSSESSIVE_STATEMENT = re.compile(r"^(.+?)['’]s?\s+(?:official\s+)?(?:statement|letter|communiqu[eé]|press release|readout)$", re.I)
_THE_COUNTRY = re.compile(r"\b(?:the|that|this) country['’]s\b", re.I)
_QUOTING = re.compile(r"(?P<relay>.+?),?\s+quoting\s+(?P<source>.+)", re.S)
_RELAYED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\b.*$|,?\s+(?:according\s+to|citing)\b.*$", re.I | re.S)
_DESCRIPTION = re.compile(r"^(?:the|this|that)\s+(.+)$", re.I)
_SHORT_DESCRIPTION = re.compile(r"(?:(?i:the)\s+)?(?:(?!(?i:of|for|in|at|to|from|with|and)\s)[\w-]+\s+){0,3}[a-z]+")  # 'The 24-year-old centre'
_PARTICLE = r"(?:al|el|ul|bin|ibn|de|da|van|von|der)"
_INITIAL = r"(?:[A-Z]\.(?=\s+[A-Z]))"  # the middle initial of 'Franklin D. Roosevelt'
_NAME = re.compile(
    rf"\b[A-Z][\w’'-]*(?:\s+(?:{_PARTICLE}(?:-|\s+))?(?:{_INITIAL}|[A-Z][\w’'-]*)|\s+{_PARTICLE}-[A-Z][\w’'-]*)*"
)
_NAME_TOKEN = re.compile(rf"^(?:[A-Z]|{_PARTICLE}-[A-Z]|{_PARTICLE}$)")
_GENERIC_WORDS = frozenset(
    """the a an both all several some many other another two three his her its their our my this that these those
    reports report sources source officials official people residents witnesses media analysts experts
    statement letter militants group""".split()
)
_BODY_HEADS = frozenset(
    "ministry office army military council committee embassy government department agency forces corps media".split()
)
_DESCRIBED_SOURCE = re.compile(  # a short noun phrase with no verb: 'The bank', 'the report', 'one submission'
    r"(?!.*\b(?:do|does|did|not|can|will|would|could|should|may|might|must|has|have|had|is|are|was|were)\b)"
    r"(?i:the|a|an|one|another|this|that|some|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}[a-z][\w’'-]*"
)
_APPOSITIVE_ROLE = re.compile(r",\s+(?P<article>(?:the|an?)\s+)?(?P<role>[^,.;:!?()“”\"]{1,80})")
_THE_ACRONYM = re.compile(r"(?i:the)\s+(?P<acronym>[A-Z][A-Z&]+)")  # 'the IRCC', 'The SMMT': the acronym names the body
_BARE_GROUP = re.compile(  # 'police', 'Rights organizations', 'veteran MPs': a plural with no article, no verb
    r"(?!.*\b(?:do|does|did|not|can|will|would|could|should|may|might|must|has|have|had|is|are|was|were)\b)"
    r"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w’'-]*[a-z]s|[A-Z]{2,}s|police|staff)"
)
_CAPITALISED_RUN = re.compile(  # 'Immigration, Refugees and Citizenship Canada', 'Society of Motor Manufacturers and Traders'
    r"[A-Z][\w’'-]*(?:(?:,\s+|\s+(?:(?:and|of|for|on|the|&)\s+)+|\s+)[A-Z][\w’'-]*){1,7}"
)
_DOCUMENT_BY = re.compile(  # 'A 2019 study by a parliamentary committee', 'a statement released by the PMO': the author
    r"(?i:an?|the|this|that|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:study|report|survey|memo|post|paper|document|analysis|review|statement|letter|notice|audit|filing|release)\s+"
    r"(?:(?i:released|issued|published|filed|written|commissioned|conducted|prepared|posted)\s+)?(?i:by|from)\s+(?P<author>\S.*)"
)
# Documents that speak for their authors: 'the report said' is the body or person who wrote the report.
_DOCUMENT_NOUN = (
    r"(?:report|study|survey|(?:white\s+|research\s+)?paper|(?:blog\s+)?post|memo|analysis|review|audit|brief|"
    r"(?:law)?suit|complaint|claim|findings|filing)"
)
_THE_DOCUMENT = re.compile(rf"(?i:the|this|that)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{_DOCUMENT_NOUN})")  # 'the winter railroading report'
_AUTHOR = r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|and|the|[A-Z][\w’'&.-]*))*"  # 'the Senate National Finance Committee'
_WRITTEN_IN = re.compile(rf"[\w’'-]+\s+in\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{_DOCUMENT_NOUN})\b")  # '[X] wrote in a recent report'
_TITLE_THEN_NAME = re.compile(  # ' spokeswoman Hua Chunying', "' spokesperson Ana Roe" (after 'the Ministry of Affairs')
    r"(?:['’]s?)?\s+(?P<titles>(?:[a-z][\w-]*\s+){1,3})[A-Z][\w’'-]+\s+[A-Z]"
)
_NAMED_AS = re.compile(r"\b(?:named|called|identified\s+as)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})$")
_LEADING_CONNECTIVE = re.compile(r"^(?i:but|and|yet|so|still|however|then|now|what),?\s+(?=\S)")  # 'But he said', 'What she'
# what follows the subject when a frame reaches past it: 'X did not comment, but said', 'X also published a notice saying'
_PREDICATE_TAIL = re.compile(
    r"\s+(?:(?:did|does|do|would|could|will|has|have|had)\s+not|(?:also\s+|later\s+|earlier\s+)?"
    r"(?:published|issued|released|posted|put\s+out|sent)\s+(?:a|an|its|their|the|his|her))\b.*$",
    re.I | re.S,
)
# a clause with 'that' left out: 'a letter she [said came from ...]', 'a cut the company [said it could not avoid]'
_TRAILING_SUBJECT = re.compile(
    r"(?P<lead>.*\b(?!(?:to|of|by|with|for|from|in|on|at|and|or|that|as|than|according)\s)[a-z]+\s+)"
    r"(?P<subject>he|she|they|the\s+(?:company|firm|agency|ministry|department|government|minister|report|group))"
)
# an unnamed source followed by what places it: 'sources familiar with the talks', 'an official with the agency',
# 'some in the local community'
_PLACED_SOURCE = re.compile(
    r"(?:(?i:an?|some|several|two|three|four|many|other|senior|one|most|few)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    r"(?:with|from|at|in|inside|within|among|of|for|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|knowledgeable\s+about|"
    r"affiliated\s+with|aligned\s+with|linked\s+to|tied\s+to|loyal\s+to|connected\s+to|run\s+by|owned\s+by|backed\s+by)\s+\S.*",
    re.S,
)
_UNATTRIBUTED_REPORTS = re.compile(
    r"(?i:(?:some|several|many|other|local|media|news|press|unconfirmed|initial|early|earlier|later|latest)\s+){0,2}(?i:reports)"
)
_ACCORDING_TO_END = re.compile(r"(?i:according\s+to)(?:\s+(?i:the))?\s*$")
_SPEECH_ACT = re.compile(  # a person's own words in the sentence an outlet relays
    r"\b(?:said|says|told|tells|call(?:ed|ing)|saying|add(?:ed|ing)|describ(?:ed|ing)|not(?:ed|ing)|warn(?:ed|ing)|"
    r"stress(?:ed|ing)|insist(?:ed|ing)|urg(?:ed|ing)|vow(?:ed|ing)|accus(?:ed|ing))\b"
)
_PARTISAN = re.compile(r"(?i:the)\s+(?:[A-Z][\w-]*\s+){0,2}(?:Republican|Democrat|Conservative|Liberal|Tory|New\s+Democrat|Labour)")
_THE_PROPER_NOUN = re.compile(r"(?i:the)\s+(?P<word>[A-Z][a-z]{2,})")  # 'the Crown', 'the Conservatives': one capitalised word
_HEARSAY_END = re.compile(  # 'X is said to have informed ...', 'X was reported to have told ...'
    r"\s+(?:is|was|are|were)\s+(?:said|reported|understood|believed|thought|known|alleged)\s+to(?:\s+have)?\s*$"
)
_POSTED_ROLE = re.compile(  # a role and where it is held: 'Iran's ambassador in Islamabad', 'the Iranian envoy to the UN'
    r"(?P<core>(?:(?i:the|a|an)\s+)?[A-Z][\w’'-]*(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?P<role>[a-z]+))\s+(?:in|to|at)\s+(?:the\s+)?[A-Z].*"
)
_QUANTIFIERS = frozenset("some many most several few others".split())
_BOTH_GROUPS = re.compile(r"(?i:both|all)\s+(?:groups|sides|camps|parties)")
_SUBORDINATOR = re.compile(r"(?i:although|though|when|while|whenever|after|before|as|since|if|once|because|unless|until|whereas)\b")
_SUBORDINATE_CLAUSE = re.compile(rf"(?:{_SUBORDINATOR.pattern}|(?i:asked|having|despite))[^.;:!?“”\"]*,\s+")  # 'When asked ..., '
_SUBORDINATE_OPENING = re.compile(rf"{_SUBORDINATOR.pattern}[^,;:]*")  # still inside 'Although X wanted to ...'
_BODY_SUBJECT = re.compile(  # a body opening a clause, then its verb: 'the NRB did not', 'The diocese issued'
    r"(?:^|(?<=,\s))(?:(?:(?i:the)\s+)?(?P<acronym>[A-Z][A-Z&]+)|(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+))"
    r"(?=\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|said|told|did|does|has|had|would|will|could|can)\b)"
)
_AGED = re.compile(r"(?i:the)\s+\d+-year-old\b")  # 'The 24-year-old centre': a person
_REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+[^.;:“”\"]{1,80}?|added|stated)\s+that\s+$")  # 'X told reporters that [Iran ...]'
_RELATIVES = frozenset(
    """mother father son daughter wife husband sister brother aunt uncle cousin niece nephew grandmother grandfather
    grandson granddaughter parents parent family friend friends girlfriend boyfriend partner widow widower fiancée fiancé
    lawyer lawyers attorney attorneys neighbour neighbor neighbours neighbors colleague colleagues""".split()
)
_VERB_LIKE = re.compile(r"\b(?:cit(?:es?|ed|ing)|quot(?:es?|ed|ing)|says?|said|told|tells?|reported)\b")
_INDEFINITE_ARTICLE = re.compile(r"(?i:an?|another|one)\s")
_HEAD_THEN_NAME = re.compile(r"\b(?P<head>[a-z]+)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})")
_DEFINITE_BODY = re.compile(r"(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}(?P<head>[a-z]+)")
# head nouns that stand for any body of that kind named before ('the firm' -> the last organization named)
_BODY_SYNONYMS = {"company": "organization", "firm": "organization", "business": "organization", "retailer": "organization",
                  "insurer": "organization", "lender": "organization", "automaker": "organization", "carrier": "organization",
                  "department": "government"}
_BODY_NOUN_AUTHOR = rf"the\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{'|'.join(sorted(_BODY_SYNONYMS.keys() | _BODY_HEADS))})\b"  # 'the railway company'
_DOCUMENT_AUTHORED_BY = re.compile(
    rf"\b(?i:{_DOCUMENT_NOUN})\s+(?:(?i:released|issued|published|written|commissioned|prepared|filed|brought)\s+)?(?i:by|from)\s+"
    rf"(?P<author>{_BODY_NOUN_AUTHOR}|{_AUTHOR})"
)
_AUTHOR_LATER = re.compile(  # the author of a document named after it in its sentence
    rf"\b(?:(?:filed|brought|launched|released|issued|published|written|prepared|commissioned)\s+(?:[\w’'-]+\s+){{0,3}}?by"
    rf"|(?i:according)\s+to)\s+(?P<author>{_AUTHOR})"
)
_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")
_PLURAL_PARTIES = re.compile(r"^(?:both\s+)?\S.*?\s+and\s+\S", re.I)
_ORGAN = re.compile(
    r"^(?:(?P<pronoun>his|her)|(?P<owner>(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})['’]s?)\s+(?:(?:own|private|press|media)\s+)?"
    r"(?P<organ>office|secretariat|media\s+wing|press\s+wing|media\s+office|press\s+office|public\s+relations\s+wing|"
    r"spokesperson|spokesman|spokeswoman)$",
    re.I,
)
_SUBJECT_BODY = re.compile(
    r"^\s*(?:The|Its|Their)\s+((?:[a-z][\w’'-]*\s+){0,3}(?:ministry|office|army|military|embassy|government|council|committee|agency|group))\b"
    r"(?:\s+(?:in|of)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?"
)
_LABEL_LINE = re.compile(r"(?<=\n)[A-Z][A-Z’' ]*[A-Z]:")  # a line opened by a label in capitals: 'WATCH:', 'READ MORE:'
_GROUP_SUBJECT = re.compile(  # a plural opening a clause, then a verb-like word: 'The Conservatives believe', 'and several executives have'
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=\band\s)|(?<=\bbut\s))(?P<group>(?:(?i:the|several|many|some|both|most)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<head>[A-Z][a-z]+s|[a-z]+s))\s+(?!(?:of|in|at|on|for|from|with|to|and|or|who|which|that)\b)[a-z]"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_ROLE_SYNONYMS = {"diplomat": "foreign minister", "envoy": "ambassador", "premier": "prime minister", "army chief": "army staff"}
_WORD = re.compile(r"[\w’'-]+")
_CUE_IN_STATEMENT = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+)?\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|press\s+release)\b", re.I)
_ISSUED_STATEMENT = re.compile(r"\b(?:issued|released|put\s+out|published|sent\s+out)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|press\s+release)\b", re.I)
_PLACE_BODY = re.compile(r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s?\s+(?P<body>(?:[A-Za-z][\w-]*\s+){0,2}(?P<head>[A-Za-z]+))")
_OUTLET = re.compile(r"(?:(?i:the)\s+)?(?P<words>(?:[\w’'-]+\s+){0,4}?)(?:news\s+agency|agency|television|TV|radio|broadcaster|channel|newspaper|wire\s+service|media)")
_NEWS_AGENCY_END = re.compile(r"\bnews\s+agency[\s,;:]*$")
_CAPITALISED_RUN_IN = re.compile(r"(?<![\w-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_STATE_RUN = re.compile(r"\b(?i:state|state-run|state-owned|official|government|government-run)\b")
_STATE_PREFIXED = re.compile(r"^state-[a-z]+$")  # 'state-backed', 'state-controlled' media: the state media
_DESCRIBED_AUTHORS = re.compile(r"(?i:the|two|both)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+(?:ies|s)\b(?:\s+(?:of|in|from)\s+[A-Z][^,;:.!?]{0,60})?")
_INDEFINITE_OR_DEFINITE = re.compile(r"(?i:the|an?)\s")
_BODY_IN_PLACE = re.compile(  # 'the Foreign Ministry in Lima', 'the foreign ministry in Lima' (an embassy there is another state's)
    r"(?:(?i:the)\s+)?(?P<body>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*|(?:[a-z][\w-]*\s+){0,2}(?!embassy\b)[a-z]+)"
    r"\s+in\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
_OWNED_OUTLET = re.compile(
    r"(?:(?i:the)\s+)?[\w’'-]+(?:\s+[\w’'-]+)?['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+"
    r"(?:news\s+)?(?:agency|website|channel|television|TV|radio|newspaper|daily)"
)
_SUPERLATIVE = re.compile(r"\b(?:[a-z]+est|most|top|leading|main|new|former|other)\b")
_THE_LEAD = re.compile(r"^(?i:the)\s+")
_ROLE_QUALIFIER = re.compile(r"^(?:caretaker|interim|acting|former)\s+")
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|it|they|He|She|It|They)\b")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_ENDS_WITH_COMPLEMENT = re.compile(r"\b(?:of|for|in|and|at)\s*$")
_MEDIA_DESCRIPTION = re.compile(
    r"(?i:(?:[A-Z][\w’'-]*\s+)?(?:state|state-run|state-owned|public|national|local)\s+(?:tv|television|radio|broadcaster|news\s+agency))"
)
_OUTLET_NAME = re.compile(r"(?i:\b(?:news|press)\s+agency|\bbroadcaster|\btelevision|\bnewspaper)\b")
_UNIT_HEADS = frozenset(  # nouns of a body's part or kind that make the name before them the body's ('Osprey security unit')
    """unit group division team firm company lab laboratory arm wing branch centre center institute foundation charity network
    coalition alliance union association society club party""".split()
)
_BODY_THEN_NAME = re.compile(  # 'The Baluch rights group Vashtar', 'rights group Vashtar': a body's head noun, then its name
    r"(?:(?i:the|an?)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}?(?P<head>[a-z]+)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
_BODY_AFTER = re.compile(  # lower-case words after a name, the last a body's head noun, then perhaps the body's own name
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?P<head>[a-z]+)(?:\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?\s*$"
)
_QUOTE_MARK = re.compile(r"[“”\"]")
_COMMA_END = re.compile(r",[”\"]?\s*$")  # '…, he writes' / '… “a partial quote,” he writes'
_ENDS_WITH_RELATIVE = re.compile(r"\b(?:who|whom)\s*$")
_LOWER_CASE_PHRASE = re.compile(r"[a-z][a-z -]{0,40}")
_GEN = re.compile(r"\bgen\b")
_NOT_NAME = frozenset(
    """on in at by for from to of with during after before although though while when where meanwhile however
    but and or as if since once amid despite following responding expressing speaking asked meanwhile also
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)

_MONTH_SURNAMES = frozenset("april may june august".split())  # months that are also surnames after a first name ('Theresa May')


# a pronoun right after a relative word that follows a noun ('raids on Y that it claimed …', 'the raid, which it said …')
# (not 'said that it', 'claims that it': a verb before 'that' opens a clause, not a relative one)
_RELATIVE_BEFORE = re.compile(r"\b(?![\w’'-]*ed\b|(?:says|claims|adds|notes|warns|insists|so|now|such)\b)[\w’'-]+,?\s+(?:that|which)\s+$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|to|from|against|into|with|by|over|of|for|toward|towards)\s+(?:the\s+)?$", re.I)
_VERB_NEXT = re.compile(r"\s+(?:(?:has|had|have|was|were|is|are|did|would|will)\s+)?[a-z]+ed\b")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: canonical name (may be empty), the words used, type, affiliation, gender."""

    name: str
    mention: str
    type: str  # person | organization | government | media | unnamed | unknown
    affiliation: str
    gender: str = ""
    confidence: float = 0.5


UNKNOWN = Speaker("", "", "unknown", "")


@lru_cache(maxsize=8)
def unnamed_heads(settings: Settings) -> dict[str, str]:
    """Head nouns of unnamed sources -> official | people (resources/unnamed_sources.csv)."""
    return read_word_table(UNNAMED_FILE, settings)


def spelled_out(text: str) -> dict[str, str]:
    """Acronyms -> the first run of capitalised words in `text` whose initials spell them ('IRCC' ->
    'Immigration, Refugees and Citizenship Canada'); a leading 'The' is not counted. One pass over the text."""
    found: dict[str, str] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = _CAPITALISED_WORD.findall(run.group())
        if words[0] == "The":
            words = words[1:]
        initials = "".join(w[0] for w in words)
        if len(words) >= 2 and not any(w.isupper() for w in words):
            found.setdefault(initials, run.group().removeprefix("The ").strip(" ,"))
    return found


def _is_official(word: str, settings: Settings) -> bool:
    """True for the head noun of an unnamed official source ('official', 'sources', 'spokesman')."""
    return unnamed_heads(settings).get(word) == "official"


def from_actor(actor: Actor, mention: str, confidence: float) -> Speaker:
    """A Speaker for a dictionary actor."""
    return Speaker(actor.name, mention, actor.type or "unknown", actor.affiliation, actor.gender, confidence)


def _same_surname(name: str, actor: Actor) -> bool:
    """True when the last word of `name` is (nearly) the last word of one of the actor's aliases."""
    last = name.split()[-1].lower() if name.split() else ""
    return any(fuzz.ratio(last, alias.split()[-1].lower()) >= 80 for alias in (actor.name, *actor.aliases) if alias.split())


@lru_cache(maxsize=512)
def _role_core(role: str) -> str:
    """The core of a role, lower-cased: before any " of ", without a leading 'caretaker', 'acting', ... ('foreign minister')."""
    return _ROLE_QUALIFIER.sub("", role.lower().split(" of ")[0]).strip()


def _words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return _WORD.findall(text.lower())


@cache
def _actor_words(actor: Actor) -> tuple[str, ...]:
    """Lower-case word tokens of an actor's name, role and aliases."""
    return tuple(_words(" ".join((actor.name, actor.role, *actor.aliases))))


@cache
def _role_words(role: str) -> frozenset[str]:
    """Lower-case word tokens of an actor's role."""
    return frozenset(_words(role))


@lru_cache(maxsize=8)
def _people_role_words(actors: ActorDictionary) -> tuple[tuple[Actor, frozenset[str]], ...]:
    """The dictionary's people with the words of their role, in dictionary order."""
    return tuple((actor, _role_words(actor.role)) for actor in actors.actors.values() if actor.type == "person")


@lru_cache(maxsize=8)
def _people_by_surname(actors: ActorDictionary) -> dict[str, list[Actor]]:
    """The dictionary's people under the last word of their canonical name, in dictionary order."""
    people: dict[str, list[Actor]] = {}
    for actor in actors.actors.values():
        if actor.type == "person":
            people.setdefault(actor.name.split()[-1], []).append(actor)
    return people


@lru_cache(maxsize=256)
def _name_after_title(head: str, comma: bool) -> re.Pattern[str]:
    """A name of two to four capitalised words right after a title noun ('spokeswoman Ana Roe'; with `comma`, also
    'spokeswoman, Ana Roe')."""
    return re.compile(rf"\b(?i:{re.escape(head)}){',?' if comma else ''}\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}})")


class Discourse:
    """Left-to-right resolution state for one article."""

    def __init__(self, context: ArticleContext, unquoted: str = ""):
        """Index the actor mentions of the article's text (from its context) and the names written outside
        quotations (`unquoted`: the text with quotation contents blanked; default the text)."""
        text = self.text = context.text
        settings = self.settings = context.settings
        self.actors = context.actors
        self.mentions: list[Mention] = list(context.mentions)
        self._starts = [m.start for m in self.mentions]
        self.history: list[tuple[int, Speaker]] = []
        self.statement_owners: list[Speaker] = []
        self.bodies_spoken: list[Speaker] = []  # speakers of BODY_TYPES, in the order recorded
        self.others_spoken: list[Speaker] = []  # speakers that are not people, in the order recorded
        self.taught_gender: dict[str, str] = {}  # canonical name -> last gender recorded for it
        self.unknown_people: dict[str, Speaker] = {}
        self.names = NameIndex(unquoted or text, settings)
        self._unquoted = unquoted or text
        self._lower = text.lower()
        self._first_at: dict[str, int] = {}
        # person mentions under their last (-1) and first (0) word, for bare surnames; text order
        self._person_words: dict[tuple[int, str], tuple[list[int], list[Mention]]] = {}
        for m in self.mentions:
            if m.actor.type == "person" and m.text.split():
                for index in (-1, 0):
                    starts, found = self._person_words.setdefault((index, m.text.split()[index]), ([], []))
                    starts.append(m.start)
                    found.append(m)
        self._covered_names = self._names_inside_mentions()
        self._roles = self._stated_roles()
        self._role_holders = [n for n in self.names.names if n.kind == "person" and n.canonical in self._roles]
        self._role_holder_starts = [n.start for n in self._role_holders]
        self._introduced: dict[str, tuple[list[int], list[str]]] | None = None  # see _bodies_introduced
        self._spelled_out: dict[str, str] | None = None  # acronyms spelled out in the text, read when first needed
        self._documents: list[tuple[int, Speaker]] | None = None  # documents with their authors, see _document_author
        # how often each person is named: one named once and never heard is mentioned in passing
        self._times_named = Counter(n.canonical for n in self.names.names if n.kind == "person")
        self._times_named.update(m.actor.name for m in self.mentions if m.actor.type == "person")
        # where each person is first named: a person first named right before a quotation is being introduced to it
        self._first_named: dict[str, int] = {}
        for at, person in sorted([*((n.start, n.canonical) for n in self.names.names if n.kind == "person"),
                                  *((m.start, m.actor.name) for m in self.mentions if m.actor.type == "person")]):
            self._first_named.setdefault(person, at)

    # ---- bookkeeping -------------------------------------------------
    def record(self, position: int, speaker: Speaker, subject: str = "") -> None:
        """Remember a resolved speaker (and whether it issued a statement)."""
        if not speaker.name and speaker.type == "unknown":
            return
        self.history.append((position, speaker))
        if speaker.name and _WRITTEN_IN.match(self.text, position):  # 'X wrote in a recent report': X wrote the report
            self._authored_documents().append((position, speaker))
        if speaker.gender and speaker.name:
            self.taught_gender[speaker.name] = speaker.gender
        if speaker.type in BODY_TYPES:
            self.bodies_spoken.append(speaker)
        if speaker.type != "person":
            self.others_spoken.append(speaker)
            if _STATEMENT.search(subject + " ") or _CUE_IN_STATEMENT.match(self.text, position):
                self.statement_owners.append(speaker)

    def mentions_back(self, position: int, since: int = 0) -> Iterator[Mention]:
        """Actor mentions starting in [since, position), latest first (stops early: no list of the whole article)."""
        index = bisect.bisect_left(self._starts, position)
        while index > 0:
            index -= 1
            if self.mentions[index].start < since:
                return
            yield self.mentions[index]

    def _history_back(self, position: int) -> Iterator[Speaker]:
        """Speakers recorded so far, latest first, until one recorded more than REFERENT_REACH characters before `position`."""
        for at, speaker in reversed(self.history):
            if at < position - REFERENT_REACH:
                return
            yield speaker

    def mentions_from(self, since: int, position: int) -> Iterator[Mention]:
        """Actor mentions starting in [since, position), in text order."""
        index = bisect.bisect_left(self._starts, since)
        while index < len(self.mentions) and self.mentions[index].start < position:
            yield self.mentions[index]
            index += 1

    def _names_inside_mentions(self) -> set[int]:
        """Starts of the text's names that lie inside an actor mention (those are read as the actor)."""
        inside: set[int] = set()
        reach, index = -1, 0
        for name in self.names.names:
            while index < len(self.mentions) and self.mentions[index].start <= name.start:
                reach = max(reach, self.mentions[index].end)
                index += 1
            if name.start < reach:
                inside.add(name.start)
        return inside

    def _stated_roles(self) -> dict[str, list[frozenset[str]]]:
        """The roles the text states for its people, right before a name ('WHL commissioner Ron Robison') or in an
        appositive right after it ('Cecil Foster, a newspaper columnist,', 'Jane Roe, president of ...'): canonical name
        -> word sets of roles."""
        titles = title_words(self.settings)
        roles: dict[str, list[frozenset[str]]] = {}
        for name in self.names.names:
            if name.kind != "person" or name.start in self._covered_names:
                continue
            lead = _SENTENCE_BREAK.split(self.text[max(0, name.start - 60) : name.start])[-1]
            after = _APPOSITIVE_ROLE.match(self.text, name.end)
            role = _words(after.group("role")) if after else []
            if after and not after.group("article") and role[:1] and role[0] not in titles:
                role = []  # with no article the role starts with its title: 'Jane Roe, president of ...'
            for words in (_words(lead)[-4:], role):
                if any(w in titles for w in words):
                    roles.setdefault(name.canonical, []).append(frozenset(words))
        return roles

    def _person_of_role(self, phrase: str, position: int) -> Speaker | None:
        """'the WHL commissioner', 'the columnist': the person named last (within REFERENT_REACH characters)
        for whom the text stated a role holding every word of the description, else the first one named after it
        ('the WHL commissioner said ...' before 'WHL commissioner Ron Robison said')."""
        described = _DESCRIPTION.match(phrase)
        words = set(_words(described.group(1))) if described else set()
        if not words or len(words) > 4 or _words(phrase)[-1] not in title_words(self.settings):
            return None
        index = bisect.bisect_left(self._role_holder_starts, position)
        since = bisect.bisect_left(self._role_holder_starts, position - REFERENT_REACH)
        later = self._role_holders[index:]  # named later on
        for name, confidence in itertools.chain(((n, 0.6) for n in reversed(self._role_holders[since:index])), ((n, 0.55) for n in later)):
            if any(words <= role for role in self._roles[name.canonical]):
                gender = self._gender(Speaker(name.canonical, "", "person", "", name.gender))
                return Speaker(name.canonical, phrase, "person", "", gender, confidence)
        return None

    def _person_just_named(self, phrase: str, position: int, sentence_start: int) -> Speaker | None:
        """'the rookie defenceman', 'The prime minister' with no holder of that role stated: the person the previous
        sentence or this one (before `position`) names, its subject first ('Jones scored late. "…," said the rookie
        defenceman'), unless those sentences also write the role noun itself; a name inside a quotation is never
        taken (the index holds the unquoted text only)."""
        head = _words(phrase)[-1]
        if not (_SHORT_DESCRIPTION.fullmatch(phrase) or _PARTISAN.fullmatch(phrase)) or head in unnamed_heads(self.settings) or (
            head in heads(self.settings) and not _AGED.match(phrase)  # 'the 24-year-old centre' is a person
        ):
            return None
        since = self._previous_sentence_start(sentence_start)
        if re.search(rf"\b{re.escape(head)}\b", self._lower[since:position]):
            return None  # 'X met the minister. "…," the minister said': that minister is not X
        people = list(self._people_back(position, since))
        if not people:
            return None
        at, person = next((c for c in people if self._subject_of_main_clause(c[0])), people[0])
        return replace(person, mention=phrase, confidence=0.55)

    def _written_before(self, words: str, position: int) -> bool:
        """True when `words` (lower case) are written in full before `position`."""
        first = self._first_at.setdefault(words, self._lower.find(words))
        return 0 <= first and first + len(words) <= position

    def _title_before(self, mention: Mention) -> str:
        """The (up to four) words written just before a mention, lower case, for title matching."""
        return " ".join(_words(self.text[max(0, mention.start - 50) : mention.start])[-4:])

    # ---- resolution --------------------------------------------------
    def resolve(self, phrase: str, position: int, sentence_start: int) -> Speaker:
        """Resolve a subject phrase written at `position` (sentence starting at `sentence_start`); an outlet that relays
        a person's words ('X said …, according to IRNA') and a country that is the subject of a clause someone reports
        ('X told reporters that Iran expresses "concern"') give way to that person."""
        found = self._country_of_body(self._outlet(phrase, self._owned_outlet(phrase, self._resolve(phrase, position, sentence_start))))
        if found.type == "unnamed" and _INDEFINITE_ARTICLE.match(phrase):
            found = self._named_in_next_sentence(phrase, position) or found
        if found.type == "unnamed" and found.affiliation:
            found = self._named_holder(phrase, found) or found
        just_before = self.text[max(sentence_start, position - 20) : position]
        if found.type == "media" and _ACCORDING_TO_END.search(just_before):
            act = _SPEECH_ACT.search(self.text, sentence_start, position)
            relayed = self.first_in(sentence_start, act.start(), sentence_start) if act else UNKNOWN
            return relayed if relayed.type == "person" else found  # 'X condemned it, calling it "…", according to IRNA'
        if found.type != "government" or found.name.lower() not in countries(self.settings):
            return found
        if not just_before.rstrip().endswith("that"):
            return found
        reported = _REPORTED_THAT.search(self.text, sentence_start, position)
        if reported is None or reported.start() <= sentence_start:
            return found
        reporter = self.first_in(sentence_start, reported.start(), sentence_start)
        return reporter if reporter.type == "person" else found

    def _named_in_next_sentence(self, phrase: str, position: int) -> Speaker | None:
        """'…, a ministry spokesperson said. Spokesperson Ana Roe added …': the person the next sentence names right
        after the same title noun is the one described (the article names its unnamed source at once)."""
        head = _words(phrase)[-1] if _words(phrase) else ""
        if head not in title_words(self.settings):
            return None
        this_end = _SENTENCE_BREAK.search(self.text, position)
        if this_end is None:
            return None
        next_end = _SENTENCE_BREAK.search(self.text, this_end.end())
        titled = _name_after_title(head, comma=False)
        found = titled.search(self.text, this_end.end(), next_end.start() if next_end else len(self.text))
        if found is None:
            return None
        person = self.resolve(found.group("name"), found.start("name"), this_end.end())
        return replace(person, mention=phrase, confidence=0.55) if person.type == "person" else None

    def _named_holder(self, phrase: str, described: Speaker) -> Speaker | None:
        """'MEA official spokesperson', 'a Kestrian ministry spokeswoman' (an unnamed description with an affiliation):
        the one person of that affiliation the article names, before or after, right after the same title noun
        ('spokeswoman, Ana Roe', "the ministry's spokesperson Ana Roe"). Two such people, or none: no one."""
        words = _words(phrase)
        head = words[-1] if words else ""
        if head not in title_words(self.settings) or head in _BODY_HEADS or head.endswith("s"):
            return None  # 'officials', 'ministry': not one person's title
        titled = _name_after_title(head, comma=True)
        holders: dict[str, Speaker] = {}
        for found in titled.finditer(self.text):
            person = self.resolve(found.group("name"), found.start("name"), found.start("name"))
            if person.type == "person" and person.affiliation == described.affiliation:
                holders[person.name] = person
        if len(holders) != 1:
            return None
        return replace(next(iter(holders.values())), mention=phrase, confidence=0.55)

    def _resolve(self, phrase: str, position: int, sentence_start: int) -> Speaker:
        """The phrase itself resolved (resolve then weighs relaying outlets and reported clauses)."""
        phrase = _LEADING_CONNECTIVE.sub("", phrase.strip(" \t,;:“”\"‘’'—–-()"))
        if not phrase:
            return UNKNOWN
        low = phrase.lower()
        if low in _PRONOUNS:
            return self._pronoun(phrase, _PRONOUNS[low], position, sentence_start)
        if low in _BODY_PRONOUNS:
            return self._body_pronoun(phrase, position, sentence_start)
        trailing = _TRAILING_SUBJECT.fullmatch(phrase)
        if trailing:  # 'a letter she [said came from ...]': the pronoun is the subject of the frame
            return self.resolve(trailing.group("subject"), position + trailing.start("subject"), sentence_start)
        phrase_end = self.text.find(phrase, position, position + len(phrase) + 4) + len(phrase)
        hearsay = _HEARSAY_END.search(self.text, max(sentence_start, position - 40), phrase_end) if phrase_end > position else None
        if hearsay and phrase[0].islower():  # 'X is said to [have informed Y that ...]': X
            clause = self.text[sentence_start : hearsay.start()]
            clause_start = sentence_start + max(clause.rfind(mark) for mark in ",;:") + 1
            return self.resolve(self.text[clause_start : hearsay.start()], clause_start, sentence_start)
        lead = self.text[sentence_start:position].rstrip()
        if phrase[0].islower() and lead.endswith(" who"):  # 'An aide to X who [attended the hearing] told ...'
            clause_start = sentence_start + max(lead.rfind(mark) for mark in ",;:") + 1
            antecedent = self.text[clause_start : sentence_start + len(lead) - 4].strip()
            if antecedent:
                return self.resolve(antecedent, self.text.find(antecedent, clause_start), sentence_start)
        quoting = _QUOTING.fullmatch(phrase)
        if quoting:  # 'Local media quoting a police source': the source speaks, the media relay it
            source = self.resolve(quoting.group("source"), position + quoting.start("source"), sentence_start)
            if source.name or source.type != "unknown":
                return source
        phrase = _RELAYED_BY.sub("", phrase) or phrase
        phrase = _PREDICATE_TAIL.sub("", phrase) or phrase
        if low in _QUANTIFIERS or _BOTH_GROUPS.fullmatch(phrase):  # 'Some suggested', 'Others said', 'both groups report'
            return Speaker(phrase, phrase, "unnamed", "", "plural", 0.4)
        if _UNATTRIBUTED_REPORTS.fullmatch(phrase):  # 'according to reports': an unnamed source, not nobody
            return Speaker(phrase, phrase, "unnamed", "", "plural", 0.4)
        placed = _PLACED_SOURCE.fullmatch(phrase)
        noun = placed.group("noun").lower() if placed else ""
        if (noun in _QUANTIFIERS or unnamed_heads(self.settings).get(noun) in ("official", "people", "media")) and not _NAMED_AS.search(phrase):
            return self._unnamed(phrase, self.actors.find_mentions(phrase), noun)
        organ = _ORGAN.match(phrase)
        if organ:
            return self._organ(organ, phrase, position, sentence_start)
        if self._several_parties(phrase):
            return replace(UNKNOWN, mention=phrase)
        named_as = _NAMED_AS.search(phrase)
        if named_as:  # 'A disaster agency official named Jhony': the name, not the description
            person = self._unknown_name(named_as.group("name"), phrase, position + named_as.start("name"))
            if person.name:
                return replace(person, mention=phrase)
        document = _DOCUMENT_BY.fullmatch(phrase)
        if document:
            author = self.resolve(document.group("author"), position + document.start("author"), sentence_start)
            if author.name:
                return replace(author, mention=phrase)
            if _DESCRIBED_AUTHORS.fullmatch(document.group("author")):  # 'a joint statement by the foreign ministries of X and Y'
                return Speaker(document.group("author"), phrase, "unnamed", "", "plural", 0.4)
        if _THE_DOCUMENT.fullmatch(phrase):
            written_by = self._author_later_in_sentence(position) or self._document_author(position)
            if written_by is not None:
                return replace(written_by, mention=phrase, confidence=0.55)
        posted = _POSTED_ROLE.fullmatch(phrase)
        if posted and posted.group("role") in title_words(self.settings):  # 'Iran's ambassador in Islamabad': Iran's
            in_capital = self._body_in_capital(phrase, position, sentence_start) if posted.group("role") in _BODY_HEADS else None
            if in_capital is not None:  # 'the foreign ministry in Lima': Peru's
                return in_capital
            holder = self._from_mentions(posted.group("core"), phrase, position, sentence_start)
            if holder is not None and holder.type == "person":
                return holder
            return self._unnamed(phrase, self.actors.find_mentions(posted.group("core")), posted.group("role"))
        if _PARTISAN.fullmatch(phrase):  # 'the Idaho Republican said': the politician just named
            just_named = self._person_just_named(phrase, position, sentence_start)
            if just_named is not None:
                return just_named
        phrase_for_lookup = self._replace_the_country(phrase, position)
        statement = self._statement(phrase_for_lookup, position, sentence_start)
        if statement is not None:
            return replace(statement, mention=phrase)
        found = self._from_mentions(phrase_for_lookup, phrase, position, sentence_start)
        if found is not None:
            return found
        named = self._unknown_name(phrase, position=position)
        acronym = _THE_ACRONYM.fullmatch(phrase) if not named.name else None
        if acronym:
            named = replace(self._unknown_name(acronym.group("acronym")), mention=phrase)
        if named.name.isupper():  # 'the IRCC said' names Immigration, Refugees and Citizenship Canada
            named = replace(named, name=self._spelled(named.name))
        if named.name or self._bare_group(phrase):
            return named if named.name else Speaker(phrase, phrase, "unnamed", "", "plural", 0.4)
        proper = _THE_PROPER_NOUN.fullmatch(phrase)
        word = proper.group("word").lower() if proper else ""
        if proper and word in title_words(self.settings):  # 'the Ambassador', 'the President': the role, not a body
            return replace(self._resolve(phrase.lower(), position, sentence_start), mention=phrase)
        if proper and word not in countries(self.settings) and word.removesuffix("s") not in countries(self.settings):
            return Speaker(proper.group("word"), phrase, "organization", "", "", 0.5)  # 'the Crown', 'the Kremlin'; not 'the Americans'
        written = (
            self._body_in_capital(phrase, position, sentence_start) or self._body_mentioned_before(phrase, position)
            or self._body_written(phrase, position)
            or self._possessed_body(phrase) or self._placed_role(phrase)
        )
        body_then_name = _BODY_THEN_NAME.fullmatch(phrase) if written is None else None
        if body_then_name:
            written = self._named_body(body_then_name.group("head"), body_then_name.group("name"), phrase)
        if written is not None:
            return written
        if _MEDIA_DESCRIPTION.fullmatch(phrase):  # 'state TV', 'state-run television': an outlet not named
            return Speaker(phrase, phrase, "media", "", "", 0.4)
        if not _DESCRIBED_SOURCE.fullmatch(phrase):
            return named
        body = self._body_named_before(phrase, position)
        if body is not None:
            return body
        described = _DEFINITE_BODY.fullmatch(phrase)
        if described and self._is_body_head(described.group("head").lower()):  # 'The department added': the body just heard
            voice = self._voice_just_heard(position, self._previous_sentence_start(sentence_start), plural=False)
            if voice is not None and voice.type in BODY_TYPES and not _OUTLET_NAME.search(f"{voice.name} {voice.mention}"):  # not a news agency
                return replace(voice, mention=phrase, confidence=0.5)
        # 'The bank', 'the report', 'one submission': nobody named, so the description is the speaker
        return Speaker(phrase, phrase, "unnamed", "", "", 0.4)

    def _body_written(self, phrase: str, position: int) -> Speaker | None:
        """'the Foreign Office', 'the Ministry of Foreign Affairs': a body's name that is the whole phrase, kept as
        written when the dictionary does not know it; a shorter form of a body named before in full ('the Peruvian
        Ministry of Foreign Affairs' … 'the Ministry of Foreign Affairs') is that body."""
        bare = _THE_LEAD.sub("", phrase)
        at = self.text.find(bare, position, position + len(phrase) + 8)
        name = self.names.name_at(at) if at >= 0 else None
        if name is None or name.kind not in BODY_TYPES or name.text != bare:
            return None
        full = next((n for n in self.names.bodies_back(at, max(0, at - REFERENT_REACH)) if n.canonical.endswith(" " + name.canonical)), name)
        return Speaker(full.canonical, phrase, full.kind, country_in(full.canonical, self.settings), "", 0.5)

    @staticmethod
    def _owned_outlet(phrase: str, found: Speaker) -> Speaker:
        """"the IRGC's Sepah News website": the outlet a body owns speaks, not its owner (who gives the affiliation)."""
        owned = _OWNED_OUTLET.fullmatch(phrase.strip(" ,;:"))
        if owned is None or found.type == "media" or not found.name:
            return found
        return Speaker(owned.group("name"), phrase, "media", found.affiliation, "", 0.5)

    def _country_of_body(self, found: Speaker) -> Speaker:
        """A state body, outlet or described source the dictionary does not place ('the Chilean ministry', 'Bolivian
        state TV', 'the Chilean navy') belongs to the country its name states."""
        if found.type not in ("government", "media", "unnamed") or found.affiliation or not found.name or " and " in found.name:
            return found
        return replace(found, affiliation=country_in(f"{found.name} {found.mention}", self.settings))

    def _outlet(self, phrase: str, found: Speaker) -> Speaker:
        """'the Andes Wire agency', 'state television', 'the state-run news agency': an outlet named or described by
        its noun is a media speaker (the name it is called by, else the state outlet's description), not a person."""
        a_state = found.type == "government" and found.name == found.affiliation  # 'Pakistani state television'
        if (found.type in ("media", "government") and not a_state) or (found.type == "person" and found.name not in phrase):
            return found
        outlet = _OUTLET.fullmatch(phrase.strip(" ,;:"))
        if outlet is None:
            return found
        words = outlet.group("words")
        name = _CAPITALISED_RUN_IN.search(words)
        name = name if name is not None and name.end() == len(words.rstrip()) else None  # 'the Fars agency', not 'the UN refugee agency'
        if name is not None and kind_of(name.group(0), self.settings) != "place" and not a_state and (
            name.start() > outlet.start("words") or " " in name.group(0) or name.group(0).isupper()
        ):  # not a capital that only opens the sentence: 'Local television said'
            return Speaker(name.group(0), phrase, "media", found.affiliation, "", 0.5)
        if _STATE_RUN.search(words) and (not phrase.rstrip(" ,;:").endswith("agency") or _NEWS_AGENCY_END.search(phrase) is not None):  # not 'a government agency'
            description = _THE_LEAD.sub("", phrase.strip(" ,;:"))
            if _STATE_RUN.match(description):  # 'State television said' opening a sentence: 'state television'
                description = description[0].lower() + description[1:]
            return Speaker(description, phrase, "media", found.affiliation or country_in(words, self.settings), "", 0.5)
        return found

    def _body_mentioned_before(self, phrase: str, position: int) -> Speaker | None:
        """'the foreign office' after "Pakistan's Foreign Office": the dictionary body named before whose name or
        mention ends with the same words (two or more, the last a body's noun)."""
        words = _THE_LEAD.sub("", phrase.strip()).lower()
        if len(words.split()) < 2 or not self._is_body_head(words.split()[-1]):
            return None
        for m in self.mentions_back(position, max(0, position - REFERENT_REACH)):
            if m.actor.type != "person" and m.actor.role != "state" and (m.text.lower().endswith(words) or m.actor.name.lower().endswith(words)):
                return from_actor(m.actor, phrase, 0.6)
        return None

    def _body_in_capital(self, phrase: str, position: int, sentence_start: int) -> Speaker | None:
        """'the Foreign Ministry in Islamabad': the body of the state whose capital (or name) follows, when the
        dictionary knows that state's body ('Pakistan's Foreign Ministry')."""
        found = _BODY_IN_PLACE.fullmatch(phrase)
        if found is None:
            return None
        state = self.resolve(found.group("place"), position + found.start("place"), sentence_start)
        if state.type != "government" or state.name != state.affiliation:
            return None
        body = self._from_mentions(f"{state.name}'s {found.group('body')}", phrase, position)
        return body if body is not None and body.type in BODY_TYPES and body.name != state.name else None

    def _place_country(self, text: str) -> str:
        """The country of the first place of `resources/places.csv` written in `text` ('residents of Panjgur' ->
        Pakistan), empty when none is."""
        found = word_starts(place_finder(self.settings), text)
        return load_places(self.settings)[found[0][2]] if found else ""

    def _placed_role(self, phrase: str) -> Speaker | None:
        """'The deputy governor of the border province', 'a commander in the region': a role holder described by
        their post and place, nobody named, is an unnamed source under that description."""
        placed = _PLACED_SOURCE.fullmatch(phrase)
        if placed is None or not _INDEFINITE_OR_DEFINITE.match(phrase) or placed.group("noun").lower() not in title_words(self.settings):
            return None
        if _NAMED_AS.search(phrase):
            return None  # 'an official in Loja province named Jo Roe': somebody is named
        return Speaker(phrase, phrase, "unnamed", country_in(phrase, self.settings) or self._place_country(phrase), "", 0.4)

    def _possessed_body(self, phrase: str) -> Speaker | None:
        """"Peru's foreign office", "Lima's defence ministry": a place's body the dictionary does not know, named after
        the place and the body's noun ('Peru Foreign Office'), affiliated to the country the place names."""
        found = _PLACE_BODY.fullmatch(phrase)
        if found is None or kind_of(found.group("place"), self.settings) != "place":
            return None
        kind = heads(self.settings).get(found.group("head").lower(), "place")
        if kind not in BODY_TYPES:
            return None
        country = country_in(found.group("place"), self.settings)
        if kind != "government" and all(w[0].isupper() for w in found.group("body").split()):  # "France's Acme Group": the body's own name
            return Speaker(found.group("body"), phrase, kind, country, "", 0.5)
        if kind != "government" or _SUPERLATIVE.search(found.group("body")):  # "Canada's largest bank": a description
            return Speaker(phrase, phrase, "unnamed", country, "", 0.4)
        name = " ".join([found.group("place"), *(w.title() if w.islower() else w for w in found.group("body").split())])
        return Speaker(name, phrase, kind, country, "", 0.5)

    @staticmethod
    def _bare_group(phrase: str) -> bool:
        """'police', 'Rights organizations', 'veteran MPs': a group named by a plural noun with no article."""
        group = _BARE_GROUP.fullmatch(phrase)
        return group is not None and not any(w in _NOT_NAME or w in _GENERIC_WORDS for w in _words(phrase))

    def _bodies_introduced(self) -> dict[str, tuple[list[int], list[str]]]:
        """Bodies the text introduces with a generic noun ('media buying company GroupM'): head noun -> (ends, names),
        in text order; found once per article."""
        if self._introduced is None:
            self._introduced = {}
            for m in _HEAD_THEN_NAME.finditer(self.text):
                head = m.group("head").lower()
                if head in _BODY_SYNONYMS:
                    ends, names = self._introduced.setdefault(head, ([], []))
                    ends.append(m.end())
                    names.append(m.group("name"))
        return self._introduced

    def _body_named_before(self, phrase: str, position: int) -> Speaker | None:
        """'the company', 'the security firm': the body the text introduced with that noun ('media buying company
        GroupM'), else, for a generic noun ('company', 'firm'), the latest body of that kind named in the text;
        looked for no further back than REFERENT_REACH characters."""
        described = _DEFINITE_BODY.fullmatch(phrase)
        if described is None:
            return None
        head = described.group("head").lower()
        if head not in _BODY_SYNONYMS:
            return self._body_of_head(head, phrase, position)
        for modifier in reversed(_words(phrase)[1:-1]):  # 'the railway company': the one railway named
            body = self._body_of_head(modifier, phrase, position)
            if body is not None:
                return body
        kind = _BODY_SYNONYMS[head]
        since = max(0, position - REFERENT_REACH)
        ends, names = self._bodies_introduced().get(head, ([], []))
        before = bisect.bisect_right(ends, position) - 1
        if before >= 0 and ends[before] >= since:
            return Speaker(names[before], phrase, kind, "", "", 0.5)
        for name in self.names.bodies_back(position, since):
            if name.kind == kind and not (len(name.canonical.split()) > 1 and name.canonical.isupper()):  # not 'READ MORE'
                return Speaker(name.canonical, phrase, name.kind, "", "", 0.45)
        return None

    def _authored_documents(self) -> list[tuple[int, Speaker]]:
        """(position, author) of the documents the text attributes ('A study by the University of X', 'a report from
        the PBO'), found once per article; the speakers recorded as writing in a document are added as they come."""
        if self._documents is None:
            self._documents = []
            for found in _DOCUMENT_AUTHORED_BY.finditer(self.text):
                start = found.start("author") + (4 if found.group("author").startswith("the ") else 0)
                body = self.names.name_at(start)
                members = _WORD_AFTER.match(self.text, found.end("author"))
                if members and unnamed_heads(self.settings).get(members.group("word")) == "people":  # 'by League players'
                    group = self.text[found.start("author") : members.end()]
                    author = Speaker(group, group, "unnamed", "", "plural", 0.5)
                elif body is not None and body.kind in BODY_TYPES and start not in self._covered_names:  # 'Institute of Transit'
                    author = Speaker(body.canonical, body.text, body.kind, "", "", 0.5)
                else:
                    author = self.resolve(found.group("author"), found.start("author"), found.start("author"))
                if author.name:
                    self._documents.append((found.start(), author))
        return self._documents

    def _author_later_in_sentence(self, position: int) -> Speaker | None:
        """'The suit says ..., according to the X Union', 'The report, released by X, said': the author the rest of
        the sentence names (a person or a body with a name), if any."""
        end = _SENTENCE_BREAK.search(self.text, position)
        later = _AUTHOR_LATER.search(self.text, position, end.start() if end else len(self.text))
        if later is None:
            return None
        author = self.resolve(later.group("author"), later.start("author"), position)
        return author if author.name and author.type != "unnamed" else None

    def _document_author(self, position: int) -> Speaker | None:
        """'the report', 'the white paper': the author of the latest document attributed before `position`."""
        documents = [d for d in self._authored_documents() if position - REFERENT_REACH <= d[0] < position]
        return max(documents, key=lambda d: d[0])[1] if documents else None

    def _body_of_head(self, head: str, phrase: str, position: int) -> Speaker | None:
        """'the diocese', 'the Calgary-based railway': the latest body named before `position` (within REFERENT_REACH
        characters) whose name holds that head noun ('Roman Catholic Diocese of Covington', 'Canadian Pacific Railway'),
        when it is the only such body: with two commissions named, 'the commission' stays a description."""
        if head not in heads(self.settings):
            return None
        bodies = {
            name.canonical: name for name in self.names.bodies_back(position, max(0, position - REFERENT_REACH))
            if head in _words(name.canonical)
        }
        if len(bodies) != 1:
            return None
        name = next(iter(bodies.values()))
        return Speaker(name.canonical, phrase, name.kind, "", "", 0.45)

    def _several_parties(self, phrase: str) -> bool:
        """'Both Iran and Pakistan', 'Jilani and Amir-Abdollahian': two or more actors joined by 'and'."""
        if not _PLURAL_PARTIES.match(phrase) or _STATEMENT.search(phrase):
            return False
        found = self.actors.find_mentions(phrase)
        names = {m.actor.name for m in found}
        if len(names) < 2:
            return False
        return re.search(r"\band\b", phrase[found[0].end : found[-1].start], re.I) is not None

    def _organ(self, organ: re.Match[str], phrase: str, position: int, sentence_start: int) -> Speaker:
        """'his office', 'the military's media wing', "Raisi's office": the owner's office body, else the owner (the
        dictionary decides for its people); the office of a person outside the dictionary is a body of its own
        ("Trudeau's office" -> "Justin Trudeau's office"), and one written with capitals is the name of a body
        ("the Prime Minister's Office")."""
        word = organ.group("organ")
        if organ.group("pronoun"):
            owner = self._pronoun(organ.group("pronoun"), _PRONOUNS[organ.group("pronoun").lower()], position, sentence_start)
        else:
            owner = self.resolve(organ.group("owner"), position, sentence_start)
        actor = self.actors.get(owner.name) if owner.name else None
        if actor is not None and actor.type == "person" and word.lower().startswith("spokes"):
            spokesperson = self._spokesperson_of(actor)
            return from_actor(spokesperson, phrase, 0.7) if spokesperson else replace(owner, mention=phrase, confidence=0.6)
        if actor is not None and actor.type == "person":
            office = self._office_of(actor)
            if office is not None:
                return from_actor(office, phrase, 0.7)
        if word[0].isupper() and not organ.group("pronoun"):
            return Speaker(re.sub(r"^(?i:the)\s+", "", phrase), phrase, "government", owner.affiliation, "", 0.6)
        if not owner.name:
            return replace(UNKNOWN, mention=phrase)
        if actor is None and owner.type == "person" and not word.lower().startswith("spokes"):
            kind = "government" if owner.affiliation else "organization"
            return Speaker(f"{owner.name}'s {' '.join(word.lower().split())}", phrase, kind, owner.affiliation, "", 0.6)
        return replace(owner, mention=phrase, confidence=0.6)

    def _spokesperson_of(self, person: Actor) -> Actor | None:
        """The one dictionary spokesperson whose role names the person's role ('Spokesman for the UN Secretary-General')."""
        core = _role_core(person.role)
        found = [
            a for a in self.actors.actors.values()
            if a.type == "person" and "spokes" in a.role.lower() and core and core in a.role.lower()
        ]
        return found[0] if len(found) == 1 else None

    def _office_of(self, person: Actor) -> Actor | None:
        """The one body named '<role> Office' of a person's state ('Pakistan Prime Minister's Office' for its prime minister)."""
        core = _role_core(person.role)
        if not core:
            return None
        offices = [
            a for a in self.actors.actors.values()
            if a.type != "person" and a.affiliation == person.affiliation and "office" in _words(a.name) and core in a.name.lower()
        ]
        return offices[0] if len(offices) == 1 else None

    def first_in(self, region_start: int, region_end: int, sentence_start: int) -> Speaker:
        """The first resolvable subject in a text region (actor mention, pronoun or name)."""
        region = self.text[region_start:region_end]
        candidates: list[tuple[int, str]] = []
        for m in self.mentions_from(region_start, region_end):
            titled = _TITLE_THEN_NAME.match(self.text, m.end, region_end)  # 'Chinese foreign ministry spokeswoman Hua Chunying'
            titled_name = _NAME.match(self.text, titled.end("titles"), region_end) if titled else None
            candidates.append((m.start, self.text[m.start : titled_name.end()] if titled_name else m.text))
            break
        pronoun = _SUBJECT_PRONOUN.search(region)
        if pronoun:
            candidates.append((region_start + pronoun.start(), pronoun.group(0)))
        name = self._first_name(region)
        if name:
            candidates.append((region_start + region.find(name), name))
        body = _BODY_SUBJECT.search(region)  # 'the NRB did not ...', 'The diocese issued a statement, saying'
        if body and (body.group("acronym") or self._is_body_head(body.group("head").lower())):
            candidates.append((region_start + body.start(), body.group(0)))
        for start, words in sorted(candidates):
            found = self.resolve(words, start, sentence_start)
            if found.name or found.type != "unknown":
                return found
        return UNKNOWN

    def _is_body_head(self, word: str) -> bool:
        """True for a noun that names a kind of body ('diocese', 'ministry', 'company')."""
        return word in _BODY_HEADS or word in _BODY_SYNONYMS or heads(self.settings).get(word, "place") != "place"

    def _replace_the_country(self, phrase: str, position: int) -> str:
        """'the country's embassy in Iran' -> '<last state named before>'s embassy in Iran'."""
        if not _THE_COUNTRY.search(phrase):
            return phrase
        named_in_phrase = {m.actor.name for m in self.actors.find_mentions(phrase)}
        for m in self.mentions_back(position):
            if m.actor.role == "state" and m.actor.name not in named_in_phrase:
                return _THE_COUNTRY.sub(f"{m.actor.name}'s", phrase)
        return phrase

    def _statement(self, phrase: str, position: int, sentence_start: int) -> Speaker | None:
        """Statements as subjects: 'a statement from X', 'the statement', 'Pakistan's statement'."""
        if not _STATEMENT.search(phrase):
            return None
        source = _STATEMENT_FROM.search(phrase)
        if source:
            found = self._from_mentions(source.group(1), phrase, position)
            return found if found is not None else UNKNOWN
        owned = _PRONOUN_STATEMENT.match(phrase)
        if owned:  # 'her statement': the person she is
            return self._pronoun(owned.group(1), _PRONOUNS[owned.group(1).lower()], position, sentence_start)
        heard = self._voice_of_sentence_before(position, sentence_start) if _DEFINITE.match(phrase) else None
        issuer = (self.statement_owners[-1] if self.statement_owners else self._statement_issuer(position)) if heard is not None else None
        same_side = issuer is not None and heard is not None and bool(issuer.affiliation) and issuer.affiliation == heard.affiliation
        if heard is not None and not same_side:  # 'X said, "…" The statement added, "…"': X's statement goes on
            return replace(heard, mention=phrase, confidence=0.7)  # (a spokesperson of the body that issued it leaves it the body's)
        if _DEFINITE.match(phrase) and self.statement_owners:
            return replace(self.statement_owners[-1], confidence=0.7)
        if _DEFINITE.match(phrase) or _INDEFINITE.match(phrase):
            return self._statement_issuer(position)
        owner = _POSSESSIVE_STATEMENT.match(phrase)
        if owner:
            possessor = self._from_mentions(owner.group(1), owner.group(1), position) or self._state_named(owner.group(1))
            if possessor is None:
                return UNKNOWN
            for candidate in [*reversed(self.statement_owners), *reversed(self.others_spoken)]:
                if candidate.affiliation == possessor.affiliation:
                    return replace(candidate, confidence=0.7)
            return possessor
        return None

    def _voice_of_sentence_before(self, position: int, sentence_start: int) -> Speaker | None:
        """The first speaker of the sentence just before the one at `sentence_start` (its main voice, not one it
        reports nor an outlet relaying it), when nobody was heard since."""
        since = self._previous_sentence_start(sentence_start)
        while 0 < since and self._quoted(since):  # 'X said, "A. B." The statement added': back to the sentence with X
            since = self._previous_sentence_start(since)
        heard = [(at, speaker) for at, speaker in self.history if since <= at < position]
        if not heard or heard[-1][0] >= sentence_start or not heard[0][1].name:
            return None
        return heard[0][1]

    def _statement_issuer(self, position: int) -> Speaker:
        """Who 'the statement' is from when no speaker was heard issuing one: the latest body heard that is not an
        outlet (outlets relay statements), else the subject of the latest 'X issued a statement' before `position`."""
        bodies = [b for b in self.bodies_spoken if b.type != "media"]
        if bodies:
            return replace(bodies[-1], confidence=0.6)
        issued = [m for m in _ISSUED_STATEMENT.finditer(self.text, max(0, position - REFERENT_REACH), position)]
        if not issued:
            return UNKNOWN
        start = issued[-1].start()
        sentence_start = max(self.text.rfind(mark, 0, start) for mark in ".!?\n") + 1
        subject = self.text[sentence_start:start].strip()
        found = self.resolve(subject, start - len(subject), sentence_start) if len(subject.split()) <= ISSUER_WORDS else UNKNOWN
        if not found.name and found.mention and _PLURAL_PARTIES.match(subject):  # 'The Iranian and Pakistani Foreign Ministries'
            return Speaker(subject, subject, "unnamed", "", "plural", 0.4)
        if not found.name:
            found = self.first_in(sentence_start, start, sentence_start)
        return replace(found, confidence=0.5)

    def _state_named(self, phrase: str) -> Speaker | None:
        """A country's government named by the country alone ("Peru's statement"), when the dictionary does not know it."""
        found = self._unknown_name(phrase)
        return found if found.type == "government" and found.name == found.affiliation else None

    def _from_mentions(self, phrase: str, as_written: str, position: int, sentence_start: int = 0) -> Speaker | None:
        """Resolve by words in the phrase: a named person, a description, a role holder, a body, then a state."""
        mentions = self.actors.find_mentions(phrase)
        people = [m for m in mentions if m.actor.type == "person"]
        if people:
            return from_actor(people[-1].actor, as_written, 0.9)
        name = self._first_name(phrase) if all(m.actor.role == "state" for m in mentions) else self._titled_name_after(phrase, mentions)
        if name:
            person = self._unknown_name(name, phrase, position + max(phrase.find(name), 0))
            described_body = self._body_described_by(phrase, name, person) if person.type == "person" else None
            if described_body is not None:
                return described_body
            if person.name and mentions and not person.affiliation:  # 'Iranian foreign ministry spokesman X': Iran
                return replace(person, affiliation=mentions[-1].actor.affiliation)
            if person.name and not person.affiliation and person.type == "person":  # "Peru's foreign office spokesperson X"
                return replace(person, affiliation=country_in(phrase[: max(phrase.find(name), 0)], self.settings))
            if person.name:
                return person
        surname = self._bare_surname(phrase, position)
        if surname is not None:
            return from_actor(surname, as_written, 0.8)
        words = _words(phrase)
        if words and (words[-1] in title_words(self.settings) or _AGED.match(phrase)) and words[-1] not in _BODY_HEADS:
            described = self._description(phrase, position, sentence_start)
            if described is not None:
                return described
            holder = self._role_holder(phrase, mentions)
            if holder is not None:
                return from_actor(holder, as_written, 0.7)
            just_named = self._person_just_named(phrase, position, sentence_start)
            if just_named is not None:
                return just_named
        if words and _is_official(words[-1], self.settings) and not _DESCRIPTION.match(phrase) and not _VERB_LIKE.search(" ".join(words[:-1])):
            # 'Iranian officials', 'a White House official': unnamed, with an affiliation (SPEC §5); not 'X cited sources'
            return self._unnamed(as_written, mentions, words[-1])
        bodies = [m for m in mentions if m.actor.role != "state"]
        if bodies:
            widest = max(bodies, key=lambda m: len(m.text))
            other_state = country_in(phrase[: widest.start], self.settings)
            if widest.text.islower() and other_state and other_state != widest.actor.affiliation:
                return Speaker(as_written, as_written, widest.actor.type, other_state, "", 0.6)  # 'Chilean state media': not Iran's
            return from_actor(widest.actor, as_written, 0.85)
        described = self._description(phrase, position, sentence_start)
        if described is not None:
            return described
        body = self._body_of_state(phrase, mentions)
        if body is not None:
            return from_actor(body, as_written, 0.7)
        people_head = [w for w in words if unnamed_heads(self.settings).get(w) in ("people", "media")]
        if people_head:
            return self._unnamed(as_written, mentions, people_head[-1])
        own_body = bool(words) and words[-1] not in ("government", "administration") and self._is_body_head(words[-1])
        if mentions and len(_words(phrase)) <= len(_words(mentions[-1].text)) + 3 and not own_body:
            # 'Peru's leaders' is Peru; "Peru's human rights department" is a body of its own (see _possessed_body)
            return from_actor(mentions[-1].actor, as_written, 0.8)
        fuzzy = self.actors.lookup(phrase)
        if fuzzy is not None and _same_surname(phrase, fuzzy):
            return from_actor(fuzzy, as_written, 0.75)
        return None

    def _body_described_by(self, phrase: str, name: str, person: Speaker) -> Speaker | None:
        """A name followed by lower-case words ending in a body's head noun describes that body and does not speak
        ('Norvik’s Osprey security unit', 'the Karsh youth league', 'Karsh rights group Velda'): the body is the one
        named after the head ('Velda'), else the name itself when it names nobody else ('Osprey'), else the whole
        description (not Omar Karsh, whose surname 'Karsh' is); None when no such words follow the name."""
        after = _BODY_AFTER.match(phrase, phrase.find(name) + len(name)) if name in phrase else None
        if after is None:
            return None
        head = after.group("head")
        if after.group("name"):
            return self._named_body(head, after.group("name"), phrase)
        if person.name == name:  # an outlet ('the Pacific Wire agency') is left to Discourse._outlet
            return replace(person, type="organization", gender="") if head in _UNIT_HEADS else None
        return Speaker(phrase, phrase, self._body_kind(head), "", "", 0.5) if self._is_body_head(head) or head in _UNIT_HEADS else None

    def _body_kind(self, head: str) -> str:
        """The kind of body a head noun names (name_heads.csv), organization when the list has no body kind for it."""
        kind = heads(self.settings).get(head, "organization")
        return kind if kind in BODY_TYPES else "organization"

    def _named_body(self, head: str, name: str, phrase: str) -> Speaker | None:
        """The body a name written after a body's head noun names ('rights group Vashtar'), None for another noun."""
        if not (self._is_body_head(head) or head in _UNIT_HEADS):
            return None
        known = self.actors.lookup(name, fuzzy=False)
        if known is not None and known.type in BODY_TYPES:
            return from_actor(known, phrase, 0.7)
        return Speaker(name, phrase, self._body_kind(head), "", "", 0.6)

    def _titled_name_after(self, phrase: str, mentions: list[Mention]) -> str:
        """'Chinese foreign ministry spokeswoman Hua Chunying': the name written right after a title that follows the
        last body named in the phrase (the body is the person's employer, not the speaker); '' when there is none."""
        rest = phrase[mentions[-1].end :] if mentions else ""
        titled = _TITLE_THEN_NAME.match(rest)
        if titled is None or not all(w in title_words(self.settings) for w in _words(titled.group("titles"))):
            return ""
        return self._first_name(rest)

    def _unnamed(self, phrase: str, mentions: list[Mention], head: str) -> Speaker:
        """An unnamed source kept under its description ('a local official', 'Iranian officials', 'residents'),
        affiliated to a state named in it, else to the affiliation of a body named in it ('a White House official')."""
        plural = head.endswith("s") or head in ("people", "men", "women", "staff")
        states = [m.actor.affiliation for m in mentions if m.actor.role == "state"]
        affiliations = states or [m.actor.affiliation for m in mentions if m.actor.affiliation]
        description = phrase.strip()
        affiliation = affiliations[0] if affiliations else country_in(description, self.settings) or self._place_country(description)
        return Speaker(description, description, "unnamed", affiliation, "plural" if plural else "", 0.4)

    def _bare_surname(self, phrase: str, position: int) -> Actor | None:
        """A single capitalised word naming a person mentioned earlier (last name, else first: 'Mao' for Mao Ning).

        With no earlier mention, the one dictionary person of that surname is taken only when the article
        has already used that person's role ("Foreign Office spokesperson" before a bare "Baloch said"),
        because a surname alone is often also a people, a place or another person's name.
        """
        word = phrase.strip()
        if not _CAPITALISED_WORD.fullmatch(word):
            return None
        for index in (-1, 0):
            starts, found = self._person_words.get((index, word), ([], []))
            before = bisect.bisect_left(starts, position)
            if before:
                return found[before - 1].actor
        holders = _people_by_surname(self.actors).get(word, [])
        if len(holders) == 1 and self._role_used_before(holders[0], position):
            return holders[0]
        return None

    def _role_used_before(self, actor: Actor, position: int) -> bool:
        """True when the core of the actor's role ('foreign office spokesperson') is written before `position`."""
        core = _role_core(actor.role)
        return bool(core) and self._written_before(core, position)

    def _role_holder(self, phrase: str, mentions: list[Mention]) -> Actor | None:
        """'Pakistan's foreign office spokesperson' -> the one person whose role holds all those words."""
        states = {m.actor.affiliation for m in mentions if m.actor.role == "state"}
        state_words = {w for m in mentions if m.actor.role == "state" for w in _words(m.text)}
        wanted = [w for w in _words(phrase) if w not in _GENERIC_WORDS and w not in state_words and not w.endswith(("’s", "'s"))]
        if not wanted or wanted[-1] not in title_words(self.settings):
            return None
        wanted_words = set(wanted)
        holders = [
            a for a, role_words in _people_role_words(self.actors)
            if (not states or a.affiliation in states) and wanted_words <= role_words
        ]
        if len(holders) > 1 and not states:  # 'spokesperson said': of the states' spokespeople, the one whose state is in the article
            named = {m.actor.affiliation for m in self.mentions_from(0, len(self.text)) if m.actor.role == "state"}
            holders = [a for a in holders if a.affiliation in named]
        return holders[0] if len(holders) == 1 else None

    def _unknown_body(self, phrase: str, head: str) -> Speaker | None:
        """A body not in the dictionary ('the Russian foreign ministry'), kept under its name."""
        if head not in _BODY_HEADS:
            return None
        kind = "organization" if head in ("agency", "media", "corps") else "government"
        return Speaker(phrase.strip(), phrase.strip(), kind, "", "", 0.5)

    def _body_of_state(self, phrase: str, mentions: list[Mention]) -> Actor | None:
        """'Pakistan's army', 'the Iranian foreign ministry' -> the one body of that state named by the head noun."""
        states = {m.actor.affiliation for m in mentions if m.actor.role == "state"}
        words = _words(phrase)
        if not states or not words or words[-1] not in _BODY_HEADS:
            return None
        state_run = _STATE_RUN.search(phrase) is not None
        bodies = [
            a for a in self.actors.actors.values()
            if a.type != "person" and a.role != "state" and a.affiliation in states
            and words[-1] in _actor_words(a) and (state_run or not _STATE_RUN.search(a.name))  # 'Iranian media' is not its state media
        ]
        wanted = {_STATE_PREFIXED.sub("state", w) for w in words if w not in _GENERIC_WORDS and not w.endswith(("’s", "'s"))}
        bodies = [a for a in bodies if wanted <= set(_actor_words(a))]  # "Peru's interior ministry" is not its foreign ministry
        return bodies[0] if len(bodies) == 1 else None

    def _first_name(self, phrase: str) -> str:
        """The capitalised multi-word sequence (the one after a lower-case title, else the first) that is not made of
        titles or dictionary words."""
        titles = title_words(self.settings)
        matches = list(_NAME.finditer(phrase))
        titled = [m for m in matches if _words(phrase[: m.start()])[-1:] and _words(phrase[: m.start()])[-1] in titles]
        for match in [*titled[-1:], *matches]:  # a name right after a title wins: 'Sharks coach Peter DeBoer'
            following = _words(phrase[match.end() :])[:1]
            if _POSSESSIVE_END.search(match.group(0)) and following and (following[0] in _RELATIVES or following[0] in titles):
                continue  # "Schellenberg's aunt", "Smith's lawyer" are not Schellenberg, Smith ("Foster's book" is Foster's)
            tokens = match.group(0).split()
            title_at = [i for i, t in enumerate(tokens) if _POSSESSIVE_END.sub("", t.lower()) in titles]
            tokens = tokens[title_at[-1] + 1 :] if title_at else tokens
            complement = _ENDS_WITH_COMPLEMENT.search(phrase[: match.start()])
            if complement and len(tokens) > 2:
                tokens = tokens[-2:]
            while tokens and (tokens[0].lower() in _GENERIC_WORDS or tokens[0].lower() in _NOT_NAME or self.actors.lookup(tokens[0], fuzzy=False) is not None):
                tokens.pop(0)
            known_word = tokens and (tokens[0] in self.unknown_people or self.names.person_named(tokens[0]))
            if tokens and (len(tokens) >= 2 or known_word or self.actors.lookup(tokens[0])):
                return " ".join(tokens)
        return ""

    def _unknown_name(self, name: str, context: str = "", position: int = -1) -> Speaker:
        """A person not in the dictionary, kept under their name (bare surname -> earlier full name; a surname two
        people share -> the one it names at `position`)."""
        name = _POSSESSIVE_END.sub("", name.strip(" ,;:“”\"‘’'"))  # "a transcript of Vasquez's briefing": Vasquez
        tokens = name.split()
        if len(tokens) > 2 and _POSSESSIVE_END.search(tokens[0]):  # "CBC's Richard Cuthbertson": the owner is not the name
            tokens = tokens[1:]
            name = " ".join(tokens)
        if len(tokens) > 2 and tokens[0].lower() in unnamed_heads(self.settings):  # 'Resident Tom Hale': a description
            tokens = tokens[1:]
            name = " ".join(tokens)
        not_name = [(t.lower() in _GENERIC_WORDS and (i == 0 or t.islower()))  # 'Acme Group', 'Shopper Reports' are names
                    or (t.lower() in _NOT_NAME and (i == 0 or t.lower() not in _MONTH_SURNAMES))
                    for i, t in enumerate(tokens)]
        if not tokens or any(not_name) or not all(_NAME_TOKEN.match(t) for t in tokens):
            return UNKNOWN
        written = self.names.name_at(position) if position >= 0 else None
        if written is not None and written.kind in BODY_TYPES and written.text == name:  # 'Northwind' short for 'Northwind Energy'
            return Speaker(self._spelled(written.canonical), name, written.kind, "", "", 0.6)
        known = self.actors.lookup(name)
        if known is not None and (len(tokens) == 1 or _same_surname(name, known)):
            return from_actor(known, name, 0.8)
        shared = len(self.names.by_word.get(tokens[-1], ())) > 1  # a surname of two people: the name index decides
        if len(tokens) == 1 and tokens[0] in self.unknown_people and not shared:
            return replace(self.unknown_people[tokens[0]], mention=name)
        for person in self.unknown_people.values():
            if person.name.endswith(" " + name) and not shared:
                return replace(person, mention=name)
        canonical = self.names.person_named(tokens[-1], position) or (self.names.person_named(tokens[0], position) if len(tokens) == 1 else "")
        full = canonical if canonical and all(any(same_word(t, w) for w in canonical.split()) for t in tokens) else name
        known = (self.actors.lookup(full) or self._person_ending(full)) if full != name else None
        if known is not None and known.type == "person" and _same_surname(full, known):
            return from_actor(known, name, 0.7)  # 'Baloch' after 'spokesperson Mumtaz Baloch', a dictionary person
        states = [m.actor for m in self.actors.find_mentions(context) if m.actor.role == "state"]
        kind = kind_of(full, self.settings)
        if kind == "place" and full.lower() in countries(self.settings):  # 'Japan said': its government
            return Speaker(full, name, "government", full, "", 0.6)
        if kind == "place":
            return UNKNOWN
        gender = self.names.gender.get(full) or (first_names(self.settings).get(full.split()[0].lower(), "") if kind == "person" else "")
        person = Speaker(full, name, kind, states[0].affiliation if states else "", gender, 0.7)
        if kind == "person":
            self.unknown_people[full.split()[-1]] = person
        return person

    def _person_ending(self, name: str) -> Actor | None:
        """The dictionary person whose alias ends a longer name and whose given names it writes, perhaps spelled
        otherwise ('Ana Lya Roe' for 'Lia Roe', alias 'Roe'; not 'Ana Roe', another Roe)."""
        mentions = self.actors.find_mentions(name)
        last = mentions[-1] if mentions else None
        if last is None or last.actor.type != "person" or last.end != len(name):
            return None
        written = name.split()
        given = last.actor.name.split()[:-1]
        return last.actor if all(any(same_word(g, w) for w in written) for g in given) else None

    def _pronoun(self, word: str, gender: str, position: int, sentence_start: int) -> Speaker:
        """he/she: the sentence's own subject if compatible, else the most recent compatible speaker or person named
        (a person named in an object slot rarely speaks next, so people opening a sentence and speakers come first).

        People and speakers further back than REFERENT_REACH characters are not looked at, so that the cost
        of a pronoun does not grow with the length of the article."""
        preceding = self.text[max(sentence_start, position - 12) : position].lower()
        since = max(0, position - REFERENT_REACH)
        people = self._people_back(position, since)
        latest = next(people, None)
        excluded = latest[1].name if latest is not None and _ENDS_WITH_RELATIVE.search(preceding) else ""
        in_sentence: Speaker | None = None
        first_compatible: tuple[int, Speaker] | None = None
        subject: tuple[int, Speaker] | None = None
        # 'Asked what he would tell Mayor X, he said': a same pronoun before X in the sentence already points back
        # past the sentence, and the later one goes with it, not with X
        earlier = _SAME_PRONOUN[gender].search(self.text, sentence_start, position)
        pointed_back = earlier.start() if earlier else position
        # '…, and Black porters like X fought back, he writes.': a person named in the clause a pronoun reports is not it
        reported = word.lower() in ("he", "she") and self._after_reported_clause(position, sentence_start)  # not 'his office'
        for at, person in itertools.chain([latest] if latest is not None else [], people):
            if person.name == excluded or person.gender not in (gender, "") or pointed_back <= at < position:
                continue
            if at >= sentence_start and reported:
                continue
            if at >= sentence_start:
                in_sentence = person  # the earliest one in the sentence wins
                continue
            if in_sentence is not None:
                break
            first_compatible = first_compatible or (at, person)
            if self._subject_of_main_clause(at):
                subject = (at, person)
                break
        if in_sentence is not None:  # the pronoun teaches the gender of a person whose gender was not known
            return replace(in_sentence, mention=word, gender=gender, confidence=0.75)
        introduced = self._introduced_before(gender, sentence_start)
        if in_sentence is None and introduced is not None:
            return replace(introduced, mention=word, gender=gender, confidence=0.7)
        spoken = self._last_speaker(gender, position, since, excluded)
        if subject is not None and spoken is not None and self._in_passing(subject[1], subject[0], sentence_start):
            subject = None  # 'Stanley Grizzle joined in 1940. "…," he says.': he is the one being heard
        chosen = max((c for c in (subject, spoken) if c is not None), key=lambda c: c[0], default=first_compatible)
        if chosen is not None:
            return replace(chosen[1], mention=word, gender=gender, confidence=0.7)
        return replace(UNKNOWN, mention=word)

    def _after_reported_clause(self, position: int, sentence_start: int) -> bool:
        """True for a pronoun after a comma that ends a main clause of at least four words opening its sentence
        ('Porters like X fought back, he writes'): that clause is what the pronoun's cue reports."""
        lead = self.text[sentence_start:position]
        return (_COMMA_END.search(lead) is not None and len(_words(lead)) >= 4 and not _SUBORDINATE_CLAUSE.match(lead)
                and not _QUOTE_MARK.match(lead.lstrip()))

    def _introduced_before(self, gender: str, sentence_start: int) -> Speaker | None:
        """The first person of that gender (or of unknown gender) named in the sentence just before `sentence_start`,
        when that is where the text first names them and they have not been heard yet: news introduces a new voice,
        then quotes it ('... for Mississauga accountant Ann Lee, 50. "…," she says.'; 'Given the ruling, Ann Lee,
        president of X, is hopeful Bob Day will act. "…," she said.')."""
        since = self._previous_sentence_start(sentence_start)
        people = [c for c in self._people_back(sentence_start, since)
                  if c[1].gender in (gender, "") and not _SUBORDINATE_OPENING.fullmatch(self._sentence_lead(c[0]))]
        if not people:
            return None
        at, person = people[-1]
        if self._first_named.get(person.name) != at or any(spoken.name == person.name for _, spoken in self.history):
            return None
        if any(since <= spoken_at < sentence_start and spoken.type == "person" and self._gender(spoken) in (gender, "")
               for spoken_at, spoken in self.history[-3:]):
            return None  # '..., leaders like Wilfrid Laurier envisioned X, Foster writes. "…," he writes.': the one heard goes on
        return person

    def _in_passing(self, person: Speaker, at: int, sentence_start: int) -> bool:
        """True for a person named once in the article, never recorded as a speaker, and not in the sentence just
        before `sentence_start` ('Liberal MP X went on CBC. "…," he said.' introduces X)."""
        if self._times_named[person.name] > 1 or any(spoken.name == person.name for _, spoken in self.history):
            return False
        first_break = _SENTENCE_BREAK.search(self.text, at, sentence_start)
        return first_break is not None and _SENTENCE_BREAK.search(self.text, first_break.end(), sentence_start) is not None

    def _last_speaker(self, gender: str, position: int, since: int, excluded: str) -> tuple[int, Speaker] | None:
        """The latest speaker recorded in [since, position) who can be he/she: a person or unnamed people of that gender."""
        best: tuple[int, Speaker] | None = None
        for at, speaker in reversed(self.history):
            if at < since:
                break
            if at >= position or (best is not None and at < best[0]) or (excluded and speaker.name == excluded):
                continue
            if _SUBORDINATE_OPENING.fullmatch(self._sentence_lead(at)):
                continue  # 'Although Roe tweeted "…", its inclusion …': a voice in passing, not the one heard next
            placed = _PLACED_SOURCE.fullmatch(speaker.mention)  # 'an official with the agency': its head noun
            head = [placed.group("noun").lower()] if placed else _words(speaker.mention)[-1:]
            if speaker.type != "person" and not (head and unnamed_heads(self.settings).get(head[0]) in ("people", "official")):
                continue
            if self._gender(speaker) in (gender, ""):
                best = (at, replace(speaker, gender=self._gender(speaker)))
        return best

    def _sentence_lead(self, position: int) -> str:
        """The words of its sentence before `position` (up to 200 characters)."""
        lead = self.text[max(0, position - 200) : position]
        breaks = list(_SENTENCE_BREAK.finditer(lead))
        return lead[breaks[-1].end() :] if breaks else (lead if position <= 200 else "")

    def _subject_of_main_clause(self, position: int) -> bool:
        """True for a name that is the subject of its sentence's main clause: opening the sentence but not a clause
        led by 'Although', 'When', ... ('Although X tweeted ...'), or right after such a clause ('When asked, X said')."""
        lead = self._sentence_lead(position)
        if _SUBORDINATE_CLAUSE.fullmatch(lead):
            return True
        return self._opens_sentence(position) and not _SUBORDINATE_OPENING.fullmatch(lead)

    def _opens_sentence(self, position: int) -> bool:
        """True when at most SUBJECT_LEAD_WORDS words stand between the start of the sentence and `position`."""
        before = self.text[max(0, position - 80) : position]
        lead = _SENTENCE_BREAK.split(before)[-1] if _SENTENCE_BREAK.search(before) else (before if position < 80 else "")
        return len(_words(lead)) <= SUBJECT_LEAD_WORDS and (position < 80 or _SENTENCE_BREAK.search(before) is not None)

    def _gender(self, speaker: Speaker) -> str:
        """A speaker's gender: as recorded, else the one a pronoun gave them later in the history, else from the names."""
        if speaker.gender or not speaker.name:
            return speaker.gender
        return self.taught_gender.get(speaker.name) or self.names.gender.get(speaker.name, "")

    def _people_back(self, position: int, since: int) -> Iterator[tuple[int, Speaker]]:
        """People named in [since, position), latest first: dictionary people, and names in the text that are not
        inside an actor mention and look like a person (a gender is known for them, or the text also calls them by
        their surname alone, or a role: "Shanaaz Gokool, president of ...")."""
        actors = ((m.start, from_actor(m.actor, m.text, 0.6)) for m in self.mentions_back(position, since) if m.actor.type == "person")
        named = (
            (name.start, replace(person, gender=self._gender(person)))
            for name in self.names.people_back(position, since) if name.start not in self._covered_names
            for person in [Speaker(name.canonical, name.text, "person", "", name.gender, 0.6)]
        )
        people = ((at, p) for at, p in named
                  if p.gender or p.name in self.names.surname_used or p.name in self._roles or p.name in self.names.one_word)
        return heapq.merge(actors, people, key=lambda c: c[0], reverse=True)

    def _body_pronoun(self, word: str, position: int, sentence_start: int) -> Speaker:
        """it/they: the first body named earlier in the sentence (for they: or a group that is the subject of a clause
        before it, if earlier), else the group subject of the sentence before, else the last body speaker or mention.
        In a relative clause ('raids on Y that it claimed hit …') it is the subject of the clause the noun ends."""
        if _RELATIVE_BEFORE.search(self.text, sentence_start, position):
            subject = self._clause_subject_before(position, sentence_start)
            if subject is not None:
                return from_actor(subject.actor, word, 0.7)
        in_sentence = next((m for m in self.mentions_from(sentence_start, position) if m.actor.type != "person" and not self._quoted(m.start)), None)
        group = self._group_subject(sentence_start, position, first=True) if word.lower() == "they" else None
        if group is not None and (in_sentence is None or group[0] < in_sentence.start):
            return replace(group[1], mention=word)
        opening = self._body_opening(position, sentence_start)  # 'Northern Affairs writes that Iran ..., but it now adds'
        if opening is not None and (in_sentence is None or not self._opens_sentence(in_sentence.start)):
            return replace(opening, mention=word, confidence=0.7)
        if in_sentence is not None:
            return from_actor(in_sentence.actor, word, 0.7)
        group = self._group_subject(self._previous_sentence_start(sentence_start), sentence_start) if word.lower() == "they" else None
        if group is not None:
            return replace(group[1], mention=word)
        previous = self._previous_subject_body(sentence_start)
        if previous is not None:
            return replace(previous, mention=word, confidence=0.6)
        opening = self._body_opening(position, self._previous_sentence_start(sentence_start))
        if opening is not None:
            return replace(opening, mention=word, confidence=0.6)
        voice = self._voice_just_heard(position, self._previous_sentence_start(sentence_start), word.lower() == "they")
        if voice is not None:  # 'In a statement, the military said …. It added …': the same source goes on
            return replace(voice, mention=word, confidence=0.6)
        if self.bodies_spoken:
            return replace(self.bodies_spoken[-1], mention=word, confidence=0.6)
        body = next((m for m in self.mentions_back(position) if m.actor.type != "person"), None)
        if body is not None:
            return from_actor(body.actor, word, 0.5)
        return replace(UNKNOWN, mention=word)

    def _clause_subject_before(self, position: int, sentence_start: int) -> Mention | None:
        """The last body named before `position` as the subject of a verb ('after X fired rockets at Y'), not as the
        object of a preposition or a possessive."""
        for mention in reversed(list(self.mentions_from(sentence_start, position))):
            if mention.actor.type == "person" or self._quoted(mention.start):
                continue
            if _PREPOSITION_BEFORE.search(self.text, sentence_start, mention.start):
                continue
            if _VERB_NEXT.match(self.text, mention.end, position):
                return mention
        return None

    def _quoted(self, position: int) -> bool:
        """True when `position` lies inside a quotation: '"… the Pakistan Armed Forces," it added' is not about them."""
        return self._unquoted[position].isspace() and not self.text[position].isspace()

    def _voice_just_heard(self, position: int, since: int, plural: bool) -> Speaker | None:
        """The latest speaker recorded in [since, position) if it is not a person and is plural (for they) or not (it)."""
        for at, speaker in reversed(self.history):
            if at < since:
                return None
            if at < position:
                return speaker if speaker.type != "person" and (speaker.gender == "plural") == plural else None
        return None

    def _group_subject(self, start: int, end: int, first: bool = False) -> tuple[int, Speaker] | None:
        """The last (or first) group that is the subject of a clause in [start, end): a plural that opens the clause and
        is followed by a lower-case word, either capitalised ('The Conservatives believe') or an unnamed-source noun
        ('several auto-industry executives have warned'); (position, speaker) or None."""
        found = None
        for group in _GROUP_SUBJECT.finditer(self.text, start, end):
            head = group.group("head")
            named = head[0].isupper() and group.group("group") != head  # 'Tensions erupted' is capitalised as an opener
            if not named and unnamed_heads(self.settings).get(head.lower()) not in ("people", "official"):
                continue
            nation = head[:-1].lower() in countries(self.settings)  # 'the Canadians'
            kind = "organization" if named and not nation else "unnamed"
            found = (group.start("group"), Speaker(group.group("group"), group.group("group"), kind, "", "plural", 0.5))
            if first:
                break
        return found

    def _spelled(self, name: str) -> str:
        """An acronym as the text spells it out ('EDC' -> 'Export Development Canada'), else the name itself."""
        if not name.isupper():
            return name
        if self._spelled_out is None:
            self._spelled_out = spelled_out(self.text)
        return self._spelled_out.get(name, name)

    def _previous_sentence_start(self, sentence_start: int) -> int:
        """Where the sentence before the one starting at `sentence_start` starts (looked for 400 characters back)."""
        end = len(self.text[max(0, sentence_start - 400) : sentence_start].rstrip()) + max(0, sentence_start - 400)
        lead = self.text[max(0, end - 400) : end]
        breaks = list(_SENTENCE_BREAK.finditer(lead))
        start = end - len(lead) + (breaks[-1].end() if breaks else 0)
        if 0 < start < sentence_start and _LABEL_LINE.match(self.text, start):  # 'WATCH: …' between a voice and its quotation
            return self._previous_sentence_start(start)
        return start

    def _body_opening(self, position: int, since: int) -> Speaker | None:
        """it/they: the latest body of the text's own names (not in the dictionary) that opens its sentence in
        [since, position): 'EDC declined to comment. "…," it said.' -> EDC."""
        for name in self.names.bodies_back(position, since):
            if name.start not in self._covered_names and self._opens_sentence(name.start):
                return Speaker(self._spelled(name.canonical), name.text, name.kind, "", "", 0.5)
        return None

    def _previous_subject_body(self, sentence_start: int) -> Speaker | None:
        """The body that opens the previous sentence ('The foreign ministry in Tehran struck a conciliatory note.')."""
        pieces = [p for p in _SENTENCE_BREAK.split(self.text[max(0, sentence_start - 400) : sentence_start]) if p.strip()]
        opening = _SUBJECT_BODY.match(pieces[-1]) if pieces else None
        if opening is None:
            return None
        body, place = opening.group(1), opening.group(2)
        phrase = f"{place}’s {body}" if place else f"the {body}"  # "Tehran’s foreign ministry"
        found = self._from_mentions(phrase, phrase, sentence_start, sentence_start)
        if found is None and not place:  # "The foreign ministry's consular-affairs office published a notice."
            found = self._unknown_body(opening.group(0).strip(), _words(body)[-1])
        return found if found is not None and found.type in BODY_TYPES else None

    def _description(self, phrase: str, position: int, sentence_start: int = 0) -> Speaker | None:
        """'the Iranian foreign minister', 'the ministry', 'the Pakistani general' -> last matching actor."""
        if _INDEFINITE_ARTICLE.match(phrase):  # 'a senior security official' is someone new, never an antecedent
            return None
        match = _DESCRIPTION.match(phrase)
        if not match and not (_LOWER_CASE_PHRASE.fullmatch(phrase) is not None and _words(phrase)[-1] in title_words(self.settings)):
            return None
        described_as = match.group(1) if match else phrase
        words = _words(described_as)
        if not words or len(words) > 5:
            return None
        head = {"gen": "general"}.get(words[-1], words[-1])
        if head in unnamed_heads(self.settings):
            for speaker in self._history_back(position):
                if head in _words(speaker.mention):
                    return replace(speaker, mention=phrase, confidence=0.6)
            if unnamed_heads(self.settings)[head] == "media" and match:  # 'the channel', 'the broadcaster': the outlet last named
                outlet = next((m for m in self.mentions_back(position, max(0, position - REFERENT_REACH)) if m.actor.type == "media"), None)
                if outlet is not None:
                    return from_actor(outlet.actor, phrase, 0.6)
                named = next((n for n in self.names.bodies_back(position, max(0, position - REFERENT_REACH)) if n.kind == "media"), None)
                if named is not None:
                    return Speaker(named.canonical, phrase, "media", "", "", 0.5)
        head = _ROLE_SYNONYMS.get(" ".join(words[-2:]), _ROLE_SYNONYMS.get(head, head))
        found = self.actors.find_mentions(described_as)
        states = [m.actor for m in found if m.actor.role == "state"]
        affiliation = states[0].affiliation if states else ""
        covered = " ".join(m.text for m in found)
        unknown_modifier = [
            w for w in _CAPITALISED.findall(described_as)
            if w not in covered and w.lower() not in title_words(self.settings) and w.lower() not in _BODY_HEADS
        ]
        body_noun = head in _BODY_HEADS  # 'the Foreign Office' is the office, not its spokesperson
        stated = None if body_noun else self._person_of_role(phrase, position)
        if stated is not None:
            return stated
        if unknown_modifier:
            return self._unknown_body(described_as, head)
        head_word = re.compile(rf"\b{re.escape(head)}\b")
        for speaker in self._history_back(position):
            actor = self.actors.get(speaker.name)
            if actor is None or actor.role == "state" or (affiliation and actor.affiliation != affiliation) or (body_noun and actor.type == "person"):
                continue
            if head_word.search(" ".join(_actor_words(actor))):
                return from_actor(actor, phrase, 0.7)
        for m in self.mentions_back(position, max(0, position - REFERENT_REACH)):
            actor = m.actor
            if actor.role == "state" or (affiliation and actor.affiliation != affiliation):
                continue
            described = " ".join(_words(actor.role) + _words(self._title_before(m)) + _words(m.text))
            described = _GEN.sub("general", described)
            if not head_word.search(described):
                continue
            if body_noun and actor.type == "person":  # 'Foreign Office spokesperson X … according to the Foreign Office': X's state's office
                state = self.actors.get(actor.affiliation)
                body = self._body_of_state(described_as, [Mention(m.start, m.end, m.text, state)]) if state is not None else None
                if body is not None:
                    return from_actor(body, phrase, 0.6)
                continue
            return from_actor(actor, phrase, 0.7)
        if not affiliation and head in _BODY_HEADS:
            sentence_states = [m for m in self.mentions_from(sentence_start, position) if m.actor.role == "state"]
            if sentence_states:
                body = self._body_of_state(f"{sentence_states[0].actor.name} {described_as}", [sentence_states[0]])
                if body is not None:
                    return from_actor(body, phrase, 0.5)
        return None
