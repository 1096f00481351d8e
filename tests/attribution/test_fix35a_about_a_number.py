"""Blind round 35 (fix35a): "about" (or "around", "over") before a number after a cue opens the content's
measure ("who said about 300 workers had been sent home"), not a topic phrase that ends the report; the
relative clause is then its subject's report, not a content-first report of the sentence before.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_about_a_number_after_the_cue_opens_the_content():
    found = attributions("The mayor was joined by fire chief Ana Ruiz, who said about 300 homes had lost power.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["pieces"] == ["about 300 homes had lost power."]
    assert a["rule"] == "source-first"


def test_a_time_after_a_closed_quotation_is_still_circumstance():
    (a,) = attributions("“We are ready,” the chief said about 40 minutes later.")
    assert a["pieces"] == ["“We are ready,”"]
