"""People and bodies named in an article's own text, for speakers outside the actor dictionary.

A name is a run of capitalised words, with particles (al-, ul-, bin, van, de ...) and initials,
after any titles or honorifics ("Minister of Crown-Indigenous Relations Carolyn Bennett" ->
"Carolyn Bennett", "Dr. Michael Jhung" -> "Michael Jhung"). Its last word decides what it names
(`resources/name_heads.csv`: "Toronto Police Service" is a body, "Yonge Street" a place); the rest
are people when they have two or more words. Each person is canonicalised to the fullest form
the article uses, and gets a gender from an honorific (Mr., Ms.) or from the first-name list
(`resources/first_names.csv`, 1990 US Census, public domain); `speakers.Discourse` learns the
gender of the others from the pronouns that resolve to them.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from presslens.settings import Settings

HEADS_FILE = "name_heads.csv"
FIRST_NAMES_FILE = "first_names.csv"
TITLES_FILE = "speaker_titles.txt"
UNNAMED_FILE = "unnamed_sources.csv"
_NAME_HONORIFICS = frozenset({"sheikh", "seyyed", "seyed", "ayatollah", "dr"})  # honorifics without a gender
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male", "lady": "female",
                    "dame": "female", "lord": "male", "madam": "female", "begum": "female"}
_PARTICLE = r"(?:al|el|ul|bin|ibn|de|da|di|du|van|von|der|den|la|le)"
ABBREVIATION = r"(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Cpl|Rev|St|Jr|Sr|Gov|Sen|Rep|Maj|Brig|Hon|Supt|Insp|Det|Const)\."
_WORD = rf"(?:{ABBREVIATION}|[A-Z][\w’'-]*)"
# A run of capitalised words on one line, particles and 'of (the)' allowed between them.
_RUN = re.compile(rf"(?<![\w’'-]){_WORD}(?:(?:[ \t]+|-)(?:(?:{_PARTICLE}|of(?:[ \t]+the)?)[ \t-]+)?{_WORD})*")
_PERSON_APPOSITIVE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<head>[a-z]+)\b")  # ', a local resident'
_GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]ers|[Hh]imself|[Hh]erself)\b")
_PRONOUN_GENDER = {"he": "male", "his": "male", "him": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_CONNECTORS = frozenset("of the al el ul bin ibn de da di du van von der den la le".split())
_TOKEN = re.compile(r"\S+")
_POSSESSIVE = re.compile(r"['’]s?$")
_DOUBLED = re.compile(r"(\w)\1+")
SPELLING_MIN_CHARS = 5  # shorter words ('Ali', 'Alli') are told apart by their doubled letter
_SENTENCE_OPENERS = frozenset(
    """the a an this that these those his her its their our my but and or so yet if when while after before as
    at in on for from with by of to since because although though however meanwhile still also then now
    here there it he she they we i you who what why how where according asked speaking no not yes every all some
    many one each both another other such later earlier today yesterday last next first finally instead again
    recently previously""".split()
)
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


@dataclass(frozen=True)
class Name:
    """A name written in the text: offsets, the words as written (titles stripped), kind and canonical form."""

    start: int
    end: int
    text: str
    kind: str  # person | organization | government | media | place
    canonical: str
    gender: str = ""


def read_word_table(name: str, settings: Settings) -> dict[str, str]:
    """A two-column resource table (`word` or `name`, then a kind or gender), '#' lines skipped, keys lower case."""
    with settings.open(name) as handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        next(rows)  # header
        return {key.strip().lower(): value.strip() for key, value in rows}


COUNTRY_KINDS = ("country", "nationality")


@lru_cache(maxsize=8)
def heads(settings: Settings) -> dict[str, str]:
    """Last words that make a name a body or a place, with the kind they give (countries and nationalities apart)."""
    return {word: kind for word, kind in read_word_table(HEADS_FILE, settings).items() if kind not in COUNTRY_KINDS}


@lru_cache(maxsize=8)
def countries(settings: Settings) -> dict[str, str]:
    """Country names and nationality adjectives of name_heads.csv (lower case) -> country | nationality."""
    return {word: kind for word, kind in read_word_table(HEADS_FILE, settings).items() if kind in COUNTRY_KINDS}


def country_in(text: str, settings: Settings) -> str:
    """The first country a name or phrase states ('Peruvian Ministry of Health' -> Peru, "Peru's navy" -> Peru): a
    country name, or the one country a nationality word starts with ('peruvian' -> 'peru'); empty when none."""
    pattern, of_nationality = _country_words(settings)
    for found in pattern.finditer(_bare_text(text)):
        word = found.group()
        country = word if countries(settings).get(word) == "country" else of_nationality.get(word, "")
        if country:
            return country.title()
    return ""


@lru_cache(maxsize=8)
def _country_words(settings: Settings) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every country name and nationality word (longest first), and nationality -> its one country."""
    known = countries(settings)
    names = [c for c, kind in known.items() if kind == "country"]
    of_nationality: dict[str, str] = {}
    for word, kind in known.items():
        stems = [c for c in names if kind == "nationality" and len(c) >= 4 and word.startswith(c)]
        if len(stems) == 1:
            of_nationality[word] = stems[0]
    alternation = "|".join(re.escape(w) for w in sorted(known, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b"), of_nationality


def _bare_text(text: str) -> str:
    """Lower-case words of `text`, possessive endings dropped."""
    return " ".join(_bare(word) for word in text.split())


@lru_cache(maxsize=8)
def first_names(settings: Settings) -> dict[str, str]:
    """First name (lower case) -> usual gender (male | female)."""
    return read_word_table(FIRST_NAMES_FILE, settings)


@lru_cache(maxsize=8)
def title_words(settings: Settings) -> frozenset[str]:
    """Lower-case title words from resources/speaker_titles.txt."""
    lines = settings.read_text(TITLES_FILE).splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=8)
def _titles(settings: Settings) -> frozenset[str]:
    """Title words and honorifics."""
    return title_words(settings) | HONORIFIC_GENDER.keys()


def _bare(token: str) -> str:
    """A token lower-cased, without a final period or possessive ('Jones’s' -> 'jones', 'Gen.' -> 'gen')."""
    token = token.rstrip(".")
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif token.endswith(("'", "’")):
        token = token[:-1]
    return token.lower()


@dataclass(frozen=True)
class _Lexicon:
    """The word lists name finding consults for every token, read once per settings."""

    heads: dict[str, str]
    titles: frozenset[str]
    first_names: dict[str, str]
    person_nouns: frozenset[str]  # title words and nouns of unnamed people ('resident', 'lawyer', 'spokesperson')
    countries: frozenset[str]  # whole country names ('canada', 'united states') and nationalities ('canadian')
    country_ends: frozenset[str]  # their last words ('states', 'canadian')
    country_names: frozenset[str]  # the country names alone ('canada', 'united states')


@lru_cache(maxsize=8)
def _lexicon(settings: Settings) -> _Lexicon:
    """Head words, title words (with honorifics) and first names of `settings`."""
    whole = frozenset(countries(settings))
    people = {word for word, kind in read_word_table(UNNAMED_FILE, settings).items() if kind in ("people", "official")}
    names = frozenset(word for word, kind in countries(settings).items() if kind == "country")
    return _Lexicon(heads(settings), _titles(settings), first_names(settings), title_words(settings) | people, whole,
                    frozenset(c.split()[-1] for c in whole), names)


# A written token with its offset and its bare form (see _bare).
_Token = tuple[int, str, str]


def _split_title(tokens: list[_Token], lexicon: _Lexicon) -> tuple[list[_Token], str]:
    """The tokens after the last title (and its 'of' complement), and the honorific gender if one is written."""
    last_title = max((i for i, (_, _, bare) in enumerate(tokens) if bare in lexicon.titles), default=-1)
    gender = next((HONORIFIC_GENDER[bare] for _, _, bare in tokens[: last_title + 1] if bare in HONORIFIC_GENDER), "")
    rest = tokens[last_title + 1 :]
    if last_title >= 0 and any(word.lower() == "of" for _, word, _ in rest):  # Minister of Crown-Indigenous Relations Carolyn Bennett
        rest = rest[-2:]
    while rest and (rest[0][2] in _SENTENCE_OPENERS or rest[0][2] in _CALENDAR or _opening_participle(rest, lexicon)
                    or (len(rest) > 2 and rest[0][2] in lexicon.person_nouns)  # 'Resident Tom Hale', 'Accountant …'
                    or (len(rest) > 2 and rest[0][2] in lexicon.country_names and rest[0][2] not in lexicon.first_names)):
        # 'its envoy to Peru Ana Lia Roe': the country ends the title's complement (not 'Chad Lee Roe', a first name;
        # a nationality stays: 'Peruvian Vice-President Ana Roe')
        rest = rest[1:]
    return rest, gender


def _opening_participle(tokens: list[_Token], lexicon: _Lexicon) -> bool:
    """True for a first word like 'Knowing', 'Citing', 'Following' before a name ('Knowing Bardos was a fan'): it ends
    in -ing, is not a known first name (Sterling, Irving) and a name follows it (a lone 'Fleming' stays a surname)."""
    bare = tokens[0][2]
    return len(tokens) >= 2 and len(bare) > 4 and bare.endswith("ing") and bare not in lexicon.first_names


def kind_of(name: str, settings: Settings) -> str:
    """What a written name names: person, organization, government, media or place (by its last word)."""
    return _kind([(0, word, _bare(word)) for word in name.split()], _lexicon(settings))


def _kind(tokens: list[_Token], lexicon: _Lexicon) -> str:
    """person, or the kind the last non-connector word gives (body, media, place)."""
    words = [bare for _, word, bare in tokens if word.lower() not in _CONNECTORS]
    heads_at = [i for i, w in enumerate(words) if w in lexicon.heads]
    titles_at = [i for i, w in enumerate(words) if w in lexicon.titles and w not in lexicon.heads]
    if titles_at and titles_at[-1] < len(words) - 1 and (not heads_at or heads_at[-1] < titles_at[-1]):
        return "person"  # a name after a title after any body word: 'Toronto Police Chief Mark Saunders'
    if titles_at and titles_at[0] == 0 and titles_at[-1] < len(words) - 1 and words[-1] not in lexicon.heads:
        return "person"  # a title opening the run, then its portfolio: 'Minister of Health Affairs Jane Roe'
    if " ".join(words) in lexicon.countries:
        return "place"
    if heads_at:
        return lexicon.heads[words[heads_at[-1]]]
    if words and words[-1] in lexicon.country_ends and words[0] not in lexicon.first_names:
        return "organization"  # 'Statistics Canada', 'Prominent Canadian' (not 'Michael Jordan')
    if any(word.rstrip(".").isupper() and len(word.rstrip(".")) > 1 for _, word, _ in tokens):  # acronyms: RCMP, CBC (not 'J.')
        return "organization"
    return "person"


def find_names(text: str, settings: Settings) -> list[Name]:
    """Names of people and bodies written in `text`, in text order, people canonicalised within the text; a one-word
    name that opens a sentence and is described as a person right after it ('Yuni, a resident of Lampung,') is a
    person's full name."""
    lexicon = _lexicon(settings)
    in_run: dict[str, list[tuple[int, int, str, str, str]]] = {}  # a run's names depend on its words only
    raw: list[tuple[int, int, str, str, str]] = []
    for match in _RUN.finditer(text):
        run, offset = match.group(0), match.start()
        names = in_run.get(run)
        if names is None:
            names = in_run[run] = _names_in_run(run, lexicon)
        raw.extend((offset + start, offset + end, written, kind, gender) for start, end, written, kind, gender in names)
    described = {
        start for start, end, written, kind, _ in raw
        if kind == "person" and " " not in written and (role := _PERSON_APPOSITIVE.match(text, end)) is not None
        and role.group("head") in lexicon.person_nouns and text[:start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?")
    }  # opening its sentence: 'At a hospital in Panjgur, a doctor said' describes nobody as Panjgur
    return _canonicalise(raw, settings, described)


def _names_in_run(run: str, lexicon: _Lexicon) -> list[tuple[int, int, str, str, str]]:
    """(start, end, words as written, kind, gender) of the names one run of capitalised words writes, offsets in the run."""
    if " " not in run and "\t" not in run:
        return _one_word_name(run, lexicon)
    names: list[tuple[int, int, str, str, str]] = []
    for segment in _segments(run, lexicon):
        name = _name_in(segment, lexicon)
        if name is not None:
            start, end, kind, gender = name
            names.append((start, end, " ".join(run[start:end].split()), kind, gender))
    return names


def _one_word_name(word: str, lexicon: _Lexicon) -> list[tuple[int, int, str, str, str]]:
    """_names_in_run for a run of one word, most runs ('The', 'Iran', 'Trudeau'): the steps of _kind, _split_title and
    _name_in for one token, without building token lists (tests/test_speakers.py checks both paths agree)."""
    bare = _bare(word)
    if bare in lexicon.countries:
        kind = "place"
    elif word.lower() not in _CONNECTORS and bare in lexicon.heads:
        kind = lexicon.heads[bare]
    elif word.isupper() and len(word) > 1:
        kind = "organization"
    else:
        kind = "person"
    if bare in _SENTENCE_OPENERS or (kind == "person" and (bare in lexicon.titles or bare in _CALENDAR)):
        return []
    if word[-2:] in ("'s", "’s"):
        end = len(word) - 2
    elif word.endswith(("'", "’")):
        end = len(word) - 1
    else:
        end = len(word.rstrip("."))
    return [(0, end, word[:end], kind, "")]


def _segments(run: str, lexicon: _Lexicon) -> list[list[_Token]]:
    """A run's tokens, split at 'of' unless a title or a body precedes it ('Minister of', 'University of')."""
    segments: list[list[_Token]] = [[]]
    for token in _TOKEN.finditer(run):
        word, current = token.group(0), segments[-1]
        if word == "of" and current and current[-1][2] not in lexicon.titles and current[-1][2] not in lexicon.heads:
            segments.append([])
        elif (current and lexicon.heads.get(current[-1][2], "place") != "place" and _starts_a_person(_bare(word), lexicon)
              and not any(bare in lexicon.titles for _, _, bare in current)):  # not 'Minister of Health Affairs Joan Roe'
            segments.append([(token.start(), word, _bare(word))])  # "X's West Asia Department Seyyed Ali Roe": a body, then a person
        elif not (word == "the" and not current):
            current.append((token.start(), word, _bare(word)))
            if word[-2:] in ("'s", "’s"):  # a possessive ends a name: "Toronto's Jane Doe"
                segments.append([])
    return [segment for segment in segments if segment]


def _starts_a_person(bare: str, lexicon: _Lexicon) -> bool:
    """True for a first name or an honorific, which opens a person's name after a body's ('Department Tomas Rivera')."""
    return bare in lexicon.first_names or bare in HONORIFIC_GENDER or bare in _NAME_HONORIFICS


def _name_in(tokens: list[_Token], lexicon: _Lexicon) -> tuple[int, int, str, str] | None:
    """(start, end, kind, gender) of the name (titles stripped) one segment of a run writes, if any."""
    kind = _kind(tokens, lexicon)
    if kind == "person":
        kept, gender = _split_title(tokens, lexicon)
        if any(word in ("of", "the") or bare in _CALENDAR for _, word, bare in kept):
            return None
    else:
        kept, gender = tokens, ""
        while kept and kept[0][2] in _SENTENCE_OPENERS:
            kept = kept[1:]
    if not kept:
        return None
    last_start, last, _ = tokens[-1]
    if last[-2:] in ("'s", "’s"):
        last = last[:-2]
    elif last.endswith(("'", "’")):
        last = last[:-1]
    else:
        last = last.rstrip(".")
    return kept[0][0], last_start + len(last), kind, gender


def _canonicalise(raw: list[tuple[int, int, str, str, str]], settings: Settings, described: set[int]) -> list[Name]:
    """People under the fullest form the text uses for them (one word counts when it has an honorific or its start is
    in `described`); gender from an honorific, else from the first name."""
    full_forms: dict[str, list[tuple[int, str]]] = {}  # last word -> (start, words as written) of full forms, text order
    for start, _, written, kind, gender in raw:
        if kind == "person" and (len(written.split()) >= 2 or gender or start in described):  # "Mr. Hawes", "Yuni, a resident"
            full_forms.setdefault(written.split()[-1], []).append((start, written))
    people = {last: _people(forms) for last, forms in full_forms.items()}
    canonicals = [_fullest(start, written, people) if kind == "person" else written for start, _, written, kind, _ in raw]
    genders: dict[str, str] = {}
    for (_, _, _, _, gender), canonical in zip(raw, canonicals):
        if canonical and gender and canonical not in genders:
            genders[canonical] = gender
    given = first_names(settings)
    for same_surname in people.values():
        for canonical in same_surname:
            if canonical not in genders:
                genders[canonical] = given.get(canonical.split()[0].lower(), "")
    businesses = _businesses_by_first_word(raw)
    names = []
    for (start, end, written, kind, _), canonical in zip(raw, canonicals):
        if kind == "person" and written in businesses and " " not in (canonical or written) and not genders.get(canonical):
            names.append(Name(start, end, written, "organization", businesses[written]))  # 'Northwind' after 'Northwind Energy'
        elif canonical or kind != "person":
            names.append(Name(start, end, written, kind, canonical, genders.get(canonical, "")))
    return names


def _businesses_by_first_word(raw: list[tuple[int, int, str, str, str]]) -> dict[str, str]:
    """First word -> full name of the businesses and outlets of two or more words the text names ('Northwind' ->
    'Northwind Energy', 'Halden' -> 'Halden Media'); a leading '<Place>-based' is not part of the name."""
    bodies: dict[str, str] = {}
    for _, _, written, kind, _ in raw:
        words = written.split()
        if words and words[0].endswith("-based"):
            words = words[1:]
        if kind in ("organization", "media") and len(words) >= 2:
            bodies.setdefault(words[0], written)
    return bodies


def _people(forms: list[tuple[int, str]]) -> dict[str, list[int]]:
    """The people behind the full forms of one surname: each longest form -> where it or a shorter form of it is written
    ('Erik Karlsson' and 'Melker Karlsson' are two people; 'Oliver Brandt' holds 'Mr. Brandt')."""
    people: dict[str, list[int]] = {}
    for at, form in forms:
        longest = max((f for _, f in forms if set(form.split()) <= set(f.split())), key=len)
        people.setdefault(longest, []).append(at)
    return people


def _fullest(start: int, written: str, people: dict[str, dict[str, list[int]]]) -> str:
    """The longest full form holding every word of `written`; when the words fit two people ('Karlsson' for Erik
    and Melker Karlsson) the one written last before `start`, else the first written after it; '' if none."""
    same_surname = people.get(written.split()[-1], {})
    if len(same_surname) == 1:
        person = next(iter(same_surname))
        return person if set(written.split()) <= set(person.split()) else ""
    words = set(written.split())
    fits = {person: ats for person, ats in same_surname.items() if words <= set(person.split())}
    if len(fits) <= 1:
        return next(iter(fits), "")
    before = [(max(a for a in ats if a < start), person) for person, ats in fits.items() if min(ats) < start]
    if before:
        return max(before)[1]
    return min((min(ats), person) for person, ats in fits.items())[1]


def _genders_from_pronouns(text: str, names: list[Name]) -> dict[str, str]:
    """Gender of people the article refers to with he/she: the first such pronoun after a person who opens a sentence,
    before any other name in it ('Ana Roe kept her seat' -> female); kept when the article's
    uses agree (three to one or better)."""
    votes: dict[str, Counter[str]] = {}
    for index, name in enumerate(names):
        if name.kind != "person" or text[max(0, name.start - 2) : name.start].strip() not in ("", ".", "!", "?"):
            continue
        sentence_end = _SENTENCE_END.search(text, name.end)
        until = min(sentence_end.start() if sentence_end else len(text), names[index + 1].start if index + 1 < len(names) else len(text))
        pronoun = _GENDERED_PRONOUN.search(text, name.end, until)
        if pronoun:
            votes.setdefault(name.canonical, Counter())[_PRONOUN_GENDER[pronoun.group(0).lower()]] += 1
    found = {}
    for person, counts in votes.items():
        (gender, n), *rest = counts.most_common() + [("", 0)]
        if n >= 3 * rest[0][1] and n > 0:
            found[person] = gender
    return found


def spelling_key(word: str) -> str:
    """A word lower-cased with each doubled letter written once ('Muddasir', 'Mudassir' -> 'mudasir'): two
    transliterations of one name often differ only there; '' for a word too short to tell."""
    word = _POSSESSIVE.sub("", word)
    return _DOUBLED.sub(r"\1", word.lower()) if len(word) >= SPELLING_MIN_CHARS else ""


def same_word(word: str, other: str) -> bool:
    """True when two words of names are one, or two spellings of one (see spelling_key)."""
    return word == other or spelling_key(word) == spelling_key(other) != ""


class NameIndex:
    """The names of one article, searchable by position and by word."""

    def __init__(self, text: str, settings: Settings):
        """Find the names of `text` (word lists from `settings`)."""
        self.names = find_names(text, settings)
        self._starts = [n.start for n in self.names]
        self.by_word: dict[str, set[str]] = {}
        for name in self.names:
            if name.kind == "person":
                for word in name.canonical.split():
                    self.by_word.setdefault(word, set()).add(name.canonical)
        self.by_spelling: dict[str, set[str]] = {}  # the same people under spelling_key of each word
        for word, people in self.by_word.items():
            if key := spelling_key(word):
                self.by_spelling.setdefault(key, set()).update(people)
        self.gender = {n.canonical: n.gender for n in self.names if n.kind == "person"}
        for person, gender in _genders_from_pronouns(text, self.names).items():
            if not self.gender.get(person):
                self.gender[person] = gender
        self.one_word = {n.canonical for n in self.names if n.kind == "person" and " " not in n.canonical}  # 'Yuni, a resident'
        # people of two or more words that the text also calls by their surname alone ('Bissonnette')
        self.surname_used = {
            n.canonical for n in self.names
            if n.kind == "person" and len(n.canonical.split()) >= 2 and n.text == n.canonical.split()[-1]
        }

    def person_named(self, word: str, position: int = -1) -> str:
        """The one person whose canonical name has this word (surname or first name), else '' (when two people
        have it and `position` is given: the person that word, written at `position` or last before it, names)."""
        word = _POSSESSIVE.sub("", word)
        found = self.by_word.get(word) or self.by_spelling.get(spelling_key(word), set())  # 'Mudassir' for 'Muddasir'
        if len(found) == 1:
            return next(iter(found))
        if not found or position < 0:
            return ""
        index = bisect.bisect_right(self._starts, position)
        while index > 0:
            index -= 1
            name = self.names[index]
            if name.kind == "person" and any(same_word(word, written) for written in name.canonical.split()):
                return name.canonical
        return ""

    def name_at(self, position: int) -> Name | None:
        """The name written from `position`, if one starts there."""
        index = bisect.bisect_left(self._starts, position)
        return self.names[index] if index < len(self.names) and self.names[index].start == position else None

    def people_back(self, position: int, since: int = 0) -> Iterator[Name]:
        """Person names written in [since, position), latest first."""
        index = bisect.bisect_left(self._starts, position)
        while index > 0 and self.names[index - 1].start >= since:
            index -= 1
            if self.names[index].kind == "person":
                yield self.names[index]

    def bodies_back(self, position: int, since: int = 0) -> Iterator[Name]:
        """Names of bodies (organization, government, media) written in [since, position), latest first."""
        index = bisect.bisect_left(self._starts, position)
        while index > 0 and self.names[index - 1].start >= since:
            index -= 1
            if self.names[index].kind in ("organization", "government", "media"):
                yield self.names[index]
