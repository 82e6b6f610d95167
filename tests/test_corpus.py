"""Corpus ingestion on the seeds: stories, metadata, relevance and boilerplate against the gold sets."""
from __future__ import annotations

from datetime import date

import pytest

from presslens.evaluation.articles import compare_articles, field_accuracy, line_audit, read_boilerplate, read_gold
from presslens.ingestion.corpus import load_corpus
from presslens.ingestion.metadata import _is_date_stamp
from presslens.paths import GOLD_DIR, SEEDS_DIR
from presslens.pipeline import analyze_article
from presslens.store.tables import to_frame

GOLD = read_gold()


def _articles_frame(articles):
    return to_frame("articles", [a.record() for a in articles])


def test_six_stories_in_file_order(seed_corpus):
    ids = [a.article_id for a in seed_corpus.articles]
    assert ids == [
        "000_33eed3a61e65c0bf.txt#0", "000_33eed3a61e65c0bf.txt#1", "001_fdd5feb579f21952.txt#0",
        "002_398bf2b2c7bc8769.txt#0", "003_2c8d4f743aac33d1.txt#0", "004_5e8628fa68c2a13e.txt#0",
    ]
    assert seed_corpus.skipped == []


def test_every_gold_field_matches_with_metadata(seed_corpus):
    comparison = compare_articles(_articles_frame(seed_corpus.articles), GOLD)
    wrong = comparison[~comparison[["outlet_ok", "published_ok", "title_ok", "is_relevant_ok", "byline_ok"]].all(axis=1)]
    assert wrong.empty, wrong.to_dict("records")
    assert field_accuracy(comparison).min() == 1.0


def test_white_house_story_is_not_relevant(seed_articles):
    story = seed_articles[("000_33eed3a61e65c0bf.txt", 1)]
    assert story.title.startswith("No third meeting with Pakistan army chief")
    assert not story.is_relevant
    assert story.relevance < 0.05
    assert all(a.is_relevant for key, a in seed_articles.items() if key != ("000_33eed3a61e65c0bf.txt", 1))


def test_inferred_without_metadata(seeds_without_metadata):
    articles = load_corpus(seeds_without_metadata).articles
    comparison = compare_articles(_articles_frame(articles), GOLD)
    assert comparison["title_ok"].all()
    assert comparison["published_ok"].all(), comparison[["file", "published_gold", "published_found"]]
    assert comparison["is_relevant_ok"].all()
    assert comparison["byline_ok"].all(), comparison[["file", "byline_gold", "byline_found"]]
    in_text = comparison[GOLD["outlet_in_text"] == "True"]
    assert in_text["outlet_ok"].all(), in_text[["file", "outlet_gold", "outlet_found"]]
    not_in_text = comparison[GOLD["outlet_in_text"] == "False"]
    assert (not_in_text["outlet_found"] == "").all()


def test_crawl_header_above_headline_is_not_the_publication_date(seeds_without_metadata):
    story = next(a for a in load_corpus(seeds_without_metadata).articles if a.source_file.startswith("003"))
    assert story.published == date(2024, 1, 31)  # not the "Last update: April 29, 2024" crawl header
    assert story.byline == "Nigar Bayramli"


def test_year_less_dates_are_placed_before_the_weekday_dated_one(seeds_without_metadata):
    story = next(a for a in load_corpus(seeds_without_metadata).articles if a.source_file.startswith("004"))
    assert story.published == date(2024, 1, 19)  # "Friday (January 19)", not "October 7"


@pytest.mark.parametrize("path", sorted(SEEDS_DIR.glob("*.txt")), ids=lambda p: p.name[:3])
def test_boilerplate_removed_and_every_body_paragraph_kept(path, seed_corpus):
    stories = [a for a in seed_corpus.articles if a.source_file == path.name]
    paragraphs = {p for a in stories for p in a.text.split("\n\n")}
    boilerplate = read_boilerplate(GOLD_DIR / "boilerplate.csv").get(path.name, set())
    assert line_audit(path.read_text(encoding="utf-8"), {a.title for a in stories}, paragraphs, boilerplate) == []


def test_boilerplate_table_lists_removed_lines(seed_articles):
    tables = analyze_article(seed_articles[("003_2c8d4f743aac33d1.txt", 0)])
    removed = {row["line"] for row in tables["boilerplate"]}
    assert {"Newsroom logo", "None", "By Nigar Bayramli January 31, 2024"} <= removed


def test_crisis_window_comes_from_the_profile(tmp_path):
    from presslens.ingestion.corpus import corpus_settings

    assert corpus_settings(SEEDS_DIR)[0].window_bounds() == ("2023-12-01", "2024-04-30")
    (tmp_path / "crisis.json").write_text('{"name": "X", "core_actors": ["Iran"], "terms": {"strike": 1}}', encoding="utf-8")
    profile = corpus_settings(tmp_path)[0]
    assert (profile.name, profile.window_bounds()) == ("X", ("", ""))



@pytest.mark.parametrize("line, stamp", [
    ("09:39 AM, January 17, 2024", True),
    ("17 January 2024 | 18 January 2024", True),  # every date is taken out, not only the last
    ("January 17, 2024 Updated", False),
    ("Iran strikes militants, January 17, 2024", False),
    ("Border strikes strain ties", False),
])
def test_header_date_stamps(line, stamp):
    assert _is_date_stamp(line) is stamp


def test_every_distinct_file_and_row_gets_a_distinct_stable_id(tmp_path):
    story = ("Talks in Islamabad\n\nThe ministry said on Tuesday that talks with Tehran would resume, "
             "and officials said \"We want calm at the border\" after the meeting.\n")
    names = ["a b.txt", "a_b.txt", "sub/y.txt", "sub__y.txt", "x.txt", "x.md", "x.txt#0.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(story, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "The ministry said talks would resume."}\n' * 2, encoding="utf-8")
    ids = [a.article_id for a in load_corpus(tmp_path).articles]
    assert ids == ["a b.txt#0", "a_b.txt#0", "feed.jsonl:line1#0", "feed.jsonl:line2#0", "sub/y.txt#0", "sub__y.txt#0",
                   "x.md#0", "x.txt#0", "x.txt#0.txt#0"]
    assert [a.article_id for a in load_corpus(tmp_path).articles] == ids
    tables = [analyze_article(a) for a in load_corpus(tmp_path).articles]
    quote_ids = [q["quote_id"] for t in tables for q in t["quotes"]]
    event_ids = [e["event_id"] for t in tables for e in t["events"]]
    assert len(quote_ids) >= len(ids) and len(set(quote_ids)) == len(quote_ids)
    assert len(set(event_ids)) == len(event_ids)
