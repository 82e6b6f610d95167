"""Quote attribution: every quotation and reported statement, with a canonical speaker (the `quotes` table).

Three kinds (SPEC §5):
- direct: a quotation in marks that stands as speech ("…," she said / X said: "…" / a quoted paragraph);
- partial: a quoted phrase embedded in the reporter's sentence (condemned the "unprovoked violation");
  a quoted phrase counts only when its sentence is reported speech (has a speech cue), so scare
  quotes, titles and glosses ("Army of Justice") are left out;
- indirect: reported speech without marks ("X said that …", "…, X said", "according to X, …",
  "X urged …", ", adding that …"). A reported clause made mostly (≥ half) of a quotation is
  represented by that quotation only; a statement split by its attribution ("Most days, he says,
  nobody calls.") gives its two parts.
A paragraph of unmarked speech signed by a person ("… a real crisis. Jo Roe") is a direct
quote (a pull quote). Paragraphs that link to another story ("READ MORE: …"), photo and video captions
("… (Jo Smith/CBC).", "… the new rules. 2:41") and subheadings in single marks ("‘No place to go’") hold no quotes.
A cue that is negated, passive or conditional, used in another sense ('added two goals', 'rejected calls for',
'the move to emphasize') or addressed to the reader ('When you say …') reports nothing, and a quoted phrase beside it
is a word mentioned, not speech.

Speakers come from the cue's subject (`speakers.Discourse`), else from an earlier quotation with
nearly the same words (pull quotes), else from the preceding quotation in the same or the
previous paragraph (inheritance).
"""
from __future__ import annotations

import bisect
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from presslens.analyses.quotes.marks import QuoteSpan, find_quote_spans
from presslens.analyses.quotes.names import ABBREVIATION, country_in, title_words
from presslens.analyses.quotes.speakers import UNKNOWN, Discourse, Speaker
from presslens.context import ArticleContext
from presslens.literal_scan import KeywordIndex
from presslens.settings import DEFAULT_SETTINGS, Settings

SPEECH_VERBS_FILE = "speech_verbs.csv"
SOURCE_PHRASES_FILE = "source_phrases.txt"
QUOTE_COLUMNS = (
    "quote_id", "article_id", "kind", "text", "start", "end", "speaker", "speaker_mention",
    "speaker_type", "affiliation", "cue", "sentence_index", "confidence",
)
MAX_SUBJECT_WORDS = 12
MIN_INDIRECT_WORDS = 3
MIN_SPLIT_WORDS = 2  # the part of a statement before its parenthetical attribution ('Most days, he says, …')
MAX_REGION_CHARS = 300
_BOUNDARY = re.compile(
    r"^.*(?:\([^()\n]*/[^()\n]*\)|[,;:(—–“”\"]|--|\b(?:that|which|who|whom|what|(?i:after|before|when|where|while|because|although|"
    r"though|and|but|as|if|since|once|whereas|amid))\b)\s*",  # a clause opening a sentence too: 'Although X said';
    # a photo credit '(Jane Doe / Daily Star)' ends the caption before the next one's subject
    re.S,
)
_TRAILING_ADVERBIALS = re.compile(  # starts only where a whitespace run starts: linear on masked quotes
    r"(?<!\s)(?:\s++(?:on|this|last|late|early|earlier|later|also|has|have|had|was|were|is|are|will|would|"
    r"strongly|reportedly|officially|publicly|repeatedly|again|then|now|previously|already|separately|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|morning|evening|night|afternoon|"
    r"in\s+a\s+statement|in\s+a\s+post|in\s+an\s+interview|itself|themselves|in\s+turn|for\s+(?:his|her|its|their)\s+(?:part|turn)|"
    r"(?-i:long|often|always|never|still|initially|recently|frequently|consistently|jointly)))+\s*$",  # 'have long argued'
    re.I,
)
ADVERBIAL_TAIL_CHARS = 200  # a run of trailing adverbials is never longer; searching only the tail keeps this linear
_ADVERBIAL_CHARS = re.compile(r"[\sa-z]*", re.I)  # includes every character _TRAILING_ADVERBIALS can match


_OFFICE_CHUNK = re.compile(r"[A-Z][\w’'-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’' -]*")  # 'Minister of Innovation'
_LIST_CHUNK = re.compile(r"(?:and\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*")  # 'Science and Economic Development'


def _name_before_clauses(chunks: list[str]) -> int | None:
    """Index of the comma chunk that names the subject when two or more relative or appositive chunks follow it.

    ('Sarah Buckley, who went there, played in the band and graduated in 2013, said': the chunk 'Sarah Buckley';
    'Ann Lau, Minister of Trade, Industry and Tourism, said': the chunk 'Ann Lau'.)
    One trailing chunk is the ordinary appositive case, handled by the caller.
    """
    for index in range(len(chunks) - 3, max(len(chunks) - 6, -1), -1):
        head = chunks[index].strip()
        rest = [c.strip() for c in chunks[index + 1 :]]
        place_or_clause = all(_CLAUSE_CHUNK.match(c) or _PLACE_CHUNK.fullmatch(c) for c in rest)  # '…, Kansas City, Mo., and …'
        office = _OFFICE_CHUNK.fullmatch(rest[0]) and all(_LIST_CHUNK.fullmatch(c) for c in rest[1:])  # 'Minister of A, B and C'
        if not (_CHUNK_NAME.fullmatch(head) and ((place_or_clause and _CLAUSE_CHUNK.match(rest[-1])) or office)):
            continue
        return index
    return None


def _matched(found: re.Match[str] | None) -> re.Match[str]:
    """The match of a pattern whose parts are all optional (it matches everywhere, if only the empty string)."""
    if found is None:
        raise ValueError("a pattern that matches everywhere did not match")
    return found


def _offset(record: dict[str, object], key: str) -> int:
    """An offset column (`start`, `end`) of a quote record."""
    value = record[key]
    if not isinstance(value, int):
        raise TypeError(f"quote record {key} is {value!r}, not an offset")
    return value


def _strip_trailing_adverbials(raw: str) -> str:
    """`raw` without the adverbials that end it ("... on Tuesday", "... also", "... in a statement")."""
    adverbial_chars_at_end = _matched(_ADVERBIAL_CHARS.match(raw[::-1])).end()
    cut = max(0, len(raw) - ADVERBIAL_TAIL_CHARS, len(raw) - adverbial_chars_at_end)
    return raw[:cut] + _TRAILING_ADVERBIALS.sub("", raw[cut:])


