"""Review round 37: title-case words in quotation marks are a title only when the words before name one (a
work's noun, a determiner or a preposition before a name, "titled", a work played, sung or written); the
speaker's own words in capitals after any other word keep the report mixed (attribution/passes/scoring.py
::_quotes_only_titles). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_capitalised_words_of_the_speaker_keep_the_report_mixed():
    (a,) = attributions('The coach said he played "Really Badly" in the final and would be dropped.')
    assert a["kind"] == "mixed"


def test_a_play_performed_is_still_a_title():
    (a,) = attributions('The director said the cast played "Death Of A Salesman" to full houses all spring.')
    assert a["kind"] == "indirect"
