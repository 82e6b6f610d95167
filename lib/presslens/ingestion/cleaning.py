"""Boilerplate removal and story splitting for raw pasted web text.

Rules are about the *shape* of a line (a share button, a view counter, a photo credit, a
newsletter prompt), never about one site's exact wording, so they carry to the next corpus.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

_BOILERPLATE_LINE = re.compile(
    r"""^(?:
        short\s?url | follow(?:\s+us)? | share(?:\s+this)? | tweet | email | print | comments? | advertisement
      | (?:last\s+)?updated?\b.* | published\b.* | posted\b.* | (?:last\s+)?modified\b.*
      | (?:first|last)\s+(?:amendment|modification|change)\b.*
      | \d+\s*(?:min(?:ute)?s?|sec(?:ond)?s?|hours?|days?)(?:\s+(?:read|ago))?
      | none | null
      | \d[\d,.]*\s*[km]?\s*(?:views?|shares?|comments?|reads?)?
      | source\s+link | leave\s+a\s+reply | your\s+email\s+address\s+will\s+not\s+be\s+published.*
      | back\s+to\s+top(?:\s+button)? | \(?tags?\s*to\s*translate\)?.* | tags?:.* | topics?:.*
      | discover\s+more\s+from\b.* | subscribe\b.* | sign\s+up\b.* | click\s+here\b.*
      | (?:read\s+more|also\s+read|related(?:\s+(?:stories|articles|news))?|more\s+from)\b.*
      | (?:photo|image|picture|file\s+photo|video)(?:\s+credits?)?\s*:.*
      | (?:copyright\s*)?©\s*\d{4}.* | all\s+rights\s+reserved.*
      | source\s*:.* | (?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b.* | our\s+standards\b.*
      | listen\s+to\s+(?:this\s+)?(?:article|story)\b.* | comments?\s*\(\d+\)
      | no\s*script | please\s+wait\b.* | loading\s*(?:\.\.\.|…)? | (?:please\s+)?enable\s+javascript\b.* | javascript\s+is\s+(?:disabled|required)\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A logo's alt text ("Dawn logo") is boilerplate too. This pattern is apart from _BOILERPLATE_LINE because a line
# longer than _LOGO_LINE_MAX characters cannot match it, so prose lines are not tried against it.
_LOGO_LINE = re.compile(r"^(?:[\w\s.-]{0,40}\blogo)$", re.IGNORECASE)
_LOGO_LINE_MAX = 45  # 40 characters, "logo" and a final line break
# A line naming a messaging channel or newsletter is boilerplate too. The pattern is tried only on lines whose
# lower case holds one of _PROMPT_CUES (parts of its words without 's', 'k' or 'i', the letters that
# non-ASCII characters match case-insensitively), so long prose lines are not scanned for it.
_PROMPT_LINE = re.compile(r"^.*\b(?:whats\s?app|telegram\s+channel|newsletter)\b.*$|^[\w’' .-]{1,40}\stelegram$", re.IGNORECASE)  # 'Al-Mada Telegram': a channel's link
_PROMPT_CUES = ("what", "telegram", "letter")
_CREDIT_LINE = re.compile(r"^(?i:with)\s+(?:[A-Z][\w-]+)(?:(?:,\s*|\s+and\s+)[A-Z][\w-]+)*\.?$")
_SECTION_LABEL = re.compile(r"^[A-Z0-9][A-Z0-9 /&'-]{1,40}$")
_BREADCRUMB = re.compile(r"^[\w&'’-]+(?:[ \t][\w&'’-]+){0,2}(?:[ \t]*[/>»›][ \t]*[\w&'’-]+(?:[ \t][\w&'’-]+){0,2}){2,}$")  # 'News / Politics / Asia'
# A caption shows a mark (an agency credit in brackets, a dash or slash credit at the end, "/ Photo: X" ending the
# line, "(Agency) via REUTERS" or "Army/Agency via Reuters", a © credit ending the line, "(L) ... (R)"),
# opens like "A handout photo ..." or "File photo of ...", or closes with "for representation only". Each mark pattern starts at
# the one character it needs (lookbehinds check what precedes it), so prose without those characters is
# passed over quickly. The credit's repetition is possessive: a long unclosed "(AFP word word ..." line
# would otherwise be retried in exponentially many ways.
_CAPTION_MARK = re.compile(
    r"""[(\[©—–/)-](?:
        (?<=[(\[])(?:AFP|Reuters|AP|EPA|Getty\s+Images|File|Xinhua|Anadolu|IRNA|WANA|dpa)(?:[/:,\s]+[\w.\s]+)*+[)\]]\s*$
      | (?<=\s[—–-])\s*[\w.\s]{0,40}(?:screengrab|screenshot|photo|AFP|Reuters|AP|APP|PPI|Online)\s*$
      | (?<=\s[—–-])\s*[\w.\s/]{0,40}@\w+\s*$
      | (?<=©)[\w\s.,'&/-]{0,60}$
      | (?<=\s/)\s*[\w .'-]*(?:news\s+agency|agency|photo|images|via\s+\w+)\s*$
      | (?<=\s/)\s*(?:photo|image|picture|file\s+photo)s?\s*:[^\n]{0,80}$
      | (?<=\()L\).*\(R\)
      | (?<=[)/])\s*[\w .'-]{0,60}?\bvia\s+(?:reuters|afp|ap|epa|getty\s+images|anadolu|xinhua)\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CAPTION_OPENING = re.compile(
    r"(?:(?:this|a|an|the)\s+(?:handout\s+)?(?:photo|picture|image|file\s+photo|video\s+grab|screen\s?grab)|file\s+(?:photo|picture|image))\b",
    re.IGNORECASE,
)
_CAPTION_CLOSING = re.compile(r"\bfor\s+representation\s+only\.?\s*$", re.IGNORECASE)
BY_PREFIX = r"^(?i:(?:written\s+)?by)(?:\s+|(?=[A-Z]{2}))"  # 'By X', 'Written by X', 'ByHT News Desk' (glued)
_BYLINE = re.compile(BY_PREFIX + r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\b", re.UNICODE)
_SEPARATOR = re.compile(r"^\s*(?:[=*_~-]\s*){3,}$|\f")
_BULLET = re.compile(r"^\s*[•●▪◦·*-]\s+")
_BULLET_MARKS = "•●▪◦·*-"
_SOCIAL_WORDS = frozenset(
    "share shares on via to facebook twitter x whatsapp linkedin telegram reddit pinterest email e-mail print save "
    "tweet copy link messenger follow us count translate".split()
)
CHANNEL_LINE = re.compile(r"^(?P<o>(?:[A-Z][\w&'-]*\s+){1,3}(?:English\s+)?(?:TV|Television))\s*$", re.MULTILINE)  # "Aaj English TV": the site's name, no headline
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')\]]$")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_STAMP = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r"|" + _MONTHS
    + r"\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}(?:\s*[-–|,@]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|PKT|IST|IRST)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?)?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|and|&|bin|ul|al|de|van|von)){1,5}$")
_LABEL_WORDS = 3  # a section label above a headline ("Middle East", "World News") has no more words
# a market ticker ("ACME 12.40 Down ▼ -0.31 (-2.44%)"): an arrow or a signed share in brackets, on a short line
_TICKER = re.compile(r"[▲▼]|\([+-]\d+(?:\.\d+)?%\)")
_TICKER_WORDS = 8
# a strip of page metadata: three or more short items between bullets or bars ("2024 • 2min • News • World")
_META_STRIP = re.compile(r"^[^•|\n]{1,30}(?:\s[•|]\s[^•|\n]{1,30}){2,}$")
# a stamp inside a short header line without a final stop ("News Desk Published March 2, 2031 Updated ... 10:05am")
_STAMP_INSIDE = re.compile(r"\b(?:published|updated|posted)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b|\d{1,2}/\d{1,2}/\d{2,4})", re.IGNORECASE)
_STAMP_LINE_WORDS = 16
# a stamp glued to the first paragraph ("Published On: January 18, 2024 - Tensions rose ..."): split at the dash
_GLUED_STAMP = re.compile(
    r"^((?:last\s+)?(?:published|updated|posted)(?:\s+on)?\s*:?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?)\s+[-–—|]\s+(?=[A-Z\"“])",
    re.IGNORECASE | re.MULTILINE,
)
_STORY_MARKER = re.compile(r"^(?:short\s?url|(?:last\s+)?updated?\b|published\b|posted\b)", re.IGNORECASE)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width spaces and joiners, word joiner, byte-order mark
_WORD = re.compile(r"\w+")
_SPACE_RUN = re.compile(r" {2,}")
# two sentences pasted without the space between them ("... since the war.Following reports, ..."): a lower-case
# word of two letters or more, its final stop (and closing quote), then a capitalised word. The match is the stop or
# quote before the missing space, so that the engine looks only at those characters.
_GLUED_SENTENCES = re.compile(r"[.!?”\"](?:(?<=[a-z]{2}[.!?])(?=“?[A-Z][a-z])|(?<=[a-z]{2}[.!?][”\"])(?=[A-Z][a-z]))")


@dataclass
class StoryLines:
    """The lines of one story in a file, classified."""

    title: str = ""
    above: list[str] = field(default_factory=list)  # lines above the headline (crawl headers, site menus)
    header: list[str] = field(default_factory=list)  # metadata-ish lines near the headline
    byline: str = ""  # a "By ..." line, or a bare name line between the headline and the body
    body: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def normalize_raw(text: str) -> str:
    """Unify newlines, spaces and invisible characters of pasted text; part sentences pasted without a space and a
    date stamp glued to the first paragraph."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char in _INVISIBLE:
        text = text.replace(char, "")
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\t", " ")
    text = _GLUED_SENTENCES.sub(r"\g<0> ", text)
    text = _GLUED_STAMP.sub("\\1\n", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _key(line: str) -> str:
    """A comparison key for a line: its words in lower case, single-spaced (bullets, quote styles and punctuation folded)."""
    return " ".join(_WORD.findall(line.lower()))


def _unbulleted(line: str) -> str:
    """The line without a leading bullet, stripped; only a line opening with a bullet mark or white space
    goes through the _BULLET pattern."""
    first = line[:1]
    if first and first not in _BULLET_MARKS and not first.isspace():
        return line.strip()
    return _BULLET.sub("", line).strip()


def is_boilerplate(line: str) -> bool:
    """True for share buttons, counters, update stamps, prompts, tag lists and similar non-story lines."""
    return _is_boilerplate_text(_unbulleted(line))


def _is_boilerplate_text(stripped: str) -> bool:
    """is_boilerplate of a line already stripped of its bullet and white space."""
    return bool(
        _BOILERPLATE_LINE.match(stripped)
        or (len(stripped) <= _LOGO_LINE_MAX and _LOGO_LINE.match(stripped))
        or (_names_prompt_cue(stripped) and _PROMPT_LINE.match(stripped))
        or _CREDIT_LINE.match(stripped)
        or _SECTION_LABEL.match(stripped)
        or _BREADCRUMB.match(stripped)
        or (_TICKER.search(stripped) is not None and len(stripped.split(None, _TICKER_WORDS)) <= _TICKER_WORDS)
        or _META_STRIP.match(stripped)
        or (_STAMP_INSIDE.search(stripped) is not None and len(stripped.split(None, _STAMP_LINE_WORDS)) <= _STAMP_LINE_WORDS
            and not _SENTENCE_END.search(stripped))
    )


def _names_prompt_cue(line: str) -> bool:
    """True when the lower-cased line holds a cue of _PROMPT_LINE (a line without one cannot match it)."""
    return any(map(line.lower().__contains__, _PROMPT_CUES))


def is_widget(line: str) -> bool:
    """True for share buttons and counters ("Share on Facebook", "Count", "0") and bare date stamps."""
    stripped = _unbulleted(line)
    return _social_words_only(stripped) or bool(_DATE_STAMP.match(stripped))


def _social_words_only(line: str) -> bool:
    """True when every word of the line is a share-button word or a number; the line is split in full only
    when its first word is one."""
    first = line.split(None, 1)[:1]
    if first and not _is_social_word(first[0]):
        return False
    return all(map(_is_social_word, line.split()))


def _is_social_word(word: str) -> bool:
    """True for a share-button word (see _SOCIAL_WORDS) or a number."""
    return word.lower().strip(":|•·") in _SOCIAL_WORDS or word.isdigit()


def is_furniture(line: str) -> bool:
    """True for page furniture that is not prose: widgets, and lines of under five words without
    sentence punctuation (tag items, section labels, "Closed", "Save")."""
    return _is_furniture_text(_unbulleted(line))


def _is_furniture_text(stripped: str) -> bool:
    """is_furniture of a line already stripped of its bullet and white space."""
    return is_widget(stripped) or (len(stripped.split(None, 4)) < 5 and not _SENTENCE_END.search(stripped))


def is_name_line(line: str) -> bool:
    """True for a line that is only a person's name or names (an unprefixed byline)."""
    stripped = line.strip()
    return bool(_NAME_LINE.match(stripped)) and len(stripped.split()) <= 7


def is_caption(line: str) -> bool:
    """True for photo captions and credits."""
    stripped = line.strip()
    closes_with_only = stripped[-5:].lower().endswith(("only", "only."))  # a cheap test before _CAPTION_CLOSING
    return bool(
        _CAPTION_MARK.search(stripped)
        or _CAPTION_OPENING.match(stripped)
        or (closes_with_only and _CAPTION_CLOSING.search(stripped))
    )


def is_byline(line: str) -> bool:
    """True for a short 'By Name ...' line."""
    stripped = _unbulleted(line)
    return bool(_BYLINE.match(stripped)) and len(stripped.split()) <= 12


def _headline_like(line: str) -> bool:
    """A line that could be a headline: short, not boilerplate, not a caption, no sentence-final period."""
    stripped = line.strip()
    return (
        not stripped.endswith((".", ":", ","))
        and 2 <= len(stripped.split()) <= 30
        and not _BULLET.match(line)
        and not is_boilerplate(stripped)
        and not is_caption(stripped)
        and not is_byline(stripped)
        and not CHANNEL_LINE.match(stripped)
    )


Result = TypeVar("Result")


class LineTests:
    """The tests of the lines of one file (caption, headline-like, word count, comparison key), each run at most
    once per distinct line; `split_stories` and `classify_story` of one file share an instance. A test's
    result depends on the line alone, and an instance serves one file only."""

    def __init__(self) -> None:
        self._caption: dict[str, bool] = {}
        self._headline_like: dict[str, bool] = {}
        self._n_words: dict[str, int] = {}
        self._keys: dict[str, str] = {}

    def caption(self, line: str) -> bool:
        """is_caption(line)."""
        return _remembered(self._caption, line, is_caption)

    def headline_like(self, line: str) -> bool:
        """_headline_like(line)."""
        return _remembered(self._headline_like, line, _headline_like)

    def n_words(self, line: str) -> int:
        """The number of white-space separated words of the line."""
        return _remembered(self._n_words, line, _word_count)

    def key(self, line: str) -> str:
        """The comparison key of the line (see _key)."""
        return _remembered(self._keys, line, _key)

    def is_prose(self, line: str) -> bool:
        """True for a paragraph of at least 20 words that is not a caption (a story's body has begun)."""
        return self.n_words(line) >= 20 and not self.caption(line)


def _remembered(results: dict[str, Result], line: str, test: Callable[[str], Result]) -> Result:
    """`test(line)`, run once per line: `results` keeps what it gave."""
    found = results.get(line)
    if found is None:
        found = results[line] = test(line)
    return found


def _word_count(line: str) -> int:
    """The number of white-space separated words of a line."""
    return len(line.split())


def _starts_story(lines: list[str], i: int, tests: LineTests) -> bool:
    """True when line i opens a new story: a headline repeated shortly after, or followed by an update/URL stamp."""
    if not tests.headline_like(lines[i]):
        return False
    following = [line for line in lines[i + 1 : i + 12] if line.strip()]
    if any(_STORY_MARKER.match(line.strip()) for line in following[:3]):
        return True
    key = tests.key(lines[i])
    words = key.split(" ")
    return any(_holds_words(line, words) and tests.key(line) == key for line in following)


def split_stories(text: str, tests: LineTests | None = None) -> list[list[str]]:
    """Split the lines of a file into stories: at separator lines and at headline blocks after a story's body."""
    lines = text.split("\n")
    tests = tests or LineTests()
    stories: list[list[str]] = [[]]
    title_key = ""
    body_seen = False
    for i, line in enumerate(lines):
        if _SEPARATOR.match(line):
            if any(ln.strip() for ln in stories[-1]):
                stories.append([])
            title_key, body_seen = "", False
            continue
        if body_seen and title_key and tests.headline_like(line) and tests.key(line) == title_key:
            body_seen = False  # the headline repeated under its summary: the byline and stamps that follow are this story's
        elif body_seen and _starts_story(lines, i, tests) and tests.key(line) != title_key:
            stories.append([])
            body_seen = False
        stories[-1].append(line)
        if not title_key and tests.headline_like(line):
            title_key = tests.key(line)
        elif not body_seen and tests.is_prose(line):
            body_seen = True
        if len(stories[-1]) == 1:
            title_key = tests.key(line) if tests.headline_like(line) else ""
    return [story for story in stories if any(ln.strip() for ln in story)]


def _headline_index(lines: list[str], tests: LineTests) -> int:
    """Index of the headline: the first headline-like line before the first prose paragraph, or -1. A line of at most
    _LABEL_WORDS capitalised words right above a longer headline-like line is a section label ("Middle East"), not the
    headline."""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if tests.headline_like(raw) and not is_widget(line):
            following = next((i for i in range(index + 1, len(lines)) if lines[i].strip()), -1)
            if (following >= 0 and tests.n_words(line) <= _LABEL_WORDS and line.istitle() and tests.headline_like(lines[following])
                    and tests.n_words(lines[following]) > tests.n_words(line)):
                continue
            return index
        if tests.is_prose(raw):
            return -1
    return -1


def classify_story(lines: list[str], tests: LineTests | None = None) -> StoryLines:
    """Find the headline, header lines, byline, body paragraphs and removed boilerplate of one story
    (`tests`: those of the story's file, see LineTests)."""
    tests = tests or LineTests()
    story = StoryLines()
    caption_flags = [bool(ln) and tests.caption(ln) for ln in lines]
    caption_keys = [(ln.strip(), tests.key(ln.strip())) for ln, caption in zip(lines, caption_flags) if caption]
    headline_at = _headline_index(lines, tests)
    started = headline_at < 0  # without a headline, the story starts at once: nothing before it is dropped
    title_key = ""
    title_words: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if index == headline_at:
            story.title, started, title_key = line, True, tests.key(line)
            title_words = title_key.split(" ")
            continue
        text = _unbulleted(line)
        long_enough = len(text) >= 30
        needs_key = (long_enough and caption_keys) or (story.title and _holds_words(text, title_words))
        text_key = tests.key(text) if needs_key else None  # None: the line's key cannot be the title's
        if story.title and text_key == title_key:
            story.removed.append(line)
        elif caption_flags[index] or (long_enough and text_key is not None and any(key.startswith(text_key) and c != line for c, key in caption_keys)):
            story.removed.append(line)
        elif not started:
            story.removed.append(line)
            story.above.append(line)
        elif is_byline(text) or (not story.body and not story.byline and is_name_line(text) and not is_boilerplate(text)):
            story.removed.append(line)
            story.header.append(text)
            story.byline = story.byline or text
        elif _is_boilerplate_text(text) or _is_furniture_text(text) or (_BULLET.match(raw) and tests.n_words(text) < 6):
            story.removed.append(line)
            story.header.append(text)
        else:
            story.body.append(text)
    return story


def _holds_words(line: str, words: list[str]) -> bool:
    """True when the lower-cased line holds each of `words` (it must, for its key to be made of them)."""
    return all(map(line.lower().__contains__, words))


def clean_body(body: list[str]) -> str:
    """Join body paragraphs into the clean text (paragraphs separated by a blank line)."""
    return "\n\n".join([_SPACE_RUN.sub(" ", p) if "  " in p else p for p in body])
