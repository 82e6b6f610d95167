"""Scoring of the `events` table against the hand-checked gold set `tests/gold/events.csv`.

A predicted event matches a gold event of the same file when their CAMEO root codes are equal and
the date agrees: a gold day (YYYY-MM-DD) needs a day-precise prediction on that day; a gold month
(YYYY-MM, also used for "mid-December") needs a month or approximate prediction inside that month;
a gold span (YYYY-MM-DD/YYYY-MM-DD, e.g. "during the week") needs a prediction with exactly that
span. Matching is one to one. Recall is over gold events; precision over the dated predictions of
the gold files' relevant stories (undated predictions are not scored: the gold set lists dated
events only; nor are acts announced for a later day, `date_precision` "planned": the gold lists acts
that happened).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from presslens.analyses.events import EVENT_COLUMNS, article_tables
from presslens.ingestion.corpus import load_corpus
from presslens.paths import GOLD_DIR, SEEDS_DIR

GOLD_EVENTS_FILE = GOLD_DIR / "events.csv"
DEV_EVENTS_DIR = GOLD_DIR.parent / "fixtures" / "dev_events"  # nine unseen articles
DEV_EVENTS_GOLD = GOLD_DIR.parent / "fixtures" / "dev_events_gold" / "events.csv"  # their gold, kept outside the corpus folder
GOLD_COLUMNS = ("file", "date", "event_type", "actor1", "actor2", "evidence", "cameo_code")


@dataclass(frozen=True)
class EventScore:
    """Gold-set figures for event extraction."""

    n_gold: int
    n_found: int  # gold events matched
    n_predicted: int  # dated predictions scored
    n_correct: int  # dated predictions that match a gold event
    actor1_correct: int  # matched pairs whose actor1 agrees
    matches: pd.DataFrame
    missed: pd.DataFrame
    extra: pd.DataFrame

    @property
    def recall(self) -> float:
        """Share of gold events found with the right date and CAMEO root."""
        return self.n_found / self.n_gold if self.n_gold else 0.0

    @property
    def precision(self) -> float:
        """Share of scored predictions that are gold events."""
        return self.n_correct / self.n_predicted if self.n_predicted else 0.0

    @property
    def actor1_accuracy(self) -> float:
        """Share of matched events whose source actor agrees with gold."""
        return self.actor1_correct / self.n_found if self.n_found else 0.0

    def summary(self) -> pd.DataFrame:
        """The figures as a one-column table for notebooks."""
        return pd.DataFrame(
            {
                "value": pd.Series([self.n_gold, self.n_found, round(self.recall, 3), self.n_predicted, self.n_correct,
                                    round(self.precision, 3), round(self.actor1_accuracy, 3)], dtype=object).to_numpy(),
            },
            index=["gold events", "gold events found", "recall", "dated predictions", "correct predictions",
                   "precision", "actor1 accuracy (matched)"],
        )


def load_gold_events(path: str | Path = GOLD_EVENTS_FILE) -> pd.DataFrame:
    """The gold events (all columns as strings; CAMEO roots keep their leading zero)."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold events lack column(s) {', '.join(missing)}")
    return gold


def date_matches(gold_date: str, date: str, date_end: str, precision: str) -> bool:
    """Whether a predicted date (with its end and precision) agrees with a gold date, month or span."""
    if "/" in gold_date:
        start, end = gold_date.split("/", 1)
        return date == start and date_end == end
    if len(gold_date) == 7:
        return precision in ("month", "approximate") and date.startswith(gold_date) and (not date_end or date_end.startswith(gold_date))
    return precision == "day" and date == gold_date


def score_events(events: pd.DataFrame, articles: pd.DataFrame, gold: pd.DataFrame | None = None) -> EventScore:
    """Match predicted events (of relevant articles in the gold files) to gold events, one to one."""
    gold = load_gold_events() if gold is None else gold
    meta = articles.set_index("article_id")
    relevant = set(meta.index[meta["is_relevant"].astype(bool)]) if "is_relevant" in meta.columns else set(meta.index)
    predicted = events[(events["date"] != "") & (events["date_precision"] != "planned") & events["article_id"].isin(relevant)].copy()
    predicted["file"] = [str(meta.at[a, "source_file"]) for a in predicted["article_id"]]
    predicted = predicted[predicted["file"].isin(set(gold["file"]))].reset_index(drop=True)
    used: set[int] = set()
    pairs = []
    missed = []
    for g_index, g in gold.iterrows():
        hit = next(
            (
                i for i, p in predicted.iterrows()
                if i not in used and p["file"] == g["file"] and str(p["cameo_code"])[:2] == g["cameo_code"][:2]
                and date_matches(g["date"], str(p["date"]), str(p["date_end"]), str(p["date_precision"]))
            ),
            None,
        )
        if hit is None:
            missed.append(g_index)
            continue
        used.add(hit)
        pairs.append((g_index, hit))
    matches = pd.DataFrame(
        [{**{f"gold_{k}": gold.at[g, k] for k in ("file", "date", "event_type", "actor1", "actor2", "cameo_code")},
          **{k: predicted.at[p, k] for k in ("event_id", "date", "date_text", "actor1", "actor2", "cameo_code", "event_type")}}
         for g, p in pairs]
    )
    actor1_correct = sum(1 for g, p in pairs if gold.at[g, "actor1"] == predicted.at[p, "actor1"])
    extra = predicted.drop(index=list(used))
    return EventScore(
        n_gold=len(gold), n_found=len(pairs), n_predicted=len(predicted), n_correct=len(used),
        actor1_correct=actor1_correct, matches=matches, missed=gold.loc[missed].reset_index(drop=True),
        extra=extra.reset_index(drop=True),
    )


def corpus_scores(corpus_dir: str | Path, gold_path: str | Path) -> EventScore:
    """The gold-set figures of a corpus folder against a gold file, from a fresh analysis of its clean text."""
    articles = load_corpus(corpus_dir).articles
    events = pd.DataFrame([row for a in articles for row in article_tables(a, {})["events"]], columns=list(EVENT_COLUMNS))
    return score_events(events, pd.DataFrame([a.record() for a in articles]), load_gold_events(gold_path))


def dev_scores() -> EventScore:
    """The gold-set figures on the development set of unseen articles (`tests/fixtures/dev_events`)."""
    return corpus_scores(DEV_EVENTS_DIR, DEV_EVENTS_GOLD)


def seed_scores() -> EventScore:
    """The gold-set figures on the bundled seeds, from a fresh analysis of their clean text."""
    return corpus_scores(SEEDS_DIR, GOLD_EVENTS_FILE)
