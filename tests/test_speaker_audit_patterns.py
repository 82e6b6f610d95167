"""Speaker and quote-span patterns from the first hand audit of real crisis coverage, on invented sentences.

Invented names and places stand in wherever the rule does not need the actor dictionary; the dictionary's own
people and bodies appear only where the rule is about mapping to them.
"""
from __future__ import annotations

import pytest
from quote_rows import quote_row_of, quote_rows

from presslens.analyses.quotes.names import same_word, spelling_key


# ---- family 11: the dateline and its wire tag are furniture -------------------------------------------------
@pytest.mark.parametrize("dateline", ["QUITO (Wirex) -", "QUITO (Wirex) - ", "QUITO, Mar. 4 (Wirex) -- "])
def test_a_dateline_is_neither_speaker_nor_content(dateline: str) -> None:
    text = f"Border talks resume\n\n{dateline}Peru said on Monday its trade minister would visit Quito next week."
    assert quote_row_of(text, "its trade minister would visit Quito next week")[2:] == ("Peru", "government", "Peru")


def test_content_before_an_inverted_cue_starts_after_the_dateline() -> None:
    text = ("Wirex) 10:02, March 5, 2031\n\nQUITO, Mar. 4 (Wirex) -- Ecuador welcomes the steady progress in the "
            "border talks, a foreign ministry spokesperson said Tuesday.")
    rows = quote_rows(text)
    assert [r[1] for r in rows] == ["Ecuador welcomes the steady progress in the border talks"]


def test_a_mixed_case_dateline_with_its_country_and_date_is_cut_from_the_content() -> None:
    text = "Quito [Ecuador], March 4 : Gunmen shot four traders near the northern border crossing, Radio Andes reported."
    assert quote_row_of(text, "Gunmen shot four traders near the northern border crossing")[2] == "Radio Andes"


def test_a_hyphenated_name_in_capitals_opening_a_paragraph_is_no_dateline() -> None:
    text = "Intro.\n\nACB-Norland said on Monday the new fee was unfair to small exporters."
    assert quote_row_of(text, "the new fee was unfair to small exporters")[2] == "ACB-Norland"


# ---- family 3: a speaker written otherwise than the name the article or the dictionary gives -------------------
def test_spelling_key_writes_each_doubled_letter_once() -> None:
    assert spelling_key("Fariddun") == spelling_key("Faridun") == "faridun"
    assert same_word("Osmanni", "Osmani") and not same_word("Alli", "Ali")  # too short to tell


def test_title_and_a_first_name_spelled_otherwise_is_the_person_named_before() -> None:
    text = ("Kestria recalled its envoy to Pakistan Faridun Osmani on Monday. "
            "Later, Ambassador Fariddun said the talks in the capital had gone well.")
    assert quote_row_of(text, "the talks in the capital had gone well")[2:4] == ("Faridun Osmani", "person")


def test_a_first_name_spelled_otherwise_maps_to_the_dictionary_person_the_article_names() -> None:
    text = ("Islamabad withdrew Muhammad Muddasir Tipu from his post for a week. "
            "Ambassador Mudassir said on Friday his return would open a fresh phase.")
    assert quote_row_of(text, "his return would open a fresh phase")[2:] == ("Muddassir Tipu", "person", "Pakistan")


@pytest.mark.parametrize("adverbial", [" in turn", ", for his part,"])
def test_a_role_description_before_an_adverbial_is_the_dictionary_holder(adverbial: str) -> None:
    text = ("Iranian Foreign Minister Hossein Amirabdollahian met his hosts on Monday. "
            f"The Iranian foreign minister{adverbial} thanked the hosts for the welcome, saying few neighbours share so much.")
    assert quote_row_of(text, "few neighbours share so much")[2:] == ("Hossein Amir-Abdollahian", "person", "Iran")


@pytest.mark.parametrize(("capital", "ministry", "state"), [
    ("Islamabad", "Pakistan Foreign Office", "Pakistan"), ("Tehran", "Iranian Foreign Ministry", "Iran"),
])
def test_the_foreign_ministry_in_a_capital_is_that_states_ministry(capital: str, ministry: str, state: str) -> None:
    text = f"The foreign ministry in {capital} says the minister will hold long talks with his counterpart."
    assert quote_row_of(text, "the minister will hold long talks with his counterpart")[2:] == (ministry, "government", state)


# ---- family 20: a surname used as a modifier of a body ----------------------------------------------------------
def test_a_surname_modifying_a_named_group_gives_the_group() -> None:
    text = ("Interior Minister Omar Karsh visited the town. "
            "Karsh rights group Velda reported on its website that the dead were seasonal farm hands.")
    assert quote_row_of(text, "the dead were seasonal farm hands")[2:] == ("Velda", "organization", "")


