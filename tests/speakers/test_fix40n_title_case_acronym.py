"""An acronym a British paper writes in title case after the body's full name ("the Independent Electoral
Board (Ieb)") stands for that body later ("Ieb said"), as one in capitals does (speakers/mentions.py,
_BRACKETED: its letters must be the name's initials)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The Independent Electoral Board (Ieb) declared the governing party's candidate the winner on Tuesday.\n\n"
    'Ieb said in a statement that the vote had been "orderly and transparent" across the state.'
)


def test_a_title_case_acronym_is_the_body():
    assert speaker_holding(_BODY, "orderly and transparent") == "Independent Electoral Board"


def test_a_bracketed_word_that_is_no_acronym_stays_apart():
    body = (
        "The Independent Electoral Board (Lagos) declared the result on Tuesday.\n\n"
        'Lagos said in a statement that the vote had been "orderly and transparent".'
    )
    assert speaker_holding(body, "orderly and transparent") != "Independent Electoral Board"
