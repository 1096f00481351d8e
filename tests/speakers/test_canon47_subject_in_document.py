"""A document introduced as the means of the sentence's subject ("The Farmers' Union, in a statement signed by its
secretary, Jo Hale, condemned ...") is the subject's: "the statement" that speaks after it is credited to the
union, not to the one who signed it (quotelens/speakers/authors.py, ``introduced_author``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

STATEMENT = (
    "The Farmers' Union of Dalmere, in a statement signed by its General Secretary, Joanna Hale, condemned the "
    "new levy and asked the council to drop it \u201cbefore the harvest.\u201d\n\n"
    "\u201cA levy on seed is a levy on bread. Nobody voted for this,\u201d the statement read in part."
)


def test_the_statement_speaks_for_the_subject_that_issued_it():
    assert speaker_holding(STATEMENT, "levy on seed") == "Farmers' Union of Dalmere"


def test_a_statement_signed_by_someone_alone_is_theirs():
    text = STATEMENT.replace(
        "The Farmers' Union of Dalmere, in a statement signed by its General Secretary,", "A statement signed by"
    )
    text = text.replace("condemned", "condemns")
    assert speaker_holding(text, "levy on seed") == "Joanna Hale"
