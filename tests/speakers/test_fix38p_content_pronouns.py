"""A pronoun inside what a person reports, past the content's own subject ("Pell agrees that the mood changed
when she joined"), is someone else's and no vote for the person's sex (quotelens/speakers/sexes.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    "Rowan Pell has played drums in the band since 2015. In 2023 the band hired a producer, Mara Voss.\n\n"
    "Pell agrees that something shifted when she arrived. “Mara does not care about our history,” he says."
)


def test_a_pronoun_in_the_reported_content_is_no_vote_for_the_reporter():
    assert speaker_holding(BODY, "does not care about our history") == "Rowan Pell"
