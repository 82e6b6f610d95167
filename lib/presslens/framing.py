"""Framing from transparent cue lexicons: generic news frames, war/peace-journalism indicators and label choices.

- Five generic frames (Semetko & Valkenburg 2000): each codebook question (item) is answered yes
  when one of its cues (`resources/frame_cues.csv`) occurs in the article; the frame score is the
  mean of its items (S&V's usual scoring). A frame counts as present when at least half of its
  items are answered yes (`FRAME_PRESENT_MIN`).
- War/peace-journalism indicators (Galtung; Lee & Maslog 2005; `resources/war_peace_cues.csv`):
  score 1 when a cue occurs, else 0. `war:elite_sources` is 1 only when official voices appear and
  no people-oriented source does. `war_journalism` / `peace_journalism` are the shares of their
  indicators present.
- Label choices (`resources/label_terms.csv`): how often each term for a concept is used. Terms
  with scope `descriptor` ("terrorist group") count only in sentences that also name the concept.
Evidence lists the matched text, so every score can be checked against the article.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from presslens.article import Article
from presslens.paths import RESOURCES_DIR
from presslens.text import sentence_spans

FRAME_CUES_FILE = RESOURCES_DIR / "frame_cues.csv"
WAR_PEACE_CUES_FILE = RESOURCES_DIR / "war_peace_cues.csv"
LABEL_TERMS_FILE = RESOURCES_DIR / "label_terms.csv"
FRAMES = ("conflict", "human_interest", "responsibility", "morality", "economic")
FRAME_PRESENT_MIN = 0.5
ELITE = "war:elite_sources"
PEOPLE = "peace:people_sources"
WAR_SUMMARY = "war_journalism"
PEACE_SUMMARY = "peace_journalism"
MAX_EVIDENCE = 6
FRAME_COLUMNS = ("article_id", "frame", "score", "evidence")
LABEL_COLUMNS = ("article_id", "outlet", "concept", "term", "count")


@dataclass(frozen=True)
class Term:
    """One way of naming a concept."""

    concept: str
    term: str
    scope: str  # name | descriptor | word
    pattern: re.Pattern[str]


def cue_regex(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex for a list of cue patterns, matching whole words only."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)", re.IGNORECASE)


def _read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a resource CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def frame_items() -> dict[str, dict[str, re.Pattern[str]]]:
    """frame -> item -> compiled cue regex, from `frame_cues.csv` (one row per item)."""
    patterns: dict[str, dict[str, list[str]]] = {}
    for row in _read_rows(FRAME_CUES_FILE):
        patterns.setdefault(row["frame"], {}).setdefault(row["item"], []).append(row["pattern"])
    return {frame: {item: cue_regex(p) for item, p in items.items()} for frame, items in patterns.items()}


@lru_cache(maxsize=1)
def indicator_cues() -> dict[str, re.Pattern[str]]:
    """indicator -> compiled cue regex, from `war_peace_cues.csv`."""
    patterns: dict[str, list[str]] = {}
    for row in _read_rows(WAR_PEACE_CUES_FILE):
        patterns.setdefault(row["indicator"], []).append(row["pattern"])
    return {indicator: cue_regex(p) for indicator, p in patterns.items()}


@lru_cache(maxsize=1)
def label_terms() -> tuple[Term, ...]:
    """The concepts and their terms, from `label_terms.csv`."""
    return tuple(
        Term(row["concept"], row["term"], row["scope"], cue_regex([row["pattern"]])) for row in _read_rows(LABEL_TERMS_FILE)
    )


def matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """Distinct matched strings (lower-cased, in order of first occurrence)."""
    seen: dict[str, None] = {}
    for match in pattern.finditer(text):
        seen.setdefault(re.sub(r"\s+", " ", match.group(0).lower()), None)
    return list(seen)


def frame_rows(article: Article) -> list[dict[str, object]]:
    """Rows of the `frames` table: the five generic frames, the war/peace indicators and their summaries."""
    text = article.text
    rows: list[dict[str, object]] = []
    for frame in FRAMES:
        items = frame_items()[frame]
        found = {item: matches(pattern, text) for item, pattern in items.items()}
        present = [item for item, cues in found.items() if cues]
        evidence = "; ".join(f"{item}: {', '.join(found[item][:MAX_EVIDENCE])}" for item in present)
        rows.append({"article_id": article.article_id, "frame": frame, "score": round(len(present) / len(items), 4), "evidence": evidence})
    found = {indicator: matches(pattern, text) for indicator, pattern in indicator_cues().items()}
    if found.get(PEOPLE):
        found[ELITE] = []
    scores = {indicator: 1.0 if cues else 0.0 for indicator, cues in found.items()}
    for indicator, cues in found.items():
        rows.append({"article_id": article.article_id, "frame": indicator, "score": scores[indicator], "evidence": "; ".join(cues[:MAX_EVIDENCE])})
    for summary, prefix in ((WAR_SUMMARY, "war:"), (PEACE_SUMMARY, "peace:")):
        group = [name for name in scores if name.startswith(prefix)]
        present = [name for name in group if scores[name]]
        score = round(len(present) / len(group), 4) if group else 0.0
        rows.append({"article_id": article.article_id, "frame": summary, "score": score, "evidence": "; ".join(present)})
    return rows


def label_counts(text: str) -> dict[tuple[str, str], int]:
    """(concept, term) -> number of uses in `text`; descriptor terms count only in sentences naming the concept."""
    counts: dict[tuple[str, str], int] = {}
    terms = label_terms()
    names: dict[str, list[Term]] = {}
    for term in terms:
        if term.scope == "name":
            names.setdefault(term.concept, []).append(term)
    descriptors = [term for term in terms if term.scope == "descriptor"]
    for term in terms:
        if term.scope != "descriptor":
            n = sum(1 for _ in term.pattern.finditer(text))
            if n:
                counts[(term.concept, term.term)] = n
    if descriptors:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            for term in descriptors:
                if any(name.pattern.search(sentence) for name in names.get(term.concept, [])):
                    n = sum(1 for _ in term.pattern.finditer(sentence))
                    if n:
                        counts[(term.concept, term.term)] = counts.get((term.concept, term.term), 0) + n
    return counts


def label_rows(article: Article) -> list[dict[str, object]]:
    """Rows of the `labels` table for one article (terms used at least once)."""
    return [
        {"article_id": article.article_id, "outlet": article.outlet, "concept": concept, "term": term, "count": count}
        for (concept, term), count in label_counts(article.text).items()
    ]


def article_tables(article: Article, done: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Pipeline entry: the `frames` and `labels` tables for one article."""
    return {"frames": frame_rows(article), "labels": label_rows(article)}
