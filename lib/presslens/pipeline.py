"""The analysis pipeline: corpus in, tables out, article by article, on one of three engines.

Per-article analyses are the modules named in ARTICLE_ANALYSES; each exposes
`article_tables(article, done) -> {table: rows}` (`done` holds what earlier analyses produced
for the same article) and may expose `corpus_tables(tables) -> {table: DataFrame}` for
aggregates over the whole corpus. The analysis of one article is a pure function of it, so
batches go to a process pool or a Dask cluster unchanged, and each batch is written to disk
before the next is read.
"""
from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pandas as pd
from tqdm.auto import tqdm

from presslens import __version__
from presslens.article import Article
from presslens.corpus import iter_corpus
from presslens.ingest import Skipped, corpus_files
from presslens.paths import PACKAGE_DIR, REPORTS_DIR, SEEDS_DIR
from presslens.tables import SCHEMAS, LazyTables, TableWriter, read_table

ARTICLE_ANALYSES: tuple[str, ...] = ("sentiment", "framing")
ENGINES = ("local", "processes", "dask")
DEFAULT_BATCH = 256


@dataclass(frozen=True)
class AnalysisSummary:
    """What an analysis run produced."""

    tables_dir: Path
    n_articles: int
    n_skipped: int
    tables: tuple[str, ...]


def analysis_modules() -> list[ModuleType]:
    """The per-article analysis modules, imported in pipeline order."""
    return [importlib.import_module(f"presslens.{name}") for name in ARTICLE_ANALYSES]


def analyze_article(article: Article) -> dict[str, list[dict]]:
    """Every per-article table for one article (a pure function of the article)."""
    done: dict[str, list[dict]] = {"articles": [article.record()]}
    done["boilerplate"] = [
        {"article_id": article.article_id, "source_file": article.source_file, "line": line, "chars": len(line)}
        for line in article.removed_lines
    ]
    for module in analysis_modules():
        done.update(module.article_tables(article, done))
    return done


def _batches(items: Iterable[Article | Skipped], size: int) -> Iterator[tuple[list[Article], list[Skipped]]]:
    """Group a stream of articles (and skipped records) into batches of `size` articles."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in items:
        (skipped if isinstance(item, Skipped) else articles).append(item)
        if len(articles) >= size:
            yield articles, skipped
            articles, skipped = [], []
    if articles or skipped:
        yield articles, skipped


def _mapper(engine: str, workers: int | None, scheduler: str | None) -> tuple[Callable[[list[Article]], list[dict]], Callable[[], None]]:
    """A function mapping analyze_article over a batch on the chosen engine, and its shutdown."""
    if engine == "local":
        return (lambda batch: [analyze_article(a) for a in batch]), (lambda: None)
    if engine == "processes":
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers or os.cpu_count())
        size = max(1, (workers or os.cpu_count() or 1) * 4)
        return (lambda batch: list(pool.map(analyze_article, batch, chunksize=max(1, len(batch) // size)))), pool.shutdown
    if engine == "dask":
        from distributed import Client, LocalCluster

        cluster = None if scheduler else LocalCluster(n_workers=workers or os.cpu_count(), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(scheduler or cluster)

        def run(batch: list[Article]) -> list[dict]:
            return client.gather(client.map(analyze_article, batch, pure=False))

        def stop() -> None:
            client.close()
            if cluster is not None:
                cluster.close()

        return run, stop
    raise ValueError(f"unknown engine '{engine}' (choose one of: {', '.join(ENGINES)})")


def show_progress() -> bool:
    """Progress bars only on a terminal and never in CI logs."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def analyze_corpus(
    corpus: str | Path,
    out_dir: str | Path,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> AnalysisSummary:
    """Analyse a corpus and write every table (CSV and Parquet) into `out_dir`, batch by batch."""
    out = Path(out_dir)
    mapper, shutdown = _mapper(engine, workers, scheduler)
    writer = TableWriter(out)
    n_articles = n_skipped = 0
    try:
        with tqdm(desc="analysing", unit="article", disable=not show_progress()) as bar:
            for articles, skipped in _batches(iter_corpus(corpus), batch_size):
                if skipped:
                    writer.write("skipped", [s.record() for s in skipped])
                    n_skipped += len(skipped)
                for result in mapper(articles):
                    for name, rows in result.items():
                        if rows:
                            writer.write(name, rows)
                n_articles += len(articles)
                bar.update(len(articles))
    finally:
        writer.close()
        shutdown()
    aggregates = corpus_aggregates(LazyTables(out))
    writer = TableWriter(out)
    for name, frame in aggregates.items():
        writer.write(name, frame)
    writer.ensure([n for n in SCHEMAS if n not in aggregates and not (out / f"{n}.parquet").is_file()])
    writer.close()
    return AnalysisSummary(out, n_articles, n_skipped, tuple(sorted(p.stem for p in out.glob("*.parquet"))))


