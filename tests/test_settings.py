"""A crisis is a folder: the corpus's own resource files replace the bundled ones, on every engine."""
from __future__ import annotations

import pickle
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from presslens.analyses.framing import label_terms
from presslens.analyses.registry import REGISTRY, Analysis, ordered
from presslens.paths import ROOT, SEEDS_DIR
from presslens.pipeline import analyze_corpus
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.store.tables import read_table

EXAMPLE = ROOT / "tests" / "fixtures" / "example_crisis"
DAR = (
    "name,type,affiliation,bloc,role,gender,aliases\n"
    "Ishaq Dar,person,Pakistan,Pakistan,Foreign Minister of Pakistan,male,Ishaq Dar|Dar\n"
)

SARAVAN = "name,type,affiliation,bloc,role,gender,aliases\nWorld Economic Forum,organization,International,International,,,Davos\n"


def test_the_example_crisis_runs_on_its_own_resources(tmp_path):
    analyze_corpus(EXAMPLE, tmp_path)
    articles = read_table(tmp_path, "articles")
    assert list(articles["is_relevant"]) == [True, True]  # relevant by its own crisis.json
    assert set(articles["published"]) == {"2031-03-04", "2031-03-06"}
    quotes = read_table(tmp_path, "quotes")
    said = quotes[quotes["text"].str.startswith("We released water")]
    assert list(said["speaker"]) == ["Ilse Varga"] and list(said["affiliation"]) == ["Norland"]
    assert "Tomas Oreb" in set(quotes.loc[quotes["text"].str.startswith("We expect Norland"), "speaker"])
    labels = read_table(tmp_path, "labels")
    assert set(labels["concept"]) == {"Vell dam", "water release"}  # its label_terms.csv, not the bundled one
    barrage = labels[(labels["article_id"] == "sudria_daily.txt#0") & (labels["term"] == "the barrage")]
    assert list(barrage["count"]) == [1]
    events = read_table(tmp_path, "events")
    summons = events[events["event_type"] == "summon envoy"]
    assert list(zip(summons["actor1"], summons["actor2"], summons["date"])) == [("Sudria", "Norland", "2031-03-04")]


def test_a_corpus_label_terms_file_replaces_the_bundled_one(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS_DIR, corpus)
    (corpus / "label_terms.csv").write_text("concept,term,scope,keywords,pattern\nborder,border,word,border,borders?\n", encoding="utf-8")
    assert [t.concept for t in label_terms(Settings.for_corpus(corpus))] == ["border"]
    assert len(label_terms(DEFAULT_SETTINGS)) > 1
    analyze_corpus(corpus, tmp_path / "out")
    labels = read_table(tmp_path / "out", "labels")
    assert set(labels["concept"]) == {"border"} and labels["count"].sum() > 0


def test_settings_carry_the_corpus_files_and_pickle(tmp_path):
    (tmp_path / "actors.csv").write_text(DAR, encoding="utf-8")
    settings = Settings.for_corpus(tmp_path)
    assert settings.override("actors.csv") == DAR and settings.override("label_terms.csv") is None
    assert pickle.loads(pickle.dumps(settings)) == settings
    assert settings.read_text("label_terms.csv") == DEFAULT_SETTINGS.read_text("label_terms.csv")


def test_folders_without_resource_files_share_one_settings_value(tmp_path):
    """Caches keyed by settings are not rebuilt for each folder: only the resource files make settings differ."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = Settings.for_corpus(tmp_path / "a"), Settings.for_corpus(tmp_path / "b")
    assert first == second == DEFAULT_SETTINGS and hash(first) == hash(DEFAULT_SETTINGS)
    assert first.corpus != second.corpus
    (tmp_path / "b" / "actors.csv").write_text(DAR, encoding="utf-8")
    assert Settings.for_corpus(tmp_path / "b") != first


def test_analyses_run_after_what_they_need():
    names = [a.name for a in ordered()]
    assert names.index("quotes") < names.index("sentiment") and names.index("quotes") < names.index("framing")
    first = Analysis("first", lambda article, done, settings: {}, ())
    later = Analysis("later", lambda article, done, settings: {}, (), needs=("first",))
    assert [a.name for a in ordered({"later": later, "first": first})] == ["first", "later"]
    with pytest.raises(ValueError, match="unregistered"):
        ordered({"later": later})
    assert set(REGISTRY) >= {"quotes", "sentiment", "framing", "events"}


def _free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, seconds: float) -> None:
    """Wait until something listens on the port."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port} after {seconds} s")


def test_an_external_dask_cluster_sees_the_corpus_actors(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS_DIR, corpus)
    (corpus / "actors.csv").write_text(SARAVAN, encoding="utf-8")
    analyze_corpus(corpus, tmp_path / "local")
    port = _free_port()
    dask = str(Path(sys.executable).with_name("dask"))
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        _wait_for_port(port, 60)
        # The worker starts before the corpus is known: only what travels with the work can reach it.
        worker = subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path)
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=60)
        analyze_corpus(corpus, tmp_path / "dask", engine="dask", scheduler=address)
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
    for name in ("articles", "sentences", "quotes", "events", "frames", "labels", "voice_tone", "event_clusters"):
        local, remote = (tmp_path / "local" / f"{name}.csv").read_bytes(), (tmp_path / "dask" / f"{name}.csv").read_bytes()
        assert local == remote, name
    sentences = read_table(tmp_path / "dask", "sentences")
    assert sentences["actors"].str.split("|").explode().eq("World Economic Forum").sum() > 0
