"""Which spans are quotes: cue words in a non-speech sense and reported clauses that are not there
(a refusal to say, a passive cue, a conditional participle, a noun-phrase object), with sentences written for
these tests."""
from __future__ import annotations

from presslens.analyses.quotes.attribution import extract_quotes


def spans(text: str) -> list[tuple[str, str, str]]:
    """(kind, text, cue) of every quote, in text order."""
    return [(q["kind"], q["text"], q["cue"]) for q in extract_quotes(text, "t")]


def test_a_refusal_to_say_reports_nothing_whatever_the_contraction():
    assert spans("The coach won’t say who will start in goal on Friday.") == []
    assert spans("The mayor didn't say whether the rink would reopen.") == []
    assert spans("The mayor did not say whether the rink would reopen.") == []
    assert spans("The mayor said the rink would reopen in March.") == [("indirect", "the rink would reopen in March", "said")]


def test_a_passive_cue_has_no_reported_clause_after_it():
    assert spans("The theft was reported by a neighbour who saw the van leave.") == []
    assert spans("The figures, which have been confirmed by two officials, show a deficit.") == []
    assert spans("The tenant had been told she could stay until June.") == []
    # a progressive form is not a passive
    assert spans("Analysts are saying that the merger will close early.") == [
        ("indirect", "the merger will close early", "saying")
    ]


def test_a_conditional_or_parenthetical_participle_has_no_reported_clause():
    assert spans("The deal, if confirmed, would be the largest in the sector.") == []
    assert spans("When asked, the minister said that the budget was balanced.") == [
        ("indirect", "the budget was balanced", "said")
    ]


def test_a_noun_phrase_object_of_add_report_or_announce_is_not_a_statement():
    assert spans("The visitors added two late goals before the final whistle.") == []
    assert spans("The bakery reported a loss of $2-million for the quarter.") == []
    assert spans("The council announced a new budget for road repairs, which pleased residents.") == []
    assert spans("The council announced the budget would rise by four per cent.") == [
        ("indirect", "the budget would rise by four per cent", "announced")
    ]
    assert spans("The manager added the crowd helps the team at home.") == [
        ("indirect", "the crowd helps the team at home", "added")
    ]


def test_say_and_tell_keep_a_clause_whose_plural_subject_has_a_bare_verb():
    assert spans("The union leader told reporters the new rules favour the employer.") == [
        ("indirect", "the new rules favour the employer", "told")
    ]


def test_a_paragraph_linking_to_another_story_holds_no_quotes():
    text = ("The mayor said the bridge would reopen in May.\n\n"
            "READ MORE: Mayor says ‘no more delays’ on the bridge repairs\n\n"
            "WATCH | Councillor says the budget is too small\n\n"
            "Related: ‘We were never told’: residents speak out\n\n"
            "Read more:\n\nCouncillor says the ferry will stop running")
    assert spans(text) == [("indirect", "the bridge would reopen in May", "said")]



def test_a_statement_split_by_its_attribution_gives_the_parts_before_and_after_it():
    assert spans("Far too often, the nurse says, patients wait a whole day.") == [
        ("indirect", "Far too often", "says"),
        ("indirect", "patients wait a whole day", "says"),
    ]
    assert spans("The new rink, she said on Monday, will open before the winter break.") == [
        ("indirect", "The new rink", "said"),
        ("indirect", "will open before the winter break", "said"),
    ]
    assert spans("Most commuters, according to the transit survey, would pay more for reliable service.") == [
        ("indirect", "Most commuters", "according to"),
        ("indirect", "would pay more for reliable service", "according to"),
    ]
    # one word before the attribution is only the subject of what follows
    assert spans("Ottawa, he said, will not change course.") == [("indirect", "will not change course", "said")]
    # a source name with a comma in it is no split statement
    assert spans("The quake struck at noon, according to the Office of Weather, Rivers and Seismology.") == [
        ("indirect", "The quake struck at noon", "according to")
    ]


