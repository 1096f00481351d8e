"""fix38f: after an opening phrase written without its comma, a pronoun is the subject only when no
clause of its own follows its verb: in 'At the dinner she hosted the minister was candid:' the pronoun is in
a relative clause ("the dinner she hosted") and the subject is "the minister". Short passages written for
the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_pronoun_in_a_reduced_relative_clause_is_not_the_speaker():
    found = attributions('At the dinner she hosted the minister was candid: "We lost this vote."\n\nIt ended late.')
    assert not any(a["mention"] == "she" for a in found)


def test_a_pronoun_after_a_bare_opening_is_still_the_subject():
    found = attributions(
        'Minister Ann Kell spoke last. In the end she was candid: "We lost this vote."\n\nIt ended late.'
    )
    assert any(a["mention"] == "she" and a["pieces"] == ['"We lost this vote."'] for a in found)
