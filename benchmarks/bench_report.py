"""Time a warm `presslens report` against one papermill run of an empty notebook on the same machine.

    python benchmarks/bench_report.py [--corpus seeds] [--runs 3]

The report is run once first so that the analysis is cached ("warm"); each timed run then renders every
notebook into a fresh folder. Prints the median of each and their ratio.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook


def timed(command: list[str]) -> float:
    """Seconds one command takes (it must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    """Print the median time of an empty papermill run, of a warm report, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="seeds")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        empty = Path(scratch) / "empty.ipynb"
        notebook = new_notebook(cells=[new_code_cell("x = 1", metadata={"tags": ["parameters"]})])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(notebook, empty)
        report = [sys.executable, "-m", "presslens", "report", "--corpus", args.corpus]
        timed([*report, "--out", f"{scratch}/warm-up"])
        papermill_runs, report_runs = [], []
        for run in range(args.runs):
            papermill_runs.append(timed([sys.executable, "-m", "papermill", "--no-progress-bar", str(empty),
                                         f"{scratch}/out-{run}.ipynb"]))
            report_runs.append(timed([*report, "--out", f"{scratch}/report-{run}"]))
    empty_s, report_s = statistics.median(papermill_runs), statistics.median(report_runs)
    print(f"papermill, empty notebook: {empty_s:.1f} s (runs: {', '.join(f'{t:.1f}' for t in papermill_runs)})")
    print(f"warm report on {args.corpus}: {report_s:.1f} s (runs: {', '.join(f'{t:.1f}' for t in report_runs)})")
    print(f"ratio: {report_s / empty_s:.1f}")


if __name__ == "__main__":
    main()
