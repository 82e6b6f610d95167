"""The actor dictionary: canonical people, bodies, states and groups, with aliases and affiliation.

One data file (`resources/actors.csv`) serves quote attribution, tone toward actors and event
coding. A corpus folder may add its own `actors.csv` with the same columns; its rows are merged in
(a row with a known name replaces the built-in one), so a new crisis needs no code change.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz import fuzz, process

from presslens.paths import RESOURCES_DIR

ACTORS_FILE = RESOURCES_DIR / "actors.csv"
ACTOR_COLUMNS = ("name", "type", "affiliation", "bloc", "role", "gender", "aliases")
FUZZY_MIN_SCORE = 85.0
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class Actor:
    """One canonical actor."""

    name: str
    type: str  # person | organization | government
    affiliation: str  # country or body, e.g. "Pakistan", "UN", "Jaish al-Adl"
    bloc: str  # grouping for aggregate views: Iran, Pakistan, Militants, International, Media, ...
    role: str
    gender: str  # male | female | "" (unknown or not a person)
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """An actor named in a text, with character offsets."""

    start: int
    end: int
    text: str
    actor: Actor


def normalize_name(name: str) -> str:
    """Fold a name for comparison: accents, case, hyphens, apostrophes, possessive 's, a leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("’", "'").replace("‘", "'")
    folded = re.sub(r"'s\b", "", folded)
    folded = re.sub(r"[-‐‑–—_.']", " ", folded)
    folded = re.sub(r"\s+", " ", folded).strip().lower()
    return re.sub(r"^the ", "", folded)


def _is_acronym(alias: str) -> bool:
    """True for aliases such as 'BLA', 'IS', 'U.N.' that must match case-sensitively."""
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 5


class ActorDictionary:
    """Lookup of canonical actors by alias (exact, then fuzzy) and by mention in running text."""

    def __init__(self, actors: Iterable[Actor]):
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors[actor.name] = actor
        self._by_alias: dict[str, Actor] = {}
        for actor in self.actors.values():
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(normalize_name(alias), actor)
        self._person_keys = [k for k, a in self._by_alias.items() if a.type == "person" and len(k) >= FUZZY_MIN_LENGTH]
        self._pattern = self._compile_pattern()

    def _compile_pattern(self) -> re.Pattern[str]:
        """One alternation of every alias, longest first, acronyms case-sensitive."""
        aliases = sorted({a for actor in self.actors.values() for a in (actor.name, *actor.aliases)}, key=len, reverse=True)
        parts = []
        for alias in aliases:
            body = re.escape(alias).replace(r"\-", r"[-\s]?").replace(r"\ ", r"[\s-]+").replace("'", "['’]")
            parts.append(body if _is_acronym(alias) else f"(?i:{body})")
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")

    def get(self, name: str) -> Actor | None:
        """The actor with this canonical name, if any."""
        return self.actors.get(name)

    def lookup(self, mention: str, fuzzy: bool = True) -> Actor | None:
        """Resolve a name as written to its canonical actor; fuzzy matching applies to person names only."""
        key = normalize_name(mention)
        if not key:
            return None
        actor = self._by_alias.get(key)
        if actor is not None or not fuzzy:
            return actor
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        best = process.extractOne(key, self._person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best is not None:
            return self._by_alias[best[0]]
        last = key.split(" ")[-1]
        if last != key and len(last) >= FUZZY_MIN_LENGTH:
            best = process.extractOne(last, self._person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
            if best is not None:
                return self._by_alias[best[0]]
        return None

    def find_mentions(self, text: str) -> list[Mention]:
        """Every alias occurrence in `text`, non-overlapping, longest alias first at each position."""
        mentions = []
        for match in self._pattern.finditer(text):
            actor = self._by_alias.get(normalize_name(match.group(0)))
            if actor is not None:
                mentions.append(Mention(match.start(), match.end(), match.group(0), actor))
        return mentions


def read_actor_rows(path: Path) -> list[Actor]:
    """Read an actors CSV (columns ACTOR_COLUMNS; aliases separated by '|'), with a clear error on bad columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ACTOR_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: actor file lacks column(s) {', '.join(missing)}")
        return [
            Actor(
                name=row["name"].strip(),
                type=row["type"].strip() or "unknown",
                affiliation=row["affiliation"].strip(),
                bloc=row["bloc"].strip(),
                role=row["role"].strip(),
                gender=row["gender"].strip(),
                aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
            )
            for row in reader
            if row["name"].strip()
        ]


@lru_cache(maxsize=8)
def load_actors(extra: Path | None = None) -> ActorDictionary:
    """The built-in actor dictionary, merged with an optional extra file (e.g. a corpus's actors.csv)."""
    actors = read_actor_rows(ACTORS_FILE)
    if extra is not None and Path(extra).is_file():
        actors += read_actor_rows(Path(extra))
    return ActorDictionary(actors)
