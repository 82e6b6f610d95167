"""Corpus ingestion: files in, clean `Article` stories out, with every skipped file listed.

`iter_corpus` streams (for large corpora); `load_corpus` collects. A folder may hold
`metadata.csv` (columns file, outlet, url, published, byline) whose non-empty values override
what is inferred: a row for `name.txt` sets the outlet of every story in that file and the
other fields of its first story; a row for `name.txt#2` sets the fields of story 2 (0-based).
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from presslens.actors import ActorDictionary, load_actors
from presslens.article import Article
from presslens.ingestion.cleaning import LineTests, StoryLines, classify_story, clean_body, normalize_raw, split_stories
from presslens.ingestion.files import CONTROL_FILES, RawDocument, Skipped, check_control_file, corpus_entries, read_documents
from presslens.ingestion.metadata import (
    address_date,
    canonical_outlet,
    infer_byline,
    infer_outlet,
    infer_published,
    page_address,
    parse_dates,
    split_site_suffix,
)
from presslens.ingestion.relevance import CrisisProfile, crisis_profile, score_relevance
from presslens.settings import Settings

METADATA_COLUMNS = ("file", "outlet", "url", "published", "byline")


class CorpusError(ValueError):
    """The corpus as a whole cannot be used (missing path, unreadable metadata)."""


@dataclass
class CorpusResult:
    """The stories of a corpus and the files or rows that were skipped."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_metadata(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a metadata.csv keyed by their `file` value (with an optional '#story' suffix)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        if "file" not in (reader.fieldnames or []):
            raise CorpusError(f"{path}: metadata.csv needs a 'file' column (has: {', '.join(reader.fieldnames or [])})")
        return {row["file"].strip(): {k: (row.get(k) or "").strip() for k in METADATA_COLUMNS[1:]} for row in reader}


def corpus_settings(corpus: Path) -> tuple[CrisisProfile, ActorDictionary]:
    """The crisis profile and actor dictionary for a corpus: its own crisis.json / actors.csv if present."""
    settings = Settings.for_corpus(corpus)
    return crisis_profile(settings), load_actors(settings)


def _parse_published(value: str, reference_year: int | None) -> date | None:
    """A date from metadata: ISO (YYYY-MM-DD, or a timestamp starting so) or written out."""
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        found = parse_dates(value, reference_year)
        return found[0][0] if found else None


def article_id(source_file: str, location: str, story_index: int) -> str:
    """A unique, stable id: the file's path in the corpus as written, ':line3'/':row3' for a table row, '#' and
    the story number ('sub/a b.txt#0', 'feed.jsonl:line3#0'). Nothing is folded, so distinct files or rows give
    distinct ids, and ids derived by appending to it ('-q1', '-e000') stay distinct."""
    where = f":{location.replace(' ', '')}" if location else ""
    return f"{source_file}{where}#{story_index}"


def _stories(doc: RawDocument, text: str, profile: CrisisProfile) -> Iterator[tuple[StoryLines, str, date | None, str]]:
    """(classified lines, clean text, inferred date, byline) for each story of a raw document whose text,
    normalised (see cleaning.normalize_raw), is `text`."""
    address = address_date(doc.url or ("" if doc.structured else page_address(text)))  # the page's: its first story's
    if doc.structured:  # one story: boilerplate lines go, but never the whole text
        story = StoryLines(title=doc.title, body=[p.strip() for p in text.split("\n") if p.strip()])
        kept = classify_story([doc.title, *story.body]).body if doc.title else story.body
        yield story, clean_body(kept or story.body), address, ""
        return
    tests = LineTests()
    for index, lines in enumerate(split_stories(text, tests)):
        story = classify_story(lines, tests)
        body = clean_body(story.body)
        yield story, body, infer_published(story, body, profile.reference_year, address if index == 0 else None), infer_byline(story)


def check_control_files(folder: Path) -> None:
    """Reject, in one line naming the file and line, a control file of the corpus folder that cannot be read."""
    for name in sorted(CONTROL_FILES):
        if (folder / name).is_file():
            check_control_file(folder / name)


def checked_settings(corpus: Path) -> Settings:
    """The settings of a corpus, after its control files are checked (a bad one is refused in one line)."""
    check_control_files(corpus if corpus.is_dir() else corpus.parent)
    return Settings.for_corpus(corpus)


def iter_corpus(corpus: str | Path, follow_symlinks: bool = False, settings: Settings | None = None) -> Iterator[Article | Skipped]:
    """Stream the stories (and skipped files or rows, and notes) of a corpus folder or file, in file order.

    `settings` are the corpus's (`checked_settings`), when the caller has them already."""
    root = Path(corpus)
    if not root.exists():
        raise CorpusError(f"corpus not found: {root}")
    folder = root if root.is_dir() else root.parent
    settings = settings or checked_settings(root)
    profile, actors = crisis_profile(settings), load_actors(settings)
    meta_file = folder / "metadata.csv"
    metadata = read_metadata(meta_file) if meta_file.is_file() else {}
    entries = corpus_entries(root, follow_symlinks)
    if not entries:
        raise CorpusError(f"corpus holds no files: {root}")
    for path in entries:
        if isinstance(path, Skipped):
            yield path
            continue
        raw_outlet = ""
        for doc in read_documents(path, folder):
            if isinstance(doc, Skipped):
                yield doc
                continue
            text = normalize_raw(doc.text)
            raw_outlet = raw_outlet or ("" if doc.structured else infer_outlet(text, settings))
            yield from _articles_of(doc, text, raw_outlet, metadata, profile, actors, settings)


def _articles_of(doc: RawDocument, text: str, raw_outlet: str, metadata: dict[str, dict[str, str]], profile: CrisisProfile, actors: ActorDictionary, settings: Settings) -> Iterator[Article | Skipped]:
    """The Article records of one raw document (normalised text `text`), metadata overrides applied."""
    file_meta = metadata.get(doc.source_file, {})
    index = -1
    for story, body, inferred_date, byline in _stories(doc, text, profile):
        if not body.strip():
            continue
        index += 1
        meta = dict(file_meta) if index == 0 else {"outlet": file_meta.get("outlet", "")}
        meta.update({k: v for k, v in metadata.get(f"{doc.source_file}#{index}", {}).items() if v})
        published = _parse_published(meta.get("published") or doc.published, profile.reference_year) or inferred_date
        mentions = tuple(actors.find_mentions(body))  # the analyses reuse them (`ArticleContext.mentions`)
        title, title_outlet = split_site_suffix(story.title, settings)  # "Headline | Al Jazeera"
        relevance = score_relevance(body, title, profile, actors, mentions)
        yield Article(
            article_id=article_id(doc.source_file, doc.location, index),
            source_file=doc.source_file,
            story_index=index,
            outlet=meta.get("outlet") or canonical_outlet(doc.outlet, settings) or raw_outlet or title_outlet,
            title=title,
            published=published,
            byline=meta.get("byline") or doc.byline or byline,
            url=meta.get("url") or doc.url,
            text=body,
            relevance=relevance,
            is_relevant=relevance >= profile.threshold,
            removed_lines=tuple(story.removed),
            mentions=mentions,
        )
    if index < 0:
        yield Skipped(doc.source_file, doc.location, "no article text left after removing boilerplate")


def load_corpus(corpus: str | Path, follow_symlinks: bool = False) -> CorpusResult:
    """All stories of a corpus and the skipped files, in memory (use iter_corpus for large corpora)."""
    result = CorpusResult()
    for item in iter_corpus(corpus, follow_symlinks):
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.articles.append(item)
    return result
