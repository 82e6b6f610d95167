"""The Article record: one story with its clean text and metadata."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presslens.actors import Mention


@dataclass(frozen=True)
class Article:
    """One story. `text` is the clean text; every offset in every table indexes into it."""

    article_id: str
    source_file: str
    story_index: int
    outlet: str
    title: str
    published: date | None
    byline: str
    url: str
    text: str
    relevance: float = 0.0
    is_relevant: bool = True
    removed_lines: tuple[str, ...] = ()  # boilerplate lines removed from this story (not a table column)
    # The actor mentions of `text` by the corpus's dictionary, found at ingestion (relevance needs them) and reused by
    # the analyses (`ArticleContext.mentions`); None: not found yet. Not part of the article's identity; a copy with
    # another text must drop them (`dataclasses.replace(article, text=..., mentions=None)`).
    mentions: tuple[Mention, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def n_words(self) -> int:
        """Number of white-space separated words in the clean text."""
        return len(self.text.split())

    def record(self) -> dict[str, object]:
        """The row of the `articles` table (SPEC §5)."""
        return {
            "article_id": self.article_id,
            "source_file": self.source_file,
            "story_index": self.story_index,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.isoformat() if self.published else "",
            "byline": self.byline,
            "url": self.url,
            "n_words": self.n_words,
            "relevance": round(self.relevance, 4),
            "is_relevant": self.is_relevant,
            "text": self.text,
        }
