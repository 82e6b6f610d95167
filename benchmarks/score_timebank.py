"""Score the `time_expressions` table against TimeBank + AQUAINT (TempEval-3 style: relaxed span match and value).

Each document's TEXT goes through presslens's ingestion and temporal analysis with the document's creation time
as publication date. Prints span P/R/F1 and value P/R/F1 for DATE and for all types, and per-type recall.
`--errors N` also lists N misses (gold value vs predicted value) for error analysis.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from presslens.evaluation.timeml import TIMEBANK_DIR, TIMEX_TYPES, Counts, predict, read_corpus, score


def _line(label: str, counts: Counts) -> str:
    """One row of the figures table."""
    sp, sr, sf = counts.span
    vp, vr, vf = counts.value
    return f"{label:10s} {counts.n_gold:5d} {counts.n_predicted:5d}   {sp:.3f} {sr:.3f} {sf:.3f}   {vp:.3f} {vr:.3f} {vf:.3f}"


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and optionally the misses) for a folder of TimeML files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(TIMEBANK_DIR), help="folder of .tml files (default: ../shared/datasets/timebank)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N misses for error analysis")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"no such folder: {folder}", file=sys.stderr)
        return 2
    documents = read_corpus(folder)
    result = score(documents, predict(documents))
    print(f"{len(documents)} TimeML documents in {folder}")
    print(f"{'type':10s} {'gold':>5s} {'pred':>5s}   span P     R     F1      value P    R     F1")
    print(_line("all", result.overall))
    for kind in TIMEX_TYPES:
        print(_line(kind, result.by_type[kind]))
    print("recall by type (any predicted type): " + ", ".join(f"{k} {result.recall_of(k):.3f}" for k in TIMEX_TYPES))
    print(f"gold DURATION/SET expressions predicted as DATE: {result.dated_non_dates}")
    if args.errors:
        kinds = Counter("wrong value" if g and p else "missed" if g else "spurious" for _, g, p in result.errors)
        print("errors: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
        for doc, gold, predicted in result.errors[: args.errors]:
            g = f"{gold.type} {gold.value!r} {gold.text!r}" if gold else "-"
            p = f"{predicted.type} {predicted.value!r} {predicted.text!r}" if predicted else "-"
            print(f"{doc}\tgold {g}\tpredicted {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
