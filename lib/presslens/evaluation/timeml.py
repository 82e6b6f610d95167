"""Scoring of the `time_expressions` table against TimeML files (TimeBank, AQUAINT), TempEval-3 style.

Each document's `<TEXT>` goes through presslens's own ingestion (as a JSONL corpus row whose
`published` is the document's creation time) and then through `presslens.analyses.temporal.expressions`; the
expressions found in the clean text are mapped back onto the TimeML text by searching their words
in order. Matching follows TempEval-3's relaxed measure: a predicted expression matches a gold
TIMEX3 when their spans overlap (each gold and each prediction matched at most once, in text
order). Value precision and recall count matches whose normalised value equals the gold one, over
all predictions and all gold expressions (TempEval-3's attribute F1); values are compared in one spelling, as
TimeBank writes some ISO weeks with one digit ('1998-W7') and decades with a placeholder ('198X'). Per-type figures restrict
both sides to that type; per-type recall asks only that a gold expression of the type be found.
"""
from __future__ import annotations

import json
import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from presslens.analyses.temporal import expressions as temporal
from presslens.analyses.temporal.rules import MONTHS, WEEKDAYS
from presslens.context import ArticleContext
from presslens.ingestion.corpus import iter_corpus
from presslens.ingestion.files import Skipped
from presslens.paths import ROOT

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
# ../shared/datasets beside the repository (or beside the folder of worktrees holding it)
TIMEBANK_DIR = next((p for p in (ROOT.parent / "shared" / "datasets" / "timebank", ROOT.parents[1] / "shared" / "datasets" / "timebank") if p.is_dir()),
                    ROOT.parent / "shared" / "datasets" / "timebank")


