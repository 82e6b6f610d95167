"""Event coding: dated events with CAMEO codes and Goldstein scores, merged across outlets.

Modules: `rules` (the CAMEO table, trigger rules and their keywords, places, generic perpetrators), `clauses`
(clause cuts and the syntax patterns around a trigger), `roles` (actor kinds and targets), `casualties` (figures),
`coder` (one article's `events` rows), `clusters` (`event_clusters` across articles).

Per article (`article_tables`): each sentence is cut into clauses at subordinators ("after",
"while", "since", "two days after", ", prompting / leading / forcing ...", ";" ...); a sentence that opens with a clause of time ("A day after Iran
struck, Pakistan ...") is cut at that clause's first comma. Trigger rules (`resources/event_rules.csv`: a CAMEO
code, an event type, the kind of actor1 the rule needs, a target rule and a regular expression) fire
on the clause text.

Actors: the source (actor1) is the actor named just before the trigger as a possessive or adjective
("Iran's missile strikes", "Pakistani air strikes"), the antecedent of "which/who", the agent of a
passive ("were shot dead by X", "was carried out by X"), or else the clause's first actor that is not
inside a prepositional phrase, skipping one that only speaks ("Iran said ...", "the UN welcomed that X and Y ...":
the that-clause's subject acts); a state's own pronoun acts ("Iran said its missiles hit"), not one after a
preposition ("the strikes on its territory killed nine"); "it/he/she" before
any named actor stands for the source of the previous event. The target (actor2) is the first other
actor after the trigger (or inside it: "summoned Pakistan's envoy"); "X and Y agreed" makes Y the
target; "... and against Iraq" adds a second target; a condemnation's target is never a party named with "and"
beside its source ("denounced the raid, stressing that Norland and Sudia will stay close"); a bilateral act (rule
target `pair`: envoys back at their posts, credentials, an offer to mediate) without a named counterpart is with the
other of the article's two main states. Violence by an armed group takes as target a state named after its scene ("in
a border town of X, ... nine Y workers" -> Y), not the scene. "Both countries", "they", "the two neighbours"
stand for the two states named in the sentence, else the two states the article names most; violence
with such a plural subject is an "exchange of strikes". Actors are canonical names from the actor
dictionary, mapped to their state or body through their affiliation ("Iranian security forces" ->
Iran, "Guterres" -> United Nations); news media and datelines ("ISLAMABAD:", "Quetta [Pakistan], March 3 :") are
never actors. Places
(`resources/places.csv`) stand for their country as targets only; unnamed perpetrators
(`resources/generic_actors.csv`) are "Unidentified militants" or the state of their scene; a coordinated
clause without a subject ("... and, on Jan. 18, hit back") keeps the last source; "X and Y" after a
strike's or a call's first target adds Y as a further target.

Dates: the temporal expression of the same clause (day precision first, then one within 40 characters,
then explicit dates; for violence the date of a saying, "said on Sunday that ...", comes last), else
one from a clause of the sentence that reports no event of its own, unless the clause sets its own time
("after days of tension", "amid ...", "less than a week after"); "N days after X" dates X N days before
the main clause's date; when the sentence states no date outside X's clause, X's own date ("two days after the
Iranian strike on Tuesday") or, failing that, the article's latest earlier event of X's kind and source dates X,
and the main clause lies N days after it (a main clause repeating an event already dated keeps that day and X
lies N days before it); else X lies N days before the last date of the text ("The conversation came a day after ..."). Deadlines ("by January 26") never date an event.
An undated event takes the date of the article's one dated event with the same actor1 and kind (when that one struck
an armed group and the undated one names a state, only if its sentence names that state; never when the undated
event's clause sets a deadline, "would return by January 26").
Expressions resolving after publication never date an event (the event stays undated), except an act announced
for a later day ("will visit Islamabad on January 29"): it keeps that day with `date_precision` "planned" and
joins no cluster. Other unrealised acts ("would respond", "any attack") are not coded.

Rules added after a hand audit of real coverage: envoys who resumed their duties, returned to / took up their posts or
arrived at their embassies (050, target `pair`); "called back its ambassador" (161); a minister who landed in/at a
capital (042); credentials received (050); third parties welcoming an outcome (051); offers to mediate (039, +5.0 as in
GDELT's CAMEO-to-Goldstein table); "it/they hit" (190). Rule-level exclusions: "threatened to escalate/spiral ...", "agreed
that X is/are ..." (an opinion), "a group accused of attacks" (a reduced relative), "those killed".

A rule runs only on the sentences holding one of its keywords (the `keywords` column of its row in
`resources/event_rules.csv`; one scan finds every rule's keywords).

Not coded: triggers inside long quotations (8+ words, or quotations continued from another
sentence) unless the quotation is the object of an act ("carried out \"precision strikes\""); violence
that is the topic of a statement ("concerned about the exchange of strikes", "reported the attack", "described the attack
as ..."); what a plot or attempt aims at ("a plot to sever ties"); opinions agreed on ("agreed that ties are valuable"); habitual acts ("has for
years attacked"); the topic of a talk ("held talks on de-escalation" is a meeting); accusations in a relative clause ("which Iran accuses of ..."); violence that a reaction (condemnation, protest, reduced relations) is about; cooperation
an appeal asks for; non-specific or unrealised actions ("any attack", "similar attacks", "will hold
talks" without a day, "would respond"); a bare "agreed" when the act agreed on is coded; cooperation without a
counterpart (except the acts of one party: convening a meeting, a press conference, taking office); events without a source actor, except violence with a stated casualty figure.
An article's repeated mentions of one dated event are merged into its first row (violence without a
source merges into the same day's violence whatever its source; cooperation between two parties is the same event
whichever is named first). An undated row that restates an earlier one (a sentence of the same words, as a headline
repeated in the body, or violence with the same death toll) with the same or an unknown source is merged too.

`casualties` encodes the figures stated in the event's clause as "killed N[, including M minors];
injured K" with "at least"/"over" kept ("killed at least 9").

Across articles (`corpus_tables`): dated events with the same actor1 and kind (violence codes 18-20
count as one kind; cooperation and exchanges of strikes are keyed by the unordered actor pair) and a
compatible target (equal, unknown, or one side an armed group) form one cluster when day-precise dates
lie within one day of the cluster's first date, a week/month/approximate span holds exactly one such
day cluster ("mid-December" joins 15 December), or spans are identical; an undated event
joins the one day-precise cluster of its kind dated within 60 days before its article's publication.
"""

from __future__ import annotations

from presslens.analyses.events.casualties import casualties
from presslens.analyses.events.clusters import CLUSTER_COLUMNS, assign_clusters, cluster_table, corpus_tables
from presslens.analyses.events.coder import EVENT_COLUMNS, article_tables
from presslens.analyses.events.roles import targets_compatible
from presslens.analyses.events.rules import (
    COOPERATIVE_ROOTS,
    MUTUAL_VIOLENCE,
    VIOLENT_ROOTS,
    EventRule,
    cameo_root,
    event_key,
    goldstein,
    load_cameo,
    load_rules,
    trigger_keywords,
)
from presslens.places import load_places

__all__ = [
    "CLUSTER_COLUMNS", "COOPERATIVE_ROOTS", "EVENT_COLUMNS", "MUTUAL_VIOLENCE", "VIOLENT_ROOTS", "EventRule", "article_tables",
    "assign_clusters", "cameo_root", "casualties", "cluster_table", "corpus_tables", "event_key", "goldstein", "load_cameo",
    "load_places", "load_rules", "targets_compatible", "trigger_keywords",
]
