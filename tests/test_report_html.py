"""The rendered reports, read as a browser would: on the seeds and on a small corpus written here.

Each page has a real title, alt text on every image, nothing fetched from the network, a link to every
`fig-*.csv` written beside it, whole table cells (no ellipsis) and no traceback; the index names the corpus.
"""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import matplotlib.pyplot as plt
import pytest

from presslens.paths import NOTEBOOKS_DIR, SEEDS_DIR
from presslens.report.render import run_reports

NOTEBOOKS = sorted(p.stem for p in NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
REPORT_TITLES = {"00_corpus": "What the corpus holds", "01_framing_sentiment": "Framing and sentiment",
                 "02_quotes": "Whose voices each outlet carries", "03_timeline": "Escalation timeline"}

# Six short stories: two outlets with a '$' in their names, two stories with no outlet at all.
SMALL_CORPUS = {
    "a1.txt": ("Pakistan recalls envoy after Iranian strike in Balochistan\n\n"
               "ISLAMABAD: Pakistan recalled its ambassador from Tehran on Wednesday, a day after Iran launched missile "
               "and drone strikes on what it said were Jaish al-Adl militant bases in Balochistan.\n\n"
               "\"This violation of Pakistan's sovereignty is completely unacceptable,\" Foreign Office spokesperson "
               "Mumtaz Zahra Baloch said. Two children were killed in the strike, she said.\n"),
    "a2.txt": ("Iran says strikes hit terrorists, not Pakistani citizens\n\n"
               "Iranian Foreign Minister Hossein Amir-Abdollahian said on Thursday that the missile strikes in Pakistan "
               "targeted only Jaish al-Adl terrorists.\n\n"
               "\"No Pakistani nationals were targeted,\" Amir-Abdollahian told reporters.\n"),
    "a3.txt": ("Pakistan strikes militant hideouts inside Iran\n\n"
               "Pakistan carried out retaliatory strikes on militant hideouts in Iran's Sistan-Baluchestan province on "
               "Thursday, killing nine people, according to Iranian officials.\n"),
    "a4.txt": ("Neighbours agree to de-escalate after tit-for-tat strikes\n\n"
               "Iran and Pakistan agreed on Friday to de-escalate tensions after the exchange of strikes this week, "
               "the foreign ministries of both countries said.\n"),
    "a5.txt": ("Ambassadors return as Iran and Pakistan restore ties\n\n"
               "Iran and Pakistan restored full diplomatic ties on Friday as their ambassadors returned to Tehran and "
               "Islamabad, ending the crisis that began with Iran's strikes on January 16.\n"),
    "a6.txt": ("Markets shrug off Iran-Pakistan border clash\n\n"
               "Traders in Karachi said on Thursday that the market barely moved after Pakistan's strikes in Iran, as "
               "investors expected both governments to contain the crisis with Iran.\n"),
}
METADATA = ("file,outlet,url,published,byline\na1.txt,Dawn $ Daily,,2024-01-17,\na2.txt,Tehran Times,,2024-01-18,\n"
            "a3.txt,,,2024-01-18,\na4.txt,Dawn $ Daily,,2024-01-19,\na5.txt,$Money$ Wire,,2024-01-26,\n"
            "a6.txt,,,2024-01-18,\n")


class Page(HTMLParser):
    """What a test needs from one HTML page: title, images (alt texts and sources), external resources, links,
    table cells, text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.title, self.images, self.external, self.links, self.cells, self.text = "", [], [], [], [], []
        self.sources: list[str] = []
        self._in = ""
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "img":
            self.images.append(found.get("alt") or "")
            self.sources.append(found.get("src") or "")
        if tag in ("script", "link", "img", "iframe") and any(
                (found.get(a) or "").startswith(("http:", "https:", "//")) for a in ("src", "href")):
            self.external.append((tag, found))
        if tag == "script" and found.get("src"):
            self.external.append((tag, found))
        if tag == "a" and found.get("href"):
            self.links.append(found["href"])
        if tag in ("title", "td"):
            self._in = tag
            if tag == "td":
                self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = ""

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in == "title":
            self.title += data
        elif self._in == "td":
            self.cells[-1] += data


def render(corpus: Path, out: Path) -> dict[str, Page]:
    """Run the whole suite and parse every page."""
    results = run_reports(corpus, out, {})
    assert [(r.name, r.ok, r.error) for r in results] == [(n, True, "") for n in NOTEBOOKS]
    return {p.stem: Page(p.read_text(encoding="utf-8")) for p in out.glob("*.html")}


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Page]]:
    out = tmp_path_factory.mktemp("seeds-report")
    return out, render(SEEDS_DIR, out)


@pytest.fixture(scope="module")
def small_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Page]]:
    corpus = tmp_path_factory.mktemp("small") / "dollar-corpus"
    corpus.mkdir()
    for name, text in SMALL_CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "metadata.csv").write_text(METADATA, encoding="utf-8")
    out = tmp_path_factory.mktemp("small-report")
    return out, render(corpus, out)


@pytest.fixture(params=["seeds_report", "small_report"])
def report(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Page], str]:
    out, pages = request.getfixturevalue(request.param)
    return out, pages, "seeds" if request.param == "seeds_report" else "dollar-corpus"


def test_every_page_has_a_real_title_and_the_index_names_the_corpus(report):
    out, pages, corpus = report
    assert {name: page.title for name, page in pages.items()} == {
        "index": f"presslens · Reports · {corpus}",
        **{name: f"presslens · {title} · {corpus}" for name, title in REPORT_TITLES.items()}}
    index = "".join(pages["index"].text)
    assert f"Corpus analysed: {corpus}" in index
    assert sorted(h for h in pages["index"].links) == [f"{n}.html" for n in NOTEBOOKS]


def test_pages_are_self_contained_with_alt_text_on_every_figure(report):
    out, pages, _ = report
    for name, page in pages.items():
        assert page.external == [], name
        assert all(len(alt) > 20 for alt in page.images), name
    assert all(pages[n].images for n in NOTEBOOKS)


def test_every_chart_table_is_written_and_linked(report):
    out, pages, _ = report
    for name in NOTEBOOKS:
        charts = sorted((out / name).glob("fig-*.svg"))
        assert charts, name
        csvs = sorted((out / name).glob("fig-*.csv"))
        assert [p.stem for p in csvs] == [p.stem for p in charts]
        assert sorted(h for h in pages[name].links if h.endswith(".csv")) == [f"{name}/{p.name}" for p in csvs]
        assert len(pages[name].images) == len(charts)
        assert all(src.startswith("data:image/svg+xml;base64,") for src in pages[name].sources)
        assert all("<text " in chart.read_text(encoding="utf-8") for chart in charts)  # text kept as text


def test_no_cell_cut_and_no_traceback(report):
    out, pages, _ = report
    for name, page in pages.items():
        assert page.cells or name == "index"
        assert not [c for c in page.cells if c.rstrip().endswith(("...", "…"))], name
        text = " ".join(page.text)
        assert "Traceback" not in text and "FAILED" not in text, name


def test_missing_outlet_and_dollar_names_shown_as_text(small_report):
    out, pages = small_report
    corpus_page = " ".join(pages["00_corpus"].text)
    assert "Dawn $ Daily" in corpus_page and "$Money$ Wire" in corpus_page and "(outlet unknown)" in corpus_page
    assert "(outlet unknown)" in (out / "02_quotes" / "fig-1-kinds-per-outlet.csv").read_text(encoding="utf-8")
    assert not any("(unknown)" in c for c in pages["02_quotes"].cells if "(outlet unknown)" not in c
                   and "(speaker unknown)" not in c and "(affiliation unknown)" not in c)


def test_a_dollar_in_a_label_is_drawn_as_text():
    import presslens.views.figures  # noqa: F401  # importing it turns mathtext off

    fig, ax = plt.subplots()
    ax.set_title(r"Dawn $\notacommand Daily$")
    fig.canvas.draw()  # would raise ValueError if the title were parsed as mathtext
    with plt.rc_context({"text.parse_math": True}):
        fig2, ax2 = plt.subplots()
        ax2.set_title(r"Dawn $\notacommand Daily$")
        with pytest.raises(ValueError):
            fig2.canvas.draw()
    plt.close("all")


# ---- the pieces behind the pages ------------------------------------------------------------------

def test_voice_groups_show_media_and_unnamed_sources_as_such():
    import pandas as pd

    from presslens.views import voices

    quotes = pd.DataFrame({
        "article_id": ["a"] * 5, "kind": ["direct", "indirect", "indirect", "direct", "partial"],
        "speaker": ["Mumtaz Zahra Baloch", "IRNA", "a local official", "", "Iran"],
        "speaker_type": ["person", "media", "unnamed", "unknown", "government"],
        "affiliation": ["Pakistan", "Iran", "Pakistan", "", "Iran"]})
    articles = pd.DataFrame({"article_id": ["a"], "outlet": [""], "title": ["T"], "published": [""]})
    merged = voices.quotes_by_outlet({"quotes": quotes, "articles": articles})
    assert merged["group"].tolist() == ["Pakistan", "media", "unnamed source", "(speaker unknown)", "Iran"]
    assert merged["speaker_kind"].tolist() == ["named person", "media", "unnamed source", "(speaker unknown)", "government"]
    counts = voices.voice_counts(merged)
    assert counts.loc["(outlet unknown)"].to_dict() == {"Iran": 1, "Pakistan": 1, "media": 1, "unnamed source": 1,
                                                        "(speaker unknown)": 1}
    assert voices.share_finding(counts).startswith("Largest voice per outlet: (outlet unknown): ")
    assert voices.share_table(counts)["share"].tolist() == [0.2] * 5


def test_colours_fixed_per_name_distinct_for_new_names_and_replaceable_per_corpus(tmp_path):
    from presslens.views.figures import OTHER, keep_top, palette

    bundled = palette()
    assert bundled.colour("outlet", "France 24") == "#7570b3" and bundled.colour("group", "Iran") == "#c62828"
    mine = bundled.with_names("outlet", ["A", "B", "C", "France 24"])
    assert len({mine.colour("outlet", n) for n in ["A", "B", "C", "France 24"]}) == 4
    assert mine.colour("outlet", "France 24") == "#7570b3" and mine.colour("outlet", OTHER) == bundled.other
    (tmp_path / "colors.csv").write_text("kind,name,color\noutlet,France 24,#000000\npalette,1,#111111\n")
    assert palette(tmp_path).colour("outlet", "France 24") == "#000000"
    import pandas as pd

    names = pd.Series([f"o{i}" for i in range(12) for _ in range(12 - i)])
    assert keep_top(names).nunique() == 10 and (keep_top(names) == OTHER).sum() == 3 + 2 + 1


def test_tables_whole_with_integers_percentages_and_two_decimals():
    import pandas as pd

    from presslens.views.figures import show_table

    claim = "killed 10, including 4 minors (France 24) | killed 9, including 4 children (Caspian News) " * 3
    table = pd.DataFrame({"n_sentences": [16, 3], "mean": [-0.1234, 0.5], "share_negative": [0.4375, 1.0],
                          "claims": [claim, "<b>x</b>"]}, index=[4, 9])
    page = Page(show_table(table).data)
    assert page.cells == ["16", "-0.12", "44%", claim, "3", "0.50", "100%", "<b>x</b>"]
    scores = pd.DataFrame({"value": [1.0, 39.0]}, index=pd.Index(["recall", "n_gold"], name="measure"))
    assert Page(show_table(scores).data).cells == ["recall", "1.00", "n_gold", "39"]


def test_quote_gold_scores_show_counts_as_whole_numbers():
    from presslens.evaluation.quotes import QuoteScores
    from presslens.views.figures import show_table

    scores = QuoteScores(1.0, 1.0, 1.0, 0.94, 1.0, 39, 48, 39, 51, 87)
    cells = Page(show_table(scores.table()).data).cells
    assert cells[cells.index("indirect_precision") + 1] == "0.94"
    assert cells[cells.index("n_gold_quoted") + 1] == "39"
    assert cells[cells.index("n_matched") + 1] == "87"


def test_colour_table_read_through_the_corpus_settings(tmp_path):
    from presslens.settings import Settings
    from presslens.views.figures import palette

    (tmp_path / "colors.csv").write_text("kind,name\noutlet,Dawn\n")
    with pytest.raises(ValueError, match=r"colors\.csv: missing column\(s\) color"):
        palette(tmp_path)
    assert Settings.for_corpus(tmp_path).where("colors.csv") == str(tmp_path / "colors.csv")


def test_one_heat_map_for_tone_and_quote_counts_hatches_empty_cells():
    import pandas as pd

    from presslens.views import tone_plots, voices

    counts = pd.DataFrame({"Ali": [2, 0], "Mumtaz Zahra Baloch": [0, 1]}, index=["Dawn", "France 24"])
    ax = voices.plot_matrix(counts, "Quotes per outlet and speaker").axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2"]  # a cell with no quote shows no number ...
    assert sum(1 for p in ax.patches if p.get_hatch()) == 2  # ... and is hatched, not a pale zero
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Ali", "Mumtaz Zahra Baloch"]  # names as written
    means = pd.DataFrame({"Iran": [-0.5, float("nan")]}, index=["Dawn", "France 24"])
    tone_ax = tone_plots.actor_tone_heatmap(pd.DataFrame(
        {"outlet": ["Dawn"], "actor": ["Iran"], "mean_compound": [-0.5], "n_sentences": [4]}))[0].axes[0]
    assert [t.get_text() for t in tone_ax.texts] == ["-0.50\n(n=4)"]
    frame_ax = tone_plots.frame_heatmap(means.rename(columns={"Iran": "human_interest"}), "Frames")[0].axes[0]
    assert [t.get_text() for t in frame_ax.get_xticklabels()] == ["Human interest"]
    assert sum(1 for p in frame_ax.patches if p.get_hatch()) == 1
    plt.close("all")


def test_findings_agree_in_number():
    import pandas as pd

    from presslens.views import timeline_plots

    named = pd.DataFrame({"Dawn": [2]}, index=["2024-01-16"])
    days = pd.DataFrame({"day": ["2024-01-16", "2024-01-16", "2023-06-01"]})
    assert timeline_plots.days_named_finding(days, named) == (
        "2 date expressions name 1 day of the window; the most named is 2024-01-16 (2 mentions by 1 outlet). "
        "1 further expression names a day outside the window.")


def test_day_ticks_name_the_month_from_the_first_one():
    import pandas as pd

    from presslens.views.figures import date_axis

    fig, ax = plt.subplots()
    days = pd.date_range("2024-01-16", "2024-02-03")
    ax.bar(days, range(len(days)))
    date_axis(ax, days.min(), days.max())
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "15 Jan 2024" and "2 Feb" in labels and len(set(labels)) == len(labels)
    date_axis(ax, pd.Timestamp("2023-12-15"), pd.Timestamp("2024-04-05"))  # across a new year: the year where it changes
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[:3] == ["15 Dec 2023", "1 Jan 2024", "15 Jan"] and ax.xaxis.get_offset_text().get_text() == ""
    plt.close(fig)


def test_strongest_frame_evidence_names_stories_in_words():
    import pandas as pd

    from presslens.views.tone import strongest_frame_evidence

    articles = pd.DataFrame({"article_id": ["002_398b-0", "003_77aa-0"], "outlet": ["Dawn", ""],
                             "title": ["Pakistan recalls envoy", "Strikes hit Balochistan"]})
    frames = pd.DataFrame({"article_id": ["002_398b-0", "003_77aa-0", "003_77aa-0"],
                           "frame": ["human_interest", "human_interest", "conflict"], "score": [0.25, 0.75, 0.5],
                           "evidence": ["children", "families; children", "strike"]})
    table = strongest_frame_evidence(frames, articles)
    assert table.to_dict("records") == [
        {"frame": "Human interest", "outlet": "(outlet unknown)", "title": "Strikes hit Balochistan", "score": 0.75,
         "evidence": "families; children"},
        {"frame": "Conflict", "outlet": "(outlet unknown)", "title": "Strikes hit Balochistan", "score": 0.5,
         "evidence": "strike"}]
