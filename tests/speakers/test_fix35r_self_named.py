"""A quotation in which the speaker names itself ("Hello, this is Brightline Records", "I'm Dana Cole") does not
rule the named one out as its speaker, as a name quoted otherwise does (speakers/candidates.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_an_organisation_introducing_itself_in_its_statement():
    body = (
        "The band Northwind will skip its winter tour, its agency Brightline Media said on Monday.\n\n"
        "“Good afternoon, this is Brightline Media. After long talks we chose rest for the band,” "
        "the agency said."
    )
    assert _speakers(body)[-1] == "Brightline Media"


def test_a_person_introducing_herself():
    body = (
        "Dana Cole and her coach Peter Marr spoke to fans on Sunday. Marr said the season was over.\n\n"
        "“Hi, I'm Dana Cole, and I am not done yet,” she said."
    )
    assert _speakers(body)[-1] == "Dana Cole"
