"""The actor dictionary: canonical names from aliases and spelling variants, and mentions in text."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from presslens.actors import Actor, ActorDictionary, _ascii_words_lowered, _fold_name, load_actors, normalize_name
from presslens.ingestion.corpus import iter_corpus
from presslens.ingestion.files import Skipped
from presslens.paths import SEEDS_DIR
from presslens.settings import Settings

ACTORS = load_actors()
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("written, canonical", [
    ("Amirabdollahian", "Hossein Amir-Abdollahian"),
    ("Amir-Abdollahian", "Hossein Amir-Abdollahian"),
    ("Amirabdullahia", "Hossein Amir-Abdollahian"),
    ("Hussain Amir-Abdollahian", "Hossein Amir-Abdollahian"),
    ("Gilani", "Jalil Abbas Jilani"),
    ("Kakkar", "Anwaar-ul-Haq Kakar"),
    ("Anwar ul Haq Kakkar", "Anwaar-ul-Haq Kakar"),
    ("Pakistan’s Foreign Ministry", "Pakistan Foreign Office"),
    ("PAKISTAN'S FOREIGN MINISTRY", "Pakistan Foreign Office"),
    ("MoFA", "Pakistan Foreign Office"),  # the acronym its own press releases use
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


@pytest.mark.parametrize("text", ["PAKISTAN’S FOREIGN MINISTRY SAID", "IRAN'S REVOLUTIONARY GUARDS SAID", "İRAN’S REVOLUTIONARY GUARDS SAID"])
def test_an_upper_case_possessive_joins_a_multi_word_alias(text):
    """Headlines set in capitals: "PAKISTAN’S FOREIGN MINISTRY" is the ministry, not the state followed by two words."""
    names = [m.actor.name for m in ACTORS.find_mentions(text)]
    assert len(names) == 1 and names[0] in {"Pakistan Foreign Office", "Islamic Revolutionary Guard Corps"}


@pytest.mark.parametrize("prefix", ["", "İstanbul: "])  # "İ" lower-cases to two characters: offsets must hold
def test_mentions_fold_accents_and_keep_offsets(prefix):
    text = prefix + "António Guterres met Amir-Abdollahian’s deputy in Tehrān; Baloch’s s and Jaysh al-Dhulm."
    found = [(m.text, m.actor.name) for m in ACTORS.find_mentions(text)]
    assert found == [
        ("António Guterres", "Antonio Guterres"), ("Amir-Abdollahian", "Hossein Amir-Abdollahian"),
        ("Tehrān", "Iran"), ("Jaysh al-Dhulm", "Jaish al-Adl"),
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
    merged = load_actors(Settings.for_corpus(tmp_path))
    assert merged.lookup("Ishaq Dar").role == "Foreign Minister of Pakistan"
    assert merged.lookup("Sharif").role == "Prime Minister of Pakistan"
    assert ACTORS.lookup("Ishaq Dar") is None


def test_actor_file_with_missing_columns_is_named(tmp_path):
    bad = tmp_path / "actors.csv"
    bad.write_text("name,aliases\nX,Y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="actors.csv: actor file lacks column"):
        load_actors(Settings.for_corpus(tmp_path))


def test_a_corpus_actor_file_reaches_every_analysis(tmp_path):
    from presslens.pipeline import analyze_corpus
    from presslens.store.tables import read_table

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        "Pakistan warns Iran after border strikes\n\n"
        "Pakistan said Iranian missile and drone strikes in Balochistan violated its sovereignty. "
        "“We will not allow any violation of our borders,” Dar told reporters in Islamabad.\n",
        encoding="utf-8",
    )
    analyze_corpus(corpus, tmp_path / "without")
    (corpus / "actors.csv").write_text(
        "name,type,affiliation,bloc,role,gender,aliases\n"
        "Ishaq Dar,person,Pakistan,Pakistan,Foreign Minister of Pakistan,male,Ishaq Dar|Dar\n",
        encoding="utf-8",
    )
    analyze_corpus(corpus, tmp_path / "with", engine="processes", workers=1)
    before = read_table(tmp_path / "without", "quotes")
    after = read_table(tmp_path / "with", "quotes")
    quote = "We will not allow any violation of our borders,"
    # without the entry a bare surname names a person of that name, with no affiliation
    assert before.loc[before["text"].str.startswith(quote[:20]), ["speaker", "affiliation"]].values.tolist() == [["Dar", ""]]
    assert after.loc[after["text"].str.startswith(quote[:20]), ["speaker", "affiliation"]].values.tolist() == [["Ishaq Dar", "Pakistan"]]


def test_plain_words_fold_to_lower_case_as_any_name_does():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]
    words = {w for text in texts for w in re.findall(r"\w+", text)} | {"The", "IRAN", "Kelvin\u212a", "Ünal", "s", "_x", "12"}
    plain = [w for w in words if w.isascii() and w.isalnum()]
    assert len(plain) > 500
    for word in words:
        assert normalize_name(word) == _fold_name(word), word


def _perturbed(text: str, rng: random.Random) -> str:
    """`text` with random edits of the kinds the mention scan must handle: case, accents, possessives, joiners,
    acronyms, underscores and characters that lower-case to two."""
    words = re.split(r"(\s+)", text)
    edits = [
        str.upper, str.lower, str.title, lambda w: w + "’s", lambda w: w + "'S", lambda w: w + "'s", lambda w: w + "’",
        lambda w: w.replace("a", "á"), lambda w: w.replace("e", "ē"), lambda w: w + "-", lambda w: w + ".",
        lambda w: w + " -", lambda w: w + "_", lambda w: "_" + w, lambda w: w.replace("i", "İ"), lambda w: w.replace("k", "\u212a"),
        lambda w: w + "'s's", lambda w: w + "’ s", lambda w: w + "...", lambda w: w + "’s.", lambda w: "s " + w,
    ]
    for i in range(0, len(words), 2):
        if rng.random() < 0.15:
            words[i] = rng.choice(edits)(words[i])
    return "".join(words)


def _aliases_in_text(actors: ActorDictionary, rng: random.Random) -> str:
    """Aliases of `actors` as written in the actor file, with random joiners, case and neighbours."""
    aliases = [alias for actor in actors.actors.values() for alias in (actor.name, *actor.aliases)]
    joiners = [" ", "  ", "-", "’s ", "'S ", ". ", " - ", "’  ", "'s's ", "_", "    ", "’s", " ’s "]
    parts = []
    for alias in rng.sample(aliases, 40):
        tokens = alias.split(" ")
        written = tokens[0] + "".join(rng.choice(joiners) + token for token in tokens[1:])
        parts.append(rng.choice([written, written.upper(), written.lower(), written.title()]))
    return rng.choice(["", "’s ", "s "]).join(f"{part}{rng.choice(joiners)}" for part in parts)


def _test_dictionary() -> ActorDictionary:
    """The built-in actors and a few whose aliases start or end with an 's' token or hold a possessive."""
    extra = [
        Actor("S Club", "organization", "UK", "Media", "band", "", ("S", "S Club", "Iran S", "S.C.", "Pakistan's Army")),
        Actor("Us Weekly", "organization", "US", "Media", "magazine", "", ("Us Weekly", "US W", "Á Test")),
    ]
    return ActorDictionary([*ACTORS.actors.values(), *extra])


def _fixture_texts() -> list[str]:
    """Titles, texts and paragraphs of the seeds and the dev fixtures."""
    texts = []
    for folder in [SEEDS_DIR, *(path for path in sorted(FIXTURES.glob("dev_*")) if not path.name.endswith("_gold"))]:
        for article in iter_corpus(folder):
            if not isinstance(article, Skipped):
                texts += [article.title, article.text, *article.text.split("\n")]
    return texts


@pytest.mark.parametrize("actors", [ACTORS, _test_dictionary()], ids=["built-in", "with s aliases"])
def test_the_regex_scan_finds_what_the_token_scan_finds(actors):
    texts = _fixture_texts()
    assert len(texts) > 200
    rng = random.Random(5)
    texts += [_perturbed(rng.choice(texts), rng) for _ in range(400)]
    texts += [_aliases_in_text(actors, rng) for _ in range(200)]
    fast = sum(1 for text in texts if _ascii_words_lowered(text) is not None)
    assert fast > len(texts) * 0.6  # most texts take the regex path
    for text in texts:
        assert actors._scan(text) == actors._scan_tokens(text), text
