"""Command line: `analyze` writes the tables, `report` renders the notebook suite to HTML."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from presslens.corpus import CorpusError
from presslens.pipeline import DEFAULT_BATCH, ENGINES, analyze_corpus


def _parse_value(text: str) -> object:
    """A -p value: JSON where it parses (numbers, true/false, lists), else the plain string."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        lowered = text.lower()
        return {"true": True, "false": False}.get(lowered, text)


def _parameters_help() -> str:
    """The notebook parameters, as declared in the notebooks' `parameters` cells (for `report --help`)."""
    from presslens.paths import NOTEBOOKS_DIR

    lines = []
    for notebook in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                lines.extend(ln.strip() for ln in "".join(cell["source"]).splitlines() if ln.strip())
    unique = list(dict.fromkeys(lines))
    if not unique:
        return "No notebooks found: the report suite is empty."
    return ("notebook parameters (-p NAME VALUE; values are JSON where they parse, dates YYYY-MM-DD, "
            "booleans true/false, outlets one name or a JSON list):\n  " + "\n  ".join(unique))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m presslens`."""
    parser = argparse.ArgumentParser(prog="presslens", description="How the press covered a crisis.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse a corpus and write every table as CSV and Parquet")
    analyze.add_argument("corpus", type=Path, help="folder of articles (.txt/.html/.csv/.jsonl) or one such file")
    analyze.add_argument("--out", type=Path, required=True, help="folder for the tables")
    analyze.add_argument("--engine", choices=ENGINES, default="local", help="where articles are analysed (default: local)")
    analyze.add_argument("--workers", type=int, default=None, help="worker processes for 'processes'/'dask' (default: all cores)")
    analyze.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler (with --engine dask)")
    analyze.add_argument("--batch-size", type=int, default=DEFAULT_BATCH,
                         help=f"articles per batch written to disk (default: {DEFAULT_BATCH})")
    analyze.add_argument("--no-cache", dest="cache", action="store_false",
                         help="analyse every article again instead of reusing cached results "
                              "(cache: $PRESSLENS_CACHE_DIR, else reports/.cache)")
    report = commands.add_parser("report", help="execute every notebook on a corpus and render HTML reports",
                                 description="Analyse CORPUS once, run every notebook on it and render HTML reports "
                                             "with an index page into OUT.",
                                 epilog=_parameters_help(), formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("--corpus", type=Path, required=True, help="folder of articles")
    report.add_argument("--out", type=Path, required=True, help="folder for executed notebooks, HTML, figures and tables")
    report.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="notebook parameter (JSON values allowed, e.g. -p outlets '[\"Arab News\"]'); repeatable")
    report.add_argument("--notebooks", nargs="*", default=None, help="only these notebooks (name prefixes, e.g. 00 02)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        return _report(args)
    except (CorpusError, FileNotFoundError, ValueError) as error:
        print(f"presslens: error: {error}", file=sys.stderr)
        return 2


def _analyze(args: argparse.Namespace) -> int:
    """`analyze CORPUS --out DIR`."""
    if not args.corpus.exists():
        raise CorpusError(f"corpus not found: {args.corpus}")
    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler goes with --engine dask")
    if args.batch_size < 1:
        raise ValueError("--batch-size must be at least 1")
    summary = analyze_corpus(args.corpus, args.out, engine=args.engine, workers=args.workers,
                             scheduler=args.scheduler, batch_size=args.batch_size, cache=args.cache)
    print(f"{summary.n_articles} stories analysed, {summary.n_skipped} files or rows skipped; "
          f"tables in {summary.tables_dir}: {', '.join(summary.tables)}")
    if summary.n_cached:
        print(f"  {summary.n_cached} of {summary.n_articles} stories unchanged: results reused from the cache")
    if summary.n_skipped:
        import pandas as pd

        skipped = pd.read_csv(summary.tables_dir / "skipped.csv", keep_default_na=False)
        for row in skipped.itertuples():
            where = f" ({row.location})" if row.location else ""
            print(f"  skipped {row.source_file}{where}: {row.reason}")
    return 0


def _report(args: argparse.Namespace) -> int:
    """`report --corpus CORPUS --out DIR [-p NAME VALUE ...]`."""
    from presslens.report import run_reports

    if not args.corpus.exists():
        raise CorpusError(f"corpus not found: {args.corpus}")
    parameters = {name: _parse_value(value) for name, value in args.parameter}
    results = run_reports(args.corpus, args.out, parameters, args.notebooks)
    if not results:
        print(f"presslens: no stories match the filters; see {args.out / 'index.html'}", file=sys.stderr)
        return 0
    failed = [r for r in results if not r.ok]
    for result in failed:
        print(f"presslens: {result.name} failed: {result.error}", file=sys.stderr)
    print(f"{len(results) - len(failed)} of {len(results)} reports rendered; open {args.out / 'index.html'}")
    return 1 if failed else 0
