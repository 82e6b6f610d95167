"""Quote and speaker patterns seen in real crisis coverage, on invented sentences (Chile/Bolivia stand-ins)."""
from __future__ import annotations

import pytest
from quote_rows import quote_row_of, quote_rows

from presslens.analyses.quotes.names import country_in
from presslens.settings import DEFAULT_SETTINGS


def test_condemning_clause_before_a_post_posed_cue_is_the_content() -> None:
    text = 'Chile firmly rejects the "reckless incursion" into its waters, the navy said in a statement.'
    kind, _, speaker, speaker_type, _ = quote_row_of(text, 'Chile firmly rejects the "reckless incursion" into its waters')
    assert kind == "indirect"
    assert speaker_type == "unnamed" and speaker == "the navy"


def test_every_row_of_one_speaker_carries_the_affiliation_its_title_gave() -> None:
    text = (
        "Pakistan's foreign office spokesperson Rosa Quintana said the border would stay open. "
        '"Nobody wants a war," Quintana said. "We will keep talking," she added.'
    )
    rows = quote_rows(text)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("the border would stay open", "Rosa Quintana", "person", "Pakistan"),
        ("Nobody wants a war", "Rosa Quintana", "person", "Pakistan"),
        ("We will keep talking", "Rosa Quintana", "person", "Pakistan"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "affiliation"),
    [
        ("Two patrol boats were seized near the coast overnight, the Foreign Office said on Friday.",
         "Two patrol boats were seized near the coast overnight", "Foreign Office", ""),
        ("The talks will resume in Santiago next month, the Ministry of Foreign Affairs said.",
         "The talks will resume in Santiago next month", "Ministry of Foreign Affairs", ""),
        ('The Bolivian Ministry of Defence issued a note on the clash. "Our troops fired no shot," the Ministry of Defence stated.',
         "Our troops fired no shot", "Bolivian Ministry of Defence", "Bolivia"),
    ],
)
def test_a_body_named_by_its_head_is_the_speaker(text: str, quote: str, speaker: str, affiliation: str) -> None:
    _, _, found, speaker_type, found_affiliation = quote_row_of(text, quote)
    assert (found, speaker_type, found_affiliation) == (speaker, "government", affiliation)


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "speaker_type", "affiliation"),
    [
        ('The Bolivian Ministry of Defence published a statement. "Our troops fired no shot," the statement read.',
         "Our troops fired no shot", "Bolivian Ministry of Defence", "government", "Bolivia"),
        ('The Chilean navy released a statement on Sunday. "No vessel was harmed," the statement read.',
         "No vessel was harmed", "The Chilean navy", "unnamed", "Chile"),
        ('"We will answer in kind," Chile\'s statement read.', "We will answer in kind", "Chile", "government", "Chile"),
    ],
)
def test_a_document_that_reads_speaks_for_its_author(text: str, quote: str, speaker: str, speaker_type: str, affiliation: str) -> None:
    kind, _, found, found_type, found_affiliation = quote_row_of(text, quote)
    assert (kind, found, found_type, found_affiliation) == ("direct", speaker, speaker_type, affiliation)


def test_reading_a_statement_aloud_is_no_cue() -> None:
    assert quote_rows("The mayor read the statement to the crowd on Monday and then left the square.") == []


def test_the_statement_goes_to_the_body_that_issued_it_not_to_the_outlet_relaying_it() -> None:
    text = (
        "The Chilean navy said in a statement that two boats were seized at dawn, the Pacific Wire agency reported. "
        '"No vessel was harmed," the statement said.'
    )
    assert quote_row_of(text, "No vessel was harmed")[2:] == ("The Chilean navy", "unnamed", "Chile")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two patrol boats were seized near the coast, Chile's foreign office said on Friday.", "Chile Foreign Office"),
        ("Chile's army said two patrol boats were seized near the coast.", "Chile Army"),
    ],
)
def test_a_country_s_body_unknown_to_the_dictionary(text: str, speaker: str) -> None:
    row = quote_row_of(text, "two patrol boats were seized near the coast" if text.startswith("Chile's") else "Two patrol boats were seized near the coast")
    assert row[2:] == (speaker, "government", "Chile")


