"""A three-word name read as a person's with nothing to say so (no first name, sex or role) that spoke just
before is the organisation "the company" takes up ("Northgate Valley Gas said ... the company said";
speakers/orgkinds._last_speaker_of_no_kind)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_company_after_a_three_word_name_spoke():
    body = (
        "Crews were still searching the hillside on Tuesday. Northgate Valley Gas, which supplies most of the "
        "county, said in a statement that it had closed two pipelines overnight.\n\n"
        '"We are working with investigators and will publish what we find," the company said.'
    )
    assert speaker_holding(body, "We are working with investigators") == "Northgate Valley Gas"
