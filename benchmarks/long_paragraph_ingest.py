"""Cost of one very long paragraph: a 1 MB and a 4 MB paragraph through ingest, sentences, quotes and sentiment.

Usage: python benchmarks/long_paragraph_ingest.py [--sizes 1 4] [--workdir DIR]

The paragraph is made of the seed stories' body paragraphs joined on one line (no line break at all),
written as one .txt file under a headline. For each size the script prints the seconds of each stage
and the seconds per MB; the last line gives the ratio of the largest size's total to the smallest's
against the ratio of their sizes (about equal when the cost is linear in the length of the paragraph).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from presslens.analyses import sentiment
from presslens.analyses.quotes import attribution as quotes
from presslens.ingestion.corpus import load_corpus
from presslens.pipeline import base_tables
from presslens.synthetic import seed_material
from presslens.text import sentence_spans


def write_paragraph(folder: Path, megabytes: float) -> Path:
    """A corpus folder holding one article whose body is one paragraph of about `megabytes` MB."""
    _, paragraphs = seed_material()
    target = int(megabytes * 1024 * 1024)
    pieces: list[str] = []
    size = 0
    while size < target:
        for paragraph in paragraphs:
            pieces.append(paragraph)
            size += len(paragraph.encode()) + 1
            if size >= target:
                break
    corpus = folder / f"paragraph-{megabytes:g}mb"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "long.txt").write_text("Border strikes strain ties\n\n" + " ".join(pieces) + "\n", encoding="utf-8")
    return corpus


def timed(action: Callable[[], object]) -> tuple[object, float]:
    """The result of `action()` and the seconds it took."""
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def run(corpus: Path) -> dict[str, float]:
    """Seconds of each stage for the one article of `corpus`."""
    seconds: dict[str, float] = {}
    loaded, seconds["ingest"] = timed(lambda: load_corpus(corpus))
    (article,) = loaded.articles  # type: ignore[attr-defined]
    _, seconds["sentences"] = timed(lambda: sentence_spans(article.text))
    done = base_tables(article)
    found, seconds["quotes"] = timed(lambda: quotes.article_tables(article, done))
    done.update(found)  # type: ignore[arg-type]
    _, seconds["sentiment"] = timed(lambda: sentiment.article_tables(article, done))
    seconds["total"] = sum(seconds.values())
    return seconds


def main() -> None:
    """Run every size and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 4.0], help="paragraph sizes in MB")
    parser.add_argument("--workdir", type=Path, default=None, help="folder for the generated corpora")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.workdir or Path(scratch)
        totals: dict[float, float] = {}
        for size in args.sizes:
            seconds = run(write_paragraph(work, size))
            totals[size] = seconds["total"]
            stages = "  ".join(f"{stage} {value:7.2f} s" for stage, value in seconds.items())
            print(f"{size:5g} MB paragraph: {stages}   ({seconds['total'] / size:.2f} s per MB)")
        small, large = min(totals), max(totals)
        if large > small:
            print(f"time ratio {large:g} MB / {small:g} MB: {totals[large] / totals[small]:.2f} "
                  f"(size ratio {large / small:.2f}; equal ratios mean linear cost)")


if __name__ == "__main__":
    main()
