"""Output that is never stale, partial or mixed: manifest, empty tables, one run at a time, faults leave the previous output."""
from __future__ import annotations

import errno
import fcntl
import json
import subprocess
import sys
from pathlib import Path

from presslens import pipeline
from presslens.cli import main
from presslens.store.tables import SCHEMAS, TableWriter

STORY = (
    "Iran and Pakistan trade strikes across the border\n\n"
    "ISLAMABAD: Pakistan said on Thursday it had carried out retaliatory air strikes on militant hideouts "
    "in Iran's Sistan-Baluchestan province, two days after Iranian missile and drone strikes hit Balochistan.\n"
)
QUIET = "Market day in the old town\n\nThe market in the old town was busy again this morning and prices were steady.\n"


def _corpus(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_manifest_and_every_table_written_even_when_empty(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {"quiet.txt": QUIET})
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out"), "--no-cache"]) == 0
    out = tmp_path / "out"
    manifest = json.loads((out / "manifest.json").read_text())
    assert {k: v for k, v in manifest.items() if k != "finished"} == {
        "corpus": str(corpus.resolve()), "presslens_version": pipeline.__version__,
        "n_articles": 1, "n_skipped": 0, "n_notes": 0, "n_cached": 0,
        "tables": {"articles": 1, "boilerplate": 0, "event_clusters": 0, "events": 0, "labels": 0, "quotes": 0,
                   "sentences": 1, "skipped": 0, "time_expressions": 1,  # "this morning"
                   # one row per frame and per voice (rows with a score of 0): counts the framing and tone modules set
                   "frames": manifest["tables"]["frames"], "voice_tone": manifest["tables"]["voice_tone"]},
    }
    assert (out / "quotes.csv").read_text() == ",".join(SCHEMAS["quotes"]) + "\n"
    assert (out / "skipped.csv").read_text() == "source_file,location,reason\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "corpus", "out"]  # no staging folder left


def test_rerun_after_fixing_a_bad_file_gives_a_skipped_table_without_it(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {"good.txt": STORY, "broken.txt": ""})
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out)]) == 0
    assert (out / "skipped.csv").read_text() == "source_file,location,reason\nbroken.txt,,empty file\n"
    (corpus / "broken.txt").write_text(QUIET, encoding="utf-8")
    assert main(["analyze", str(corpus), "--out", str(out)]) == 0
    assert (out / "skipped.csv").read_text() == "source_file,location,reason\n"
    assert json.loads((out / "manifest.json").read_text())["tables"]["articles"] == 2


def test_a_run_killed_midway_leaves_the_previous_output(tmp_path):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": STORY, "b.txt": QUIET, "c.txt": STORY})
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--no-cache"]) == 0
    before = _snapshot(out)
    (corpus / "d.txt").write_text(QUIET, encoding="utf-8")
    killer = (
        "import os, signal, sys\n"
        "from presslens import pipeline\n"
        "seen = []\n"
        "def dying(article, *args, **kwargs):\n"
        "    seen.append(article)\n"
        "    if len(seen) == 3:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return original(article, *args, **kwargs)\n"
        "original, pipeline.analysis_results = pipeline.analysis_results, dying\n"
        "pipeline.analyze_corpus(sys.argv[1], sys.argv[2], batch_size=1)\n"
    )
    run = subprocess.run([sys.executable, "-c", killer, str(corpus), str(out)], capture_output=True, text=True)
    assert run.returncode == -9
    assert _snapshot(out) == before
    assert main(["analyze", str(corpus), "--out", str(out), "--no-cache"]) == 0  # the next run clears the leftovers
    assert json.loads((out / "manifest.json").read_text())["n_articles"] == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "corpus", "out"]


def test_a_second_run_into_the_same_folder_stops_with_one_line(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": STORY})
    out = tmp_path / "out"
    with open(tmp_path / ".out.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a first run holds it
        assert main(["analyze", str(corpus), "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"presslens: error: another presslens run is writing into {out}; wait for it to end or choose another --out"
    ]
    assert not out.exists()


def test_a_folder_holding_other_files_is_not_replaced(tmp_path, capsys):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": STORY})
    out = _corpus(tmp_path / "out", {"notes.txt": "mine"})
    assert main(["analyze", str(corpus), "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"presslens: error: --out {out} holds files presslens did not write (notes.txt); "
        "choose an empty folder or an earlier output folder"
    ]
    assert _snapshot(out) == {"notes.txt": b"mine"}


def test_a_full_disk_gives_one_line_and_leaves_the_previous_output(tmp_path, capsys, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", {"a.txt": STORY, "b.txt": QUIET})
    out = tmp_path / "out"
    assert main(["analyze", str(corpus), "--out", str(out), "--batch-size", "1"]) == 0
    before = _snapshot(out)
    capsys.readouterr()
    written = TableWriter.write

    def full_disk(self, name, rows):
        if name == "sentences" and (self.out_dir / "sentences.csv").exists():
            raise OSError(errno.ENOSPC, "No space left on device", str(self.out_dir / "sentences.csv"))
        written(self, name, rows)

    monkeypatch.setattr(TableWriter, "write", full_disk)
    assert main(["analyze", str(corpus), "--out", str(out), "--batch-size", "1"]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("presslens: error: No space left on device (") and line.endswith(
        "/sentences.csv); the previous output, if any, is unchanged")
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "corpus", "out"]
