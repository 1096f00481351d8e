""" "Harbour Nurses Association of Ostmark County, the union that speaks for 4,000 nurses, ..." introduces the organisation
with its kind in an apposition that goes on with a relative clause: "the union" said after it is that organisation,
though its own name says another kind ("Association")."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "The hospital board voted 5-2 on Tuesday to close two wards.\n\n"
    "The Harbour Nurses Association of Ostmark County, the union that speaks for about 4,000 nurses, had asked the board "
    'to wait. In a letter sent before the vote, the union said the plan "trades safety for savings" and warned '
    "of longer waits.\n\n"
)


def test_kind_apposed_with_a_relative_clause_introduces_the_organisation():
    assert speaker_holding(_BODY, "trades safety") == "Harbour Nurses Association of Ostmark County"


def test_kind_apposed_with_which_too():
    body = _BODY.replace("the union that speaks", "the union which speaks")
    assert speaker_holding(body, "trades safety") == "Harbour Nurses Association of Ostmark County"
