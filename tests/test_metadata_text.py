"""Headline, outlet and publication date of pasted stories: a channel's name line, future and background dates."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from presslens.ingestion.corpus import load_corpus
from presslens.ingestion.metadata import infer_outlet


def _one_story(tmp_path: Path, text: str):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [article] = load_corpus(tmp_path).articles
    return article


def test_a_channel_name_line_is_the_outlet_not_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Harbour English TV\nCoast guard seizes fishing boats near border\n\n"
                                   "The coast guard seized six fishing boats on Tuesday, a spokesman said.\n")
    assert (article.title, article.outlet) == ("Coast guard seizes fishing boats near border", "Harbour English TV")


def test_a_known_channel_line_gives_its_canonical_name() -> None:
    assert infer_outlet("Aaj English TV\nCoast guard seizes boats\n\nThe coast guard seized six boats on Tuesday.\n") == "Aaj News"


def test_a_channel_named_in_the_body_is_no_outlet() -> None:
    raw = "Coast guard seizes boats\n\nThe coast guard seized six boats on Tuesday.\n" + "More text.\n" * 14 + "Harbour TV\n"
    assert infer_outlet(raw) == ""


def test_a_page_title_with_a_known_site_name_gives_outlet_and_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Coast guard seizes fishing boats near border | Al Jazeera\n\n"
                                   "The coast guard seized six fishing boats on Tuesday, a spokesman said.\n")
    assert (article.title, article.outlet) == ("Coast guard seizes fishing boats near border", "Al Jazeera")


def test_a_title_ending_in_an_unknown_name_after_a_dash_is_kept_whole(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Border talks resume - analysis\n\n"
                                   "Negotiators met again on Tuesday, a spokesman said.\n")
    assert (article.title, article.outlet) == ("Border talks resume - analysis", "")


def test_a_site_name_after_a_dash_in_the_body_is_no_outlet() -> None:
    raw = "Border talks resume\n\nNegotiators met again on Tuesday.\n" + "More text.\n" * 14 + "Talks were praised - Dawn\n"
    assert infer_outlet(raw) == ""


def test_a_domain_of_the_outlet_list_maps_to_its_name() -> None:
    assert infer_outlet("Border talks resume\nhttps://www.voanews.com/a/border-talks/123.html\n\nNegotiators met on Tuesday.\n") == "Voice of America"


def test_a_table_row_without_a_date_takes_the_one_in_its_url(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text('{"title": "Border talks resume", "url": "https://harbour-news.example/2031/03/26/talks", '
                                         '"text": "Negotiators met again on Tuesday, a spokesman said."}\n', encoding="utf-8")
    [article] = load_corpus(tmp_path).articles
    assert article.published == date(2031, 3, 26)


def test_a_caption_ending_in_a_slash_photo_credit_is_boilerplate(tmp_path: Path) -> None:
    caption = "Both sides agree that the envoys may return to their posts by March 4. / Photo: Harbour Wire archive / Harbour Wire"
    article = _one_story(tmp_path, f"Border talks resume\n{caption}\nMarch 2, 2031\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert caption in article.removed_lines and "envoys" not in article.text


def test_a_byline_block_under_the_repeated_headline_opens_no_new_story(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(
        "Border Talks Resume After Weeks of Shelling\n\nEnvoys of both countries met in a frontier town on Monday to end the shelling.\n"
        "Border Talks Resume After Weeks of Shelling\nA soldier stands guard at a border post in 2029. (Harbour Wire) via REUTERS\n"
        "Jo Marlow\n03/26/2031\nUpdated:\n03/26/2031\n\nNegotiators met again on Monday, a spokesman said.\n", encoding="utf-8")
    [article] = load_corpus(tmp_path).articles
    assert (article.title, article.published) == ("Border Talks Resume After Weeks of Shelling", date(2031, 3, 26))
    assert "via REUTERS" not in article.text and "Negotiators met again" in article.text


def test_a_file_photo_caption_above_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "File photo of soldiers at a border post\n\nBorder talks resume\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert article.title == "Border talks resume"


def test_a_section_label_above_the_headline_is_not_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "World News\n\nBorder Talks Resume After Weeks of Shelling\n\n"
                                   "Harbour Army/Coast Wire via Reuters\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert article.title == "Border Talks Resume After Weeks of Shelling"
    assert {"World News", "Harbour Army/Coast Wire via Reuters"} <= set(article.removed_lines)


def test_a_short_headline_over_prose_stays_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Talks resume\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert article.title == "Talks resume"


# pasted story and the publication date expected, named by what the case shows
PUBLICATION_DATES = [
    pytest.param("Envoys return\n\nThe two ambassadors returned to their posts on March 14, 2031, officials said. A border commission will meet on April 2, 2031.\n",
                 date(2031, 3, 14), id="a_date_announced_for_the_future_is_not_the_publication_date"),
    pytest.param("Envoys return\n\nThe two ambassadors returned to their posts on Friday. The envoys had been recalled on January 18, 2031 after a border clash.\n",
                 None, id="background_history_in_the_past_perfect_gives_no_publication_date"),
    pytest.param("Border crossing reopens\n\nThe crossing reopened on Friday. Trade has been suspended since May 20, 2031, traders said.\n",
                 None, id="a_date_opening_a_stretch_gives_no_publication_date"),
    pytest.param("Border crossing reopens\n\nThe crossing reopened on Friday. Trade has slowed since the floods that struck the valley on May 20, 2031, traders said.\n",
                 None, id="a_date_inside_a_clause_opened_by_since_gives_no_publication_date"),
    pytest.param("Envoys return\n\nThe two ambassadors returned to their posts on Jan. 16, officials said. The dispute began with the harbour seizure of Oct. 3.\n",
                 date(2024, 1, 16), id="year_less_dates_lie_in_the_shortest_stretch_of_a_year_that_holds_them"),  # the default crisis's reference year
    pytest.param("Market reopens\n\nTraders returned to the market on Saturday, officials said. Shells hit the market on March 3, 2031, and it stayed shut for weeks.\n",
                 None, id="a_story_told_by_weekdays_that_are_not_its_latest_date_has_no_publication_date"),  # 3 March 2031: a Monday
    pytest.param("Envoys return\n\nThe two ambassadors returned to their posts on Friday, officials said. Their return was agreed on March 7, 2031.\n",
                 date(2031, 3, 7), id="a_stated_date_on_a_weekday_the_story_names_dates_the_story"),  # 7 March 2031: a Friday
    pytest.param("Border crossing reopens\n\nThe crossing reopened on March 14, 2031, after it had been shut on May 20, 2030.\n",
                 date(2031, 3, 14), id="the_story_date_is_kept_beside_background_history"),
    pytest.param("Ministers meet\n\nThe ministers met on March 14, 2031, officials said. \u2018We first met on April 2, 2031 in the capital,\u2019 the minister said.\n",
                 date(2031, 3, 14), id="a_date_inside_single_quotation_marks_is_not_the_publication_date"),
    pytest.param("Border talks resume\nWednesday, 03/26/2031\n\nNegotiators met again, a spokesman said.\n",
                 date(2031, 3, 26), id="an_all_number_date_stamp_is_read_when_its_order_is_certain"),
    pytest.param("Border talks resume\nFriday, 02.05.2031\n\nNegotiators met again, a spokesman said.\n",
                 date(2031, 5, 2), id="a_day_first_number_date_with_a_weekday_is_read"),  # 5 February 2031 is a Wednesday
    pytest.param("Border talks resume\n05/03/2031\n\nNegotiators met again, a spokesman said.\n",
                 None, id="an_all_number_date_that_reads_both_ways_gives_no_date"),
    pytest.param("Border talks resume\n2031/03/26 10:05\n\nNegotiators met again, a spokesman said.\n",
                 date(2031, 3, 26), id="a_year_first_number_date_stamp_is_read"),
    pytest.param("https://harbour-news.example/2031/03/26/border-talks-resume/\nBorder talks resume\n\nNegotiators met again on Tuesday, a spokesman said. The talks began on March 3, 2031.\n",
                 date(2031, 3, 26), id="the_date_in_the_page_address_dates_the_story"),
    pytest.param("https://harbour-news.example/20310325/border-talks-resume-1234567.html\nBorder talks resume\nMarch 26, 2031\n\nNegotiators met again on Tuesday, a spokesman said.\n",
                 date(2031, 3, 26), id="a_date_stamp_under_the_headline_wins_over_the_page_address"),
    pytest.param("Last update: March 1, 2031 10:20\n\nBorder talks resume\n\nNegotiators met on February 20, 2031, a spokesman said. A second round took place on April 9, 2031.\n",
                 date(2031, 2, 20), id="no_stated_date_after_the_crawl_stamp_above_the_headline_dates_the_story"),
    pytest.param("Border talks resume\n\nHARBOUR WIRE World News Mar - 26 - 2031 , 08:34\n\nNegotiators met again on Monday, a spokesman said.\n",
                 date(2031, 3, 26), id="a_dashed_date_stamp_dates_the_story"),
]


@pytest.mark.parametrize(("raw", "expected"), PUBLICATION_DATES)
def test_publication_date(tmp_path: Path, raw: str, expected: date | None) -> None:
    assert _one_story(tmp_path, raw).published == expected


def test_page_furniture_around_the_headline_is_boilerplate(tmp_path: Path) -> None:
    furniture = ["ACME 12.40 Down ▼ -0.31 (-2.44%)", "2031 • 2min • News • World", "Desk Reporter Published March 26, 2031 Updated March 26, 2031 06:36pm"]
    article = _one_story(tmp_path, f"{furniture[0]}\n\nBorder talks resume after weeks of shelling\n\n{furniture[1]}\n{furniture[2]}\n\n"
                                   "Negotiators met again on Monday in the frontier town, a spokesman said.\n")
    assert article.title == "Border talks resume after weeks of shelling"
    assert set(furniture) <= set(article.removed_lines)
    assert article.text == "Negotiators met again on Monday in the frontier town, a spokesman said."


def test_a_stamp_glued_to_the_first_paragraph_leaves_the_paragraph_in_the_story(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Border talks resume\n\nPublished On: March 26, 2031 - Negotiators met again on Monday, a spokesman said.\n")
    assert (article.text, article.published) == ("Negotiators met again on Monday, a spokesman said.", date(2031, 3, 26))


def test_a_picture_credit_after_source_is_no_outlet(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Border talks resume\n\nEnvoys shake hands in the frontier town\nSource: File photos\n\n"
                                   "Negotiators met again on Monday, a spokesman said.\n")
    assert article.outlet == ""


def test_a_wire_dateline_closed_by_a_colon_names_the_agency_and_the_day(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "HARBOURTON, Mar 3 (APP): Negotiators met again on Friday in the frontier town, a spokesman said.\n")
    assert (article.outlet, article.published) == ("Associated Press of Pakistan", date(2024, 3, 3))


def test_page_loading_text_and_a_channel_link_are_not_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "No Script\n\nPlease Wait...\n\nHarbour Wire Telegram\n\nBorder Talks Resume After Weeks of Shelling\n\n"
                                   "By Staff, Agencies\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert (article.title, article.byline) == ("Border Talks Resume After Weeks of Shelling", "Staff, Agencies")
    assert {"No Script", "Please Wait...", "Harbour Wire Telegram"} <= set(article.removed_lines)


def test_a_breadcrumb_is_not_the_headline(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "News   /   World   /   Asia\n\nBorder talks resume after weeks of shelling\n\n"
                                   "Negotiators met again on Monday, a spokesman said.\n")
    assert article.title == "Border talks resume after weeks of shelling"


def test_a_repeated_caption_credited_to_a_social_account_opens_no_new_story(tmp_path: Path) -> None:
    caption = "The envoys shake hands in the frontier town on March 25, 2031. — X/@HarbourGov"
    (tmp_path / "story.txt").write_text(
        f"Border talks resume\n\nBy Jo Marlow\nMarch 26, 2031\n{caption}\n{caption}\n\n"
        "Negotiators met again on Monday, a spokesman said.\n", encoding="utf-8")
    [article] = load_corpus(tmp_path).articles
    assert (article.title, article.published, article.byline) == ("Border talks resume", date(2031, 3, 26), "Jo Marlow")
    assert caption not in article.text


@pytest.mark.parametrize(("line", "byline"), [("ByHW News Desk", "HW News Desk"),
                                               ("Written by Jo Marlow for Harbour Wire ->", "Jo Marlow for Harbour Wire")])
def test_glued_and_written_by_bylines(tmp_path: Path, line: str, byline: str) -> None:
    article = _one_story(tmp_path, f"Border talks resume after weeks of shelling\n\n{line}\n\nNegotiators met again on Monday, a spokesman said.\n")
    assert article.byline == byline


def test_a_city_comma_acronym_dateline_names_its_agency(tmp_path: Path) -> None:
    article = _one_story(tmp_path, "Border talks resume after weeks of shelling\n\nHarbourton, HWA – Negotiators met again on Monday, a spokesman said.\n")
    assert article.outlet == "HWA"