_LEADING_ADVERBIAL = re.compile(
    r"^\s*(?:(?:on|in|at|during|after|before|this|last|late|early|to|for|from|via|through|with|over|late|"
    r"earlier|later|separately|privately|publicly|again|also|afterwards?|then|today|yesterday|several|many|repeatedly|twice|once|"
    r"inside|outside|near|following|upon|under|across|behind|beside|alongside|among|amid)"
    r"\b[^,;:]{0,80}?\s+)?that\s+",
    re.I,
)
_TIME_THEN_THAT = re.compile(  # 'confirmed Thursday morning local time that …': the time said, then the clause
    r"^\s*(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tonight|morning|afternoon|evening|night|local|time|"
    r"early|late|earlier|later|this|last|on|week|weekend|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?),?\s+){1,6}that\s+",  # 'on Tuesday, May 16th that'
    re.I,
)
_MONTH = r"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
_TIME_LEAD = re.compile(
    r"^\s*(?:(?:(?:on|this|last|late|early)\s+(?:\w+day|week|month|year|morning|evening|night)"
    r"(?:,?\s+(?:" + _MONTH + r")\s+\d{1,2}(?:st|nd|rd|th)?\b|,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTH + r")\b)?|"  # ', May 16th'
    r"\w+day|in\s+a\s+statement|on\s+background|earlier|later)\b|"
    r"(?:on|in|at|via|through)\s+(?:its|his|her|their|an?|the)\s+[^,.;:“”\"]{1,40},)\s*",
    re.I,
)
_DATELINE = re.compile(  # matched at a paragraph's start (no '^': it would only hold at the text's first character)
    r"(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?(?:\s*:|\s*(?<=[\s)])[-–—]+)|"  # not 'SNC-Lavalin'
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[-–—]+|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z]{2,8}\s+[-–—]+|"  # 'Lima, WIREX –': a city and an agency's acronym
    # 'Lima [Peru], March 3 :', 'Lima, March 3 (Wirex) -': a city in mixed case needs its country or its date
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s*\[[^\]\n]{1,30}\](?:,\s*(?i:" + _MONTH + r")\.?\s+\d{1,2})?|,\s*(?i:" + _MONTH + r")\.?\s+\d{1,2})"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]+)\s*"
)
_SOURCE_NOUN = re.compile(  # what 'as per' must name to be a source: 'as per reports', not 'as per the agreement'
    r"\b(?:reports?|sources?|officials?|statements?|media|witnesses|residents|police|spokes\w+|agency|agencies|"
    r"news|newspapers?|broadcasters?|television|TV|radio)\b", re.I
)
_WHICH = re.compile(r"\b(?:which|whom)\s*$", re.I)  # 'strikes, which Islamabad said killed …', 'whom the couple says …'
# a quotation and a number's point or comma inside it included ('a gap, which it says is a $2.3-billion shortfall')
_CLAUSE_REST = re.compile(r"(?:[^,;:.!?“”\"]|(?<=\d)[.,](?=\d)|“[^“”\n]*”|\"[^\"\n]*\")*")
_EMBEDDED = re.compile(r"\b(?:what|which|whom)\s*$", re.I)
_RELAY_AGENT = re.compile(r"\s*by\s+[^,;.]{1,60}$")
_NAME_LIKE = re.compile(r"^(?:[A-Z][\w’'-]*|of|the|to|for|and|al-\w+)(?:\s+(?:[A-Z][\w’'-]*|of|the|to|for|and|al-\w+)){0,5}$")
_CHUNK_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*")  # a comma chunk that is only a name
_CLAUSE_CHUNK = re.compile(r"[a-z\d]")  # a chunk that continues a subject (relative clause, appositive, age) starts lower case
_PLACE_CHUNK = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")  # 'Mo.', 'Nova Scotia' between two appositive chunks
_DESCRIPTION_FIRST = re.compile(r"^(?i:an?|the|one)\s+[a-z]")
_THE_DESCRIPTION = re.compile(r"(?i:an?|the)\s")  # 'the Lima trade ministry spokeswoman'
_PERSON_HEAD = re.compile(
    r"^(?i:an?|the|one)\s+(?:[\w’'-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|official|leader|commander|member|"
    r"analyst|expert|professor|fellow|director|chief|head|minister|adviser|advisor)\b"
)
_NEGATED = re.compile(r"(?:\b(?:not|never|declined\s+to|refused\s+to)|n[’']t)\s+$", re.I)  # 'won’t say': n't ends a word
_OPENING_NAME_SET_OFF = re.compile(r"\s*(?P<name>(?:The\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)\s*(?:\([A-Z]{2,8}\)\s*)?,")
_NAME_AND = re.compile(r"\b([A-Z][\w’'-]*) and (?=[A-Z])")  # 'and' inside a name ('Sistan and Baluchestan')
_PARTICIPLE_OPENING = re.compile(r"(?!including\b)[a-z]+(?:ing|ed)\b")  # 'bordering Chile', 'based in Lima': a modifier, not a name
_JOINT_SUBJECT = re.compile(r"(?:^|[,;:]\s*)((?:[Bb]oth\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}and\s*)$")
_FRAMING_TAIL = re.compile(r",\s+(?:(?:[\w-]+\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)|amid)\b")
_SHORT_OBJECT = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,4}[\w’'-]+(?=\s*(?:$|[.,;!?]|\s(?:on|in|at|during|after|before|while|when|from|with|for)\b))"
)
_QUOTED_AS = re.compile(
    r"(?:\bquoted\s+(?P<who>[^,;:]{1,80}?)(?:,(?P<apposition>[^;:]{1,120}?),?)?|(?P<who2>[^,;:]{1,80}?)(?:,(?P<apposition2>[^;:]{1,120}?),)?\s+(?:was|were|is|has\s+been)\s+quoted)\s+as\s*$"
)
_THAT_SOON = re.compile(r"^\s*(?:[\w’'-]+\s+){0,12}?that\s+")
_AMOUNT = r"[$€£]?\s?\d[\d,.]*(?<![,.])(?:\s*(?:per\s*cent|percent|%|cents?|points?))?"
# 'added 0.8 per cent to 1,210', 'added $2.05 to close at $31.40', 'adding an estimated 9 cents a litre': an amount
# (with its approximation, its new level or its unit) after the cue is a market or price move, not speech
_AMOUNT_MOVE = re.compile(
    r"\s*(?:(?:about|nearly|almost|just|another|an?\s+(?:further|[a-z]+ed))\s+)?"
    r"(?:[$€£]\s?\d[\d,.]*(?<![,.])(?:\s*cents?)?|\d[\d,.]*(?<![,.])\s*(?:per\s*cent|percent|%|cents?|points?))"
    rf"(?:\s+to\s+(?:(?:settle|close|end|finish|stand)\s+at\s+)?{_AMOUNT}|\s+(?:an?|per)\s+[a-z]+)?"
    r"(?=\s*$|[,;.](?:\s|$)|\s+(?:on|in|per(?!\s*cent)|and|while|as|after|before|from|a|an|by|or)\b)"
)
# 'writes extensively about X', 'spoke often about', 'said of the captain', 'said to be worth': a prepositional object,
# not a reported clause
_PREPOSITION_NEXT = re.compile(
    r"\s*(?:(?:[a-z]+ly|often)\s+(?:about|for)|about(?!\s+(?:\d|half|a\s+(?:third|quarter|dozen)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\b))|of|to)\b",
    re.I,
)
# 'added two goals as …', 'reported a profit of …': a clause verb that also takes a noun object (all but
# say and tell) reports no clause when what follows starts with a determiner or a number and no finite verb
# comes before the first clause break (a bare plural verb, 'the laws favour', is not seen: say and tell keep theirs).
CLAUSE_ONLY_LEMMAS = ("say", "tell")
_DETERMINER_START = re.compile(
    r"\s*(?i:an?|the|its|his|her|their|our|my|your|this|these|those|some|several|many|more|another|yet\s+another|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\$?\d[\d,.]*)\s"
)
_FIRST_CLAUSE = re.compile(
    r"[^,;:()—–]*?(?=[,;:()—–]|\b(?:as|when|while|because|before|after|if|since|until|although|though|but|that|which|who)\b|$)",
    re.I,
)
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|"
    r"went|came|made|took|got|gave|saw|knew|thought|felt|left|lost|won|held|kept|met|paid|ran|sent|found|grew|fell|rose|"
    r"began|became|brought|bought|built|spent|stood|wrote|drank|ate)\b|[’']s\b|n[’']t\b"
    r"|(?<!-)\b(?!un)[a-z]{2,}(?:ed|[^su\W]s)\s+[\w$]",  # a past or third-person form with words after it ('the city expects more'),
    # not 'the process', 'its status', a plural noun that ends the clause ('two late goals before …') nor an
    # un-…-ed or hyphenated adjective ('three unanswered goals', 'its debt-funded plans')
    re.I,
)
# a finite verb that a plural noun before a preposition does not look like ('add rental units within …', 'owners to
# add' have none; 'added the plan would cost more', 'added the crowd helps the team' have one)
_CLEAR_FINITE_VERB = re.compile(
    _FINITE_VERB.pattern.replace(
        r"(?:ed|[^su\W]s)\s+[\w$]", r"(?:ed|[^su\W]s(?!\s+(?:to|of|for|within|in|on|at|from|with|by|before|after|and|or)\b))\s+[\w$]"
    ),
    re.I,
)
# verbs that take a noun object as often as a clause: with no clause after them they add a sum, a goal, an
# ingredient ('added two goals', 'to add value'), note or indicate a thing ('noted elevation changes', 'the chart
# indicates lower rates'); with a comma before them (', adding …', '…, he added') or 'that' after them, they report speech
OBJECT_LEMMAS = ("add", "note", "indicate")
_COMMA_BEFORE = re.compile(r",\s*(?:[\w’'-]+\s+){0,6}$")
# 'said something to …', 'told little', 'said nothing more': an indefinite pronoun is the object, not a clause's subject
_INDEFINITE_START = re.compile(r"\s*(?i:something|nothing|anything|little|much|a\s+lot|a\s+word|otherwise)\b")
# 'READ MORE: …', 'WATCH | …', 'Related: …': a paragraph that links to another story (a headline), not this story's speech
# or 'Read Beijing urges calm after border raid' (a headline after 'Read', with no final stop)
_LINK_PARAGRAPH = re.compile(
    r"^[ \t]*(?:(?i:read\s+more|watch|related|listen|see\s+also|also\s+read)[ \t]*[:|]|Read[ \t]+[A-Z‘“'\"][^\n]*[^.!?”\"’'\s][ \t]*$)", re.M
)
# a photo caption: a paragraph that ends with its credit, '(Jane Doe/CBC)', '(Andrew Vaughan/Canadian Press).'
_PHOTO_CREDIT_END = re.compile(r"\([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}[ \t]*/[ \t]*[A-Z][^()\n]{0,40}\)\.?[ \t]*$", re.M)
# a video caption: a paragraph that ends with the clip's length ('… the crisis. 10:43'); the colon comes first, so the
# search skips ahead to colons
_CLIP_LENGTH_END = re.compile(r":(?:(?<=[.!?][ \t]\d:)|(?<=[.!?][ \t]\d\d:))\d\d\.?[ \t]*$", re.M)
_LINK_LABEL_LINE = re.compile(r"^[ \t]*(?i:read\s+more|watch|related|listen|see\s+also|also\s+read)[ \t]*[:|]?[ \t]*$", re.M)  # alone
_COMMA_NEXT = re.compile(r"\s*,\s*")
# a subheading: a paragraph that is a phrase in single marks, the headline convention, with no final stop inside the
# marks and at most a few words after them ("‘No room left’", "‘Lean years’ ahead for farmers.")
_SINGLE_QUOTED_HEADING = re.compile(r"[ \t]*[‘'][^\n]*[^.!?,\s][’'](?:[ \t]+[\w’'-]+){0,4}[ \t]*\.?[ \t]*")
# a pull quote: a paragraph of speech without marks, signed by its speaker ('… a real crisis. Jo Roe',
# '… at our gates. Sam Poe, Flats.example'); the signature must resolve to a person
_SIGNATURE = re.compile(
    r"(?<=[.!?])[ \t]+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})(?:,[ \t]*[A-Z][\w.’' -]{1,40})?\.?[ \t]*$", re.M
)
MIN_SIGNED_CHARS = 21  # a signed paragraph's speech, end mark included
MIN_PULL_QUOTE_WORDS = 6
# a paragraph with no quotation mark in it and no final stop: a heading, a caption, or a pull quote
_PULL_QUOTE_LINE = re.compile(r"^[ \t]*(?P<speech>[^\n“”\"]*[\w’'])[ \t]*$", re.M)
# 'X said …, summoned its envoy and …' / '…, and warned …': the subject's next predicate, in the past tense of its
# cue; not ', compared with …' (a participle inside the clause). After a present-tense cue ('X says he drank too
# much, used drugs and …') a past form is the reported clause's own
_PREDICATE_BREAK = re.compile(r",\s+(?:and\s+)?[a-z]+ed\b(?!\s+(?:with|to|on|by|from|in)\b)")
_ADJECTIVE_CONTEXT = frozenset("a an the its his her their our of in on for by with against to from this that these those".split())
_CONTENT_WORD = re.compile(r"\b(?!(?:and|of|the|for)\b)[a-z]")  # a lower-case word that is no part of a name
_NOUN_BEFORE = re.compile(r"\b(?i:without|a|an|the|no|any|final|its|their|those|these|such)\s+(?:\w+-[\w-]+\s+)?$")  # 'a warning', 'a high-tide warning'
_WH_QUESTION = re.compile(r"\s*(?:What|Why|How|When|Where|Who|Whom)\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s[^.!?\n]*\?\s*$")
_GLOSS_BEFORE = re.compile(r"\b(?i:meaning|means|meant|translates?\s+(?:as|to|into)|translated\s+(?:as|to|into)|literally)\s+(?:the\s+|an?\s+)?$")
_PARTICLE_NEXT = re.compile(r"\s+(?:off|down)\b")
# 'mentioned in local reporting', 'according to earlier reporting': an -ing noun after a preposition and an adjective
_ADJECTIVE_NOUN_BEFORE = re.compile(
    r"\b(?i:in|on|of|from|by|to|under|with)\s+(?i:local|recent|earlier|initial|early|official|media|news|press|independent|"
    r"foreign|western|domestic|international|regional|national|state|other|further|later)\s+$")
_TO_NEXT = re.compile(r"\s+to\b")
_PRONOUN_BEFORE_S = re.compile(r"\b(?i:it|he|she|that|there|what|who|where|here)$")  # "it's", not "the index's"
# 'called [the stop] the clearest point …', '[who] he calls a great kid …': the object of 'call', then its complement
_COMPLEMENT_START = re.compile(r"\s*(?=(?i:an?|the|one|another|its|his|her|their)\s)")
_CALLED_OBJECT = re.compile(r"\s*(?:it|him|her|them|this|(?i:the|its|his|her|their)\s+[a-z][\w’'-]*)\s+(?=(?i:an?|the|one|another)\s)")
_RELATIVE_OBJECT_BEFORE = re.compile(r"\b(?:who|whom|which|what)\s+(?:[\w’'-]+\s+){1,3}$")
_TIME_COMPLEMENT = re.compile(  # 'called the police the next day', '… a day later', '… one more time'
    r"(?:an?|the|one|another)\s+(?:(?:next|same|following|previous|other|last|first)\s"
    r"|(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|mornings?|evenings?|afternoons?|times?)\b)",
    re.I,
)
# the complement ends at a clause break or a comma that starts no further item of a list ('a good player, a great kid and
# …' is one complement; 'an "illegal act", a day after …' ends at the comma)
_COMPLEMENT_END = re.compile(
    r",\s+(?:though|although|but|while|whereas|which|as|after|before|when|because)\b|[;:(]"
    r"|,(?!\s+(?:and\s+)?(?i:an?|the|one|another|someone)\s+(?!(?:[\w-]+\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before)\b))"
)
# 'the move to emphasize', 'a plan to announce': an infinitive that completes a noun, not a speech act
_NOUN_TO_BEFORE = re.compile(r"\b(?i:the|a|an|its|his|her|their|our|this)\s+[a-z][\w-]*\s+to\s+$")
# 'along with adding two routes', 'by noting the date': a gerund after a preposition (with no 'that' after it)
_PREPOSITION_BEFORE = re.compile(r"\b(?i:with|by|of|for|without|besides)\s+$")
# 'replied just 17 seconds later', 'answered minutes later': a time, not a reply's words
_TIME_LATER = re.compile(
    r"\s*(?:(?:just|only|barely|some|about)\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|several|few)?\s*"
    r"(?:seconds?|minutes?|hours?|days?|weeks?)\s+(?:later|after)\b",
    re.I,
)
# 'When you say …', 'Should I tell him …', 'You can also suggest …': advice or a question in the writer's voice, not a
# statement reported
_GENERIC_PERSON = re.compile(r"(?i:(?:when|if|should|can|could|would|will|do|did)\s+)?(?:(?i:you)|I)(?i:\s+(?:can|could|should|might|may|will|would|also|just))*")
_ED_WORD_BEFORE = re.compile(r"\b[a-z]+ed\s+$")
_ASKED_BY = re.compile(r"\s*(?:[.,;!?]|$|(?:he|she|they)\b)")  # '…?' she asked. — not 'asked not to be named'
_ASKED_NAME = re.compile(r"\s*[A-Z]")  # '…?' asked Naseer Ahmed — after a quotation or a comma only, not 'Canada has asked Britain'
_READ_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_QUOTE_OR_COMMA_BEFORE = re.compile(r"[”\"’'?,]\s*$")
# '“…?” Ann Lee asked before leaving': a closing mark, then the asker, then the verb, whatever follows it
_QUOTE_AND_SUBJECT_BEFORE = re.compile(r"[”\"]\s*(?:(?:[A-Z][\w’'.-]*\s+){1,3}|(?:he|she|they)\s+)$")
_PERSONAL = frozenset("i we you they he she it".split())
_DETERMINERS_IN_S = frozenset("his its this".split())  # 'his tweets', 'this report': a noun, not a plural subject's verb
ASCRIBING_LEMMAS = ("attribute", "link")  # speech only as 'attributed/linked X to Y'
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|still|also|not|now|often|long)\s+)?$", re.I)
# 'if confirmed,' / 'when asked,' / 'as noted,': a conditional or parenthetical past participle has no reported clause
_PARENTHETICAL_CUE = re.compile(r"\b(?:if|when|unless|once|as|until|though|although)\s+$", re.I)
# 'attributed the blasts to militants': X then 'to' and what it is ascribed to; not 'linked the data to compare more
# than …', an infinitive (a verb, then its object's determiner or number)
_TO_FOLLOWS = re.compile(r"[^.;:,]{1,80}?\sto\s(?![a-z]+\s+(?:the|an?|more|less|its|his|her|their|\d))")
_HEARSAY_NEXT = re.compile(r"\s+to\s+(?:be|have)\b")
_ON_PLATFORM = re.compile(
    r"\s+(?:on|to)\s+(?:[\w’'-]+\s+){0,3}?(?:X|Twitter|Telegram|Facebook|Instagram|WhatsApp|(?i:channel|account|page|website|social\s+media))\b"
)
_AFTER_QUOTATION = re.compile(r"[”\"’',]\s*(?:[\w’'-]+\s+){1,4}$")  # '…," Peru's statement [read]'
_DOCUMENT_BEFORE = re.compile(  # a written text 'reads' its words: '"…," the statement read.'
    r"\b(?i:statement|letter|report|message|post|note|notice|communiqu[eé]|release|readout|declaration|text|tweet|memo)\s+$"
)
# 'attributed the phrase to X': the object is words someone else said, not a claim of the subject's
_WORDS_OBJECT = re.compile(r"\s+(?:the|that|this|his|her|their|its)\s+(?:phrase|remarks?|quote|quotation|words|comments?|statement|line|slogan)\b", re.I)
_NON_SPEECH_CLAIM = re.compile(r"\s+(?:the\s+)?(?:responsibility|credit|victory|the\s+title|asylum|compensation)\b", re.I)
_KILL_SENSE = re.compile(r"\s+(?:the\s+)?(?:lives|life|over|more\s+than|at\s+least|about|nearly|some|\d)", re.I)
_TELL_OBJECT = re.compile(  # 'told reporters', 'told investigators', 'told the Associated Press', 'told Iranian state TV'
    r"^\s*(?:[a-z]{3,}s|(?:(?!(?i:he|she|they|it|we|i|you)\b)[\w’'-]+\s+){0,3}?(?:the\s+media|the\s+press|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    # 'told the court the victim …', 'told the newspaper he …': a definite object, then a clause's subject
    r"|(?:the|his|her|their|its)\s+[a-z]+(?=\s+(?:the|an?|he|she|they|it|we|i|you|his|her|their|its|this|there)\s))"
    r"\b[,:]?\s*",
    re.S,
)
_TELL_DESCRIBED = re.compile(  # 'told a reporter', 'told a local radio station', 'told the visiting envoy'
    r"^\s*(?i:an?|the|one|local|state|state-run)\s+(?:[\w-]+\s+){0,2}?(?:reporters?|journalists?|correspondents?|newspapers?|"
    r"broadcasters?|channels?|radio(?:\s+stations?)?|television|TV(?:\s+channels?)?|(?:news\s+)?agency|website|outlets?|envoys?|"
    r"audience|crowd|gathering|conference|rally|parliament|lawmakers|senate|committee|assembly|visitors?|delegation)\b[,:]?"
    r"(?!\s*(?:of|at|in|on|from|for|with|who|which|that|[a-z]+ed)\b)\s*"  # not 'told a crowd of … gathered at … that'
)
_LEADING_JUNK = frozenset(" \t\n,;:.—–")
_TRAILING_JUNK = frozenset(" \t\n,;:.!?…—–\"“”‘’'")
_SUBORDINATE_GAP = re.compile(r"[\s,]*(?:after|before|when|as|since|because|although|though|while|whereas|amid|until|unless|if)\s", re.I)
_TRAILING_CONJUNCTION = re.compile(  # '…, after' when the clause it opens has a cue of its own ('…, after Lima said …')
    r"\s+(?:and|while|but|whereas|as well as)$|,\s*(?:after|before|when|as|since|because|although|though|amid|until|unless|if)$")
