"""An output folder that is never stale, partial or mixed: one run at a time, written aside, moved in whole.

`atomic_output(out)` takes a lock beside `out` (a second run into the same folder stops with one line),
yields a fresh staging folder beside it, and when the block ends without error replaces `out` by the
staging folder in two renames. A run that fails or is killed leaves the previous `out` as it was (a kill
between the two renames leaves none); its staging folder is removed by the next run.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

MANIFEST = "manifest.json"
_OUTPUT_SUFFIXES = {".csv", ".parquet"}


class OutputError(ValueError):
    """The output folder cannot be used (busy, or holding files presslens did not write)."""


def _foreign_files(out: Path) -> list[str]:
    """Names in `out` that no presslens run writes (tables and the manifest are ours)."""
    return sorted(p.name for p in out.iterdir() if p.name != MANIFEST and (p.is_dir() or p.suffix not in _OUTPUT_SUFFIXES))


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A staging folder whose content replaces `out` as a whole when the block ends without error."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder")
    if out.is_dir() and _foreign_files(out):
        raise OutputError(f"--out {out} holds files presslens did not write ({', '.join(_foreign_files(out)[:3])}); "
                          "choose an empty folder or an earlier output folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f".{out.name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"another presslens run is writing into {out}; wait for it to end or choose another --out") from None
        for stale in out.parent.glob(f".{out.name}.partial-*"):  # left by a run that was killed (we hold the lock)
            shutil.rmtree(stale, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
        try:
            yield staging
            _replace(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _replace(staging: Path, out: Path) -> None:
    """Put `staging` in the place of `out` (the previous `out` is removed once the new one is in place)."""
    previous = out.parent / f".{out.name}.partial-previous"
    if out.exists():
        shutil.rmtree(previous, ignore_errors=True)
        out.rename(previous)
    staging.rename(out)
    shutil.rmtree(previous, ignore_errors=True)


def write_manifest(folder: Path, corpus: Path, version: str, counts: dict[str, int], tables: dict[str, int]) -> None:
    """Write `manifest.json`: corpus, library version, counts, rows per table, and the time the run ended."""
    manifest = {
        "corpus": str(Path(corpus).resolve()),
        "presslens_version": version,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        **counts,
        "tables": tables,
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    with open(folder / MANIFEST, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