def test_a_country_in_the_title_phrase_gives_the_affiliation() -> None:
    text = "Bolivia's defence ministry spokesman Tomas Vargas said the troops had pulled back."
    assert quote_row_of(text, "the troops had pulled back")[2:] == ("Tomas Vargas", "person", "Bolivia")


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "affiliation"),
    [
        ("The border crossing was closed for a day, the Pacific Wire agency reported.",
         "The border crossing was closed for a day", "Pacific Wire", ""),
        ("State television said the border crossing was closed for a day.", "the border crossing was closed for a day", "State television", ""),
        ("The border crossing was closed for a day, Bolivian state TV said.", "The border crossing was closed for a day", "Bolivian state TV", "Bolivia"),
    ],
)
def test_an_outlet_named_or_described_by_its_noun_is_media(text: str, quote: str, speaker: str, affiliation: str) -> None:
    assert quote_row_of(text, quote)[2:] == (speaker, "media", affiliation)


def test_a_local_outlet_opening_a_sentence_stays_a_description() -> None:
    text = "Local radio said the border crossing was closed for a day."
    assert quote_row_of(text, "the border crossing was closed for a day")[2:] == ("Local radio", "unnamed", "")


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type", "affiliation"),
    [
        ('"The envoys may go back by March 4," said a joint statement by the defence ministries of Chile and Bolivia.',
         "the defence ministries of Chile and Bolivia", "unnamed", ""),
        ('"The envoys may go back by March 4," said a statement by the Bolivian Ministry of Defence on Monday.',
         "Bolivian Ministry of Defence", "government", "Bolivia"),
    ],
)
def test_a_statement_by_an_author_after_a_quotation(text: str, speaker: str, speaker_type: str, affiliation: str) -> None:
    assert quote_rows(text) == [("direct", "The envoys may go back by March 4", speaker, speaker_type, affiliation)]


def test_as_clause_after_a_post_posed_cue_is_no_content() -> None:
    text = "The envoys will return on March 4, Chile's foreign office said on Tuesday as the two sides try to cool things down."
    assert quote_rows(text) == [("indirect", "The envoys will return on March 4", "Chile Foreign Office", "government", "Chile")]


def test_time_words_between_the_cue_and_that_are_skipped() -> None:
    text = "A Bolivian official in the border town confirmed late Friday night local time that two shells had landed."
    assert quote_rows(text) == [
        ("indirect", "two shells had landed", "A Bolivian official in the border town", "unnamed", "Bolivia"),
    ]


def test_a_described_role_holder_telling_an_outlet_is_the_speaker() -> None:
    text = "The deputy mayor of the coastal district told state radio that the shells hit a school."
    assert quote_rows(text) == [("indirect", "the shells hit a school", "The deputy mayor of the coastal district", "unnamed", "")]


@pytest.mark.parametrize(
    "text",
    [
        "At first, three people were reported missing, according to what local Bolivian authorities said.",
        "At first, three people were reported missing, according to local Bolivian authorities.",
    ],
)
def test_according_to_what_a_source_said(text: str) -> None:
    assert quote_rows(text) == [("indirect", "At first, three people were reported missing", "local Bolivian authorities", "unnamed", "Bolivia")]


def test_said_to_be_is_hearsay_not_a_cue() -> None:
    assert quote_rows("In reply, the army shelled 'smuggler depots' said to be hidden in the hills.") == []


def test_a_capital_in_a_relative_clause_without_which_speaks_for_its_state() -> None:
    text = "The strikes came a day after an Iranian drone raid Islamabad said wounded three guards near the border."
    assert quote_rows(text) == [("indirect", "wounded three guards near the border", "Pakistan", "government", "Pakistan")]


def test_a_name_after_a_body_noun_is_no_relative_clause() -> None:
    text = "The rebel group Jaish al-Adl said it had fired the shots."
    assert quote_rows(text)[0][1:3] == ("it had fired the shots", "Jaish al-Adl")


def test_it_never_points_to_a_name_inside_the_quotation_it_introduces() -> None:
    text = 'Iran issued a statement on the raid. "Even the Pakistan Armed Forces know our reach," it added.'
    assert quote_rows(text) == [("direct", "Even the Pakistan Armed Forces know our reach", "Iran", "government", "Iran")]


def test_a_single_quoted_name_inside_reported_speech_does_not_cut_it() -> None:
    text = "The navy said that smugglers had used the bay for years and had called their boats 'Ghosts'. It added that patrols would grow."
    assert [r[1] for r in quote_rows(text)] == [
        "smugglers had used the bay for years and had called their boats 'Ghosts'",
        "patrols would grow",
    ]


