"""A definite document source ("The letter says", "The report calls") is credited to the author the sentence that
introduced the document names: the object of "by" after it, the subject of the verb that takes it, or the one
who speaks in it; a document only seen or addressed to someone stays its own entity
(quotelens/speakers/authors.py, ``introduced_author``)."""

from __future__ import annotations

import pytest

from tests.speakers.examples import speakers_of

BY_TIME = (
    "Port workers face heat\n\n"
    "The gap is the subject of a report released Monday by the Harbor Institute for Labor Studies, which surveyed "
    "900 dock workers. The report calls the port's response “a failure that hurts the lowest paid.”\n\n"
    "“It is a design problem,” said Mark Ellis, a dock foreman."
)
BY_OFFICIALS = (
    "Budget row deepens\n\n"
    "The row came after a memo prepared by officials in the Department of Transport was released on Monday. The "
    "memo, dated May 4th, said that road repair costs were “far ahead of plan” for the year.\n\n"
    "“We knew,” said Joan Hill, a councillor."
)
SUBJECT = (
    "Party split\n\n"
    "Former Finance Minister Karin Vogt, who still has many allies among the moderates, has written a letter to the "
    "board urging a delay. The letter, which this newspaper has seen, says the party “cannot win by hiding.”\n\n"
    "“We will see,” said Tom Berg, the party chair."
)
SPOKE_IN_IT = (
    "Plant accused\n\n"
    "In a four-page letter to this newspaper, Paul Hart, a lawyer for the company, wrote that the plant “has "
    "always complied with its permits.” Hart wrote that the worker had been dismissed for poor attendance.\n\n"
    "The letter also said the company had invested $20 million in filters since 2019."
)
ONLY_SEEN = SUBJECT.replace("has written a letter to the board urging a delay", "has seen a letter urging a delay")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (BY_TIME, "Harbor Institute for Labor Studies"),
        (BY_OFFICIALS, "Department of Transport"),
        (SUBJECT, "Karin Vogt"),
        (SPOKE_IN_IT, "Paul Hart"),
    ],
    ids=["by-after-a-time", "by-officials-in", "subject-wrote", "spoke-in-it"],
)
def test_document_is_credited_to_its_introduced_author(text: str, author: str):
    found = speakers_of(text)
    assert (found[-1][0] if author == "Paul Hart" else found[0][0]).startswith("The"), found
    documents = [speaker for source, speaker, _ in found if source.startswith("The")]
    assert documents == [author], found


def test_a_letter_only_seen_names_no_author():
    documents = [speaker for source, speaker, _ in speakers_of(ONLY_SEEN) if source.startswith("The")]
    assert documents and "Karin Vogt" not in documents, speakers_of(ONLY_SEEN)


DOCUMENT = (
    "Party row\n\n"
    "An internal paper drawn up by the party's general secretary, Hanna Berg, makes the same case. The three-page "
    "document, which has been obtained by this newspaper, warns that a coalition could “cause lasting damage to the "
    "party.”\n\n"
    "“We disagree,” said Tom Lind, a deputy."
)


def test_the_document_is_any_kind_of_document_introduced_before():
    documents = [speaker for source, speaker, _ in speakers_of(DOCUMENT) if source.startswith("The")]
    assert documents == ["Hanna Berg"], speakers_of(DOCUMENT)
