"""CSV files are written by the csv module, as pandas writes them, on both the typed fast path and the DataFrame path."""
from __future__ import annotations

from presslens.store.tables import TableWriter, to_frame


def test_fast_path_csv_is_what_pandas_writes(tmp_path):
    rows = [
        {"article_id": "a", "frame": "conflict", "score": 0.5, "evidence": 'then\rleft'},
        {"article_id": "b", "frame": "economic", "score": float("nan"), "evidence": "line\nbreak, comma"},
    ]
    writer = TableWriter(tmp_path)
    writer.write("frames", rows)
    writer.close()
    expected = tmp_path / "expected.csv"
    to_frame("frames", rows).to_csv(expected, index=False)
    assert (tmp_path / "frames.csv").read_bytes() == expected.read_bytes()
