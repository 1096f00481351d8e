"""A source span cut after a plural possessor's apostrophe ("The Moderates' *group leader*", the apostrophe
read as a closing quotation mark) is read whole, so the possessor can name whose leader speaks
(speakers/spans.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.spans import repaired
from tests.speakers.examples import speaker_holding

_BODY = (
    '"The harbour must come first," Lena Holm, the Liberal Party\'s group leader on the council, told reporters.\n\n'
    "Her neighbour, Sara Ek, said the ferry mattered more to the island.\n\n"
    "The Liberals' group leader rejected the claim that islanders had been forgotten."
)


def test_the_span_takes_the_possessor_in():
    text = "The Liberals' group leader rejected the claim."
    tokens = tokenize(text)
    s = text.index("group")
    assert repaired(text, s, s + len("group leader"), tokens) == (0, s + len("group leader"))


def test_not_a_possessor_inside_the_clause():
    text = "It was rejected by the Liberals' group leader."
    tokens = tokenize(text)
    s = text.index("group")
    assert repaired(text, s, s + len("group leader"), tokens) == (s, s + len("group leader"))


def test_the_liberals_group_leader_is_the_one_introduced_so():
    assert speaker_holding(_BODY, "islanders had been forgotten") == "Lena Holm"
