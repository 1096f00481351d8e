"""fix38f: the subject a second verb shares ("X said A, but urged B") goes on past a bracketed acronym to
the name before the first verb: "Green Party (GP) Legislator Lin Mei-hua" is Lin's, not the party's.
Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_shared_subject_runs_past_a_bracketed_acronym():
    found = attributions(
        "Farmers Union (FU) Councillor Ana Ruiz said she backed the levy, but urged the county to spare small dairies."
    )
    (a,) = [a for a in found if a["cue"] == "urged"]
    assert a["mention"] == "Councillor Ana Ruiz"


def test_an_organisation_with_its_acronym_still_shares_its_subject():
    found = attributions("The Farmers Union (FU) said it backed the levy, but urged the county to spare small dairies.")
    (a,) = [a for a in found if a["cue"] == "urged"]
    assert a["mention"].endswith("Farmers Union")
