"""The resources one corpus is analysed with: the bundled files, each replaceable by the corpus folder's own.

A crisis is a folder: any file named in `RESOURCE_FILES` that the corpus folder holds is used instead of
the bundled one (`actors.csv` extends the bundled dictionary instead; see resources/README.md). `Settings`
holds the text of those corpus files, so it is a small immutable value that travels with each batch of
articles to a worker process or a Dask worker on another machine, and every analysis computes there
what it computes here. Analyses read resources through it (`settings.open(name)`), and cache what they
build from them by the `Settings` value, never by global state.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from presslens.paths import RESOURCES_DIR

CRISIS_FILE = "crisis.json"
BUNDLED_CRISIS = "crises/iran_pakistan_2024.json"
# Files a corpus folder may bring, by the name it uses there; `EXTENDING` ones are merged with the bundled file.
RESOURCE_FILES = (
    "actors.csv", CRISIS_FILE, "label_terms.csv", "frame_cues.csv", "war_peace_cues.csv", "places.csv",
    "generic_actors.csv", "event_rules.csv", "cameo.csv", "speech_verbs.csv", "source_phrases.txt",
    "speaker_titles.txt", "name_heads.csv", "first_names.csv", "unnamed_sources.csv", "outlets.csv", "tone_gap_words.txt",
    "colors.csv",
)
EXTENDING = frozenset({"actors.csv"})


@dataclass(frozen=True)
class Settings:
    """The resource files of one corpus: the corpus folder's own (by name, with their text), else the bundled ones."""

    overrides: tuple[tuple[str, str], ...] = ()  # (file name, text) for each resource file the corpus folder holds
    # The corpus folder, for messages only: left out of equality, so caches keyed by settings are shared by
    # corpus folders with the same resource files.
    corpus: str = field(default="", compare=False)

    @classmethod
    def for_corpus(cls, corpus: str | Path) -> Settings:
        """The settings of a corpus folder (or of the folder holding a corpus file)."""
        root = Path(corpus)
        folder = root if root.is_dir() else root.parent
        found = tuple((name, _read(folder / name)) for name in RESOURCE_FILES if (folder / name).is_file())
        return cls(found, str(folder))

    def override(self, name: str) -> str | None:
        """The text of the corpus folder's file `name`, None when it has none."""
        return next((text for found, text in self.overrides if found == name), None)

    def read_text(self, name: str) -> str:
        """The text of resource `name`: the corpus folder's file if it has one (and the file replaces), else the bundled one."""
        own = None if name in EXTENDING else self.override(name)
        return own if own is not None else bundled_text(name)

    def open(self, name: str) -> io.StringIO:
        """Resource `name` as a text stream read with `newline=""` (ready for `csv`)."""
        return io.StringIO(self.read_text(name), newline="")

    def where(self, name: str) -> str:
        """Where resource `name` comes from, for error messages."""
        if name not in EXTENDING and self.override(name) is not None:
            return str(Path(self.corpus) / name)
        return str(bundled_path(name))


DEFAULT_SETTINGS = Settings()


def bundled_path(name: str) -> Path:
    """The bundled file of resource `name`."""
    return RESOURCES_DIR / (BUNDLED_CRISIS if name == CRISIS_FILE else name)


@cache
def bundled_text(name: str) -> str:
    """The text of the bundled file of resource `name` (read once; the bundled files do not change during a run)."""
    return _read(bundled_path(name))


def _read(path: Path) -> str:
    """A resource file's text, line ends kept as written (as `open(newline="")` reads them)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()
