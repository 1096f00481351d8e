"""What follows a cue before its words: quotelens/attribution/frames/cue_objects.py (through the engine)."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_knowing_about_a_topic_reports_no_words():
    assert attributions("The company's leadership knew about the agency's objections.") == []


def test_knowing_that_still_reports():
    (row,) = attributions("Everybody knew that the plan was dead.")
    assert row["cue"] == "knew"


def test_a_body_that_sits_is_a_listener_of_told():
    quotes = attributions("Kevin Brault told the board the project would bring about $180,000 a year.")
    assert [(q["mention"], q["pieces"]) for q in quotes] == [
        ("Kevin Brault", ["the project would bring about $180,000 a year."])
    ]
    (q,) = attributions("Officials told the council the plan was dead.")
    assert q["pieces"] == ["the plan was dead."]
