"""The output tables: their column contracts (SPEC §5), type coercion, and incremental writing.

Each table is written as `<name>.csv` and `<name>.parquet`; rows arrive batch by batch and go
straight to disk (one Parquet row group per batch), so memory does not grow with the corpus.
"""
from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

S, INT, F, B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
SCHEMAS: dict[str, dict[str, pa.DataType]] = {
    "articles": {"article_id": S, "source_file": S, "story_index": INT, "outlet": S, "title": S, "published": S,
                 "byline": S, "url": S, "n_words": INT, "relevance": F, "is_relevant": B, "text": S},
    "sentences": {"article_id": S, "sent_index": INT, "start": INT, "end": INT, "text": S, "compound": F, "pos": F,
                  "neu": F, "neg": F, "actors": S},
    "quotes": {"quote_id": S, "article_id": S, "kind": S, "text": S, "start": INT, "end": INT, "speaker": S,
               "speaker_mention": S, "speaker_type": S, "affiliation": S, "cue": S, "sentence_index": INT,
               "confidence": F},
    "events": {"event_id": S, "article_id": S, "date": S, "date_end": S, "date_text": S, "date_precision": S,
               "actor1": S, "actor2": S, "cameo_code": S, "event_type": S, "goldstein": F, "casualties": S,
               "text": S, "start": INT, "end": INT},
    "event_clusters": {"cluster_id": S, "date": S, "actor1": S, "actor2": S, "cameo_code": S, "event_type": S,
                       "goldstein": F, "n_articles": INT, "outlets": S, "article_ids": S, "casualty_claims": S},
    "time_expressions": {"article_id": S, "start": INT, "end": INT, "text": S, "type": S, "value": S, "anchor": S},
    "frames": {"article_id": S, "frame": S, "score": F, "evidence": S},
    "labels": {"article_id": S, "outlet": S, "concept": S, "term": S, "count": INT},
    "skipped": {"source_file": S, "location": S, "reason": S},
    "boilerplate": {"article_id": S, "source_file": S, "line": S, "chars": INT},
}


def _fill_for(dtype: pa.DataType) -> object:
    """The value that stands for 'missing' in a column of this type."""
    if pa.types.is_string(dtype):
        return ""
    if pa.types.is_integer(dtype):
        return -1
    if pa.types.is_boolean(dtype):
        return False
    return float("nan")


def to_frame(name: str, rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """Rows as a DataFrame with the table's contracted columns, in order and typed; unknown tables keep theirs."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(rows)
    schema = SCHEMAS.get(name)
    if schema is None:
        return frame
    missing = [c for c in schema if c not in frame.columns]
    if missing and len(frame):
        raise ValueError(f"table '{name}' lacks column(s): {', '.join(missing)}")
    frame = frame.reindex(columns=list(schema))
    for column, dtype in schema.items():
        values = frame[column].where(frame[column].notna(), _fill_for(dtype)) if len(frame) else frame[column]
        if pa.types.is_string(dtype):
            frame[column] = values.astype(str) if len(frame) else values.astype("object")
        elif pa.types.is_integer(dtype):
            frame[column] = values.astype("int64")
        elif pa.types.is_boolean(dtype):
            frame[column] = values.astype(bool)
        else:
            frame[column] = values.astype("float64")
    return frame


def _plain_values(values: list, dtype: pa.DataType) -> list | None:
    """One column's values as `to_frame` would type them (missing strings "", missing flags False,
    missing numbers NaN), or None unless every value is plainly of the column's type or missing."""
    kinds = set(map(type, values))
    if pa.types.is_string(dtype) and kinds <= {str, type(None)}:
        return [("" if value is None else value) for value in values] if type(None) in kinds else values
    if pa.types.is_integer(dtype) and kinds <= {int}:
        return values
    if pa.types.is_boolean(dtype) and kinds <= {bool, type(None)}:
        return [value is True for value in values]
    if pa.types.is_floating(dtype) and kinds <= {float, int, type(None)}:
        return [float("nan") if value is None else float(value) for value in values]
    return None


def _plain_columns(name: str, rows: list[dict] | pd.DataFrame) -> dict[str, list] | None:
    """The columns of a contracted table's rows, typed as `to_frame` types them, when every row has every
    contracted column with a plain value (see _plain_values); None otherwise (then use `to_frame`)."""
    schema = SCHEMAS.get(name)
    if schema is None or not isinstance(rows, list) or not rows or set(map(type, rows)) != {dict}:
        return None
    columns: dict[str, list] = {}
    for column, dtype in schema.items():
        try:
            typed = _plain_values([row[column] for row in rows], dtype)
        except KeyError:
            return None
        if typed is None:
            return None
        columns[column] = typed
    return columns


def _csv_values(values: list, dtype: pa.DataType) -> list:
    """A typed column's values for `csv.writer`, which then writes them as `DataFrame.to_csv` does (NaN as an empty cell)."""
    if pa.types.is_floating(dtype) and any(map(math.isnan, values)):
        return [None if math.isnan(value) else value for value in values]
    return values


