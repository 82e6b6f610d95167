"""Charts for tone and framing (notebook 01) and the findings above them; each chart returns the figure and its table."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from presslens.views.figures import Palette, empty_figure, integer_ticks, palette, plain_label
from presslens.views.tone import with_outlet

NARRATION_COLOUR, QUOTED_COLOUR = "#6b6b6b", "#d5a021"
MIN_SENTENCES = 3


def tone_distribution_plot(sentences: pd.DataFrame, articles: pd.DataFrame,
                           colours: Palette | None = None) -> tuple[plt.Figure, pd.DataFrame]:
    """Box plot plus every sentence as a dot: VADER compound per outlet."""
    rows = with_outlet(sentences, articles)[["outlet", "article_id", "sent_index", "compound"]]
    if rows.empty:
        return empty_figure("no sentences"), rows
    outlets = sorted(rows["outlet"].unique())
    colours = (colours or palette()).with_names("outlet", outlets)
    data = [rows.loc[rows["outlet"] == o, "compound"].to_numpy() for o in outlets]
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(outlets) + 1.5))
    ax.boxplot(data, vert=False, widths=0.5, showfliers=False, medianprops={"color": "black"})
    jitter = np.random.default_rng(0)
    for i, (outlet, values) in enumerate(zip(outlets, data), start=1):
        ax.scatter(values, i + jitter.uniform(-0.15, 0.15, len(values)), s=10, alpha=0.5,
                   color=colours.colour("outlet", outlet))
    ax.set_yticks(range(1, len(outlets) + 1), [f"{o} (n={len(v)})" for o, v in zip(outlets, data)])
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound per sentence (−1 negative … +1 positive; n = sentences)")
    ax.set_title("Sentence tone by outlet")
    return fig, rows


def tone_finding(by_outlet: pd.DataFrame) -> str:
    """One sentence comparing outlets' mean sentence tone, with sentence counts."""
    if by_outlet.empty:
        return "No sentence was scored."
    ranked = by_outlet.sort_values("mean")
    low, high = ranked.index[0], ranked.index[-1]
    total = int(by_outlet["n_sentences"].sum())
    if low == high:
        return f"{low}: mean sentence tone {ranked.at[low, 'mean']:.2f} over {int(ranked.at[low, 'n_sentences'])} sentences."
    return (f"Over {total} sentences in {len(ranked)} outlets, the most negative mean tone is {low}'s "
            f"({ranked.at[low, 'mean']:.2f}, n={int(ranked.at[low, 'n_sentences'])}) and the least negative "
            f"{high}'s ({ranked.at[high, 'mean']:.2f}, n={int(ranked.at[high, 'n_sentences'])}).")


def heatmap(table: pd.DataFrame, title: str, counts: pd.DataFrame | None = None, vmin: float = -1, vmax: float = 1,
            cmap: str = "RdBu", fmt: str = "{:.2f}", colorbar: str = "") -> plt.Figure:
    """A labelled heatmap of `table`; cells show the value (and the count beneath it); empty cells hatched grey."""
    if table.empty:
        return empty_figure("nothing to show")
    fig, ax = plt.subplots(figsize=(1.2 * table.shape[1] + 3.5, 0.6 * table.shape[0] + 2.2))
    values = table.to_numpy(dtype=float)
    colour_map = plt.get_cmap(cmap).copy()
    colour_map.set_bad("#ffffff")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=colour_map, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [plain_label(c) for c in table.columns], rotation=35, ha="right")
    ax.set_yticks(range(table.shape[0]), [str(i) for i in table.index])
    for (r, c), value in np.ndenumerate(values):
        if np.isnan(value):
            ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), 1, 1, fill=False, hatch="///", edgecolor="#c8c8c8", lw=0))
            continue
        label = fmt.format(value)
        if counts is not None:
            label += f"\n(n={int(counts.iat[r, c])})"
        red, green, blue, _ = image.cmap(image.norm(value))
        dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
        ax.text(c, r, label, ha="center", va="center", fontsize=8, color="white" if dark else "black")
    fig.colorbar(image, ax=ax, shrink=0.8, label=colorbar)
    ax.set_title(title)
    return fig


