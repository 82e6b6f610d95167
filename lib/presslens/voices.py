"""Whose voices each outlet carries: aggregations of the `quotes` table and the charts of notebook 02."""
from __future__ import annotations

import zlib

import matplotlib.colors
import matplotlib.pyplot as plt
import pandas as pd

UNKNOWN_LABEL = "(unknown)"
KINDS = ("direct", "partial", "indirect")
GROUP_COLORS = {"Pakistan": "#2e7d32", "Iran": "#c62828", "China": "#f9a825", "UN": "#1565c0",
                "United States": "#6a1b9a", UNKNOWN_LABEL: "#9e9e9e"}


def group_color(name: str) -> str:
    """A colour that stays the same for a group in every chart (fixed for the main sides, else by name hash)."""
    if name in GROUP_COLORS:
        return GROUP_COLORS[name]
    return matplotlib.colors.to_hex(plt.get_cmap("tab20")(zlib.crc32(name.encode("utf-8")) % 20))


def quotes_by_outlet(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The quotes table joined with each article's outlet, title and publication date."""
    quotes = tables.get("quotes", pd.DataFrame())
    articles = tables.get("articles", pd.DataFrame())
    if quotes.empty or articles.empty:
        return pd.DataFrame(columns=[*quotes.columns, "outlet", "title", "published"])
    merged = quotes.merge(articles[["article_id", "outlet", "title", "published"]], on="article_id", how="inner")
    for column in ("speaker", "affiliation"):
        merged[column] = merged[column].fillna("").replace("", UNKNOWN_LABEL)
    return merged


def voice_share(quotes: pd.DataFrame, by: str = "affiliation", kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Outlet × `by` (affiliation or speaker) share of the outlet's quotes of the given kinds; rows sum to 1."""
    subset = quotes[quotes["kind"].isin(kinds)] if len(quotes) else quotes
    if subset.empty:
        return pd.DataFrame()
    counts = pd.crosstab(subset["outlet"], subset[by])
    order = counts.sum().sort_values(ascending=False).index
    return counts[order].div(counts.sum(axis=1), axis=0).round(4)


def kind_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Outlet × kind (direct, partial, indirect) counts of quotes."""
    if quotes.empty:
        return pd.DataFrame(columns=list(KINDS))
    return pd.crosstab(quotes["outlet"], quotes["kind"]).reindex(columns=list(KINDS), fill_value=0)


def top_speakers(quotes: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The n most quoted speakers: quotes of each kind, total, outlets quoting them and their affiliation."""
    if quotes.empty:
        return pd.DataFrame(columns=[*KINDS, "total", "n_outlets", "affiliation"])
    table = pd.crosstab(quotes["speaker"], quotes["kind"]).reindex(columns=list(KINDS), fill_value=0)
    table["total"] = table.sum(axis=1)
    table["n_outlets"] = quotes.groupby("speaker")["outlet"].nunique()
    table["affiliation"] = quotes.groupby("speaker")["affiliation"].agg(lambda s: s.mode().iloc[0])
    return table.sort_values(["total", "n_outlets"], ascending=False).head(n)


def outlet_speaker_matrix(quotes: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """Outlet × speaker quote counts for the n most quoted speakers."""
    if quotes.empty:
        return pd.DataFrame()
    speakers = top_speakers(quotes, n).index
    matrix = pd.crosstab(quotes["outlet"], quotes["speaker"])
    return matrix[[s for s in speakers if s in matrix.columns]]


def quoted_vs_narration_tone(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Per outlet: mean VADER compound of sentences carrying a quote vs the outlet's own narration.

    Uses the `sentences` table of the sentiment analysis; empty when that table is absent or empty.
    """
    sentences = tables.get("sentences", pd.DataFrame())
    quotes = tables.get("quotes", pd.DataFrame())
    articles = tables.get("articles", pd.DataFrame())
    if sentences.empty or articles.empty or "compound" not in sentences.columns:
        return pd.DataFrame(columns=["outlet", "voice", "mean_compound", "n_sentences"])
    quoted = set()
    if not quotes.empty:
        quoted = set(zip(quotes["article_id"], quotes["sentence_index"].astype(int)))
    frame = sentences.merge(articles[["article_id", "outlet"]], on="article_id", how="inner")
    keys = zip(frame["article_id"], frame["sent_index"].astype(int))
    frame["voice"] = ["quoted speech" if key in quoted else "narration" for key in keys]
    summary = frame.groupby(["outlet", "voice"])["compound"].agg(["mean", "size"]).reset_index()
    return summary.rename(columns={"mean": "mean_compound", "size": "n_sentences"}).round({"mean_compound": 4})


def quote_listing(quotes: pd.DataFrame) -> pd.DataFrame:
    """Every quote with outlet, speaker, affiliation, kind, cue and confidence, in reading order."""
    columns = ["outlet", "article_id", "kind", "speaker", "speaker_mention", "affiliation", "cue", "confidence", "text"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    return quotes.sort_values(["outlet", "article_id", "start"])[columns].reset_index(drop=True)


def plot_share(table: pd.DataFrame, title: str) -> plt.Figure:
    """Horizontal stacked bars: one bar per outlet, segments = share of each group."""
    fig, ax = plt.subplots(figsize=(9, 0.6 * max(len(table), 2) + 1.5))
    if table.empty:
        ax.text(0.5, 0.5, "no quotes", ha="center", va="center")
        ax.set_axis_off()
        return fig
    table.plot(kind="barh", stacked=True, ax=ax, color=[group_color(str(c)) for c in table.columns], width=0.7)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the outlet's quotes")
    ax.set_ylabel("")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    return fig


def plot_counts(table: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Horizontal stacked bars of counts (e.g. top speakers by kind)."""
    fig, ax = plt.subplots(figsize=(9, 0.45 * max(len(table), 2) + 1.5))
    if table.empty:
        ax.text(0.5, 0.5, "no quotes", ha="center", va="center")
        ax.set_axis_off()
        return fig
    table.iloc[::-1].plot(kind="barh", stacked=True, ax=ax, width=0.7)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.set_title(title)
    ax.legend(frameon=False, fontsize=8)
    return fig


def plot_matrix(matrix: pd.DataFrame, title: str) -> plt.Figure:
    """Heatmap of an outlet × speaker count matrix with the counts written in the cells."""
    fig, ax = plt.subplots(figsize=(1.0 + 0.6 * max(len(matrix.columns), 2), 1.5 + 0.5 * max(len(matrix), 2)))
    if matrix.empty:
        ax.text(0.5, 0.5, "no quotes", ha="center", va="center")
        ax.set_axis_off()
        return fig
    image = ax.imshow(matrix.values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(matrix.columns)), matrix.columns, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)), matrix.index, fontsize=8)
    for (row, col), value in pd.DataFrame(matrix.values).stack().items():
        ax.text(col, row, str(value), ha="center", va="center", fontsize=7)
    fig.colorbar(image, ax=ax, label="quotes")
    ax.set_title(title)
    return fig


def plot_tone(tone: pd.DataFrame, title: str) -> plt.Figure:
    """Grouped bars: mean compound of quoted speech vs narration per outlet."""
    fig, ax = plt.subplots(figsize=(8, 4))
    if tone.empty:
        ax.text(0.5, 0.5, "no sentiment table", ha="center", va="center")
        ax.set_axis_off()
        return fig
    tone.pivot(index="outlet", columns="voice", values="mean_compound").plot(kind="bar", ax=ax, rot=30)
    ax.axhline(0, color="grey", linewidth=0.8)
    ax.set_ylabel("mean VADER compound")
    ax.set_xlabel("")
    ax.set_title(title)
    ax.legend(frameon=False)
    return fig
