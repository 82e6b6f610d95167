"""Scoring quote extraction against tests/gold/quotes.csv (SPEC §8).

A predicted quote matches a gold quote of the same file when the two share at least half of the
gold quote's words AND at least half of the predicted quote's words (bag of lower-case words,
punctuation and quote marks ignored; the second condition, stricter than SPEC §8 alone, stops an
over-long span that swallows a paragraph from matching). Matching is one-to-one, greedy by
overlap. Direct and partial quotes are scored together; indirect ones separately. Speaker
accuracy is over matched pairs (exact canonical name; a gold "" = no named speaker, matched by an
empty speaker or by an unnamed source, which keeps its description as speaker).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from presslens.paths import GOLD_DIR, SEEDS_DIR
from presslens.pipeline import load_tables

GOLD_COLUMNS = ("file", "quote_text", "speaker", "kind")
QUOTED_KINDS = ("direct", "partial")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class QuoteScores:
    """Gold-set figures for quote extraction."""

    quoted_precision: float
    quoted_recall: float
    indirect_recall: float
    indirect_precision: float
    speaker_accuracy: float
    n_gold_quoted: int
    n_gold_indirect: int
    n_predicted_quoted: int
    n_predicted_indirect: int
    n_matched: int

    def table(self) -> pd.DataFrame:
        """The figures as a table for notebooks, one row per measure (rows 'n_...' are counts, shown as whole numbers)."""
        return pd.DataFrame({"value": list(self.__dict__.values())}, index=pd.Index(list(self.__dict__), name="measure"))


def load_gold(path: Path = GOLD_DIR / "quotes.csv") -> pd.DataFrame:
    """The hand-checked gold quotes (columns file, quote_text, speaker, kind)."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: gold file lacks column(s) {', '.join(missing)}")
    return gold


def words(text: str) -> Counter[str]:
    """Bag of lower-case words of a quote (curly apostrophes folded)."""
    return Counter(w.replace("’", "'") for w in _WORD.findall(text.lower()))


def overlap(predicted: str, gold: str) -> float:
    """The smaller of the two shares of shared words (predicted side and gold side)."""
    p, g = words(predicted), words(gold)
    if not p or not g:
        return 0.0
    shared = sum((p & g).values())
    return min(shared / sum(p.values()), shared / sum(g.values()))


def same_speaker(predicted: dict, gold_speaker: str) -> bool:
    """The predicted row names the gold speaker; gold "" (nobody named) accepts an unnamed source's description."""
    if not gold_speaker and predicted.get("speaker_type") == "unnamed":
        return True
    return predicted["speaker"] == gold_speaker


def match(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching (index into predicted, index into gold) with overlap >= 0.5."""
    pairs = sorted(
        ((overlap(str(p["text"]), str(g["quote_text"])), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def predict_seeds(seeds_dir: Path = SEEDS_DIR) -> pd.DataFrame:
    """Quotes of every story of a corpus folder (default the seeds; relevant or not), with their source file,
    from the corpus's cached analysis."""
    tables = load_tables(seeds_dir, only_relevant=False)
    files = tables["articles"][["article_id", "source_file"]].rename(columns={"source_file": "file"})
    return files.merge(tables["quotes"], on="article_id")


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> QuoteScores:
    """Precision, recall and speaker accuracy of predicted quotes against gold, file by file."""
    counts: Counter[str] = Counter()
    for file in sorted(set(gold["file"]) | set(predicted.get("file", pd.Series(dtype=str)))):
        pred_file = predicted[predicted["file"] == file] if len(predicted) else predicted
        gold_file = gold[gold["file"] == file]
        for group, kinds in (("quoted", QUOTED_KINDS), ("indirect", ("indirect",))):
            p = pred_file[pred_file["kind"].isin(kinds)].to_dict("records") if len(pred_file) else []
            g = gold_file[gold_file["kind"].isin(kinds)].to_dict("records")
            pairs = match(p, g)
            counts[f"{group}_pred"] += len(p)
            counts[f"{group}_gold"] += len(g)
            counts[f"{group}_matched"] += len(pairs)
            counts["matched"] += len(pairs)
            counts["speaker_ok"] += sum(same_speaker(p[i], g[j]["speaker"]) for i, j in pairs)

    def ratio(a: int, b: int) -> float:
        """a / b rounded, 0 when b is 0."""
        return round(a / b, 4) if b else 0.0

    return QuoteScores(
        quoted_precision=ratio(counts["quoted_matched"], counts["quoted_pred"]),
        quoted_recall=ratio(counts["quoted_matched"], counts["quoted_gold"]),
        indirect_recall=ratio(counts["indirect_matched"], counts["indirect_gold"]),
        indirect_precision=ratio(counts["indirect_matched"], counts["indirect_pred"]),
        speaker_accuracy=ratio(counts["speaker_ok"], counts["matched"]),
        n_gold_quoted=counts["quoted_gold"],
        n_gold_indirect=counts["indirect_gold"],
        n_predicted_quoted=counts["quoted_pred"],
        n_predicted_indirect=counts["indirect_pred"],
        n_matched=counts["matched"],
    )


def quote_errors(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold quotes missed, predicted quotes matching no gold quote, and matched quotes with the wrong speaker."""
    rows = []
    for file in sorted(set(gold["file"])):
        pred_file = predicted[predicted["file"] == file].to_dict("records") if len(predicted) else []
        for kinds in (QUOTED_KINDS, ("indirect",)):
            p = [r for r in pred_file if r["kind"] in kinds]
            g = gold[(gold["file"] == file) & gold["kind"].isin(kinds)].to_dict("records")
            pairs = dict((j, i) for i, j in match(p, g))
            for j, gold_row in enumerate(g):
                found = p[pairs[j]] if j in pairs else None
                if found is None or not same_speaker(found, gold_row["speaker"]):
                    rows.append({"file": file, "error": "missed" if found is None else "wrong speaker",
                                 "kind": gold_row["kind"], "gold": gold_row["quote_text"], "gold_speaker": gold_row["speaker"],
                                 "predicted": found["text"] if found else "", "speaker": found["speaker"] if found else ""})
            for i in sorted(set(range(len(p))) - set(pairs.values())):
                rows.append({"file": file, "error": "extra", "kind": p[i]["kind"], "gold": "", "gold_speaker": "",
                             "predicted": p[i]["text"], "speaker": p[i]["speaker"]})
    return pd.DataFrame(rows, columns=["file", "error", "kind", "gold", "gold_speaker", "predicted", "speaker"])
