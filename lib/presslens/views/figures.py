"""Publishing charts and tables in the reports.

Every chart is shown as one block: a finding computed from the data above it, the image (inline, with
alt text made of its title and finding) and a link to the CSV behind it (`fig-N-name.csv`, beside the
SVG, with counts and not only shares). Charts are SVG with their text kept as text (`svg.fonttype`
"none", DejaVu Sans first as when they were laid out): about 40 % less drawing time than a PNG at
120 dpi, a third of the bytes, and sharp at any zoom. Tables are shown whole (text wrapped, never cut), counts as
integers, shares as percentages, scores with two decimals.

Labels are plain text: importing this module turns matplotlib's mathtext off (`text.parse_math`), so a
`$` in an outlet, title or speaker is drawn as a dollar sign instead of starting a formula.

Colours come from the corpus's `colors.csv` resource (read through `Settings`: the corpus folder's own
file if it has one, else `resources/colors.csv`): the same colour for
the same outlet or speaker group in every chart; names without a colour take one from the palette rows
by a stable hash of the name; a chart shows at most `MAX_CATEGORIES` categories and groups the rest as
"other".
"""
from __future__ import annotations

import base64
import html
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import HTML
from matplotlib.axis import Axis
from matplotlib.ticker import Formatter, MaxNLocator

from presslens.settings import DEFAULT_SETTINGS, Settings

REPORT_STYLE = {
    "text.parse_math": False,
    "text.usetex": False,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "svg.fonttype": "none",
}
plt.rcParams.update(REPORT_STYLE)  # type: ignore[arg-type]  # matplotlib's stubs key rcParams by a Literal of every setting name

UNKNOWN_OUTLET = "(outlet unknown)"
OTHER = "other"
MAX_CATEGORIES = 10
COLORS_FILE = "colors.csv"


@dataclass(frozen=True)
class Palette:
    """Colours by (kind, name), kind being `outlet`, `group` (speaker group) or `type` (speaker type), with fallbacks."""

    named: dict[tuple[str, str], str]
    fallback: tuple[str, ...]
    other: str

    def colour(self, kind: str, name: str) -> str:
        """The colour of `name` (an outlet or speaker group); `other` for the grouped rest."""
        if name == OTHER:
            return self.other
        if (kind, name) in self.named:
            return self.named[(kind, name)]
        return self.fallback[zlib.crc32(name.encode("utf-8")) % len(self.fallback)]

    def colours(self, kind: str, names: Iterable[str]) -> list[str]:
        """The colours of several names, in order."""
        return [self.colour(kind, str(n)) for n in names]

    def with_names(self, kind: str, names: Iterable[str]) -> Palette:
        """This palette with a colour for every name of `kind` that has none: palette colours in the order given,
        skipping those the table already gives to a name of this kind (so the names of one corpus stay distinct)."""
        named = dict(self.named)
        taken = {c for (k, _), c in named.items() if k == kind}
        free = [c for c in self.fallback if c not in taken] or list(self.fallback)
        new = [n for n in dict.fromkeys(map(str, names)) if (kind, n) not in named and n != OTHER]
        for i, name in enumerate(new):
            named[(kind, name)] = free[i % len(free)]
        return Palette(named, self.fallback, self.other)


@lru_cache(maxsize=8)
def settings_palette(settings: Settings) -> Palette:
    """The colour table (`kind,name,color`) of a corpus's settings; cached by the settings value."""
    table = pd.read_csv(settings.open(COLORS_FILE), dtype=str, keep_default_na=False)
    missing = {"kind", "name", "color"} - set(table.columns)
    if missing:
        raise ValueError(f"{settings.where(COLORS_FILE)}: missing column(s) {', '.join(sorted(missing))}")
    named = {(k, n): c for k, n, c in zip(table["kind"], table["name"], table["color"]) if k not in ("palette", "other")}
    fallback = tuple(table.loc[table["kind"] == "palette", "color"]) or ("#4e79a7",)
    other = next(iter(table.loc[table["kind"] == "other", "color"]), "#e0e0e0")
    return Palette(named, fallback, other)


def palette(corpus_dir: str | Path = "") -> Palette:
    """The colour table of a corpus folder (empty: the bundled one): its own `colors.csv` if it has one."""
    return settings_palette(Settings.for_corpus(corpus_dir) if str(corpus_dir) else DEFAULT_SETTINGS)


def report_palette(corpus_dir: str | Path, articles: pd.DataFrame) -> Palette:
    """The palette of one report: the corpus's colour table, with a distinct colour for each outlet it lacks."""
    return palette(corpus_dir).with_names("outlet", sorted(set(outlet_names(articles["outlet"]))))


