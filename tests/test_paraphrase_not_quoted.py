"""A paraphrase cited out of its text never wears quotation marks of ours: only a direct quotation is the speaker's
words, so only it is put between marks (the headline panel, the Reader's selected quotation)."""

from __future__ import annotations

import html
import re

import pytest

from quotelens import headline_panel, markup, views
from quotelens.article import load_article

STORY = (
    "Council Rushed Bus Lane Vote, Councillor Says\n\n"
    "Councillor Ahmed Raza told the Gazette that the council had rushed the bus lane vote.\n\n"
    "Raza said the vote came “far too early” for the council.\n\n"
    "“The council rushed this bus lane vote,” said Martin Kowalski, a baker."
)


@pytest.fixture(scope="module")
def story():
    art = load_article(STORY)
    assert set(art.quotes["kind"]) >= {"direct", "indirect"}  # the story has each to cite
    return art


def cited(panel: str) -> dict[str, str]:
    """Each closest attribution's kind and the text cited for it, as a reader sees them."""
    items = re.findall(r'<li class="ql-closest" data-kind="(\w+)">.*?</small><br>(.*?)<br>', panel)
    return {html.unescape(text): kind for kind, text in items}


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("The two leaders agreed.", "direct", "“The two leaders agreed.”"),
        ("“We won.”", "direct", "“We won.”"),  # (marks of its own are kept, not doubled)
        ("the council had rushed the vote.", "indirect", "the council had rushed the vote."),
        ("Trump “pressed” him on the matter", "mixed", "Trump “pressed” him on the matter"),
    ],
)
def test_only_the_speakers_own_words_are_put_between_quotation_marks(text, kind, shown):
    assert markup.as_cited(text, kind) == shown


def test_the_headline_panel_cites_a_reported_statement_without_quotation_marks_and_names_its_kind(story):
    panel = headline_panel.headline_panel_for(story)
    texts = cited(panel)
    reported = [t for t, k in texts.items() if k == "indirect"]
    direct = [t for t, k in texts.items() if k == "direct"]
    assert reported and direct
    assert all(t[0] not in '“‘"' and t[-1] not in '”’"' for t in reported)
    assert all(t.startswith("“") and t.endswith("”") for t in direct)
    assert "reported speech" in html.unescape(panel)
    assert re.search(r"(<small>| · )direct quote · ", html.unescape(panel))


def test_the_readers_selected_quotation_names_a_paraphrase_as_one(story):
    for group, kind in story.quotes.drop_duplicates("group")[["group", "kind"]].itertuples(index=False):
        line = html.unescape(markup.selected_heading(story, int(group)))
        if kind == "direct":
            assert re.search(r", “.*”$", line), line
        else:
            assert f" · {views.KIND_NAME[kind]}: " in line
            assert not line.split(": ", 1)[1].startswith("“"), line  # (its own marks inside it stay: “far too early”)


@pytest.mark.parametrize(
    ("quotation", "shown"),
    [
        ("'People are already paying more for less,'", "'People are already paying more for less,'"),
        ("‘We will win,’", "‘We will win,’"),
        ("«Nous gagnerons»", "«Nous gagnerons»"),
        ("„Wir schaffen das“", "„Wir schaffen das“"),
        ("’90s music was better", "“’90s music was better”"),  # an apostrophe opens no quotation
    ],
)
def test_a_quotation_in_marks_of_its_own_is_not_put_in_ours(quotation, shown):
    assert markup.in_quotation_marks(quotation) == shown


def test_a_british_story_is_cited_without_doubled_marks():
    art = load_article(
        "Minister defends rail fare rise\n\n"
        "Speaking to the BBC on Sunday, Louise Haigh said: 'We have to balance the cost of the railway "
        "with what people can afford. This is the lowest fare rise in years.'\n\n"
        "'People are already paying more for less,' Clive Lewis told reporters about the fare rise."
    )
    assert "British style" in " ".join(art.notes) and (art.quotes["kind"] == "direct").any()
    panel = html.unescape(headline_panel.headline_panel_for(art))
    assert "“'" not in panel and "'”" not in panel and "“‘" not in panel
    assert "'We have to balance" in panel or "'People are already" in panel


def test_the_panel_names_a_speaker_once_and_a_relay_when_there_is_one(default_article):
    panel = html.unescape(headline_panel.headline_panel_for(default_article))
    items = [re.sub(r"<[^>]+>", "|", li) for li in re.findall(r'<li class="ql-closest".*?</li>', panel)]
    assert items
    for item in items:
        chip, meta = [p.strip() for p in item.split("|") if p.strip()][:2]
        assert not meta.startswith(chip + " ·"), item  # "Rex Tillerson Rex Tillerson · mixed" said it twice
    assert any("Russian media → Sergey Lavrov · " in item for item in items)  # who relayed it is still said


def test_a_long_direct_quotation_is_cut_inside_its_own_marks():
    text = (
        "Headline\n\n“The two leaders agreed that this is a substantial hindrance on the ability of us to move "
        "forward,” Tillerson said.\n"
    )
    story = load_article(text)
    (group,) = set(story.quotes["group"])
    line = html.unescape(markup.selected_heading(story, int(group)))
    assert "“‘" not in line and line.endswith("…”"), line
