"""Tables, charts and findings describing a corpus (notebook 00): outlets, dates, length, relevance, boilerplate."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from presslens.views.figures import Palette, date_axis, empty_figure, integer_ticks, keep_top, outlet_names, palette, story_label

RELEVANT, OFF_TOPIC = "#3b6ea8", "#c9c9c9"


def with_story_labels(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles with '(outlet unknown)' for a missing outlet and a `story` label (outlet: headline), unique per row."""
    frame = articles.assign(outlet=outlet_names(articles["outlet"]))
    labels = [story_label(o, t) for o, t in zip(frame["outlet"], frame["title"])]
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return frame.assign(story=unique)


def stories_per_outlet(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Bar chart of stories per outlet, split into relevant and off-topic."""
    outlets = articles.assign(outlet=outlet_names(articles["outlet"]))
    table = (
        outlets.assign(kind=outlets["is_relevant"].map({True: "relevant", False: "off-topic"}))
        .pivot_table(index="outlet", columns="kind", values="article_id", aggfunc="count", fill_value=0)
        .reindex(columns=["relevant", "off-topic"], fill_value=0)
        .sort_values("relevant", ascending=True)
    )
    if table.empty:
        return empty_figure("no stories"), table
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(table) + 1.5))
    table.plot.barh(stacked=True, ax=ax, color=[RELEVANT, OFF_TOPIC])
    ax.set_xlabel("stories")
    ax.set_ylabel("")
    ax.set_title("Stories per outlet")
    integer_ticks(ax.xaxis)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig, table


def stories_finding(table: pd.DataFrame) -> str:
    """One sentence on the stories per outlet table."""
    if table.empty:
        return "The corpus holds no story."
    total = int(table.to_numpy().sum())
    off = int(table["off-topic"].sum())
    busiest = (table["relevant"] + table["off-topic"]).sort_values(ascending=False)
    return (f"{total} stories from {len(table)} outlets; {off} judged off-topic for the crisis. "
            f"Most stories: {busiest.index[0]} ({int(busiest.iloc[0])}).")


def publication_timeline(articles: pd.DataFrame, colours: Palette | None = None) -> tuple[plt.Figure, pd.DataFrame]:
    """Dot plot of publication dates per outlet (undated stories are listed in the table, not drawn)."""
    table = articles[["article_id", "outlet", "published", "title", "is_relevant"]].copy()
    table["outlet"] = outlet_names(table["outlet"])
    dated = table[table["published"] != ""].assign(date=lambda t: pd.to_datetime(t["published"]))
    if dated.empty:
        return empty_figure("no story has a publication date"), table
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(dated["outlet"].nunique(), 1) + 1.8))
    shown = keep_top(dated["outlet"])
    colours = (colours or palette()).with_names("outlet", sorted(shown.unique()))
    for relevant, marker in ((True, "o"), (False, "x")):
        part = dated[dated["is_relevant"] == relevant]
        ax.scatter(part["date"], shown[part.index], marker=marker, s=60,
                   color=[colours.colour("outlet", o) if relevant else "#555555" for o in shown[part.index]])
    date_axis(ax, dated["date"].min(), dated["date"].max())
    ax.set_title("Publication dates (dot: relevant story, cross: off-topic)")
    return fig, table.sort_values("published")


def dates_finding(table: pd.DataFrame) -> str:
    """One sentence on publication dates."""
    dated = table[table["published"] != ""]
    undated = len(table) - len(dated)
    if dated.empty:
        return f"None of the {len(table)} stories has a publication date."
    return (f"{len(dated)} of {len(table)} stories are dated, from {dated['published'].min()} to "
            f"{dated['published'].max()}; {undated} undated.")


def story_lengths(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal bars of words per story, each story named by outlet and headline."""
    table = with_story_labels(articles)[["article_id", "story", "outlet", "title", "n_words", "is_relevant"]]
    table = table.sort_values("n_words")
    if table.empty:
        return empty_figure("no stories"), table
    fig, ax = plt.subplots(figsize=(9, 0.35 * len(table) + 1.5))
    ax.barh(table["story"], table["n_words"], color=table["is_relevant"].map({True: RELEVANT, False: OFF_TOPIC}))
    ax.set_xlabel("words in clean text (grey: off-topic story)")
    ax.set_title("Story length")
    return fig, table


def lengths_finding(table: pd.DataFrame) -> str:
    """One sentence on story lengths."""
    if table.empty:
        return "No story to measure."
    words = table["n_words"].astype(int)
    return (f"Median story length {int(words.median())} words over {len(table)} stories "
            f"(shortest {words.min()}, longest {words.max()}).")


def boilerplate_summary(articles: pd.DataFrame, boilerplate: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Per story: characters kept as article text vs characters of removed boilerplate lines."""
    removed = boilerplate.groupby("article_id").agg(removed_lines=("line", "count"), removed_chars=("chars", "sum"))
    labelled = with_story_labels(articles).set_index("article_id")
    table = (
        labelled[["story", "outlet", "title"]]
        .assign(kept_chars=labelled["text"].str.len())
        .join(removed)
        .fillna({"removed_lines": 0, "removed_chars": 0})
        .astype({"removed_lines": int, "removed_chars": int, "kept_chars": int})
    )
    table["share_removed"] = table["removed_chars"] / (table["kept_chars"] + table["removed_chars"]).where(lambda s: s > 0)
    if table.empty:
        return empty_figure("no stories"), table
    fig, ax = plt.subplots(figsize=(9, 0.35 * len(table) + 1.5))
    table.set_index("story")[["kept_chars", "removed_chars"]].rename(
        columns={"kept_chars": "kept as article text", "removed_chars": "removed as boilerplate"}
    ).plot.barh(stacked=True, ax=ax, color=[RELEVANT, "#e3a33b"])
    ax.set_xlabel("characters")
    ax.set_ylabel("")
    ax.set_title("Article text kept vs boilerplate removed")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig, table


def boilerplate_finding(table: pd.DataFrame) -> str:
    """One sentence on the boilerplate removed."""
    if table.empty:
        return "No story, so no boilerplate."
    removed, kept = int(table["removed_chars"].sum()), int(table["kept_chars"].sum())
    share = removed / (removed + kept) if removed + kept else 0.0
    return (f"{int(table['removed_lines'].sum())} lines ({removed:,} characters, {share:.0%} of the text) were "
            f"removed as boilerplate from {int((table['removed_lines'] > 0).sum())} of {len(table)} stories.")

