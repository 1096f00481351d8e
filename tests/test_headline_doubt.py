"""A story pasted without its headline has its first paragraph read as the headline, whose quotations count
nowhere: Home says so, and how to mend it. A real headline is never doubted."""

from __future__ import annotations

import pytest

from quotelens import readable
from quotelens.article import load_article
from tests.test_pages import app

BODY_FIRST = (
    "The city council voted 7-2 on Tuesday night to approve a dedicated bus lane on Harbour Street, ending "
    "months of debate over the project.\n\n"
    "“This is the biggest improvement in a generation,” said Mayor Linda Osei.\n\n"
    "Shop owners said they would lose trade."
)
QUOTE_FIRST = "“This is the biggest improvement in a generation,” said Mayor Linda Osei.\n\nShop owners were angry."
WITH_HEADLINE = "Council Approves Bus Lane\n\n" + BODY_FIRST


@pytest.mark.parametrize("text", [BODY_FIRST, QUOTE_FIRST])
def test_a_first_paragraph_that_is_no_headline_is_said(text):
    art = load_article(text)
    assert art.title  # (the engine reads the first paragraph as the headline)
    note = readable.headline_doubt(art)
    assert "was read as the headline" in note and "headline as its first line" in note


def test_a_headline_is_not_doubted(default_article):
    assert readable.headline_doubt(load_article(WITH_HEADLINE)) == ""
    assert readable.headline_doubt(default_article) == ""
    assert readable.headline_doubt(load_article("Just one paragraph, with no headline at all.")) == ""


@pytest.mark.parametrize(
    "headline",
    [  # the longest and the most quoting of PolNeAR's 920 train and dev headlines (none is doubted there)
        "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to ‘Turn Away’ from "
        "‘Boasters’ and ‘Blasphemers’ Like Trump",
        "Kasich: ‘We Are Going To Go All The Way To Cleveland and Secure The Republican Nomination.’",
        "Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention.",
        "Hillary Clinton’s Claim That Donald Trump Is In ISIS Recruiting Videos Isn’t True. Not Yet, At Least.",
        'Trump: "Lock Her Up" Chants Will Stop',
    ],
)
def test_long_or_quoting_headlines_are_not_doubted(headline):
    art = load_article(f"{headline}\n\n{BODY_FIRST}")
    assert art.title == headline and readable.headline_doubt(art) == ""


def test_home_says_it_after_a_paste():
    at = app()
    at.text_area(key="ql_paste").input(BODY_FIRST)
    at.button(key="ql_paste_go").click().run()
    assert not at.exception
    assert "was read as the headline" in " ".join(h.value for h in at.get("html"))