def corpus_aggregates(tables: Mapping[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus-level tables of every analysis that defines `corpus_tables`."""
    results: dict[str, pd.DataFrame] = {}
    for module in analysis_modules():
        if hasattr(module, "corpus_tables"):
            results.update(module.corpus_tables(tables))
    return results


def corpus_fingerprint(corpus: Path) -> str:
    """A key that changes when any corpus file, resource, library source file or the analysis list changes."""
    digest = hashlib.sha256(f"{__version__}|{','.join(ARTICLE_ANALYSES)}".encode())
    for path in sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    folder = corpus if corpus.is_dir() else corpus.parent
    extra = [folder / n for n in ("metadata.csv", "actors.csv", "crisis.json") if (folder / n).is_file()]
    for path in [*corpus_files(corpus), *extra]:
        stat = path.stat()
        digest.update(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where analysed tables are cached (PRESSLENS_CACHE_DIR, else reports/.cache)."""
    return Path(os.environ.get("PRESSLENS_CACHE_DIR") or REPORTS_DIR / ".cache")


def cached_analysis(corpus: str | Path = "", **engine_options: object) -> Path:
    """The tables directory for a corpus, analysing it only when nothing up to date is cached."""
    root = Path(corpus) if str(corpus) else SEEDS_DIR
    if not root.exists():
        raise FileNotFoundError(f"corpus not found: {root}")
    target = cache_dir() / corpus_fingerprint(root)
    if (target / "COMPLETE").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target.parent))
    try:
        analyze_corpus(root, staging, **engine_options)  # type: ignore[arg-type]
        (staging / "COMPLETE").write_text("ok\n")
        try:
            staging.rename(target)
        except OSError:
            if not (target / "COMPLETE").is_file():
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def filter_tables(
    tables: dict[str, pd.DataFrame],
    *,
    only_relevant: bool = True,
    outlets: Sequence[str] = (),
    start_date: str = "",
    end_date: str = "",
) -> dict[str, pd.DataFrame]:
    """Keep the articles the notebook parameters select and every row that belongs to them; re-aggregate."""
    articles = tables["articles"]
    keep = pd.Series(True, index=articles.index)
    if only_relevant:
        keep &= articles["is_relevant"]
    if outlets:
        keep &= articles["outlet"].isin(list(outlets))
    if start_date:
        keep &= (articles["published"] != "") & (articles["published"] >= start_date)
    if end_date:
        keep &= (articles["published"] != "") & (articles["published"] <= end_date)
    ids = set(articles.loc[keep, "article_id"])
    filtered = {
        name: frame[frame["article_id"].isin(ids)].reset_index(drop=True) if "article_id" in frame.columns and name != "event_clusters" else frame
        for name, frame in tables.items()
    }
    filtered.update(corpus_aggregates(filtered))
    return filtered


def load_tables(
    corpus_dir: str | Path = "",
    *,
    only_relevant: bool = True,
    outlets: Sequence[str] = (),
    start_date: str = "",
    end_date: str = "",
) -> dict[str, pd.DataFrame]:
    """Every table for a corpus (default: the bundled seeds), filtered by the shared notebook parameters.

    Analyses the corpus on first use and caches the tables (keyed by corpus files, resources and
    library code), so the notebooks of one report share one analysis run.
    """
    tables_dir = cached_analysis(corpus_dir)
    names = sorted({*SCHEMAS, *(p.stem for p in tables_dir.glob("*.parquet"))})
    tables = {name: read_table(tables_dir, name) for name in names}
    return filter_tables(tables, only_relevant=only_relevant, outlets=outlets, start_date=start_date, end_date=end_date)
