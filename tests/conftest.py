"""Shared fixtures: the seed corpus, loaded once, and an isolated analysis cache."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from presslens.ingestion.corpus import CorpusResult, load_corpus
from presslens.paths import SEEDS_DIR


def pytest_configure(config: pytest.Config) -> None:
    """Keep the analysis cache of test runs out of reports/ (notebook kernels inherit the variable)."""
    os.environ["PRESSLENS_CACHE_DIR"] = tempfile.mkdtemp(prefix="presslens-test-cache-")


@pytest.fixture(scope="session")
def seed_corpus() -> CorpusResult:
    """The bundled seeds, cleaned and split into stories."""
    return load_corpus(SEEDS_DIR)


@pytest.fixture(scope="session")
def seed_articles(seed_corpus: CorpusResult) -> dict[tuple[str, int], object]:
    """Seed stories keyed by (file, story_index)."""
    return {(a.source_file, a.story_index): a for a in seed_corpus.articles}


@pytest.fixture
def seeds_without_metadata(tmp_path: Path) -> Path:
    """A copy of the seeds with no metadata.csv, so that everything must be inferred from the text."""
    for path in SEEDS_DIR.glob("*.txt"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path