def test_a_paragraph_of_speech_signed_by_a_person_is_a_pull_quote():
    text = ("Harbour pilots say the new rules came too late.\n\n"
            "We spent a decade asking for tugboats and nobody listened to us. Marie Tremblay\n\n"
            "The port authority will publish its plan in June. The Canadian Press\n\n"
            "Tremblay has piloted ships in the harbour since 1998.")
    assert [(q["kind"], q["text"], q["speaker"], q["cue"]) for q in extract_quotes(text, "t")] == [
        ("indirect", "the new rules came too late", "Harbour pilots", "say"),
        ("direct", "We spent a decade asking for tugboats and nobody listened to us", "Marie Tremblay", "signed pull quote"),
    ]


def test_an_adverb_then_about_or_for_after_the_cue_is_a_topic_not_a_statement():
    assert spans("The columnist writes regularly about rural schools.") == []
    assert spans("The coach has spoken often about his injured knee.") == []
    assert spans("She said on Monday the plan would fail.") == [("indirect", "the plan would fail", "said")]


def test_an_amount_with_its_unit_or_new_level_after_the_cue_is_a_price_move():
    assert spans("The new fee is adding an estimated 12 cents a kilogram.") == []
    assert spans("Copper added 2.5 per cent to finish at $4.10 a pound.") == []
    assert spans("The treasurer said 40 per cent of the grant would go to libraries.") == [
        ("indirect", "40 per cent of the grant would go to libraries", "said")
    ]


def test_the_listener_after_told_is_not_part_of_what_was_told():
    assert spans("The driver told investigators he saw Maria Lopez cross the road.") == [
        ("indirect", "he saw Maria Lopez cross the road", "told")
    ]
    assert spans("The envoy told the Canadian Press the talks would resume.") == [
        ("indirect", "the talks would resume", "told")
    ]


def test_a_noun_form_after_his_its_or_this_is_a_noun_not_a_verb():
    assert spans("The senator said his tweets are written by staff.") == [
        ("indirect", "his tweets are written by staff", "said")
    ]
    assert spans("This report claims nothing new about the budget.") == []
    assert spans("The militants claim the convoy was attacked at night.") == [
        ("indirect", "the convoy was attacked at night", "claim")
    ]


def test_a_clause_between_commas_before_an_inverted_cue_is_the_statement_not_an_appositive():
    assert [(q["text"], q["speaker"]) for q in extract_quotes(
        "The east wing of the hospital, the oldest building, was badly flooded, said Dana Whitfield, a spokeswoman.", "t"
    )] == [("The east wing of the hospital, the oldest building, was badly flooded", "Dana Whitfield")]
    assert [(q["text"], q["speaker"]) for q in extract_quotes(
        "Snow is the main cause of delays, a problem for every bus route, says Luis Ortiz.", "t"
    )] == [("Snow is the main cause of delays, a problem for every bus route", "Luis Ortiz")]
    # a relative clause between the commas still belongs to the subject
    assert [(q["text"], q["speaker"]) for q in extract_quotes(
        "A senior police official, who was not authorised to speak publicly, told reporters the bridge was closed.", "t"
    )] == [("the bridge was closed", "A senior police official")]


def test_a_description_after_a_comma_that_ends_the_sentence_is_the_speaker():
    assert [(q["text"], q["speaker"]) for q in extract_quotes(
        "Ice on the rails slows every freight train in January, said the annual safety report.", "t"
    )] == [("Ice on the rails slows every freight train in January", "the annual safety report")]


def test_a_short_clause_after_told_and_its_listener_is_what_was_told():
    assert spans("The mayor told reporters the bridge was closed.") == [("indirect", "the bridge was closed", "told")]
    assert spans("“We will rebuild,” the mayor told reporters.") == [("direct", "We will rebuild", "told")]


def test_a_photo_caption_holds_no_quotes():
    text = ("Dr. Ana Lee, the chief coroner, says she has seen more overdoses this year. (Jo Smith/CBC)\n\n"
            "Lee said the numbers would be published in March.")
    assert spans(text) == [("indirect", "the numbers would be published in March", "said")]
    credit_then_stop = "Dr. Ana Lee says she has seen more overdoses this year. (Jo Smith/Daily Star).\n\n"
    assert spans(credit_then_stop + "Lee said the numbers would rise.") == [("indirect", "the numbers would rise", "said")]


