"""A company named for its trade ("Hengda Resources", "Tarrant Minerals", "Kestrel Mining") is an organisation,
not a person whose "spokeswoman" stands for a campaign (quotelens/speakers/lexicon.py, ORG_WORDS)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_spokeswoman_for_a_resources_company():
    text = (
        "Takeover Review\n\n"
        "The treasurer has delayed a ruling on Qilin Resources’ $2 billion bid for Eyre Minerals.\n\n"
        "A spokeswoman for Qilin Resources said the company “respects the review process”."
    )
    assert typed_speakers(text)[-1][1:] == ("Qilin Resources", "organisation")
