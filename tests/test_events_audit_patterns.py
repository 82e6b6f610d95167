"""Event coding of patterns found by a hand audit of real crisis coverage: diplomatic and reaction acts that were
missed (envoys back at their posts, a minister landing for a visit, credentials, welcomes, offers to mediate), the
sayer or the scene taken as an actor, and keyword-triggered events that did not happen. Every sentence is invented."""
from __future__ import annotations

from coded_events import codes_of, events_of

from presslens.analyses.events import goldstein, load_cameo

# --- diplomatic and reaction acts ----------------------------------------------------------------------

def test_envoys_taking_up_their_posts_restore_ties_between_the_two_states() -> None:
    rows = events_of("India's and Afghanistan's envoys took up their posts again in Kabul and New Delhi on Tuesday.")
    assert [(d, code, {a1, a2}) for d, code, a1, a2 in rows] == [("2024-03-05", "050", {"India", "Afghanistan"})]


def test_one_envoy_back_at_his_post_is_restoring_ties_with_the_other_main_state() -> None:
    text = ("India and Afghanistan fell out over a dam on the Kunar river last month. "
            "The Afghan ambassador returned to his post in New Delhi on Monday, the ministry in Kabul said.")
    assert ("2024-03-04", "050", "Afghanistan", "India") in events_of(text)


def test_envoys_arriving_at_their_embassies_restore_ties() -> None:
    rows = events_of("A spokesman said the envoys of India and Afghanistan had arrived at their embassies on Wednesday.")
    assert [(code, {a1, a2}) for _, code, a1, a2 in rows] == [("050", {"India", "Afghanistan"})]


def test_a_request_to_return_to_the_posts_is_no_restoration() -> None:
    assert codes_of("Both ambassadors were asked by Kabul to return to their posts within a week.") == []


def test_a_minister_landing_in_a_capital_is_a_visit() -> None:
    assert events_of("Afghanistan's foreign minister landed in New Delhi on Monday for two days of talks.") == [
        ("2024-03-04", "042", "Afghanistan", "India")]


def test_credentials_received_from_an_envoy() -> None:
    assert events_of("The Indian president received the credentials of Afghanistan's new ambassador on Wednesday.") == [
        ("2024-03-06", "050", "India", "Afghanistan")]


def test_a_third_party_welcoming_an_outcome_endorses_it() -> None:
    rows = events_of("Turkey welcomes the decision of India and Afghanistan to reopen their embassies, its ministry said on Monday.")
    assert rows == [("2024-03-04", "051", "Turkey", "India")]
    assert goldstein("051") == 3.4


def test_a_warm_welcome_is_no_endorsement() -> None:
    assert codes_of("The delegation from Kabul was given a warm welcome by Indian officials.") == []


def test_an_offer_to_mediate_is_coded_039_with_its_goldstein_weight() -> None:
    assert events_of("Turkey offered to mediate between India and Afghanistan on Tuesday.") == [("2024-03-05", "039", "Turkey", "India")]
    assert load_cameo()["039"] == ("Express intent to mediate", 5.0)


def test_an_offer_to_mediate_beside_an_appeal_of_others_is_kept() -> None:
    text = "While the United Nations urged India and Afghanistan to show restraint, and Turkey offered to mediate, both sides held firm."
    assert [(code, a1) for _, code, a1, _ in events_of(text)] == [("0256", "United Nations"), ("039", "Turkey")]


def test_calling_back_an_ambassador_is_a_recall() -> None:
    assert events_of("India called back its ambassador to Kabul on Friday.") == [("2024-03-01", "161", "India", "Afghanistan")]


def test_the_subject_of_a_welcomed_that_clause_acts() -> None:
    rows = events_of("The United Nations on Monday welcomed that India and Afghanistan had restored diplomatic relations.")
    assert rows == [("2024-03-04", "051", "United Nations", "India"), ("2024-03-04", "050", "India", "Afghanistan")]


def test_a_restoration_named_twice_with_its_parties_in_either_order_is_one_event() -> None:
    text = ("Afghanistan and India restored diplomatic relations on Monday. "
            "India's and Afghanistan's envoys resumed their duties on Monday, officials said.")
    assert [code for _, code, _, _ in events_of(text)] == ["050"]


def test_a_return_promised_by_a_deadline_takes_no_other_events_date() -> None:
    text = ("Afghanistan's envoy resumed his duties in New Delhi on Monday. "
            "Earlier, both countries had settled on a return of ambassadors by March 1.")
    assert [d for d, code, _, _ in events_of(text) if code == "050"] == ["2024-03-04", ""]


# --- the sayer or the scene is not the actor --------------------------------------------------------------

def test_a_state_reporting_strikes_on_its_own_soil_did_not_strike() -> None:
    rows = events_of("Afghanistan said the shelling of a market on its territory killed six people.")
    assert [a1 for _, _, a1, _ in rows] == [""]


def test_a_state_saying_its_own_jets_struck_is_the_striker() -> None:
    assert events_of("India said its jets struck a camp of the Taliban on Tuesday.")[0][2] == "India"


