"""A speaker reported only by the headline ("Mayor Jo Hale Says …") is no speaker quoted in the story: Home counts
the story's speakers as every other page does, and the voice bars' key names only the voices they draw."""

from __future__ import annotations

import re

import pytest

from quotelens import bars, readable, views
from quotelens.article import load_article
from tests.test_pages import PAGES, app

STORY = (
    "Mayor Jo Hale Says the Pier Will Reopen in May\n\n"
    "The pier closed in March after a storm.\n\n"
    "“It is a good day for the town,” said Ana Ruiz, a fisher."
)


def chips(html: str) -> list[str]:
    return re.findall(r'class="ql-chip[^"]*"[^>]*>([^<]+)</span>', html)


def test_the_story_has_a_speaker_only_in_its_headline():
    art = load_article(STORY)
    title = art.paragraphs.loc[art.paragraphs["role"] == "title", "id"]
    assert set(art.quotes.loc[art.quotes["paragraph_id"].isin(title), "speaker"]) == {"Jo Hale"}
    assert "Jo Hale" in views.speaker_order(art)  # (the Reader still highlights the headline's report)


def test_speakers_quoted_counts_who_is_heard_in_the_story(default_article):
    assert views.overview(load_article(STORY))["speakers quoted"] == 1
    heard = views.body_quotes(default_article)["speaker"].dropna().nunique()
    speakers = default_article.speakers
    assert views.overview(default_article)["speakers quoted"] == heard == int((speakers["quotes"] > 0).sum())


def test_the_voice_key_names_the_writer_and_the_voices_of_the_story_only(default_article):
    assert chips(bars.voice_legend_for(load_article(STORY))) == [views.AUTHOR, "Ana Ruiz"]
    key = chips(bars.voice_legend_for(default_article))
    assert key[0] == views.AUTHOR and "Donald Trump" not in key and "Rex Tillerson" in key


def test_home_shows_the_same_count_as_the_speakers_table():
    at = app()
    at.text_area(key="ql_paste").input(STORY)
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    metric = {m.label: m.value for m in at.metric}
    assert metric["Speakers quoted"] == "1" and metric["Quotations"] == "1"
    page = " ".join(h.value for h in at.get("html"))
    voice_key = page[page.index('class="ql-voice"') :]
    assert "Ana Ruiz" in voice_key and "Jo Hale" not in chips(voice_key)


def captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def pasted(page: str = "home"):
    """The app with STORY pasted (its headline reports Jo Hale), on ``page``."""
    at = app()
    at.text_area(key="ql_paste").input(STORY)
    at.button(key="ql_paste_go").click().run()
    if page != "home":
        at.switch_page(PAGES[page]).run()
    return at


def test_a_speaker_credited_only_by_the_headline_is_said_to_be_so():
    art = load_article(STORY)
    assert readable.HEADLINE_ONLY in readable.headline_only_note(art, "Jo Hale")
    for someone in ("Ana Ruiz", "Nobody Here", views.UNKNOWN, None):
        assert readable.headline_only_note(art, someone) == ""


@pytest.mark.parametrize("page", ["timeline", "wsw"])
def test_picking_them_says_why_the_story_shows_none_of_their_words(page):
    at = pasted(page)
    at.selectbox(key="ql_speaker_pick").select("Jo Hale").run()
    assert not at.exception
    assert readable.HEADLINE_ONLY in captions(at)
    assert "Their quotations are listed at the bottom" not in captions(at)  # (there are none to list)
    at.selectbox(key="ql_speaker_pick").select("Ana Ruiz").run()
    assert readable.HEADLINE_ONLY not in captions(at)


def test_the_readers_count_says_how_its_total_splits_between_story_and_headline():
    art = load_article(STORY)
    at = pasted("reader")
    story = views.overview(art)["quotations"]
    total = art.quotes["group"].nunique()
    assert (story, total) == (1, 2)
    assert f"{total} of {total} quotations shown ({story} in the story, {total - story} in the headline)." in (
        captions(at)
    )
    at.selectbox(key="ql_speaker_pick").select("Ana Ruiz").run()
    assert f"of {total} quotations shown ({story} in the story" in captions(at)  # the totals stay the article's


def test_without_a_report_in_the_headline_the_count_is_plain():
    art = load_article(STORY.replace("Mayor Jo Hale Says the Pier Will Reopen in May", "Pier to Reopen"))
    assert readable.shown_count(art, art.quotes) == "1 of 1 quotations shown."