def test_a_second_verb_of_the_speaker_still_ends_the_reported_clause() -> None:
    text = 'The minister said the strikes were lawful and condemned the "reckless" raid on Monday.'
    assert [r[:2] for r in quote_rows(text)] == [("indirect", "the strikes were lawful"), ("partial", "reckless")]


def test_of_two_outlets_joined_as_subject_the_first_speaks() -> None:
    text = "On Sunday, the state-run Pacific Wire agency and state radio had said that mortars were used."
    assert quote_rows(text) == [("indirect", "mortars were used", "Pacific Wire", "media", "")]


def test_a_body_in_a_capital_is_that_state_s_body() -> None:
    text = "The raid was wholly unacceptable, the Foreign Ministry in Islamabad said in a statement."
    assert quote_rows(text) == [("indirect", "The raid was wholly unacceptable", "Pakistan Foreign Office", "government", "Pakistan")]


def test_an_adverb_between_the_comma_and_a_participle() -> None:
    text = 'The Iranian state media gave no more details, merely stating, "Both camps were destroyed."'
    assert quote_rows(text) == [("direct", "Both camps were destroyed.", "Iranian state media", "media", "Iran")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Officials in the border district told a reporter two girls had died.", "two girls had died"),
        ("Officials told a crowd of some 50 traders gathered at the market that the road would reopen.",
         "the road would reopen"),
    ],
)
def test_told_a_described_listener(text: str, quote: str) -> None:
    assert [r[1] for r in quote_rows(text) if r[0] == "indirect"] == [quote]


def test_an_outlet_relays_the_whole_clause_with_a_demand_in_it() -> None:
    text = 'Chile has demanded a "full explanation" from Bolivia, the Pacific Wire agency reported, citing an official.'
    assert [r[:3] for r in quote_rows(text) if r[0] == "indirect"] == [
        ("indirect", 'Chile has demanded a "full explanation" from Bolivia', "Pacific Wire"),
        ("indirect", 'a "full explanation" from Bolivia', "Chile"),
    ]


def test_a_capitalised_title_after_the_is_a_role_not_a_body() -> None:
    assert quote_row_of('"We stand with the families," the Ambassador wrote on X.', "We stand with the families")[2:4] == ("the ambassador", "unnamed")


def test_a_person_beside_a_state_s_role_belongs_to_that_state() -> None:
    text = "Chile's ambassador to La Paz, Ana Ruiz, said on Saturday that four people had died."
    assert quote_rows(text) == [("indirect", "four people had died", "Ana Ruiz", "person", "Chile")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('"We mourn the victims," the navy posted on its Telegram channel.', [("direct", "We mourn the victims", "the navy")]),
        ("The navy posted on X that the port was closed.", [("indirect", "the port was closed", "The navy")]),
        ("The bank posted a record profit for the third year in a row.", []),
    ],
)
def test_posted_on_a_platform_is_speech(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [r[:3] for r in quote_rows(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A provincial official said on Friday six people were hurt, according to the Pacific Wire agency.",
         [("indirect", "six people were hurt", "A provincial official")]),
        ("He had told his aunt that he had no regrets, according to Rosa Diaz, but she had shown him otherwise.",
         [("indirect", "he had no regrets", ""), ("indirect", "but she had shown him otherwise", "Rosa Diaz")]),
    ],
)
def test_a_relaying_source_has_only_the_clause_after_it(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [r[:3] for r in quote_rows(text)] == found


def test_a_state_body_the_dictionary_does_not_know_takes_the_country_of_its_name() -> None:
    text = "The Bolivian ministry stressed that the rebels were of Bolivian origin and called themselves Condors."
    assert quote_rows(text) == [
        ("indirect", "the rebels were of Bolivian origin and called themselves Condors", "Bolivian ministry", "government", "Bolivia"),
    ]


def test_a_joint_statement_goes_to_the_bodies_that_issued_it() -> None:
    text = 'The Chilean and Bolivian foreign ministries published a joint statement on Monday. "The envoys will return," the statement said.'
    assert quote_row_of(text, "The envoys will return")[2:4] == ("The Chilean and Bolivian foreign ministries", "unnamed")


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        ("Residents of Panjgur told a reporter they heard four blasts before dawn.", "Residents of Panjgur", "Pakistan"),
        ("A police officer in Saravan said they heard four blasts before dawn.", "A police officer in Saravan", "Iran"),
    ],
)
def test_an_unnamed_source_takes_the_country_of_a_known_place(text: str, speaker: str, affiliation: str) -> None:
    assert quote_rows(text) == [("indirect", "they heard four blasts before dawn", speaker, "unnamed", affiliation)]


