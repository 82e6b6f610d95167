"""Across articles: the same real-world event reported by several articles merged into one cluster
(rules in the package docstring of `presslens.analyses.events`)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

from presslens.actors import load_actors
from presslens.analyses.events.roles import targets_compatible
from presslens.analyses.events.rules import COOPERATIVE_ROOTS, MUTUAL_VIOLENCE, cameo_root, event_key, goldstein
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.store.tables import table_columns

CLUSTER_COLUMNS = (
    "cluster_id", "date", "actor1", "actor2", "cameo_code", "event_type", "goldstein", "n_articles",
    "outlets", "article_ids", "casualty_claims",
)
_CLUSTER_FIELDS = ("article_id", "date", "date_end", "date_precision", "actor1", "actor2", "cameo_code", "event_type", "casualties")  # what clustering reads of an event
CLUSTER_WINDOW_DAYS = 1
UNDATED_LOOKBACK_DAYS = 60

@lru_cache(maxsize=4096)
def _parse(value: object) -> date | None:
    """An ISO date string as a date (None when empty or malformed); cached, as a corpus repeats few distinct dates."""
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _cluster_key(row: Mapping[str, object]) -> tuple[str, str, str]:
    """(actor1, '', kind); cooperative events and exchanges of strikes are keyed by the unordered pair (a, b, kind)."""
    code = str(row["cameo_code"])
    if cameo_root(code) in COOPERATIVE_ROOTS or row["event_type"] == MUTUAL_VIOLENCE:
        first, second = sorted((str(row["actor1"]), str(row["actor2"])))
        return first, second, event_key(code)
    return str(row["actor1"]), "", event_key(code)


def _records(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[dict[str, object]]:
    """The rows of `frame` as dicts of plain values over `columns` (read column by column: far faster than row by row)."""
    values = [_shared(frame[column].tolist()) for column in columns]
    return [dict(zip(columns, row)) for row in zip(*values)]


def _shared(values: list) -> list:
    """`values` with equal values as one object (dates, actors and codes repeat across a corpus's events)."""
    seen: dict = {}
    return [seen.setdefault(value, value) for value in values]


def _event_records(events: pd.DataFrame, articles: pd.DataFrame) -> list[dict[str, object]]:
    """The clustering fields of `events` as records, with their article's `outlet` and `published` ('' when unknown)."""
    meta = articles.set_index("article_id")[["outlet", "published"]] if len(articles) else pd.DataFrame(columns=["outlet", "published"])
    outlet_of, published_of = meta["outlet"].astype(str).to_dict(), meta["published"].astype(str).to_dict()
    rows = _records(events, _CLUSTER_FIELDS)
    for row in rows:
        row["outlet"] = outlet_of.get(row["article_id"], "")
        row["published"] = published_of.get(row["article_id"], "")
    return rows



@dataclass
class _Cluster:
    """A cluster being built: its key, anchor day and span, the indices of its member records and their targets."""

    key: tuple[str, str, str]
    anchor: date
    precision: object  # the first member's date_precision
    span: tuple[object, object, object]  # the first member's (date, date_end, date_precision)
    members: list[int]
    targets: set[str] = field(default_factory=set)


def _cluster_ids(rows: list[dict[str, object]], settings: Settings) -> list[str]:
    """The cluster_id of each event record ('' when not clustered; see the module docstring for the rules).

    Clusters are indexed by their key, so each event is compared only with the clusters of its own actors
    and kind (linear in the number of events for a corpus).
    """
    actors = load_actors(settings)
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str, str], list[_Cluster]] = {}

    def compatible(row: Mapping[str, object], cluster: _Cluster, key: tuple[str, str, str]) -> bool:
        return bool(key[1]) or all(targets_compatible(str(row["actor2"]), t, actors) for t in cluster.targets)

    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date_precision"] != "day", str(rows[i]["date"]) or "9999", i))
    for i in order:
        row = rows[i]
        when = _parse(row["date"])
        if when is None or row["date_precision"] == "planned":
            continue  # undated (placed below) or announced for later (not yet a real-world event)
        key = _cluster_key(row)
        end = _parse(row["date_end"])
        candidates = by_key.setdefault(key, [])
        inside = [
            c for c in candidates
            if row["date_precision"] != "day" and end is not None and c.precision == "day" and when <= c.anchor <= end
            and compatible(row, c, key)
        ]
        if len(inside) == 1:  # "mid-December" joins the one 15 December cluster of its kind
            inside[0].members.append(i)
            inside[0].targets.add(str(row["actor2"]))
            continue
        for c in candidates:
            same_span = (
                (row["date_precision"] == "day" and c.precision == "day" and abs((when - c.anchor).days) <= CLUSTER_WINDOW_DAYS)
                or (row["date_precision"] != "day" and (row["date"], row["date_end"], row["date_precision"]) == c.span)
            )
            if same_span and compatible(row, c, key):
                c.members.append(i)
                c.targets.add(str(row["actor2"]))
                break
        else:
            cluster = _Cluster(key, when, row["date_precision"], (row["date"], row["date_end"], row["date_precision"]), [i], {str(row["actor2"])})
            clusters.append(cluster)
            candidates.append(cluster)
    for i, row in enumerate(rows):
        published = _parse(row["published"])
        if row["date"] or not row["actor1"] or published is None:
            continue
        key = _cluster_key(row)
        fits = [
            c for c in by_key.get(key, ())
            if c.precision == "day" and published - timedelta(days=UNDATED_LOOKBACK_DAYS) <= c.anchor <= published
            and compatible(row, c, key)
        ]
        if len(fits) == 1:
            fits[0].members.append(i)
    clusters.sort(key=lambda c: (c.anchor, c.key))
    ids = [""] * len(rows)
    for n, c in enumerate(clusters, 1):
        for i in c.members:
            ids[i] = f"c{n:04d}"
    return ids


