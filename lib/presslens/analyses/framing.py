"""Framing from transparent cue lexicons: generic news frames, war/peace-journalism indicators and label choices.

- Five generic frames (Semetko & Valkenburg 2000): each codebook question (item) is answered yes
  when one of its cues (`resources/frame_cues.csv`) occurs in the article; the frame score is the
  mean of its items (S&V's usual scoring). A frame counts as present when at least half of its
  items are answered yes (`FRAME_PRESENT_MIN`).
- War/peace-journalism indicators (Galtung; Lee & Maslog 2005; `resources/war_peace_cues.csv`):
  score 1 when a cue occurs, else 0. `war:elite_sources` comes from the quotes table when the
  pipeline has produced it: 1 when at least `ELITE_SHARE_MIN` of the attributed quotes come from
  official voices (government or organization speakers, or persons holding an office), else 0;
  without quotes it falls back to official words with no people-oriented source.
  `war_journalism` / `peace_journalism` are the shares of their indicators present.
- Label choices (`resources/label_terms.csv`): how often each term for a concept is used. Terms
  with scope `descriptor` ("terrorist group") count only in sentences that also name the concept;
  terms with scope `contextual` count only in clauses matching one of the concept's `context` rows,
  and not when one of its `exclude` rows names the agent: within the six words before the term or
  right after a following "by" ("attacks" by states, not "militant attacks" or "attacks by militants").
Evidence lists the matched text, so every score can be checked against the article.
Every row declares its keywords (`keywords` column): each match of its pattern begins with one of them. One scan
of the lower-cased text finds them all; each row's cue regex is tried only where one of its keywords stands
(`literal_scan.KeywordIndex`).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from presslens.actors import ActorDictionary, load_actors
from presslens.article import Article
from presslens.literal_scan import KeywordIndex, lowered, may_contain
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.text import sentence_spans

FRAME_CUES_FILE = "frame_cues.csv"
WAR_PEACE_CUES_FILE = "war_peace_cues.csv"
LABEL_TERMS_FILE = "label_terms.csv"
FRAMES = ("conflict", "human_interest", "responsibility", "morality", "economic")
FRAME_PRESENT_MIN = 0.5
ELITE = "war:elite_sources"
PEOPLE = "peace:people_sources"
WAR_SUMMARY = "war_journalism"
PEACE_SUMMARY = "peace_journalism"
MAX_EVIDENCE = 6
ELITE_SHARE_MIN = 2 / 3
OFFICIAL_SPEAKER_TYPES = frozenset({"government", "organization"})
OFFICIAL_TITLE = re.compile(
    r"\b(?:minist(?:er|ry)|spokes(?:man|woman|person)|officials?|governor|ambassador|envoy|president|premier|"
    r"general|commander|secretary|diplomat|lawmaker|senator|mayor|chief)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[;:]")
AGENT_WORDS_BEFORE = 6
AGENT_AFTER = re.compile(r"\W*(?:\S+\s+){0,6}?by\s+")
FRAME_COLUMNS = ("article_id", "frame", "score", "evidence")
LABEL_COLUMNS = ("article_id", "outlet", "concept", "term", "count")
WHITESPACE = re.compile(r"\s+")
WHOLE_TEXT_SCOPES = ("name", "word")
WORD_START = r"(?<![\w-])"
WORD_END = r"(?!\w)"
Span = tuple[int, int]


def cue_regex(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex for a list of cue patterns, matching whole words only."""
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"{WORD_START}(?:{body}){WORD_END}", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """One way of naming a concept."""

    concept: str
    term: str
    scope: str  # name | descriptor | word | contextual | context | exclude
    pattern: re.Pattern[str]
    source: str  # the pattern as written in the resource
    keywords: tuple[str, ...]  # every match begins with one of them (lower case)


def _read_rows(settings: Settings, name: str) -> list[dict[str, str]]:
    """Rows of a resource CSV; a row with more fields than the header (an unquoted comma in a pattern) is an error."""
    rows = list(csv.DictReader(settings.open(name)))
    for number, row in enumerate(rows, start=2):
        if None in row:
            raise ValueError(f"{settings.where(name)} line {number}: more fields than the header (quote patterns that contain commas)")
        if not keywords(row):
            raise ValueError(f"{settings.where(name)} line {number}: no `keywords` (the words every match of the pattern begins with, '|'-separated)")
    return rows


def keywords(row: dict[str, str]) -> tuple[str, ...]:
    """A resource row's keywords (`keywords` column, '|'-separated, lower-cased): every match of its pattern begins with one."""
    return tuple(k.strip().lower() for k in (row.get("keywords") or "").split("|") if k.strip())