def test_a_surname_modifying_an_unnamed_body_is_not_that_person() -> None:
    text = "Interior Minister Omar Karsh visited the town. The Karsh youth league said it would march on Friday."
    assert quote_row_of(text, "it would march on Friday")[2:4] == ("The Karsh youth league", "organization")


def test_a_group_named_after_its_head_noun_speaks() -> None:
    text = "The Tarn rights group Vashtar said on its website that the dead were seasonal farm hands."
    assert quote_row_of(text, "the dead were seasonal farm hands")[2:4] == ("Vashtar", "organization")


# ---- family 9: an inverted cue before a long title and a name -------------------------------------------------
def test_an_inverted_cue_with_a_long_title_gives_the_name_and_the_next_quotation_continues_it() -> None:
    text = ("Raids this week mark a new flare-up, observers say.\n"
            '"No side has ever gone this far," said Valmor State University regional security senior lecturer Ana Brel. '
            '"Delay helps nobody."')
    rows = quote_rows(text)
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("direct", "No side has ever gone this far", "Ana Brel"),
        ("direct", "Delay helps nobody.", "Ana Brel"),
    ]


def test_a_clause_after_the_cue_is_no_long_title() -> None:
    text = '"No side has ever gone this far," said he would phone Tom Lee.'
    assert all(r[2] != "Tom Lee" for r in quote_rows(text))


# ---- family 10: no qualifier added, no sub-body collapsed, no institution replaced by its spokesperson ----------
def test_a_nationality_and_media_is_not_that_states_state_media() -> None:
    text = "According to Iranian media, four drivers were hurt when the convoy was shelled at dusk."
    assert quote_row_of(text, "four drivers were hurt when the convoy was shelled at dusk")[2:] == ("Iranian media", "unnamed", "Iran")


def test_a_states_department_the_dictionary_lacks_stays_a_body_of_that_state() -> None:
    text = ("According to Iran’s prison welfare department, the four drivers had shared one cabin since spring. "
            "The department reported that the guards had left at dawn.")
    rows = quote_rows(text)
    assert [(r[2], r[3], r[4]) for r in rows] == [("Iran Prison Welfare Department", "government", "Iran")] * 2


def test_a_states_ministry_is_not_another_ministry_of_that_state() -> None:
    text = "Pakistan's interior ministry said the four drivers were freed after a week."
    assert quote_row_of(text, "the four drivers were freed after a week")[2:] == ("Pakistan Interior Ministry", "government", "Pakistan")


def test_the_foreign_office_is_not_its_spokesperson() -> None:
    text = ("Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch briefed reporters on Friday. "
            "In a note issued late on Sunday, the Foreign Office said that the talks would move to the spring.")
    assert quote_row_of(text, "the talks would move to the spring")[2:] == ("Pakistan Foreign Office", "government", "Pakistan")


def test_an_unnamed_spokesperson_named_in_the_next_sentence_is_that_person() -> None:
    text = ("Peru welcomes the steady progress in the border talks, a Peruvian foreign ministry spokesperson said on "
            "Tuesday. Asked about the talks, spokesperson Lia Montero said Peru would keep helping both sides.")
    assert quote_row_of(text, "Peru welcomes the steady progress in the border talks")[2:4] == ("Lia Montero", "person")


def test_an_unnamed_source_stays_unnamed_when_the_next_sentence_names_another_role() -> None:
    text = "A police spokesperson said two men were held overnight. Mayor Ana Roe said the town was calm."
    assert quote_row_of(text, "two men were held overnight")[2:4] == ("A police spokesperson", "unnamed")


# ---- bodies named by a title or a capital (regressions found on the dev sets after the audit round) --------
def test_a_body_noun_after_its_spokesperson_is_the_spokespersons_state_body() -> None:
    text = ("“The shelling must stop,” Foreign Office spokesperson Mumtaz Zahra Baloch told reporters.\n\n"
            "Four farmers were hurt near the crossing, according to the Foreign Office.")
    assert quote_row_of(text, "Four farmers were hurt near the crossing")[2:] == ("Pakistan Foreign Office", "government", "Pakistan")


def test_it_after_a_body_placed_in_a_capital_is_that_states_body() -> None:
    text = ("The prime minister cut short a trip abroad. His office said he would chair a cabinet meeting.\n\n"
            "The foreign ministry in Tehran took a softer line. In a statement, it said Iran wanted calm at the border.")
    assert quote_row_of(text, "Iran wanted calm at the border")[2:] == ("Iranian Foreign Ministry", "government", "Iran")