def actor_tone_heatmap(actor_table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Outlet x actor: mean compound of sentences naming the actor, with the number of such sentences."""
    if actor_table.empty:
        return empty_figure("no actor mentions"), actor_table
    means = actor_table.pivot(index="outlet", columns="actor", values="mean_compound")
    counts = actor_table.pivot(index="outlet", columns="actor", values="n_sentences").fillna(0)
    fig = heatmap(means, "Tone of sentences naming each actor (n = sentences; hatched: not named)", counts=counts,
                  colorbar="mean VADER compound")
    return fig, actor_table


def actor_finding(actor_table: pd.DataFrame) -> str:
    """The most negative outlet × actor cell with enough sentences, with its count."""
    solid = actor_table[actor_table["n_sentences"] >= MIN_SENTENCES]
    if solid.empty:
        return f"No outlet names any actor in {MIN_SENTENCES} or more sentences: every cell is anecdotal."
    low = solid.sort_values("mean_compound").iloc[0]
    return (f"Among cells with at least {MIN_SENTENCES} sentences ({len(solid)} of {len(actor_table)}), the most "
            f"negative is {low['outlet']} on {low['actor']}: mean {low['mean_compound']:.2f} over "
            f"{int(low['n_sentences'])} sentences.")


def frame_heatmap(matrix: pd.DataFrame, title: str) -> tuple[plt.Figure, pd.DataFrame]:
    """Outlet x frame/indicator scores (0..1), labelled in words."""
    return heatmap(matrix, title, vmin=0, vmax=1, cmap="Blues", colorbar="share (0 to 1)"), matrix


def frame_finding(matrix: pd.DataFrame, counts: pd.Series, noun: str = "frame") -> str:
    """The strongest frame (or indicator) over all outlets, with the number of stories per outlet."""
    if matrix.empty:
        return f"No {noun} scores."
    means = matrix.mean().sort_values(ascending=False)
    top = means.index[0]
    stories = ", ".join(f"{o} {int(n)}" for o, n in counts.items())
    return (f"Strongest {noun} across outlets: {plain_label(top)} (mean {means.iloc[0]:.2f}); weakest: "
            f"{plain_label(means.index[-1])} ({means.iloc[-1]:.2f}). Stories per outlet: {stories}.")


def label_plot(table: pd.DataFrame, colours: Palette | None = None) -> tuple[plt.Figure, pd.DataFrame]:
    """One panel per concept: how often each outlet used each term."""
    if table.empty:
        return empty_figure("no label terms found"), table
    colours = (colours or palette()).with_names("outlet", table.columns)
    concepts = list(dict.fromkeys(table.index.get_level_values("concept")))
    fig, axes = plt.subplots(len(concepts), 1, figsize=(9, 0.3 * len(table) + 1.2 * len(concepts) + 0.5), squeeze=False)
    for ax, concept in zip(axes[:, 0], concepts):
        part = table.loc[concept]
        part.plot.barh(ax=ax, width=0.8, color=colours.colours("outlet", part.columns), legend=False)
        ax.set_title(concept, loc="left", fontsize=10)
        ax.set_ylabel("")
        integer_ticks(ax.xaxis)
    axes[-1, 0].set_xlabel("uses")
    handles, names = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, names, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="outlet")
    fig.tight_layout()
    return fig, table


def label_finding(table: pd.DataFrame) -> str:
    """Concepts whose preferred term differs between outlets."""
    if table.empty:
        return "No label term of the lexicon occurs in these stories."
    differing = []
    for concept in dict.fromkeys(table.index.get_level_values("concept")):
        part = table.loc[concept]
        used = part.loc[:, part.sum() > 0]
        favourites = {used[o].idxmax() for o in used.columns}
        if len(favourites) > 1:
            differing.append(concept)
    uses = int(table.to_numpy().sum())
    if not differing:
        return f"{uses} uses of label terms; where several outlets use a concept, they prefer the same term."
    return (f"{uses} uses of label terms; outlets prefer different terms for {len(differing)} concept"
            f"{'s' if len(differing) > 1 else ''}: {', '.join(differing)}.")


def voice_plot(voice_table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Per outlet: mean compound of the outlet's own narration beside that of the speech it quotes (with segment counts)."""
    if voice_table.empty:
        return empty_figure("no narration or quoted speech"), voice_table
    wide = voice_table.pivot(index="outlet", columns="voice", values="mean_compound")
    counts = voice_table.pivot(index="outlet", columns="voice", values="n_segments").fillna(0)
    fig, ax = plt.subplots(figsize=(9, 0.7 * len(wide) + 1.5))
    wide.plot.barh(ax=ax, width=0.8, color=[QUOTED_COLOUR if v == "quoted" else NARRATION_COLOUR for v in wide.columns])
    ax.set_yticks(range(len(wide)), [f"{o} (n={' / '.join(str(int(counts.at[o, v])) for v in wide.columns)})"
                                     for o in wide.index])
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlabel(f"mean VADER compound (n = segments: {' / '.join(wide.columns)})")
    ax.set_ylabel("")
    ax.set_title("Narration vs quoted speech")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1))
    return fig, voice_table


def voice_finding(voice_table: pd.DataFrame) -> str:
    """Outlets whose quoted speech is more negative than their narration, with segment counts."""
    if voice_table.empty:
        return "No narration or quoted speech to compare."
    wide = voice_table.pivot(index="outlet", columns="voice", values="mean_compound")
    if not {"narration", "quoted"} <= set(wide.columns):
        return "Only one voice (narration or quoted speech) occurs, so the two cannot be compared."
    both = wide.dropna()
    darker = both[both["quoted"] < both["narration"]]
    segments = int(voice_table["n_segments"].sum())
    return (f"In {len(darker)} of {len(both)} outlets quoting anyone, quoted speech reads more negative than the "
            f"outlet's own narration ({segments} segments in all).")