def test_a_video_caption_that_ends_with_the_clips_length_holds_no_quotes():
    text = ("The Gazette's Omar Diaz tells us about the new rules for short-term rentals. 2:41\n\n"
            "Diaz said landlords had until May to register.")
    assert spans(text) == [("indirect", "landlords had until May to register", "said")]
    assert spans("The council said the vote was set for 10:30.") == [("indirect", "the vote was set for 10:30", "said")]


def test_a_cue_word_used_as_a_noun_or_in_a_phrasal_verb_is_no_cue():
    assert spans("The storm hit the coast almost without warning, along the whole bay.") == []
    assert spans("The guild decides every new rota in the end.") == []
    assert spans("The company wrote off assets worth two billion dollars last year.") == []


def test_a_cue_in_a_relative_clause_does_not_cut_the_statement_of_an_inverted_cue():
    quotes = extract_quotes("Residents who said they saw the fire were questioned by police on Monday, the report said.", "t")
    assert ("Residents who said they saw the fire were questioned by police on Monday", "the report") in [
        (q["text"], q["speaker"]) for q in quotes
    ]


def test_the_reporters_own_words_after_a_parenthetical_attribution_are_not_the_statement():
    assert spans("The port closed early on Friday, the harbour master said, two days after the storm hit.") == [
        ("indirect", "The port closed early on Friday", "said")
    ]
    assert spans("Exports rose in May, according to the statistics office, but most of the gain came from oil.") == [
        ("indirect", "Exports rose in May", "according to")
    ]
    # a second predicate of the same subject continues the statement
    assert spans("The drug is safe in small doses, the nurse says, and is mostly used at night.") == [
        ("indirect", "The drug is safe in small doses", "says"),
        ("indirect", "and is mostly used at night", "says"),
    ]


def test_a_relative_clause_with_an_auxiliary_keeps_the_appositive_reading():
    assert [(q["text"], q["speaker"]) for q in extract_quotes(
        "Jaish al-Adl, a militant group that has fought in the province for years, said its camps were hit.", "t"
    )] == [("its camps were hit", "Jaish al-Adl")]


def test_add_without_a_comma_before_it_or_a_clause_after_it_is_a_sum_not_speech():
    assert spans("The visitors added three unanswered goals in the second period.") == []
    assert spans("A splash of lemon will add flavour to the sauce.") == []
    assert spans("The report suggests adding bike lanes for commuters to add safety within the downtown core.") == []
    assert spans("Along with adding two new routes, the transit agency hired forty drivers.") == []
    assert spans("The coach added the young goalie would start on Saturday.") == [
        ("indirect", "the young goalie would start on Saturday", "added")
    ]
    assert spans("The mayor praised the crews, adding the roads were clear by noon.") == [
        ("indirect", "the roads were clear by noon", "adding")
    ]


def test_an_indefinite_pronoun_after_say_is_its_object():
    assert spans("He must have said something to calm her down, because she stayed.") == []
    assert spans("The lawyer said nothing would change before the trial.") == [
        ("indirect", "nothing would change before the trial", "said")
    ]


def test_a_cue_form_after_a_determiner_and_an_adverb_is_an_adjective():
    assert spans("Given her publicly stated views, the senator is unlikely to back the bill.") == []


def test_a_place_or_manner_phrase_after_an_inverted_cue_is_no_reported_clause():
    assert spans("“We are ready to build,” Lena Ortiz, the firm’s founder, said inside the new plant near the river.") == [
        ("direct", "We are ready to build", "said")
    ]
    assert spans("Ann Lau, a spokeswoman, said following the meeting that talks would resume.") == [
        ("indirect", "talks would resume", "said")
    ]


