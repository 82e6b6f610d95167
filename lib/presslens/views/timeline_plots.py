"""Tables and charts of the escalation timeline (notebook 03): curve, annotated timeline, agreement, discrepancies.

Every real-world event counts once: events are merged across articles with `events.assign_clusters`
before daily sums, so an event reported by four outlets does not weigh four times.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from presslens.analyses.events import COOPERATIVE_ROOTS, MUTUAL_VIOLENCE, assign_clusters, cameo_root, cluster_table
from presslens.views.figures import Palette, date_axis, integer_ticks, keep_top, outlet_names
from presslens.views.tone import with_outlet


def _clustered(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Events with outlet ('(outlet unknown)' when missing) and cluster_id."""
    if not len(events):
        return events.assign(outlet=[], published=[], cluster_id=[])
    return assign_clusters(events, articles.assign(outlet=outlet_names(articles["outlet"])))


def daily_escalation(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per day (day-precise events, one per cluster): n_events, goldstein_sum, goldstein_min, conflict_sum, cooperation_sum."""
    columns = ["n_events", "goldstein_sum", "goldstein_min", "conflict_sum", "cooperation_sum"]
    frame = _clustered(events, articles)
    frame = frame[(frame["date_precision"] == "day") & (frame["cluster_id"] != "")]
    frame = frame.drop_duplicates("cluster_id")
    if frame.empty:
        return pd.DataFrame(columns=columns, index=pd.DatetimeIndex([], name="date"))
    frame = frame.assign(day=pd.to_datetime(frame["date"]), score=frame["goldstein"].astype(float))
    grouped = frame.groupby("day")["score"]
    curve = pd.DataFrame({
        "n_events": grouped.size(),
        "goldstein_sum": grouped.sum(),
        "goldstein_min": grouped.min(),
        "conflict_sum": grouped.apply(lambda s: s[s < 0].sum()),
        "cooperation_sum": grouped.apply(lambda s: s[s > 0].sum()),
    })
    days = pd.date_range(curve.index.min(), curve.index.max(), freq="D", name="date")
    curve = curve.reindex(days)
    curve[["n_events", "goldstein_sum", "conflict_sum", "cooperation_sum"]] = curve[["n_events", "goldstein_sum", "conflict_sum", "cooperation_sum"]].fillna(0)
    return curve


def in_window(curve: pd.DataFrame, start: str = "", end: str = "") -> pd.DataFrame:
    """The days of a daily curve between start and end (YYYY-MM-DD; empty means unbounded)."""
    return curve.loc[start or None:end or None] if len(curve) else curve


def plot_escalation(curve: pd.DataFrame, start: str = "", end: str = "") -> plt.Figure:
    """Bars: daily conflict (negative) and cooperation (positive) Goldstein sums; dots: the day's minimum score.

    Only the days between start and end (the crisis window) are drawn; `escalation_finding` counts the others.
    """
    view = in_window(curve, start, end)
    view = view[view["n_events"] > 0] if len(view) else view
    fig, ax = plt.subplots(figsize=(11, 4.5))
    if len(view):
        ax.bar(view.index, view["conflict_sum"], color="#b2182b", label="conflict (sum of negative scores)")
        ax.bar(view.index, view["cooperation_sum"], color="#2166ac", label="cooperation (sum of positive scores)")
        ax.plot(view.index, view["goldstein_min"], "k.", markersize=8, label="most hostile event of the day (min)")
        date_axis(ax, view.index.min(), view.index.max())
    else:
        ax.text(0.5, 0.5, "no day-precise event in the window", ha="center", va="center", transform=ax.transAxes)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_ylabel("Goldstein score (−10 hostile … +10 cooperative)")
    ax.set_title("Escalation curve: daily Goldstein sums and minimum (each event counted once)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return fig


def escalation_finding(curve: pd.DataFrame, start: str = "", end: str = "") -> str:
    """The most hostile day in the window, the number of events drawn and those left outside the window."""
    if curve.empty or not curve["n_events"].sum():
        return "No event is dated to a day, so there is no curve to draw."
    view = in_window(curve, start, end)
    outside = int(curve["n_events"].sum() - view["n_events"].sum())
    note = (f"; {outside} day-precise event{'s fall' if outside > 1 else ' falls'} outside the window "
            f"{start or 'open'} to {end or 'open'} and {'are' if outside > 1 else 'is'} not drawn") if outside else ""
    if view.empty or not view["n_events"].sum():
        return f"No day-precise event falls in the window {start or 'open'} to {end or 'open'}{note}."
    worst = view["conflict_sum"].idxmin()
    return (f"{int(view['n_events'].sum())} real-world events on {int((view['n_events'] > 0).sum())} days; the most "
            f"conflictual day is {worst:%Y-%m-%d} (sum {view.at[worst, 'conflict_sum']:.1f} over "
            f"{int(view.at[worst, 'n_events'])} events){note}.")


def _label(row: pd.Series) -> str:
    """A short event label: 'Iran → Jaish al-Adl: air strike'; '↔' for events keyed by an unordered pair."""
    mutual = row["event_type"] == MUTUAL_VIOLENCE or cameo_root(str(row["cameo_code"])) in COOPERATIVE_ROOTS
    arrow = "↔" if mutual else "→"
    actors = f"{row['actor1'] or '?'} {arrow} {row['actor2']}" if row["actor2"] else (row["actor1"] or "?")
    return f"{actors}: {row['event_type']}"


def timeline_table(events: pd.DataFrame, articles: pd.DataFrame, start: str = "", end: str = "") -> pd.DataFrame:
    """Dated real-world events (clusters) starting between start and end (YYYY-MM-DD; empty means unbounded),
    labelled, with their date span, sorted by date."""
    assigned = _clustered(events, articles)
    assigned = assigned[assigned["cluster_id"] != ""]
    clusters = cluster_table(assigned)
    spans = assigned[assigned["date"] != ""].groupby("cluster_id")[["date_end", "date_precision"]].first()
    dated = clusters[(clusters["date"] != "") & (clusters["date"] >= start) & ((clusters["date"] <= end) if end else True)].copy()
    dated["date_precision"] = [spans.at[c, "date_precision"] if c in spans.index else "" for c in dated["cluster_id"]]
    dated["when"] = [
        d if p == "day" else f"{d} to {spans.at[c, 'date_end']} ({p})"
        for c, d, p in zip(dated["cluster_id"], dated["date"], dated["date_precision"])
    ]
    dated["label"] = [_label(row) for _, row in dated.iterrows()]
    return dated.sort_values(["date", "goldstein"]).reset_index(drop=True)[
        ["cluster_id", "date", "when", "date_precision", "label", "cameo_code", "goldstein", "n_articles", "outlets", "casualty_claims"]]


def plot_timeline(table: pd.DataFrame) -> plt.Figure:
    """One row per event in date order: a marker at its (first) date coloured by Goldstein score, sized by the number of articles."""
    fig, ax = plt.subplots(figsize=(12, 0.32 * max(len(table), 6) + 1.5))
    if len(table):
        days = pd.to_datetime(table["date"])
        rows = list(range(len(table)))[::-1]
        points = ax.scatter(days, rows, s=30 + 30 * table["n_articles"].astype(float), c=table["goldstein"].astype(float),
                            cmap="RdBu", vmin=-10, vmax=10, edgecolors="black", linewidths=0.5)
        ax.set_yticks(rows)
        ax.set_yticklabels([f"{when}  {label}" for when, label in zip(table["when"], table["label"])], fontsize=8)
        date_axis(ax, days.min(), days.max())
        fig.colorbar(points, ax=ax, label="Goldstein score", shrink=0.6)
        ax.grid(axis="x", linestyle=":", linewidth=0.6)
    else:
        ax.text(0.5, 0.5, "no dated event in the window", ha="center", va="center", transform=ax.transAxes)
    ax.set_title("Event timeline (marker size = number of articles reporting the event)")
    return fig


def timeline_finding(table: pd.DataFrame, n_dated: int) -> str:
    """How many dated events the timeline shows, from when to when, and the most reported one."""
    if table.empty:
        return f"No dated event in the window ({n_dated} dated events in all)."
    top = table.sort_values(["n_articles", "date"], ascending=[False, True]).iloc[0]
    outside = n_dated - len(table)
    note = (f"; {outside} dated event{'s fall' if outside > 1 else ' falls'} outside the window "
            "(listed in the tables below)") if outside > 0 else ""
    return (f"{len(table)} real-world events from {table['date'].min()} to {table['date'].max()}; the most reported "
            f"is {top['label']} on {top['when']} ({int(top['n_articles'])} articles){note}.")


def events_with_sources(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The events table with each event's outlet and cluster, sorted by date."""
    frame = _clustered(events, articles)
    keep = ["cluster_id", "date", "date_text", "date_precision", "actor1", "actor2", "cameo_code", "event_type",
            "goldstein", "casualties", "outlet", "article_id", "text"]
    return frame.sort_values(["date", "cluster_id"], key=lambda s: s.replace("", "9999")).reset_index(drop=True)[keep]


def source_agreement(clusters: pd.DataFrame) -> pd.DataFrame:
    """Dated clusters with the number of articles and outlets that report them, most reported first."""
    dated = clusters[clusters["date"] != ""].copy()
    dated["n_outlets"] = [len([o for o in str(v).split("; ") if o]) for v in dated["outlets"]]
    dated["label"] = [f"{row['date']} {_label(row)}" for _, row in dated.iterrows()]
    return dated.sort_values(["n_outlets", "date"], ascending=[False, True]).reset_index(drop=True)[
        ["cluster_id", "label", "n_articles", "n_outlets", "outlets"]]


def plot_source_agreement(agreement: pd.DataFrame) -> plt.Figure:
    """Horizontal bars: how many outlets report each event."""
    fig, ax = plt.subplots(figsize=(9, 0.3 * max(len(agreement), 4) + 1))
    ax.barh(agreement["label"][::-1], agreement["n_outlets"][::-1], color="#4d4d4d")
    ax.set_xlabel("outlets reporting the event")
    ax.set_title("Source agreement")
    integer_ticks(ax.xaxis)
    return fig


def agreement_finding(agreement: pd.DataFrame) -> str:
    """How many events rest on one outlet's word."""
    if agreement.empty:
        return "No dated event to compare across outlets."
    single = int((agreement["n_outlets"] <= 1).sum())
    top = agreement.iloc[0]
    return (f"{single} of {len(agreement)} dated events are reported by one outlet only; the most widely reported is "
            f"{top['label']} ({int(top['n_outlets'])} outlets, {int(top['n_articles'])} articles).")


def discrepancies(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Clusters where outlets disagree: on casualty figures, on the date, or on who was targeted (one row per aspect)."""
    frame = _clustered(events, articles)
    frame = frame[frame["cluster_id"] != ""]
    rows = []
    for cluster_id, group in frame.groupby("cluster_id"):
        if group["article_id"].nunique() < 2:
            continue
        dates = group["date"][group["date"] != ""]
        label = f"{dates.mode().iloc[0] if len(dates) else ''} {_label(group.iloc[0])}"
        aspects = [("casualties", "casualties"), ("date", "date")]
        if cameo_root(str(group.iloc[0]["cameo_code"])) not in COOPERATIVE_ROOTS:
            aspects.append(("target", "actor2"))  # cooperative events are keyed by the unordered pair
        for aspect, column in aspects:
            claims: dict[str, set[str]] = {}
            for value, outlet in zip(group[column], group["outlet"]):
                if value:
                    claims.setdefault(str(value), set()).add(str(outlet))
            if len(claims) > 1:
                rows.append({"cluster_id": cluster_id, "event": label, "aspect": aspect,
                             "claims": " | ".join(f"{v} ({', '.join(sorted(o))})" for v, o in sorted(claims.items()))})
    return pd.DataFrame(rows, columns=["cluster_id", "event", "aspect", "claims"])


def conflict_share(clusters: pd.DataFrame) -> pd.Series:
    """Number of dated clusters per CAMEO quad class (verbal/material cooperation/conflict)."""
    def quad(code: str) -> str:
        root = int(cameo_root(code))
        return ("verbal cooperation" if root <= 5 else "material cooperation" if root <= 9
                else "verbal conflict" if root <= 14 else "material conflict")
    dated = clusters[clusters["date"] != ""]
    return dated["cameo_code"].map(quad).value_counts().rename("clusters")


DAY_VALUE = r"\d{4}-\d{2}-\d{2}"  # a TimeML value naming one day


def named_days(time_expressions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The DATE expressions that name one day (`value` YYYY-MM-DD), with the outlet of their story."""
    days = time_expressions[(time_expressions["type"] == "DATE") & time_expressions["value"].str.fullmatch(DAY_VALUE)]
    return with_outlet(days, articles).assign(day=lambda d: d["value"])


def days_named_by_outlet(days: pd.DataFrame, start: str = "", end: str = "") -> pd.DataFrame:
    """Mentions of each day between start and end (YYYY-MM-DD; empty means unbounded) by outlet: one row per day,
    one column per outlet (the least frequent grouped as 'other'), counts."""
    inside = days[(days["day"] >= start) & ((days["day"] <= end) if end else True)]
    table = pd.crosstab(inside["day"], keep_top(inside["outlet"])) if len(inside) else pd.DataFrame()
    table.index.name, table.columns.name = "day", None
    return table


def plot_days_named(table: pd.DataFrame, colours: Palette) -> plt.Figure:
    """Stacked bars: how often the stories name each day, by outlet."""
    fig, ax = plt.subplots(figsize=(11, 4))
    if len(table):
        when = pd.to_datetime(table.index)
        bottom = pd.Series(0, index=table.index)
        for outlet in table.columns:
            ax.bar(when, table[outlet], bottom=bottom, color=colours.colour("outlet", outlet), label=outlet)
            bottom += table[outlet]
        date_axis(ax, when.min(), when.max())
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    else:
        ax.text(0.5, 0.5, "no date naming a day in the window", ha="center", va="center", transform=ax.transAxes)
    integer_ticks(ax.yaxis)
    ax.set_ylabel("date expressions naming the day")
    ax.set_title("Days the stories name (each written date resolved against the story's publication date)")
    return fig


def days_named_finding(days: pd.DataFrame, table: pd.DataFrame) -> str:
    """Which day the coverage names most, and how many named days fall outside the window."""
    if table.empty:
        return f"No written date in the stories names a day inside the window ({len(days)} name a day outside it)."
    totals = table.sum(axis=1)
    top = totals.idxmax()
    outside = len(days) - int(totals.sum())
    return (f"{int(totals.sum())} date expressions name {len(table)} days of the window; the most named is {top} "
            f"({int(totals[top])} mentions by {int((table.loc[top] > 0).sum())} outlet(s)). "
            f"{outside} further expressions name days outside the window.")


def expression_types(time_expressions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Temporal expressions per outlet and TimeML type (DATE, TIME, DURATION, SET), counts, with how many DATEs
    could not be resolved to a value."""
    rows = with_outlet(time_expressions, articles)
    table = pd.crosstab(rows["outlet"], rows["type"]).reindex(columns=["DATE", "TIME", "DURATION", "SET"], fill_value=0)
    unresolved = (rows["type"] == "DATE") & (rows["value"] == "")
    table["DATE without value"] = unresolved.groupby(rows["outlet"]).sum().reindex(table.index, fill_value=0)
    table.columns.name = None
    return table
