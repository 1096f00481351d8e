"""A "he" opening the sentence after "X's lawyer, Y, said Z was ...": Y reported it; X only owns the lawyer
(quotelens/speakers/ranker.py, the subject of the sentence just before)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

TEXT = (
    "Court hears the contract case\n\n"
    "A court in Ohio heard the contract case of Tom Nunez on Monday.\n\n"
    "Mark Kerr's lawyer, Dan Pike, said Nunez was “looking for attention.” He said the contract was standard."
)


def test_the_he_after_an_owned_reporter_is_the_reporter_not_the_owner():
    found = {source: speaker for source, speaker, _ in speakers_of(TEXT)}
    assert found.get("He") == "Dan Pike", speakers_of(TEXT)
