"""Agreement of the frame and war/peace-indicator scores with the hand-coded gold sets (seeds and development articles)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from presslens.analyses.framing import FRAME_PRESENT_MIN, FRAMES
from presslens.paths import GOLD_DIR
from presslens.pipeline import load_tables

GOLD_FRAMES_FILE = GOLD_DIR / "frames.csv"
DEV_FRAMES_DIR = GOLD_DIR.parent / "fixtures" / "dev_frames"
DEV_GOLD_FRAMES_FILE = GOLD_DIR.parent / "fixtures" / "dev_frames_gold" / "frames.csv"
GOLD_COLUMNS = ("file", "story_index", "frame", "present")
INDICATOR_PRESENT_MIN = 0.5


def load_gold(path: str | Path = GOLD_FRAMES_FILE) -> pd.DataFrame:
    """The gold set: one row per story x frame/indicator with present = 0/1."""
    gold = pd.read_csv(path)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold file lacks column(s) {', '.join(missing)}")
    return gold


def predicted_present(frame: str, score: float) -> bool:
    """Whether a frame (score >= FRAME_PRESENT_MIN) or an indicator (score 1) counts as present."""
    return score >= (FRAME_PRESENT_MIN if frame in FRAMES else INDICATOR_PRESENT_MIN)


def judged(frames: pd.DataFrame, articles: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold rows joined with the predicted scores (by source file and story index), with `predicted` and `agree`."""
    keys = articles[["article_id", "source_file", "story_index"]].rename(columns={"source_file": "file"})
    merged = gold.merge(keys, on=["file", "story_index"], how="inner").merge(
        frames[["article_id", "frame", "score", "evidence"]], on=["article_id", "frame"], how="left"
    )
    merged["score"] = merged["score"].fillna(0.0)
    merged["evidence"] = merged["evidence"].fillna("")
    merged["predicted"] = [int(predicted_present(f, s)) for f, s in zip(merged["frame"], merged["score"])]
    merged["agree"] = merged["predicted"] == merged["present"]
    return merged


def agreement(frames: pd.DataFrame, articles: pd.DataFrame, gold: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per frame/indicator: stories judged, agreement with gold, and how often gold and program say 'present'."""
    rows = judged(frames, articles, load_gold() if gold is None else gold)
    table = rows.groupby("frame", sort=False).agg(
        n_stories=("agree", "size"), agreement=("agree", "mean"), gold_present=("present", "sum"), predicted_present=("predicted", "sum")
    )
    return table.reset_index()


def dev_agreement() -> pd.DataFrame:
    """Agreement per frame/indicator on the development articles (written after the cues, judged by reading)."""
    tables = load_tables(str(DEV_FRAMES_DIR), only_relevant=False)
    return agreement(tables["frames"], tables["articles"], load_gold(DEV_GOLD_FRAMES_FILE))