@lru_cache(maxsize=8)
def _frame_rows(settings: Settings) -> dict[str, dict[str, list[dict[str, str]]]]:
    """frame -> item -> its rows of `frame_cues.csv`."""
    rows: dict[str, dict[str, list[dict[str, str]]]] = {}
    for row in _read_rows(settings, FRAME_CUES_FILE):
        rows.setdefault(row["frame"], {}).setdefault(row["item"], []).append(row)
    return rows


@lru_cache(maxsize=8)
def _indicator_rows(settings: Settings) -> dict[str, list[dict[str, str]]]:
    """indicator -> its rows of `war_peace_cues.csv`."""
    rows: dict[str, list[dict[str, str]]] = {}
    for row in _read_rows(settings, WAR_PEACE_CUES_FILE):
        rows.setdefault(row["indicator"], []).append(row)
    return rows


@lru_cache(maxsize=8)
def _frame_patterns(settings: Settings) -> dict[str, dict[str, list[str]]]:
    """frame -> item -> cue patterns, from `frame_cues.csv` (one row per item)."""
    return {frame: {item: [row["pattern"] for row in rows] for item, rows in items.items()} for frame, items in _frame_rows(settings).items()}


@lru_cache(maxsize=8)
def _indicator_patterns(settings: Settings) -> dict[str, list[str]]:
    """indicator -> cue patterns, from `war_peace_cues.csv`."""
    return {indicator: [row["pattern"] for row in rows] for indicator, rows in _indicator_rows(settings).items()}


@lru_cache(maxsize=8)
def frame_items(settings: Settings = DEFAULT_SETTINGS) -> dict[str, dict[str, re.Pattern[str]]]:
    """frame -> item -> compiled cue regex, from `frame_cues.csv` (one row per item)."""
    return {frame: {item: cue_regex(p) for item, p in items.items()} for frame, items in _frame_patterns(settings).items()}


@lru_cache(maxsize=8)
def indicator_cues(settings: Settings = DEFAULT_SETTINGS) -> dict[str, re.Pattern[str]]:
    """indicator -> compiled cue regex, from `war_peace_cues.csv`."""
    return {indicator: cue_regex(p) for indicator, p in _indicator_patterns(settings).items()}


@lru_cache(maxsize=8)
def label_terms(settings: Settings = DEFAULT_SETTINGS) -> tuple[Term, ...]:
    """The concepts and their terms, from `label_terms.csv`."""
    return tuple(
        Term(row["concept"], row["term"], row["scope"], cue_regex([row["pattern"]]), row["pattern"], keywords(row))
        for row in _read_rows(settings, LABEL_TERMS_FILE)
    )


@lru_cache(maxsize=8)
def _terms_by_scope(settings: Settings) -> dict[str, dict[str, list[Term]]]:
    """scope -> concept -> its terms of that scope, in resource order."""
    by_scope: dict[str, dict[str, list[Term]]] = {}
    for term in label_terms(settings):
        by_scope.setdefault(term.scope, {}).setdefault(term.concept, []).append(term)
    return by_scope


@lru_cache(maxsize=8)
def _whole_text_terms(settings: Settings) -> tuple[Term, ...]:
    """The terms counted over the whole text (`name` and `word` scopes), in counting order."""
    by_scope = _terms_by_scope(settings)
    return tuple(term for scope in WHOLE_TEXT_SCOPES for terms in by_scope.get(scope, {}).values() for term in terms)


@lru_cache(maxsize=8)
def _frame_cues(settings: Settings) -> tuple[list[str], ...]:
    """The patterns of every frame item, then of every indicator, in resource order."""
    items = [patterns for frame in FRAMES for patterns in _frame_patterns(settings)[frame].values()]
    return (*items, *_indicator_patterns(settings).values())


@lru_cache(maxsize=8)
def _scanner(settings: Settings) -> tuple[tuple[re.Pattern[str], ...], KeywordIndex]:
    """The frame cue regexes (`_frame_cues`) followed by the whole-text label terms (`_whole_text_terms`), and their keywords."""
    items = [rows for frame in FRAMES for rows in _frame_rows(settings)[frame].values()]
    cue_keywords = [{word for row in rows for word in keywords(row)} for rows in (*items, *_indicator_rows(settings).values())]
    terms = _whole_text_terms(settings)
    patterns = (*map(cue_regex, _frame_cues(settings)), *(term.pattern for term in terms))
    return patterns, KeywordIndex.build([*cue_keywords, *(term.keywords for term in terms)])


