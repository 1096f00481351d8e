"""A quotation of several sentences before its "he said": the sentence before the pronoun's is the one before the
quotation opens, not the quotation's own first sentence (speakers/subjects.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_he_after_a_quotation_of_two_sentences_is_the_subject_before_it():
    body = (
        "Mayor Birgitta Solvang opened the new ferry pier on Saturday and praised its builders. "
        "Cosmo Linthwaite, the engineer who designed it, sounded a warning. "
        "“The sea here moves fast. We built the pier for the worst day, not the average one,” he said."
    )
    assert _speakers(body)[-1] == "Cosmo Linthwaite"


def test_a_who_clause_does_not_make_the_sentence_before_a_paragraph_announce_words():
    body = (
        "Imelda Thorncastle, the head gardener, said the frost had killed most of the roses. "
        "Fennick Mallender, who announced the garden's reopening last spring, listened in silence.\n\n"
        "“We will replant in April. Roses are patient, and so are we,” she said."
    )
    assert _speakers(body)[-1] == "Imelda Thorncastle"


def test_the_one_asked_a_quoted_question_answers_it_over_the_paragraph_break():
    body = (
        "Rosalind Pembury has run the orchard co-operative since 2019.\n\n"
        '"Will the co-operative survive another frost?" host Nils Ekwueme asked Pembury.\n\n'
        '"We lost half the crop. We will plant again. That is what farmers do," she said.'
    )
    assert _speakers(body)[-1] == "Rosalind Pembury"


def test_a_possessive_firm_opening_the_sentence_before_is_not_who_speaks():
    body = (
        "The council's new bin lorries arrived three months late.\n\n"
        "Greyfold Motors' sales director, Leopold Quenby, denied that the firm had missed its own deadline.\n\n"
        '"We ordered the parts in time. They came from abroad late," he told councillors.'
    )
    assert _speakers(body)[-1] == "Leopold Quenby"
