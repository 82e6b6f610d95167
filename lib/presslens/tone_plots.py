"""Charts for tone and framing; each returns the figure and the table behind it (for figures.save_chart)."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from presslens.tone import with_outlet


def _empty(message: str) -> plt.Figure:
    """A figure that says there is nothing to show."""
    fig, ax = plt.subplots(figsize=(6, 1.5))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


def tone_distribution_plot(sentences: pd.DataFrame, articles: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Box plot plus every sentence as a dot: VADER compound per outlet."""
    rows = with_outlet(sentences, articles)[["outlet", "article_id", "sent_index", "compound"]]
    if rows.empty:
        return _empty("no sentences"), rows
    outlets = sorted(rows["outlet"].unique())
    data = [rows.loc[rows["outlet"] == o, "compound"].to_numpy() for o in outlets]
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(outlets) + 1.5))
    ax.boxplot(data, vert=False, widths=0.5, showfliers=False)
    jitter = np.random.default_rng(0)
    for i, values in enumerate(data, start=1):
        ax.scatter(values, i + jitter.uniform(-0.15, 0.15, len(values)), s=10, alpha=0.5)
    ax.set_yticks(range(1, len(outlets) + 1), [f"{o} (n={len(v)})" for o, v in zip(outlets, data)])
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlabel("VADER compound per sentence (-1 negative … +1 positive)")
    ax.set_title("Sentence tone by outlet")
    return fig, rows


def heatmap(table: pd.DataFrame, title: str, counts: pd.DataFrame | None = None, vmin: float = -1, vmax: float = 1,
            cmap: str = "RdBu", fmt: str = "{:.2f}") -> plt.Figure:
    """A labelled heatmap of `table` (rows x columns); cells show the value and, if given, the count beneath it."""
    if table.empty:
        return _empty("nothing to show")
    fig, ax = plt.subplots(figsize=(1.1 * table.shape[1] + 3, 0.55 * table.shape[0] + 1.8))
    image = ax.imshow(table.to_numpy(dtype=float), cmap=cmap, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns], rotation=40, ha="right")
    ax.set_yticks(range(table.shape[0]), [str(i) for i in table.index])
    for (r, c), value in np.ndenumerate(table.to_numpy(dtype=float)):
        if np.isnan(value):
            continue
        label = fmt.format(value)
        if counts is not None:
            label += f"\n(n={int(counts.iat[r, c])})"
        red, green, blue, _ = image.cmap(image.norm(value))
        dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
        ax.text(c, r, label, ha="center", va="center", fontsize=8, color="white" if dark else "black")
    fig.colorbar(image, ax=ax, shrink=0.8)
    ax.set_title(title)
    return fig


def actor_tone_heatmap(actor_table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Outlet x actor: mean compound of sentences naming the actor, with the number of such sentences."""
    if actor_table.empty:
        return _empty("no actor mentions"), actor_table
    means = actor_table.pivot(index="outlet", columns="actor", values="mean_compound")
    counts = actor_table.pivot(index="outlet", columns="actor", values="n_sentences").fillna(0)
    fig = heatmap(means, "Tone of sentences naming each actor (n = sentences)", counts=counts)
    return fig, actor_table


def frame_heatmap(matrix: pd.DataFrame, title: str) -> tuple[plt.Figure, pd.DataFrame]:
    """Outlet x frame/indicator scores (0..1)."""
    return heatmap(matrix, title, vmin=0, vmax=1, cmap="Blues"), matrix


def label_plot(table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """One panel per concept: how often each outlet used each term."""
    if table.empty:
        return _empty("no label terms found"), table
    concepts = list(dict.fromkeys(table.index.get_level_values("concept")))
    fig, axes = plt.subplots(len(concepts), 1, figsize=(9, 2.2 * len(concepts)), squeeze=False)
    for ax, concept in zip(axes[:, 0], concepts):
        part = table.loc[concept]
        part.plot.barh(ax=ax, width=0.8)
        ax.set_title(concept, loc="left")
        ax.set_xlabel("uses")
        ax.legend(fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig, table


def voice_plot(voice_table: pd.DataFrame) -> tuple[plt.Figure, pd.DataFrame]:
    """Per outlet: mean compound of the outlet's own narration beside that of the speech it quotes."""
    if voice_table.empty:
        return _empty("no narration or quoted speech"), voice_table
    wide = voice_table.pivot(index="outlet", columns="voice", values="mean_compound")
    fig, ax = plt.subplots(figsize=(8, 0.6 * len(wide) + 1.5))
    wide.plot.barh(ax=ax, width=0.8)
    ax.axvline(0, color="grey", lw=0.8)
    ax.set_xlabel("mean VADER compound (segments weighted equally)")
    ax.set_title("Narration vs quoted speech")
    return fig, voice_table
