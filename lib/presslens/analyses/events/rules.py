"""The coding tables: CAMEO codes with Goldstein weights, trigger rules (one CSV row each, with their keywords),
places and generic perpetrators; and what a code says (root, weight, kind)."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from presslens.actors import Actor
from presslens.literal_scan import word_finder
from presslens.settings import DEFAULT_SETTINGS, Settings

CAMEO_FILE = "cameo.csv"
RULES_FILE = "event_rules.csv"
GENERIC_ACTORS_FILE = "generic_actors.csv"
UNIDENTIFIED_MILITANTS = Actor("Unidentified militants", "organization", "", "Militants", "", "", ())

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
MUTUAL_VIOLENCE = "exchange of strikes"
REACTION_ROOTS = frozenset({"10", "11", "14", "16"})  # a demand or reaction: the violence in its clause is what it is about
SUMMONS = "114"  # an envoy summoned with no agent named was summoned by the host state (`coder._ArticleCoder._host`)

@dataclass(frozen=True)
class EventRule:
    """One trigger rule: CAMEO code, event type, required actor1 kind, target rule and compiled pattern."""

    cameo_code: str
    event_type: str
    actor1_kind: str  # state | nonstate | any
    target: str  # any | object (skip the victim in 'condemned the attack on X') | near (counterpart within 50 chars) | none (an act of one party) | pair (a bilateral act: else the other state of the sentence or article)
    keywords: tuple[str, ...]  # word-initial stems, one of which every match of the pattern contains
    pattern: re.Pattern[str]
    priority: int  # row number: earlier rules win overlaps and duplicates (the rule's index in `load_rules`)
    lower_pattern: re.Pattern[str]  # `pattern` for lower-cased text (see `lowercase_twin`)
    root: str  # `cameo_root(cameo_code)`
    kind: str  # `event_key(cameo_code)`: what makes two of its events the same kind

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
            EventRule(row["cameo_code"], row["event_type"], row["actor1_kind"], row["target"],
                      tuple(k.strip().lower() for k in row["keywords"].split("|") if k.strip()), pattern, i, lowercase_twin(pattern),
                      cameo_root(row["cameo_code"]), event_key(row["cameo_code"]))
            for i, row in enumerate(csv.DictReader(handle))
            for pattern in [re.compile(row["pattern"], re.IGNORECASE)]
        )


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-sensitive copy of a case-insensitive pattern, for lower-cased text: its letters outside escapes are
    lower-cased ("January" -> "january", "[A-Z]" -> "[a-z]"). On text lower-cased by `literal_scan.lowered` (one
    character per character, simple case folding) it finds what the pattern finds on the text, faster."""
    source = re.sub(r"\\.|[A-Z]", lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).lower(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=8)
def trigger_keywords(settings: Settings = DEFAULT_SETTINGS) -> re.Pattern[str]:
    """Any rule's keyword stem (`keywords` column of `resources/event_rules.csv`) where it begins a word, in any case
    (a `literal_scan.word_finder`: `literal_scan.word_starts` gives the stems of a text)."""
    return word_finder({stem for rule in load_rules(settings) for stem in rule.keywords}, re.IGNORECASE)


@lru_cache(maxsize=8)
def lower_keywords(settings: Settings = DEFAULT_SETTINGS) -> re.Pattern[str]:
    """`trigger_keywords` for lower-cased text (case-sensitive: faster; used where lower-casing keeps every offset)."""
    return word_finder({stem for rule in load_rules(settings) for stem in rule.keywords})


@lru_cache(maxsize=8)
def rules_by_keyword(settings: Settings = DEFAULT_SETTINGS) -> dict[str, tuple[int, ...]]:
    """Each keyword stem (lower case) -> the rules to try where it stands, by their index in `load_rules`: those with a
    keyword that begins it (the keyword scan finds the longest stem at a place: "airstrik" there also wants the rules
    keyed by "air")."""
    rules = load_rules(settings)
    stems = {stem for rule in rules for stem in rule.keywords}
    return {stem: tuple(i for i, r in enumerate(rules) if any(stem.startswith(k) for k in r.keywords)) for stem in stems}


@lru_cache(maxsize=8)
def _generic_patterns(settings: Settings = DEFAULT_SETTINGS) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`literal_scan.word_finder`s of generic perpetrators (whole words): (armed groups, state forces), from
    `resources/generic_actors.csv`, for lower-cased text."""
    with settings.open(GENERIC_ACTORS_FILE) as handle:
        rows = list(csv.DictReader(handle))
    def pattern(kind: str) -> re.Pattern[str]:
        return word_finder([r["term"].lower() for r in rows if r["kind"] == kind], after=r"\b")
    return pattern("nonstate"), pattern("state")

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
    """What makes two events the same kind: violence roots 18-20 count as one, a talk in person or by phone (040,
    041) as one, other codes stand alone."""
    if cameo_root(code) in VIOLENT_ROOTS:
        return "18-20"
    return "040-041" if code in ("040", "041") else str(code)
