"""`python -m presslens analyze` on the seeds: tables with the contracted columns, in CSV and Parquet."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from presslens.paths import SEEDS_DIR
from presslens.store.tables import SCHEMAS

SPEC_COLUMNS = {
    "articles": "article_id source_file story_index outlet title published byline url n_words relevance is_relevant text",
    "sentences": "article_id sent_index start end text compound pos neu neg actors",
    "quotes": "quote_id article_id kind text start end speaker speaker_mention speaker_type affiliation cue sentence_index confidence",
    "events": "event_id article_id date date_end date_text date_precision actor1 actor2 cameo_code event_type goldstein casualties text start end",
    "event_clusters": "cluster_id date actor1 actor2 cameo_code event_type goldstein n_articles outlets article_ids casualty_claims",
    "frames": "article_id frame score evidence",
    "labels": "article_id outlet concept term count",
}


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    run = subprocess.run([sys.executable, "-m", "presslens", "analyze", str(SEEDS_DIR), "--out", str(out)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out, run.stdout


def test_schemas_match_the_spec():
    for name, columns in SPEC_COLUMNS.items():
        assert list(SCHEMAS[name]) == columns.split()


@pytest.mark.parametrize("name", sorted(SPEC_COLUMNS) + ["skipped"])
def test_every_table_written_as_csv_and_parquet(analysed, name):
    out, _ = analysed
    csv_frame = pd.read_csv(out / f"{name}.csv", keep_default_na=False)
    parquet_frame = pd.read_parquet(out / f"{name}.parquet")
    assert list(csv_frame.columns) == list(SCHEMAS[name]) == list(parquet_frame.columns)
    assert len(csv_frame) == len(parquet_frame)


def test_six_stories_right_outlets_and_dates(analysed):
    out, printed = analysed
    articles = pd.read_parquet(out / "articles.parquet")
    assert printed.startswith("6 stories analysed, 0 files or rows skipped")
    assert list(zip(articles["outlet"], articles["published"], articles["is_relevant"])) == [
        ("Arab News", "2024-04-04", True), ("Arab News", "", False), ("Defense Mirror", "2024-01-17", True),
        ("France 24", "2024-01-19", True), ("Caspian News", "2024-01-31", True), ("Meritnews24", "2024-01-19", True),
    ]