def test_an_outlet_owned_by_a_body_speaks_with_the_owner_s_affiliation() -> None:
    text = "The IRGC's Sepah News website said two depots were destroyed."
    assert quote_rows(text) == [("indirect", "two depots were destroyed", "Sepah News", "media", "Iran")]


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ("Canada's largest bank said profits rose for a third year.", "Canada's largest bank", "unnamed"),
        ("France's Delta Group said profits rose for a third year.", "Delta Group", "organization"),
    ],
)
def test_a_country_s_company_is_named_or_described_never_renamed(text: str, speaker: str, speaker_type: str) -> None:
    row = quote_row_of(text, "profits rose for a third year")
    assert row[2:4] == (speaker, speaker_type)


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_type"),
    [
        ("The government agency said thousands had crossed the border.", "The government agency", "unnamed"),
        ("The state news agency said thousands had crossed the border.", "The state news agency", "media"),
    ],
)
def test_an_agency_is_an_outlet_only_as_a_news_agency(text: str, speaker: str, speaker_type: str) -> None:
    assert quote_row_of(text, "thousands had crossed the border")[2:4] == (speaker, speaker_type)


def test_a_body_s_agency_named_before_its_noun_is_not_an_outlet() -> None:
    assert quote_row_of("The UN refugee agency said thousands had fled the area.", "thousands had fled the area")[3] != "media"


@pytest.mark.parametrize(
    "text",
    ["The statement read like a warning to its neighbours.", "The text reads, in part, that the border will stay shut."],
)
def test_read_without_a_quotation_is_no_cue(text: str) -> None:
    assert quote_rows(text) == []


def test_a_body_s_short_name_goes_to_the_dictionary_body_named_before() -> None:
    text = "Iran's Foreign Ministry condemned the raid. Pakistan struck back. The strikes hit only militants, the foreign ministry said."
    assert quote_row_of(text, "The strikes hit only militants")[2:] == ("Iranian Foreign Ministry", "government", "Iran")


def test_an_outlet_relaying_a_post_posed_cue_gets_no_adverbial_as_content() -> None:
    text = "The raid was a grave breach, the Chilean navy said in a statement, the Pacific Wire agency reported."
    assert quote_rows(text) == [("indirect", "The raid was a grave breach", "the Chilean navy", "unnamed", "Chile")]


@pytest.mark.parametrize(
    ("text", "country"),
    [("Bolivian Ministry of Defence", "Bolivia"), ("Chile's envoy to Bolivia", "Chile"), ("a local official", "")],
)
def test_country_in_gives_the_first_country_stated(text: str, country: str) -> None:
    assert country_in(text, DEFAULT_SETTINGS) == country


def test_an_outlet_after_a_participial_cue_relays_and_adds_no_words() -> None:
    text = "The raid was illegal, the navy said, adding that it would respond in kind, the Pacific Wire agency reported."
    assert [r[1:3] for r in quote_rows(text)] == [("The raid was illegal", "the navy"), ("it would respond in kind", "the navy")]


def test_a_phrase_quoted_inside_relayed_words_belongs_to_their_speaker() -> None:
    text = 'The raid was illegal, the navy said, adding that it was "reckless", the Pacific Wire agency reported.'
    assert [r for r in quote_rows(text) if r[0] == "partial"] == [("partial", "reckless", "the navy", "unnamed", "")]


@pytest.mark.parametrize(("text", "quote", "speaker", "speaker_type"), [
    ("The deputy governor general of the coastal region told the public broadcaster that shells had hit a farm.",
     "shells had hit a farm", "The deputy governor general of the coastal region", "unnamed"),
    ("A port authority official in Arica province named Ana Ruiz told reporters that most victims were tourists.",
     "most victims were tourists", "Ana Ruiz", "person"),
])
def test_a_role_described_in_several_words_is_unnamed_unless_a_name_follows(text: str, quote: str, speaker: str, speaker_type: str) -> None:
    assert quote_row_of(text, quote)[2:4] == (speaker, speaker_type)


