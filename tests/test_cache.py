"""Per-article cache: unchanged articles are reused; a changed article or resource file is analysed again."""
from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from pathlib import Path

import pandas as pd
import pytest

from presslens import pipeline
from presslens.ingestion.corpus import load_corpus
from presslens.paths import PACKAGE_DIR, SEEDS_DIR
from presslens.pipeline import analyze_corpus, cached_analysis
from presslens.store.article_cache import ArticleCache, CacheWarning, article_key


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A private copy of the seeds (with metadata.csv)."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS_DIR, target)
    return target


def _frames(folder: Path) -> dict[str, pd.DataFrame]:
    return {path.stem: pd.read_parquet(path) for path in sorted(folder.glob("*.parquet"))}


def test_rerun_on_unchanged_corpus_reuses_every_article_and_gives_the_same_tables(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    first = analyze_corpus(corpus, tmp_path / "first", cache=store)
    second = analyze_corpus(corpus, tmp_path / "second", cache=store)
    assert (first.n_articles, first.n_cached) == (6, 0)
    assert (second.n_articles, second.n_cached) == (6, 6)
    left, right = _frames(tmp_path / "first"), _frames(tmp_path / "second")
    assert sorted(left) == sorted(right)
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)


def test_changed_article_is_the_only_one_analysed_again(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    target = next(corpus.glob("003_*.txt"))
    target.write_text(target.read_text(encoding="utf-8").rstrip() + "\n\nThe ministry said the talks were a great success.\n",
                      encoding="utf-8")
    second = analyze_corpus(corpus, tmp_path / "second", cache=store)
    assert (second.n_articles, second.n_cached) == (6, 5)
    sentences = pd.read_parquet(tmp_path / "second" / "sentences.parquet")
    changed = sentences[sentences["article_id"].str.startswith("003_")]
    assert changed["text"].iloc[-1] == "The ministry said the talks were a great success."
    assert changed["compound"].iloc[-1] > 0.5


def test_changed_corpus_resource_file_invalidates_every_article(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    shutil.copy(PACKAGE_DIR / "resources" / "actors.csv", corpus / "actors.csv")
    assert analyze_corpus(corpus, tmp_path / "second", cache=store).n_cached == 0
    assert analyze_corpus(corpus, tmp_path / "third", cache=store).n_cached == 6
    with (corpus / "actors.csv").open("a", encoding="utf-8") as handle:
        handle.write("Jane Example,person,Example Ministry,International,spokesperson,female,\n")
    assert analyze_corpus(corpus, tmp_path / "fourth", cache=store).n_cached == 0


def test_changed_library_resource_file_invalidates_every_article(corpus, tmp_path, monkeypatch):
    package = tmp_path / "package"
    shutil.copytree(PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pipeline, "PACKAGE_DIR", package)
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    assert analyze_corpus(corpus, tmp_path / "second", cache=store).n_cached == 6
    with (package / "resources" / "actors.csv").open("a", encoding="utf-8") as handle:
        handle.write("Jane Example,person,Example Ministry,International,spokesperson,female,\n")
    assert analyze_corpus(corpus, tmp_path / "third", cache=store).n_cached == 0
    assert analyze_corpus(corpus, tmp_path / "fourth", cache=store).n_cached == 6


def test_changed_analysis_list_invalidates_every_article(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    monkeypatch.setattr(pipeline, "analysis_steps", lambda: pipeline.ordered()[:1])
    assert analyze_corpus(corpus, tmp_path / "second", cache=store).n_cached == 0


def test_rows_of_an_older_library_version_are_dropped(tmp_path):
    article = load_corpus(SEEDS_DIR).articles[0]
    old = ArticleCache(tmp_path / "c.sqlite", "v1")
    old.put_many([(old.keys_for([article])[0], {"sentences": [{"text": "x"}]})])
    assert old.get_many(old.keys_for([article])) == {old.keys_for([article])[0]: {"sentences": [{"text": "x"}]}}
    old.close()
    new = ArticleCache(tmp_path / "c.sqlite", "v2")
    assert len(new) == 0
    new.close()


def test_key_depends_on_text_metadata_and_version():
    articles = load_corpus(SEEDS_DIR).articles
    article = articles[0]
    moved = type(article)(**{**article.__dict__, "outlet": "Dawn"})
    keys = {article_key(article, "v1"), article_key(moved, "v1"), article_key(article, "v2"), article_key(articles[1], "v1")}
    assert len(keys) == 4
    assert article_key(article, "v1") == article_key(load_corpus(SEEDS_DIR).articles[0], "v1")


def test_notebook_tables_come_from_the_cache_and_follow_changes(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PRESSLENS_CACHE_DIR", str(tmp_path / "cache"))
    first = cached_analysis(corpus)
    assert cached_analysis(corpus) == first
    assert (first / "manifest.json").is_file() and (tmp_path / "cache" / "articles.sqlite").is_file()
    target = next(corpus.glob("004_*.txt"))
    target.write_text(target.read_text(encoding="utf-8") + "\nOfficials met again on Friday.\n", encoding="utf-8")
    second = cached_analysis(corpus)
    assert second != first
    articles = pd.read_parquet(second / "articles.parquet")
    assert articles.loc[articles["article_id"].str.startswith("004_"), "text"].iloc[0].endswith("Officials met again on Friday.")


def test_a_truncated_cache_file_gives_a_warning_and_a_correct_run(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "plain")
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 3])  # as a disk that filled up or a copy cut short leaves it
    for part in tmp_path.glob("cache.sqlite-*"):
        part.unlink()
    with pytest.warns(CacheWarning, match=r"^cache .*cache\.sqlite is damaged \(.*\); set aside as cache\.sqlite\.corrupt-\d{8}T\d{6}, results are computed again$"):
        second = analyze_corpus(corpus, tmp_path / "second", cache=store)
    assert (second.n_articles, second.n_cached) == (6, 0)
    assert [p.name.split(".corrupt-")[0] for p in tmp_path.glob("cache.sqlite.corrupt-*")] == ["cache.sqlite"]
    left, right = _frames(tmp_path / "plain"), _frames(tmp_path / "second")
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], obj=name)
    assert analyze_corpus(corpus, tmp_path / "third", cache=store).n_cached == 6


def test_a_damaged_entry_is_analysed_again(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    with sqlite3.connect(store) as db:
        db.execute("UPDATE results SET data = ? WHERE rowid = 1", (b"not compressed json",))
    assert analyze_corpus(corpus, tmp_path / "second", cache=store).n_cached == 5


def test_results_are_stored_as_json_never_pickle(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    with sqlite3.connect(store) as db:
        blobs = [row[0] for row in db.execute("SELECT data FROM results")]
    assert len(blobs) == 6
    assert all(set(json.loads(zlib.decompress(blob))) >= {"sentences", "quotes"} for blob in blobs)


def test_a_resource_override_in_the_corpus_folder_changes_the_key(corpus, tmp_path):
    store = tmp_path / "cache.sqlite"
    analyze_corpus(corpus, tmp_path / "first", cache=store)
    shutil.copy(PACKAGE_DIR / "resources" / "places.csv", corpus / "places.csv")
    assert analyze_corpus(corpus, tmp_path / "second", cache=store).n_cached == 0
    assert analyze_corpus(corpus, tmp_path / "third", cache=store).n_cached == 6
    (corpus / "metadata.csv").write_text((corpus / "metadata.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert analyze_corpus(corpus, tmp_path / "fourth", cache=store).n_cached == 0


def test_default_cache_lives_in_the_user_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("PRESSLENS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert pipeline.cache_dir() == tmp_path / "xdg" / "presslens"
