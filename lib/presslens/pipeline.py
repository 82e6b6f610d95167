"""The analysis pipeline: corpus in, tables out, article by article, on one of three engines.

The analyses are those registered in `presslens.analyses`, run in dependency order. The analysis of
one article is a pure function of it and of the corpus's `Settings` (its resource files), so batches
go with the settings to a process pool or a Dask cluster unchanged, and each batch is written to disk
(one Parquet row group per table) before the next is read. With the per-article cache, an
article whose content and library/resource version were seen before is not analysed again.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from presslens import __version__
from presslens.analyses import Analysis, ordered
from presslens.article import Article
from presslens.article_cache import ArticleCache, Result
from presslens.corpus import iter_corpus
from presslens.ingest import Skipped, corpus_files
from presslens.paths import PACKAGE_DIR, REPORTS_DIR, SEEDS_DIR
from presslens.settings import DEFAULT_SETTINGS, RESOURCE_FILES, Settings
from presslens.tables import SCHEMAS, LazyTables, TableWriter, read_table

ENGINES = ("local", "processes", "dask")
DEFAULT_BATCH = 256


@dataclass(frozen=True)
class AnalysisSummary:
    """What an analysis run produced."""

    tables_dir: Path
    n_articles: int
    n_skipped: int
    tables: tuple[str, ...]
    n_cached: int = 0


def analysis_steps() -> tuple[Analysis, ...]:
    """The registered analyses in the order the pipeline runs them."""
    return ordered()


def base_tables(article: Article) -> dict[str, list[dict]]:
    """The tables ingestion alone gives for one article: its record and its removed boilerplate lines."""
    return {
        "articles": [article.record()],
        "boilerplate": [
            {"article_id": article.article_id, "source_file": article.source_file, "line": line, "chars": len(line)}
            for line in article.removed_lines
        ],
    }


def analyze_article(article: Article, settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[dict]]:
    """Every per-article table for one article (a pure function of the article and the settings)."""
    return {**base_tables(article), **analysis_results(article, settings)}


def analysis_results(article: Article, settings: Settings = DEFAULT_SETTINGS) -> Result:
    """The tables the analyses produce for one article (what the per-article cache stores)."""
    done = base_tables(article)
    results: Result = {}
    for analysis in analysis_steps():
        produced = analysis.article_tables(article, done, settings)
        done.update(produced)
        results.update(produced)
    return results


def _batches(items: Iterable[Article | Skipped], size: int) -> Iterator[tuple[list[Article], list[Skipped]]]:
    """Group a stream of articles (and skipped records) into batches of `size` articles."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            articles.append(item)
        if len(articles) >= size:
            yield articles, skipped
            articles, skipped = [], []
    if articles or skipped:
        yield articles, skipped


