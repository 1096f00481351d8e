"""A body whose name says it regulates ("... Regulatory Administration", "Nuclear Regulatory Commission") is
what "the regulator" may be (speakers/kindwords.py ORG_NAME_KINDS)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_regulator_after_a_regulatory_administration():
    body = (
        "The Maritime Safety Regulatory Administration said in a statement on Monday that the ferry operator "
        "had skipped two inspections.\n\n"
        "The regulator said the operator's licence would be reviewed next month."
    )
    assert speaker_holding(body, "licence would be reviewed") == "Maritime Safety Regulatory Administration"
