"""Blind round 37 (fix37c): 'Ann Kell puts it more bluntly: “C”', 'he said it plainly: “C”': the object "it"
and its manner before a colon say how the words come, and the quotation after the colon is the content
(a direct quotation, not a partial one). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_quotation_after_put_it_and_a_colon_is_the_content():
    for lead in ("Ann Kell puts it more bluntly:", "Ann Kell said it plainly:", "Ann Kell put it this way:"):
        found = attributions(
            "The council met on Tuesday to discuss the harbour. "
            + lead
            + " “They needed someone in the room who did not care. I was glad to be that person.”"
        )
        (a,) = [a for a in found if a["mention"] == "Ann Kell"]
        assert a["kind"] == "direct", lead
        assert a["pieces"][0].startswith("“They needed"), lead


def test_a_quotation_that_is_part_of_the_clause_stays_partial():
    (a,) = attributions("Ann Kell said it was “a disgrace from start to finish” and left the room.")
    assert a["kind"] == "mixed"
