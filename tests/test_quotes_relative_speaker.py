"""'X, who said': the speaker of a cue after a relative pronoun is the phrase the pronoun stands for."""
from __future__ import annotations

import pytest

from presslens.analyses.quotes.attribution import extract_quotes


@pytest.mark.parametrize(("text", "speaker", "mention"), [
    ('The agency quoted Ali Rezaei, the deputy governor, who said, "Two men were also killed."', "Ali Rezaei", "Ali Rezaei"),
    ('State radio quoted Ali Rezaei, who said: "Two men were also killed."', "Ali Rezaei", "Ali Rezaei"),
    ('The deputy governor met residents of Saravan, who said "we heard three explosions overnight."', "residents of Saravan", "residents of Saravan"),
    ('Officials quoted the mayor, who said: "The roads are closed."', "the mayor", "the mayor"),
])
def test_relative_pronoun_before_the_cue_stands_for_its_antecedent(text: str, speaker: str, mention: str) -> None:
    [quote] = extract_quotes(text)
    assert (quote["speaker"], quote["speaker_mention"]) == (speaker, mention)


def test_an_appositive_without_article_is_passed_over() -> None:
    [quote] = extract_quotes('The news agency quoted Ali Rezaei, deputy governor of the province, who said: "Two men were also killed."')
    assert (quote["speaker"], quote["speaker_mention"]) == ("Ali Rezaei", "Ali Rezaei")
