"""A definite description of an organisation that nobody named before fits ("The union representing the
city's bus drivers") is the organisation of that kind named just after it ("president of Transit Workers
Union Local 88"), and a later "the union" is it too (speakers/orgforward.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The council approved the transit budget on Tuesday after a long debate.\n\n"
    "The union representing the city's bus drivers, meanwhile, attacked the plan to outsource night routes.\n\n"
    '"This is a giveaway to private operators," said Leona Marsh, president of Transit Workers Union Local 88. '
    '"Every time the city has handed a route to a contractor, riders have paid more and waited longer."\n\n'
    'In a statement, the union said the plan would cost 60 jobs and promised to "resist it route by route."'
)


def test_the_union_is_the_union_named_after_its_description():
    assert speaker_holding(_BODY, "the plan would cost 60 jobs") == "Transit Workers Union Local 88"


def test_the_description_itself_is_that_union():
    assert speaker_holding(_BODY, "the plan to outsource") == "Transit Workers Union Local 88"


def test_no_union_of_that_kind_named_after_it():
    body = _BODY.replace("president of Transit Workers Union Local 88", "a driver for 20 years")
    assert speaker_holding(body, "the plan would cost 60 jobs") != "Transit Workers Union Local 88"
