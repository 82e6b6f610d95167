"""Peak memory of `presslens analyze` on a generated corpus: the RSS of the whole process tree, sampled.

Usage: python benchmarks/peak_memory.py [-n 100000] [--engine processes] [--workdir DIR]
Prints the peak summed RSS of the analyze process and its workers, the peak of the main process
alone, the wall time and the number of articles analysed.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from presslens.synthetic import generate_corpus


def tree_rss(process: psutil.Process) -> tuple[int, int]:
    """(summed RSS of a process and all its descendants, RSS of the process alone) in bytes."""
    try:
        own = process.memory_info().rss
        children = process.children(recursive=True)
    except psutil.Error:
        return 0, 0
    total = own
    for child in children:
        try:
            total += child.memory_info().rss
        except psutil.Error:
            continue
    return total, own


def main(argv: list[str] | None = None) -> int:
    """Generate the corpus, run analyze on it, sample memory until it ends; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="articles to generate (default 100,000)")
    parser.add_argument("--engine", default="processes", choices=("local", "processes", "dask"))
    parser.add_argument("--workdir", type=Path, default=None, help="where corpus and tables go (default: a temp folder)")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between memory samples")
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="presslens-mem-"))
    corpus = work / "corpus"
    if not (corpus / "corpus.jsonl").is_file():
        started = time.perf_counter()
        generate_corpus(corpus, args.n, fmt="jsonl")
        print(f"generated {args.n} articles in {time.perf_counter() - started:.0f} s", flush=True)
    command = [sys.executable, "-m", "presslens", "analyze", str(corpus), "--out", str(work / "tables"),
               "--engine", args.engine, "--no-cache"]
    started = time.perf_counter()
    child = subprocess.Popen(command)
    process = psutil.Process(child.pid)
    peak_total = peak_main = 0
    next_report = started + 60
    while child.poll() is None:
        total, own = tree_rss(process)
        peak_total, peak_main = max(peak_total, total), max(peak_main, own)
        if time.perf_counter() >= next_report:
            print(f"  {time.perf_counter() - started:.0f} s: tree RSS {total / 2**20:.0f} MiB "
                  f"(peak {peak_total / 2**20:.0f} MiB)", flush=True)
            next_report += 60
        time.sleep(args.interval)
    elapsed = time.perf_counter() - started
    print(f"engine {args.engine}, {args.n} articles: exit {child.returncode}, {elapsed:.0f} s, "
          f"peak RSS {peak_total / 2**20:.0f} MiB (all processes), {peak_main / 2**20:.0f} MiB (main process)")
    return child.returncode


if __name__ == "__main__":
    sys.exit(main())
