"""Shared helpers of the event-pattern tests: the events coded for one text, as plain tuples."""
from __future__ import annotations

from datetime import date

from presslens.analyses.events import article_tables
from presslens.article import Article
from presslens.context import ArticleContext

THU_7_MAR = date(2024, 3, 7)


def events_of(text: str, published: date | None = THU_7_MAR) -> list[tuple[str, str, str, str]]:
    """(date, cameo_code, actor1, actor2) of the events coded for one text."""
    article = Article("a-0", "a-0.txt", 0, "Test", "", published, "", "", text)
    return [(r["date"], r["cameo_code"], r["actor1"], r["actor2"]) for r in article_tables(ArticleContext(article), {})["events"]]


def codes_of(text: str) -> list[str]:
    """The CAMEO codes coded for one text."""
    return [code for _, code, _, _ in events_of(text)]
