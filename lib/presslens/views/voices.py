"""Whose voices each outlet carries: aggregations of the `quotes` table, the charts of notebook 02 and their findings.

A quote's *voice group* is what a reader wants to compare: named speakers (people, organizations,
governments) by their affiliation ("Pakistan", "Iran", "UN"), other media ("media") and unnamed sources
("a local official": "unnamed source") as such, and "(speaker unknown)" when nothing says who spoke.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from presslens.views.figures import OTHER, Palette, empty_figure, integer_ticks, keep_top, outlet_names, palette

SPEAKER_UNKNOWN = "(speaker unknown)"
AFFILIATION_UNKNOWN = "(affiliation unknown)"
MEDIA, UNNAMED = "media", "unnamed source"
KINDS = ("direct", "partial", "indirect")
SPEAKER_TYPES = {"person": "named person", "organization": "organization", "government": "government",
                 "media": MEDIA, "unnamed": UNNAMED, "unknown": SPEAKER_UNKNOWN}


def voice_group(speaker: str, speaker_type: str, affiliation: str) -> str:
    """The group a quote's speaker is counted in: affiliation for named speakers, 'media', 'unnamed source', or unknown."""
    if speaker_type == "media":
        return MEDIA
    if speaker_type == "unnamed":
        return UNNAMED
    if not speaker or speaker == SPEAKER_UNKNOWN or speaker_type == "unknown":
        return SPEAKER_UNKNOWN
    return affiliation if affiliation and affiliation != AFFILIATION_UNKNOWN else AFFILIATION_UNKNOWN


