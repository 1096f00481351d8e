""" "The Riverside Drivers Guild, the union that speaks for some 600 bus drivers, ..." introduces the
organisation with its kind in an apposition that goes on with a relative clause: "the union" said after it is
that organisation, though its own name says another kind ("Guild")."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "Pelham's new bus timetable starts in June.\n\n"
    "The Riverside Drivers Guild, the union that speaks for some 600 bus drivers, wants it put off "
    'for a year. At a rally on Monday, the union said the timetable "leaves no time for a break" and asked riders '
    "for support.\n\n"
)


def test_kind_apposed_with_a_relative_clause_introduces_the_organisation():
    assert speaker_holding(_BODY, "leaves no time") == "Riverside Drivers Guild"


def test_kind_apposed_with_which_too():
    body = _BODY.replace("the union that speaks", "the union which speaks")
    assert speaker_holding(body, "leaves no time") == "Riverside Drivers Guild"
