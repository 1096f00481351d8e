"""End to end in headless Chromium against a real `streamlit run`."""

from __future__ import annotations

import re

import pytest

from tests.e2e.conftest import screenshot, wait_until_idle

pytestmark = pytest.mark.e2e

DEEP_LINKS = {"Reader": "Reader", "Speaker_timeline": "Speaker timeline", "Who_said_what": "Who said what"}


def test_home_shows_headline_and_speakers(server, page):
    page.goto(server.url + "/")
    wait_until_idle(page)
    page.get_by_text("Donald Trump Sides With Vladimir Putin", exact=False).first.wait_for()
    assert page.locator(".ql-chip", has_text="Rex Tillerson").count() >= 1
    panel = page.locator(".ql-headline-panel")
    panel.wait_for()
    # Trump is never heard in his own words in this story: at most through Tillerson. (His line is the one
    # whose chip names him: Putin's says "1 of them jointly with Donald Trump".)
    trump = panel.locator(".ql-named").filter(has=page.locator(".ql-chip", has_text=re.compile(r"^Donald Trump$")))
    assert trump.count() == 1
    assert trump.get_attribute("data-status") in {"never heard", "reported second-hand"}
    assert "Russian media → Sergey Lavrov" in panel.inner_text()
    screenshot(page, "home")


def test_reader_highlights_quotes_with_speaker_names(server, page):
    page.goto(server.url + "/Reader")
    wait_until_idle(page)
    page.wait_for_selector(".ql-quote")
    quotes = page.locator(".ql-quote")
    assert quotes.count() >= 10
    assert page.locator('.ql-quote[data-speaker="Rex Tillerson"]').count() >= 5
    assert page.locator(".ql-reader .ql-chip", has_text="Sergey Lavrov").count() >= 1
    nested = page.locator('.ql-nested[data-speaker="Vladimir Putin"]')
    assert nested.count() >= 2  # "Putin denied ...", "Putin's claim that ..." inside other reports
    assert "relayed by" in (nested.first.get_attribute("title") or "")
    assert (
        "raising the concerns of the American people"
        in page.locator(".ql-direct, .ql-mixed").all_inner_texts().__str__()
    )
    screenshot(page, "reader")


def test_clicking_a_bar_selects_the_speaker(server, page, default_article):
    page.goto(server.url + "/Who_said_what")
    wait_until_idle(page)
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    chart.wait_for()
    # Vega draws each bar as an SVG path whose aria-label names its data.
    bar = chart.locator('path[aria-label*="speaker: Rex Tillerson"]').first
    bar.wait_for()
    bar.click()
    page.wait_for_url(re.compile(r"speaker=Rex(\+|%20)Tillerson"))
    wait_until_idle(page)
    expected = default_article.quotes.loc[default_article.quotes["speaker"] == "Rex Tillerson", "group"].nunique()
    page.get_by_text(f"Quotations ({expected})").first.wait_for()
    screenshot(page, "who_said_what")
    # The selection follows to the timeline page, through the link.
    page.goto(page.url.replace("/Who_said_what", "/Speaker_timeline"))
    wait_until_idle(page)
    page.get_by_text(f"{expected} quotations").first.wait_for()
    screenshot(page, "timeline")


@pytest.mark.parametrize("path", list(DEEP_LINKS))
def test_deep_link_on_a_fresh_server(fresh_server, page, path):
    page.goto(f"{fresh_server.url}/{path}")
    wait_until_idle(page)
    heading = page.locator('[data-testid="stMainBlockContainer"] h1').first.inner_text()
    assert DEEP_LINKS[path] in heading
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert nav.get_by_text(DEEP_LINKS[path]).count() >= 1
    first = nav.locator("a").first.inner_text()
    assert first.strip().endswith("Home") and "dashboard" not in first  # not the entry script's name
    assert page.get_by_role("combobox", name="Article").input_value() == "trump-putin-meeting.txt"


def test_script_in_the_article_is_shown_as_text(server, page):
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server.url + "/Reader?article=xss.txt")
    wait_until_idle(page)
    page.wait_for_selector(".ql-quote")
    body = page.locator(".ql-reader").all_inner_texts()
    text = " ".join(body)
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "[Monday](http://example.invalid/track.png)" in text
    page.hover(".ql-quote")
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.locator(".ql-reader img, .ql-reader script, .ql-reader b").count() == 0
    # no link from the article: a heading's own '#' anchor is Streamlit's, the evidence cards' are ours, to this page
    assert page.locator(".ql-reader a:not([href^='#']):not(.ql-card)").count() == 0
    cards = page.locator(".ql-reader a.ql-card").evaluate_all("cs => cs.map(c => c.getAttribute('href'))")
    assert cards and all(c.startswith("?article=xss.txt&quote=") for c in cards), cards
    leaving = [u for u in requests if not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))]
    assert leaving == []
    screenshot(page, "xss")


@pytest.mark.xdist_group("polnear-924")  # with tests/test_corpus_page.py: one cache entry
def test_corpus_page_on_924_articles_opens_an_article(browser, tmp_path_factory):
    import shutil

    from tests.conftest import SHARED
    from tests.e2e.conftest import Server

    folder = tmp_path_factory.mktemp("polnear-all")
    for split in ("train", "dev"):
        for f in (SHARED / "polnear" / split).glob("*.txt"):
            shutil.copy(f, folder / f.name)
    server = Server(folder, QUOTELENS_DB=str(folder / "no-corrections.sqlite3"))  # (as tests/test_corpus_page.py)
    try:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(120_000)
        page.goto(server.url + "/Corpus")
        page.locator('[data-testid="stMetricValue"]', has_text="924").wait_for(timeout=240_000)
        wait_until_idle(page)
        assert page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="Donald Trump"]').count() >= 1
        screenshot(page, "corpus")
        page.get_by_role("button", name="Open in the reader").click()
        page.wait_for_url(re.compile(r"/Reader"))
        page.wait_for_selector(".ql-quote")
        context.close()
    finally:
        server.stop()
