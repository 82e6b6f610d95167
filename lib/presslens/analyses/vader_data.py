"""The VADER lexicon for NLTK, installed offline from the `vaderSentiment` wheel into a managed nltk data folder.

NLTK >= 3.10.3 loads only files inside a folder on `nltk.data.path` (absolute paths are refused), and
its lexicon parser crashes on a trailing newline. So the lexicon shipped in `vaderSentiment` is
written, without trailing newlines, to `<data dir>/sentiment/vader_lexicon.zip` (member
`vader_lexicon/vader_lexicon.txt`), that folder goes first on `nltk.data.path`, and
`SentimentIntensityAnalyzer()` is built with its default lexicon name. Nothing is downloaded.

The data folder is `$PRESSLENS_NLTK_DATA` if set, else `$XDG_CACHE_HOME/presslens/nltk_data`
(default `~/.cache/...`), else a per-user folder in the system temp directory when the home is not
writable. The zip is written to a temporary file and renamed into place, so concurrent processes
never see a half-written file; an existing zip is reused when its lexicon equals the packaged one.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import nltk.data
from nltk.sentiment.vader import SentimentIntensityAnalyzer

ENV_VAR = "PRESSLENS_NLTK_DATA"
ZIP_RELATIVE = Path("sentiment") / "vader_lexicon.zip"
MEMBER = "vader_lexicon/vader_lexicon.txt"
NLTK_RESOURCE = f"sentiment/vader_lexicon.zip/{MEMBER}"


def packaged_lexicon() -> str:
    """The VADER lexicon text shipped in the `vaderSentiment` wheel, without trailing line breaks."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    return text.rstrip("\r\n")


def candidate_data_dirs() -> list[Path]:
    """Folders to try for the managed nltk data, in order of preference."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return [Path(env).expanduser()]
    cache_home = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return [Path(cache_home) / "presslens" / "nltk_data", Path(tempfile.gettempdir()) / f"presslens-{user}" / "nltk_data"]


def _zip_holds(path: Path, lexicon: str) -> bool:
    """True when `path` is a readable zip whose lexicon member equals `lexicon`."""
    try:
        with zipfile.ZipFile(path) as archive:
            stored = archive.read(MEMBER).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return False
    return hashlib.sha256(stored.encode()).digest() == hashlib.sha256(lexicon.encode()).digest()


def write_lexicon_zip(data_dir: Path, lexicon: str) -> Path:
    """Install `lexicon` as `data_dir`/sentiment/vader_lexicon.zip atomically (temp file + rename); return the zip path."""
    target = data_dir / ZIP_RELATIVE
    if _zip_holds(target, lexicon):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".vader_lexicon-", suffix=".zip", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MEMBER, lexicon)
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target


def install_lexicon() -> Path:
    """Install the packaged lexicon into the first writable data folder, put it first on `nltk.data.path`; return the folder."""
    lexicon = packaged_lexicon()
    errors: list[str] = []
    for data_dir in candidate_data_dirs():
        try:
            write_lexicon_zip(data_dir, lexicon)
        except OSError as exc:
            errors.append(f"{data_dir}: {exc}")
            continue
        folder = str(data_dir)
        if folder in nltk.data.path:
            nltk.data.path.remove(folder)
        nltk.data.path.insert(0, folder)
        return data_dir
    raise OSError("cannot install the VADER lexicon in any data folder: " + "; ".join(errors))


@lru_cache(maxsize=1)
def nltk_vader() -> SentimentIntensityAnalyzer:
    """Plain NLTK SentimentIntensityAnalyzer on the packaged lexicon (the benchmark baseline; built once per process)."""
    install_lexicon()
    return SentimentIntensityAnalyzer()
