"""A letter its writer "sent <someone> a letter" (an indirect object between the verb and the letter, an
apposition after the writer) is the writer's, as "sent a letter" is: the letter that then speaks ("the letter
said") is credited to its writer (quotelens/speakers/authors.py, documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

LETTER = (
    "The port operator did not answer questions about the crane failures. Instead, Miriam Castellane, an "
    "outside counsel for the operator, sent the Ledger a four-page letter arguing that the inspection records "
    "were incomplete. Castellane wrote that the records were \u201cdrafts at best.\u201d\n\n"
    "\u201cNo crane has ever been operated outside its certified load,\u201d the letter said."
)


def test_a_letter_sent_to_someone_speaks_for_its_writer():
    assert speaker_holding(LETTER, "No crane has ever") == "Miriam Castellane"


def test_the_letter_sent_to_a_pronoun_speaks_for_its_writer():
    text = LETTER.replace("sent the Ledger a four-page letter", "sent them a four-page letter")
    assert speaker_holding(text, "No crane has ever") == "Miriam Castellane"


def test_a_letter_sent_to_a_person_is_not_the_addressee():
    text = LETTER.replace("sent the Ledger", "sent Mayor Ruth Ambrose")
    assert speaker_holding(text, "No crane has ever") == "Miriam Castellane"


def test_the_letter_itself_speaks_for_its_writer():
    assert speaker_holding(LETTER, "inspection records were incomplete") == "Miriam Castellane"
