"""Pasted pages without metadata.csv: the outlet from the site's name or address on a line of its own, an ISO time
stamp as the date, and sentences pasted without the space between them parted."""
from __future__ import annotations

from datetime import date

from presslens.ingestion.metadata import infer_outlet, parse_dates


def test_known_outlet_name_on_its_own_line_is_the_outlet_even_over_a_wire_dateline() -> None:
    raw = "Dawn\nTalks resume between the two capitals\nPublished March 3, 2024\n\nISLAMABAD (AFP) — Talks resumed on Sunday."
    assert infer_outlet(raw) == "Dawn"


def test_page_address_in_the_head_gives_the_outlet_canonical_when_known() -> None:
    assert infer_outlet("https://sputnikglobe.com/20240302/talks-resume.html\n\nTalks resume\n\nThe talks resumed.") == "Sputnik"
    assert infer_outlet("www.example-daily.co.uk/world/talks-resume\nTalks resume\n\nThe talks resumed.") == "example-daily.co.uk"


def test_an_address_inside_the_body_is_not_the_outlet() -> None:
    raw = "Talks resume\n\nThe minister posted a video at https://t.co/abc123 on Sunday, officials said."
    assert infer_outlet(raw) == ""


def test_a_name_that_is_only_part_of_a_head_line_is_not_taken() -> None:
    assert infer_outlet("Dawn raids in the capital\n\nPolice raided three homes at dawn.") == ""


def test_iso_time_stamp_is_a_full_date() -> None:
    assert [d for d, *_ in parse_dates("2024-03-02T04:01+0000")] == [date(2024, 3, 2)]
    assert parse_dates("order no. 2024-03-021") == []


def test_sentences_pasted_without_a_space_are_parted() -> None:
    from presslens.ingestion.cleaning import normalize_raw

    assert normalize_raw("after the war.Following reports, the army said.“We will respond.”Officials agreed.") == (
        "after the war. Following reports, the army said. “We will respond.” Officials agreed.")
    assert normalize_raw("U.S.Army and sputnikglobe.com/2024 and Mr.Smith stay") == "U.S.Army and sputnikglobe.com/2024 and Mr.Smith stay"
