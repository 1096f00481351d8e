""" "The insider" takes up the unnamed source just quoted ("A source close to the talks said ... The insider added"),
as "the source" does: an insider is a source and a source an insider."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "City are closing in on a deal for the Danish striker, according to people at the club.\n\n"
    'A source close to the talks said: "They want him before the tour starts. The money is there."\n\n'
    "The insider added that the club would pay the fee in three parts.\n\n"
)


def test_the_insider_is_the_source_just_quoted():
    assert speaker_holding(_BODY, "pay the fee in three parts") == "a source close to the talks"
