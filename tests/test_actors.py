"""The actor dictionary: canonical names from aliases and spelling variants, and mentions in text."""
from __future__ import annotations

import pytest

from presslens.actors import load_actors

ACTORS = load_actors()


@pytest.mark.parametrize("written, canonical", [
    ("Amirabdollahian", "Hossein Amir-Abdollahian"),
    ("Amir-Abdollahian", "Hossein Amir-Abdollahian"),
    ("Amirabdullahia", "Hossein Amir-Abdollahian"),
    ("Hussain Amir-Abdollahian", "Hossein Amir-Abdollahian"),
    ("Gilani", "Jalil Abbas Jilani"),
    ("Kakkar", "Anwaar-ul-Haq Kakar"),
    ("Anwar ul Haq Kakkar", "Anwaar-ul-Haq Kakar"),
    ("Pakistan’s Foreign Ministry", "Pakistan Foreign Office"),
    ("the Iranian Embassy", "Iranian Embassy in Islamabad"),
    ("Jaysh al-Dhulm", "Jaish al-Adl"),
    ("António Guterres", "Antonio Guterres"),
])
def test_variants_resolve_to_one_canonical_actor(written, canonical):
    assert ACTORS.lookup(written).name == canonical


@pytest.mark.parametrize("written", ["Jamal Achakzai", "Abdul Baloch", "Ali Rezaei", "Minister"])
def test_different_people_are_not_merged(written):
    assert ACTORS.lookup(written) is None


def test_mentions_fold_case_and_possessives_but_acronyms_stay_case_sensitive():
    text = "IS claimed it; this is it. Pakistan’s Foreign Ministry said the U.S. and Jaish Al-Adl; Iranian forces."
    found = [(m.text, m.actor.name) for m in ACTORS.find_mentions(text)]
    assert found == [
        ("IS", "Islamic State"), ("Pakistan’s Foreign Ministry", "Pakistan Foreign Office"),
        ("U.S", "United States"), ("Jaish Al-Adl", "Jaish al-Adl"), ("Iranian", "Iran"),
    ]
    assert all(text[m.start : m.end] == m.text for m in ACTORS.find_mentions(text))


def test_corpus_actor_file_adds_and_replaces(tmp_path):
    extra = tmp_path / "actors.csv"
    extra.write_text(
        "name,type,affiliation,bloc,role,gender,aliases\n"
        "Shehbaz Sharif,person,Pakistan,Pakistan,Prime Minister of Pakistan,male,Shehbaz Sharif|Sharif\n"
        "Ishaq Dar,person,Pakistan,Pakistan,Foreign Minister of Pakistan,male,Ishaq Dar|Dar\n",
        encoding="utf-8",
    )
    merged = load_actors(extra)
    assert merged.lookup("Ishaq Dar").role == "Foreign Minister of Pakistan"
    assert merged.lookup("Sharif").role == "Prime Minister of Pakistan"
    assert ACTORS.lookup("Ishaq Dar") is None


def test_actor_file_with_missing_columns_is_named(tmp_path):
    bad = tmp_path / "actors.csv"
    bad.write_text("name,aliases\nX,Y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="actors.csv: actor file lacks column"):
        load_actors(bad)
