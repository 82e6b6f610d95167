"""Project paths, derived once so notebooks and tests never build '../x' strings.

In the repository the notebooks, seeds and gold sets are the top-level `notebooks/`, `seeds/` and
`tests/gold/` (with the development sets in `tests/fixtures/`); an installed wheel carries them inside
the package (`presslens/notebooks`, `presslens/seeds`, `presslens/gold`, `presslens/fixtures`, see
pyproject.toml), which are used when present.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR / "resources"
ROOT = PACKAGE_DIR.parents[1]


def _packaged_or(name: str, in_repository: Path) -> Path:
    """The package's own copy of a folder (an installed wheel), else the repository's."""
    packaged = PACKAGE_DIR / name
    return packaged if packaged.is_dir() else in_repository


SEEDS_DIR = _packaged_or("seeds", ROOT / "seeds")
NOTEBOOKS_DIR = _packaged_or("notebooks", ROOT / "notebooks")
GOLD_DIR = _packaged_or("gold", ROOT / "tests" / "gold")  # its parent holds `fixtures/` in both layouts
REPORTS_DIR = ROOT / "reports"
