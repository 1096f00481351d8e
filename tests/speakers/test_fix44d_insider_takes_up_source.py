""" "The insider" takes up the unnamed source just quoted ("A source at the label said ... The insider added"), as
"the source" does: an insider is a source and a source an insider."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "The band has not played together since 2019, but a reunion tour is now likely, fans were told this week.\n\n"
    'A source at the record label said the dates "are nearly fixed" and that tickets would stay cheap.\n\n'
    "The insider added that rehearsals would start in a rented barn in May.\n\n"
)


def test_the_insider_is_the_source_just_quoted():
    assert speaker_holding(_BODY, "rehearsals would start") == "a source at the record label"
