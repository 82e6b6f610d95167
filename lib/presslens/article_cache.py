"""Per-article result cache: what the analyses produced for an article, keyed by its content and the library version.

Results live in one SQLite file (compressed pickles), so a corpus of 100,000 articles is one
small file and a lookup is one indexed query per batch. The key hashes every field of the
`Article` (text, metadata, relevance, removed lines) with the version string, which covers the
library code, its resource files, the analysis list and the corpus's own actors/crisis files:
changing one article re-analyses only that article, changing a resource re-analyses all.
Rows written under another library version are dropped when the cache is opened.
"""
from __future__ import annotations

import dataclasses
import hashlib
import pickle
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from presslens.article import Article

Result = dict[str, list[dict]]


def article_key(article: Article, version: str) -> str:
    """The cache key of one article under one library/resource version."""
    content = repr(dataclasses.astuple(article))
    return hashlib.sha256(f"{version}\x00{content}".encode()).hexdigest()


class ArticleCache:
    """A SQLite store of per-article analysis results for one library version."""

    def __init__(self, path: str | Path, library_version: str, context: str = ""):
        """Open (or create) the store; `context` (e.g. the corpus's own resource hash) is folded into the keys."""
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.library_version = library_version
        self.version = f"{library_version}|{context}"
        self._db = sqlite3.connect(self.path, timeout=120)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, library TEXT NOT NULL, data BLOB NOT NULL)")
        with self._db:
            self._db.execute("DELETE FROM results WHERE library != ?", (library_version,))

    def keys_for(self, articles: Sequence[Article]) -> list[str]:
        """The cache keys of a batch of articles."""
        return [article_key(article, self.version) for article in articles]

    def get_many(self, keys: Sequence[str]) -> dict[str, Result]:
        """The cached results among `keys`."""
        found: dict[str, Result] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for key, data in self._db.execute(f"SELECT key, data FROM results WHERE key IN ({marks})", chunk):
                found[key] = pickle.loads(zlib.decompress(data))
        return found

    def put_many(self, items: Iterable[tuple[str, Result]]) -> None:
        """Store results (replacing any under the same key)."""
        rows = [(key, self.library_version, zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), 1))
                for key, result in items]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO results (key, library, data) VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def close(self) -> None:
        """Close the database."""
        self._db.close()