def assign_clusters(events: pd.DataFrame, articles: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """`events` with `outlet`, `published` and `cluster_id` columns (cluster_id empty when not clustered)."""
    rows = _event_records(events, articles)
    frame = events.copy()
    frame["outlet"] = [row["outlet"] for row in rows]
    frame["published"] = [row["published"] for row in rows]
    frame["cluster_id"] = _cluster_ids(rows, settings)
    return frame


def _mode(values: list[str]) -> str:
    """Most common non-empty value (first seen wins ties), or ''."""
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else ""


def _cluster_row(cluster_id: str, members: list[dict[str, object]], settings: Settings) -> dict[str, object]:
    """The `event_clusters` row of one cluster from its member event records (in table order)."""
    code = _mode([str(m["cameo_code"]) for m in members])
    claims: list[str] = []
    for member in members:
        claim = f"{member['casualties']} ({member['outlet'] or 'unknown outlet'})"
        if member["casualties"] and claim not in claims:
            claims.append(claim)
    return {
        "cluster_id": cluster_id,
        "date": _mode([str(m["date"]) for m in members if m["date"] != ""]),
        "actor1": _mode([str(m["actor1"]) for m in members]),
        "actor2": _mode([str(m["actor2"]) for m in members]),
        "cameo_code": code,
        "event_type": _mode([str(m["event_type"]) for m in members if m["cameo_code"] == code]),
        "goldstein": goldstein(code, settings),
        "n_articles": len({str(m["article_id"]) for m in members}),
        "outlets": "; ".join(sorted({str(m["outlet"]) for m in members if m["outlet"]})),
        "article_ids": "; ".join(sorted({str(m["article_id"]) for m in members})),
        "casualty_claims": " | ".join(claims),
    }


def _cluster_frame(rows: list[dict[str, object]], ids: list[str], settings: Settings) -> pd.DataFrame:
    """One row per cluster (in cluster_id order) from event records and their cluster ids (columns CLUSTER_COLUMNS)."""
    members: dict[str, list[dict[str, object]]] = {}
    for row, cluster_id in zip(rows, ids):
        if cluster_id != "":
            members.setdefault(cluster_id, []).append(row)
    return pd.DataFrame([_cluster_row(c, members[c], settings) for c in sorted(members)], columns=list(CLUSTER_COLUMNS))


def cluster_table(assigned: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """One row per cluster from `assign_clusters` output (columns CLUSTER_COLUMNS)."""
    rows = _records(assigned, (*_CLUSTER_FIELDS, "outlet", "cluster_id"))
    return _cluster_frame(rows, [str(row["cluster_id"]) for row in rows], settings)


def corpus_tables(tables: Mapping[str, pd.DataFrame], settings: Settings = DEFAULT_SETTINGS) -> dict[str, pd.DataFrame]:
    """`event_clusters`: the same real-world event reported by several articles merged into one row."""
    events = table_columns(tables, "events", list(_CLUSTER_FIELDS))
    articles = table_columns(tables, "articles", ["article_id", "outlet", "published"])
    if events is None or events.empty:
        return {"event_clusters": pd.DataFrame(columns=list(CLUSTER_COLUMNS))}
    if articles is None:
        articles = pd.DataFrame(columns=["article_id", "outlet", "published"])
    rows = _event_records(events, articles)
    return {"event_clusters": _cluster_frame(rows, _cluster_ids(rows, settings), settings)}
