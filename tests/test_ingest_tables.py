"""TableWriter writes rows of plain values without pandas: the files must be those the pandas path writes."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from presslens.tables import TableWriter

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
