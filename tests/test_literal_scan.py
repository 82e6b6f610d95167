"""Declared keywords (presslens.literal_scan): every rule match begins with one of its row's keywords, and the keyed
scans find exactly what the plain regular expressions find."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from presslens.analyses import framing
from presslens.analyses.events.rules import GENERIC_ACTORS_FILE, _generic_patterns, load_rules, lower_keywords, trigger_keywords
from presslens.analyses.quotes import attribution as quotes
from presslens.analyses.quotes.marks import find_quote_spans
from presslens.ingestion.corpus import load_corpus
from presslens.literal_scan import KeywordIndex, lowered, word_finder, word_starts
from presslens.paths import SEEDS_DIR
from presslens.places import load_places, place_finder
from presslens.settings import DEFAULT_SETTINGS, Settings
from presslens.synthetic import generate_corpus
from presslens.text import sentence_spans

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
DEV_SETS = ("dev_corpus", "dev_events", "dev_frames", "dev_quotes", "example_crisis")
TRICKY = [
    "Iran STRUCK on Monday; a few days ago, 2 days later, the day before, mid-January 2024.",
    "The ſtrike on Tueſday (16) killed ſix people.",  # long s folds to "s" in the regex engine only
    "İSTANBUL: the attack on 16 January was condemned.",  # lower-casing changes the length
    "The KELVIN-sign K-illed and ١٢ January (Arabic-Indic digits).",
    "Shelling\u00a0resumed after talks; troops killed 12 civilians, who were “unarmed”.",
    "Iran's UN envoy met the OIC and the IMF; un-named officials and the Un envoy declined.",
    "A 12-year-old girl and a ١٢-year-old boy; costs of $ 5,000 and $12.5 million in Türkiye.",
    "Jaish al-Adl (JAA) and Jaysh al-Dhulm, jaa and JAISH-UL-ADL; the Army of Justice.",
    "de-escalation, deescalation, re-establish and reestablished ties; has long, have long.",
    "killed killed killed; loss of many innocent lives\nand lost their lives.",
    "Militants' attacks: attacked by militants, militant attacks, air strikes and airstrikes.",
    "The ſtrike and the \u212a mark; İran İslamabad ßanctions.",
    '"We condemn it," he said. According to the ministry, officials said that talks, as per the deal, would resume;'
    " un-said, Said and re-stated it. He added: 'no'. Spokesman-said; they told reporters, claiming victory.",
]


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The seed articles, the dev fixtures, generated articles and a few texts with unusual case folding."""
    generated = generate_corpus(tmp_path_factory.mktemp("generated"), 40, seed=3)
    folders = [SEEDS_DIR, *(FIXTURES / name for name in DEV_SETS), generated]
    found = [a.text for folder in folders for a in load_corpus(folder).articles]
    return found + TRICKY + [t.upper() for t in TRICKY] + [t.title() for t in TRICKY]


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


RULE_FILES = [
    (folder, name)
    for folder, names in [
        (REPO / "lib" / "presslens" / "resources", (framing.FRAME_CUES_FILE, framing.WAR_PEACE_CUES_FILE, framing.LABEL_TERMS_FILE)),
        (FIXTURES / "example_crisis", (framing.LABEL_TERMS_FILE,)),
    ]
    for name in names
]


@pytest.mark.parametrize(("folder", "name"), RULE_FILES, ids=[f"{f.name}/{n}" for f, n in RULE_FILES])
def test_every_match_of_a_row_begins_with_one_of_its_keywords(folder: Path, name: str, texts: list[str]) -> None:
    rows = _rows(folder, name)
    assert rows
    for row in rows:
        words = framing.keywords(row)
        assert words, row
        pattern = framing.cue_regex([row["pattern"]])
        for text in (t for t in texts if lowered(t) is not None):  # others are scanned in full ("\\d" holds "١٢", a keyword "1" not)
            for m in pattern.finditer(text):
                assert m.group(0).lower().startswith(words), (name, row["pattern"], m.group(0))


def test_every_speech_cue_begins_with_one_of_its_keywords(texts: list[str]) -> None:
    pattern, _ = quotes.speech_cues()
    words = tuple(quotes._cue_keywords(DEFAULT_SETTINGS).rules_at)
    assert "said" in words and "According" in words and "according" in words
    for text in texts:
        for m in pattern.finditer(text):
            assert m.group(0).startswith(words), m.group(0)


def test_keyed_frame_and_label_scan_equals_finditer(texts: list[str]) -> None:
    patterns, index = framing._scanner(DEFAULT_SETTINGS)
    for text in texts:
        found = index.scan(patterns, text, lowered(text))
        for pattern, matches in zip(patterns, found, strict=True):
            assert [m.span() for m in matches] == [m.span() for m in pattern.finditer(text)], (pattern.pattern, text[:80])


