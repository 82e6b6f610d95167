"""Event coding of patterns found by a second hand audit of real crisis coverage (12 unseen articles): demands and
diplomatic acts that were missed, second copies of one act, and wishes coded as acts. Every sentence is invented."""
from __future__ import annotations

from coded_events import codes_of, events_of

from presslens.analyses.events import goldstein

# --- demands -------------------------------------------------------------------------------------------

def test_demanding_an_explanation_is_a_demand_for_information() -> None:
    assert events_of("Afghanistan has demanded India's \u201cprompt explanation\u201d for the shelling of two villages.") == [
        ("", "101", "Afghanistan", "India")]
    assert goldstein("101") == goldstein("100") == -5.0


def test_urging_a_state_to_take_action_is_a_demand_and_the_attack_it_names_no_event() -> None:
    text = "Afghanistan's foreign minister sent his condolences, urging India to take firm action against those behind the raid."
    assert events_of(text) == [("", "100", "Afghanistan", "India")]


def test_a_demand_voiced_at_a_summons_is_the_summons() -> None:
    assert events_of("India summoned Afghanistan's envoy on Tuesday to demand an explanation.") == [
        ("2024-03-05", "114", "India", "Afghanistan")]


# --- diplomatic acts -----------------------------------------------------------------------------------

def test_a_recall_written_without_a_determiner_as_in_a_deck() -> None:
    assert codes_of("India recalls ambassador from Afghanistan over dam row") == ["161"]


def test_envoys_returning_to_their_postings_restore_ties() -> None:
    rows = events_of("State radio said the Indian and Afghan ambassadors were returning to their postings.")
    assert [(code, {a1, a2}) for _, code, a1, a2 in rows] == [("050", {"India", "Afghanistan"})]


def test_both_envoys_asked_back_by_a_deadline_restore_ties_undated() -> None:
    rows = events_of("Envoys of both countries have been asked to return to their embassies no later than Sunday, India and Afghanistan said.")
    assert [(d, code, {a1, a2}) for d, code, a1, a2 in rows] == [("", "050", {"India", "Afghanistan"})]


def test_a_third_state_ready_to_play_a_role_between_the_two_offers_to_mediate() -> None:
    text = "Turkey is ready to play a constructive role in easing the quarrel between India and Afghanistan, an envoy said."
    assert events_of(text) == [("", "039", "Turkey", "India")]


def test_a_telephonic_conversation_is_a_call() -> None:
    assert events_of("India's foreign minister held a telephonic conversation with his Afghan counterpart on Monday.") == [
        ("2024-03-04", "041", "India", "Afghanistan")]


# --- second copies and wishes --------------------------------------------------------------------------

def test_an_undated_meeting_told_twice_is_one_row() -> None:
    text = ("India's foreign minister met his Afghan counterpart in Kabul to calm the dam quarrel.\n\n"
            "Later the Indian minister held talks with Afghanistan's foreign minister about water sharing.")
    assert events_of(text) == [("", "040", "India", "Afghanistan")]


def test_an_undated_call_told_in_the_deck_and_the_body_is_one_row() -> None:
    text = ("In a phone call between India and Afghanistan, the foreign ministers spoke about trade.\n\n"
            "The phone call between India and Afghanistan lasted an hour.")
    assert codes_of(text) == ["041"]


def test_a_hope_for_the_envoys_return_is_no_restoration() -> None:
    text = "Afghanistan voiced hope that the new round of talks would open the road for a return of the ambassadors to India."
    assert "050" not in codes_of(text)


def test_the_aim_of_efforts_told_as_background_is_no_restoration() -> None:
    assert codes_of("The quarrel deepened as efforts were underway by both India and Afghanistan to repair relations.") == []


def test_a_resolve_to_step_up_efforts_to_repair_ties_stays() -> None:
    assert codes_of("India and Afghanistan resolved to step up efforts to repair their relations on Monday.") == ["050"]


def test_undated_acts_whose_sentences_state_different_dates_stay_two() -> None:
    text = ("In June, Turkey hosted Afghanistan's prime minister in Ankara.\n\n"
            "In October, Turkey hosted Afghanistan's foreign minister as well.")
    assert [code for _, code, _, _ in events_of(text, published=None)] == ["043", "043"]  # no year: both undated
    assert len(events_of(text.replace("In June, ", "").replace("In October, ", ""), published=None)) == 1
