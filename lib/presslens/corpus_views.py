"""Tables and charts describing a corpus (notebook 00): outlets, dates, length, relevance, boilerplate."""
from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd


def stories_per_outlet(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Bar chart of stories per outlet, split into relevant and off-topic."""
    outlets = articles.assign(outlet=articles["outlet"].replace("", "(unknown)"))
    table = (
        outlets.assign(kind=outlets["is_relevant"].map({True: "relevant", False: "off-topic"}))
        .pivot_table(index="outlet", columns="kind", values="article_id", aggfunc="count", fill_value=0)
        .reindex(columns=["relevant", "off-topic"], fill_value=0)
        .sort_values("relevant", ascending=True)
    )
    fig, ax = plt.subplots(figsize=(7, 0.5 * len(table) + 1.5))
    table.plot.barh(stacked=True, ax=ax, color=["#3b6ea8", "#c9c9c9"])
    ax.set_xlabel("stories")
    ax.set_ylabel("")
    ax.set_title("Stories per outlet")
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig, table


def publication_timeline(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Dot plot of publication dates per outlet (undated stories are listed in the table, not drawn)."""
    table = articles[["article_id", "outlet", "published", "title", "is_relevant"]].copy()
    table["outlet"] = table["outlet"].replace("", "(unknown)")
    dated = table[table["published"] != ""].assign(date=lambda t: pd.to_datetime(t["published"]))
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(table["outlet"].nunique(), 1) + 1.8))
    for relevant, marker in ((True, "o"), (False, "x")):
        part = dated[dated["is_relevant"] == relevant]
        ax.scatter(part["date"], part["outlet"], marker=marker, s=60, label="relevant" if relevant else "off-topic",
                   color="#3b6ea8" if relevant else "#999999")
    ax.set_title("Publication dates")
    ax.legend(loc="best", fontsize="small")
    fig.autofmt_xdate()
    return fig, table.sort_values("published")


def story_lengths(articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Horizontal bars of words per story."""
    table = articles[["article_id", "outlet", "n_words", "is_relevant"]].sort_values("n_words")
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(table) + 1.5))
    ax.barh(table["article_id"], table["n_words"], color=table["is_relevant"].map({True: "#3b6ea8", False: "#c9c9c9"}))
    ax.set_xlabel("words in clean text")
    ax.set_title("Story length")
    return fig, table


def boilerplate_summary(articles: pd.DataFrame, boilerplate: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Per story: characters kept as article text vs characters of removed boilerplate lines."""
    removed = boilerplate.groupby("article_id").agg(removed_lines=("line", "count"), removed_chars=("chars", "sum"))
    table = (
        articles.set_index("article_id")[["outlet"]]
        .assign(kept_chars=articles.set_index("article_id")["text"].str.len())
        .join(removed)
        .fillna({"removed_lines": 0, "removed_chars": 0})
        .astype({"removed_lines": int, "removed_chars": int})
    )
    table["removed_share"] = (table["removed_chars"] / (table["kept_chars"] + table["removed_chars"])).round(3)
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(table) + 1.5))
    table[["kept_chars", "removed_chars"]].plot.barh(stacked=True, ax=ax, color=["#3b6ea8", "#e3a33b"])
    ax.set_xlabel("characters")
    ax.set_ylabel("")
    ax.set_title("Article text kept vs boilerplate removed")
    return fig, table