def test_keyed_speech_cue_scan_equals_finditer(texts: list[str]) -> None:
    pattern, _ = quotes.speech_cues()
    for text in texts:
        masked = quotes._mask(text, find_quote_spans(text)[0])
        for spans in (sentence_spans(text), [(0, len(text))], [(5, 40), (len(text) // 3, len(text) // 2)]):
            for start, end in spans:
                keyed = [m.span() for m in quotes._cue_matches(masked, start, end)]
                assert keyed == [m.span() for m in pattern.finditer(masked, start, end)], (masked[start:end][:80])


def test_texts_with_irregular_case_folding_are_not_lowered() -> None:
    assert lowered(TRICKY[0]) == TRICKY[0].lower()
    assert lowered(TRICKY[1]) is None and lowered(TRICKY[2]) is None and lowered(TRICKY[3]) is None
    assert lowered(TRICKY[4]) is not None


def test_index_tries_the_rules_of_every_keyword_that_begins_the_one_found() -> None:
    patterns = [re.compile(r"(?<![\w-])air\w*"), re.compile(r"(?<![\w-])airstrikes?"), re.compile(r"(?<![\w-])\$\d+")]
    index = KeywordIndex.build([("air",), ("airstrike",), ("$",)])
    text = "airstrikes, air-strike, hair, $5 and $$6 (airstrike)"
    found = index.scan(patterns, text, text)
    for pattern, matches in zip(patterns, found, strict=True):
        assert [m.span() for m in matches] == [m.span() for m in pattern.finditer(text)]
    assert [len(matches) for matches in found] == [3, 2, 2]
    with pytest.raises(ValueError, match="declares no keywords"):
        KeywordIndex.build([("air",), ()])


def _plain(words: set[str], flags: re.RegexFlag = re.NOFLAG, after: str = "") -> re.Pattern[str]:
    """The plain regex that `word_finder` stands for: the words at a word start, longest first."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" + after, flags)


def test_word_starts_equal_finditer_of_the_plain_alternation() -> None:
    words = {"re-establish", "establish", "air", "airstrike", "air strike", "st. louis", "s"}
    text = "Re-establish, establish; airstrikes and air strike.Air-strike, hair st. louis, St. Louis s s-s"
    for flags in (re.NOFLAG, re.IGNORECASE):
        for after in ("", r"\b"):
            found = word_starts(word_finder(words, flags, after), text)
            assert found == [(m.start(), m.end(), m.group()) for m in _plain(words, flags, after).finditer(text)]
    assert [w for _, _, w in word_starts(word_finder(words), text)] == ["establish", "establish", "airstrike", "air strike", "s", "st. louis", "s", "s", "s"]
    assert word_starts(word_finder(words, re.IGNORECASE, r"\b"), text)[:2] == [(0, 12, "Re-establish"), (14, 23, "establish")]
    assert word_starts(word_finder([]), text) == []
    with pytest.raises(ValueError, match="begin with a word character"):
        word_finder(["air", "-strike"])


def test_event_word_finders_equal_their_plain_alternations(texts: list[str]) -> None:
    stems = {stem for rule in load_rules() for stem in rule.keywords}
    armed, forces = _generic_patterns(DEFAULT_SETTINGS)
    with DEFAULT_SETTINGS.open(GENERIC_ACTORS_FILE) as handle:
        rows = list(csv.DictReader(handle))
    generic = {kind: {row["term"].lower() for row in rows if row["kind"] == kind} for kind in ("nonstate", "state")}
    assert generic["nonstate"] and generic["state"]
    cases = [(trigger_keywords(), _plain(stems, re.IGNORECASE), False), (lower_keywords(), _plain(stems), True),
             (place_finder(), _plain(set(load_places()), after=r"\b"), False)]
    for text in texts:
        for finder, plain, lower in cases:
            scanned = text.lower() if lower else text
            assert word_starts(finder, scanned) == [(m.start(), m.end(), m.group()) for m in plain.finditer(scanned)]
        for finder, plain in ((armed, _plain(generic["nonstate"], after=r"\b")), (forces, _plain(generic["state"], after=r"\b"))):
            assert word_starts(finder, text.lower()) == [(m.start(), m.end(), m.group()) for m in plain.finditer(text.lower())]


def test_a_rule_file_without_keywords_is_refused(tmp_path: Path) -> None:
    with (tmp_path / framing.LABEL_TERMS_FILE).open("w", encoding="utf-8") as handle:
        handle.write("concept,term,scope,pattern\nVell dam,Vell dam,name,Vell\\s+dam\n")
    with pytest.raises(ValueError, match="line 2: no `keywords`"):
        framing.label_terms(Settings.for_corpus(tmp_path))


def test_no_private_regex_internals_in_the_library() -> None:
    for path in (REPO / "lib").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"\bre\._|from re import _|\bsre_(?:parse|constants|compile)\b", source), path
