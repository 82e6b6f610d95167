"""Ingestion on pages it was not written for: a development set of pasted pages in other site styles.

The pages in tests/fixtures/dev_corpus imitate the furniture of Dawn, Al Jazeera, Reuters, Tehran
Times and a WordPress aggregator holding two stories; their gold files were written by reading
them. No metadata.csv: outlet, date, headline, byline and relevance are all inferred.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from presslens.evaluation.articles import compare_articles, field_accuracy, line_audit, read_boilerplate, read_gold
from presslens.ingestion.corpus import load_corpus
from presslens.store.tables import to_frame

DEV = Path(__file__).parent / "fixtures" / "dev_corpus"
GOLD = Path(__file__).parent / "fixtures" / "dev_corpus_gold"


@pytest.fixture(scope="module")
def dev_articles():
    result = load_corpus(DEV)
    assert result.skipped == []
    return result.articles


def test_metadata_inferred_on_unseen_site_styles(dev_articles):
    comparison = compare_articles(to_frame("articles", [a.record() for a in dev_articles]), read_gold(GOLD / "gold_articles.csv"))
    accuracy = field_accuracy(comparison)
    print(accuracy.to_string())
    assert accuracy.min() == 1.0, comparison.loc[~comparison.filter(like="_ok").all(axis=1)].to_dict("records")
    assert len(dev_articles) == 6


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_furniture_removed_and_every_paragraph_kept(path, dev_articles):
    stories = [a for a in dev_articles if a.source_file == path.name]
    paragraphs = {p for a in stories for p in a.text.split("\n\n")}
    boilerplate = read_boilerplate(GOLD / "gold_boilerplate.csv").get(path.name, set())
    assert line_audit(path.read_text(encoding="utf-8"), {a.title for a in stories}, paragraphs, boilerplate) == []
