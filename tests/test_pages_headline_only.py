"""A source the headline alone credits ("…, Lancet study finds") is said to be so in one wording on every page:
the line under the Reader's legend, Home's headline panel and Who said what's mentioned-vs-quoted (never "never heard")."""

from __future__ import annotations

import re

from quotelens import readable
from quotelens.article import load_article
from quotelens.headline_panel import headline_panel_for
from tests.test_pages import PAGES, app

STORY = (
    "Coffee cuts the risk of early death by a third, Lancet study finds\n\n"
    "People who drink two cups of coffee a day live longer, researchers reported on Tuesday.\n\n"
    "The study, published in The Lancet, followed 6,000 adults for twelve years.\n\n"
    "“The effect was the same in every group we looked at,” said Dr Anna Smith, who led the work.\n\n"
    "“Observational studies cannot prove cause and effect,” said Professor John Brown."
)


def html(at) -> str:
    return " ".join(h.value for h in at.get("html"))


def chips_after(page: str, label: str) -> list[str]:
    """The speaker chips of the line ``label`` opens ("" when there is none)."""
    if label not in page:
        return []
    line = page[page.index(label) :].split("</div>")[0]
    return re.findall(r'class="ql-chip[^"]*"[^>]*>([^<]+)</span>', line)


def test_one_place_decides_who_is_credited_in_the_headline_only():
    art = load_article(STORY)
    assert readable.headline_only_speakers(art) == ["Lancet"]
    assert readable.HEADLINE_ONLY in readable.headline_only_note(art, "Lancet")
    assert readable.headline_only_note(art, "Anna Smith") == ""


def test_home_says_credited_in_the_headline_only_not_never_quoted():
    panel = headline_panel_for(load_article(STORY))
    lancet = next(li for li in panel.split("<li") if ">Lancet<" in li)
    assert readable.HEADLINE_ONLY in lancet and "never quoted" not in lancet


def pasted(page: str):
    at = app()
    at.text_area(key="ql_paste").input(STORY)
    at.button(key="ql_paste_go").click().run()
    if page != "home":
        at.switch_page(PAGES[page]).run()
    assert not at.exception
    return at


def test_every_page_uses_the_one_wording():
    home, reader, wsw = pasted("home"), pasted("reader"), pasted("wsw")
    assert readable.HEADLINE_ONLY in html(home)
    for page in (reader, wsw):
        assert chips_after(html(page), readable.HEADLINE_ONLY.capitalize()) == ["Lancet"]
    assert "Lancet" not in chips_after(html(wsw), "Named but never heard")


def test_the_timeline_says_it_too():
    timeline = pasted("timeline")
    assert chips_after(html(timeline), readable.HEADLINE_ONLY.capitalize()) == ["Lancet"]
    assert readable.HEADLINE_ONLY_TIMELINE in [c.value for c in timeline.caption]
