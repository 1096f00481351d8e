"""A name set off after the description that opens its sentence is its clause's subject even when its
affiliation follows it inside the commas ("Another critic, Anton Varga of Halden & Co., rates ...; He told
..."): a "he" or "she" opening the next sentence takes that person up, not the paragraph's earlier speaker
(speakers/mentions.py, the apposed subject)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The new harbour restaurant opened to long queues on Saturday.\n\n"
    "Critics are split. Colm Ferriter, who reviews for the Tribune, gave it one star, citing slow service. "
    '"The fish arrived cold," Ferriter wrote. Another critic, Anton Varga of Halden & Co., gives the kitchen '
    'four stars. He told readers the menu was "bold in the best way" but that the wine list needed work.\n\n'
)


def test_he_after_an_apposed_name_with_its_firm_is_that_person():
    assert speaker_holding(_BODY, "bold in the best way") == "Anton Varga"


def test_the_firm_may_follow_at_and_run_over_words():
    body = _BODY.replace("Anton Varga of Halden & Co.", "Anton Varga at the Quayside Food Guide")
    assert speaker_holding(body, "bold in the best way") == "Anton Varga"


def test_the_earlier_speaker_stays_when_the_name_is_no_subject():
    body = _BODY.replace(
        "Another critic, Anton Varga of Halden & Co., gives the kitchen four stars. ",
        "A guide from Halden & Co. gives the kitchen four stars. ",
    )
    assert speaker_holding(body, "bold in the best way") == "Colm Ferriter"