_WORD = re.compile(r"[\w’'-]+")
_WHITESPACE = re.compile(r"\s+")
_ENDS_WITH_COMMA = re.compile(r",\s*$")
_COMMA_THEN_ADVERB = re.compile(r",\s*(?:(?:also|later|then|again|even|still|[a-z]+ly)\s+)?$")  # ', likely calling for'
# a sentence that opens with its subordinate clause, the cue's: the main clause follows the clause's first comma
_OPENING_SUBORDINATOR = re.compile(r"\s*(?:(?i:although|though|even\s+though|while|whereas|because|since|if|unless|with)\s+)")
_TO_END = re.compile(r"\sto\s+$")
# the subject of a clause whose verb (a past form) leads to an infinitive cue: 'The minister went on television (to say)'
_PURPOSE_SUBJECT = re.compile(
    r"(?P<subject>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:also\s+)?"
    r"(?:[a-z]+ed|took|went|came|met|wrote|held|gave|made|spoke|rang|flew|sent|stood|sat|got|told|rose|began)\s"
)
_OPENING_SUBJECT = re.compile(  # a sentence's subject before its first verb: 'Norman's lawyers (are preparing …)'
    r"\s*(?P<subject>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+),?"
    r"(?:\s+(?:in\s+turn|for\s+(?:his|her|its|their)\s+(?:part|turn)),?)?"  # 'The minister, for his part, thanked …'
    r"\s+(?:are|is|were|was|has|have|had|will|would|[a-z]+ed)\s"
)
_QUOTING_NEXT = re.compile(
    r"(?:\s+on\s+\w+day)?,?\s+quoting\s+(?P<who>[^,;.]{1,80})(?:,\s*(?!that\b)(?P<apposition>[^\s,;.][^,;.]{0,119})(?=,))?"
)
_OPENING_ADVERBIAL = re.compile(
    r"\s*(?i:on|in|at|during|after|before|by|late|early|earlier|last|this|yesterday|today|meanwhile|separately)"
    r"(?:\s+[\w’'-]+){0,3}\s*,\s*"
)
# '…, its spokesperson, Jo Roe, said': the subject (a role, then a name) ends the words before an inverted cue
_ROLE_BEFORE_NAME = re.compile(
    r",\s*(?:its|their|his|her|the|an?)\s+[^,;]{1,60},\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*,?\s*$"
)
_QUOTED_LIST_NEXT = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or)?[ \t]*[“\"]")
_PERCEIVED_SPEAKER = re.compile(r".+?\s(?:heard|overheard|hear|hears)\s+(?P<speaker>\S.*)", re.S)
_SOURCE_DESCRIBED = re.compile(r",\s*(?:published|released|issued|updated|dated|filed|obtained|seen)\b[^,;]{0,80},")
_POSSESSOR_BEFORE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})[’']s\s*$")
_TIME_WORD = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|weekend|morning|evening|night|afternoon|"
              r"january|february|march|april|may|june|july|august|september|october|november|december)")
_OPENING_TIME = re.compile(  # 'On Wednesday', 'Last week', 'In a statement Monday', 'Earlier this month', 'In 2017'
    rf"(?i:(?:in\s+a\s+(?:statement|post|tweet|release|video|letter)(?:\s+(?:on\s+)?{_TIME_WORD})?"
    rf"|(?:on|by|in|during|late|early|earlier|later|last|this|next)(?:\s+this|\s+last)?\s+(?:{_TIME_WORD}|\d{{4}})"
    rf"(?:\s+(?:\d{{1,2}}|morning|evening|night|afternoon))?))\s+(?=\S)"
)
_COMMA_WITH_END = re.compile(r",\s*(?i:with)\s+$")
_WITH_SUBJECT = re.compile(r"(?i:with)\s+(?=\S)")
_ENDS_WITH_THAT = re.compile(r"\bthat\s*$")
_ENDS_WITH_AND = re.compile(r"\b(?:and|but)(?:\s+(?:has|have|had|is|are|was|were|will|would|also|later|then|again))*\s*$")  # "X declined to comment but (has) said"
_ADVERBIAL = re.compile(r"(?i:in|on|at|during|after|before|with|without|through|via|under)\s")
# 'A deputy governor of X province, Ali Reza Roe, gave …': a description, then the name it describes, then the verb
_OPENING_DESCRIBED_NAME = re.compile(
    r"\s*(?P<description>(?:An?|The)\s[^,;.]{1,80}),\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+[a-z]")
_OPENING_TIME_AGO = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}(?:ago|back),\s*", re.I)  # 'Years ago, …', 'Some years back, …'

