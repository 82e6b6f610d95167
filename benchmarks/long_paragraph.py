"""Linear-time check: one long paragraph (1 MB and 4 MB by default) through metadata inference and event coding.

Usage: python benchmarks/long_paragraph.py [--sizes 1 4] [--profile 20]

Builds a single paragraph (no line break) by repeating a few event sentences with varying dates and
actors, then times `presslens.ingestion.metadata.infer_published` / `infer_outlet` and `presslens.analyses.events.article_tables`
on it. Prints seconds and MB/s per size and the ratio of the largest size's time to the smallest's
divided by the size ratio (about 1.0 when the cost is linear; 4.0 at 1 MB vs 4 MB would be quadratic).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import date

from presslens.analyses.events import article_tables
from presslens.article import Article
from presslens.ingestion.cleaning import StoryLines
from presslens.ingestion.metadata import infer_outlet, infer_published

SENTENCES = (
    "Iran launched missile strikes on {day} January against militants in Pakistan, killing {n} people.",
    "Pakistan condemned the attack on Wednesday and recalled its ambassador from Tehran.",
    "The two foreign ministers spoke by phone on {day} January and agreed to de-escalate.",
    "Pakistani forces struck hideouts inside Iran a day after the strike, officials said.",
    "China urged both countries to exercise restraint on Thursday.",
)


def paragraph(megabytes: float) -> str:
    """One paragraph of about `megabytes` MB built from the event sentences, dates and figures varying."""
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    i = 0
    while size < target:
        sentence = SENTENCES[i % len(SENTENCES)].format(day=1 + i % 28, n=2 + i % 9)
        parts.append(sentence)
        size += len(sentence) + 1
        i += 1
    return " ".join(parts)


def run(text: str) -> tuple[float, int]:
    """Seconds taken by metadata inference and event coding on `text`, and the number of events."""
    started = time.perf_counter()
    infer_published(StoryLines(title="A long paragraph", body=[text]), text, 2024)
    infer_outlet(text)
    article = Article("long-0", "long.txt", 0, "", "A long paragraph", date(2024, 1, 31), "", "", text)
    events = article_tables(article, {})["events"]
    return time.perf_counter() - started, len(events)


def main(argv: list[str] | None = None) -> int:
    """Time each size and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1.0, 4.0], help="paragraph sizes in MB (default 1 4)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile the largest size; print N functions")
    args = parser.parse_args(argv)
    results = []
    for size in args.sizes:
        text = paragraph(size)
        profiler = cProfile.Profile() if args.profile and size == max(args.sizes) else None
        if profiler is not None:
            profiler.enable()
        seconds, n_events = run(text)
        if profiler is not None:
            profiler.disable()
        results.append((size, seconds))
        print(f"{size:5.1f} MB paragraph: {seconds:8.2f} s  {size / seconds:6.3f} MB/s  {n_events} events")
    (small, t_small), (large, t_large) = min(results), max(results)
    if large > small:
        print(f"time ratio / size ratio ({large:g} MB vs {small:g} MB): {(t_large / t_small) / (large / small):.2f} (about 1 = linear)")
    if args.profile:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
