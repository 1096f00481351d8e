"""Blind round 47 (fix47f2): a participle coordinated by "and" with a participle that already reports ("a
statement describing the plan as C and saying D") shares that one's speaker, so the quotation after the
second participle is reported with its paraphrase, not left to the next sentence's speaker. Short passages
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_second_participle_shares_the_statements_issuer():
    found = attributions(
        'The transport union issued a statement on Monday describing the new rota as "unworkable" and '
        'saying it would "use every lawful means to stop it." A union official declined to give details.'
    )
    (a,) = [a for a in found if "every lawful means" in " ".join(a["pieces"])]
    assert a["cue"] == "saying"
    assert a["kind"] == "mixed"
    assert a["mention"] == "The transport union"
