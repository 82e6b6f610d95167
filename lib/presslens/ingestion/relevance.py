"""Relevance of a story to a crisis, scored from a crisis profile (a JSON data file).

relevance = (share of the profile's core actors the story names) × (crisis-term density,
capped at 1). Both parts are needed: a story about Pakistan alone, or about strikes elsewhere,
scores low. A corpus folder may carry its own `crisis.json` to analyse another crisis (see `presslens.settings`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from presslens.actors import ActorDictionary, Mention
from presslens.literal_scan import lowered
from presslens.settings import CRISIS_FILE, DEFAULT_SETTINGS, Settings


@dataclass(frozen=True)
class CrisisProfile:
    """What makes a story part of a crisis."""

    name: str
    core_actors: tuple[str, ...]
    terms: dict[str, float]
    target_density: float  # weighted term hits per 100 words that count as fully on-topic
    threshold: float
    window_start: date | None
    window_end: date | None
    reference_year: int | None

    def window_bounds(self) -> tuple[str, str]:
        """The crisis window as (start, end) YYYY-MM-DD strings, "" where open."""
        return (self.window_start.isoformat() if self.window_start else "", self.window_end.isoformat() if self.window_end else "")

    @property
    def term_pattern(self) -> re.Pattern[str]:
        """A case-insensitive alternation of the crisis terms."""
        return _compile_terms(tuple(sorted(self.terms, key=len, reverse=True)), re.IGNORECASE)

    @cached_property
    def lower_case_term_pattern(self) -> re.Pattern[str] | None:
        """The case-sensitive twin of `term_pattern` for lower-cased texts; None unless every term is ASCII."""
        terms = tuple(sorted(self.terms, key=len, reverse=True))
        return _compile_terms(tuple(t.lower() for t in terms), re.NOFLAG) if all(map(str.isascii, terms)) else None

    def find_terms(self, text: str) -> list[str]:
        """The crisis terms in `text`, lower-cased, as `term_pattern.findall` finds them.

        With ASCII terms and a text that lower-cases exactly (`literal_scan.lowered`), the lower-cased text is
        scanned case-sensitively (`lower_case_term_pattern`), which gives the same matches faster."""
        twin = self.lower_case_term_pattern
        lower = lowered(text) if twin is not None else None
        if twin is not None and lower is not None:
            return twin.findall(lower)
        return [term.lower() for term in self.term_pattern.findall(text)]


@lru_cache(maxsize=16)
def _compile_terms(terms: tuple[str, ...], flags: re.RegexFlag) -> re.Pattern[str]:
    """Compile crisis terms once per profile and flags."""
    alternation = "|".join(re.escape(t) for t in terms)
    return re.compile(_leading_characters(terms) + r"(?<![\w-])(?:" + alternation + r")(?![\w-])", flags)


def _leading_characters(terms: tuple[str, ...]) -> str:
    """A lookahead on the first two characters of the terms (fewer if a term is shorter): it lets the
    engine pass over most positions without trying the alternation, and changes no match."""
    depth = min([2, *map(len, terms)]) if terms else 0
    classes = ("[" + re.escape("".join(sorted({t[i] for t in terms}))) + "]" for i in range(depth))
    return "(?=" + "".join(classes) + ")" if depth else ""


def crisis_profile(settings: Settings = DEFAULT_SETTINGS) -> CrisisProfile:
    """The crisis profile of a corpus: its folder's crisis.json, else the bundled profile."""
    return parse_crisis(settings.read_text(CRISIS_FILE), settings.where(CRISIS_FILE))


@lru_cache(maxsize=8)
def parse_crisis(text: str, source: str) -> CrisisProfile:
    """Read a crisis profile from its JSON text, naming the file (`source`) and key in any error."""
    try:
        data = json.loads(text)
        window = data.get("window", {})
        return CrisisProfile(
            name=data["name"],
            core_actors=tuple(data["core_actors"]),
            terms={k.lower(): float(v) for k, v in data["terms"].items()},
            target_density=float(data.get("target_density", 2.0)),
            threshold=float(data.get("threshold", 0.3)),
            window_start=date.fromisoformat(window["start"]) if window.get("start") else None,
            window_end=date.fromisoformat(window["end"]) if window.get("end") else None,
            reference_year=data.get("reference_year"),
        )
    except KeyError as error:
        raise ValueError(f"{source}: crisis profile lacks key {error}") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"{source}: crisis profile is not valid JSON ({error.msg}, line {error.lineno})") from None


def score_relevance(text: str, title: str, profile: CrisisProfile, actors: ActorDictionary,
                    text_mentions: Sequence[Mention] | None = None) -> float:
    """The relevance score (0–1) of a story's title and text to the crisis (`text_mentions`: the text's mentions by
    `actors`, when the caller has them)."""
    full = f"{title}\n{text}"
    hits = sum(profile.terms.get(term, 0.0) for term in profile.find_terms(full))
    density = hits / max(len(full.split()), 1) * 100
    scale = min(1.0, density / profile.target_density)
    if not scale:
        return scale  # no crisis term: the score is this zero whatever actors are named (coverage * scale)
    mentions = [*actors.find_mentions(title), *(actors.find_mentions(text) if text_mentions is None else text_mentions)]
    named = {m.actor.name for m in mentions} | {m.actor.affiliation for m in mentions}
    coverage = sum(1 for a in profile.core_actors if a in named) / max(len(profile.core_actors), 1)
    return coverage * scale
