"""Blind round 41 (fix41f): in "C, a plan Qatar has said it supports" the name after "a/an" and a noun of a
proposition is the subject of a reduced relative clause ("a plan [that] Qatar has said it supports"): the name
says it, not "a plan Qatar". The rule held in the content-first frame only; the whole-subject reading now
applies it to every frame, and content-first still proposes no report of the name's verb there.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_name_after_a_proposition_noun_is_the_source():
    found = attributions("The talks will follow the truce plan, a plan Norway has said it supports.")
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["mention"] == "Norway"


def test_content_first_still_reads_no_report_of_the_relative_clause():
    found = attributions("“We will not sign it,” the minister said of the offer, a move Denmark has rejected.")
    assert all(not (a["cue"] == "rejected" and "We will not sign" in a["pieces"][0]) for a in found)