def arrow_schema(name: str, frame: pd.DataFrame) -> pa.Schema:
    """The Arrow schema of a table: contracted types, or inferred from its first batch."""
    if name in SCHEMAS:
        return pa.schema(list(SCHEMAS[name].items()))
    return pa.Schema.from_pandas(frame, preserve_index=False)


class TableWriter:
    """Appends batches of rows to `<dir>/<name>.csv` and `<dir>/<name>.parquet`; call close() at the end."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._schemas: dict[str, pa.Schema] = {}
        self._csv_started: set[str] = set()

    def write(self, name: str, rows: list[dict] | pd.DataFrame) -> None:
        """Append rows to a table (creating its files on first use).

        Rows of a contracted table with plain values go to disk without a DataFrame; the files are the
        same as through `to_frame` and pandas, which every other batch takes.
        """
        columns = _plain_columns(name, rows)
        if columns is None:
            self._write_frame(name, to_frame(name, rows))
        else:
            self._write_columns(name, columns)

    def _schema(self, name: str, frame: pd.DataFrame | None = None) -> pa.Schema:
        """The Arrow schema of a table, opening its Parquet file on first use."""
        if name not in self._schemas:
            self._schemas[name] = arrow_schema(name, frame)
            self._parquet[name] = pq.ParquetWriter(self.out_dir / f"{name}.parquet", self._schemas[name])
        return self._schemas[name]

    def _write_frame(self, name: str, frame: pd.DataFrame) -> None:
        """Append a typed frame to the table's Parquet and CSV files."""
        schema = self._schema(name, frame)
        frame = frame.reindex(columns=schema.names)
        if len(frame):
            self._parquet[name].write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
        header = name not in self._csv_started
        frame.to_csv(self.out_dir / f"{name}.csv", mode="w" if header else "a", header=header, index=False,
                     quoting=csv.QUOTE_MINIMAL)
        self._csv_started.add(name)

    def _write_columns(self, name: str, columns: dict[str, list]) -> None:
        """Append the typed columns of a contracted table (see _plain_columns) to its Parquet and CSV files,
        written as `_write_frame` writes them."""
        schema = self._schema(name)
        arrays = [pa.array(columns[field.name], type=field.type, from_pandas=True) for field in schema]
        self._parquet[name].write_table(pa.Table.from_arrays(arrays, schema=schema))
        header = name not in self._csv_started
        with (self.out_dir / f"{name}.csv").open("w" if header else "a", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator=os.linesep)  # as DataFrame.to_csv writes
            if header:
                writer.writerow(schema.names)
            writer.writerows(zip(*(_csv_values(columns[field.name], field.type) for field in schema)))
        self._csv_started.add(name)

    def ensure(self, names: list[str]) -> None:
        """Create empty files (with headers) for tables that received no rows."""
        for name in names:
            if name not in self._schemas:
                self.write(name, [])

    def close(self) -> None:
        """Finish every Parquet file."""
        for writer in self._parquet.values():
            writer.close()
        self._parquet.clear()


def read_table(tables_dir: Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """A table written by TableWriter (Parquet), or an empty frame with the contracted columns.

    With `columns`, only those are read (the others of a contracted table come back empty).
    """
    path = Path(tables_dir) / f"{name}.parquet"
    if not path.is_file():
        return to_frame(name, [])
    frame = pq.read_table(path, columns=columns).to_pandas()
    if columns is not None:
        for column, dtype in SCHEMAS.get(name, {}).items():
            if column not in frame.columns:
                frame[column] = _fill_for(dtype)
    return to_frame(name, frame)


class LazyTables(Mapping[str, pd.DataFrame]):
    """The tables of a directory, each read on first access; `articles` is read without its text.

    Corpus-level aggregates receive this, so that a large corpus's sentences or article texts are
    never loaded just to compute an aggregate that does not use them.
    """

    def __init__(self, tables_dir: Path):
        self.tables_dir = Path(tables_dir)
        self._names = sorted(p.stem for p in self.tables_dir.glob("*.parquet"))
        self._loaded: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._names:
            raise KeyError(name)
        if name not in self._loaded:
            columns = [c for c in SCHEMAS["articles"] if c != "text"] if name == "articles" else None
            self._loaded[name] = read_table(self.tables_dir, name, columns)
        return self._loaded[name]

    def columns(self, name: str, columns: list[str]) -> pd.DataFrame:
        """Only `columns` of a table, read from disk and not kept, text columns as categories (see `table_columns`)."""
        if name not in self._names:
            raise KeyError(name)
        path = self.tables_dir / f"{name}.parquet"
        texts = [field.name for field in pq.read_schema(path) if field.name in columns and pa.types.is_string(field.type)]
        return pq.read_table(path, columns=columns, read_dictionary=texts).to_pandas()[columns]

    def __contains__(self, name: object) -> bool:
        return name in self._names  # without reading the table

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def table_columns(tables: Mapping[str, pd.DataFrame], name: str, columns: list[str]) -> pd.DataFrame | None:
    """Only `columns` of table `name` (None when absent): read alone from disk when `tables` is a LazyTables
    (text columns as categories), so an aggregate over a large corpus does not load what it does not use."""
    if name not in tables:
        return None
    if isinstance(tables, LazyTables):
        return tables.columns(name, columns)
    return tables[name][columns]
