"""The side figure of benchmarks/score_ggt.py: predictions in the GenderGapTracker set's unit (no dataset needed)."""
from __future__ import annotations

from presslens.evaluation import ggt


def test_a_partial_quote_inside_another_quote_of_its_article_is_left_out_of_the_sets_unit():
    predicted = [
        {"article_id": "a", "kind": "indirect", "start": 0, "end": 60, "text": "x"},
        {"article_id": "a", "kind": "partial", "start": 20, "end": 35, "text": "y"},  # inside the statement
        {"article_id": "a", "kind": "partial", "start": 70, "end": 80, "text": "z"},  # on its own
        {"article_id": "b", "kind": "partial", "start": 20, "end": 35, "text": "w"},  # another article
        {"article_id": "a", "kind": "direct", "start": 25, "end": 30, "text": "v"},  # not a partial quote
    ]
    assert [p["text"] for p in ggt.without_nested_partials(predicted)] == ["x", "z", "w", "v"]


def test_a_quote_annotated_twice_is_located_at_its_two_occurrences():
    import pandas as pd

    text = 'We must act now. Ana Ruiz\n\n"We must act now," Ruiz said at the rally.'
    articles = pd.DataFrame([{"url": "u", "article_id": "a", "text": text}])
    gold = [{"url": "u", "quote": "We must act now", "speaker": "Ana Ruiz", "reference": "Ana Ruiz"},
            {"url": "u", "quote": '"We must act now,"', "speaker": "Ruiz", "reference": "Ana Ruiz"},
            {"url": "u", "quote": "We must act now", "speaker": "", "reference": "Ana Ruiz"}]  # no third: the first again
    second = text.index("We must act now", 1)
    assert [(g.start, g.end) for g in ggt.locate_gold(gold, articles)] == [(0, 15), (second, second + 15), (0, 15)]
