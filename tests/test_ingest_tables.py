"""TableWriter writes rows of plain values without pandas: the files must be those the pandas path writes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from presslens.store.tables import LazyTables, TableWriter, table_columns

FRAMES = [
    {"article_id": 'a,"b"\n', "frame": None, "score": float("nan"), "evidence": "x\r\ny"},
    {"article_id": "", "frame": "f", "score": 3, "evidence": None},
    {"article_id": "z", "frame": "f", "score": None, "evidence": "é ü 中 “quoted”", "extra": 5},
    {"article_id": "z", "frame": "f", "score": 1e-05, "evidence": " lead space, trailing "},
    {"article_id": "z", "frame": "f", "score": float("inf"), "evidence": ""},
]
ARTICLE = {"article_id": "q", "source_file": "s", "story_index": 1, "outlet": None, "title": "t", "published": "",
           "byline": "", "url": "", "n_words": 3, "relevance": 0.5, "is_relevant": None, "text": 'hello, "world"'}
BATCHES = [
    ("frames", FRAMES), ("frames", FRAMES[1:2]), ("articles", [ARTICLE]),
    ("articles", [{**ARTICLE, "is_relevant": True, "relevance": 1}]),
    ("boilerplate", [{"article_id": "a", "source_file": "s", "line": "Share", "chars": 5}]),
    ("skipped", [{"source_file": "a.bin", "location": "", "reason": "binary file, not text"}]),
]


def _write(out: Path, as_frames: bool) -> None:
    writer = TableWriter(out)
    for name, rows in BATCHES:
        writer.write(name, pd.DataFrame.from_records(rows) if as_frames else rows)
    writer.close()


def test_plain_rows_give_the_files_of_the_pandas_path(tmp_path):
    _write(tmp_path / "rows", as_frames=False)
    _write(tmp_path / "frames", as_frames=True)
    for name in {name for name, _ in BATCHES}:
        assert (tmp_path / "rows" / f"{name}.csv").read_bytes() == (tmp_path / "frames" / f"{name}.csv").read_bytes()
        rows, frames = (pq.ParquetFile(tmp_path / kind / f"{name}.parquet") for kind in ("rows", "frames"))
        assert rows.num_row_groups == frames.num_row_groups
        assert rows.read().equals(frames.read())


def test_aggregates_read_only_the_columns_they_use(tmp_path):
    writer = TableWriter(tmp_path)
    writer.write("events", [
        {"event_id": "e1", "article_id": "a", "date": "2024-01-16", "date_end": "", "date_text": "on Tuesday",
         "date_precision": "day", "actor1": "Iran", "actor2": "Pakistan", "cameo_code": "195", "event_type": "strike",
         "goldstein": -10.0, "casualties": "2 children killed", "text": "Iran struck ...", "start": 0, "end": 14},
    ])
    writer.close()
    tables = LazyTables(tmp_path)
    assert "events" in tables and "quotes" not in tables
    picked = table_columns(tables, "events", ["article_id", "date", "casualties"])
    assert picked.columns.tolist() == ["article_id", "date", "casualties"]
    assert picked.astype(str).values.tolist() == [["a", "2024-01-16", "2 children killed"]]
    assert tables._loaded == {}  # neither `in` nor table_columns read the whole table
    assert table_columns({"events": tables["events"]}, "events", ["date"]).values.tolist() == [["2024-01-16"]]
    assert table_columns(tables, "quotes", ["text"]) is None
