"""Speaker and quote patterns from the second hand audit of real coverage (all sentences invented)."""

from presslens.analyses.quotes.attribution import extract_quotes


def _rows(text: str) -> list[dict[str, object]]:
    return extract_quotes(text, "t")


def _row(text: str, start_of_quote: str) -> dict[str, object]:
    return next(r for r in _rows(text) if str(r["text"]).startswith(start_of_quote))


def test_description_of_spokesperson_named_later_is_that_person() -> None:
    text = (
        'MEA official spokesperson said, "The quarrel is one for the two capitals alone."\n\n'
        "The Ministry of External Affairs' press spokesperson Randhir Jaiswal came back to it at his weekly briefing, "
        "saying that the quarrel should be settled by talks.\n\n"
        'MEA official spokesperson said, "We stand firmly against every form of terror."\n'
    )
    rows = _rows(text)
    assert [r["speaker"] for r in rows] == ["Randhir Jaiswal"] * 3
    assert {r["affiliation"] for r in rows} == {"India"}


def test_indefinite_spokeswoman_named_sentences_later() -> None:
    text = (
        "Pakistan summoned the envoy of Norvia on Thursday over a border incident, a Pakistani foreign ministry "
        "spokeswoman said.\n"
        "Norvia has not commented on the matter.\n"
        "Traders in the border towns reported long queues at the crossing.\n"
        "The incident was a clear breach of the agreement, the Pakistani foreign ministry spokeswoman, "
        "Mumtaz Zahra Baloch, added.\n"
    )
    first = _row(text, "Pakistan summoned")
    assert first["speaker"] == "Mumtaz Zahra Baloch"
    later = _row(text, "The incident was")
    assert later["speaker"] == "Mumtaz Zahra Baloch"
    assert "spokeswoman" not in str(later["text"])


def test_two_spokespeople_of_one_state_leave_the_description() -> None:
    text = (
        "Beijing hopes the two neighbours will talk, a Chinese foreign ministry spokesperson said.\n"
        "Shipping in the gulf was not affected.\n"
        "On Monday, spokesperson Mao Ning had urged calm, and on Tuesday spokesperson Wang Wenbin urged it again.\n"
    )
    assert _row(text, "Beijing hopes")["speaker"] not in ("Mao Ning", "Wang Wenbin")


def test_state_backed_media_is_the_state_media() -> None:
    row = _row("Iran's state-backed media said the raid had hit a depot near the coast.", "the raid")
    assert row["speaker"] == "Iranian state media"


def test_inverted_attribution_to_title_and_name() -> None:
    text = "The caravan will leave on Monday morning, said the district's deputy chief for transport, Mara Dellow."
    rows = _rows(text)
    assert len(rows) == 1
    assert rows[0]["text"] == "The caravan will leave on Monday morning"
    assert rows[0]["speaker"] == "Mara Dellow"


def test_told_the_title_and_name_is_no_inversion() -> None:
    rows = _rows("The caravan is late again, he told the district's deputy chief for transport, Mara Dellow.")
    assert all(r["speaker"] != "Mara Dellow" for r in rows)


def test_expressing_hope_that_after_a_dateline() -> None:
    text = (
        "Ostra, WNA – A Norvian diplomat has praised the reopening of the consulate, expressing hope that the two "
        "capitals would soon restore direct flights.\n"
    )
    row = _row(text, "the two capitals")
    assert row["cue"] == "expressing hope"
    assert row["speaker"] == "A Norvian diplomat"


def test_hinted_at_scare_quote() -> None:
    text = 'Speaking in the port city, the Norvian minister hinted at "outside hands" behind the riots.\n'
    assert [(r["text"], r["cue"]) for r in _rows(text)] == [("outside hands", "hinted at")]
