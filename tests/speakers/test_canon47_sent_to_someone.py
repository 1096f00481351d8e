"""A letter its writer "sent <someone> a letter" (an indirect object between the verb and the letter, an
apposition after the writer) is the writer's, as "sent a letter" is: the letter that then speaks ("the letter
said") is credited to its writer (quotelens/speakers/authors.py, documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

LETTER = (
    "Heating in the Linden Row flats has been off since October.\n\n"
    "Everard Quillfeather, the owner of the building, sent the Linden Row Residents' Association a one-page "
    "letter arguing that the installer had caused the delay.\n\n"
    "\u201cThe new boiler arrives in January and not a day sooner,\u201d the letter said."
)


def test_a_letter_sent_to_someone_speaks_for_its_writer():
    assert speaker_holding(LETTER, "The new boiler arrives") == "Everard Quillfeather"


def test_the_letter_sent_to_a_pronoun_speaks_for_its_writer():
    text = LETTER.replace("sent the Linden Row Residents' Association", "sent them")
    assert speaker_holding(text, "The new boiler arrives") == "Everard Quillfeather"


def test_a_letter_sent_to_a_person_is_not_the_addressee():
    text = LETTER.replace("sent the Linden Row Residents' Association", "sent Councillor Ada Brightwell")
    assert speaker_holding(text, "The new boiler arrives") == "Everard Quillfeather"


def test_the_letter_itself_speaks_for_its_writer():
    assert speaker_holding(LETTER, "the installer had caused") == "Everard Quillfeather"
