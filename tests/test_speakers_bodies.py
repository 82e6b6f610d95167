"""Speakers, third round of issue #11: countries and nationalities are not people, the voice heard in the sentence
before goes on, offices are bodies, headings are not speakers. Sentences written for these tests; names invented."""
from __future__ import annotations

from presslens.analyses.quotes.attribution import extract_quotes
from presslens.analyses.quotes.names import find_names
from presslens.settings import DEFAULT_SETTINGS


def speakers(text: str) -> list[tuple[str, str]]:
    """(speaker, speaker_type) of every quote of `text`."""
    return [(q["speaker"], q["speaker_type"]) for q in extract_quotes(text, "t")]


def test_a_run_ending_in_a_country_or_nationality_is_a_body_or_a_place_not_a_person():
    text = ("Figures from Hockey Canada reached Canada on Monday. Notable Peruvian exporters met Brian France "
            "and officials of New Zealand.")
    found = [(n.text, n.kind) for n in find_names(text, DEFAULT_SETTINGS)]
    assert ("Hockey Canada", "organization") in found
    assert ("Canada", "place") in found
    assert ("Notable Peruvian", "organization") in found
    assert ("Brian France", "person") in found  # a first name opens it: a person
    assert ("New Zealand", "place") in found


def test_a_country_is_not_canonicalised_to_a_body_that_ends_with_its_name():
    text = ('Lena Orlov heads the delegation. Figures came from Hockey Canada. "We are ready," said Orlov. '
            'Canada is one of "40 members" now, she said.')
    assert speakers(text) == [("Lena Orlov", "person")] * 3  # the reported clause and the quotation inside it


def test_a_country_that_speaks_is_its_government():
    assert speakers('On Friday, Norway said its "exports fell for a third month" in March.') == [("Norway", "government")]


def test_the_voice_heard_in_the_sentence_before_goes_on_past_a_person_first_named_there():
    text = ('Ian Brodeur has written about the rail strike. Leaders such as Mayor Paul Tessier opposed the '
            'union, Brodeur writes in his book. "Nobody wanted the porters to win," he writes.')
    assert speakers(text)[-1] == ("Ian Brodeur", "person")


def test_a_question_closing_its_quotation_is_attributed_by_the_sentence_after_it_not_a_heading():
    text = ('MARKET VIEW: "Will the bank cut rates again?" Nora Fenwick, an economist at Delta Bank, said in a note.\n\n'
            'OIL: Prices fell.')
    assert speakers(text)[0] == ("Nora Fenwick", "person")


def test_a_label_line_between_a_voice_and_its_quotation_is_passed_over():
    text = ('Omar Quill said the scam was new. Head of research at a security firm, Tomas Reyes, agreed with him.\n\n'
            'WATCH: Police describe the scam\n\n'
            '"It is the same group," he said.')
    assert speakers(text)[-1] == ("Tomas Reyes", "person")


def test_the_office_of_a_person_outside_the_dictionary_is_a_body_and_a_capitalised_office_is_named():
    text = ("Mayor Lena Orlov opened the session. The Mayor's Office said the budget was final. "
            "Orlov's office said later that taxes would rise. Dan Kubo, a lawyer, left early. His office said he was away.")
    assert speakers(text) == [("Mayor's Office", "government"), ("Lena Orlov's office", "organization"),
                              ("Dan Kubo's office", "organization")]


def test_the_office_of_a_dictionary_person_is_the_office_the_dictionary_lists():
    text = "Prime Minister Anwaar-ul-Haq Kakar met the army chief. The Prime Minister's Office said the meeting was cordial."
    assert speakers(text) == [("Pakistan Prime Minister's Office", "government")]


def test_they_is_the_group_that_is_the_subject_of_its_clause_or_of_the_sentence_before():
    text = ("The Greens expect the vote to be close; they say their polling shows a late swing. "
            "Freight rates rose again and several shipping executives have warned of delays. "
            "They say ports could close within weeks.")
    assert speakers(text) == [("The Greens", "organization"), ("several shipping executives", "unnamed")]


def test_they_after_a_ministry_opening_the_sentence_before_stays_the_ministry_and_an_opener_is_no_group():
    text = ("Pakistan's foreign ministry said the strikes were precise. Tensions rose after that. "
            "They said the action was self-defence.")
    assert [s for s, _ in speakers(text)] == ["Pakistan Foreign Office", "Pakistan Foreign Office"]


def test_a_participle_cue_takes_the_name_after_the_title_that_follows_a_body():
    text = ('Ottawa said it was concerned. Chinese foreign ministry spokeswoman Ida Holm shot back on Tuesday, '
            'saying Canada should "respect the rule of law."')
    assert speakers(text)[-1] == ("Ida Holm", "person")


def test_a_one_word_name_described_as_a_person_is_a_pronoun_antecedent():
    text = ('Marek Wolny, a police officer, said the waves came fast.\n\n'
            'Yuni, a resident of the island, was at home when she heard the water.\n\n'
            '"I heard a rumbling sound," she said.')
    assert speakers(text)[-1] == ("Yuni", "person")
    found = {(n.text, n.kind) for n in find_names("Lampung, a province of the island, is calm. Yuni, a resident, agreed.", DEFAULT_SETTINGS)}
    assert ("Yuni", "person") in found and ("Lampung", "person") not in found


def test_a_place_before_the_comma_of_a_fronted_phrase_is_not_described_as_a_person():
    found = {(n.text, n.kind) for n in find_names("At a school in Kelso, a teacher said it was calm.", DEFAULT_SETTINGS)}
    assert ("Kelso", "person") not in found


def test_a_document_by_a_described_body_speaks_for_the_one_body_of_that_kind():
    text = ("Staff of the Northern Plains Railway were hurt. A study by the railway company details the risks of cold. "
            "The white paper said brakes leak in the cold. Crews stop trains below -30 C, the report said.")
    assert speakers(text) == [("Northern Plains Railway", "organization")] * 2
