"""Running the notebook suite with papermill and rendering self-contained HTML reports with an index page.

Order of work in `run_reports`: the parameters are checked (names, types, dates, booleans) before
anything runs, the corpus is analysed once (cached), the outlets asked for are checked against the
corpus, and a filter that leaves no story gives one page saying so. Then the notebooks run in
parallel on one kernel per core (at most one per notebook; see `kernels`), which started when the
report began and run their share of the notebooks one after another. Each is rendered to HTML with the template in
`resources/report_template/` (JupyterLab's, without the require.js, MathJax and Mermaid scripts it
would fetch from a CDN), titled "presslens · <report> · <corpus>". The pipeline (with every analysis),
papermill, nbformat and nbconvert are imported where they are first used, so that the kernels start
while they load (`presslens.cli` imports none of them either).
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from presslens.paths import NOTEBOOKS_DIR, RESOURCES_DIR
from presslens.report.kernels import KERNEL, KERNEL_ARGUMENTS, WarmKernels

TEMPLATE_DIR = RESOURCES_DIR / "report_template"
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ParameterError(ValueError):
    """A notebook parameter that is unknown or malformed; the message names it in one line."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"parameter {name}: {problem}")
        self.name = name


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
    if not notebooks:
        raise ValueError(f"no notebooks found in {NOTEBOOKS_DIR} (expected files named like 00_corpus.ipynb)")
    if only:
        notebooks = [nb for nb in notebooks if any(nb.stem.startswith(p) for p in only)]
        if not notebooks:
            raise ValueError(f"no notebook matches {', '.join(only)}")
    return notebooks


def declared_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters declared in a notebook's `parameters` cell (an error if there is none)."""
    import nbformat
    import papermill

    params = papermill.inspect_notebook(str(notebook))
    if not params and not any("parameters" in c.metadata.get("tags", []) for c in nbformat.read(notebook, 4).cells):
        raise ValueError(f"{notebook.name} has no cell tagged 'parameters'")
    return params


def _date(name: str, value: object) -> str:
    """A YYYY-MM-DD date that exists, or empty."""
    if not isinstance(value, str):
        raise ParameterError(name, f"expected a date YYYY-MM-DD, got {value!r}")
    if value and not DATE.fullmatch(value):
        raise ParameterError(name, f"{value!r} is not a date in the form YYYY-MM-DD")
    if value:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise ParameterError(name, f"{value!r} is not a real date") from None
    return value


def _outlets(name: str, value: object) -> list[str]:
    """A list of outlet names; a single name becomes a one-name list (never split into letters)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
        return list(value)
    raise ParameterError(name, f"expected an outlet name or a list of names, got {value!r}")


def check_value(name: str, value: object, declared_type: str) -> object:
    """One parameter value checked against its meaning (dates, outlets) or its declared type; returns it normalised."""
    if name in ("start_date", "end_date"):
        return _date(name, value)
    if name == "outlets":
        return _outlets(name, value)
    types: dict[str, type | tuple[type, ...]] = {"bool": bool, "str": str, "int": int, "float": (int, float), "list": list, "dict": dict}
    expected = types.get(declared_type)
    if expected is bool and not isinstance(value, bool):
        raise ParameterError(name, f"expected true or false, got {value!r}")
    if expected is not None and expected is not bool and (not isinstance(value, expected) or isinstance(value, bool)):
        raise ParameterError(name, f"expected a {declared_type}, got {value!r}")
    return value


def check_parameters(notebook: Path, parameters: dict[str, object]) -> dict[str, object]:
    """The parameters checked against what the notebook declares; an unknown or malformed one raises ParameterError."""
    declared = declared_parameters(notebook)
    for name in sorted(parameters):
        if name not in declared:
            raise ParameterError(name, f"unknown for {notebook.name} (declared: {', '.join(sorted(declared))})")
    checked = {name: check_value(name, value, declared[name].get("inferred_type_name", "None"))
               for name, value in parameters.items()}
    start, end = str(checked.get("start_date", "")), str(checked.get("end_date", ""))  # `_date` gives strings
    if start and end and start > end:
        raise ParameterError("end_date", f"{end} is before start_date {start}")
    return checked


def check_outlets(corpus: Path, wanted: Sequence[str]) -> list[str]:
    """The outlets asked for, as the tables spell them ('' for '(outlet unknown)'); an unknown one raises ParameterError."""
    from presslens.pipeline import cached_analysis
    from presslens.store.tables import read_table
    from presslens.views.figures import UNKNOWN_OUTLET, outlet_names  # here: presslens.views.figures loads matplotlib

    known = sorted(set(outlet_names(read_table(cached_analysis(corpus), "articles", ["outlet"])["outlet"])))
    missing = [o for o in wanted if o not in known]
    if missing:
        raise ParameterError("outlets", f"{', '.join(map(repr, missing))} not in this corpus (known: {', '.join(known)})")
    return ["" if o == UNKNOWN_OUTLET else o for o in wanted]


def title_and_summary(notebook: Path) -> tuple[str, str]:
    """The H1 title (without its number) and the one-line purpose from a notebook's first markdown cell."""
    import nbformat

    for cell in nbformat.read(notebook, 4).cells:
        if cell.cell_type == "markdown":
            lines = [ln.strip() for ln in cell.source.splitlines() if ln.strip()]
            title = lines[0].lstrip("# ").strip() if lines else notebook.stem
            return re.sub(r"^\d+\s*·\s*", "", title), (lines[1] if len(lines) > 1 else "")
    return notebook.stem, ""