@lru_cache(maxsize=1)
def _cue_spans(text: str, settings: Settings) -> tuple[list[list[Span]], list[list[Span]]]:
    """Match spans in one article's text of the frame cues and of the whole-text label terms (kept for the article's two tables)."""
    patterns, index = _scanner(settings)
    spans = [[match.span() for match in matches] for matches in index.scan(patterns, text, lowered(text))]
    n_cues = len(_frame_cues(settings))
    return spans[:n_cues], spans[n_cues:]


@dataclass(frozen=True)
class TermUnion:
    """All terms of one concept and scope: one regex for any of them and the literals one of which each match contains."""

    regex: re.Pattern[str]
    needles: tuple[str, ...]  # the terms' keywords: a text holding none of them cannot match

    def found_in(self, part: str, lowered_part: str | None) -> bool:
        """Whether one of the terms matches in `part` (`lowered_part`: its lower-cased form, None if that is not exact)."""
        return may_contain(lowered_part, self.needles) and self.regex.search(part) is not None


@lru_cache(maxsize=32)
def _term_unions(scope: str, settings: Settings) -> dict[str, TermUnion]:
    """concept -> the union of its terms of `scope`, to skip the sentences or clauses where none of them occurs."""
    unions: dict[str, TermUnion] = {}
    for concept, terms in _terms_by_scope(settings).get(scope, {}).items():
        regex = cue_regex([term.source for term in terms])
        unions[concept] = TermUnion(regex, tuple(sorted({word for term in terms for word in term.keywords})))
    return unions


def distinct_matches(text: str, spans: list[Span]) -> list[str]:
    """Distinct matched strings (lower-cased, white space collapsed, in order of first occurrence)."""
    seen: dict[str, None] = {}
    for start, end in spans:
        matched = text[start:end].lower()
        seen.setdefault(matched if matched.isprintable() and "  " not in matched else WHITESPACE.sub(" ", matched), None)
    return list(seen)


def is_official(quote: dict, actors: ActorDictionary) -> bool:
    """Whether a quote comes from an official voice: a government or organization, or a person holding an office."""
    if quote.get("speaker_type") in OFFICIAL_SPEAKER_TYPES:
        return True
    actor = actors.get(quote.get("speaker") or "") if quote.get("speaker") else None
    if actor is not None and actor.role:
        return True
    return bool(OFFICIAL_TITLE.search(quote.get("speaker_mention") or ""))


def elite_evidence(quotes: list[dict], settings: Settings = DEFAULT_SETTINGS) -> list[str]:
    """Evidence for elite-only sourcing from the quotes table: empty unless official voices dominate the attributed quotes."""
    typed = [q for q in quotes if q.get("speaker_type") in {"person", *OFFICIAL_SPEAKER_TYPES}]
    actors = load_actors(settings)
    official = [q for q in typed if is_official(q, actors)]
    if not official or len(official) < ELITE_SHARE_MIN * len(typed):
        return []
    speakers = dict.fromkeys(q.get("speaker") or q.get("speaker_mention") or "" for q in official)
    return [f"{len(official)}/{len(typed)} quotes official", *(s for s in speakers if s)]


def frame_rows(article: Article, quotes: list[dict] | None = None, settings: Settings = DEFAULT_SETTINGS) -> list[dict[str, object]]:
    """Rows of the `frames` table: the five generic frames, the war/peace indicators and their summaries.

    With `quotes` (the article's quotes table), elite-only sourcing is judged from who is quoted.
    """
    text = article.text
    cue_spans = iter(_cue_spans(text, settings)[0])
    rows: list[dict[str, object]] = []
    for frame in FRAMES:
        items = _frame_patterns(settings)[frame]
        found = {item: distinct_matches(text, next(cue_spans)) for item in items}
        present = [item for item, cues in found.items() if cues]
        evidence = "; ".join(f"{item}: {', '.join(found[item][:MAX_EVIDENCE])}" for item in present)
        rows.append({"article_id": article.article_id, "frame": frame, "score": round(len(present) / len(items), 4), "evidence": evidence})
    found = {indicator: distinct_matches(text, next(cue_spans)) for indicator in _indicator_patterns(settings)}
    if quotes is not None:
        found[ELITE] = elite_evidence(quotes, settings)
    elif found.get(PEOPLE):
        found[ELITE] = []
    scores = {indicator: 1.0 if cues else 0.0 for indicator, cues in found.items()}
    for indicator, cues in found.items():
        rows.append({"article_id": article.article_id, "frame": indicator, "score": scores[indicator], "evidence": "; ".join(cues[:MAX_EVIDENCE])})
    for summary, prefix in ((WAR_SUMMARY, "war:"), (PEACE_SUMMARY, "peace:")):
        group = [name for name in scores if name.startswith(prefix)]
        present = [name for name in group if scores[name]]
        score = round(len(present) / len(group), 4) if group else 0.0
        rows.append({"article_id": article.article_id, "frame": summary, "score": score, "evidence": "; ".join(present)})
    return rows


