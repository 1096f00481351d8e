"""Review round 37: a kind noun closing a sentence's opening clause ("Asked about the firm,") is no apposition
of the name after its comma, the main clause's subject (speakers/namecontext.py::_apposed_kind)."""

from __future__ import annotations

from tests.speakers.examples import typed_speakers


def test_a_kind_noun_ending_the_opening_clause_types_no_name():
    body = 'Asked about the firm, Maria Lopez, a partner, said the deal was fair. "We stand by it," Lopez said.'
    assert typed_speakers("Headline\n\n" + body)[-1] == ("Lopez", "Maria Lopez", "person")


def test_a_kind_noun_set_off_before_a_name_still_types_it():
    body = "The firm, Van Oordt Achebe-Ross, said the deal was fair."
    assert typed_speakers("Headline\n\n" + body) == [("Van Oordt Achebe-Ross", "Van Oordt Achebe-Ross", "organisation")]
