"""Time a warm `presslens report` against one papermill run of an empty notebook on the same machine.

    python benchmarks/bench_report.py [--corpus seeds] [--runs 3]

The report is run once first so that the analysis is cached ("warm"); each timed run then renders every
notebook into a fresh folder. Prints the median of each and their ratio, in wall-clock time (what the
target is about) and in CPU time of all processes (user + system, kernels included), which depends less
on what else the machine is running.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook


def cpu_of_children() -> float:
    """CPU seconds (user + system) used so far by the finished child processes and their children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds one command takes (it must succeed)."""
    started, cpu = time.perf_counter(), cpu_of_children()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, cpu_of_children() - cpu


def summary(label: str, runs: list[tuple[float, float]]) -> tuple[float, float]:
    """Print the median wall-clock and CPU time of some runs; return them."""
    wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    print(f"{label}: {wall:.1f} s, CPU {cpu:.1f} s (runs: {', '.join(f'{w:.1f}' for w, _ in runs)})")
    return wall, cpu


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
    empty_wall, empty_cpu = summary("papermill, empty notebook", papermill_runs)
    report_wall, report_cpu = summary(f"warm report on {args.corpus}", report_runs)
    print(f"ratio: {report_wall / empty_wall:.1f} (CPU time: {report_cpu / empty_cpu:.1f})")


if __name__ == "__main__":
    main()
