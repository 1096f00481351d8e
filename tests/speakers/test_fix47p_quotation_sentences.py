"""A quotation of several sentences before its "he said": the sentence before the pronoun's is the one before the
quotation opens, not the quotation's own first sentence (speakers/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_he_after_a_quotation_of_two_sentences_is_the_subject_before_it():
    body = (
        "The harbour board met on Friday to settle the dredging contract. "
        "Chairman Oswin Tarrant, who has pushed for a quick vote, said the board should sign this month. "
        "Board member Lucian Abernathy, a former pilot, objected. "
        "“Dredging is cheap. Losing a ship in the channel is not,” he said."
    )
    assert _speakers(body)[-1] == "Lucian Abernathy"


def test_a_who_clause_does_not_make_the_sentence_before_a_paragraph_announce_words():
    body = (
        "The coach, Mirela Dragomir, said the squad had trained hard all week. "
        "Her assistant Odile Quist, who announced the starting line-up on Friday, sat beside her.\n\n"
        "“The young players are ready. They have waited for this game all season,” she said."
    )
    assert _speakers(body)[-1] == "Mirela Dragomir"


def test_the_one_asked_a_quoted_question_answers_it_over_the_paragraph_break():
    body = (
        "Rosalind Pembury has run the orchard co-operative since 2019.\n\n"
        '"Will the co-operative survive another frost?" host Nils Ekwueme asked Pembury.\n\n'
        '"We lost half the crop. We will plant again. That is what farmers do," she said.'
    )
    assert _speakers(body)[-1] == "Rosalind Pembury"


def test_a_possessive_firm_opening_the_sentence_before_is_not_who_speaks():
    body = (
        "The tender for the new ferry terminal went to a local builder.\n\n"
        "Harbourline Works' managing director, Tobias Mwangi, denied that the firm had been favoured.\n\n"
        '"We bid against nine firms. We won on price," he told reporters.'
    )
    assert _speakers(body)[-1] == "Tobias Mwangi"