@pytest.mark.parametrize(("text", "quote", "speaker", "speaker_type", "affiliation"), [
    ("An unnamed Chilean army officer told Reuters that Peru had not warned Santiago before the raid, "
     'describing it as a "grave mistake".', "grave mistake", "An unnamed Chilean army officer", "unnamed", "Chile"),
    ("A deputy mayor of Peru's Tacna region, Luis Soto Vega, gave the toll in a phone interview, saying at least five people were dead.",
     "at least five people were dead", "Luis Soto Vega", "person", "Peru"),
    ("Years ago, Peruvian soldiers raided a camp of a rebel group, asserting that it was funded by a foreign state.",
     "it was funded by a foreign state", "Peruvian soldiers", "unnamed", "Peru"),
])
def test_a_participial_cue_speaks_for_the_main_clause_subject(text: str, quote: str, speaker: str, speaker_type: str, affiliation: str) -> None:
    assert quote_row_of(text, quote)[1:] == (quote, speaker, speaker_type, affiliation)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("Islamabad withdrew its envoy on Friday, two days after Iran fired rockets at Pakistan that it claimed hit only rebel depots.",
     "hit only rebel depots", "Iran"),
    ("Pakistan withdrew its envoy and barred Tehran's diplomat from coming back to Islamabad after the raid, which it said killed three farmers.",
     "killed three farmers", "Pakistan"),
    ("Iran fired rockets at Pakistan and said that it regretted the loss.", "it regretted the loss", "Iran"),
])
def test_it_in_a_relative_clause_is_the_subject_of_the_clause_the_noun_ends(text: str, quote: str, speaker: str) -> None:
    assert quote_row_of(text, quote)[1:] == (quote, speaker, "government", speaker)


def test_a_pronoun_after_a_possessive_source_is_the_person_not_the_possessive() -> None:
    text = ('Foreign Ministry spokeswoman Lena Vasquez spoke in Lima. Vasquez said: "Borders must be respected," according to a '
            "transcript of Vasquez's briefing released by the ministry. Noting that the two states are neighbours, "
            'she urged them to "keep the peace."')
    assert quote_row_of(text, "keep the peace.")[2:] == ("Lena Vasquez", "person", "")


def test_a_bare_surname_takes_the_dictionary_person_its_full_form_named() -> None:
    text = 'Foreign Office spokesperson Mumtaz Baloch said the envoy would stay home. "This act is unacceptable," Baloch said.'
    assert quote_row_of(text, "This act is unacceptable")[2:] == ("Mumtaz Zahra Baloch", "person", "Pakistan")


@pytest.mark.parametrize("text", [
    "Rockets were cited in local reporting, yet drones may have been used.",
    "Earlier, Chile raided the camps of rebel groups called Frente Sur, literally meaning the 'southern front,' near the border.",
    "What has Peru said on the raids?",
])
def test_a_noun_in_ing_a_translation_and_a_question_are_no_quotes(text: str) -> None:
    assert quote_rows(text) == []


def test_a_cue_in_ing_after_a_statement_still_speaks() -> None:
    text = "The army confirmed the raid in a statement on Monday, saying two camps were hit."
    assert quote_rows(text) == [("indirect", "two camps were hit", "The army", "unnamed", "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The deputy mayor, Luis Soto, claimed on Friday that the army fired two drones at the town, IRNA reported.",
     [("indirect", "the army fired two drones at the town", "Luis Soto", "person", "")]),
    ("According to IRNA, Soto said that the dead were foreign nationals.",
     [("indirect", "the dead were foreign nationals", "Soto", "person", "")]),
    ("On Monday, Chile raided the rebel camps in Peru, Al Jazeera reported citing the Tasnim agency.",
     [("indirect", "On Monday, Chile raided the rebel camps in Peru", "Al Jazeera", "media", "Qatar")]),
])
def test_an_outlet_relaying_a_speaker_adds_no_quote_and_its_citing_tail_is_no_content(text: str, expected: list[tuple[str, ...]]) -> None:
    assert quote_rows(text) == expected


def test_the_statement_goes_on_with_the_voice_of_the_sentence_just_before() -> None:
    text = ("Lima called the raid a “gross breach” of its borders and claimed two farmers died.\n\n"
            "The foreign ministry spokesperson said, “This is a matter for the two states. We have a firm position.”\n\n"
            'The statement added, "We understand the need for self-defence.”')
    assert quote_row_of(text, "We understand the need for self-defence.")[2:4] == ("The foreign ministry spokesperson", "unnamed")


@pytest.mark.parametrize("text", [
    "A local official in Peru's Tacna and Puno region, bordering Chile, confirmed that two blasts had hit the town.",
    "A local official in Peru's Tacna and Puno region, bordering Chile, confirmed Monday morning local time that two blasts had hit the town.",
])
def test_a_participial_modifier_after_a_described_source_is_not_its_name(text: str) -> None:
    assert quote_rows(text) == [("indirect", "two blasts had hit the town", "A local official in Peru's Tacna and Puno region", "unnamed", "Peru")]


