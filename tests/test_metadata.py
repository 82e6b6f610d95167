"""Outlet and publication date inferred from the text of a story (no metadata.csv): wire datelines, credits, stamps."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from presslens.evaluation.articles import compare_articles, read_gold
from presslens.ingestion.corpus import load_corpus
from presslens.ingestion.metadata import infer_outlet


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        ("Headline\n\nISLAMABAD (Reuters) -Pakistan recalled its envoy on Wednesday.", "Reuters"),
        ("Headline\n\nISLAMABAD (AP) — Pakistan recalled its envoy on Wednesday.", "Associated Press"),
        ("Headline\n\n(AP) — Pakistan recalled its envoy on Wednesday.", "Associated Press"),
        ("Headline\n\nTEHRAN, Jan 29 (Reuters) - Iran's foreign minister arrived.", "Reuters"),
        ("Headline\n\nMOSCOW (Sputnik) - The ministry said on Wednesday.", "Sputnik"),
        ("Headline\n\nTehran, IRNA – An Iranian diplomat said on Friday.", "IRNA"),
        ("Headline\nBy Jane Doe\nAFP\n\nPakistan recalled its envoy on Wednesday.", "Agence France-Presse"),
        ("Headline\n\nPakistan recalled its envoy on Wednesday. (Source: Dawn)", "Dawn"),
        ("Headline\n\nThe two ministers spoke on Friday, Geo News reported.", "Geo News"),
    ],
)
def test_outlet_from_wire_dateline_and_credit(raw: str, outlet: str) -> None:
    assert infer_outlet(raw) == outlet


def test_no_outlet_from_an_agency_quoted_in_the_body() -> None:
    raw = "Headline\n\nIslamabad said on Wednesday that Iran, according to IRNA, had struck two bases.\n" + "More text.\n" * 20 + "AFP\n"
    assert infer_outlet(raw) == ""


def _one_story(tmp_path, text: str):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [article] = load_corpus(tmp_path).articles
    return article


def test_published_line_with_a_name_before_it(tmp_path) -> None:
    article = _one_story(tmp_path, "Pakistan recalls envoy from Iran\nJane Doe | Published January 17, 2024\n\n"
                                   "Pakistan recalled its ambassador from Iran on Wednesday, officials said.\n")
    assert article.published == date(2024, 1, 17)


def test_dated_wire_dateline_gives_the_publication_date(tmp_path) -> None:
    article = _one_story(tmp_path, "Iran's foreign minister in Islamabad\n\n"
                                   "ISLAMABAD, Jan 29 (Reuters) - Iran's foreign minister arrived on a visit agreed on January 22, 2024.\n")
    assert (article.outlet, article.published) == ("Reuters", date(2024, 1, 29))


def test_date_inside_a_quotation_is_not_the_publication_date(tmp_path) -> None:
    article = _one_story(tmp_path, "Ministers meet\n\nThe ministers met on January 18, 2024, officials said.\n"
                                   "\u201cWe will meet again on March 3, 2024 in Tehran,\u201d the minister said.\n")
    assert article.published == date(2024, 1, 18)


def test_seeds_without_metadata_match_the_gold_articles(seeds_without_metadata) -> None:
    articles = load_corpus(seeds_without_metadata).articles
    gold = read_gold()
    frame = pd.DataFrame([a.record() for a in articles])
    comparison = compare_articles(frame, gold)
    assert comparison["published_ok"].all(), comparison[["file", "published_gold", "published_found"]]
    in_text = comparison[gold["outlet_in_text"] == "True"]
    assert in_text["outlet_ok"].all(), in_text[["file", "outlet_gold", "outlet_found"]]
    assert (comparison[gold["outlet_in_text"] == "False"]["outlet_found"] == "").all()
