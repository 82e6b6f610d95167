"""Reading corpus files into raw documents: encodings, binary and oversized files, CSV/JSONL/HTML.

Nothing is dropped silently: every file or row that cannot be used becomes a `Skipped` record
with a reason a person can act on.
"""
from __future__ import annotations

import csv
import errno
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from presslens.settings import RESOURCE_FILES

MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # one article is never this long; an archive belongs in CSV/JSONL
MAX_ROW_TEXT_CHARS = MAX_TEXT_FILE_BYTES  # the text of one CSV/JSONL row
MAX_FIELD_CHARS = 10_000  # title, outlet, published, url, byline of one row
MAX_LINE_CHARS = MAX_ROW_TEXT_CHARS + 1_000_000  # one JSONL line or CSV field, the row's text and its fields
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"),
         (b"\xef\xbb\xbf", "utf-8-sig"))  # UTF-32 first: its little-endian mark begins with UTF-16's
_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes the 'surrogateescape' error handler kept undecoded
CONTROL_FILES = {"metadata.csv", *RESOURCE_FILES}  # a corpus folder's own resource files are not articles
ROW_FIELDS = ("title", "outlet", "published", "url", "byline")
_NON_CONTROL_BYTES = bytes([9, 10, 12, 13, *range(32, 256)])  # tab, newline, form feed, return and printable bytes

MAX_CONTROL_FIELD_CHARS = 10_000  # one field of metadata.csv, actors.csv or a resource override
csv.field_size_limit(MAX_LINE_CHARS)  # fixed once: every CSV the library reads has the same limit


@dataclass(frozen=True)
class RawDocument:
    """Text as read from one file or one row, with any metadata the source itself carried."""

    source_file: str
    text: str
    location: str = ""  # "row 3" for table rows, "" for whole files
    structured: bool = False  # True when the source gave the body apart from headline and metadata
    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    byline: str = ""


@dataclass(frozen=True)
class Skipped:
    """A file or row that could not be used, and why."""

    source_file: str
    location: str
    reason: str

    def record(self) -> dict[str, str]:
        """The row of the `skipped` table."""
        return {"source_file": self.source_file, "location": self.location, "reason": self.reason}


class Note(Skipped):
    """A repair made to a file or row that was still read (e.g. NUL bytes removed); listed in `skipped` too."""


def corpus_entries(corpus: Path, follow_symlinks: bool = False) -> list[Path | Skipped]:
    """The files of a corpus folder (recursively, sorted, hidden and control files left out) or the file itself,
    and a Skipped record for each entry that is not a readable file: a FIFO, socket or device, a folder named
    like an article file, a dangling link, a symbolic link loop, a link that leaves the corpus folder (unless
    `follow_symlinks`). Nothing is opened here, so a FIFO cannot block the run."""
    if not corpus.is_dir():
        reason = _entry_problem(corpus, corpus.resolve().parent, True)
        return [Skipped(corpus.name, "", reason) if reason else corpus]
    root = corpus.resolve()
    found: list[Path | Skipped] = []
    _walk(corpus, corpus, root, follow_symlinks, found, set())
    return sorted(found, key=lambda item: item.relative_to(corpus).parts if isinstance(item, Path) else tuple(item.source_file.split("/")))


def _walk(folder: Path, corpus: Path, root: Path, follow: bool, found: list[Path | Skipped], seen: set[Path]) -> None:
    """Add the entries of `folder` (and its sub-folders) to `found`; `seen` holds the real folders already walked."""
    seen.add(folder.resolve())
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        path = Path(entry.path)
        name = path.relative_to(corpus).as_posix()
        if entry.name.startswith(".") or entry.name in CONTROL_FILES:
            continue
        reason = _entry_problem(path, root, follow)
        if reason:
            found.append(Skipped(name, "", reason))
        elif path.is_dir():
            if path.suffix.lower() in READABLE_SUFFIXES:
                found.append(Skipped(name, "", "a folder, not a file (the files inside it are read)"))
            if path.resolve() not in seen:
                _walk(path, corpus, root, follow, found, seen)
        else:
            found.append(path)


