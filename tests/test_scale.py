"""Engines, streaming and incremental writing: local, processes and Dask give identical tables."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from presslens.cli import main
from presslens.ingestion.corpus import load_corpus
from presslens.paths import ROOT, SEEDS_DIR
from presslens.pipeline import _batches, analyze_corpus, show_progress
from presslens.store.tables import SCHEMAS
from presslens.synthetic import generate_corpus

N_GENERATED = 300


@pytest.fixture(scope="module")
def dask_cluster():
    """A two-worker distributed.LocalCluster for the module."""
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A generated corpus of a few hundred articles (jsonl)."""
    return generate_corpus(tmp_path_factory.mktemp("generated"), N_GENERATED, fmt="jsonl", seed=7)


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Every Parquet table of an output folder."""
    return {path.stem: pd.read_parquet(path) for path in sorted(folder.glob("*.parquet"))}


def _assert_identical(first: Path, second: Path) -> None:
    """Same tables, same rows in the same order, same values; CSV files byte for byte."""
    left, right = _tables(first), _tables(second)
    assert sorted(left) == sorted(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)
        assert (first / f"{name}.csv").read_bytes() == (second / f"{name}.csv").read_bytes(), name


@pytest.mark.parametrize("corpus_name", ["seeds", "generated"])
def test_engines_give_identical_tables(corpus_name, generated, dask_cluster, tmp_path):
    corpus = SEEDS_DIR if corpus_name == "seeds" else generated
    expected_articles = 6 if corpus_name == "seeds" else N_GENERATED
    summaries = {
        "local": analyze_corpus(corpus, tmp_path / "local", batch_size=64),
        "processes": analyze_corpus(corpus, tmp_path / "processes", engine="processes", workers=2, batch_size=64),
        "dask": analyze_corpus(corpus, tmp_path / "dask", engine="dask", scheduler=dask_cluster.scheduler_address,
                               batch_size=64),
    }
    assert {s.n_articles for s in summaries.values()} == {expected_articles}
    assert len(pd.read_parquet(tmp_path / "local" / "articles.parquet")) == expected_articles
    assert len(pd.read_parquet(tmp_path / "local" / "sentences.parquet")) > expected_articles * 5
    _assert_identical(tmp_path / "local", tmp_path / "processes")
    _assert_identical(tmp_path / "local", tmp_path / "dask")


def test_tables_written_one_row_group_per_batch(generated, tmp_path):
    summary = analyze_corpus(generated, tmp_path, batch_size=100)
    articles = pq.ParquetFile(tmp_path / "articles.parquet")
    sentences = pq.ParquetFile(tmp_path / "sentences.parquet")
    assert summary.n_articles == N_GENERATED
    assert articles.metadata.num_row_groups == 3
    assert [articles.metadata.row_group(i).num_rows for i in range(3)] == [100, 100, 100]
    assert sentences.metadata.num_row_groups == 3
    assert len(pd.read_csv(tmp_path / "articles.csv", keep_default_na=False)) == N_GENERATED


def test_batches_stream_in_order_with_skipped_records(generated):
    stories = load_corpus(generated).articles
    batches = list(_batches(iter(stories), 128))
    assert [len(a) for a, _ in batches] == [128, 128, N_GENERATED - 256]
    assert [a.article_id for batch, _ in batches for a in batch] == [a.article_id for a in stories]


def test_generated_corpus_varies_outlets_dates_and_order(generated):
    articles = load_corpus(generated).articles
    assert len(articles) == N_GENERATED
    assert len({a.outlet for a in articles}) >= 8
    assert len({a.published for a in articles}) >= 20
    assert len({a.text.split("\n\n")[0] for a in articles}) >= 10
    assert all(a.is_relevant for a in articles)


def test_generated_txt_corpus_is_raw_text_cleaned_on_ingest(tmp_path):
    generate_corpus(tmp_path, 12, fmt="txt", seed=3)
    files = sorted(tmp_path.rglob("*.txt"))
    articles = load_corpus(tmp_path).articles
    assert len(files) == len(articles) == 12
    assert "Subscribe to get the latest posts" in files[0].read_text()
    assert all("Subscribe to get the latest posts" not in a.text and a.published is not None for a in articles)


def test_generated_corpus_is_deterministic(tmp_path):
    first = generate_corpus(tmp_path / "a", 20, fmt="jsonl", seed=5)
    second = generate_corpus(tmp_path / "b", 20, fmt="jsonl", seed=5)
    other = generate_corpus(tmp_path / "c", 20, fmt="jsonl", seed=6)
    data = (first / "corpus.jsonl").read_bytes()
    assert data == (second / "corpus.jsonl").read_bytes() != (other / "corpus.jsonl").read_bytes()


def test_cli_analyze_with_dask_against_a_running_cluster(dask_cluster, tmp_path, capsys):
    code = main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path), "--engine", "dask",
                 "--scheduler", dask_cluster.scheduler_address, "--no-cache"])
    assert code == 0
    assert capsys.readouterr().out.startswith("6 stories analysed, 0 files or rows skipped")
    assert list(pd.read_parquet(tmp_path / "sentences.parquet").columns) == list(SCHEMAS["sentences"])


def test_cli_rejects_scheduler_without_dask_and_bad_batch_size(tmp_path, capsys):
    assert main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path), "--batch-size", "0"]) == 2
    errors = capsys.readouterr().err
    assert "--scheduler goes with --engine dask" in errors and "--batch-size must be at least 1" in errors


def test_unknown_engine_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="unknown engine 'gpu'"):
        analyze_corpus(SEEDS_DIR, tmp_path, engine="gpu")


def test_progress_bar_off_in_ci_and_off_the_terminal(monkeypatch):
    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.delenv("CI", raising=False)
    assert show_progress() is True
    monkeypatch.setenv("CI", "true")
    assert show_progress() is False
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert show_progress() is False


def test_benchmark_script_runs_on_a_tiny_corpus(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_pipeline.py"), "-n", "8", "--workdir", str(tmp_path)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for stage in ("ingest", "sentences", "sentiment", "framing", "quotes", "events", "pipeline", "nltk vader"):
        assert any(line.startswith(stage) for line in lines), stage
    assert any(line.startswith("ratio") for line in lines)


QUIET = "The market in the old town was busy again this morning, and prices were steady. "


def _one_file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_4mb_paragraph_completes(tmp_path):
    paragraph = QUIET * (4 * 1024 * 1024 // len(QUIET) + 1)
    corpus = _one_file(tmp_path / "corpus", "long.txt", f"Market day in the old town\n\n{paragraph}\n")
    summary = analyze_corpus(corpus, tmp_path / "out", article_timeout=None)
    assert (summary.n_articles, summary.n_skipped) == (1, 0)
    sentences = pd.read_parquet(tmp_path / "out" / "sentences.parquet")
    assert len(sentences) == paragraph.count(". ")
    assert set(sentences["text"]) == {QUIET.strip()}


@pytest.mark.parametrize("engine", ["local", "processes"])
def test_a_failing_or_slow_article_becomes_a_skipped_row(tmp_path, monkeypatch, engine):
    from presslens import pipeline

    corpus = tmp_path / "corpus"
    for name in ("a.txt", "boom.txt", "slow.txt"):
        _one_file(corpus, name, f"Market day\n\n{QUIET}{name}\n")
    original = pipeline.analysis_results

    def faulty(article, settings):
        if article.source_file == "boom.txt":
            raise RuntimeError("forced failure")
        if article.source_file == "slow.txt":
            import time
            time.sleep(30)
        return original(article, settings)

    original(load_corpus(corpus).articles[0])  # resources loaded once, before any time limit (forked workers inherit them)
    monkeypatch.setattr(pipeline, "analysis_results", faulty)  # processes: the forked workers inherit it
    summary = analyze_corpus(corpus, tmp_path / "out", engine=engine, workers=1, article_timeout=3)
    assert (summary.n_articles, summary.n_skipped) == (1, 2)
    assert (tmp_path / "out" / "skipped.csv").read_text() == (
        "source_file,location,reason\n"
        "boom.txt,boom.txt#0,analysis failed: RuntimeError: forced failure\n"
        "slow.txt,slow.txt#0,analysis took longer than 3 s (the --article-timeout); not analysed\n"
    )
    assert list(pd.read_parquet(tmp_path / "out" / "articles.parquet")["article_id"]) == ["a.txt#0"]


def test_dask_without_a_worker_fails_after_a_bounded_wait_in_one_line(tmp_path, capsys, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from presslens import pipeline

    monkeypatch.setattr(pipeline, "DASK_WAIT", 2)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty:
        code = main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path / "out"), "--engine", "dask",
                     "--scheduler", empty.scheduler_address, "--no-cache"])
    assert code == 2
    assert capsys.readouterr().err.splitlines() == [
        f"presslens: error: no Dask worker at {empty.scheduler_address} within 2 s; "
        "start one or use --engine processes"
    ]
    assert not (tmp_path / "out").exists()


def test_process_workers_end_when_the_parent_is_killed(tmp_path):
    psutil = pytest.importorskip("psutil")
    import os
    import signal
    import time

    corpus = tmp_path / "corpus"
    for name in ("a.txt", "b.txt"):
        _one_file(corpus, name, f"Market day\n\n{QUIET}{name}\n")
    parent = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from presslens import pipeline\n"
        "def stuck(article, settings):\n"
        "    (Path(sys.argv[3]) / str(os.getpid())).write_text('')\n"
        "    time.sleep(120)\n"
        "pipeline.analysis_results = stuck\n"
        "pipeline.analyze_corpus(sys.argv[1], sys.argv[2], engine='processes', workers=2, batch_size=2, article_timeout=None)\n"
    )
    pids = tmp_path / "pids"
    pids.mkdir()
    run = subprocess.Popen([sys.executable, "-c", parent, str(corpus), str(tmp_path / "out"), str(pids)])
    deadline = time.monotonic() + 60
    while len(list(pids.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = [int(p.name) for p in pids.iterdir()]
    assert len(workers) == 2
    os.kill(run.pid, signal.SIGKILL)
    run.wait()

    def alive(pid: int) -> bool:
        try:
            return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    deadline = time.monotonic() + 10
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(map(alive, workers))
    assert not (tmp_path / "out").exists()


def test_a_lost_dask_scheduler_gives_one_line(tmp_path, capsys, monkeypatch):
    distributed = pytest.importorskip("distributed")
    from presslens import pipeline
    from presslens.store.tables import TableWriter

    monkeypatch.setattr(pipeline, "DASK_WAIT", 2)
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)
    written = TableWriter.write

    def closing(self, name, rows):  # the scheduler goes away once the first story's tables are written
        written(self, name, rows)
        if name == "articles":
            cluster.close()

    monkeypatch.setattr(TableWriter, "write", closing)
    code = main(["analyze", str(SEEDS_DIR), "--out", str(tmp_path / "out"), "--engine", "dask",
                 "--scheduler", cluster.scheduler_address, "--no-cache", "--batch-size", "1"])
    assert code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"presslens: error: lost the Dask scheduler or workers at {cluster.scheduler_address} (")
    assert not (tmp_path / "out").exists()