def quotes_by_outlet(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The quotes table joined with each article's outlet, title and date, with `group` and `speaker_kind` columns."""
    quotes = tables.get("quotes", pd.DataFrame())
    articles = tables.get("articles", pd.DataFrame())
    if quotes.empty or articles.empty:
        return pd.DataFrame(columns=[*quotes.columns, "outlet", "title", "published", "group", "speaker_kind"])
    merged = quotes.merge(articles[["article_id", "outlet", "title", "published"]], on="article_id", how="inner")
    merged["outlet"] = outlet_names(merged["outlet"])
    types = merged["speaker_type"].fillna("") if "speaker_type" in merged.columns else pd.Series("", index=merged.index)
    speakers, affiliations = merged["speaker"].fillna(""), merged["affiliation"].fillna("")
    merged["group"] = [voice_group(s, t, a) for s, t, a in zip(speakers, types, affiliations)]
    merged["speaker_kind"] = [SPEAKER_TYPES.get(t, t) if s else SPEAKER_UNKNOWN for s, t in zip(speakers, types)]
    merged["speaker"] = speakers.replace("", SPEAKER_UNKNOWN)
    merged["affiliation"] = affiliations.replace("", AFFILIATION_UNKNOWN)
    return merged


def voice_counts(quotes: pd.DataFrame, by: str = "group", kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Outlet × `by` counts of the outlet's quotes of the given kinds, at most ten columns (the rest as 'other')."""
    subset = quotes[quotes["kind"].isin(kinds)] if len(quotes) else quotes
    if subset.empty:
        return pd.DataFrame()
    counts = pd.crosstab(subset["outlet"], keep_top(subset[by].astype(str)))
    order = counts.sum().sort_values(ascending=False).index
    order = [c for c in order if c != OTHER] + ([OTHER] if OTHER in counts.columns else [])
    counts = counts[order]
    counts.columns.name = by
    return counts


def voice_share(quotes: pd.DataFrame, by: str = "group", kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Outlet × `by` share of the outlet's quotes of the given kinds; rows sum to 1."""
    return shares_of(voice_counts(quotes, by, kinds))


def shares_of(counts: pd.DataFrame) -> pd.DataFrame:
    """A count matrix as shares of each row's total (rows sum to 1)."""
    return counts.div(counts.sum(axis=1), axis=0) if len(counts) else counts


def share_table(counts: pd.DataFrame) -> pd.DataFrame:
    """A count matrix as the long table behind a share chart: outlet, group, quotes, outlet_quotes, share."""
    if counts.empty:
        return pd.DataFrame(columns=["outlet", "group", "quotes", "outlet_quotes", "share"])
    long = counts.stack().rename("quotes").reset_index()
    long.columns = ["outlet", "group", "quotes"]
    long["outlet_quotes"] = long["outlet"].map(counts.sum(axis=1))
    long["share"] = (long["quotes"] / long["outlet_quotes"]).round(4)
    return long[long["quotes"] > 0].reset_index(drop=True)


def share_finding(counts: pd.DataFrame, noun: str = "quotes", most: int = 4) -> str:
    """Per outlet (the most quoting first), its largest group with counts: 'Dawn: Pakistan in 7 of its 9 quotes'."""
    if counts.empty:
        return f"No {noun} to count."
    totals = counts.sum(axis=1).sort_values(ascending=False)
    parts = []
    for outlet in totals.index[:most]:
        row = counts.loc[outlet]
        named = row.drop([OTHER, SPEAKER_UNKNOWN], errors="ignore")
        top = named.idxmax() if named.sum() else row.idxmax()
        parts.append(f"{outlet}: {top} in {int(row[top])} of its {int(totals[outlet])} {noun}")
    rest = len(totals) - most
    more = f"; {rest} more outlet{'s' if rest > 1 else ''} in the table" if rest > 0 else ""
    return "Largest voice per outlet: " + "; ".join(parts) + more + "."


def kind_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Outlet × kind (direct, partial, indirect) counts of quotes."""
    if quotes.empty:
        return pd.DataFrame(columns=list(KINDS))
    return pd.crosstab(quotes["outlet"], quotes["kind"]).reindex(columns=list(KINDS), fill_value=0)


def kinds_finding(kinds: pd.DataFrame) -> str:
    """One sentence on direct vs paraphrased quotes."""
    total = int(kinds.to_numpy().sum()) if len(kinds) else 0
    if not total:
        return "No quotes found."
    indirect = kinds["indirect"] / kinds.sum(axis=1)
    most = indirect.idxmax()
    return (f"{total} quotes in {len(kinds)} outlets, {int(kinds['indirect'].sum())} of them paraphrased (indirect); "
            f"{most} paraphrases most ({int(kinds.at[most, 'indirect'])} of {int(kinds.loc[most].sum())}).")


def top_speakers(quotes: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The n most quoted speakers: quotes of each kind, total, outlets quoting them and their group."""
    if quotes.empty:
        return pd.DataFrame(columns=[*KINDS, "total", "n_outlets", "affiliation"])
    table = pd.crosstab(quotes["speaker"], quotes["kind"]).reindex(columns=list(KINDS), fill_value=0)
    table["total"] = table.sum(axis=1)
    table["n_outlets"] = quotes.groupby("speaker")["outlet"].nunique()
    table["affiliation"] = quotes.groupby("speaker")["affiliation"].agg(lambda s: s.mode().iloc[0])
    return table.sort_values(["total", "n_outlets"], ascending=False).head(n)


def speakers_finding(speakers: pd.DataFrame) -> str:
    """One sentence on the most quoted speaker."""
    named = speakers[speakers.index != SPEAKER_UNKNOWN]
    if named.empty:
        return "No quote has a named speaker."
    first = named.index[0]
    return (f"Most quoted: {first} ({int(named.at[first, 'total'])} quotes in {int(named.at[first, 'n_outlets'])} "
            f"outlet{'s' if named.at[first, 'n_outlets'] != 1 else ''}); {len(named)} speakers shown.")


def outlet_speaker_matrix(quotes: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """Outlet × speaker quote counts for the n most quoted speakers."""
    if quotes.empty:
        return pd.DataFrame()
    speakers = top_speakers(quotes, n).index
    matrix = pd.crosstab(quotes["outlet"], quotes["speaker"])
    return matrix[[s for s in speakers if s in matrix.columns]]


def matrix_finding(matrix: pd.DataFrame) -> str:
    """One sentence: how many of the top speakers each outlet never quotes."""
    if matrix.empty:
        return "No quotes to cross-tabulate."
    shared = (matrix > 0).sum()
    known = shared.drop(SPEAKER_UNKNOWN, errors="ignore")
    widest = known.idxmax() if len(known) else shared.idxmax()
    return (f"Of the {matrix.shape[1]} most quoted speakers, {int((shared == 1).sum())} are quoted by one outlet only; "
            f"{widest} is quoted by the most outlets ({int(shared[widest])} of {matrix.shape[0]}).")


def quote_listing(quotes: pd.DataFrame) -> pd.DataFrame:
    """Every quote with outlet, speaker, group, kind, cue and confidence, in reading order."""
    columns = ["outlet", "title", "kind", "speaker", "speaker_mention", "group", "cue", "confidence", "text"]
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    return quotes.sort_values(["outlet", "article_id", "start"])[columns].reset_index(drop=True)


def plot_share(counts: pd.DataFrame, title: str, colours: Palette | None = None, kind: str = "group") -> plt.Figure:
    """Horizontal stacked bars: one bar per outlet (with its number of quotes), segments = share of each group."""
    if counts.empty:
        return empty_figure("no quotes")
    colours = (colours or palette()).with_names(kind, counts.columns)
    totals = counts.sum(axis=1)
    shares = shares_of(counts)
    shares.index = [f"{o} (n={int(t)})" for o, t in zip(shares.index, totals)]
    fig, ax = plt.subplots(figsize=(9, 0.5 * max(len(shares), 2) + 1.5))
    shares.iloc[::-1].plot(kind="barh", stacked=True, ax=ax, color=colours.colours(kind, shares.columns), width=0.7,
                           edgecolor="white", linewidth=0.5)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("share of the outlet's quotes (n = quotes)")
    ax.set_ylabel("")
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return fig


def plot_counts(table: pd.DataFrame, title: str, xlabel: str) -> plt.Figure:
    """Horizontal stacked bars of counts by kind (direct, partial, indirect)."""
    if table.empty or not table.to_numpy().sum():
        return empty_figure("no quotes")
    fig, ax = plt.subplots(figsize=(9, 0.4 * max(len(table), 2) + 1.5))
    table.iloc[::-1].plot(kind="barh", stacked=True, ax=ax, width=0.7, color=["#1b6ca8", "#7fb3d5", "#d5a021"])
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.set_title(title)
    integer_ticks(ax.xaxis)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return fig


def plot_matrix(matrix: pd.DataFrame, title: str) -> plt.Figure:
    """Heatmap of an outlet × speaker count matrix; counts written in the cells, a cell with no quote left blank."""
    if matrix.empty:
        return empty_figure("no quotes")
    fig, ax = plt.subplots(figsize=(2.5 + 0.6 * max(len(matrix.columns), 2), 1.8 + 0.45 * max(len(matrix), 2)))
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(np.where(values > 0, values, np.nan), cmap="Blues", aspect="auto", vmin=0)
    image.cmap.set_bad("#f4f4f4")
    ax.set_xticks(range(len(matrix.columns)), [str(c) for c in matrix.columns], rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(matrix.index)), [str(i) for i in matrix.index], fontsize=8)
    for (row, col), value in np.ndenumerate(values):
        if value > 0:
            red, green, blue, _ = image.cmap(image.norm(value))
            dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
            ax.text(col, row, str(int(value)), ha="center", va="center", fontsize=8, color="white" if dark else "black")
    fig.colorbar(image, ax=ax, label="quotes (blank: none)")
    ax.set_title(title)
    return fig
