"""Scoring quotes against the GenderGapTracker evaluation set (`../shared/datasets/ggt_dev`), by its authors' rule.

A predicted quote matches a gold quote of the same article (joined by `url`, so an article that
ingest split into several stories still scores as one) when it covers more than a share T of the
gold span's characters (T = 0.3 and 0.8). Each gold quote is matched at most once, best coverage
first, and each predicted quote at most once. The gold span is located in the article's clean
text; quotation marks and white space at its ends are not counted (presslens offsets exclude the
marks). Speaker measures over matched pairs:
- speaker mention: the predicted `speaker_mention` shares a word with the annotated mention (the
  set's own measure; a gold quote with an empty mention, a floating quotation, counts when the
  canonical speaker is right);
- canonical speaker: the predicted `speaker` names the gold `reference` (the words of one hold all
  the words of the other, case and possessives ignored).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from presslens.paths import ROOT

# The shared datasets sit beside the repository (a clone) or beside the folder of worktrees.
DATASETS_DIR = next(
    (d for d in (ROOT.parent / "shared" / "datasets", ROOT.parents[1] / "shared" / "datasets") if d.is_dir()),
    ROOT.parent / "shared" / "datasets",
)
GGT_DIR = DATASETS_DIR / "ggt_dev"
THRESHOLDS = (0.3, 0.8)
_EDGE = "\"“”‘’' \t\n.,"
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote located in its article's text (start = -1 when not found)."""

    url: str
    quote: str
    speaker: str
    reference: str
    story: str  # article_id of the story that holds it
    start: int
    end: int


@dataclass(frozen=True)
class GgtScores:
    """The set's figures at one coverage threshold."""

    threshold: float
    precision: float
    recall: float
    f1: float
    speaker_mention: float
    canonical_speaker: float
    n_gold: int
    n_predicted: int
    n_matched: int


def read_jsonl(path: Path) -> list[dict]:
    """Rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _name_words(text: str) -> frozenset[str]:
    """Lower-case words of a name, a possessive 's' dropped."""
    return frozenset(w for w in _WORD.findall(text.lower().replace("’", "'")) if w != "s")


def names_reference(speaker: str, reference: str) -> bool:
    """True when the predicted speaker names the reference: one's words hold all the other's."""
    s, r = _name_words(speaker), _name_words(reference)
    return bool(s) and bool(r) and (s <= r or r <= s)


def mention_agrees(mention: str, gold_mention: str) -> bool:
    """The set's speaker measure: the two mentions share a word."""
    return bool(_name_words(mention) & _name_words(gold_mention))


def _locate(quote: str, text: str, after: int = 0) -> tuple[int, int]:
    """Offsets of the gold span (ends trimmed of marks) in text[after:], white space runs matched loosely;
    (-1, -1) if absent."""
    core = quote.strip(_EDGE)
    if not core:
        return -1, -1
    at = text.find(core, after)
    if at >= 0:
        return at, at + len(core)
    pattern = r"\s+".join(re.escape(piece) for piece in _SPACE.split(core))
    found = re.compile(pattern.replace("’", "['’]").replace(r"\"", "[\"“”]")).search(text, after)
    return (found.start(), found.end()) if found else (-1, -1)


def locate_gold(gold: Iterable[dict], articles: pd.DataFrame) -> list[GoldQuote]:
    """Each gold quote with the story (of its url) and offsets where its text is found. A quote annotated again
    with the same words (a pull quote and the quotation it repeats) is the next occurrence, when there is one."""
    stories: dict[str, list[tuple[str, str]]] = {}
    for row in articles.itertuples():
        stories.setdefault(str(row.url), []).append((str(row.article_id), str(row.text)))
    located = []
    previous_end: dict[tuple[str, str], tuple[str, int]] = {}  # (url, quote words) -> story and end of its last occurrence
    for g in gold:
        story, start, end = "", -1, -1
        key = (g["url"], g["quote"].strip(_EDGE))
        seen_story, seen_end = previous_end.get(key, ("", -1))
        for article_id, text in stories.get(g["url"], []):
            start, end = _locate(g["quote"], text, seen_end if article_id == seen_story else 0)
            if start < 0 and article_id == seen_story:
                start, end = _locate(g["quote"], text)  # no further occurrence: the first one, as for any quote
            if start >= 0:
                story = article_id
                previous_end[key] = (story, end)
                break
        located.append(GoldQuote(g["url"], g["quote"], g["speaker"], g["reference"], story, start, end))
    return located


def _coverage(gold: GoldQuote, predicted: dict) -> float:
    """Share of the gold span's characters inside the predicted span."""
    if gold.start < 0 or predicted["article_id"] != gold.story:
        return 0.0
    shared = min(gold.end, int(predicted["end"])) - max(gold.start, int(predicted["start"]))
    return max(shared, 0) / (gold.end - gold.start)