def test_a_phrase_in_marks_beside_a_negated_or_passive_cue_is_not_a_quote():
    assert spans("The list named “dour” and “florid,” which does not describe the weather at all.") == []
    assert spans("Patients want a “last wish clause” so that they will not be denied care at the end.") == []
    assert [k for k, *_ in spans("The mayor described the plan as “a bold step” for the city.")] == ["partial"]


def test_a_paragraph_that_is_a_phrase_in_single_marks_is_a_subheading():
    text = ("‘No place to go’\n\n"
            "“There is no place to go when the shelter is full,” said Tom Reyes, who has lived outside for two years.\n\n"
            "'Hard winters' ahead for renters.\n\n"
            "Reyes said: ‘We need more beds.’")
    assert [q for _, q, _ in spans(text)] == ["There is no place to go when the shelter is full", "We need more beds."]


def test_a_list_of_the_clauses_own_predicates_stays_in_the_statement():
    assert spans("Ortiz says he slept in parks, worked odd jobs and was often hungry.") == [
        ("indirect", "he slept in parks, worked odd jobs and was often hungry", "says")
    ]
    assert spans("Canada said its exports were flat in May, compared with a rise in April.") == [
        ("indirect", "its exports were flat in May, compared with a rise in April", "said")
    ]
    assert spans("The ministry said two guards had died, recalled its envoy and closed the border.") == [
        ("indirect", "two guards had died", "said")
    ]


def test_a_passive_cue_does_not_cut_the_statement_of_an_inverted_cue():
    assert spans("At least nine people were reported missing in the north, the agency said.") == [
        ("indirect", "At least nine people were reported missing in the north", "said")
    ]


def test_an_inverted_cue_after_the_speakers_own_name_and_description_has_no_content():
    text = "Markets fell. “Can the bank hold rates?” Mia Roe, a senior strategist at Delta Bank, said in a note."
    assert spans(text) == [("direct", "Can the bank hold rates?", "said")]
    assert spans("Party Leader Ann Lau, after her party lost a key seat, is vowing to rebuild.") == []


def test_note_and_indicate_with_a_thing_after_them_report_no_statement():
    assert spans("The engineer also noted elevation changes from the bridge to the ramp.") == []
    assert spans("A falling curve in the graph indicates cheaper homes for buyers.") == []
    assert spans("Readings above 50 indicate growth on the index's scale.") == []
    assert spans("The firm has indicated it's closing the plant.") == [("indirect", "it's closing the plant", "indicated")]
    assert spans("She noted for the jury that the van was never found.") == [("indirect", "the van was never found", "noted")]
    assert spans("The council noted the budget would rise by two per cent.") == [
        ("indirect", "the budget would rise by two per cent", "noted")
    ]


def test_a_cue_word_as_a_noun_after_an_adjective_or_a_verb_is_no_cue():
    assert spans("Ferries stayed docked under a storm-surge warning for the whole bay.") == []
    assert spans("The minister has rejected calls for a new inquiry into the fire.") == []
    assert spans("The shortfalls only add to the strain on city budgets.") == []


def test_advice_or_a_question_to_the_reader_is_not_reported_speech():
    assert spans("When you say you dislike the colour, he may feel hurt.") == []
    assert spans("You could also suggest that the kids try a new sport.") == []
    assert spans("Should I tell him to sell the car?") == []


def test_the_reporters_own_clause_after_a_parenthetical_attribution_starts_with_and_as():
    assert spans("The bid may fail, two sources said, and as staff worry about cuts, talks go on.") == [
        ("indirect", "The bid may fail", "said")
    ]


def test_a_relative_clause_after_which_or_whom_and_a_cue_is_the_statement():
    assert spans("The city faces a gap, which it says is a $4.5-billion deficit.") == [("indirect", "is a $4.5-billion deficit", "says")]
    assert spans("They have a son, Leo, whom the couple says they adopted in Peru last year.") == [
        ("indirect", "they adopted in Peru last year", "says")
    ]
    # a quotation inside the relative clause is part of it, and here most of it: the quotation stands for it
    assert spans("The plan, which the agency said would “cut waiting times by half,” starts in May.") == [
        ("partial", "cut waiting times by half", "said")
    ]
    assert spans("Asked what he would tell the mayor about the shelters, he smiled.") == []


