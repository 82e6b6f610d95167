"""Saving charts together with the table behind them (fig-N-name.png beside fig-N-name.csv)."""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd


def save_chart(fig: plt.Figure, table: pd.DataFrame, output_dir: str | Path, name: str) -> Path:
    """Write `name`.png and the table behind it as `name`.csv into `output_dir`; return the PNG path."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    png = out / f"{name}.png"
    fig.savefig(png, dpi=120, bbox_inches="tight")
    table.to_csv(out / f"{name}.csv", index=True)
    return png