def _entry_problem(path: Path, root: Path, follow: bool) -> str:
    """Why a folder entry cannot be read as a file or walked as a folder ("" when it can)."""
    try:
        mode = path.stat().st_mode  # follows links
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return f"dangling symbolic link (to {os.readlink(path)})"
        return f"cannot read: {error.strerror}"
    if path.is_symlink() and not follow and not path.resolve().is_relative_to(root):
        return f"symbolic link to {path.resolve()}, outside the corpus folder (not followed; use --follow-symlinks)"
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return ""
    kind = "FIFO (named pipe)" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"
    return f"not a regular file: a {kind}"


def corpus_files(corpus: Path, follow_symlinks: bool = False) -> list[Path]:
    """The readable files of a corpus (see corpus_entries)."""
    return [item for item in corpus_entries(corpus, follow_symlinks) if isinstance(item, Path)]


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: over 5 % control characters (NUL included) in the first 8 KiB."""
    head = data[:8192]
    controls = len(head.translate(None, _NON_CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def bom_encoding(data: bytes) -> str:
    """The encoding a byte-order mark at the start of `data` names ("" when there is none)."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    return ""


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes by their byte-order mark (UTF-8/16/32), else as UTF-8, else Windows-1252, else Latin-1;
    return (text, encoding). A file with a UTF-16/32 mark that does not decode raises UnicodeDecodeError."""
    marked = bom_encoding(data)
    if marked:
        return data.decode(marked), marked.replace("-sig", "")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _display_size(n_bytes: int) -> str:
    """A byte count for messages, e.g. '50.0 MB'."""
    return f"{n_bytes / 1024 / 1024:.1f} MB"


def without_nul(text: str, name: str, location: str) -> tuple[str, list[Note]]:
    """The text with NUL characters removed, and a note saying how many were (none when there were none)."""
    count = text.count("\x00")
    if not count:
        return text, []
    return text.replace("\x00", ""), [Note(name, location, f"{count} NUL byte(s) removed; the story was kept")]


def read_documents(path: Path, root: Path) -> Iterator[RawDocument | Skipped]:
    """Yield the raw documents of one corpus file, or Skipped records (and Notes) for what cannot be read as is."""
    name = path.relative_to(root).as_posix() if path != root else path.name
    suffix = path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        yield Skipped(name, "", f"unsupported file type '{suffix or '(none)'}' (use .txt, .html, .csv or .jsonl)")
        return
    try:
        size = path.stat().st_size
        if suffix in TABLE_SUFFIXES:
            yield from _read_table(path, name, suffix) if size else [Skipped(name, "", "empty file")]
            return
        if size > MAX_TEXT_FILE_BYTES:
            yield Skipped(name, "", f"file too large for one article ({_display_size(size)} > {_display_size(MAX_TEXT_FILE_BYTES)}); put archives in CSV or JSONL")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Skipped(name, "", f"cannot read file: {error.strerror}")
        return
    if not data:
        yield Skipped(name, "", "empty file")
        return
    if not bom_encoding(data) and looks_binary(data):
        yield Skipped(name, "", "binary file, not text")
        return
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as error:
        yield Skipped(name, "", f"starts with a {error.encoding} byte-order mark but does not decode as {error.encoding}")
        return
    text, notes = without_nul(text, name, "")
    yield from notes
    if not text.strip():
        yield Skipped(name, "", "file holds only white space")
        return
    if suffix in HTML_SUFFIXES:
        yield from _read_html(text, name)
    else:
        yield RawDocument(name, text)


def _read_html(html: str, name: str) -> Iterator[RawDocument | Skipped]:
    """Extract the main text and metadata of an HTML page with trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    extracted = {} if document is None else document if isinstance(document, dict) else document.as_dict()  # a Document unless as_dict=True
    if not (extracted.get("text") or "").strip():
        yield Skipped(name, "", "HTML page without extractable article text")
        return
    yield RawDocument(
        name,
        extracted["text"],
        structured=True,
        title=extracted.get("title") or "",
        outlet=extracted.get("sitename") or "",
        published=extracted.get("date") or "",
        url=extracted.get("url") or "",
        byline=extracted.get("author") or "",
    )


