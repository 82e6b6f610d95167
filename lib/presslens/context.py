"""The per-article context: one article, its settings and the views of its text that several analyses use.

The pipeline builds one `ArticleContext` per article and hands it to every analysis in turn, so a view
(the lower-cased text, the sentence spans, the actor mentions, the temporal expressions) is computed once,
on first use, and shared: no analysis keeps a cache keyed by the text. A context lives as long as the
analysis of its article; it is built where the article is analysed (in a worker, too) and never pickled.
"""
from __future__ import annotations

from datetime import date
from functools import cached_property

from presslens.actors import ActorDictionary, Mention, load_actors
from presslens.analyses.temporal.expressions import TimeExpression, find_time_expressions
from presslens.article import Article
from presslens.literal_scan import lowered
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.text import sentence_spans


class ArticleContext:
    """One article with its settings and its shared derived views (each computed on first use)."""

    def __init__(self, article: Article, settings: Settings = DEFAULT_SETTINGS):
        self.article = article
        self.settings = settings

    @classmethod
    def of_text(cls, text: str, settings: Settings = DEFAULT_SETTINGS, article_id: str = "", published: date | None = None) -> ArticleContext:
        """The context of a bare text (an article with no metadata but its id and publication date)."""
        return cls(Article(article_id, "", 0, "", "", published, "", "", text), settings)

    @property
    def text(self) -> str:
        """The article's clean text (every offset indexes into it)."""
        return self.article.text

    @cached_property
    def actors(self) -> ActorDictionary:
        """The corpus's actor dictionary (`actors.load_actors(settings)`)."""
        return load_actors(self.settings)

    @cached_property
    def lower(self) -> str | None:
        """The text lower-cased when that keeps every offset and case-insensitive match, else None (`literal_scan.lowered`)."""
        return lowered(self.text)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) spans of the text's sentences (`text.sentence_spans`)."""
        return tuple(sentence_spans(self.text))

    @cached_property
    def mentions(self) -> tuple[Mention, ...]:
        """The actor-dictionary mentions of the text, in text order (`ActorDictionary.find_mentions`; those ingestion
        found, carried on the article, when it has them)."""
        found = self.article.mentions
        return found if found is not None else tuple(self.actors.find_mentions(self.text))

    @cached_property
    def time_expressions(self) -> tuple[TimeExpression, ...]:
        """The temporal expressions of the text resolved against the publication date (`temporal.find_time_expressions`)."""
        return tuple(find_time_expressions(self.text, self.article.published))
