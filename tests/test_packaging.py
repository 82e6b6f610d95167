"""A wheel built from the repository installs its dependencies in a fresh environment and renders the four reports."""
from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from presslens.paths import ROOT, SEEDS_DIR

pytestmark = pytest.mark.packaging


def _run(args: list[str], cwd: Path, env: dict[str, str], minutes: float) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output when it fails."""
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=minutes * 60)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def test_a_wheel_installs_and_renders_the_reports(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], tmp_path, env, 5)
    wheels = list(dist.glob("presslens-*.whl"))
    assert len(wheels) == 1
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=True)
    python = fresh / "bin" / "python"
    # Dependencies come from the package registry (or pip's cache): only what pyproject.toml declares.
    _run([str(python), "-m", "pip", "install", "-q", "--prefer-binary", str(wheels[0])], tmp_path, env, 15)
    where = _run([str(python), "-c", "import presslens.paths as p; print(p.NOTEBOOKS_DIR)"], tmp_path, env, 1).stdout.strip()
    assert Path(where).is_relative_to(fresh), where  # the packaged notebooks, not the repository's
    env["PRESSLENS_CACHE_DIR"] = str(tmp_path / "cache")
    done = _run([str(fresh / "bin" / "presslens"), "report", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "reports")], tmp_path, env, 15)
    assert "4 of 4 reports rendered" in done.stdout
    assert len(list((tmp_path / "reports").glob("*.html"))) >= 5  # four reports and the index