def _row_documents(row: dict[str, object], name: str, location: str) -> list[RawDocument | Skipped]:
    """One CSV/JSONL row as one document (with a note if NULs were removed), or the reason it cannot be one."""
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return [Skipped(name, location, "empty or missing 'text'")]
    values = [v for v in row.values() if isinstance(v, str)]
    if any(_UNDECODED.search(v) for v in values):
        return [Skipped(name, location, "row does not decode in the file's encoding; not read")]
    if len(text) > MAX_ROW_TEXT_CHARS:
        return [Skipped(name, location, f"text too long for one article ({len(text):,} characters > {MAX_ROW_TEXT_CHARS:,})")]
    fields = {f: str(row.get(f) or "").strip() for f in ROW_FIELDS}
    for field, value in fields.items():
        if len(value) > MAX_FIELD_CHARS:
            return [Skipped(name, location, f"field '{field}' too long ({len(value):,} characters > {MAX_FIELD_CHARS:,})")]
    text, notes = without_nul(text, name, location)
    fields = {f: v.replace("\x00", "") for f, v in fields.items()}
    return [*notes, RawDocument(name, text, location=location, structured=True, **fields)]


def table_encoding(head: bytes) -> str:
    """The encoding of a CSV/JSONL file, decided from its first bytes: its byte-order mark, else UTF-8 unless more
    of the head's lines holding non-ASCII bytes fail to decode as UTF-8 than decode (then Windows-1252). Rows
    that do not decode in the chosen encoding are listed one by one (see _row_documents)."""
    marked = bom_encoding(head)
    if marked:
        return marked
    lines = [line for line in head.split(b"\n")[:-1] or [head] if not line.isascii()]
    invalid = sum(not _decodes(line) for line in lines)
    return "cp1252" if invalid > len(lines) - invalid else "utf-8"


def _decodes(data: bytes) -> bool:
    """True when the bytes are valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_table(path: Path, name: str, suffix: str) -> Iterator[RawDocument | Skipped]:
    """Stream the rows of a CSV or JSONL file; the file must have a 'text' column or key."""
    with path.open("rb") as handle:
        data_head = handle.read(65536)
    encoding = table_encoding(data_head)
    if encoding == "utf-8" and looks_binary(data_head):
        yield Skipped(name, "", "binary file, not text")
        return
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as handle:
        if suffix == ".csv":
            yield from _csv_rows(handle, name)
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if len(line) > MAX_LINE_CHARS:
                yield Skipped(name, f"line {number}", f"line too long ({len(line):,} characters > {MAX_LINE_CHARS:,})")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(name, f"line {number}", f"invalid JSON: {error.msg}")
                continue
            if not isinstance(row, dict):
                yield Skipped(name, f"line {number}", "JSON line is not an object")
                continue
            yield from _row_documents(row, name, f"line {number}")


def _csv_rows(handle: TextIO, name: str) -> Iterator[RawDocument | Skipped]:
    """The documents of the rows of an open CSV file; a field over the size limit ends the file with a reason."""
    reader = csv.DictReader(handle)
    try:
        if "text" not in (reader.fieldnames or []):
            columns = ", ".join(reader.fieldnames or []) or "none"
            yield Skipped(name, "", f"CSV has no 'text' column (columns: {columns})")
            return
        for number, row in enumerate(reader, start=2):  # row 1 is the header
            yield from _row_documents(row, name, f"row {number}")
    except csv.Error as error:
        yield Skipped(name, f"line {reader.line_num}", f"{error} (limit {MAX_LINE_CHARS:,} characters); the rest of the file was not read")


class ControlFileError(ValueError):
    """A control file (metadata.csv, crisis.json, a resource override) that cannot be used, named with its line."""


def check_control_file(path: Path) -> None:
    """Raise ControlFileError, in one line naming the file and the line, when a control file is not UTF-8 text,
    holds a field over MAX_CONTROL_FIELD_CHARS, is not valid CSV or JSON, or a JSON file is not one object."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ControlFileError(f"{path}: line {line}: not UTF-8 text (byte 0x{data[error.start]:02x}); save it as UTF-8") from None
    if path.suffix == ".json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise ControlFileError(f"{path}: line {error.lineno}: not valid JSON ({error.msg})") from None
        if not isinstance(value, dict):
            raise ControlFileError(f"{path}: line 1: expected one JSON object {{...}}, found {type(value).__name__}")
        return
    if path.suffix == ".csv":
        reader = csv.reader(text.splitlines(keepends=True))
        try:
            for row in reader:
                longest = max(map(len, row), default=0)
                if longest > MAX_CONTROL_FIELD_CHARS:
                    raise ControlFileError(f"{path}: line {reader.line_num}: field too long ({longest:,} characters > {MAX_CONTROL_FIELD_CHARS:,})")
        except csv.Error as error:
            raise ControlFileError(f"{path}: line {reader.line_num}: not valid CSV ({error})") from None