def test_a_bracketed_dateline_names_no_actor() -> None:
    rows = events_of("Kabul [Afghanistan], March 6 : Gunmen killed four Indian engineers in the east of the country on Tuesday.")
    assert [(code, a1) for _, code, a1, _ in rows] == [("180", "Unidentified militants")]


def test_a_media_report_of_an_attack_is_not_the_attack() -> None:
    assert codes_of("Earlier on Tuesday, Afghanistan's state broadcaster reported the attack on the convoy.") == []


def test_a_condemnation_is_not_aimed_at_the_partner_named_with_the_condemner() -> None:
    rows = events_of("India's foreign ministry condemned the bombing, stressing that India and Afghanistan face a shared enemy.")
    assert rows == [("", "111", "India", "")]


def test_a_condemnation_keeps_the_party_it_addresses() -> None:
    rows = events_of("Kabul condemned the raids, saying it expected New Delhi to rein in its forces.")
    assert rows == [("", "111", "Afghanistan", "India")]


# --- keyword-triggered events that did not happen --------------------------------------------------------

def test_a_plot_to_cut_ties_is_no_downgrade() -> None:
    assert codes_of("The minister called the bombing a plot to sever India-Afghanistan relations.") == []


def test_a_situation_threatening_to_escalate_is_no_threat() -> None:
    assert codes_of("The clashes between India and Afghanistan threatened to escalate into open war.") == []
    assert codes_of("India threatened to retaliate against Afghanistan.") == ["138"]


def test_agreeing_on_an_opinion_is_no_agreement() -> None:
    assert codes_of("The ministers of India and Afghanistan agreed that the trade links are vital for both peoples.") == []
    assert codes_of("India and Afghanistan agreed that the border posts would reopen.") == ["057"]


def test_describing_an_attack_is_not_the_attack() -> None:
    assert codes_of("India's minister described the raid as cowardly, calling its authors enemies of Afghanistan and India.") == []


def test_the_people_killed_are_no_killing() -> None:
    assert codes_of("Afghan officials said those killed were not Afghan nationals.") == []


def test_a_group_accused_of_attacks_is_no_accusation() -> None:
    assert codes_of("India struck the Taliban, a movement accused of attacks on Indian posts, on Monday.") == ["190"]
    assert codes_of("The Taliban was accused by India of the raids on Monday.") == ["112"]
    assert codes_of("India accused the Taliban of the raids on Monday.") == ["112"]


# --- a second act in a participle clause ----------------------------------------------------------------

def test_a_strike_prompting_a_recall_gives_each_act_its_own_actor() -> None:
    rows = events_of("Kabul said it hit camps of the Taliban in India on Monday, prompting New Delhi to recall its ambassador.")
    assert [(code, a1) for _, code, a1, _ in rows] == [("190", "Afghanistan"), ("161", "India")]


def test_each_side_of_a_while_sentence_saying_it_hit_is_a_strike() -> None:
    rows = events_of("New Delhi said it hit bases of the Taliban, while Kabul said its drones struck camps in India.")
    assert [(code, a1) for _, code, a1, _ in rows] == [("190", "India"), ("195", "Afghanistan")]


def test_a_strike_on_a_group_in_one_state_does_not_date_strikes_in_another() -> None:
    text = ("India said it hit the Taliban in Afghanistan on Monday. "
            "India has also fired missiles at targets in Syria this year.")
    rows = events_of(text)
    assert [(d, a2) for d, code, _, a2 in rows] == [("2024-03-04", "Taliban"), ("", "Syria")]


def test_an_attack_in_one_state_on_people_of_another_targets_the_victims_state() -> None:
    rows = events_of("Gunmen carried out a deadly attack in a market town of Afghanistan on Monday, leaving six Indian traders dead.")
    assert [(a1, a2) for _, _, a1, a2 in rows] == [("Unidentified militants", "India")]
    assert events_of("Gunmen attacked a police post in Afghanistan on Monday, killing six.")[0][3] == "Afghanistan"


# --- the same incident coded once -------------------------------------------------------------------------

def test_a_headline_repeated_in_the_body_is_one_event() -> None:
    text = "Gunmen kill six Indian workers in eastern Afghanistan\n\nGunmen kill six Indian workers in eastern Afghanistan\n\nPolice are searching the hills."
    assert len(events_of(text, None)) == 1


def test_a_later_sentence_restating_the_toll_is_the_same_killing() -> None:
    text = ("Gunmen killed six people near an Indian border town. "
            "The raid, which killed six people, was the worst this year, a local official said.")
    rows = events_of(text, None)
    assert [(code, a1, a2) for _, code, a1, a2 in rows] == [("180", "Unidentified militants", "India")]


def test_describing_the_moment_an_attack_struck_tells_the_act() -> None:
    # the object of 'described' is 'the moment'; what follows is the act itself, not the topic of a statement
    assert codes_of("Farmers in western Afghanistan described the moment Indian drones hit their fields on Monday.") == ["195"]
