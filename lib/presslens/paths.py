"""Project paths, derived once so notebooks and tests never build '../x' strings."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
ROOT = PACKAGE_DIR.parents[1]
SEEDS_DIR = ROOT / "seeds"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORTS_DIR = ROOT / "reports"
GOLD_DIR = ROOT / "tests" / "gold"
