"""Command line: `analyze` writes the tables, `report` renders the notebook suite to HTML."""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from presslens.engines import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_BATCH, ENGINES, EngineError


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

    lines: list[str] = []
    for notebook in sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                lines.extend(ln.strip() for ln in "".join(cell["source"]).splitlines() if ln.strip())
    unique = list(dict.fromkeys(lines))
    if not unique:
        return "No notebooks found: the report suite is empty."
    return ("notebook parameters (-p NAME VALUE; values are JSON where they parse, dates YYYY-MM-DD, "
            "booleans true/false, outlets one name or a JSON list):\n  " + "\n  ".join(unique))


class CommandParser(argparse.ArgumentParser):
    """A sub-command's parser whose help may end with a text made only when help is shown (`epilog_from`)."""

    def __init__(self, *args: Any, epilog_from: Callable[[], str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.epilog_from = epilog_from

    def format_help(self) -> str:
        if self.epilog_from is not None:
            self.epilog = self.epilog_from()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m presslens`."""
    parser = argparse.ArgumentParser(prog="presslens", description="How the press covered a crisis.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=CommandParser)
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
                              "(cache: $PRESSLENS_CACHE_DIR, else the user's cache folder, e.g. ~/.cache/presslens)")
    analyze.add_argument("--follow-symlinks", action="store_true",
                         help="read files that symbolic links in the corpus lead to outside the corpus folder")
    analyze.add_argument("--article-timeout", type=float, default=DEFAULT_ARTICLE_TIMEOUT,
                         help=f"seconds one article may take before it is listed in skipped (default: {DEFAULT_ARTICLE_TIMEOUT:g}; 0 = no limit); "
                              "engines local and processes only: Dask workers run articles in threads, which no timer can stop")
    report = commands.add_parser("report", help="execute every notebook on a corpus and render HTML reports",
                                 description="Analyse CORPUS once, run every notebook on it and render HTML reports "
                                             "with an index page into OUT.",
                                 epilog_from=_parameters_help, formatter_class=argparse.RawDescriptionHelpFormatter)
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
        with warnings.catch_warnings():
            warnings.showwarning = _one_line_warning
            if args.command == "analyze":
                return _analyze(args)
            return _report(args)
    except (FileNotFoundError, ValueError, EngineError) as error:  # a CorpusError is a ValueError
        print(f"presslens: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # e.g. a full disk: the previous output is left as it was
        where = f" ({error.filename})" if error.filename else ""
        print(f"presslens: error: {error.strerror or error}{where}; the previous output, if any, is unchanged", file=sys.stderr)
        return 1


def _one_line_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: object = None, line: str | None = None) -> None:
    """Print a warning as one line, without the source location."""
    print(f"presslens: warning: {message}", file=sys.stderr)


def _analyze(args: argparse.Namespace) -> int:
    """`analyze CORPUS --out DIR`."""
    from presslens.pipeline import analyze_corpus  # here: `report` starts its kernels before the pipeline loads

    if not args.corpus.exists():
        raise FileNotFoundError(f"corpus not found: {args.corpus}")
    if args.scheduler and args.engine != "dask":
        raise ValueError("--scheduler goes with --engine dask")
    if args.batch_size < 1:
        raise ValueError("--batch-size must be at least 1")
    if args.article_timeout < 0:
        raise ValueError("--article-timeout must be 0 (no limit) or more seconds")
    summary = analyze_corpus(args.corpus, args.out, engine=args.engine, workers=args.workers,
                             scheduler=args.scheduler, batch_size=args.batch_size, cache=args.cache,
                             follow_symlinks=args.follow_symlinks, article_timeout=args.article_timeout or None)
    notes = f", {summary.n_notes} repaired and read" if summary.n_notes else ""
    print(f"{summary.n_articles} stories analysed, {summary.n_skipped} files or rows skipped{notes}; "
          f"tables in {summary.tables_dir}: {', '.join(summary.tables)}")
    if summary.n_cached:
        print(f"  {summary.n_cached} of {summary.n_articles} stories unchanged: results reused from the cache")
    if summary.n_skipped or summary.n_notes:
        import pandas as pd

        skipped = pd.read_csv(summary.tables_dir / "skipped.csv", keep_default_na=False)
        for row in skipped.itertuples():
            where = f" ({row.location})" if row.location else ""
            print(f"  skipped {row.source_file}{where}: {row.reason}")
    return 0


def _report(args: argparse.Namespace) -> int:
    """`report --corpus CORPUS --out DIR [-p NAME VALUE ...]`."""
    from presslens.report.render import run_reports

    if not args.corpus.exists():
        raise FileNotFoundError(f"corpus not found: {args.corpus}")
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
