"""Violence that is only what a response, a confirmation or a denial is about is not an event of its own."""
from __future__ import annotations

from datetime import date

from presslens.analyses.events import article_tables
from presslens.article import Article
from presslens.context import ArticleContext


def events_of(text: str) -> list[dict]:
    """The events rows of one invented story published on Wednesday 6 March 2024."""
    article = Article("t-0", "t.txt", 0, "Test", "", date(2024, 3, 6), "", "", text)
    return article_tables(ArticleContext(article), {})["events"]


def violent(rows: list[dict]) -> list[dict]:
    """The rows of CAMEO roots 18-20 (assault, fight, mass violence)."""
    return [r for r in rows if r["cameo_code"].startswith(("18", "19", "20"))]


def test_the_right_to_retaliate_against_an_attack_is_a_threat_not_an_attack() -> None:
    rows = events_of("Pakistan warned Iran of serious consequences, adding that it reserved the right to retaliate against the attack.")
    assert [(r["cameo_code"], r["actor1"], r["actor2"]) for r in rows] == [("138", "Pakistan", "Iran")]


def test_strikes_a_state_confirms_or_denies_are_not_dated_by_the_statement() -> None:
    for verb in ("confirmed", "denied", "has yet to confirm", "acknowledged"):
        rows = events_of(f"Pakistan on Tuesday {verb} the air strikes on Iran.")
        assert violent(rows) == [], verb
