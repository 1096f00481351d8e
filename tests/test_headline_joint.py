"""Home's "Named in the headline" and Who said what agree on how often someone is heard: a statement two
people made together ("Donald Trump and Vladimir Putin agreed …") is counted for each member on Home, and
Home says which of them were joint, so that the first-/second-hand table (whose row is the pair) adds up."""

from __future__ import annotations

import html
import re

from quotelens import headline_panel, load_article, views
from quotelens.headline import named_in_headline

MADE_UP = (
    "Anna Berg and Carl Holm split over the bridge\n\n"
    "“We will build the bridge,” Anna Berg and Carl Holm said in a joint statement on Monday.\n\n"
    "“It is late, and it costs too much,” Berg said later. “But we owe it to the town.”\n\n"
    "Holm told reporters that the money was there.\n"
)


def _named_lines(article) -> dict[str, str]:
    panel = headline_panel.headline_panel_for(article)
    lines = [html.unescape(re.sub("<[^>]+>", "", li)) for li in re.findall(r'<li class="ql-named".*?</li>', panel)]
    return {name: line for line in lines for name in named_in_headline(article)["name"] if line.startswith(name)}


def _hearing(article) -> dict[str, int]:
    table = views.hearing_table(article).set_index("speaker")
    return {name: int(row["first-hand"] + row["second-hand"]) for name, row in table.iterrows()}


def test_on_the_default_article_home_says_which_relayed_statements_were_joint(default_article):
    lines = _named_lines(default_article)
    hearing = _hearing(default_article)
    own, joint = hearing["Vladimir Putin"], hearing["Donald Trump and Vladimir Putin"]
    assert lines["Vladimir Putin"].endswith(
        f"{own + joint} statements relayed by Rex Tillerson and Russian media, {joint} of them jointly with Donald Trump."
    )
    assert lines["Donald Trump"].endswith("1 statement relayed by Rex Tillerson, jointly with Vladimir Putin.")


def test_on_a_made_up_article_home_and_who_said_what_add_up():
    art = load_article(MADE_UP)
    lines = _named_lines(art)
    hearing = _hearing(art)
    assert hearing["Anna Berg and Carl Holm"] == 1 and hearing["Anna Berg"] == 1
    assert lines["Anna Berg"] == "Anna Berg speaks first-hand: 2 direct quotes, 1 of them jointly with Carl Holm."
    assert lines["Carl Holm"] == (
        "Carl Holm speaks first-hand: 1 direct quote and 1 reported statement; 1 of the 2 jointly with Anna Berg."
    )
    named = named_in_headline(art).set_index("name")
    assert named.loc["Anna Berg", "joint"] == 1 and named.loc["Anna Berg", "joint_with"] == "Carl Holm"


def test_a_joint_statement_in_plain_words():
    said = headline_panel.heard_sentence
    assert html.unescape(said({"direct": 0}, 1, "Jo Park", joint=1, joint_with="Al Lee")) == (
        "is heard only through others: 1 statement relayed by Jo Park, jointly with Al Lee"
    )
    assert html.unescape(said({"direct": 2}, 0, "", joint=2, joint_with="Al Lee, Bo Kim")) == (
        "speaks first-hand: 2 direct quotes, all of them jointly with Al Lee and Bo Kim"
    )