def outlet_names(values: pd.Series) -> pd.Series:
    """Outlet names with a missing outlet shown as '(outlet unknown)'."""
    return values.fillna("").astype(str).replace("", UNKNOWN_OUTLET)


def keep_top(names: pd.Series, limit: int = MAX_CATEGORIES) -> pd.Series:
    """`names` with all but the `limit - 1` most frequent replaced by 'other' (unchanged when few enough)."""
    counts = names.value_counts()
    if len(counts) <= limit:
        return names
    keep = set(counts.index[: limit - 1])
    return names.where(names.isin(keep), OTHER)


def plain_label(name: str) -> str:
    """A column or frame name in words: 'war:demonizing_language' -> 'War: demonizing language'."""
    text = str(name).replace("_", " ").strip()
    if ":" in text:
        head, tail = text.split(":", 1)
        return f"{head.strip().capitalize()}: {tail.strip()}"
    return text[:1].upper() + text[1:]


def plural(n: int, one: str, many: str) -> str:
    """'1 story', '3 stories': a count with the word that agrees with it."""
    return f"{n} {one if n == 1 else many}"


def integer_ticks(axis: Axis) -> None:
    """Ticks at whole numbers only on a count axis (when its locator takes `integer`, as the default AutoLocator does)."""
    locator = axis.get_major_locator()
    if isinstance(locator, MaxNLocator):
        locator.set_params(integer=True)


def empty_figure(message: str) -> plt.Figure:
    """A small figure that says there is nothing to show."""
    fig, ax = plt.subplots(figsize=(6, 1.2))
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


class DayLabels(Formatter):
    """Date ticks as '15 Dec 2023', '1 Jan 2024', '15 Jan': day and month on every tick, the year on the first
    one and wherever it changes (so no tick is a bare day number and no year is left to guess)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return f"{mdates.num2date(x):%-d %b %Y}"

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        days = [mdates.num2date(v) for v in values]
        return [f"{d:%-d %b %Y}" if i == 0 or d.year != days[i - 1].year else f"{d:%-d %b}" for i, d in enumerate(days)]


def date_axis(ax: plt.Axes, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """Date ticks on whole days only (never one date repeated), labelled by `DayLabels`, with a margin of a day each side."""
    span = max((last - first).days, 1)
    locator = mdates.DayLocator(interval=max(1, span // 8)) if span <= 60 else mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DayLabels())
    ax.set_xlim(first - pd.Timedelta(days=1), last + pd.Timedelta(days=1))


def heatmap(table: pd.DataFrame, title: str, *, counts: pd.DataFrame | None = None, vmin: float = -1,
            vmax: float | None = 1, cmap: str = "RdBu", fmt: str = "{:.2f}", colorbar: str = "",
            labels: bool = True, cell_width: float = 1.2) -> plt.Figure:
    """A heat map of `table` (rows x columns) with each value written in its cell (and the count of `counts`
    beneath it, "(n=3)") in black or white, whichever reads on the cell's colour. A missing value (NaN) is an
    empty cell, hatched grey so that it cannot be read as zero. Column names are put in words when `labels`."""
    if table.empty:
        return empty_figure("nothing to show")
    fig, ax = plt.subplots(figsize=(cell_width * table.shape[1] + 3.5, 0.6 * max(table.shape[0], 2) + 2.2))
    values = table.to_numpy(dtype=float)
    colour_map = plt.get_cmap(cmap).with_extremes(bad="#ffffff")
    image = ax.imshow(np.ma.masked_invalid(values), cmap=colour_map, vmin=vmin, vmax=vmax, aspect="auto")
    ax.set_xticks(range(table.shape[1]), [plain_label(c) if labels else str(c) for c in table.columns],
                  rotation=35, ha="right")
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


def save_chart(fig: plt.Figure, table: pd.DataFrame, output_dir: str | Path, name: str) -> Path:
    """Write `name`.svg and the table behind it as `name`.csv into `output_dir`; return the SVG path."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    svg = out / f"{name}.svg"
    # The tight box measured once, then one draw: `bbox_inches="tight"` would draw the figure a second time first
    # (a fifth of the saving time). It is measured with matplotlib's default renderer, so margins may differ from
    # the SVG renderer's by a point or two. No date: the same chart gives the same file.
    fig.savefig(svg, bbox_inches=fig.get_tightbbox().padded(plt.rcParams["savefig.pad_inches"]), metadata={"Date": None})
    table.to_csv(out / f"{name}.csv", index=not isinstance(table.index, pd.RangeIndex))
    return svg


