"""Running the notebook suite with papermill and rendering HTML reports with an index page."""
from __future__ import annotations

import html
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import nbformat
import papermill
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError
from tqdm import tqdm

from presslens.paths import NOTEBOOKS_DIR
from presslens.pipeline import cached_analysis, show_progress

KERNEL = "python3"


@dataclass(frozen=True)
class ReportResult:
    """The outcome of one notebook."""

    name: str
    title: str
    summary: str
    html: Path | None
    ok: bool
    error: str
    seconds: float


def suite(only: Sequence[str] | None = None) -> list[Path]:
    """The notebooks of the suite in order (optionally only those whose names start with a prefix in `only`)."""
    notebooks = sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    if only:
        notebooks = [nb for nb in notebooks if any(nb.stem.startswith(p) for p in only)]
        if not notebooks:
            raise ValueError(f"no notebook matches {', '.join(only)}")
    return notebooks


def declared_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters declared in a notebook's `parameters` cell (an error if there is none)."""
    params = papermill.inspect_notebook(str(notebook))
    if not params and not any("parameters" in c.metadata.get("tags", []) for c in nbformat.read(notebook, 4).cells):
        raise ValueError(f"{notebook.name} has no cell tagged 'parameters'")
    return params


def check_parameters(notebook: Path, parameters: dict[str, object]) -> None:
    """Fail loudly, naming it, on any parameter the notebook does not declare (papermill only warns)."""
    declared = declared_parameters(notebook)
    unknown = sorted(set(parameters) - set(declared))
    if unknown:
        raise ValueError(f"unknown parameter(s) for {notebook.name}: {', '.join(unknown)} (declared: {', '.join(sorted(declared))})")


def title_and_summary(notebook: Path) -> tuple[str, str]:
    """The H1 title and the one-line purpose from a notebook's first markdown cell."""
    for cell in nbformat.read(notebook, 4).cells:
        if cell.cell_type == "markdown":
            lines = [ln.strip() for ln in cell.source.splitlines() if ln.strip()]
            title = lines[0].lstrip("# ").strip() if lines else notebook.stem
            return title, (lines[1] if len(lines) > 1 else "")
    return notebook.stem, ""


def render_html(executed: Path, target: Path) -> None:
    """Render an executed notebook to HTML without code cells or prompts."""
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(executed, 4))
    target.write_text(body, encoding="utf-8")


def suite_parameters(corpus: Path, out_dir: Path, notebook: Path) -> dict[str, object]:
    """The parameters every notebook of a report receives: the corpus and its own output folder."""
    return {"corpus_dir": str(corpus.resolve()), "output_dir": str((out_dir / notebook.stem).resolve())}


def run_notebook(notebook: Path, corpus: Path, out_dir: Path, parameters: dict[str, object]) -> ReportResult:
    """Execute one notebook with papermill into `out_dir` and render its HTML, catching its failure."""
    title, summary = title_and_summary(notebook)
    executed = out_dir / "notebooks" / notebook.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{notebook.stem}.html"
    params = {**suite_parameters(corpus, out_dir, notebook), **parameters}
    started = time.perf_counter()
    error = ""
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=params, kernel_name=KERNEL,
                                   progress_bar=False, cwd=str(out_dir))
    except PapermillExecutionError as failure:
        first_line = next((ln.strip() for ln in failure.source.splitlines() if ln.strip()), "")
        error = f"cell {failure.exec_count or failure.cell_index} ({first_line[:60]}): {failure.ename}: {failure.evalue}"
    if executed.is_file():
        render_html(executed, target)
    return ReportResult(notebook.stem, title, summary, target if target.is_file() else None, not error, error,
                        time.perf_counter() - started)


def write_index(results: list[ReportResult], corpus: Path, out_dir: Path) -> Path:
    """Write `index.html` linking every report with its one-line summary and status."""
    items = []
    for r in results:
        link = f'<a href="{html.escape(r.html.name)}">{html.escape(r.title)}</a>' if r.html else html.escape(r.title)
        status = "ok" if r.ok else f"FAILED — {html.escape(r.error)}"
        items.append(f"<li>{link} — {html.escape(r.summary)} <small>({status}; {r.seconds:.0f} s)</small></li>")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>presslens reports</title>"
        "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}small{color:#666}</style>"
        f"</head><body><h1>presslens reports</h1><p>Corpus: <code>{html.escape(str(corpus))}</code></p>"
        f"<ul>{''.join(items)}</ul></body></html>\n"
    )
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def run_reports(corpus: Path, out_dir: Path, parameters: dict[str, object], only: Sequence[str] | None = None) -> list[ReportResult]:
    """Analyse the corpus once, then execute and render every notebook; a failure does not stop the others."""
    notebooks = suite(only)
    for notebook in notebooks:
        check_parameters(notebook, {**suite_parameters(corpus, out_dir, notebook), **parameters})
    out_dir.mkdir(parents=True, exist_ok=True)
    cached_analysis(corpus)
    results = [run_notebook(nb, corpus, out_dir, parameters) for nb in tqdm(notebooks, desc="reports", unit="notebook", disable=not show_progress())]
    write_index(results, corpus, out_dir)
    return results