_OPENING_APPOSITIVE = re.compile(r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s+(?:an?|the)\s")
_ENDS_WITH_QUOTE = re.compile(r"[”\"’']\s*$")
_ENDS_WITH_COMMA_OR_QUOTE = re.compile(r"(?:[,:]|[”\"’'])\s*$")
_SUBJECT_AFTER_CUE = re.compile(  # '…," says Dr. Matthew Bowes, …' / '…," said manager Bruce Hamilton before …'
    rf"\s*((?:the\s+|an?\s+)?(?P<titles>(?:[a-z][\w-]*\s+){{0,3}}?)(?:{ABBREVIATION}\s|[A-Z])(?:{ABBREVIATION}\s|[^,.;:!?]){{0,60}}?|(?:he|she|they|it)"
    r"|(?P<described>(?:the|an?)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?"
    r"(?:\s+(?:(?:released|issued|published|written|posted)\s+)?by\s+(?:the\s+)?[A-Za-z][^,.;:!?]{0,60}?)?))\s*"
    r"(?=[,.;:!?]|$|\s(?:before|after|while|as|when|who|in|at|on|during)\s)"
)
_NAME_ENDING_CLAUSE = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*(?=[,.;:!?]|$)"  # two to four capitalised words, then a clause end
_LONG_TITLE_THEN_NAME = re.compile(  # '…," said Valmor University regional security lecturer Ana Brel.': a name ends the sentence
    r"\s*(?P<title>[^,.;:!?“”\"\n]{0,100}?)\s" + _NAME_ENDING_CLAUSE
)
_DESCRIPTION_THEN_NAME = re.compile(  # '…, said the district's deputy chief for roads, Ana Brel.': a name set off after its title
    r"\s*(?P<title>(?i:the|an?)\s[^,.;:!?“”\"\n]{0,100}?),\s+" + _NAME_ENDING_CLAUSE
)
_DOCUMENT_FROM = re.compile(r"(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,2}?(?:statement|communiqu[eé]|press\s+release|report|letter|readout)\s+(?:by|from)\s")
_WHAT_SOURCE_SAID = re.compile(
    r"what\s+(?P<source>\S.*?)\s+(?:had\s+|have\s+|has\s+)?(?:said|says|reported|reports|stated|states|announced|claimed|claims|wrote|told\s+\S+)$"
)
_REDUCED_RELATIVE = re.compile(
    r"\b(?!(?:in|of|at|from|to|for|by|on|with|and|or|but|the|an?|that|which|who)\b)[a-z][\w-]*\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$"
)
_UNCLOSED_SINGLE = re.compile(r"(?:^|\s)['‘][^'‘’\s][^'‘’]*$")
_OUTLET_CONJUNCT = re.compile(
    r"(?<![\w’'-])(?P<first>(?:(?i:the)\s+)?(?:[\w’'-]+\s+){0,3}?(?:news\s+agency|agency|television|TV|radio|broadcaster|newspaper|media))\s+and\s+$"
)
_REFLEXIVE_NEXT = re.compile(r"\s+(?:themselves|itself|himself|herself)\b")  # '… and called themselves X': not the speaker's act
_AND_JUST_BEFORE = re.compile(r"\b(?:and|but)\s*$")  # 'said X and condemned Y'; not 'and had called'
_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_VERB_AFTER_CUE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)\b")
_THAT_NEXT = re.compile(r"\s*that\b")
_RELATIVE_END = re.compile(r"\b(?:who|that)\s+$")
_WHO_BEFORE_CUE = re.compile(r",\s*who\s*$")  # 'X, the deputy governor, who said': the cue's subject is X
_RESTRICTIVE_WHO = re.compile(r"(?<=[\w’'])\s+who\s*$")  # 'residents who said': no comma before the relative
_NAME_AT_END = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|the|al|bin|ul|de|van|von)\s+)*[A-Z][\w’'.-]*)*\s*$")
_DESCRIPTION = re.compile(r"\s*(?:(?:the|an?)\s+)?[a-z]")  # an appositive description ('the deputy governor', 'deputy governor of …')
_NOUN_PHRASE_AT_END = re.compile(r"\b(?:the|an?|its|their|his|her|local|many|some)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$", re.I)
_PEOPLE_OF_PLACE_AT_END = re.compile(  # 'residents of Saravan', 'the people in Panjgur'
    r"(?:\b(?:the|an?|local|many|some)\s+)?\b[a-z][\w’'-]*\s+(?:of|in|from|near)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s*$")
_RELATIVE_REST = re.compile(r"\b(?:who|whom|whose|which|that)\b.*", re.S)  # 'a group that has waged …': a relative clause
# what follows an attribution set between commas and is the reporter's own: a framing ('…, two days after Iran
# attacked …') or a new clause joined by a conjunction ('…, and the two sides discussed …', '…, but much of …')
_RELAY_REST = re.compile(r"(?:citing|quoting|according\s+to)\b")  # '…, Tasnim reported, citing the official.'
_REPORTER_REST = re.compile(
    r"(?:[\w-]+\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before)\b|amid\b|"
    r"(?:and|but|while|whereas)\s+(?:(?i:the|a|an|this|that|these|those|its|his|her|their|our|much|many|most|some|all|both|each|"
    r"every|no|in|on|at|as|when|while|after|before|because|since|if)\b|[A-Z])"
)
_SENTENCE_END_NEXT = re.compile(r"\s*[.!?]?[\s”\"’']*$")  # '…, said the winter report.': the description ends the sentence
_QUOTATION_NEXT = re.compile(r"\s*[,:]\s*[“\"‘']")
_CLAUSE_END_NEXT = re.compile(
    r"\s*(?:$|[.,;!?])|\s*(?:on|in|at(?!\s+(?:least|most)\b)|during|after|before|while|when|to|from|with|for|inside|outside|"
    r"near|through|via|following|upon|under|over|across|behind|beside|alongside|among|amid|as|since|because|although|though|whereas|"
    r"citing|quoting)\b"  # '…, the agency reported citing X': the agency's own relay, no clause of its own
)
_SOURCE_PHRASE = re.compile(rf"(?:(?<![\w.]){ABBREVIATION}\s|[^,;.!?])*")  # up to the first , ; . ! ? not of 'Dr.'/'J.'
# where a source's name ends and a relative clause or another clause goes on
_SOURCE_REST = re.compile(
    r"\s+(?:who|which)\s.*|\s+and\s+(?=(?:[\w’'-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|would|can|could)\b).*", re.S
)
_WORD_AT_START = re.compile(r"[\w’'-]*")
_ATTRIBUTION_PUNCTUATION = re.compile(r"[,!?…—–]")
CAPITALISED_SOURCES = ("According to", "As per")  # sentence-initial source phrases, matched with their capital


@dataclass(frozen=True)
class Cue:
    """A speech cue found in text: a verb form or a source phrase."""

    start: int
    end: int
    text: str
    lemma: str
    use: str  # clause | that | object | context | source


@dataclass
class Attribution:
    """A cue with its resolved speaker and (for indirect speech) its content span."""

    cue: Cue
    speaker: Speaker
    subject_start: int
    phrase: str = ""
    content_start: int = -1
    content_end: int = -1
    inverted: bool = False
    embedded: bool = False  # 'what it called', 'which Pakistan said': a parenthetical, not a reported clause
    rest_start: int = -1  # 'Most days, he says, nobody calls.': the part after a parenthetical attribution
    rest_end: int = -1

    def content_spans(self) -> list[tuple[int, int, int]]:
        """(start, end, fewest words) of each part of the content: a statement split by its attribution has two,
        and the part before it may be short ('Too often', 'Shelter residents'), though one word is only the
        subject of the part after it ('Iran, he said, will respond')."""
        if self.content_start < 0:
            return []
        if self.rest_start < 0:
            return [(self.content_start, self.content_end, MIN_INDIRECT_WORDS)]
        return [(self.content_start, self.content_end, MIN_SPLIT_WORDS), (self.rest_start, self.rest_end, MIN_INDIRECT_WORDS)]


@lru_cache(maxsize=8)
def speech_cues(settings: Settings = DEFAULT_SETTINGS) -> tuple[re.Pattern[str], dict[str, tuple[str, str, bool]]]:
    """The compiled cue pattern and a map form -> (lemma, use, also a noun), from the resource files."""
    forms: dict[str, tuple[str, str, bool]] = {}
    with settings.open(SPEECH_VERBS_FILE) as handle:
        for row in csv.DictReader(handle):
            nouns = {n.strip() for n in row["noun_forms"].split("|")}
            for form in row["forms"].split("|"):
                forms[form.strip()] = (row["lemma"].strip(), row["use"].strip(), form.strip() in nouns)
    for line in settings.read_text(SOURCE_PHRASES_FILE).splitlines():
        if line.strip() and not line.startswith("#"):
            forms[line.strip().lower()] = (line.strip().lower(), "source", False)
    alternation = _alternation(sorted(forms, key=len, reverse=True))
    capitalised = _alternation(CAPITALISED_SOURCES)
    return re.compile(rf"(?<![\w-])(?:{alternation}|{capitalised})(?![\w-])"), forms


def _alternation(forms: Iterable[str]) -> str:
    """Regex alternation of literal forms whose spaces match any run of whitespace."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lru_cache(maxsize=8)
def _cue_keywords(settings: Settings) -> KeywordIndex:
    """The first words of the cue forms (as written: the cue pattern is case-sensitive), one of which begins every cue."""
    _, forms = speech_cues(settings)
    return KeywordIndex.build([{form.split(" ")[0] for form in (*forms, *CAPITALISED_SOURCES)}])


@lru_cache(maxsize=1)
def _cue_starts(masked: str, settings: Settings) -> list[int]:
    """Where a cue may begin in the masked article text (kept for the article's other sentences)."""
    return [at for at, _ in _cue_keywords(settings).hits(masked)]


def _cue_matches(masked: str, start: int, end: int, settings: Settings = DEFAULT_SETTINGS) -> Iterator[re.Match[str]]:
    """The matches `finditer` of the cue pattern finds in masked[start:end], tried only where a cue may begin."""
    pattern, _ = speech_cues(settings)
    starts = _cue_starts(masked, settings)
    after = start
    for at in starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
        if at >= after and (match := pattern.match(masked, at, end)) is not None:
            yield match
            after = match.end()


def _has_words(text: str, count: int, start: int = 0, end: int = sys.maxsize) -> bool:
    """True when text[start:end] holds at least `count` words (runs of `_WORD`); counting stops there."""
    return next(islice(_WORD.finditer(text, start, end), count - 1, None), None) is not None


def _last_word(text: str) -> str:
    """The run of word characters (`_WORD`) that ends `text`, empty if `text` ends otherwise."""
    length = _matched(_WORD_AT_START.match(text[::-1])).end()
    return text[len(text) - length :]


def _cue_key(text: str) -> str:
    """Normalise a matched cue for lookup (runs of white space become one space)."""
    return " ".join(text.split()).lower()


def find_cues(masked: str, start: int, end: int, settings: Settings = DEFAULT_SETTINGS) -> list[Cue]:
    """Speech cues in masked[start:end] (quotation contents are masked out)."""
    _, forms = speech_cues(settings)
    cues = []
    for m in _cue_matches(masked, start, end, settings):
        written = m.group(0)
        lemma, use, noun = forms[_cue_key(written)]
        if (noun or written.endswith("ed")) and not _read_as_cue(masked, start, m, noun, forms):
            continue
        if lemma == "claim" and _KILL_SENSE.match(masked, m.end()):
            continue
        if _HEARSAY_NEXT.match(masked, m.end()) and written.lower() in ("said", "reported", "alleged"):
            continue  # "'rebel hideouts' said to be located in …": hearsay, nobody speaks
        if lemma == "post" and not (_ON_PLATFORM.match(masked, m.end()) or _QUOTE_OR_COMMA_BEFORE.search(masked, max(start, m.start() - 40), m.start())):
            continue  # 'posted on X', '"…," the ministry posted': not 'posted a loss'
        if lemma == "read" and not (
            _DOCUMENT_BEFORE.search(masked, max(start, m.start() - 30), m.start())
            and (_AFTER_QUOTATION.search(masked, max(start, m.start() - 60), m.start()) or _QUOTATION_NEXT.match(masked, m.end()))
        ):
            continue  # '"…," the statement read' / 'the letter read: "…"', not 'she read the statement', 'it read like a threat'
        if lemma in ASCRIBING_LEMMAS and (
            _PASSIVE_BEFORE.search(masked, max(start, m.start() - 12), m.start()) or not _TO_FOLLOWS.match(masked, m.end())
            or _WORDS_OBJECT.match(masked, m.end())
        ):
            continue  # 'attributed the blasts to drones', not 'is attributed to', 'linked the data' or 'attributed the remark to X'
        if lemma == "claim" and _NON_SPEECH_CLAIM.match(masked, m.end()):
            continue
        if lemma == "ask" and not (
            _ASKED_BY.match(masked, m.end())
            or _QUOTE_AND_SUBJECT_BEFORE.search(masked, max(start, m.start() - 40), m.start())
            or (_ASKED_NAME.match(masked, m.end()) and _QUOTE_OR_COMMA_BEFORE.search(masked, max(start, m.start() - 4), m.start()))
        ):
            continue
        if lemma == "read" and not _READ_END.match(masked, m.end()):
            continue  # '“…,” the post read.', 'The statement read:'; not 'how to read the labels'
        if not written.endswith("ed") and _NOUN_BEFORE.search(masked, max(start, m.start() - 12), m.start()):
            continue  # 'without warning', 'the final say', 'a warning': a noun
        if written.endswith("ing") and _ADJECTIVE_NOUN_BEFORE.search(masked, max(start, m.start() - 40), m.start()):
            continue
        if _PARTICLE_NEXT.match(masked, m.end()) or (lemma == "add" and _TO_NEXT.match(masked, m.end())):
            continue  # 'wrote off the assets', 'called off the talks', 'adds to the pressure': another verb
        if _NOUN_TO_BEFORE.search(masked, max(start, m.start() - 40), m.start()):
            continue
        if written.split()[0].endswith("s") and lemma not in CLAUSE_ONLY_LEMMAS and _ED_WORD_BEFORE.search(masked, max(start, m.start() - 30), m.start()):
            continue  # 'rejected calls for', 'renewed warnings': a noun after a verb or an adjective
        cues.append(Cue(m.start(), m.end(), written, lemma, use))
    return cues


def _read_as_cue(masked: str, start: int, cue: re.Match[str], noun: bool, forms: dict[str, tuple[str, str, bool]]) -> bool:
    """False when the words around a form make it a noun ('the claims') or an adjective ('the alleged attack')."""
    previous = _WORD.findall(masked, max(start, cue.start() - 30), cue.start())
    prev_word = previous[-1].lower() if previous else ""
    if noun and _ENDS_WITH_COMMA.search(masked, max(start, cue.start() - 4), cue.start()):
        return False  # '…, state media reported': after a comma the form opens a noun phrase, it has no subject
    if noun:
        plural_subject = (
            prev_word.endswith("s") and not prev_word.endswith(("’s", "'s")) and prev_word not in _DETERMINERS_IN_S
            and (previous[-1].islower() or len(previous) == 1)
        )
        if not (prev_word in _PERSONAL or plural_subject):
            return False
        following = _WORD.search(masked, cue.end(), cue.end() + 30)
        if (following.group(0).lower() if following else "") in forms:
            return False
    if len(previous) >= 2 and prev_word.endswith("ly"):  # 'his previously stated views': the adverb's determiner
        prev_word = previous[-2].lower()
    return not (cue.group(0).endswith("ed") and prev_word in _ADJECTIVE_CONTEXT)


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """Text with the contents of quotations blanked (same length), so cues inside quotes are ignored."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: s.start):
        start = max(span.start, cursor)  # a quotation may lie inside another one
        if span.end > start:
            pieces += (text[cursor:start], _blank(text[start : span.end]))
            cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _blank(segment: str) -> str:
    """`segment` with every character but line breaks turned into a space."""
    return "\n".join(" " * len(line) for line in segment.split("\n"))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim leading separators and trailing punctuation, conjunctions and quote marks from a span."""
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while True:
        while end > start and text[end - 1] in _TRAILING_JUNK:
            end -= 1
        conj = _TRAILING_CONJUNCTION.search(text, max(start, end - 20), end)
        if not conj or conj.start() < start:
            inner = text[start:end]
            unclosed = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1
            if unclosed and end < len(text) and text[end] in '”"':
                end += 1
            elif end < len(text) and text[end] in "’'" and _UNCLOSED_SINGLE.search(inner):  # "called themselves 'Guardians'"
                end += 1
            return start, end
        end = conj.start()


def _noun_phrase_object(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens with a determiner or number and its first clause has no finite verb
    ('two goals as the home side won', 'plans to close the plant'): an object, not a reported clause."""
    opening = _DETERMINER_START.match(text, start, end)
    if opening is None:
        return False
    clause = _matched(_FIRST_CLAUSE.match(text, start, end))
    head = _WORD.match(text, opening.end(), clause.end())  # the word after the determiner is the noun or its modifier
    return _CLEAR_FINITE_VERB.search(text, head.end() if head else opening.end(), clause.end()) is None


def _unresolved(speaker: Speaker) -> bool:
    """True for a speaker with no name and no type."""
    return not speaker.name and speaker.type == "unknown"


INHERIT_LOOKBACK = 20  # quotations: how many earlier ones an unattributed quotation looks at for its speaker


class ArticleQuotes:
    """Extraction state for one text."""

    def __init__(self, context: ArticleContext):
        """Pair the quotation marks, split sentences and index actor mentions of the article's text (from its context)."""
        text = self.text = context.text
        self.article_id = context.article.article_id
        self.settings = context.settings
        self.sentences = list(context.sentences)
        self._sentence_starts = [s for s, _ in self.sentences]
        self.spans, self.orphans = find_quote_spans(text)
        self.masked = _mask(text, self.spans)
        self.discourse = Discourse(context, unquoted=self.masked)
        self.attributions: list[Attribution] = []
        self._cue_starts: list[int] = []
        self._links: list[tuple[int, int]] = []

    # ---- helpers -------------------------------------------------------
    def _dateline(self, sent_start: int, end: int) -> re.Match[str] | None:
        """The dateline opening a sentence that opens its paragraph ('LIMA (Wirex) -', 'Lima, March 3 :'), if any."""
        at = sent_start
        while at > 0 and self.text[at - 1] in " \t":
            at -= 1
        if at > 0 and self.text[at - 1] != "\n":
            return None
        return _DATELINE.match(self.text, sent_start, end)

    def sentence_of(self, position: int) -> int:
        """Index of the sentence containing (or preceding) `position`."""
        return max(bisect.bisect_right(self._sentence_starts, position) - 1, 0)

    def _subject(self, sent_start: int, region_start: int, cue: Cue) -> tuple[int, str, str]:
        """Subject phrase before a cue: (start offset, phrase, first chunk of an appositive if any)."""
        region_start = max(region_start, cue.start - MAX_REGION_CHARS)
        raw = self.masked[region_start : cue.start]
        quoted_as = _QUOTED_AS.search(raw) if "quoted" in raw else None  # the search is slow; most subjects lack the word
        if quoted_as:
            group = "who" if quoted_as.group("who") else "who2"
            apposition = quoted_as.group("apposition") or quoted_as.group("apposition2") or ""
            return region_start + quoted_as.start(group), quoted_as.group(group).strip(), apposition.strip()
        trimmed = _strip_trailing_adverbials(raw)
        boundary = _BOUNDARY.match(trimmed)
        cut = boundary.end() if boundary else 0
        joint = _JOINT_SUBJECT.search(trimmed, 0, cut) if trimmed[:cut].rstrip().endswith("and") else None  # the search is slow
        if joint and self.discourse.actors.find_mentions(joint.group(1)):
            cut = joint.start(1)
        phrase = trimmed[cut:].strip(" “”\"‘’'")
        appositive_head = ""
        if not phrase.strip() and trimmed.rstrip().endswith(","):
            chunks = [c for c in re.split(r",", trimmed) if c.strip()]
            named = _name_before_clauses(chunks)
            if named is not None:  # 'Sarah Buckley, who attended …, played …, said' / 'X, a graduate …, where …, said'
                offset = trimmed.rfind(chunks[named])
                return region_start + offset, chunks[named].strip(), chunks[named + 1].strip()
            predicate = any(_VERB_AFTER_CUE.search(_RELATIVE_REST.sub("", c)) for c in chunks[-2:])
            if len(chunks) >= 2 and not predicate:  # '…, was also badly hit, said X' / 'X is the cause, a key factor, says Y'
                # are clauses, not a name and its appositive
                appositive_head = chunks[-2].strip()
                phrase = chunks[-1].strip()
                head_boundary = _BOUNDARY.match(_NAME_AND.sub(r"\1 &nd ", appositive_head))  # not in 'X's Tacna and Puno region'
                if head_boundary:
                    appositive_head = appositive_head[head_boundary.end():].strip()
                appositive_head, phrase = phrase, appositive_head
                if _PARTICIPLE_OPENING.match(appositive_head):  # 'X in Peru's south, bordering Chile, said': no second name
                    appositive_head = ""
                elif head_boundary and _THE_DESCRIPTION.match(phrase) and _CHUNK_NAME.fullmatch(appositive_head):
                    # '… “unfair,” the spokeswoman, Ana Roe, said': the quoted words end before the description
                    cut = trimmed.rfind(phrase, 0, len(trimmed) - len(chunks[-1]))
        if not phrase.strip() and (who := _WHO_BEFORE_CUE.search(trimmed)):
            return self._antecedent(trimmed[:who.start()], region_start)
        if not phrase.strip() and (who := _RESTRICTIVE_WHO.search(trimmed)):
            # 'he heard from many farmers who said they would …': the people the clause picks out speak
            head = trimmed[:who.start()]
            picked = _PEOPLE_OF_PLACE_AT_END.search(head) or _NOUN_PHRASE_AT_END.search(head) or _NAME_AT_END.search(head)
            if picked and not head[: picked.start()].rstrip().endswith(","):  # not 'X, an expert who writes on Y, noted'
                return region_start + picked.start(), picked.group().strip(), ""
        return region_start + cut, phrase.strip(), appositive_head

    @staticmethod
    def _antecedent(before: str, region_start: int) -> tuple[int, str, str]:
        """The subject of 'X, who said' / 'The agency quoted X, the deputy governor, who said': the name (or phrase)
        just before the relative pronoun, past one appositive description, with that description."""
        chunks = before.split(",")
        appositive = ""
        if len(chunks) >= 2 and _DESCRIPTION.match(chunks[-1]):
            appositive = chunks.pop().strip()
        head = ",".join(chunks)
        phrase = _PEOPLE_OF_PLACE_AT_END.search(head) or _NAME_AT_END.search(head) or _NOUN_PHRASE_AT_END.search(head)
        if phrase is None:
            boundary = _BOUNDARY.match(head)
            start = boundary.end() if boundary else 0
        else:
            start = phrase.start()
        return region_start + start, head[start:].strip(), appositive

    def _resolve_subject(self, phrase: str, appositive: str, position: int, sent_start: int) -> Speaker:
        """Resolve a subject phrase, using an appositive ('X, the foreign minister,') when it names a person."""
        if _has_words(phrase, MAX_SUBJECT_WORDS + 1):
            return UNKNOWN
        speaker = self.discourse.resolve(phrase, position, sent_start) if phrase else UNKNOWN
        if appositive:
            other = self.discourse.resolve(appositive, position, sent_start)
            person_first = other.type == "person" and speaker.type != "person"
            subject_is_a_state = speaker.type == "government" and speaker.affiliation == speaker.name
            unnamed = not speaker.name or speaker.type == "unnamed"  # 'An Iranian analyst, Reza Sadr al-Hosseini, said'
            if person_first and (unnamed or subject_is_a_state):
                return other
            if unnamed and other.name and other.type != "unnamed":
                return other
            if other.type == "person" and speaker.type == "person" and not set(_WORD.findall(speaker.name.lower())) & set(_WORD.findall(phrase.lower())):
                return other  # 'Pakistan's envoy to China, Jo Doe, said': the name written, not the role's holder elsewhere
            described_person = speaker.type in ("person", "unknown") or _PERSON_HEAD.match(phrase) is not None
            if other.name and other.type == "person" and described_person and _DESCRIPTION_FIRST.match(phrase):
                return other
        return speaker

    # ---- attributions per sentence ----------------------------------------
    def sentence_attributions(self, sent_start: int, sent_end: int) -> list[Attribution]:
        """Speech cues of one sentence with their speakers and content spans."""
        if _WH_QUESTION.match(self.masked, sent_start, sent_end):
            return []  # 'What has Iran said on the strikes?': a question (often a heading) reports nobody's words
        cues = find_cues(self.masked, sent_start, sent_end, self.settings)
        found: list[Attribution] = []
        dateline = self._dateline(sent_start, sent_end)  # 'LIMA (Wirex) - Peru said': the subject follows it
        region_start = dateline.end() if dateline else sent_start
        for cue in cues:
            found.append(self._attribute(cue, sent_start, sent_end, region_start, found))
            region_start = cue.end
        for index, current in enumerate(found):
            # a cue in a relative clause ('supporters who said they would …') is inside the statement, neither before
            # nor after it, and a passive one ('48 people were reported dead, he said') reports nothing
            following = next((a for a in found[index + 1 :] if not a.embedded and not self._in_relative_clause(a, sent_start)
                              and not self._context_inside(current, a)), None)
            # a context cue ('X condemned the raid, Y said') is inside what an inverted cue after it reports
            main = [a for a in found[:index] if not self._in_relative_clause(a, sent_start)
                    and not self._passive_or_conditional(a.cue, sent_start) and a.cue.use != "context"]
            if current.inverted:  # 'Iran demanded X, Tasnim reported': an object cue too
                main = [a for a in main if a.cue.use != "object"]
            previous_end = main[-1].cue.end if main else sent_start
            relaying = main and main[-1].content_start >= 0 and (main[-1].cue.text.endswith("ing") or not (main[-1].inverted or main[-1].embedded))
            if current.inverted and relaying:
                continue  # 'X said A, adding B, the agency reported', 'X claimed that A, the agency reported': the agency relays
            self._set_content(current, following, previous_end, sent_end)
        for current in found:
            for inner in found:  # 'X said two died in the raid, which state media said hit two bases': not the media's words
                which = _WHICH.search(self.masked, max(sent_start, inner.subject_start - 20), inner.subject_start) if inner.embedded else None
                closes = inner.content_end >= current.content_end - 1  # the relative clause ends the words, not inside them
                if which and closes and current.content_start < which.start() < current.content_end and current.rest_start < 0:
                    current.content_end = which.start()
            speaking = [a for a in found if a.cue.use != "source" and a.phrase and not a.embedded and a.content_start >= 0
                        and current.content_start <= a.subject_start < current.content_end]
            if current.cue.use == "source" and current.speaker.type == "media" and speaking:  # 'According to IRNA, X said that …': IRNA relays X's words
                current.content_start = current.content_end = current.rest_start = current.rest_end = -1
        return found

    def _attribute(self, cue: Cue, sent_start: int, sent_end: int, region_start: int, earlier: list[Attribution]) -> Attribution:
        """Resolve the speaker of one cue."""
        before = self.masked[max(sent_start, cue.start - MAX_REGION_CHARS) : cue.start]
        # '…, saying', '…, likely calling for' (a phrasal object cue only after another cue of the sentence: the first
        # name of a sentence such as 'Groups in X have waged an insurgency, calling for …' is not its subject),
        # '…, expressing hope that …' (a phrasal cue with a clause: the main clause's subject hopes)
        ing = cue.text.endswith("ing") or (cue.text.split()[0].endswith("ing") and (bool(earlier) or cue.use != "object"))
        participial = ing and _COMMA_THEN_ADVERB.search(before) is not None
        if cue.use == "source":
            main_clause = [a for a in earlier if not a.embedded and not _ENDS_WITH_THAT.search(self.masked[sent_start : a.subject_start])
                           and not self._passive_or_conditional(a.cue, sent_start)]  # 'were reported dead, according to X'
            return self._source(cue, sent_start, sent_end, bool(main_clause))
        if participial:
            named = [a for a in earlier if a.speaker.name or a.speaker.type != "unknown"]
            # 'X told Y that Z had not warned them, describing it as …': X describes; Z speaks inside X's words
            main = [a for a in named if not a.embedded and not _ENDS_WITH_THAT.search(self.masked[sent_start : a.subject_start])]
            speaker = (main or named)[-1].speaker if named else self._main_subject(sent_start, cue.start)
            return Attribution(cue, speaker, cue.start)
        subject_start, phrase, appositive = self._subject(sent_start, region_start, cue)
        opening_time = _OPENING_TIME.match(phrase)
        if opening_time and opening_time.end() < len(phrase):  # 'On Tuesday the ministry said': the ministry
            subject_start, phrase = subject_start + opening_time.end(), phrase[opening_time.end() :]
        absolute = _WITH_SUBJECT.match(phrase) if cue.text.endswith("ing") else None
        if absolute:  # '…, with the ministry saying that …': the subject of the participle follows 'with'
            subject_start, phrase = subject_start + absolute.end(), phrase[absolute.end() :]
        perceived = _PERCEIVED_SPEAKER.match(phrase)
        if perceived:  # 'Witnesses heard him say …': the one heard speaks
            subject_start, phrase = subject_start + perceived.start("speaker"), perceived.group("speaker")
        purpose = _PURPOSE_SUBJECT.match(phrase) if _TO_END.search(before) and not _VERB_AFTER_CUE.search(phrase) else None
        if purpose:  # 'X went on television to say …', 'X called Y to confirm …': X says it
            phrase = purpose.group("subject")
        inverted = False
        set_off = self._title_then_name(cue, before, sent_end)
        if set_off:  # '…, said the district's deputy chief for roads, Ana Brel.': she speaks, whatever came before
            phrase, appositive, subject_start, inverted = set_off.group("name"), "", set_off.start("name"), True
        if not phrase and not appositive:
            after = _SUBJECT_AFTER_CUE.match(self.masked[cue.end : sent_end])
            titled = after and not after.group("described") and all(w in title_words(self.settings) for w in (after.group("titles") or "").lower().split())  # 'said lead author Dr. X'
            described = after and after.group("described") and not _VERB_AFTER_CUE.search(after.group("described"))  # 'said the rookie defenceman'
            ends_sentence = after is not None and _SENTENCE_END_NEXT.match(self.masked, cue.end + after.end(), sent_end) is not None
            if after is not None and (
                (titled and _ENDS_WITH_COMMA_OR_QUOTE.search(before))
                or (described and (_ENDS_WITH_QUOTE.search(before) or (ends_sentence and _ENDS_WITH_COMMA.search(before))))
            ):
                phrase, subject_start, inverted = after.group(1), cue.end + after.start(1), True
            elif after is not None and _ENDS_WITH_QUOTE.search(before) and _DOCUMENT_FROM.match(after.group(1)):
                phrase, subject_start, inverted = after.group(1), cue.end + after.start(1), True  # '"…," said a statement by X'
            elif _ENDS_WITH_QUOTE.search(before) and (titled_name := self._long_title_then_name(cue.end, sent_end)):
                phrase, subject_start, inverted = titled_name.group("name"), titled_name.start("name"), True
        speaker = _role_affiliation(self._resolve_subject(phrase, appositive, subject_start, sent_start), phrase, appositive, self.settings)
        quoting = _QUOTING_NEXT.match(self.masked, cue.end, sent_end)
        if quoting:  # '“…,” state television said, quoting X, a deputy governor': X speaks, the channel relays
            quoted = self._resolve_subject(quoting.group("who"), quoting.group("apposition") or "", quoting.start("who"), sent_start)
            speaker = quoted if quoted.name or quoted.type != "unknown" else speaker
        if not phrase and not appositive and earlier:
            speaker = earlier[-1].speaker
        elif phrase.lower() in ("", "and", "but") and not appositive and _ENDS_WITH_AND.search(before):
            speaker = self._first_subject(sent_start, cue.start)
        if _unresolved(speaker):
            speaker = self._sentence_subject(phrase, appositive, subject_start, sent_start, before) or speaker
        if phrase and speaker.type in ("media", "unknown"):
            speaker = self._first_outlet(subject_start, sent_start) or speaker
        if _unresolved(speaker) and (reduced := _REDUCED_RELATIVE.search(phrase)):
            speaker = self._state_subject(reduced.group("name"), subject_start + reduced.start("name"), sent_start) or speaker
        if phrase and not inverted and self._is_inverted(cue, sent_start, subject_start, sent_end):
            inverted = True
        self.discourse.record(cue.start, speaker, phrase)
        embedded = _EMBEDDED.search(self.masked, max(sent_start, subject_start - 20), subject_start) is not None
        return Attribution(cue, speaker, subject_start, phrase, inverted=inverted, embedded=embedded and not inverted)

    def _title_then_name(self, cue: Cue, before: str, sent_end: int) -> re.Match[str] | None:
        """'…, said the district's deputy chief for roads, Ana Brel.': after a quotation or a comma, a cue followed by
        a description, a comma and a name that ends the sentence; the description has no verb or pronoun, and the cue
        takes no object ('…, he told the envoy, Ana Brel' names whom he told)."""
        if cue.lemma in ("tell", "ask", "inform") or not _ENDS_WITH_COMMA_OR_QUOTE.search(before):
            return None
        found = _DESCRIPTION_THEN_NAME.match(self.masked, cue.end, sent_end)
        if found is None or _SENTENCE_END_NEXT.match(self.masked, found.end(), sent_end) is None:
            return None
        title = found.group("title")
        if _VERB_AFTER_CUE.search(title) or any(w.lower() in _PERSONAL for w in _WORD.findall(title)):
            return None
        return found

    def _long_title_then_name(self, cue_end: int, sent_end: int) -> re.Match[str] | None:
        """'"…," said Valmor University regional security lecturer Ana Brel.': after a quotation, a cue followed by a
        title too long or too unusual for the title list and a name that ends the sentence; the title has no verb
        or pronoun ('"…," said he would see Ana Brel' is not one)."""
        found = _LONG_TITLE_THEN_NAME.match(self.masked, cue_end, sent_end)
        if found is None or _SENTENCE_END_NEXT.match(self.masked, found.end(), sent_end) is None:
            return None
        title = found.group("title")
        if _VERB_AFTER_CUE.search(title) or any(w.lower() in _PERSONAL for w in _WORD.findall(title)):
            return None
        return found

    def _first_subject(self, sent_start: int, end: int) -> Speaker:
        """The subject opening a sentence, past a dateline ('LIMA: The council …', the place speaks not): a capitalised
        name set off by a comma or an acronym ('The Defence Council (DC), the country's …, approved …'), else the
        first subject found."""
        dateline = self._dateline(sent_start, end)
        start = dateline.end() if dateline else sent_start
        opening = _OPENING_NAME_SET_OFF.match(self.masked, start, end)
        if opening:
            found = self.discourse.resolve(opening.group("name"), opening.start("name"), sent_start)
            if found.name and found.type != "person":
                return found
        return self.discourse.first_in(start, end, sent_start)

    def _main_subject(self, sent_start: int, cue_start: int) -> Speaker:
        """The subject of the main clause before a participial cue with no cue before it: the name set after an
        opening description ('A deputy mayor of X, Jo Roe, gave the toll, saying'), else the words before the first
        verb ('Years ago, Chilean troops raided a camp, asserting'), else the first subject found; all past a dateline
        ('LIMA, Agency – A diplomat has …, expressing hope')."""
        dateline = self._dateline(sent_start, cue_start)
        sent_start = dateline.end() if dateline else sent_start
        described = _OPENING_DESCRIBED_NAME.match(self.masked, sent_start, cue_start)
        if described:
            found = self.discourse.resolve(described.group("name"), described.start("name"), sent_start)
            if found.type == "person":
                return _role_affiliation(found, described.group("name"), described.group("description"), self.settings)
        opening = _OPENING_ADVERBIAL.match(self.masked, sent_start, cue_start) or _OPENING_TIME_AGO.match(self.masked, sent_start, cue_start)
        subject = _OPENING_SUBJECT.match(self.masked, opening.end() if opening else sent_start, cue_start)
        if subject:
            found = self.discourse.resolve(subject.group("subject"), subject.start("subject"), sent_start)
            if found.name:
                return found
        return self._first_subject(sent_start, cue_start)

    def _first_outlet(self, subject_start: int, sent_start: int) -> Speaker | None:
        """'The state-run X news agency and state television had said': of two outlets joined as the subject, the
        first one speaks (the table has one speaker a row)."""
        first = _OUTLET_CONJUNCT.search(self.masked, max(sent_start, subject_start - MAX_REGION_CHARS // 3), subject_start)
        if first is None:
            return None
        found = self.discourse.resolve(first.group("first"), first.start("first"), sent_start)
        return found if found.type == "media" else None

    def _state_subject(self, name: str, position: int, sent_start: int) -> Speaker | None:
        """'a drone raid Islamabad said killed two children': a state (or its capital) right after a noun is the subject
        of a relative clause without 'which'; nothing else is taken so ('the rebel group Jaish al-Adl said')."""
        found = self.discourse.resolve(name, position, sent_start)
        return found if found.type == "government" and found.name == found.affiliation else None

    def _sentence_subject(self, phrase: str, appositive: str, subject_start: int, sent_start: int, before: str) -> Speaker | None:
        """The sentence's own subject when the words before a cue are not one: 'X called it false and in a response
        said ...' (an adverbial after 'and'), 'X, an expert who writes on Y, noted that ...' (a long appositive)."""
        if _ADVERBIAL.match(phrase) and _ENDS_WITH_AND.search(self.masked[sent_start:subject_start]):
            return self._first_subject(sent_start, subject_start)
        opening_subject = _OPENING_SUBJECT.match(self.masked, sent_start, subject_start)
        if phrase.lower() in ("", "and", "but") and not appositive and _ENDS_WITH_AND.search(before) and opening_subject:
            # 'Norman's lawyers are preparing a motion …, and have alleged that …': the subject of the first verb
            return self._resolve_subject(opening_subject.group("subject"), "", opening_subject.start("subject"), sent_start)
        opening = _OPENING_APPOSITIVE.match(self.masked, sent_start, subject_start)
        if not phrase and not appositive and opening and _ENDS_WITH_COMMA.search(before):
            return self._resolve_subject(opening.group("name"), "", sent_start + opening.start("name"), sent_start)
        return None

    def _is_inverted(self, cue: Cue, sent_start: int, subject_start: int, sent_end: int) -> bool:
        """'…, X said (on Monday).': the subject follows a comma after a clause and no clause follows the cue."""
        window_start = max(sent_start, subject_start - MAX_REGION_CHARS)
        before = self.masked[window_start:subject_start]
        after_quote = _ENDS_WITH_QUOTE.search(before) is not None
        clause_before = _has_words(self.text, 4, window_start, subject_start) or _VERB_AFTER_CUE.search(before) is not None
        if not after_quote and (not _ENDS_WITH_COMMA.search(before) or not clause_before):  # 'Iran will respond, X said'
            return False
        rest = _TIME_LEAD.sub("", self.masked[cue.end : sent_end])
        if _THAT_NEXT.match(rest):
            return False
        rests = [rest]
        if cue.lemma == "tell":  # 'told reporters.', 'told Iranian state TV.': the object read as a name, else as a short phrase
            short = _SHORT_OBJECT.match(rest)
            short = None if short and _VERB_AFTER_CUE.search(short.group(0)) else short  # 'told reporters the bridge was closed.'
            rests = [rest[told.end() :] for told in (_TELL_OBJECT.match(rest), short) if told] or rests
        return any(
            not (_QUOTATION_NEXT.match(after) or _LEADING_ADVERBIAL.match(after)) and _CLAUSE_END_NEXT.match(after) is not None
            for after in rests
        )

    def _source(self, cue: Cue, sent_start: int, sent_end: int, relayed: bool = False) -> Attribution:
        """'according to X' / 'as per X': speaker X, content the rest of the sentence or the part before.

        After another cue in the same sentence ('A said B, according to C') C only relays A's words: no content.
        """
        after = self.masked[cue.end : sent_end]
        source_end = _matched(_SOURCE_PHRASE.match(after)).end()
        phrase = after[:source_end].strip()
        what = _WHAT_SOURCE_SAID.match(phrase)  # 'according to what local authorities reported': the authorities
        if what:
            phrase = what.group("source")
        rest = _SOURCE_REST.search(phrase)  # 'according to X who were not authorized to …', 'according to X and sales have …'
        phrase = phrase[: rest.start()] if rest else phrase
        speaker = self._resolve_subject(phrase, "", cue.end + (after.find(phrase) if what else 0), sent_start)
        if not speaker.name and speaker.type == "unknown" and phrase and not _has_words(phrase, MAX_SUBJECT_WORDS + 1):
            speaker = Speaker(phrase, phrase, "unnamed", "", "", 0.4)  # 'according to the city's Street Needs Assessment'
        self.discourse.record(cue.start, speaker, phrase)
        attribution = Attribution(cue, speaker, cue.end)
        if cue.lemma == "as per" and not _SOURCE_NOUN.search(phrase) and speaker.type in ("unnamed", "unknown"):
            attribution.embedded = True  # 'as per the agreement': a rule followed, not a source quoted: no content
            return attribution
        opening = self.masked[sent_start : cue.start]
        leading = opening.strip() == "" or _OPENING_ADVERBIAL.fullmatch(opening) is not None  # 'On Friday, according to X, …'
        if leading:
            described = _SOURCE_DESCRIBED.match(self.masked, cue.end + source_end, sent_end)  # ', published in May,'
            attribution.content_start = described.end() if described else cue.end + source_end
            attribution.content_end = sent_end
        elif not relayed:
            attribution.content_start, attribution.content_end = sent_start, cue.start
            comma = _COMMA_NEXT.match(self.masked, cue.end + source_end, sent_end)
            if (
                comma and _ENDS_WITH_COMMA.search(self.masked, sent_start, cue.start)
                and _CONTENT_WORD.search(self.masked, comma.end(), sent_end) and not _REPORTER_REST.match(self.masked, comma.end(), sent_end)
            ):
                # 'Residents, according to X, are …'; not 'according to the Office of Weather, Rivers and Seismology'
                attribution.rest_start, attribution.rest_end = comma.end(), sent_end
        return attribution

    def _split_by_attribution(self, current: Attribution, following: Attribution | None, sent_start: int, sent_end: int) -> bool:
        """'Most days, he says, nobody calls.' / 'The drugs, she said on Monday, are overused.': an attribution set
        between commas inside the statement; the parts before and after it are its content (True when so)."""
        cue = current.cue
        if not (sent_start < current.subject_start < cue.start and _ENDS_WITH_COMMA.search(self.masked, sent_start, current.subject_start)):
            return False
        tail = self.masked[cue.end : sent_end]
        time_lead = _TIME_LEAD.match(tail)
        comma = _COMMA_NEXT.match(tail, time_lead.end() if time_lead else 0)
        if comma is None:
            return False
        rest_start = cue.end + comma.end()
        rest_end = min(sent_end, following.cue.start, following.subject_start) if following is not None else sent_end
        if not _has_words(self.masked, 1, rest_start, rest_end) or _THAT_NEXT.match(self.masked, rest_start, rest_end):
            return False
        if _REPORTER_REST.match(self.masked, rest_start, rest_end) or _RELAY_REST.match(self.masked, rest_start, rest_end):
            return False
        dateline = self._dateline(sent_start, current.subject_start)
        current.content_start, current.content_end = dateline.end() if dateline else sent_start, current.subject_start
        current.rest_start, current.rest_end = rest_start, rest_end
        return True

    def _set_content(self, current: Attribution, following: Attribution | None, sent_start: int, sent_end: int) -> None:
        """Content span of an indirect statement: after the cue (or before it when inverted, back to the previous cue)."""
        cue = current.cue
        if self._passive_or_conditional(cue, sent_start) or _GENERIC_PERSON.fullmatch(current.phrase):
            return
        if current.embedded and cue.use == "clause" and cue.lemma != "tell" and _WHICH.search(self.masked, max(sent_start, current.subject_start - 20), current.subject_start):
            # 'strikes, which Islamabad said killed two children': the relative clause is what Islamabad said (not
            # 'whom he told the news': tell's object)
            clause = _matched(_CLAUSE_REST.match(self.masked, cue.end, sent_end))
            current.content_start, current.content_end = cue.end, clause.end()
            return
        if cue.lemma == "call" and not current.embedded and self._called_complement(current, sent_start, sent_end):
            return
        if cue.use == "context" or current.content_start >= 0 or current.embedded:
            return
        if cue.use == "source":  # a source that relays another cue's words has only what follows it (see _source)
            self._after_relaying_source(current, sent_end)
            return
        if _NEGATED.search(self.masked, max(sent_start, cue.start - 20), cue.start):
            return
        if self._split_by_attribution(current, following, sent_start, sent_end):
            return
        if current.inverted:
            dateline = self._dateline(sent_start, current.subject_start)
            content_start = dateline.end() if dateline else sent_start
            content_end = min(current.subject_start, cue.start)  # '…, said the bank.': the subject follows the cue
            role = _ROLE_BEFORE_NAME.search(self.masked, content_start, content_end)
            content_end = role.start() if role else content_end
            first_chunk = self.masked[content_start:content_end].split(",", 1)[0].rstrip()
            if not _TIME_LEAD.sub("", self.masked[content_start:content_end]).strip(" ,;"):
                return  # '…, X said in a statement, the agency reported': only the adverbial of the cue before
            if not (current.speaker.mention and first_chunk.endswith(current.speaker.mention)):
                # not 'Ann Lau, a strategist at Delta Bank, said': the speaker and an appositive
                current.content_start, current.content_end = content_start, content_end
            return
        start = cue.end
        end = sent_end
        if _RELAY_AGENT.match(self.masked[start:end].rstrip(" .!?")):
            return
        if following is not None:
            nested = not _has_words(self.masked, 2, start, following.subject_start) and following.phrase
            if not nested:
                simple = following.cue.use == "source" or following.cue.text.endswith("ing") or not following.phrase
                limit = following.cue.start if simple else following.subject_start
                end = min(end, max(limit, start))
                adverb = _COMMA_THEN_ADVERB.search(self.masked, start, end) if simple else None
                end = adverb.start() if adverb else end  # '…, likely calling for …': not the adverb
                absolute = _COMMA_WITH_END.search(self.masked, start, max(start, following.subject_start))
                end = min(end, absolute.start()) if absolute else end  # '…, with an official saying …'
        quoting = _QUOTING_NEXT.match(self.masked, start, end)
        if quoting:  # 'said, quoting an official, that …': the statement follows the relayed source
            start = quoting.end() + len(self.masked[quoting.end() : end]) - len(self.masked[quoting.end() : end].lstrip(" ,"))
        tail = self.masked[start:end]
        lead = _LEADING_ADVERBIAL.match(tail) or (_THAT_SOON.match(tail) if cue.lemma == "tell" else None) or _TIME_THEN_THAT.match(tail)
        if lead:
            start += lead.end()
        elif cue.use == "that":
            return
        else:
            start += len(tail) - len(_TIME_LEAD.sub("", tail)) if _TIME_LEAD.match(tail) else 0
            if cue.lemma == "tell":
                told = _TELL_DESCRIBED.match(self.masked[start:end]) or _TELL_OBJECT.match(self.masked[start:end])
                start += told.end() if told else 0
        if any(p.match(self.masked, start, end) for p in (_AMOUNT_MOVE, _PREPOSITION_NEXT, _TIME_LATER)):
            return
        if cue.use == "clause" and cue.lemma not in CLAUSE_ONLY_LEMMAS and not lead and _noun_phrase_object(self.masked, start, end):
            return
        if not lead and self._object_not_clause(cue, sent_start, start, end):
            return
        predicate = None if cue.text.endswith("s") else _PREDICATE_BREAK.search(self.masked, start, end)
        if predicate:
            end = predicate.start()
        framing = _FRAMING_TAIL.search(self.masked, start, end)
        if framing:
            end = framing.start()
        if _OPENING_SUBORDINATOR.fullmatch(self.masked, sent_start, current.subject_start):
            comma = self.masked.find(",", start, end)  # 'Although X said the bridge was safe, it stayed closed.'
            end = comma if comma >= 0 else end
        current.content_start, current.content_end = start, end

    def _after_relaying_source(self, current: Attribution, sent_end: int) -> None:
        """'He had told his mother that …, according to Ann, but she had proved him wrong': the clause after the
        source phrase is the source's own statement; with nothing after it ('…, according to IRNA.') there is none."""
        source_end = _matched(_SOURCE_PHRASE.match(self.masked, current.cue.end, sent_end)).end()
        comma = _COMMA_NEXT.match(self.masked, source_end, sent_end)
        if comma and _CONTENT_WORD.search(self.masked, comma.end(), sent_end) and not _REPORTER_REST.match(self.masked, comma.end(), sent_end):
            current.content_start, current.content_end = comma.end(), sent_end

    def _context_inside(self, current: Attribution, later: Attribution) -> bool:
        """True for a describing cue inside a clause reported by `current` with no break between them ('said rebels
        had called themselves "Guardians"'): the description belongs to the reported clause and does not end it."""
        return (  # not 'said the strikes were legal and condemned the raid': a second verb of the speaker
            later.cue.use == "context" and _CLAUSE_BREAK.search(self.masked, current.cue.end, later.cue.start) is None
            and (not _AND_JUST_BEFORE.search(self.masked, current.cue.end, later.cue.start) or _REFLEXIVE_NEXT.match(self.masked, later.cue.end) is not None)
        )

    def _in_relative_clause(self, attribution: Attribution, sent_start: int) -> bool:
        """True for a cue whose subject is a relative pronoun ('voters who said …')."""
        cue_start = attribution.cue.start  # 'farmers who said': the subject is the antecedent, the pronoun is before the cue
        return any(_RELATIVE_END.search(self.masked, max(sent_start, at - 12), at) for at in (attribution.subject_start, cue_start))

    def _called_complement(self, current: Attribution, sent_start: int, sent_end: int) -> bool:
        """'X called the plan one of the boldest in years', 'a player who he calls a great kid': what X calls it, when
        written without marks, is the statement (True when found; a quoted one is a partial quote). Not after 'what'
        or 'which' ('respond to what it called an “illegal act” by …'): that names a thing inside another statement."""
        cue = current.cue
        relative = _RELATIVE_OBJECT_BEFORE.search(self.masked, max(sent_start, cue.start - 40), cue.start)
        found = (_COMPLEMENT_START if relative else _CALLED_OBJECT).match(self.masked, cue.end, sent_end)
        if found is None or _TIME_COMPLEMENT.match(self.masked, found.end(), sent_end):
            return False
        end = _COMPLEMENT_END.search(self.masked, found.end(), sent_end)
        current.content_start, current.content_end = found.end(), end.start() if end else sent_end
        return True

    def _passive_or_conditional(self, cue: Cue, sent_start: int) -> bool:
        """True for a passive cue ('was reported by a plumber', 'have been confirmed by') or a conditional one
        ('if confirmed,'): no one reports a clause."""
        before_cue = max(sent_start, cue.start - 20)
        return cue.use != "source" and (
            (not cue.text.endswith("ing") and _PASSIVE_BEFORE.search(self.masked, before_cue, cue.start) is not None)
            or (cue.text.endswith("ed") and _PARENTHETICAL_CUE.search(self.masked, before_cue, cue.start) is not None)
        )

    def _speaks(self, attribution: Attribution) -> bool:
        """False when the cue of an attribution reports no speech: negated ('which does not describe'), passive ('will
        not be denied') or conditional."""
        cue = attribution.cue
        sent_start = self.sentences[self.sentence_of(cue.start)][0] if self.sentences else 0
        negated = _NEGATED.search(self.masked, max(sent_start, cue.start - 20), cue.start) is not None
        return not (negated or self._passive_or_conditional(cue, sent_start))

    def _object_not_clause(self, cue: Cue, sent_start: int, start: int, end: int) -> bool:
        """True when what follows a cue (no 'that' after it) is its object, not a reported clause: an indefinite
        pronoun ('said something to calm them'), or the thing an `OBJECT_LEMMAS` verb takes when no comma comes before
        it ('added two goals', 'to add value', 'noted elevation changes'), unless the first clause has a clear finite
        verb ('added the plan would cost more'), and always after a preposition ('along with adding two routes')."""
        indefinite = _INDEFINITE_START.match(self.masked, start, end) is not None
        if cue.lemma in OBJECT_LEMMAS and cue.text.endswith("ing") and _PREPOSITION_BEFORE.search(self.masked, max(sent_start, cue.start - 12), cue.start):
            return True
        thing = cue.lemma in OBJECT_LEMMAS and not _COMMA_BEFORE.search(self.masked, max(sent_start, cue.start - 80), cue.start)
        if not (indefinite or thing):
            return False
        clause = _matched(_FIRST_CLAUSE.match(self.masked, start, end))
        return not any(  # a possessive ('the index's scale') is no verb; 'it's closing' is one
            found.group() not in ("’s", "'s") or _PRONOUN_BEFORE_S.search(self.masked, max(start, found.start() - 6), found.start())
            for found in _CLEAR_FINITE_VERB.finditer(self.masked, start, clause.end())
        )

    # ---- quotations ------------------------------------------------------
    def run(self) -> list[dict[str, object]]:
        """All quotes of the text as `quotes` table rows, in text order."""
        cue_starts = _cue_starts(self.masked, self.settings)
        self._links = self._link_regions()
        for s, e in self.sentences:
            if bisect.bisect_left(cue_starts, s) < bisect.bisect_left(cue_starts, e) and not self._in_link(s):  # no cue can begin elsewhere
                self.attributions.extend(self.sentence_attributions(s, e))
        self._cue_starts = [a.cue.start for a in self.attributions]
        records: list[dict[str, object]] = []
        quoted = self._quotations()
        records.extend(quoted)
        records.extend(self._indirect(quoted))
        records.extend(self._signed_paragraphs())
        records.extend(self._repeated_paragraphs(quoted))
        _same_affiliation(records)
        records.sort(key=lambda r: (r["start"], r["end"]))
        for n, record in enumerate(records, 1):
            record["quote_id"] = f"{self.article_id}-q{n}"
        return records

    def _line(self, position: int) -> tuple[int, int]:
        """Start and end of the line (paragraph) that holds `position`."""
        end = self.text.find("\n", position)
        return self.text.rfind("\n", 0, position) + 1, end if end >= 0 else len(self.text)

    def _link_regions(self) -> list[tuple[int, int]]:
        """Where no quote is taken: a paragraph that links to another story ('READ MORE: …', or the paragraph after
        a 'Read more:' line), and a photo or video caption up to its credit or length ('… (Jane Doe/CBC).', '… 1:56')."""
        regions = [self._line(found.start()) for found in _LINK_PARAGRAPH.finditer(self.text)]
        for caption_end in (_PHOTO_CREDIT_END, _CLIP_LENGTH_END):
            regions += [(self._line(found.start())[0], found.start()) for found in caption_end.finditer(self.text)]
        for label in _LINK_LABEL_LINE.finditer(self.text):
            following = len(self.text) - len(self.text[label.end() :].lstrip())
            if following < len(self.text):
                regions.append(self._line(following))
        return regions

    def _in_link(self, position: int) -> bool:
        """True when `position` lies in a link paragraph or a photo caption (`_link_regions`)."""
        return any(start <= position <= end for start, end in self._links)

    def _is_heading(self, span: QuoteSpan) -> bool:
        """True for a quotation in single marks that makes a paragraph of its own, a subheading (`_SINGLE_QUOTED_HEADING`)."""
        if span.open_mark < 0 or self.text[span.open_mark] not in "‘'":
            return False
        line_start, line_end = self._line(span.open_mark)
        return _SINGLE_QUOTED_HEADING.fullmatch(self.text, line_start, line_end) is not None and not self._attributions_between(line_start, line_end)

    def _attributions_between(self, start: int, end: int) -> list[Attribution]:
        """Attributions whose cue lies in [start, end)."""
        return self.attributions[bisect.bisect_left(self._cue_starts, start) : bisect.bisect_left(self._cue_starts, end)]

    def _quote_spans(self) -> list[QuoteSpan]:
        """Paired quotations plus quotations recovered from orphan closing marks after a cue and comma/colon."""
        spans = list(self.spans)
        pattern, _ = speech_cues(self.settings)
        for orphan in self.orphans:
            para_start = self.text.rfind("\n", 0, orphan) + 1
            previous_marks = [s.close_mark for s in self.spans if para_start <= s.close_mark < orphan]
            window_start = max([para_start, *[m + 1 for m in previous_marks]])
            window = self.masked[window_start:orphan]
            intro = None
            for cue in pattern.finditer(window):
                tail = re.match(r"[^,:;.!?“”\"]{0,60}[,:]\s*", window[cue.end():])
                if tail:
                    intro = cue.end() + tail.end()
            if intro is None:
                continue
            start, end = _strip_span(self.text, window_start + intro, orphan)
            if _has_words(self.text, MIN_INDIRECT_WORDS, start, end):
                spans.append(QuoteSpan(start, end, -1, orphan))
        return sorted(spans, key=lambda s: s.start)

    def _kind(self, span: QuoteSpan) -> str:
        """'partial' for a phrase embedded in running text, else 'direct'."""
        if span.open_mark < 0:
            return "direct"
        before = self.text[max(0, span.open_mark - 80) : span.open_mark].rstrip(" \t")
        prev = before[-1:] if before else "\n"
        if prev in "\n:,.!?([—–“”\"‘’'":
            return "direct"
        _, forms = speech_cues(self.settings)
        last_word = _last_word(before)
        cue_before = forms.get(_cue_key(last_word)) if last_word else None
        if cue_before and (self.text[span.start : span.start + 1].isupper() or cue_before[1] == "clause"):
            return "direct"
        return "partial"

    def _speaker_for_span(self, span: QuoteSpan) -> Attribution | None:
        """The attribution of a quotation: right after it ('…," she said'), else before it, else later in its sentence."""
        open_at = span.open_mark if span.open_mark >= 0 else span.start
        sent_start = self.sentences[self.sentence_of(open_at)][0] if self.sentences else 0
        sent_end = self.sentences[self.sentence_of(span.close_mark)][1] if self.sentences else len(self.text)
        if self.text[span.close_mark - 1 : span.close_mark] in ("?", "!") and sent_end <= span.close_mark + 1 < len(self.text):
            sent_end = self.sentences[self.sentence_of(span.close_mark + 2)][1]  # '…harder?" Mia Roe, a strategist, said.'
        after = [  # '…," according to X' attributes the quotation; a source further on only relays
            a for a in self._attributions_between(span.close_mark, sent_end + 1)
            if a.cue.use != "source" or not _has_words(self.text, 1, span.close_mark + 1, a.cue.start)
        ]
        before = self._attributions_between(sent_start, open_at)
        speaking = [a for a in before if a.cue.use != "source" and a.phrase and a.speaker.name and not self._in_relative_clause(a, sent_start)]
        if after and after[0].cue.use == "source" and speaking:
            return speaking[-1]  # 'X said rates could “hurt growth,” according to Wire TV': the outlet relays X
        holding = [a for a in before if a.content_start <= open_at and span.close_mark < a.content_end and a.cue.use != "source"]
        if after and after[0].inverted and after[0].content_start < 0 and holding:
            return holding[-1]  # 'X said, adding it was “unacceptable,” the agency reported': X's words the agency relays
        if after:
            gap = self.text[span.close_mark + 1 : after[0].cue.start]
            ending = self.text[max(span.close_mark - 1, 0) : span.close_mark + 2]
            closes_with_attribution = _ATTRIBUTION_PUNCTUATION.search(ending) is not None
            subject_between = bool(after[0].phrase) and after[0].subject_start >= span.close_mark
            said_right_after = not _has_words(gap, 1)
            subordinate = _SUBORDINATE_GAP.match(gap) is not None  # 'urged X to show "restraint", after Lima said …'
            if closes_with_attribution and (subject_between or said_right_after) and not _has_words(gap, MAX_SUBJECT_WORDS + 1) and not subordinate:
                return after[0]
        if before:
            return before[-1]
        return after[0] if after else None

    def _quotations(self) -> list[dict[str, object]]:
        """Direct and partial quotations with speakers."""
        records: list[dict[str, object]] = []
        spans = self._quote_spans()
        pending: list[tuple[dict[str, object], QuoteSpan]] = []
        for span in spans:
            kind = self._kind(span)
            attribution = self._speaker_for_span(span)
            lead = self.text[max(0, span.open_mark - 5) : max(span.open_mark, 0)].rstrip(" \t")
            sentence_initial = span.open_mark >= 0 and (not lead or lead[-1] in "\n.!?”\"")
            long_enough = _has_words(self.text, MIN_INDIRECT_WORDS, span.start, span.end)
            # not a list of quoted terms after a colon ('two entries made it: "A" and "B"')
            listed = _QUOTED_LIST_NEXT.match(self.text, span.close_mark + 1) is not None if span.close_mark >= 0 else False
            introduced = attribution is None and lead.endswith(":") and long_enough and not listed
            coined = self._coined_by(span) if attribution is None and kind == "partial" else None
            if attribution is None and not introduced and not coined and not (kind == "direct" and sentence_initial and long_enough):
                continue
            if kind == "partial" and _NAME_LIKE.match(self.text[span.start : span.end].strip(" ,.")):
                continue
            if kind == "partial" and span.open_mark > 0 and _GLOSS_BEFORE.search(self.text, max(0, span.open_mark - 40), span.open_mark):
                continue  # "a group called X, literally meaning the 'southern front'": a translation, not words spoken
            if attribution is not None and not self._speaks(attribution):
                continue  # 'the word "couth", which does not describe candy': a phrase mentioned, not quoted speech
            if self._in_link(span.open_mark if span.open_mark >= 0 else span.start) or self._is_heading(span):
                continue
            speaker, cue = (attribution.speaker, attribution.cue.text) if attribution else (UNKNOWN, "")
            if introduced:
                speaker, cue = self._colon_introduction(span.open_mark)
            if coined is not None:
                speaker, cue = coined, "possessive"
            record = self._record(kind, span.start, span.end, speaker, cue, 0.1 if introduced else 0.0)
            record["text"] = self._clean_text(span)
            if attribution is None and not speaker.name:
                pending.append((record, span))
            records.append(record)
        starts = [_offset(r, "start") for r in records]
        for record, span in pending:
            self._inherit(record, span, records, starts)
        return records

    def _coined_by(self, span: QuoteSpan) -> Speaker | None:
        """The person whose phrase a partial quotation right after their possessive name is ('Roe’s “growing
        pains”'); None when no person's name in the possessive comes just before it."""
        possessor = _POSSESSOR_BEFORE.search(self.text, max(0, span.open_mark - 60), span.open_mark) if span.open_mark > 0 else None
        if possessor is None:
            return None
        speaker = self.discourse.resolve(possessor.group("name"), possessor.start("name"), self.sentences[self.sentence_of(span.open_mark)][0])
        return speaker if speaker.type == "person" else None

    def _colon_introduction(self, open_mark: int) -> tuple[Speaker, str]:
        """Speaker and cue word of a quotation introduced by a colon without a known cue ('The statement read:')."""
        sent_start = self.sentences[self.sentence_of(open_mark)][0]
        intro = self.text[sent_start:open_mark].rstrip(" \t:")
        words = list(_WORD.finditer(intro))
        if not words:
            return UNKNOWN, ""
        subject = intro[: words[-1].start()]
        speaker = self.discourse.resolve(subject, sent_start, sent_start) if len(words) <= MAX_SUBJECT_WORDS else UNKNOWN
        if not speaker.name:
            speaker = self.discourse.first_in(sent_start, open_mark, sent_start)
        return speaker, words[-1].group(0)

    def _clean_text(self, span: QuoteSpan) -> str:
        """Quotation text without its marks (paragraph-opening marks of multi-paragraph quotes removed)."""
        pieces, cursor = [], span.start
        for mark in span.inner_marks:
            pieces.append(self.text[cursor:mark])
            cursor = mark + 1
        pieces.append(self.text[cursor : span.end])
        return "".join(pieces)

    def _inherit(self, record: dict[str, object], span: QuoteSpan, records: list[dict[str, object]], starts: list[int]) -> None:
        """Unattributed quotation: speaker of a near-identical attributed quote, else of the preceding one nearby,
        else of a recent quote whose speaker the previous paragraph names ('Still, Laurin lost 40 per cent.')."""
        words = set(_WORD.findall(str(record["text"]).lower()))
        for other in records:
            other_words = set(_WORD.findall(str(other["text"]).lower()))
            if other is record or not other["speaker"] or not words or not other_words:
                continue
            if len(words & other_words) >= 0.6 * min(len(words), len(other_words)) and min(len(words), len(other_words)) >= 4:
                self._copy_speaker(record, other, "same words as another quote", 0.6)
                return
        para_start = self.text.rfind("\n", 0, span.open_mark) + 1
        previous_para_start = self.text.rfind("\n", 0, max(para_start - 1, 0)) + 1
        while previous_para_start > 0 and not self.text[previous_para_start:para_start].strip():
            previous_para_start = self.text.rfind("\n", 0, previous_para_start - 1) + 1
        before = bisect.bisect_left(starts, span.start)
        recent = records[max(0, before - INHERIT_LOOKBACK) : before][::-1]  # latest first
        earlier = [(_offset(r, "start"), r) for r in recent if _offset(r, "end") >= previous_para_start and r["speaker"]]
        # a paragraph of reported speech ('Roe said the frost hurts the crops.') introduces the next quotation too
        reported = [
            (a.cue.start, self._record("direct", 0, 0, a.speaker, a.cue.text, 0.0))
            for a in self._attributions_between(previous_para_start, span.start) if a.speaker.name and a.content_start >= 0
        ]
        named_words = set(_WORD.findall(self.text[previous_para_start:para_start]))
        named = [r for r in recent if r["speaker_type"] == "person" and str(r["speaker"]).split()[-1:] and str(r["speaker"]).split()[-1] in named_words]
        if earlier or reported:
            self._copy_speaker(record, max([*earlier, *reported], key=lambda c: c[0])[1], "continues previous quote", 0.6)
        elif named:
            self._copy_speaker(record, named[0], "continues a speaker named in the previous paragraph", 0.5)
        else:
            record["confidence"] = 0.3

    @staticmethod
    def _copy_speaker(record: dict[str, object], other: dict[str, object], cue: str, confidence: float) -> None:
        """Give record the speaker of other."""
        for column in ("speaker", "speaker_mention", "speaker_type", "affiliation"):
            record[column] = other[column]
        record["cue"] = cue
        record["confidence"] = confidence

    def _record(self, kind: str, start: int, end: int, speaker: Speaker, cue: str, penalty: float) -> dict[str, object]:
        """One row of the quotes table, its keys in QUOTE_COLUMNS order (quote_id assigned later)."""
        return {
            "quote_id": "",
            "article_id": self.article_id,
            "kind": kind,
            "text": self.text[start:end],
            "start": start,
            "end": end,
            "speaker": speaker.name,
            "speaker_mention": speaker.mention,
            "speaker_type": speaker.type if (speaker.name or speaker.type != "unknown") else "unknown",
            "affiliation": speaker.affiliation,
            "cue": _WHITESPACE.sub(" ", cue),
            "sentence_index": self.sentence_of(start),
            "confidence": round(max(0.1, (speaker.confidence if speaker.name else 0.3) - penalty), 2),
        }

    def _signed_paragraphs(self) -> list[dict[str, object]]:
        """Pull quotes: a paragraph of unmarked speech followed by the name of the person who said it."""
        records = []
        for found in _SIGNATURE.finditer(self.masked):
            line_start = self.masked.rfind("\n", 0, found.start()) + 1
            speech = self.masked[line_start : found.start()]
            if len(speech) < MIN_SIGNED_CHARS or any(mark in speech for mark in "“”\""):
                continue
            start, end = _strip_span(self.text, line_start, found.start())
            if self.attributions and self._attributions_between(start, found.end()):
                continue  # a cue in the paragraph: an ordinary sentence, not a signed quotation
            speaker = self.discourse.resolve(found.group("name"), found.start("name"), found.start("name"))
            if speaker.type == "person" and _has_words(self.text, MIN_INDIRECT_WORDS, start, end):
                records.append(self._record("direct", start, end, speaker, "signed pull quote", 0.2))
        return records

    def _repeated_paragraphs(self, quoted: list[dict[str, object]]) -> list[dict[str, object]]:
        """Unsigned pull quotes: a paragraph of at least MIN_PULL_QUOTE_WORDS words with no quotation mark and no final
        stop whose words a quotation elsewhere in the article says; it is that quotation's speaker's."""
        records = []
        spoken = [(q, _WHITESPACE.sub(" ", str(q["text"]))) for q in quoted]
        for line in _PULL_QUOTE_LINE.finditer(self.text):
            words = _WHITESPACE.sub(" ", line.group("speech"))
            if not _has_words(words, MIN_PULL_QUOTE_WORDS) or self._in_link(line.start()):
                continue
            said = next((q for q, text in spoken if q["start"] != line.start("speech") and words in text), None)
            if said is not None and said["speaker"]:
                record = self._record("direct", line.start("speech"), line.end("speech"), UNKNOWN, "", 0.0)
                self._copy_speaker(record, said, "pull quote of a later quotation", 0.5)
                records.append(record)
        return records

    def _indirect(self, quoted: list[dict[str, object]]) -> list[dict[str, object]]:
        """Indirect statements whose content is not mostly a quotation already extracted."""
        spans = sorted((_offset(r, "start"), _offset(r, "end")) for r in quoted)
        starts = [s for s, _ in spans]
        records = []
        seen: set[tuple[int, int]] = set()
        for attribution in self.attributions:
            for content_start, content_end, fewest_words in attribution.content_spans():
                start, end = _strip_span(self.text, content_start, content_end)
                nearby = spans[max(bisect.bisect_left(starts, start) - 1, 0) : bisect.bisect_right(starts, end)]
                if any(s - 2 <= start < e and (_has_words(self.text, MIN_INDIRECT_WORDS, s, e) or not _has_words(self.text, MIN_INDIRECT_WORDS, e, end))
                       for s, e in nearby):
                    continue  # but a statement that opens with a quoted word or two ('saying “several” people were hurt')
                if (start, end) in seen or not _has_words(self.text, fewest_words, start, end):
                    continue
                inside = sum(max(0, min(end, e) - max(start, s)) for s, e in nearby)
                if inside >= 0.5 * (end - start):
                    continue
                seen.add((start, end))
                records.append(self._record("indirect", start, end, attribution.speaker, attribution.cue.text, 0.1))
        return records


def _role_affiliation(speaker: Speaker, phrase: str, appositive: str, settings: Settings) -> Speaker:
    """A person named beside a role of a state ("Peru's ambassador to Chile, Ana Ruiz, said") belongs to that state,
    when nothing else gave them an affiliation."""
    if speaker.type != "person" or speaker.affiliation or not appositive:
        return speaker
    role = phrase if speaker.name not in phrase else appositive
    if not any(word in title_words(settings) for word in _WORD.findall(role.lower())):
        return speaker
    return replace(speaker, affiliation=country_in(role, settings))


def _same_affiliation(records: list[dict[str, object]]) -> None:
    """Give every row of one canonical speaker the affiliation its other rows state ('Foreign Office spokesperson
    X' then 'X said', 'she added'): the one most rows give, rows with an affiliation of their own left as they are."""
    stated: dict[str, Counter[str]] = {}
    for record in records:
        if record["speaker"] and record["affiliation"]:
            stated.setdefault(str(record["speaker"]), Counter())[str(record["affiliation"])] += 1
    for record in records:
        counts = stated.get(str(record["speaker"]))
        if counts and not record["affiliation"]:
            record["affiliation"] = counts.most_common(1)[0][0]


def extract_quotes(text: str, article_id: str = "", settings: Settings = DEFAULT_SETTINGS) -> list[dict[str, object]]:
    """Every direct, partial and indirect quote of `text` as rows of the `quotes` table (SPEC §5).

    Offsets index into `text`; `text` of a row is the quote without its marks (for a multi-paragraph
    quotation the paragraph-opening marks inside it are removed too). Never raises on odd input.
    """
    if not text or not text.strip():
        return []
    return ArticleQuotes(ArticleContext.of_text(text, settings, article_id)).run()


def article_tables(context: ArticleContext, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Pipeline hook: the `quotes` table for one article."""
    return {"quotes": ArticleQuotes(context).run() if context.text.strip() else []}