def test_a_dateline_place_is_not_the_subject_a_later_cue_goes_back_to() -> None:
    text = ("LIMA: The Defence Council (DC), the nation's highest forum for defence, on Friday approved the move "
            "towards easing tensions with Chile and underscored a commitment to shared border patrols.")
    assert quote_rows(text) == [("indirect", "a commitment to shared border patrols", "Defence Council", "government", "")]


def test_a_clause_after_a_subordinator_neither_ends_nor_claims_the_quote_before_it() -> None:
    text = 'Brazil on Monday urged Chile and Peru to show "restraint", after Lima said Santiago had shelled a border post.'
    assert [r[:3] for r in quote_rows(text)] == [
        ("indirect", 'Chile and Peru to show "restraint"', "Brazil"),
        ("partial", "restraint", "Brazil"),
        ("indirect", "Santiago had shelled a border post", "Lima"),
    ]


def test_as_per_a_news_agency_relays_and_is_cut_from_the_content() -> None:
    text = "The ministry's spokesperson Ana Ruiz reacted to the raids, saying that this is an issue for both states alone, as per news agency ANI."
    assert quote_rows(text) == [("indirect", "this is an issue for both states alone", "Ana Ruiz", "person", "")]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), [
    ("Chilean state media said two rebel bases were hit.", "Chilean state media", "Chile"),
    ("Iranian state media said two rebel bases were hit.", "Iranian state media", "Iran"),
])
def test_generic_words_of_a_dictionary_outlet_after_another_nationality_are_that_country_s(text: str, speaker: str, affiliation: str) -> None:
    assert quote_rows(text) == [("indirect", "two rebel bases were hit", speaker, "media", affiliation)]


@pytest.mark.parametrize(("text", "quote"), [
    ("Chilean media outlets affiliated with the navy reported on Tuesday, May 16th that two depots were destroyed.", "two depots were destroyed"),
    ("The ministry said on Tuesday, 12 people were killed in the raid.", "12 people were killed in the raid"),
])
def test_a_weekday_and_date_after_the_cue_are_not_the_reported_words(text: str, quote: str) -> None:
    assert [r[1] for r in quote_rows(text)] == [quote]


def test_outlets_affiliated_with_a_body_are_an_unnamed_source_not_the_body_s_name() -> None:
    text = "Media outlets linked to Chile's Naval Command reported that two depots were destroyed."
    assert quote_rows(text) == [("indirect", "two depots were destroyed", "Media outlets linked to Chile's Naval Command", "unnamed", "Chile")]


def test_a_relative_clause_with_its_own_cue_ends_the_words_before_it() -> None:
    text = "Lima said two farmers had died in Santiago's raid, which Peruvian state media said had hit two rebel bases."
    assert [r[1:3] for r in quote_rows(text)] == [("two farmers had died in Santiago's raid", "Lima"), ("had hit two rebel bases", "Peruvian state media")]


def test_a_cue_in_a_relative_clause_does_not_make_the_post_posed_speaker_a_relay() -> None:
    text = "The strikes, which Islamabad said killed two children, drew condemnation, the ministry said."
    assert [r[2] for r in quote_rows(text)] == ["Pakistan", "Pakistan Foreign Office"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("This was confirmed by the director of Peru's Foreign Ministry's Andes Department Tomas Rivera, in a post on the platform. "
     '"The envoys are back," Rivera said.', "Tomas Rivera"),
    ("The head of the Chilean Interior Ministry's Border Department Seyyed Omar Haddad spoke on Monday. "
     '"The crossings are open," Haddad said.', "Omar Haddad"),
])
def test_a_person_named_right_after_a_body_s_name_is_a_person(text: str, speaker: str) -> None:
    assert [r[2:4] for r in quote_rows(text)] == [(speaker, "person")]


def test_the_statement_stays_with_the_body_that_issued_it_after_its_own_spokesperson_spoke() -> None:
    text = ("Chile and Peru will send their envoys back, Chile's foreign office said in a statement on Monday. "
            "Chile's foreign office spokesperson Ana Ruiz said: \"The ministers agreed to meet again.\" "
            "She also said the talks would go on. According to the statement, both sides agreed to respect the border.")
    assert quote_row_of(text, "both sides agreed to respect the border")[2:5] == ("Chile Foreign Office", "government", "Chile")
