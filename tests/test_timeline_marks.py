"""The speaker timeline draws every quotation: one speaker's quotations in one paragraph sit side by side
instead of on top of one another (the caption promises one mark per quotation)."""

from __future__ import annotations

import pandas as pd
import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import load_schema

from quotelens import charts, views
from quotelens.article import load_article

# Two speakers who each speak twice in one paragraph, and one who speaks once beside them.
STORY = (
    "Council Approves Bus Lane\n\n"
    "The council approved the bus lane on Tuesday.\n\n"
    "Councillor Ahmed Raza told the Gazette that the council had rushed the decision. "
    "He said the city should have waited for a traffic study.\n\n"
    "Mayor Linda Osei dismissed the criticism. “Every big change has opponents at first,” she said.\n\n"
    "“We will be watching,” said Martin Kowalski, a baker."
)


@pytest.fixture(scope="module")
def story():
    return load_article(STORY)


def marks(article) -> pd.DataFrame:
    data = views.timeline_data(article)
    return data.assign(position=charts.spread_in_paragraph(data))


def test_the_story_has_a_speaker_quoted_twice_in_one_paragraph(story):
    data = views.timeline_data(story)
    assert data.duplicated(["speaker", "paragraph"]).any()


@pytest.mark.parametrize("which", ["story", "default"])
def test_no_two_marks_of_a_row_share_a_place(story, default_article, which):
    data = marks(story if which == "story" else default_article)
    assert not data.duplicated(["speaker", "position"]).any()
    assert (data["position"] - data["paragraph"]).abs().max() < 0.5  # each stays over its own paragraph
    alone = ~data.duplicated(["speaker", "paragraph"], keep=False)
    assert (data.loc[alone, "position"] == data.loc[alone, "paragraph"]).all()  # a lone mark is not moved


def test_marks_of_one_paragraph_keep_the_texts_order_and_are_centred():
    data = pd.DataFrame({"speaker": ["A"] * 3 + ["B"], "paragraph": [4, 4, 4, 4]})
    place = charts.spread_in_paragraph(data).tolist()
    assert place[0] < place[1] < place[2] and place[1] == 4 and place[3] == 4
    crowded = pd.DataFrame({"speaker": ["A"] * 12, "paragraph": [2] * 12})
    spread = charts.spread_in_paragraph(crowded)
    assert spread.is_monotonic_increasing and spread.max() - spread.min() <= charts.SPREAD + 1e-9


def test_the_chart_places_marks_by_position_shows_the_paragraph_and_has_room_for_them(story):
    order, colours = views.speaker_order(story), views.colours_for(story)
    spec = charts.timeline(views.timeline_data(story), order, colours)
    validate_jsonschema(spec, load_schema())
    x = spec["encoding"]["x"]
    assert x["field"] == "position" and x["title"].startswith("paragraph")
    places = [row["position"] for row in spec["data"]["values"]]
    low, high = x["scale"]["domain"]
    assert low <= min(places) and max(places) <= high
    tips = [t["field"] for t in spec["encoding"]["tooltip"]]
    assert "paragraph" in tips and "position" not in tips  # the reader is told the paragraph, not our offset


def test_an_empty_timeline_still_makes_a_chart():
    empty = views.timeline_data(load_article("Quiet Day\n\nNothing happened."))
    spec = charts.timeline(empty, [], {})
    assert spec["encoding"]["x"]["scale"]["domain"] == [0.0, 1.0]
