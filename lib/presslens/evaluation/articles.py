"""Scoring story metadata (outlet, date, headline, relevance) against tests/gold/articles.csv."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from presslens.ingestion.cleaning import normalize_raw
from presslens.paths import GOLD_DIR

FIELDS = ("outlet", "published", "title", "is_relevant", "byline")


def read_gold(path: Path = GOLD_DIR / "articles.csv") -> pd.DataFrame:
    """Hand-checked story metadata (by default that of the seeds)."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    return gold.assign(story_index=gold["story_index"].astype(int), is_relevant=gold["is_relevant"] == "True")


def gold_fields(gold: pd.DataFrame) -> list[str]:
    """The metadata fields a gold file records."""
    return [f for f in FIELDS if f in gold.columns]


def compare_articles(articles: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold story: gold and found values and whether each field matches (found=False if missing)."""
    fields = gold_fields(gold)
    found = articles.rename(columns={"source_file": "file"})[["file", "story_index", *fields]]
    merged = gold.merge(found, on=["file", "story_index"], how="left", suffixes=("_gold", "_found"), indicator=True)
    merged["found"] = merged.pop("_merge") == "both"
    for field in fields:
        merged[f"{field}_ok"] = merged["found"] & (merged[f"{field}_gold"] == merged[f"{field}_found"])
    return merged


def field_accuracy(comparison: pd.DataFrame) -> pd.Series:
    """Share of gold stories whose field matches, per field (plus 'found': stories present at all)."""
    fields = [f for f in FIELDS if f"{f}_ok" in comparison.columns]
    return pd.Series({"found": comparison["found"].mean(), **{f: comparison[f"{f}_ok"].mean() for f in fields}})


def read_boilerplate(path: Path) -> dict[str, set[str]]:
    """Hand-listed boilerplate lines per file (columns file, line)."""
    lines: dict[str, set[str]] = {}
    for row in pd.read_csv(path, dtype=str, keep_default_na=False).itertuples():
        lines.setdefault(row.file, set()).add(row.line)
    return lines


def line_audit(raw_text: str, titles: set[str], paragraphs: set[str], boilerplate: set[str]) -> list[str]:
    """Problems with one file's cleaning: a listed boilerplate line kept, a body line lost, a headline repeated.

    Every non-empty raw line (bullet marks aside) must be either listed boilerplate (and then absent
    from the clean text), a headline, or a paragraph of the clean text.
    """
    problems = []
    for raw in normalize_raw(raw_text).splitlines():
        line = re.sub(r"^\s*[•●▪◦·]\s*", "", raw).strip()
        if not line:
            continue
        if line in boilerplate:
            if line in paragraphs:
                problems.append(f"boilerplate kept: {line!r}")
        elif line not in titles and line not in paragraphs:
            problems.append(f"body paragraph lost: {line!r}")
    problems += [f"headline repeated in text: {t!r}" for t in titles if t in paragraphs]
    return problems
