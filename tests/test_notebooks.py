"""Every notebook runs through papermill on the seeds; parameters are declared, checked and shared."""
from __future__ import annotations

import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from presslens.cli import main
from presslens.paths import NOTEBOOKS_DIR, SEEDS_DIR
from presslens.report import render as report
from presslens.report.render import ParameterError, check_value, declared_parameters, run_reports

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
SHARED = {"corpus_dir", "output_dir", "outlets", "start_date", "end_date", "only_relevant"}


def test_the_suite_is_complete():
    assert [nb.name for nb in NOTEBOOKS][:1] == ["00_corpus.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean_with_one_parameters_cell(notebook):
    nb = nbformat.read(notebook, 4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert SHARED <= set(declared_parameters(notebook)), "papermill cannot read every shared parameter (a comment with '=' breaks it)"
    assert not any("def " in c.source or "class " in c.source for c in nb.cells if c.cell_type == "code")


def test_unknown_parameter_fails_loudly_naming_it(tmp_path):
    with pytest.raises(ParameterError, match="^parameter corpus_dri: unknown for 00_corpus.ipynb"):
        run_reports(SEEDS_DIR, tmp_path, {"corpus_dri": "x"}, ["00"])


def test_failing_notebook_is_named_others_still_render(tmp_path, monkeypatch):
    books = tmp_path / "notebooks"
    books.mkdir()
    params = new_code_cell('corpus_dir: str = ""  # corpus\noutput_dir: str = ""  # out', metadata={"tags": ["parameters"]})
    good = new_notebook(cells=[new_markdown_cell("# Good\nWorks."), params, new_code_cell("print('fine')")])
    bad = new_notebook(cells=[new_markdown_cell("# Bad\nBreaks."), params, new_code_cell("1 / 0")])
    for name, nb in (("10_good.ipynb", good), ("05_bad.ipynb", bad)):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, books / name)
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", books)
    out = tmp_path / "out"
    results = run_reports(SEEDS_DIR, out, {})
    assert [(r.name, r.ok) for r in results] == [("05_bad", False), ("10_good", True)]
    assert results[0].error == "cell 3 (1 / 0): ZeroDivisionError: division by zero"
    assert (out / "10_good.html").is_file() and (out / "05_bad.html").is_file()
    assert "FAILED" in (out / "index.html").read_text()


def test_markup_in_article_text_is_shown_as_text(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "xss.txt").write_text(
        "Iran and Pakistan strikes <script>alert('presslens-xss')</script>\n\n"
        "Pakistan said Iran's missile and drone strikes across the border in Balochistan were a violation; "
        "Iran said it hit Jaish al-Adl militants. <b>bold</b> <img src=x onerror=alert(1)>\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    results = run_reports(corpus, out, {"only_relevant": False}, ["00"])
    assert results[0].ok, results[0].error
    page = (out / "00_corpus.html").read_text(encoding="utf-8")
    assert "<script>alert('presslens-xss')" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(" in page


def test_cli_values_are_typed():
    from presslens.cli import _parse_value

    assert _parse_value('["Arab News", "Dawn"]') == ["Arab News", "Dawn"]
    assert _parse_value("false") is False and _parse_value("False") is False
    assert _parse_value("2024-01-16") == "2024-01-16"
    assert json.loads("3") == _parse_value("3")


@pytest.mark.parametrize("name, value, message", [
    ("start_date", "18/01/2024", "parameter start_date: '18/01/2024' is not a date in the form YYYY-MM-DD"),
    ("end_date", "2024-02-30", "parameter end_date: '2024-02-30' is not a real date"),
    ("only_relevant", "yes", "parameter only_relevant: expected true or false, got 'yes'"),
    ("only_relevant", "1", "parameter only_relevant: expected true or false, got 1"),
    ("outlets", "Dawn", "parameter outlets: 'Dawn' not in this corpus (known: Arab News, Caspian News, Defense Mirror, "
                        "France 24, Meritnews24)"),
    ("outlets", '["France 24", 3]', "parameter outlets: expected an outlet name or a list of names, got ['France 24', 3]"),
    ("colour", "red", "parameter colour: unknown for 00_corpus.ipynb"),
])
def test_bad_parameters_refused_in_one_line_before_any_notebook_runs(tmp_path, capsys, name, value, message):
    out = tmp_path / "out"
    assert main(["report", "--corpus", str(SEEDS_DIR), "--out", str(out), "-p", name, value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"presslens: error: {message}")
    assert not (out / "notebooks").exists() and not list(out.rglob("*.html"))


def test_start_after_end_refused():
    nb = NOTEBOOKS_DIR / "00_corpus.ipynb"
    with pytest.raises(ParameterError, match="^parameter end_date: 2024-01-01 is before start_date 2024-02-01$"):
        report.check_parameters(nb, {"start_date": "2024-02-01", "end_date": "2024-01-01"})


def test_outlets_one_name_or_a_list_never_letters():
    assert check_value("outlets", "France 24", "list") == ["France 24"]
    assert check_value("outlets", ["Dawn", "France 24"], "list") == ["Dawn", "France 24"]
    assert check_value("outlets", [], "list") == []
    assert check_value("start_date", "2024-02-29", "str") == "2024-02-29"


def test_a_filter_matching_nothing_gives_one_clear_page(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["report", "--corpus", str(SEEDS_DIR), "--out", str(out), "-p", "start_date", "2030-01-01"]) == 0
    assert "no stories match" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<title>presslens · No stories match · seeds</title>" in page
    assert "No stories match the filters (published on or after 2030-01-01; relevant to the crisis)" in page


def test_report_help_lists_the_notebook_parameters(capsys):
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = capsys.readouterr().out
    for name in sorted(SHARED):
        assert f"\n  {name}: " in text


def test_no_notebooks_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", tmp_path)
    assert main(["report", "--corpus", str(SEEDS_DIR), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == f"presslens: error: no notebooks found in {tmp_path} (expected files named like 00_corpus.ipynb)\n"


def test_a_reused_kernel_keeps_no_variable_of_the_notebook_before(tmp_path, monkeypatch):
    def write(name: str, code: str) -> None:
        parameters = new_code_cell('corpus_dir: str = ""\noutput_dir: str = ""', metadata={"tags": ["parameters"]})
        notebook = new_notebook(cells=[new_markdown_cell(f"# {name}\nA test."), parameters, new_code_cell(code)])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(notebook, tmp_path / f"{name}.ipynb")

    write("00_sets", "left_behind = 1\nimport presslens.views.figures")
    write("01_reads", "import sys\nassert 'presslens.views.figures' in sys.modules  # the same, warm kernel\nleft_behind")
    monkeypatch.setattr(report, "NOTEBOOKS_DIR", tmp_path)
    first, second = run_reports(SEEDS_DIR, tmp_path / "out", {}, workers=1)
    assert first.ok and not second.ok
    assert second.error.endswith("NameError: name 'left_behind' is not defined")
