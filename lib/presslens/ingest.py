"""Reading corpus files into raw documents: encodings, binary and oversized files, CSV/JSONL/HTML.

Nothing is dropped silently: every file or row that cannot be used becomes a `Skipped` record
with a reason a person can act on.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from presslens.settings import RESOURCE_FILES

MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # one article is never this long; an archive belongs in CSV/JSONL
MAX_ROW_TEXT_CHARS = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
CONTROL_FILES = {"metadata.csv", *RESOURCE_FILES}  # a corpus folder's own resource files are not articles
ROW_FIELDS = ("title", "outlet", "published", "url", "byline")
_NON_CONTROL_BYTES = bytes([9, 10, 12, 13, *range(32, 256)])  # tab, newline, form feed, return and printable bytes


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


def corpus_files(corpus: Path) -> list[Path]:
    """The files of a corpus folder (recursively, sorted, hidden and control files left out) or the file itself."""
    if corpus.is_file():
        return [corpus]
    depth = len(corpus.parts)  # the parts of a path under the corpus after `depth` are its parts within it
    return sorted(
        p
        for p in corpus.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.parts[depth:])
        and p.name not in CONTROL_FILES
    )


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NUL bytes, or many control characters in the first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head.translate(None, _NON_CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (with or without BOM), else Windows-1252, else Latin-1; return (text, encoding)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _display_size(n_bytes: int) -> str:
    """A byte count for messages, e.g. '50.0 MB'."""
    return f"{n_bytes / 1024 / 1024:.1f} MB"


def read_documents(path: Path, root: Path) -> Iterator[RawDocument | Skipped]:
    """Yield the raw documents of one corpus file, or Skipped records for what cannot be read."""
    name = str(path.relative_to(root)) if path != root else path.name
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES:
        yield Skipped(name, "", f"unsupported file type '{suffix or '(none)'}' (use .txt, .html, .csv or .jsonl)")
        return
    try:
        size = path.stat().st_size
    except OSError as error:
        yield Skipped(name, "", f"cannot read file: {error.strerror}")
        return
    if size == 0:
        yield Skipped(name, "", "empty file")
        return
    if suffix not in TABLE_SUFFIXES and size > MAX_TEXT_FILE_BYTES:
        yield Skipped(name, "", f"file too large for one article ({_display_size(size)} > {_display_size(MAX_TEXT_FILE_BYTES)}); put archives in CSV or JSONL")
        return
    if suffix in TABLE_SUFFIXES:
        yield from _read_table(path, name, suffix)
        return
    data = path.read_bytes()
    if looks_binary(data):
        yield Skipped(name, "", "binary file, not text")
        return
    text, _ = decode_text(data)
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
    extracted = document.as_dict() if document is not None else {}
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


def _row_document(row: dict[str, object], name: str, location: str) -> RawDocument | Skipped:
    """One CSV/JSONL row as a document, or the reason it cannot be one."""
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(name, location, "empty or missing 'text'")
    if len(text) > MAX_ROW_TEXT_CHARS:
        return Skipped(name, location, f"text too long for one article ({len(text):,} characters)")
    fields = {f: str(row.get(f) or "").strip() for f in ROW_FIELDS}
    return RawDocument(name, text, location=location, structured=bool(fields["title"]), **fields)


def _read_table(path: Path, name: str, suffix: str) -> Iterator[RawDocument | Skipped]:
    """Stream the rows of a CSV or JSONL file; the file must have a 'text' column or key."""
    with path.open("rb") as handle:
        data_head = handle.read(8192)
    if looks_binary(data_head):
        yield Skipped(name, "", "binary file, not text")
        return
    try:
        data_head.decode("utf-8")
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        encoding = "cp1252"
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        if suffix == ".csv":
            csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
            reader = csv.DictReader(handle)
            if "text" not in (reader.fieldnames or []):
                columns = ", ".join(reader.fieldnames or []) or "none"
                yield Skipped(name, "", f"CSV has no 'text' column (columns: {columns})")
                return
            for number, row in enumerate(reader, start=2):
                yield _row_document(row, name, f"row {number}")
            return
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                yield Skipped(name, f"line {number}", f"invalid JSON: {error.msg}")
                continue
            if not isinstance(row, dict):
                yield Skipped(name, f"line {number}", "JSON line is not an object")
                continue
            yield _row_document(row, name, f"line {number}")
