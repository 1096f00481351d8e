"""Review 43b, finding 4: only a subject "Another <noun>" opening its sentence or clause introduces a new
speaker for "the <noun> said"; "another <noun>" as an object ("phoned another nurse") does not. Short articles
written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_another_noun_as_an_object_is_no_new_speaker():
    text = (
        "A nurse said the ward had been short of staff for months. The nurse said she had phoned another nurse "
        "at the clinic across town before dawn.\n\n"
        "“Nobody came,” the nurse said."
    )
    assert speaker_holding(text, "Nobody came") == "a nurse"


def test_another_noun_opening_its_sentence_is_a_new_speaker():
    text = (
        "A nurse said the ward had been short of staff for months. Another nurse, who works nights, was calmer.\n\n"
        "“We manage,” the nurse said."
    )
    assert speaker_holding(text, "We manage") == "another nurse"
