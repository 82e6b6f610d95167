"""Project paths, derived once so notebooks and tests never build '../x' strings.

In the repository the notebooks are the top-level `notebooks/` folder; an installed wheel carries them
as `presslens/notebooks` (see pyproject.toml), which is used when present.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
ROOT = PACKAGE_DIR.parents[1]
SEEDS_DIR = ROOT / "seeds"
_PACKAGED_NOTEBOOKS = PACKAGE_DIR / "notebooks"
NOTEBOOKS_DIR = _PACKAGED_NOTEBOOKS if _PACKAGED_NOTEBOOKS.is_dir() else ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
GOLD_DIR = ROOT / "tests" / "gold"
