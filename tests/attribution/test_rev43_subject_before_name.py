"""Review of merge 43: a collective or plain noun before a base cue form is the verb's subject, not an
occupation before a name ("Crew say Ben Ross admitted ..."): the report is theirs and
the name is the one reported on. An occupation before a name is a lower-case modifier and an occupation
noun ("housing campaigner Ivo Lamb noted"). Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "subject", "piece"),
    [
        (
            "A ferry ran aground off the island on Saturday night.\n\n"
            "Crew say Ben Ross admitted ignoring the harbour master's warning about the fog.",
            "Crew",
            "ignoring the harbour",
        ),
        (
            "A painting went missing from the museum in March.\n\n"
            "Detectives believe the thief had help. Police believe Lina Ford threatened a guard weeks earlier.",
            "Police",
            "threatened a guard",
        ),
        (
            "The bakery closed its doors on Friday after forty years.\n\n"
            "Management claim Carl Dent promised to buy the lease.",
            "Management",
            "promised to buy",
        ),
    ],
)
def test_a_plain_subject_before_a_base_cue_keeps_its_report(body, subject, piece):
    found = attributions(body)
    hits = [a for a in found if any(piece in p for p in a["pieces"])]
    assert hits, found
    assert hits[0]["mention"] == subject


def test_an_occupation_with_its_modifier_before_a_name_is_no_verb():
    found = attributions(
        "The council voted on Monday to sell the old library.\n\n"
        "Housing campaigner Ivo Lamb argued that the sale would leave the town without a meeting hall."
    )
    (a,) = [a for a in found if any("meeting hall" in p for p in a["pieces"])]
    assert a["speaker"] == "Ivo Lamb"