def _mapper(engine: str, workers: int | None, scheduler: str | None, settings: Settings) -> tuple[Callable[[list[Article]], list[dict]], Callable[[], None]]:
    """A function mapping analysis_results over a batch on the chosen engine (the settings sent with each batch), and its shutdown."""
    analyse = partial(analysis_results, settings=settings)
    if engine == "local":
        return (lambda batch: [analyse(a) for a in batch]), (lambda: None)
    if engine == "processes":
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers or os.cpu_count())
        size = max(1, (workers or os.cpu_count() or 1) * 4)
        return (lambda batch: list(pool.map(analyse, batch, chunksize=max(1, len(batch) // size)))), pool.shutdown
    if engine == "dask":
        from distributed import Client, LocalCluster

        cluster = None if scheduler else LocalCluster(n_workers=workers or os.cpu_count(), threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(scheduler or cluster)

        def run(batch: list[Article]) -> list[dict]:
            return client.gather(client.map(analysis_results, batch, settings=settings, pure=False)) if batch else []

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
    cache: bool | str | Path = False,
) -> AnalysisSummary:
    """Analyse a corpus and write every table (CSV and Parquet) into `out_dir`, one row group per batch.

    With `cache` (True for `cache_dir()/articles.sqlite`, or a file path), each article's results
    are looked up by content hash and library/resource version, and only new or changed articles
    are analysed.
    """
    out = Path(out_dir)
    settings = Settings.for_corpus(corpus)
    store = _open_cache(cache, Path(corpus))
    mapper, shutdown = _mapper(engine, workers, scheduler, settings)
    writer = TableWriter(out)
    n_articles = n_skipped = n_cached = 0
    try:
        with tqdm(desc="analysing", unit="article", disable=not show_progress()) as bar:
            for articles, skipped in _batches(iter_corpus(corpus), batch_size):
                if skipped:
                    writer.write("skipped", [s.record() for s in skipped])
                    n_skipped += len(skipped)
                results, hits = _batch_results(articles, mapper, store)
                for name, rows in _merge_tables(articles, results).items():
                    writer.write(name, rows)
                n_articles += len(articles)
                n_cached += hits
                bar.update(len(articles))
    finally:
        writer.close()
        shutdown()
        if store is not None:
            store.close()
    aggregates = corpus_aggregates(LazyTables(out), settings)
    writer = TableWriter(out)
    for name, frame in aggregates.items():
        writer.write(name, frame)
    writer.ensure([n for n in SCHEMAS if n not in aggregates and not (out / f"{n}.parquet").is_file()])
    writer.close()
    return AnalysisSummary(out, n_articles, n_skipped, tuple(sorted(p.stem for p in out.glob("*.parquet"))), n_cached)


def _open_cache(cache: bool | str | Path, corpus: Path) -> ArticleCache | None:
    """The per-article cache to use (None when caching is off)."""
    if cache is False:
        return None
    path = cache_dir() / "articles.sqlite" if cache is True else Path(cache)
    return ArticleCache(path, library_fingerprint(), corpus_resources_fingerprint(corpus))


def _batch_results(articles: list[Article], mapper: Callable[[list[Article]], list[Result]], store: ArticleCache | None) -> tuple[list[Result], int]:
    """The analysis results of a batch, in article order (cached ones reused), and how many came from the cache."""
    if store is None:
        return mapper(articles), 0
    keys = store.keys_for(articles)
    cached = store.get_many(keys)
    todo = [(key, article) for key, article in zip(keys, articles) if key not in cached]
    fresh = dict(zip((key for key, _ in todo), mapper([article for _, article in todo])))
    store.put_many(fresh.items())
    return [cached[key] if key in cached else fresh[key] for key in keys], len(articles) - len(todo)


def _merge_tables(articles: list[Article], results: list[Result]) -> dict[str, list[dict]]:
    """The rows of every table for a batch, article by article (base tables first)."""
    merged: dict[str, list[dict]] = {}
    for article, result in zip(articles, results):
        for name, rows in (base_tables(article) | result).items():
            if rows:
                merged.setdefault(name, []).extend(rows)
    return merged


def corpus_aggregates(tables: Mapping[str, pd.DataFrame], settings: Settings = DEFAULT_SETTINGS) -> dict[str, pd.DataFrame]:
    """The corpus-level tables of every analysis that has some."""
    results: dict[str, pd.DataFrame] = {}
    for analysis in analysis_steps():
        if analysis.corpus_tables is not None:
            results.update(analysis.corpus_tables(tables, settings))
    return results


def library_fingerprint() -> str:
    """A key that changes when any library source file, resource file, the version or the analysis list changes."""
    digest = hashlib.sha256(f"{__version__}|{','.join(a.name for a in analysis_steps())}".encode())
    for path in sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:20]


def corpus_resources_fingerprint(corpus: Path) -> str:
    """A key over the corpus folder's own resource files (see `settings.RESOURCE_FILES`), by content."""
    folder = corpus if corpus.is_dir() else corpus.parent
    digest = hashlib.sha256()
    for name in RESOURCE_FILES:
        if (folder / name).is_file():
            digest.update(name.encode())
            digest.update((folder / name).read_bytes())
    return digest.hexdigest()[:20]


def corpus_fingerprint(corpus: Path) -> str:
    """A key that changes when any corpus file, resource, library source file or the analysis list changes."""
    digest = hashlib.sha256(library_fingerprint().encode())
    folder = corpus if corpus.is_dir() else corpus.parent
    extra = [folder / n for n in ("metadata.csv", *RESOURCE_FILES) if (folder / n).is_file()]
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
        analyze_corpus(root, staging, cache=True, **engine_options)  # type: ignore[arg-type]
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
    settings: Settings = DEFAULT_SETTINGS,
) -> dict[str, pd.DataFrame]:
    """Keep the articles the notebook parameters select and every row that belongs to them; re-aggregate
    (with the corpus's `settings`)."""
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
    filtered.update(corpus_aggregates(filtered, settings))
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
    settings = Settings.for_corpus(corpus_dir if str(corpus_dir) else SEEDS_DIR)
    return filter_tables(tables, only_relevant=only_relevant, outlets=outlets, start_date=start_date, end_date=end_date, settings=settings)
