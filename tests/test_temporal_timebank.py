"""Gold test: the `time_expressions` table scored against TimeBank + AQUAINT (TempEval-3 style, relaxed span and value).

Skips when `../shared/datasets` (TimeBank/AQUAINT, read in place, never copied) is absent. The thresholds sit a little
below the figures reached when they were set (printed by `benchmarks/score_timebank.py`), so a regression fails.
"""
from __future__ import annotations

import pytest

from presslens.evaluation.timeml import TIMEBANK_DIR, TimeMLScore, gold_inconsistency, predict, read_corpus, score

pytestmark = pytest.mark.skipif(not TIMEBANK_DIR.is_dir(), reason="../shared/datasets/timebank is absent")


@pytest.fixture(scope="module")
def timebank() -> TimeMLScore:
    """presslens's expressions on every TimeBank/AQUAINT document, scored."""
    documents = read_corpus(TIMEBANK_DIR)
    return score(documents, predict(documents))


def test_the_set_is_the_one_described() -> None:
    documents = read_corpus(TIMEBANK_DIR)
    assert len(documents) == 256
    assert sum(t.type == "DATE" for d in documents for t in d.timexes) == 1505


def test_date_expressions_are_found_and_normalised(timebank: TimeMLScore) -> None:
    span_p, span_r, _ = timebank.by_type["DATE"].span
    _, _, value_f1 = timebank.by_type["DATE"].value
    assert span_p >= 0.928 and span_r >= 0.940  # measured 0.932 and 0.944
    assert value_f1 >= 0.853  # measured 0.855


def test_all_types_are_normalised(timebank: TimeMLScore) -> None:
    _, _, value_f1 = timebank.overall.value
    assert value_f1 >= 0.840  # measured 0.842; for scale, not the same documents: TempEval-3 test set, SUTime 67.38, HeidelTime 77.61


def test_durations_and_times_are_found_and_not_taken_as_dates(timebank: TimeMLScore) -> None:
    assert timebank.recall_of("DURATION") >= 0.89
    assert timebank.recall_of("TIME") >= 0.92
    assert timebank.by_type["DURATION"].value[2] >= 0.760  # measured 0.765
    assert timebank.dated_non_dates <= 24  # measured 23: gold DURATION/SET spans predicted as DATE ("a day earlier", "the weekend")


def test_most_date_values_missed_are_gold_inconsistencies(timebank: TimeMLScore) -> None:
    created = {d.doc_id: d.created for d in read_corpus(TIMEBANK_DIR)}
    misses = [(doc, g, p) for doc, g, p in timebank.errors if g is not None and p is not None and g.type == "DATE"]
    ours = [m for m in misses if not gold_inconsistency(created[m[0]], m[1], m[2])]
    assert len(misses) <= 155 and len(ours) <= 57  # measured 154 and 56 (98 contradict their words, the creation time or the set)