def page_title(report: str, corpus: Path) -> str:
    """The <title> of a report page: 'presslens · <report> · <corpus>'."""
    return f"presslens · {report} · {corpus_name(corpus)}"


def corpus_name(corpus: Path) -> str:
    """The name a corpus goes by in titles: its folder (or file) name."""
    return corpus.resolve().name


def render_html(executed: Path, target: Path, title: str) -> None:
    """Render an executed notebook to self-contained HTML without code cells or prompts."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                            extra_template_basedirs=[str(TEMPLATE_DIR.parent)], template_name=TEMPLATE_DIR.name)
    notebook = nbformat.read(executed, 4)
    notebook.metadata["title"] = title
    body, _ = exporter.from_notebook_node(notebook)
    target.write_text(body, encoding="utf-8")


def suite_parameters(corpus: Path, out_dir: Path, notebook: Path) -> dict[str, object]:
    """The parameters every notebook of a report receives: the corpus and its own output folder."""
    return {"corpus_dir": str(corpus.resolve()), "output_dir": str((out_dir / notebook.stem).resolve())}


def run_notebook(notebook: Path, corpus: Path, out_dir: Path, parameters: dict[str, object],
                 kernel: AsyncKernelManager | None = None) -> ReportResult:
    """Execute one notebook with papermill into `out_dir` (on a running `kernel`, left running, else on a kernel
    of its own) and render its HTML, catching its failure. The executed notebook is written once at the end,
    not after every cell."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    title, summary = title_and_summary(notebook)
    executed = out_dir / "notebooks" / notebook.name
    executed.parent.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{notebook.stem}.html"
    params = {**suite_parameters(corpus, out_dir, notebook), **parameters}
    started = time.perf_counter()
    error = ""
    try:
        papermill.execute_notebook(str(notebook), str(executed), parameters=params, kernel_name=KERNEL,
                                   progress_bar=False, request_save_on_cell_execute=False,
                                   extra_arguments=KERNEL_ARGUMENTS, km=kernel)
    except PapermillExecutionError as failure:
        first_line = next((ln.strip() for ln in failure.source.splitlines() if ln.strip()), "")
        error = f"cell {failure.exec_count or failure.cell_index} ({first_line[:60]}): {failure.ename}: {failure.evalue}"
    if executed.is_file():
        render_html(executed, target, page_title(title, corpus))
    return ReportResult(notebook.stem, title, summary, target if target.is_file() else None, not error, error,
                        time.perf_counter() - started)


INDEX_STYLE = ("body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5;padding:0 1em}"
               "small{color:#555}.note{background:#fff4d6;padding:.8em 1em}")