def _clauses(sentences: list[str]) -> list[str]:
    """Sentences further cut at semicolons and colons (a headline often joins two stories with ';')."""
    return [part for sentence in sentences for part in CLAUSE_BREAK.split(sentence)]


def _agent_excluded(clause: str, match: re.Match[str], exclude: list[Term]) -> bool:
    """Whether an excluded agent is named just before the match or after a following "by"."""
    before = " ".join(clause[: match.start()].split()[-AGENT_WORDS_BEFORE:])
    by = AGENT_AFTER.match(clause, match.end())
    after = clause[by.end(): by.end() + 40] if by else ""
    return any(x.pattern.search(before) or (after and x.pattern.search(after)) for x in exclude)


def _may_occur(scope: str, lower: str | None, settings: Settings) -> dict[str, list[Term]]:
    """concept -> its terms of `scope`, for the concepts one of whose terms may occur in a text (`lower`: its lower-cased
    form as `literal_scan.lowered` gives it)."""
    unions = _term_unions(scope, settings)
    terms = _terms_by_scope(settings).get(scope, {})
    return {concept: concept_terms for concept, concept_terms in terms.items() if may_contain(lower, unions[concept].needles)}


def label_counts(text: str, settings: Settings = DEFAULT_SETTINGS) -> dict[tuple[str, str], int]:
    """(concept, term) -> number of uses in `text`.

    `name` and `word` terms count every use; `descriptor` terms only in sentences naming the concept;
    `contextual` terms only in clauses matching a `context` row of the concept, unless an `exclude`
    row names the agent next to the use.
    """
    counts: dict[tuple[str, str], int] = {}
    by_scope = _terms_by_scope(settings)

    def add(term: Term, part: str) -> None:
        n = sum(1 for _ in term.pattern.finditer(part))
        if n:
            counts[(term.concept, term.term)] = counts.get((term.concept, term.term), 0) + n

    for term, spans in zip(_whole_text_terms(settings), _cue_spans(text, settings)[1]):
        if spans:
            counts[(term.concept, term.term)] = counts.get((term.concept, term.term), 0) + len(spans)
    lower = lowered(text)
    descriptors, contextual = _may_occur("descriptor", lower, settings), _may_occur("contextual", lower, settings)
    spans = sentence_spans(text) if descriptors or contextual else []
    sentences = [text[start:end] for start, end in spans]
    if descriptors:
        names = by_scope.get("name", {})
        unions = _term_unions("descriptor", settings)
        for sentence, (start, end) in zip(sentences, spans):
            lowered_sentence = lower[start:end] if lower is not None else None
            for concept, terms in descriptors.items():
                if not unions[concept].found_in(sentence, lowered_sentence):
                    continue
                if any(name.pattern.search(sentence) for name in names.get(concept, [])):
                    for term in terms:
                        add(term, sentence)
    if contextual:
        context, exclude = by_scope.get("context", {}), by_scope.get("exclude", {})
        unions = _term_unions("contextual", settings)
        for clause in _clauses(sentences):
            lowered_clause = clause.lower() if lower is not None else None
            for concept, terms in contextual.items():
                if not unions[concept].found_in(clause, lowered_clause) or not any(c.pattern.search(clause) for c in context.get(concept, [])):
                    continue
                for term in terms:
                    n = sum(1 for match in term.pattern.finditer(clause) if not _agent_excluded(clause, match, exclude.get(concept, [])))
                    if n:
                        counts[(term.concept, term.term)] = counts.get((term.concept, term.term), 0) + n
    return counts


def label_rows(article: Article, settings: Settings = DEFAULT_SETTINGS) -> list[dict[str, object]]:
    """Rows of the `labels` table for one article (terms used at least once)."""
    return [
        {"article_id": article.article_id, "outlet": article.outlet, "concept": concept, "term": term, "count": count}
        for (concept, term), count in label_counts(article.text, settings).items()
    ]


def article_tables(article: Article, done: dict[str, list[dict]], settings: Settings = DEFAULT_SETTINGS) -> dict[str, list[dict]]:
    """Pipeline entry: the `frames` and `labels` tables for one article (elite sourcing from `done["quotes"]` when present)."""
    return {"frames": frame_rows(article, done.get("quotes"), settings), "labels": label_rows(article, settings)}