@dataclass(frozen=True)
class Timex:
    """One temporal expression with offsets into a document's TimeML text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: its id, creation time, plain text and gold TIMEX3 expressions."""

    doc_id: str
    created: date
    text: str
    timexes: tuple[Timex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """The text of `<TEXT>` (tags removed) with its TIMEX3 offsets, and the creation time."""
    root = ET.parse(path).getroot()
    dct = next(t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []

    def walk(element: ET.Element) -> None:
        start = sum(map(len, parts))
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        if element.tag == "TIMEX3":
            end = sum(map(len, parts))
            timexes.append(Timex(start, end, "".join(parts)[start:end], element.get("type", ""), element.get("value", "")))

    walk(body)
    return TimeMLDocument(root.findtext("DOCID", path.stem).strip(), date.fromisoformat(dct.get("value", "")[:10]), "".join(parts), tuple(timexes))


def read_corpus(folder: Path) -> list[TimeMLDocument]:
    """Every `.tml` file under `folder`, sorted by path."""
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no TimeML (.tml) files under {folder}")
    return [read_timeml(path) for path in files]


def _locate(expressions: Iterable[dict], text: str) -> list[Timex]:
    """Rows of `time_expressions` (offsets into clean text) placed on the TimeML text, in order."""
    placed: list[Timex] = []
    cursor = 0
    for row in expressions:
        words = str(row["text"]).split()
        found = re.compile(r"\s+".join(map(re.escape, words))).search(text, cursor) if words else None
        if found is None:
            raise ValueError(f"expression {row['text']!r} not found in the TimeML text after offset {cursor}")
        placed.append(Timex(found.start(), found.end(), found.group(0), str(row["type"]), str(row["value"])))
        cursor = found.end()
    return placed


def predict(documents: Sequence[TimeMLDocument]) -> dict[str, list[Timex]]:
    """presslens's expressions per document id: ingestion then the temporal analysis, offsets on the TimeML text."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "timeml.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for doc in documents:
                handle.write(json.dumps({"text": doc.text, "published": doc.created.isoformat(), "url": doc.doc_id}) + "\n")
        by_id: dict[str, list[dict]] = {doc.doc_id: [] for doc in documents}
        for article in iter_corpus(corpus):
            if isinstance(article, Skipped):
                continue
            by_id[article.url].extend(temporal.article_tables(ArticleContext(article), {})["time_expressions"])
    return {doc.doc_id: _locate(by_id[doc.doc_id], doc.text) for doc in documents}


@dataclass
class Counts:
    """Match counts for one slice (a type, or all types)."""

    n_gold: int = 0
    n_predicted: int = 0
    n_matched: int = 0
    n_value: int = 0  # matches whose value equals the gold value

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def span(self) -> tuple[float, float, float]:
        """Span precision, recall, F1."""
        p = self.n_matched / self.n_predicted if self.n_predicted else 0.0
        r = self.n_matched / self.n_gold if self.n_gold else 0.0
        return p, r, self._f1(p, r)

    @property
    def value(self) -> tuple[float, float, float]:
        """Value precision, recall, F1."""
        p = self.n_value / self.n_predicted if self.n_predicted else 0.0
        r = self.n_value / self.n_gold if self.n_gold else 0.0
        return p, r, self._f1(p, r)


@dataclass
class TimeMLScore:
    """TempEval-3 style figures over a set of documents."""

    overall: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TIMEX_TYPES})
    found_by_type: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TIMEX_TYPES})  # gold of the type overlapped by any prediction
    dated_non_dates: int = 0  # gold DURATION/SET expressions overlapped by a prediction typed DATE
    errors: list[tuple[str, Timex | None, Timex | None]] = field(default_factory=list)  # (doc, gold, predicted) misses

    def recall_of(self, kind: str) -> float:
        """Share of gold expressions of a type that some prediction overlaps."""
        n = self.by_type[kind].n_gold
        return self.found_by_type[kind] / n if n else 0.0


def same_value(gold: str, predicted: str) -> bool:
    """Whether two TIMEX3 values are equal once spelled one way: ISO weeks with two digits ('2000-W7' = '2000-W07'),
    decades and centuries without placeholder X ('198X' = '198', '19XX' = '19')."""
    return _canonical(gold) == _canonical(predicted)


def _canonical(value: str) -> str:
    """A TIMEX3 value in the spelling `same_value` compares."""
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    return value.rstrip("X") if re.fullmatch(r"\d{2,3}X+", value) else value


def _pairs(gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one overlapping pairs, in text order."""
    pairs: list[tuple[Timex, Timex]] = []
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and p.start < g.end and g.start < p.end:
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def _count(counts: Counts, gold: Sequence[Timex], predicted: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """Add one document's slice to `counts`; return its matched pairs."""
    pairs = _pairs(gold, predicted)
    counts.n_gold += len(gold)
    counts.n_predicted += len(predicted)
    counts.n_matched += len(pairs)
    counts.n_value += sum(same_value(g.value, p.value) for g, p in pairs)
    return pairs


def score(documents: Sequence[TimeMLDocument], predictions: dict[str, list[Timex]]) -> TimeMLScore:
    """Span and value figures, overall and per type, with the misses for error analysis."""
    result = TimeMLScore()
    for doc in documents:
        gold, predicted = list(doc.timexes), predictions.get(doc.doc_id, [])
        pairs = _count(result.overall, gold, predicted)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        result.errors += [(doc.doc_id, g, p) for g, p in pairs if not same_value(g.value, p.value)]
        result.errors += [(doc.doc_id, g, None) for g in gold if id(g) not in matched_gold]
        result.errors += [(doc.doc_id, None, p) for p in predicted if id(p) not in matched_pred]
        for kind in TIMEX_TYPES:
            _count(result.by_type[kind], [g for g in gold if g.type == kind], [p for p in predicted if p.type == kind])
        for g, p in pairs:
            result.found_by_type[g.type] += 1
            result.dated_non_dates += g.type in ("DURATION", "SET") and p.type == "DATE"
    return result


# --- gold values that contradict the expression, the document's creation time or the set's other annotations -------

_DEICTIC_YEAR = re.compile(r"(?i)^(?:(?:early|late|later|earlier)\s+)?(?:last|this|next)\s+year$")
_DEICTIC_WEEK = re.compile(r"(?i)^(?:(?:early|late)\s+)?(?P<which>last|this|next)\s+week$")
_STATED_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_STATED_MONTH = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.))")
_PART_OF_DAY = re.compile(r"(?i)\b(?:morning|afternoon|evening|night|tonight)\b")
_STRETCH = re.compile(r"(?i)\b(?:recent|coming|last\s+few|past\s+(?:few|several))\s+(?:\w+\s+)?(?:days|weeks|months|years|quarters)\b")
GOLD_INCONSISTENCIES = {
    "stated year or month contradicted": "the gold year or month is not the one written in the expression ('Sept. 27, 1989' = 1989-11-27)",
    "weekday off its name": "a weekday whose gold day falls on another weekday",
    "weekday on another reference date": "a bare weekday whose gold day lies more than a week from the creation time",
    "year with placeholders": "a year as 'YYYY-XX' or 'YYYY-XX-XX', elsewhere 'YYYY'",
    "week as month, WXX or duration": "'last/this/next week' as a month, an unspecified week, a day or P1W, elsewhere an ISO week",
    "week numbered off the creation time": "'last/this/next week' as an ISO week that is not the one before, of or after the creation time",
    "quarter unspecified": "a quarter as 'YYYY-QX'",
    "deictic year as quarter, month or day": "'last/this/next year' as a quarter, month or day, elsewhere 'YYYY'",
    "part of day typed DATE": "'Wednesday night', 'tonight' typed DATE (or 'night' left out of the span), elsewhere TIME",
    "stretch typed DATE": "'recent years', 'coming months' as PAST_REF/FUTURE_REF, elsewhere DURATION PXY",
}


def gold_inconsistency(created: date, gold: Timex, predicted: Timex) -> str:
    """Which kind of gold inconsistency (a key of GOLD_INCONSISTENCIES) a gold DATE value missed by `predicted` shows, ''
    for none: the value contradicts the expression's own words, the document's creation time, or how the set annotates
    the same phrase (for the last kinds, only when the prediction agrees with the gold but for that spelling)."""
    text, value, ours = " ".join(gold.text.lower().split()), gold.value, predicted.value
    day = _iso_day(value)
    stated = _STATED_YEAR.findall(gold.text)
    month = _STATED_MONTH.search(gold.text)
    if (stated and value[:4].isdigit() and value[:4] not in stated and not _DEICTIC_YEAR.search(text)) or (
            month and re.match(r"\d{4}-\d\d", value) and int(value[5:7]) != MONTHS[month.group(0).lower()]):
        return "stated year or month contradicted"
    weekdays = [i for name, i in WEEKDAYS.items() if name in text and not re.search(r"\b(?:before|after)\b", text)]
    if weekdays and day is not None and day.weekday() != weekdays[0]:
        return "weekday off its name"
    if weekdays and day is not None and not re.search(r"\b(?:last|next|previous|following|before|after)\b", text) and abs((day - created).days) > 7:
        return "weekday on another reference date"
    if re.fullmatch(r"\d{4}(?:-XX){1,2}", value) and value[:4] == ours:
        return "year with placeholders"
    week = _DEICTIC_WEEK.search(text)
    if week and not re.fullmatch(r"\d{4}-W\d{1,2}", value):
        return "week as month, WXX or duration"
    if week:
        shift = {"last": -7, "this": 0, "next": 7}[week.group("which")]
        iso_year, iso_week, _ = (created + timedelta(days=shift)).isocalendar()
        if value != f"{iso_year:04d}-W{iso_week:02d}" and value != f"{iso_year:04d}-W{iso_week}":
            return "week numbered off the creation time"
    if "-QX" in value:
        return "quarter unspecified"
    if _DEICTIC_YEAR.search(text) and re.fullmatch(r"\d{4}-.+", value) and value[:4] == ours:
        return "deictic year as quarter, month or day"
    if _PART_OF_DAY.search(predicted.text) and predicted.type == "TIME" and ours[:10] == value[:10]:
        return "part of day typed DATE"
    if _STRETCH.search(text) and predicted.type == "DURATION" and value in ("PAST_REF", "FUTURE_REF", "PRESENT_REF"):
        return "stretch typed DATE"
    return ""


def _iso_day(value: str) -> date | None:
    """The day of a 'YYYY-MM-DD...' value, None for any other value."""
    try:
        return date.fromisoformat(value[:10]) if re.match(r"\d{4}-\d\d-\d\d", value) else None
    except ValueError:
        return None
