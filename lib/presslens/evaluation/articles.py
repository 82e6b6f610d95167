"""Scoring story metadata (outlet, date, headline, relevance) against tests/gold/articles.csv."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.paths import GOLD_DIR

FIELDS = ("outlet", "published", "title", "is_relevant")


def read_gold(path: Path = GOLD_DIR / "articles.csv") -> pd.DataFrame:
    """The hand-checked story metadata of the seeds."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    return gold.assign(story_index=gold["story_index"].astype(int), is_relevant=gold["is_relevant"] == "True")


def compare_articles(articles: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """One row per gold story: gold and found values and whether each field matches (found=False if missing)."""
    found = articles.rename(columns={"source_file": "file"})[["file", "story_index", *FIELDS]]
    merged = gold.merge(found, on=["file", "story_index"], how="left", suffixes=("_gold", "_found"), indicator=True)
    merged["found"] = merged.pop("_merge") == "both"
    for field in FIELDS:
        merged[f"{field}_ok"] = merged["found"] & (merged[f"{field}_gold"] == merged[f"{field}_found"])
    return merged


def field_accuracy(comparison: pd.DataFrame) -> pd.Series:
    """Share of gold stories whose field matches, per field (plus 'found': stories present at all)."""
    return pd.Series({"found": comparison["found"].mean(), **{f: comparison[f"{f}_ok"].mean() for f in FIELDS}})
