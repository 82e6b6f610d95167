"""The registered analyses: what each one is called, what it needs, the tables it produces.

An analysis is a function of one article (`article_tables(article, done, settings) -> {table: rows}`,
where `done` holds the tables of the analyses it needs for the same article) and may add tables over
the whole corpus (`corpus_tables(tables, settings) -> {table: DataFrame}`). The pipeline runs them in
dependency order (`ordered`), registration order breaking ties. Adding one is one `register` call.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pandas as pd

from presslens.analyses import events, framing, sentiment
from presslens.analyses.quotes import attribution as quotes
from presslens.analyses.temporal import expressions as temporal
from presslens.article import Article
from presslens.settings import Settings

ArticleStep = Callable[[Article, dict[str, list[dict]], Settings], dict[str, list[dict]]]
CorpusStep = Callable[[Mapping[str, pd.DataFrame], Settings], dict[str, pd.DataFrame]]


@dataclass(frozen=True)
class Analysis:
    """One per-article analysis and its optional corpus-level aggregates."""

    name: str
    article_tables: ArticleStep
    tables: tuple[str, ...]  # the per-article tables it produces
    needs: tuple[str, ...] = ()  # analyses whose tables it reads from `done`
    corpus_tables: CorpusStep | None = None
    corpus_table_names: tuple[str, ...] = ()  # the corpus-level tables `corpus_tables` produces


REGISTRY: dict[str, Analysis] = {}


def register(analysis: Analysis) -> Analysis:
    """Add an analysis to the pipeline (a name may be registered once)."""
    if analysis.name in REGISTRY:
        raise ValueError(f"analysis '{analysis.name}' is registered twice")
    REGISTRY[analysis.name] = analysis
    return analysis


def ordered(registry: Mapping[str, Analysis] | None = None) -> tuple[Analysis, ...]:
    """The analyses in an order where each comes after those it needs (registration order otherwise)."""
    pending = dict(REGISTRY if registry is None else registry)
    for analysis in pending.values():
        unknown = [n for n in analysis.needs if n not in pending]
        if unknown:
            raise ValueError(f"analysis '{analysis.name}' needs unregistered analysis {', '.join(unknown)}")
    done: list[Analysis] = []
    while pending:
        ready = next((a for a in pending.values() if all(n not in pending for n in a.needs)), None)
        if ready is None:
            raise ValueError(f"analyses need each other in a cycle: {', '.join(pending)}")
        done.append(pending.pop(ready.name))
    return tuple(done)


register(Analysis("quotes", quotes.article_tables, ("quotes",)))
register(Analysis("sentiment", sentiment.article_tables, ("sentences", "voice_tone"), needs=("quotes",)))
register(Analysis("framing", framing.article_tables, ("frames", "labels"), needs=("quotes",)))
register(Analysis("temporal", temporal.article_tables, ("time_expressions",)))
register(Analysis("events", events.article_tables, ("events",), corpus_tables=events.corpus_tables, corpus_table_names=("event_clusters",)))
