"""The per-article context: built once per article by the pipeline, each shared view computed once, same results."""
from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from presslens import context as context_module
from presslens import pipeline
from presslens.actors import ActorDictionary
from presslens.context import ArticleContext
from presslens.ingestion.corpus import load_corpus
from presslens.paths import SEEDS_DIR


@pytest.fixture(scope="module")
def seed_articles():
    return load_corpus(SEEDS_DIR).articles


def test_pipeline_builds_one_context_per_article_and_each_view_once(seed_articles, monkeypatch):
    calls: Counter[str] = Counter()
    built: list[ArticleContext] = []

    class CountedContext(ArticleContext):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            built.append(self)

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)
        return wrapper

    find_mentions = ActorDictionary.find_mentions
    texts = {article.text for article in seed_articles}

    def counted_mentions(self, text):
        if text in texts:  # the whole article text (speakers also look up short phrases)
            calls["mentions"] += 1
        return find_mentions(self, text)

    monkeypatch.setattr(pipeline, "ArticleContext", CountedContext)
    monkeypatch.setattr(context_module, "sentence_spans", counted("sentences", context_module.sentence_spans))
    monkeypatch.setattr(context_module, "find_time_expressions", counted("times", context_module.find_time_expressions))
    monkeypatch.setattr(context_module, "lowered", counted("lower", context_module.lowered))
    monkeypatch.setattr(ActorDictionary, "find_mentions", counted_mentions)
    article = max(seed_articles, key=lambda a: len(a.text))
    results = pipeline.analysis_results(article)
    assert results["quotes"] and results["events"] and results["time_expressions"]  # every view was needed
    assert [c.article for c in built] == [article]
    assert calls == {"sentences": 1, "times": 1, "lower": 1}  # the mentions come with the article, found at ingestion
    calls.clear()
    pipeline.analysis_results(dataclasses.replace(article, mentions=None))
    assert calls == {"sentences": 1, "times": 1, "lower": 1, "mentions": 1}


def test_mentions_found_at_ingestion_are_those_of_the_text(seed_articles):
    for article in seed_articles:
        assert article.mentions is not None
        assert article.mentions == tuple(ArticleContext(dataclasses.replace(article, mentions=None)).mentions)
        assert article == dataclasses.replace(article, mentions=None)  # not part of the article's identity


def test_shared_context_gives_the_tables_of_a_fresh_context_per_analysis(seed_articles):
    for article in seed_articles:
        shared = pipeline.analysis_results(article)
        done = pipeline.base_tables(article)
        for analysis in pipeline.analysis_steps():
            done.update(analysis.article_tables(ArticleContext(article), done))
        assert shared == {name: rows for name, rows in done.items() if name in shared}


def test_context_of_a_bare_text_holds_its_views():
    text = "Iran struck Pakistan on Tuesday. Islamabad recalled its ambassador."
    context = ArticleContext.of_text(text, article_id="x-0")
    assert context.article.article_id == "x-0" and context.text == text
    assert context.lower == text.lower()
    assert [text[a:b] for a, b in context.sentences] == ["Iran struck Pakistan on Tuesday.", "Islamabad recalled its ambassador."]
    assert [m.actor.name for m in context.mentions][:2] == ["Iran", "Pakistan"]
    assert [t.text for t in context.time_expressions] == ["on Tuesday"]
