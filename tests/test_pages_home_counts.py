"""Home's counts say what they count (ux48 item 5): the paragraphs by role, as paragraphs.csv has them, and with
``&sure=1`` in the address the sure attributions only, as Who said what counts them."""

from __future__ import annotations

import pandas as pd

from quotelens import doubt, homecounts
from tests.test_pages import app, text_of


def test_the_paragraphs_by_role():
    p = pd.DataFrame({"id": range(5), "role": ["title", "body", "byline", "body", "boilerplate"]})
    assert homecounts.paragraph_parts(p) == "2 of text, 1 byline"
    assert "2 of text, 1 byline" in homecounts.paragraphs_help(p)
    assert homecounts.paragraph_parts(p[p["role"] != "byline"]) == ""


def test_home_follows_the_sure_switch_in_its_address(default_article):
    unsure = doubt.unsure_count(default_article)
    plain, sure = app(), app(sure="1")
    assert not sure.exception
    if unsure:
        assert homecounts.sure_only_note(unsure) in [c.value for c in sure.caption]
        assert int(sure.metric[1].value) == int(plain.metric[1].value) - unsure
    else:
        assert "Sure attributions only" not in text_of(sure)
