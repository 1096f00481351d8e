"""'X quoted Y as saying C': Y's words, shown through X (attribution/passes/nesting.py)."""

from __future__ import annotations

from quotelens import load_article
from tests.attribution.examples import attributions


def test_the_person_quoted_speaks_through_the_outlet() -> None:
    got = attributions('The agency quoted Mehdi Tavakoli as saying that Tehran "does not direct" the rebels.')
    inner = [a for a in got if a["cue"] == "as saying"]
    assert [(a["speaker"], a["via"], a["pieces"]) for a in inner] == [
        ("Mehdi Tavakoli", "the agency", ['that Tehran "does not direct" the rebels.'])
    ]


def test_the_outlet_report_alone_is_written_for_the_scorer() -> None:
    art = load_article(
        'Headline For The Test\n\nThe agency quoted Mehdi Tavakoli as saying that Tehran "does not direct" the rebels.'
    )
    assert [r["speaker"] for r in art.scorer_records()] == ["the agency"]
