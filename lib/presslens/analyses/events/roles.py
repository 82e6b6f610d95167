"""Actors in events: the state or body an actor acts for, its kind, and when two targets can name one event."""
from __future__ import annotations

from functools import lru_cache

from presslens.actors import Actor, ActorDictionary
from presslens.analyses.events.rules import UNIDENTIFIED_MILITANTS


@lru_cache(maxsize=4096)
def _state_level(actor: Actor, actors: ActorDictionary) -> Actor:
    """The state or body an actor acts for (its affiliation's canonical actor), else itself (a fact of the dictionary: cached)."""
    parent = actors.lookup(actor.affiliation, fuzzy=False) if actor.affiliation else None
    return parent if parent is not None else actor


def _kind(actor: Actor) -> str:
    """state | nonstate | other for a canonical actor (the generic 'Unidentified militants' is nonstate)."""
    if actor.type == "government":
        return "state"
    if actor.bloc == "Militants":
        return "nonstate"
    return "other"

def targets_compatible(a: str, b: str, actors: ActorDictionary) -> bool:
    """Two targets can name the same event: equal, one unknown, or one an armed group (struck inside a state)."""
    if not a or not b or a == b:
        return True
    kinds = {"nonstate" if name == UNIDENTIFIED_MILITANTS.name else _kind(x) if (x := actors.get(name)) is not None else "other" for name in (a, b)}
    return "nonstate" in kinds
