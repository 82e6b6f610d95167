"""Bad input never loses the rest of the corpus: each file is read correctly or listed with a reason."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.cli import main
from presslens.ingestion.cleaning import is_caption
from presslens.ingestion.corpus import CorpusError, load_corpus
from presslens.ingestion.files import MAX_TEXT_FILE_BYTES

STORY = (
    "Iran and Pakistan trade strikes across the border\n\n"
    "ISLAMABAD: Pakistan said on Thursday it had carried out retaliatory air strikes on militant hideouts "
    "in Iran's Sistan-Baluchestan province, two days after Iranian missile and drone strikes hit Balochistan.\n"
)


def _good(folder: Path) -> None:
    (folder / "good.txt").write_text(STORY, encoding="utf-8")


def _skipped(folder: Path) -> dict[str, str]:
    result = load_corpus(folder)
    assert [a.source_file for a in result.articles if a.source_file == "good.txt"] == ["good.txt"], "the good file was lost"
    return {s.source_file + (f" {s.location}" if s.location else ""): s.reason for s in result.skipped}


def test_empty_file_is_skipped(tmp_path):
    _good(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _skipped(tmp_path) == {"empty.txt": "empty file"}


def test_binary_file_is_skipped(tmp_path):
    _good(tmp_path)
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 40)
    assert _skipped(tmp_path) == {"photo.txt": "binary file, not text"}


def test_cp1252_file_is_read_correctly(tmp_path):
    _good(tmp_path)
    text = "Pakistan’s foreign office condemns strike\n\nIslamabad said Iran’s “unprovoked violation” of Pakistan’s airspace on 16 January 2024 killed two children.\n"
    (tmp_path / "windows.txt").write_bytes(text.encode("cp1252"))
    result = load_corpus(tmp_path)
    story = next(a for a in result.articles if a.source_file == "windows.txt")
    assert story.title == "Pakistan’s foreign office condemns strike"
    assert "Iran’s “unprovoked violation” of Pakistan’s airspace" in story.text
    assert result.skipped == []


def test_huge_file_is_skipped_with_its_size(tmp_path):
    _good(tmp_path)
    with (tmp_path / "huge.txt").open("wb") as handle:
        line = b"Pakistan and Iran exchanged strikes across the border. " * 20 + b"\n"
        while handle.tell() <= 50 * 1024 * 1024:
            handle.write(line)
    reason = _skipped(tmp_path)["huge.txt"]
    assert reason.startswith("file too large for one article (50.0 MB")
    assert (tmp_path / "huge.txt").stat().st_size > MAX_TEXT_FILE_BYTES


def test_csv_without_text_column_is_skipped(tmp_path):
    _good(tmp_path)
    (tmp_path / "export.csv").write_text("headline,body\nA,B\n", encoding="utf-8")
    assert _skipped(tmp_path) == {"export.csv": "CSV has no 'text' column (columns: headline, body)"}


def test_csv_and_jsonl_rows_with_metadata(tmp_path):
    _good(tmp_path)
    (tmp_path / "export.csv").write_text(
        'title,outlet,published,url,text\n"Strikes","Dawn","2024-01-18","https://example.org/a","' + STORY.replace('"', '""') + '"\n'
        'Empty row,Dawn,2024-01-18,,\n',
        encoding="utf-8",
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"text": STORY, "title": "Feed story", "outlet": "Geo News", "published": "2024-01-19T10:00:00"}) + "\n{not json\n",
        encoding="utf-8",
    )
    result = load_corpus(tmp_path)
    by_file = {a.source_file: a for a in result.articles}
    assert by_file["export.csv"].outlet == "Dawn" and str(by_file["export.csv"].published) == "2024-01-18"
    assert by_file["export.csv"].url == "https://example.org/a"
    assert by_file["feed.jsonl"].title == "Feed story" and str(by_file["feed.jsonl"].published) == "2024-01-19"
    assert {(s.source_file, s.location, s.reason) for s in result.skipped} == {
        ("export.csv", "row 3", "empty or missing 'text'"),
        ("feed.jsonl", "line 2", "invalid JSON: Expecting property name enclosed in double quotes"),
    }


def test_file_names_with_spaces_and_unicode(tmp_path):
    (tmp_path / "Dawn – 18 janvier ایران.txt").write_text(STORY, encoding="utf-8")
    result = load_corpus(tmp_path)
    assert [a.source_file for a in result.articles] == ["Dawn – 18 janvier ایران.txt"]
    assert result.articles[0].article_id == "Dawn – 18 janvier ایران.txt#0"


def test_unsupported_type_is_listed(tmp_path):
    _good(tmp_path)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert _skipped(tmp_path) == {"scan.pdf": "unsupported file type '.pdf' (use .txt, .html, .csv or .jsonl)"}


def test_html_page_main_text_is_extracted(tmp_path):
    page = (
        "<html><head><title>Iran strikes militants in Pakistan | Example News</title>"
        "<meta property='og:site_name' content='Example News'></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Iran strikes militants in Pakistan</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY.split("\n\n")[1:] * 3)
        + "</article><footer>Subscribe to our newsletter</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    story = load_corpus(tmp_path).articles[0]
    assert "retaliatory air strikes on militant hideouts" in story.text
    assert "Home | World" not in story.text and "newsletter" not in story.text
    assert story.outlet == "Example News"


def test_missing_corpus_raises_one_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus not found"):
        load_corpus(tmp_path / "nope")


def test_missing_corpus_exits_non_zero_with_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "presslens", "analyze", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [f"presslens: error: corpus not found: {tmp_path / 'nope'}"]


def test_analyze_lists_skipped_files_and_goes_on(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _good(corpus)
    (corpus / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(corpus), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "1 stories analysed, 1 files or rows skipped" in printed
    assert "skipped empty.txt: empty file" in printed
    assert (tmp_path / "out" / "skipped.parquet").is_file()


def test_story_without_a_headline_keeps_its_text(tmp_path):
    body = "Pakistan said on Thursday that Iranian missile and drone strikes had killed two children in Balochistan, and recalled its ambassador from Tehran."
    (tmp_path / "no_headline.txt").write_text(f"Briefs\n\n{body}\n", encoding="utf-8")
    story = load_corpus(tmp_path).articles[0]
    assert story.title == ""
    assert story.text == body


def test_unbalanced_marks_and_a_huge_paragraph_are_analysed(tmp_path):
    from presslens.pipeline import analyze_article

    words = ["Iran", "said", '"', "attack", "on", "Tuesday", "Pakistan", "killed", "10", "“", "”", "according", "to", "the", "ministry."]
    huge = " ".join(words[i % len(words)] for i in range(60_000))
    (tmp_path / "huge_paragraph.txt").write_text(f"Strikes and claims\n\n{huge}\n\n“Unclosed quote said Jilani.\n", encoding="utf-8")
    story = load_corpus(tmp_path).articles[0]
    tables = analyze_article(story)
    assert tables["articles"][0]["n_words"] > 60_000
    for quote in tables["quotes"]:
        assert story.text[quote["start"]:quote["end"]] and quote["end"] - quote["start"] < 5_000


def test_long_unclosed_agency_credit_is_read_in_linear_time(tmp_path):
    """A line like "(AFP word word ..." without its closing bracket once took time doubling with every word."""
    credit = "Protesters gather (AFP " + " ".join(["word"] * 80)
    (tmp_path / "story.txt").write_text(
        f"Border strikes strain ties\n\n{credit}\n\nIran and Pakistan exchanged strikes this week.\n", encoding="utf-8"
    )
    (article,) = load_corpus(tmp_path).articles
    assert credit in article.text
    assert is_caption("Protesters gather at the border (AFP / Getty Images)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path, encoding):
    _good(tmp_path)
    bom = {"utf-16-le": "\ufeff", "utf-32-be": "\ufeff"}.get(encoding, "")  # the plain codecs write their own mark
    (tmp_path / "wide.txt").write_bytes((bom + STORY.replace("Iran and", "Iran’s and")).encode(encoding))
    result = load_corpus(tmp_path)
    story = next(a for a in result.articles if a.source_file == "wide.txt")
    assert story.title == "Iran’s and Pakistan trade strikes across the border"
    assert story.text == STORY.split("\n\n")[1].strip()
    assert result.skipped == []


def test_nul_bytes_are_removed_with_a_note_and_the_story_kept(tmp_path):
    _good(tmp_path)
    (tmp_path / "nul.txt").write_bytes(STORY.replace("retaliatory", "retali\x00atory\x00").encode())
    result = load_corpus(tmp_path)
    story = next(a for a in result.articles if a.source_file == "nul.txt")
    assert "retaliatory air strikes" in story.text and "\x00" not in story.text
    assert [(s.source_file, s.location, s.reason, type(s).__name__) for s in result.skipped] == [
        ("nul.txt", "", "2 NUL byte(s) removed; the story was kept", "Note")
    ]


def test_entries_that_are_not_regular_files_are_listed_with_reasons(tmp_path):
    _good(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inner.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "inside.txt").symlink_to(tmp_path / "good.txt")
    assert _skipped(tmp_path) == {
        "pipe.txt": "not a regular file: a FIFO (named pipe)",
        "folder.txt": "a folder, not a file (the files inside it are read)",
        "dangling.txt": f"dangling symbolic link (to {tmp_path / 'gone.txt'})",
        "loop.txt": "symbolic link loop",
    }
    assert sorted(a.source_file for a in load_corpus(tmp_path).articles) == ["folder.txt/inner.txt", "good.txt", "inside.txt"]


def test_a_link_leaving_the_corpus_is_followed_only_when_asked(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    _good(corpus)
    (outside / "secret.txt").write_text(STORY, encoding="utf-8")
    (corpus / "secret.txt").symlink_to(outside / "secret.txt")
    (corpus / "elsewhere").symlink_to(outside)
    reason = "symbolic link to {}, outside the corpus folder (not followed; use --follow-symlinks)"
    assert _skipped(corpus) == {"secret.txt": reason.format(outside / "secret.txt"), "elsewhere": reason.format(outside)}
    followed = load_corpus(corpus, follow_symlinks=True)
    assert sorted(a.source_file for a in followed.articles) == ["elsewhere/secret.txt", "good.txt", "secret.txt"]
    assert followed.skipped == []


@pytest.mark.parametrize(("name", "content", "message"), [
    ("metadata.csv", "file,outlet\ngood.txt,Dawn\ngood.txt,Caf\xe9 News\n".encode("latin-1"),
     "metadata.csv: line 3: not UTF-8 text (byte 0xe9); save it as UTF-8"),
    ("actors.csv", ("name,aliases\nX," + "y" * 20_000 + "\n").encode(),
     "actors.csv: line 2: field too long (20,000 characters > 10,000)"),
    ("crisis.json", b'{"name": "x",\n "terms": [1, 2,]}', "crisis.json: line 2: not valid JSON (Expecting value)"),
    ("crisis.json", b'["name", "terms"]', "crisis.json: line 1: expected one JSON object {...}, found list"),
    ("places.csv", b"name,country\nZahed\xe1n,Iran\n", "places.csv: line 2: not UTF-8 text (byte 0xe1); save it as UTF-8"),
])
def test_bad_control_files_are_rejected_in_one_line_naming_file_and_line(tmp_path, capsys, name, content, message):
    _good(tmp_path)
    (tmp_path / name).write_bytes(content)
    code = main(["analyze", str(tmp_path), "--out", str(tmp_path.parent / f"{tmp_path.name}-out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err == [f"presslens: error: {tmp_path / message}"]


def test_copyright_sign_inside_prose_is_kept_and_a_credit_is_removed(tmp_path):
    prose = ("The brand, sold under the mark © Sistan Foods since 1998, said on Tuesday that its trucks had been "
             "stopped at the Taftan crossing for a week because of the strikes.")
    (tmp_path / "story.txt").write_text(f"Border strikes hit trade\n\n{prose}\n\nTrucks wait at Taftan. © Reuters\n",
                                        encoding="utf-8")
    (story,) = load_corpus(tmp_path).articles
    assert story.text == prose
    assert story.removed_lines == ("Trucks wait at Taftan. © Reuters",)


def test_each_jsonl_or_csv_row_is_one_story_never_split_or_dropped(tmp_path):
    two_headlines = STORY + "\nShort Url\n\n" + STORY.replace("Iran and Pakistan", "Tehran and Islamabad")
    rows = [{"text": two_headlines}, {"text": "Share\nFollow\nTags: Iran"}, {"title": "Follow", "text": "Share on Facebook"}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = load_corpus(tmp_path)
    assert [(a.article_id, a.title, a.text) for a in result.articles] == [
        ("feed.jsonl:line1#0", "", two_headlines.strip().replace("\n\n", "\n").replace("\n", "\n\n")),
        ("feed.jsonl:line2#0", "", "Share\n\nFollow\n\nTags: Iran"),
        ("feed.jsonl:line3#0", "Follow", "Share on Facebook"),
    ]
    assert result.skipped == []


def test_a_row_that_does_not_decode_is_listed_not_garbled(tmp_path):
    good = json.dumps({"title": "Strikes", "text": "Pakistan’s and Iran’s strikes."}, ensure_ascii=False).encode()
    bad = json.dumps({"title": "Caf_", "text": "Strikes near the caf_ on the border."}).encode().replace(b"_", b"\xe9")
    (tmp_path / "feed.jsonl").write_bytes(good + b"\n" + bad + b"\n" + good + b"\n")
    result = load_corpus(tmp_path)
    assert [a.article_id for a in result.articles] == ["feed.jsonl:line1#0", "feed.jsonl:line3#0"]
    assert [(s.location, s.reason) for s in result.skipped] == [("line 2", "row does not decode in the file's encoding; not read")]


def test_over_long_fields_and_rows_are_reported_with_the_limit(tmp_path):
    from presslens.ingestion.files import MAX_FIELD_CHARS, MAX_ROW_TEXT_CHARS

    rows = [{"title": "t" * (MAX_FIELD_CHARS + 1), "text": "Pakistan and Iran exchanged strikes."},
            {"title": "Fine", "text": "x " * (MAX_ROW_TEXT_CHARS // 2 + 1)}]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [(s.location, s.reason) for s in load_corpus(tmp_path).skipped] == [
        ("line 1", "field 'title' too long (10,001 characters > 10,000)"),
        ("line 2", "text too long for one article (20,971,522 characters > 20,971,520)"),
    ]