def test_admit_and_concede_take_a_bare_clause_and_advise_a_that_clause():
    assert spans("The coach admitted his players need more rest before the final.") == [
        ("indirect", "his players need more rest before the final", "admitted")
    ]
    assert spans("The coach admitted the mistake.") == []
    assert spans("The guide advises that hikers carry two litres of water.") == [
        ("indirect", "hikers carry two litres of water", "advises")
    ]


def test_a_reply_some_time_later_is_a_time_not_words():
    assert spans("The visitors replied just 17 seconds later on a breakaway.") == []
    assert spans("The minister replied that the budget was final.") == [("indirect", "the budget was final", "replied")]


def test_a_quotation_beside_a_negated_cue_is_a_word_mentioned_not_speech():
    assert spans("The list kept “dour,” “florid,” and “glum,” which do not describe the weather.") == []


def test_an_infinitive_after_a_noun_or_a_gerund_after_a_preposition_is_no_speech_act():
    assert spans("The push to emphasize exercise and sleep was welcomed by doctors.") == []
    assert spans("Along with adding two new routes he had planned, the agency hired drivers.") == []
    assert spans("The mayor wants to announce the budget will be balanced.") == [
        ("indirect", "the budget will be balanced", "announce")
    ]


def test_what_a_speaker_calls_a_thing_without_marks_is_the_statement():
    assert spans("The engineer also called the bridge the weakest link in the network, though he agreed it was safe.") == [
        ("indirect", "the weakest link in the network", "called")
    ]
    assert spans("The coach praised Leo, who she calls a gifted player, a fine leader and someone we trust.") == [
        ("indirect", "a gifted player, a fine leader and someone we trust", "calls")
    ]
    assert spans("The couple called the police the next day.") == []
    assert spans("The couple called the police a day later.") == []
    assert spans("Islamabad called it an unprovoked breach of its airspace.") == [
        ("indirect", "an unprovoked breach of its airspace", "called")
    ]
    assert spans("The mayor condemned what he called a “reckless act”, a day after the fire.") == [
        ("partial", "reckless act", "called")
    ]
    assert spans("The mayor vowed to answer what he called a “reckless act” by the council.") == [
        ("partial", "reckless act", "called")
    ]


def test_a_cue_in_a_relative_clause_does_not_cut_the_statement_that_holds_it():
    assert spans("The organiser said she met several parents who said they would join the march.") == [
        ("indirect", "she met several parents who said they would join the march", "said"),
        ("indirect", "they would join the march", "said"),
    ]


def test_asked_with_a_name_after_it_is_an_attribution_only_after_a_quotation():
    assert spans("Canada has asked Britain to intervene in the case, she said.") == [
        ("indirect", "Canada has asked Britain to intervene in the case", "said")
    ]
    assert spans("“Who will pay for the repairs?” asked Nadia Ortiz.") == [("direct", "Who will pay for the repairs?", "asked")]


def test_link_with_an_infinitive_after_it_ascribes_nothing():
    assert spans("The survey linked school records and census files to compare the grades of 900 pupils.") == []
    assert spans("Officials attributed the blasts to local militants.") == [
        ("indirect", "the blasts to local militants", "attributed")
    ]


def test_a_cue_form_after_a_demonstrative_or_a_possessive_is_a_noun():
    assert spans("Many of those reporting delays were later fixed.") == []
    assert spans("Analysts reporting to the board said the plan would fail.") == [("indirect", "the plan would fail", "said")]


def test_a_headline_after_read_is_a_link_to_another_story():
    text = ("The envoy was recalled on Wednesday.\n\n"
            "Read Beijing urges both neighbours to ‘show calm’ after border raid\n\n"
            "Read the full statement here. The ministry added that all visits would be suspended.")
    assert spans(text) == [("indirect", "all visits would be suspended", "added")]