def match(gold: list[GoldQuote], predicted: list[dict], threshold: float) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs covering more than `threshold`, best first, each used once."""
    by_story: dict[str, list[int]] = {}
    for i, p in enumerate(predicted):
        by_story.setdefault(str(p["article_id"]), []).append(i)
    candidates = sorted(
        ((_coverage(g, predicted[i]), j, i) for j, g in enumerate(gold) for i in by_story.get(g.story, [])),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for cover, j, i in candidates:
        if cover <= threshold:
            break
        if j not in used_gold and i not in used_predicted:
            used_gold.add(j)
            used_predicted.add(i)
            pairs.append((j, i))
    return pairs


def score(gold: list[GoldQuote], predicted: list[dict], threshold: float) -> GgtScores:
    """Precision, recall, F1 and the two speaker measures at one threshold."""
    pairs = match(gold, predicted, threshold)
    n = len(pairs)
    mention_ok = sum(
        mention_agrees(str(predicted[i]["speaker_mention"]), gold[j].speaker) if gold[j].speaker
        else names_reference(str(predicted[i]["speaker"]), gold[j].reference)
        for j, i in pairs
    )
    canonical_ok = sum(names_reference(str(predicted[i]["speaker"]), gold[j].reference) for j, i in pairs)
    precision = n / len(predicted) if predicted else 0.0
    recall = n / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return GgtScores(
        threshold, round(precision, 4), round(recall, 4), round(f1, 4),
        round(mention_ok / n, 4) if n else 0.0, round(canonical_ok / n, 4) if n else 0.0, len(gold), len(predicted), n,
    )


def errors(gold: list[GoldQuote], predicted: list[dict], threshold: float = 0.3) -> pd.DataFrame:
    """Missed gold quotes, extra predictions and wrong canonical speakers, for error analysis."""
    pairs = match(gold, predicted, threshold)
    matched_gold = {j: i for j, i in pairs}
    rows = []
    for j, g in enumerate(gold):
        if j not in matched_gold:
            rows.append({"error": "missed" if g.start >= 0 else "not located", "story": g.story, "gold": g.quote,
                         "reference": g.reference, "mention": g.speaker, "predicted": "", "speaker": "", "predicted_mention": ""})
            continue
        p = predicted[matched_gold[j]]
        if not names_reference(str(p["speaker"]), g.reference):
            rows.append({"error": "wrong speaker", "story": g.story, "gold": g.quote, "reference": g.reference,
                         "mention": g.speaker, "predicted": p["text"], "speaker": p["speaker"], "predicted_mention": p["speaker_mention"]})
    for i in sorted(set(range(len(predicted))) - {i for _, i in pairs}):
        p = predicted[i]
        rows.append({"error": "extra", "story": p["article_id"], "gold": "", "reference": "", "mention": "",
                     "predicted": p["text"], "speaker": p["speaker"], "predicted_mention": p["speaker_mention"]})
    return pd.DataFrame(rows)


def without_nested_partials(predicted: list[dict]) -> list[dict]:
    """The predictions less each partial quote that lies inside another predicted quote of its article.

    presslens returns a quoted phrase inside reported speech twice (the statement, and the phrase as a partial
    quote); the set annotates the statement only. This is for a side figure in the set's unit, not for the scores."""
    by_story: dict[str, list[tuple[int, int, int]]] = {}
    for i, p in enumerate(predicted):
        by_story.setdefault(str(p["article_id"]), []).append((int(p["start"]), int(p["end"]), i))

    def nested(i: int, p: dict) -> bool:
        start, end = int(p["start"]), int(p["end"])
        return p["kind"] == "partial" and any(
            s <= start and end <= e and j != i for s, e, j in by_story[str(p["article_id"])]
        )

    return [p for i, p in enumerate(predicted) if not nested(i, p)]


def analyze(dataset: Path, out: Path) -> tuple[list[GoldQuote], list[dict], pd.DataFrame]:
    """Run `python -m presslens analyze` on the set's articles into `out`; its gold quotes located, its quotes and articles."""
    subprocess.run([sys.executable, "-m", "presslens", "analyze", str(dataset / "articles.jsonl"), "--out", str(out)], check=True)
    articles = pd.read_csv(out / "articles.csv", dtype=str, keep_default_na=False)
    quotes = pd.read_csv(out / "quotes.csv", dtype=str, keep_default_na=False).to_dict("records")
    return locate_gold(read_jsonl(dataset / "gold_quotes.jsonl"), articles), quotes, articles
