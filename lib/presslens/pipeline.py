"""The analysis pipeline: corpus in, tables out, article by article, on one of three engines.

The analyses are those registered in `presslens.analyses.registry`, run in dependency order on one
`ArticleContext` per article (the views of its text they share are computed once). The analysis of
one article is a pure function of it and of the corpus's `Settings` (its resource files), so batches
go with the settings to a process pool or a Dask cluster unchanged, and each batch is written to disk
(one Parquet row group per table) before the next is read. With the per-article cache, an
article whose content and library/resource version were seen before is not analysed again.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from pathlib import Path

import pandas as pd
import platformdirs
import pyarrow.parquet as pq
from tqdm import tqdm

from presslens import __version__
from presslens.analyses.registry import Analysis, ordered
from presslens.article import Article
from presslens.context import ArticleContext
from presslens.engines import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_BATCH, ENGINES, EngineError
from presslens.ingestion.corpus import checked_settings, iter_corpus
from presslens.ingestion.files import CONTROL_FILES, Note, Skipped, corpus_files
from presslens.paths import PACKAGE_DIR, SEEDS_DIR
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.store.article_cache import ArticleCache, Result
from presslens.store.output_folder import MANIFEST, OutputError, atomic_output, write_manifest
from presslens.store.tables import SCHEMAS, LazyTables, TableWriter, read_table

DASK_WAIT = 30  # seconds to wait for a Dask scheduler and its first worker


@dataclass(frozen=True)
class AnalysisSummary:
    """What an analysis run produced."""

    tables_dir: Path
    n_articles: int
    n_skipped: int
    tables: tuple[str, ...]
    n_cached: int = 0
    n_notes: int = 0  # repairs listed in `skipped` for files or rows that were still read (e.g. NULs removed)


@cache
def analysis_steps() -> tuple[Analysis, ...]:
    """The registered analyses in the order the pipeline runs them (ordered once: `presslens.analyses.registry` registers
    them all when it is imported)."""
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
    """The tables the analyses produce for one article (what the per-article cache stores); the analyses share one
    `ArticleContext` of it."""
    context = ArticleContext(article, settings)
    done = base_tables(article)
    results: Result = {}
    for analysis in analysis_steps():
        produced = analysis.article_tables(context, done)
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


class ArticleTimeout(Exception):
    """One article took longer than the per-article time limit."""


def _on_alarm(signum: int, frame: object) -> None:
    """Signal handler: the article being analysed ran out of time."""
    raise ArticleTimeout


def guarded_results(article: Article, settings: Settings = DEFAULT_SETTINGS, timeout: float | None = None) -> Result | str:
    """analysis_results(article, settings), or the reason it failed: an error or (in a main thread, where a timer
    signal can interrupt it) more than `timeout` seconds. A failure ends this article, never the run."""
    seconds = timeout or 0.0
    timed = bool(seconds) and threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return analysis_results(article, settings)
    except ArticleTimeout:
        return f"analysis took longer than {timeout:g} s (the --article-timeout); not analysed"
    except Exception as error:  # any fault of one article's analysis becomes a skipped row
        return f"analysis failed: {type(error).__name__}: {error}"
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _end_with_parent(parent: int) -> None:
    """In a pool worker: exit as soon as the parent process is gone (killed), checked every second."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _mapper(engine: str, workers: int | None, scheduler: str | None, settings: Settings, timeout: float | None = None) -> tuple[Callable[[list[Article]], list[Result | str]], Callable[[], None]]:
    """A function mapping guarded_results over a batch on the chosen engine (the settings sent with each batch), and its shutdown."""
    task = partial(guarded_results, settings=settings, timeout=timeout)
    if engine == "local":
        return (lambda batch: [task(a) for a in batch]), (lambda: None)
    if engine == "processes":
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        pool = ProcessPoolExecutor(max_workers=workers or os.cpu_count(), initializer=_end_with_parent, initargs=(os.getpid(),))
        size = max(1, (workers or os.cpu_count() or 1) * 4)

        def run(batch: list[Article]) -> list[Result | str]:
            try:
                return list(pool.map(task, batch, chunksize=max(1, len(batch) // size)))
            except BrokenProcessPool:
                raise EngineError("a worker process ended abruptly (killed, or out of memory); "
                                  "run again with fewer --workers or --engine local") from None

        return run, pool.shutdown
    if engine == "dask":
        return _dask_mapper(task, workers, scheduler)
    raise ValueError(f"unknown engine '{engine}' (choose one of: {', '.join(ENGINES)})")


def _dask_mapper(task: Callable[[Article], Result | str], workers: int | None, scheduler: str | None) -> tuple[Callable[[list[Article]], list[Result | str]], Callable[[], None]]:
    """The Dask engine: a local cluster, or the scheduler at `scheduler`, which must have a worker within
    DASK_WAIT seconds; a lost connection ends the run with one line."""
    from distributed import Client, LocalCluster

    where = scheduler or "a local cluster"
    cluster = None if scheduler else LocalCluster(n_workers=workers or os.cpu_count(), threads_per_worker=1, processes=True, dashboard_address=None)
    client = None
    try:
        client = Client(scheduler or cluster, timeout=DASK_WAIT)
        client.wait_for_workers(1, timeout=DASK_WAIT)
    except (OSError, TimeoutError):
        for part in (client, cluster):
            if part is not None:
                part.close()
        raise EngineError(f"no Dask worker at {where} within {DASK_WAIT} s; start one or use --engine processes") from None

    def run(batch: list[Article]) -> list[Result | str]:
        try:
            return client.gather(client.map(task, batch, pure=False)) if batch else []
        except Exception as error:  # the per-article errors are returned by `task`: this is the cluster's fault
            raise EngineError(f"lost the Dask scheduler or workers at {where} ({type(error).__name__}: {error})") from None

    def stop() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return run, stop


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
    follow_symlinks: bool = False,
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
) -> AnalysisSummary:
    """Analyse a corpus and write every table (CSV and Parquet) and `manifest.json` into `out_dir`.

    The tables are written one row group per batch into a folder beside `out_dir`, which replaces
    `out_dir` only when the run is complete (see presslens.store.output_folder); a second run into the same
    `out_dir` meanwhile stops with OutputError. With `cache` (True for `cache_dir()/articles.sqlite`,
    or a file path), each article's results are looked up by content hash and library/resource
    version, and only new or changed articles are analysed. An article whose analysis fails, or (engines
    "local" and "processes" only) takes longer than `article_timeout` seconds, becomes a row of `skipped`:
    a Dask worker runs articles in threads, which a timer signal cannot interrupt, so there the limit does not apply.
    """
    out = Path(out_dir)
    with atomic_output(out) as staging:
        counts = _write_tables(Path(corpus), staging, engine, workers, scheduler, batch_size, cache, follow_symlinks, article_timeout)
        rows = {name: pq.ParquetFile(staging / f"{name}.parquet").metadata.num_rows for name in sorted(p.stem for p in staging.glob("*.parquet"))}
        write_manifest(staging, Path(corpus), __version__, counts, rows)
    return AnalysisSummary(out, counts["n_articles"], counts["n_skipped"], tuple(rows), counts["n_cached"], counts["n_notes"])


def _write_tables(corpus: Path, out: Path, engine: str, workers: int | None, scheduler: str | None, batch_size: int,
                  cache: bool | str | Path, follow_symlinks: bool, article_timeout: float | None) -> dict[str, int]:
    """Analyse the corpus into `out` (every table written, empty ones with their header); return the counts."""
    settings = checked_settings(corpus)
    store = _open_cache(cache, corpus)
    mapper, shutdown = _mapper(engine, workers, scheduler, settings, article_timeout)
    writer = TableWriter(out)
    counts = {"n_articles": 0, "n_skipped": 0, "n_notes": 0, "n_cached": 0}
    try:
        with tqdm(desc="analysing", unit="article", disable=not show_progress()) as bar:
            for articles, skipped in _batches(iter_corpus(corpus, follow_symlinks, settings), batch_size):
                results, hits = _batch_results(articles, mapper, store)
                failed = [Skipped(a.source_file, a.article_id, r) for a, r in zip(articles, results) if isinstance(r, str)]
                done = [(a, r) for a, r in zip(articles, results) if not isinstance(r, str)]
                if skipped or failed:
                    writer.write("skipped", [s.record() for s in [*skipped, *failed]])
                    counts["n_notes"] += sum(isinstance(s, Note) for s in skipped)
                    counts["n_skipped"] += len(failed) + sum(not isinstance(s, Note) for s in skipped)
                for name, rows in _merge_tables([a for a, _ in done], [r for _, r in done]).items():
                    writer.write(name, rows)
                counts["n_articles"] += len(done)
                counts["n_cached"] += hits
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
    return counts


def _open_cache(cache: bool | str | Path, corpus: Path) -> ArticleCache | None:
    """The per-article cache to use (None when caching is off)."""
    if cache is False:
        return None
    path = cache_dir() / "articles.sqlite" if cache is True else Path(cache)
    return ArticleCache(path, library_fingerprint(), corpus_resources_fingerprint(corpus))


def _batch_results(articles: list[Article], mapper: Callable[[list[Article]], list[Result | str]], store: ArticleCache | None) -> tuple[list[Result | str], int]:
    """The analysis results of a batch (a reason string for an article that failed), in article order (cached
    ones reused, failures never stored), and how many came from the cache."""
    if store is None:
        return mapper(articles), 0
    keys = store.keys_for(articles)
    cached = store.get_many(keys)
    todo = [(key, article) for key, article in zip(keys, articles) if key not in cached]
    fresh = dict(zip((key for key, _ in todo), mapper([article for _, article in todo])))
    store.put_many((key, result) for key, result in fresh.items() if not isinstance(result, str))
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
    """A key over the corpus folder's own control files (metadata.csv, crisis.json, resource overrides), by content."""
    folder = corpus if corpus.is_dir() else corpus.parent
    digest = hashlib.sha256()
    for name in sorted(CONTROL_FILES):
        if (folder / name).is_file():
            digest.update(name.encode() + b"\x00")
            digest.update(hashlib.sha256((folder / name).read_bytes()).digest())
    return digest.hexdigest()[:20]


def corpus_fingerprint(corpus: Path) -> str:
    """A key that changes when any corpus file, control file, library source file or the analysis list changes."""
    digest = hashlib.sha256(f"{library_fingerprint()}|{corpus_resources_fingerprint(corpus)}".encode())
    for path in corpus_files(corpus):
        stat = path.stat()
        digest.update(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where analysis results are cached: $PRESSLENS_CACHE_DIR, else the user's cache folder (XDG_CACHE_HOME or
    ~/.cache/presslens on Linux), never inside the package or its virtual environment."""
    return Path(os.environ.get("PRESSLENS_CACHE_DIR") or platformdirs.user_cache_dir("presslens"))


def cached_analysis(corpus: str | Path = "") -> Path:
    """The tables directory for a corpus, analysing it only when no complete analysis is cached."""
    root = Path(corpus) if str(corpus) else SEEDS_DIR
    if not root.exists():
        raise FileNotFoundError(f"corpus not found: {root}")
    target = cache_dir() / corpus_fingerprint(root)
    if not (target / MANIFEST).is_file():
        try:
            analyze_corpus(root, target, cache=True)
        except OutputError:  # another process is analysing the same corpus: wait for its lock, then use its tables
            with open(target.parent / f".{target.name}.lock") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
            if not (target / MANIFEST).is_file():
                raise
    return target


def selected_articles(articles: pd.DataFrame, *, only_relevant: bool = True, outlets: Sequence[str] = (),
                      start_date: str = "", end_date: str = "") -> pd.DataFrame:
    """The rows of the `articles` table that the notebook parameters select."""
    keep = pd.Series(True, index=articles.index)
    if only_relevant:
        keep &= articles["is_relevant"]
    if outlets:
        keep &= articles["outlet"].isin(list(outlets))
    if start_date:
        keep &= (articles["published"] != "") & (articles["published"] >= start_date)
    if end_date:
        keep &= (articles["published"] != "") & (articles["published"] <= end_date)
    return articles[keep]


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
    ids = set(selected_articles(tables["articles"], only_relevant=only_relevant, outlets=outlets,
                                start_date=start_date, end_date=end_date)["article_id"])
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
    library code), so the notebooks of one report share one analysis run. Within a process, the filtered
    tables of one analysis folder and one selection are read once (`_filtered_tables`; the folder's name is
    that key and a complete folder never changes) and each call gets its own dict of copies (pandas copies on write).
    """
    root = Path(corpus_dir) if str(corpus_dir) else SEEDS_DIR
    tables = _filtered_tables(cached_analysis(root), root.resolve(), only_relevant, tuple(outlets), start_date, end_date)
    return {name: frame.copy(deep=False) for name, frame in tables.items()}


@lru_cache(maxsize=8)
def _filtered_tables(tables_dir: Path, corpus: Path, only_relevant: bool, outlets: tuple[str, ...], start_date: str,
                     end_date: str) -> dict[str, pd.DataFrame]:
    """`load_tables` for the analysis in `tables_dir` of `corpus` (whose settings re-aggregate the selection)."""
    names = sorted({*SCHEMAS, *(p.stem for p in tables_dir.glob("*.parquet"))})
    tables = {name: read_table(tables_dir, name) for name in names}
    return filter_tables(tables, only_relevant=only_relevant, outlets=outlets, start_date=start_date, end_date=end_date,
                         settings=Settings.for_corpus(corpus))
