"""A document introduced as the means of the sentence's subject ("The Headland Lamp Society, in a letter
signed by its chair, Osgood Trevaskis, asked ...") is the subject's: "the letter" that speaks after it is
credited to the society, not to the one who signed it (quotelens/speakers/authors.py, ``introduced_author``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

LETTER = (
    "The Headland Lamp Society, in a letter signed by its chair, Osgood Trevaskis, asked the coastguard "
    "to keep the last two lamps on the point lit through the winter.\n\n"
    "\u201cA lamp costs less than a wreck,\u201d the letter argued."
)


def test_the_letter_speaks_for_the_subject_that_sent_it():
    assert speaker_holding(LETTER, "costs less than a wreck") == "Headland Lamp Society"


def test_a_letter_signed_by_someone_alone_is_theirs():
    text = LETTER.replace("The Headland Lamp Society, in a letter signed by its chair,", "A letter signed by")
    text = text.replace("asked", "asks")
    assert speaker_holding(text, "costs less than a wreck") == "Osgood Trevaskis"
