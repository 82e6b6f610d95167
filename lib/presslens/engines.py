"""The engines an analysis can run on, the defaults of a run and the error an engine gives.

Kept apart from `presslens.pipeline` so that the command line can offer them without importing the
analyses: `presslens report` then starts its kernels before it loads the pipeline.
"""
from __future__ import annotations

ENGINES = ("local", "processes", "dask")
DEFAULT_BATCH = 256
DEFAULT_ARTICLE_TIMEOUT = 600.0  # seconds for one article's analyses; a 20 MB article takes far less


class EngineError(RuntimeError):
    """The engine cannot run the analysis (no Dask worker, scheduler lost); said in one line."""
