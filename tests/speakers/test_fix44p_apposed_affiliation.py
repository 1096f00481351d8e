"""A name set off after the description that opens its sentence is its clause's subject even when its
affiliation follows it inside the commas ("Another trader, Ruth Ames of Cole & Co., expects ...; She said ..."):
a "he" or "she" opening the next sentence takes that person up, not the paragraph's earlier speaker
(speakers/mentions.py, the apposed subject)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "Shares of the ferry operator slid on Thursday.\n\n"
    "Not every broker agrees. Martin Crewe, a broker with Harbor Capital, kept his Sell call, "
    "saying fuel costs would bite. "
    '"Fuel is the whole story," Crewe wrote. Another broker, Stefan Ilic of Noyes & Co., rates the shares Hold. '
    'He told clients the drop was "overdone on price" but that he wanted another quarter of data.\n\n'
)


def test_he_after_an_apposed_name_with_its_firm_is_that_person():
    assert speaker_holding(_BODY, "overdone on price") == "Stefan Ilic"


def test_the_firm_may_follow_at_and_run_over_words():
    body = _BODY.replace("Stefan Ilic of Noyes & Co.", "Stefan Ilic at the Pell Street Group")
    assert speaker_holding(body, "overdone on price") == "Stefan Ilic"


def test_the_earlier_speaker_stays_when_the_name_is_no_subject():
    body = _BODY.replace(
        "Another broker, Stefan Ilic of Noyes & Co., rates the shares Hold. ",
        "A note from Noyes & Co. rates the shares Hold. ",
    )
    assert speaker_holding(body, "overdone on price") == "Martin Crewe"
