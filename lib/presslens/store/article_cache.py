"""Per-article result cache: what the analyses produced for an article, keyed by its content and the library version.

Results live in one SQLite file as compressed JSON (never pickle: reading the cache runs no code), so a
corpus of 100,000 articles is one small file and a lookup is one indexed query per batch. The key hashes
every field of the `Article` (text, metadata, relevance, removed lines) with the version string, which
covers the library code, its resource files, the analysis list and the corpus's own control files
(metadata.csv, crisis.json, resource overrides): changing one article re-analyses only that article,
changing a resource re-analyses all. Rows written under another library version are dropped when the
cache is opened. A cache file that is not a readable database is set aside (renamed `*.corrupt-<time>`)
with a CacheWarning and a new one is started; an entry that does not decode is analysed again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import time
import warnings
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from presslens.article import Article

Result = dict[str, list[dict]]


class CacheWarning(UserWarning):
    """The cache was damaged and set aside; results are computed again."""


def article_key(article: Article, version: str) -> str:
    """The cache key of one article under one library/resource version."""
    content = repr(tuple(getattr(article, f.name) for f in dataclasses.fields(article) if f.compare))  # not the mentions found at ingestion
    return hashlib.sha256(f"{version}\x00{content}".encode()).hexdigest()


def _encode(result: Result) -> bytes:
    """A result as compressed JSON."""
    return zlib.compress(json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode(), 1)


def _decode(data: bytes) -> Result | None:
    """A result from compressed JSON, or None when the entry is damaged."""
    try:
        result = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError):
        return None
    return result if isinstance(result, dict) else None


class ArticleCache:
    """A SQLite store of per-article analysis results for one library version."""

    def __init__(self, path: str | Path, library_version: str, context: str = ""):
        """Open (or create) the store; `context` (e.g. the corpus's own resource hash) is folded into the keys."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.library_version = library_version
        self.version = f"{library_version}|{context}"
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            self._set_aside(error)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        """Connect, create the table, and drop the rows of other library versions (reading every page index)."""
        db = sqlite3.connect(self.path, timeout=120)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, library TEXT NOT NULL, data BLOB NOT NULL)")
            with db:
                db.execute("DELETE FROM results WHERE library != ?", (self.library_version,))
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("quick_check failed")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _set_aside(self, error: Exception) -> None:
        """Rename a damaged cache file (and its journal files) out of the way, with a warning."""
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{self.path}{suffix}")
            if part.exists():
                part.rename(f"{aside}{suffix}")
        warnings.warn(f"cache {self.path} is damaged ({error}); set aside as {aside.name}, results are computed again",
                      CacheWarning, stacklevel=3)

    def keys_for(self, articles: Sequence[Article]) -> list[str]:
        """The cache keys of a batch of articles."""
        return [article_key(article, self.version) for article in articles]

    def get_many(self, keys: Sequence[str]) -> dict[str, Result]:
        """The cached results among `keys` (a damaged entry counts as absent)."""
        found: dict[str, Result] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for key, data in self._db.execute(f"SELECT key, data FROM results WHERE key IN ({marks})", chunk):
                result = _decode(data)
                if result is not None:
                    found[key] = result
        return found

    def put_many(self, items: Iterable[tuple[str, Result]]) -> None:
        """Store results (replacing any under the same key)."""
        rows = [(key, self.library_version, _encode(result)) for key, result in items]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO results (key, library, data) VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def close(self) -> None:
        """Close the database."""
        self._db.close()
