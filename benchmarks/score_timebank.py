"""Score the `time_expressions` table against TimeBank + AQUAINT (TempEval-3 style: relaxed span match and value).

Each document's TEXT goes through presslens's ingestion and temporal analysis with the document's creation time
as publication date. Prints span P/R/F1 and value P/R/F1 for DATE and for all types, and per-type recall.
`--errors N` also lists N misses (gold value vs predicted value) for error analysis; `--inconsistencies` counts the
gold DATE values missed that contradict their own words, the creation time or the set's other annotations (3 examples each).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from presslens.evaluation.timeml import (
    GOLD_INCONSISTENCIES,
    TIMEBANK_DIR,
    TIMEX_TYPES,
    Counts,
    TimeMLDocument,
    TimeMLScore,
    gold_inconsistency,
    predict,
    read_corpus,
    score,
)


def _line(label: str, counts: Counts) -> str:
    """One row of the figures table."""
    sp, sr, sf = counts.span
    vp, vr, vf = counts.value
    return f"{label:10s} {counts.n_gold:5d} {counts.n_predicted:5d}   {sp:.3f} {sr:.3f} {sf:.3f}   {vp:.3f} {vr:.3f} {vf:.3f}"


def _inconsistencies(documents: list[TimeMLDocument], result: TimeMLScore) -> None:
    """Print how many gold DATE expressions found with another value or type are gold inconsistencies, by kind."""
    created = {doc.doc_id: doc.created for doc in documents}
    misses = [(doc, g, p) for doc, g, p in result.errors if g is not None and p is not None and g.type == "DATE"]
    by_kind: dict[str, list[str]] = {kind: [] for kind in GOLD_INCONSISTENCIES}
    for doc, g, p in misses:
        kind = gold_inconsistency(created[doc], g, p)
        if kind:
            by_kind[kind].append(f"{doc} {g.text!r} gold {g.value!r}, ours {p.type} {p.value!r}")
    total = sum(map(len, by_kind.values()))
    print(f"gold DATE expressions found with another value or type: {len(misses)}; gold inconsistencies among them: {total}")
    for kind, examples in by_kind.items():
        print(f"  {len(examples):3d} {kind}: {GOLD_INCONSISTENCIES[kind]}")
        for example in examples[:3]:
            print(f"        {example}")
    refs = Counter(p.text.lower() for _, g, p in result.errors if g is None and p is not None and p.value.endswith("_REF"))
    print(f"PRESENT_REF/PAST_REF/FUTURE_REF predictions with no gold expression (the word is annotated in other documents): {sum(refs.values())} "
          + ", ".join(f"{w!r} {n}" for w, n in refs.most_common(6)))


def main(argv: list[str] | None = None) -> int:
    """Print the figures (and optionally the misses) for a folder of TimeML files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(TIMEBANK_DIR), help="folder of .tml files (default: ../shared/datasets/timebank)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N misses for error analysis")
    parser.add_argument("--inconsistencies", action="store_true", help="count the gold DATE values missed that are gold inconsistencies")
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
    if args.inconsistencies:
        _inconsistencies(documents, result)
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
