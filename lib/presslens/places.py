"""Place names and the country each lies in (`resources/places.csv`), shared by the event coder and the speakers."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from presslens.literal_scan import word_finder
from presslens.settings import DEFAULT_SETTINGS, Settings

PLACES_FILE = "places.csv"


@lru_cache(maxsize=8)
def load_places(settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """Place names (and their aliases, as written) -> the country they lie in, from `resources/places.csv`."""
    with settings.open(PLACES_FILE) as handle:
        return {
            name: row["country"]
            for row in csv.DictReader(handle)
            for name in [row["place"], *filter(None, row["aliases"].split("|"))]
        }


@lru_cache(maxsize=8)
def place_finder(settings: Settings = DEFAULT_SETTINGS) -> re.Pattern[str]:
    """A case-sensitive `literal_scan.word_finder` of the place names as written in places.csv (whole words)."""
    return word_finder(load_places(settings), after=r"\b")