def write_page(out_dir: Path, title: str, body: str) -> Path:
    """Write `index.html`: a plain page with no external resource."""
    page = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{INDEX_STYLE}</style></head><body>{body}</body></html>\n")
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def corpus_line(corpus: Path, n_stories: int, n_outlets: int) -> str:
    """The index's sentence naming the analysed corpus."""
    return (f"<p>Corpus analysed: <strong>{html.escape(corpus_name(corpus))}</strong> "
            f"(<code>{html.escape(str(corpus.resolve()))}</code>): {n_stories} stories from {n_outlets} outlets.</p>")


def write_index(results: list[ReportResult], corpus: Path, out_dir: Path, described: str = "") -> Path:
    """Write `index.html` naming the corpus and linking every report with its one-line summary and status."""
    items = []
    for r in results:
        link = f'<a href="{html.escape(r.html.name)}">{html.escape(r.title)}</a>' if r.html else html.escape(r.title)
        status = "ok" if r.ok else f"FAILED — {html.escape(r.error)}"
        items.append(f"<li>{link} — {html.escape(r.summary)} <small>({status}; {r.seconds:.0f} s)</small></li>")
    return write_page(out_dir, page_title("Reports", corpus),
                      f"<h1>presslens reports</h1>{described}<ul>{''.join(items)}</ul>")


def describe_selection(parameters: dict[str, object]) -> str:
    """The filters in words: 'outlets Dawn; from 2024-01-01; only relevant stories'."""
    from presslens.views.figures import UNKNOWN_OUTLET

    parts = []
    outlets = parameters.get("outlets")
    if isinstance(outlets, list) and outlets:  # `check_parameters` makes outlets a list of names
        parts.append("outlets " + ", ".join(str(o) or UNKNOWN_OUTLET for o in outlets))
    if parameters.get("start_date"):
        parts.append(f"published on or after {parameters['start_date']}")
    if parameters.get("end_date"):
        parts.append(f"published on or before {parameters['end_date']}")
    if parameters.get("only_relevant", True):
        parts.append("relevant to the crisis")
    return "; ".join(parts)


def run_reports(corpus: Path, out_dir: Path, parameters: dict[str, object], only: Sequence[str] | None = None,
                workers: int | None = None) -> list[ReportResult]:
    """Check the parameters, analyse the corpus once, then execute and render every notebook in parallel.

    A failing notebook does not stop the others. When the filters leave no story, no notebook runs:
    `index.html` says which filters matched nothing, and the result list is empty.
    """
    notebooks = suite(only)
    workers = max(1, min(workers or os.cpu_count() or 1, len(notebooks)))
    with WarmKernels[ReportResult](workers) as kernels:
        return _checked_run(kernels, notebooks, corpus, out_dir, parameters)


def _checked_run(kernels: WarmKernels[ReportResult], notebooks: list[Path], corpus: Path, out_dir: Path,
                 parameters: dict[str, object]) -> list[ReportResult]:
    """`run_reports` once its kernels are starting."""
    from presslens.pipeline import cached_analysis, selected_articles
    from presslens.store.tables import read_table

    corpus, out_dir = corpus.resolve(), out_dir.resolve()  # the notebooks run in threads: no relative path
    checked: dict[str, object] = dict(parameters)
    for notebook in notebooks:
        checked = check_parameters(notebook, {**suite_parameters(corpus, out_dir, notebook), **parameters})
    user = {name: checked[name] for name in parameters}
    outlets: list[str] = []
    if "outlets" in user:
        outlets = user["outlets"] = check_outlets(corpus, _outlets("outlets", user["outlets"]))  # checked: a list of names
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = selected_articles(read_table(cached_analysis(corpus), "articles"), only_relevant=bool(user.get("only_relevant", True)),
                                 outlets=outlets, start_date=str(user.get("start_date", "")), end_date=str(user.get("end_date", "")))
    described = corpus_line(corpus, len(articles), articles["outlet"].nunique())
    if articles.empty:
        write_page(out_dir, page_title("No stories match", corpus),
                   f"<h1>No stories match</h1>{corpus_line(corpus, 0, 0)}<p class='note'>No stories match "
                   f"the filters ({html.escape(describe_selection(user))}). Widen the dates, check the outlet "
                   "names, or set only_relevant to false.</p>")
        return []
    results = kernels.run([partial(run_notebook, nb, corpus, out_dir, user) for nb in notebooks])
    write_index(results, corpus, out_dir, described)
    return results