def publish(fig: plt.Figure, table: pd.DataFrame, output_dir: str | Path, name: str, title: str, finding: str) -> HTML:
    """Save the chart and its table, close the figure and return the block a report shows.

    The block holds the finding, the image inline (so the HTML page needs no other file to show it,
    alt text = title and finding) and a link to the CSV, relative to the report page, which sits in
    the parent of `output_dir`.
    """
    svg = save_chart(fig, table, output_dir, name)
    plt.close(fig)
    data = base64.b64encode(svg.read_bytes()).decode("ascii")
    out = Path(output_dir)
    href = f"{out.name}/{name}.csv"
    alt = f"{title}. {finding}"
    block = (
        f'<figure class="presslens"><p class="finding">{html.escape(finding)}</p>'
        f'<img src="data:image/svg+xml;base64,{data}" alt="{html.escape(alt, quote=True)}">'
        f'<figcaption>{html.escape(title)} · <a href="{html.escape(href, quote=True)}">'
        f"data behind this chart ({html.escape(name)}.csv)</a></figcaption></figure>"
    )
    return HTML(block)


def _format_column(values: pd.Series, name: str, shares: Sequence[str]) -> list[str]:
    """Cell texts of one column: integers, percentages for shares, two decimals for other numbers."""
    if name in shares:
        return ["" if pd.isna(v) else f"{float(v):.0%}" for v in values]
    if pd.api.types.is_bool_dtype(values):
        return ["yes" if v else "no" for v in values]
    if pd.api.types.is_integer_dtype(values):
        return [str(int(v)) for v in values]
    if pd.api.types.is_float_dtype(values):
        whole = values.dropna()
        if len(whole) and (whole == whole.round()).all() and name.startswith(("n_", "count", "removed_", "kept_")):
            return ["" if pd.isna(v) else str(int(v)) for v in values]
        return ["" if pd.isna(v) else f"{float(v):.2f}" for v in values]
    return [_format_value(v) for v in values]


def _format_value(value: object) -> str:
    """One cell of a mixed column: whole numbers as integers, other numbers with two decimals."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        return f"{float(value):.2f}"
    return str(value)


def show_table(table: pd.DataFrame | pd.Series, shares: Sequence[str] = (), empty: str = "No rows.") -> HTML:
    """A whole table as HTML: every row and every character (wrapped by the page), numbers formatted.

    Columns named in `shares`, or starting with 'share', are percentages.
    """
    if table.empty:
        return HTML(f"<p>{html.escape(empty)}</p>")
    if isinstance(table, pd.Series):
        table = table.to_frame()
    default_index = table.index.names == [None] and pd.api.types.is_integer_dtype(table.index)
    frame = table.reset_index(drop=True) if default_index else table.reset_index().rename(columns={"index": ""})
    share_columns = [*shares, *(str(c) for c in frame.columns if str(c).startswith("share"))]
    columns = [str(c) for c in frame.columns]
    cells = {c: _format_column(frame[orig], c, share_columns) for c, orig in zip(columns, frame.columns)}
    if not default_index:  # rows labelled 'n_...' hold counts: whole numbers shown as integers
        counts = [i for i, label in enumerate(map(str, frame.iloc[:, 0])) if label.startswith("n_")]
        for c, orig in zip(columns[1:], frame.columns[1:]):
            for i in counts:
                value = frame[orig].iat[i]
                if isinstance(value, (int, float, np.number)) and not pd.isna(value) and float(value).is_integer():
                    cells[c][i] = str(int(value))
    numeric = {c for c, orig in zip(columns, frame.columns) if pd.api.types.is_numeric_dtype(frame[orig])
               and not pd.api.types.is_bool_dtype(frame[orig])}

    long_text = {c for c in columns if c not in numeric and max(map(len, cells[c]), default=0) > 60}

    def cell(tag: str, column: str, text: str) -> str:
        kind = ' class="num"' if column in numeric else ' class="text"' if column in long_text else ""
        return f"<{tag}{kind}>{html.escape(text)}</{tag}>"

    head = "".join(cell("th", c, c) for c in columns)
    body = "".join("<tr>" + "".join(cell("td", c, cells[c][i]) for c in columns) + "</tr>" for i in range(len(frame)))
    return HTML(f'<div class="presslens-table"><table class="presslens"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div>")


def story_label(outlet: str, title: str, width: int = 60) -> str:
    """An outlet and headline naming one story in a chart ('Dawn: Pakistan recalls ...'), shortened to `width`."""
    text = f"{outlet or UNKNOWN_OUTLET}: {title or 'untitled'}"
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
