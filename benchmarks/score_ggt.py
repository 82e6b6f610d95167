"""Score `presslens analyze` quotes on the GenderGapTracker development set by the set's own rule.

Usage: python benchmarks/score_ggt.py [--dataset DIR] [--out DIR] [--errors FILE]
Runs `python -m presslens analyze DIR/articles.jsonl --out OUT`, then prints precision, recall, F1,
speaker-mention agreement and canonical-speaker accuracy at coverage > 0.3 and > 0.8
(see presslens.evaluation.ggt). `--errors` writes the misses, extras and wrong speakers as CSV.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from presslens.evaluation import ggt


def main() -> int:
    """Analyse the set, print its scores; exit 1 when the set is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ggt.GGT_DIR, help="folder with articles.jsonl and gold_quotes.jsonl")
    parser.add_argument("--out", type=Path, default=None, help="analysis output folder (default: a temporary one)")
    parser.add_argument("--errors", type=Path, default=None, help="write the error list (T = 0.3) to this CSV")
    args = parser.parse_args()
    if not (args.dataset / "gold_quotes.jsonl").is_file():
        print(f"no gold_quotes.jsonl in {args.dataset}", file=sys.stderr)
        return 1
    out = args.out or Path(tempfile.mkdtemp(prefix="ggt-"))
    gold, quotes, articles = ggt.analyze(args.dataset, out)
    urls = [row["url"] for row in ggt.read_jsonl(args.dataset / "articles.jsonl")]
    stories = articles["url"].value_counts()
    split, dropped = sum(stories.get(u, 0) > 1 for u in urls), sum(u not in stories for u in urls)
    print(f"{args.dataset.name}: {len(urls)} rows -> {len(articles)} stories ({split} rows split, {dropped} dropped); "
          f"{len(gold)} gold quotes, {sum(g.start < 0 for g in gold)} not located in the text")
    print(f"{'T':>5} {'P':>7} {'R':>7} {'F1':>7} {'mention':>8} {'canon':>7} {'gold':>5} {'pred':>5} {'match':>5}")
    for threshold in ggt.THRESHOLDS:
        s = ggt.score(gold, quotes, threshold)
        print(f"{s.threshold:>5} {s.precision:7.3f} {s.recall:7.3f} {s.f1:7.3f} {s.speaker_mention:8.3f} "
              f"{s.canonical_speaker:7.3f} {s.n_gold:5d} {s.n_predicted:5d} {s.n_matched:5d}")
    folded = ggt.without_nested_partials(quotes)
    s = ggt.score(gold, folded, 0.3)
    print(f"side note, T 0.3 in the set's unit, without the {len(quotes) - len(folded)} partial quotes that lie inside "
          f"another quote (the set annotates the reported statement only): P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    if args.errors:
        ggt.errors(gold, quotes).to_csv(args.errors, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
