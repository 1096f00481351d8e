"""An organisation subject with a "whose" clause holding an apposed name before the verb ("The ruling Unity
Party, whose candidate, Vice President Ama Boateng, leads the count, accused ...") is the speaker, not the
name inside the clause (attribution/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_subject_before_a_whose_clause():
    body = (
        "Counting continued on Monday in the presidential election.\n\n"
        "The ruling Harbour Unity Party (HUP), whose candidate, Vice President Ama Boateng, leads the count, "
        'accused the opposition of "stirring trouble before the results".'
    )
    assert speaker_holding(body, "stirring trouble") == "Harbour Unity Party"
