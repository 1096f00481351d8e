"""Blind round 35 (fix35a): an appositive after a paraphrase that the speaker words in quotation marks ("...
12 percent, a rise she called “alarming”") stays in the speaker's report, one mixed report; a description
the writer adds (", an increase of 40 percent") still ends the rules' content. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, rule_proposals


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz said rents in the district rose 12 percent last year, a rise she called “simply alarming.”",
        "Ana Ruiz said the council cut the bus budget by half, a decision she described as “short-sighted.”",
    ],
)
def test_the_speakers_quoted_description_stays_in_her_report(body):
    (a,) = [a for a in attributions(body) if a["cue"] == "said"]
    assert a["kind"] == "mixed"
    assert a["pieces"][0].endswith("”")


def test_the_writers_description_still_ends_the_rules_content():
    found = rule_proposals("Ana Ruiz said rents in the district rose 12 percent last year, an increase of a fifth.")
    assert found[0][3] == ["rents in the district rose 12 percent last year"]
