"""Issue 18 (canon43): a document phrase with its post-modifier ("A Harbor Institute poll of Maine released
on Monday showed", "Early results of exit polls conducted by Lumen Research for the networks show") is the
subject of its verb of evidence as a whole; the name or the day in its post-modifier only says whose or when.
Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention", "speaker"),
    [
        (
            "A Harbor Institute poll of Maine released on Monday showed Ms. Ibekwe with a nine-point lead.",
            "A Harbor Institute poll of Maine released on Monday",
            "Harbor Institute",
        ),
        (
            "Early results of exit polls conducted by Lumen Research for the networks show that most voters "
            "distrust the council.",
            "Early results of exit polls conducted by Lumen Research for the networks",
            None,
        ),
        (
            "Surveys of shoppers taken as they left the market showed that prices were the main worry.",
            "Surveys of shoppers taken as they left the market",
            None,
        ),
    ],
)
def test_the_document_phrase_is_the_source(body, mention, speaker):
    (a,) = attributions(body)
    assert a["mention"] == mention
    assert speaker is None or a["speaker"] == speaker


def test_a_report_later_in_the_sentence_is_no_subject_of_a_relative_verb():
    """ "the release of a report on her emails that suggested C": the relative clause's verb is the
    report's, not the whole phrase's (the ordinary rules decide it)."""
    body = "The vote came after the release of a report on the mayor's emails that suggested she was careless."
    mentions = [a["mention"] for a in attributions(body)]
    assert "the release of a report on the mayor's emails that" not in mentions


def test_a_content_before_the_document_phrase():
    (a,) = attributions("Donors are paying for the attacks, disclosures filed on Sunday night revealed.")
    assert a["mention"] == "disclosures filed on Sunday night"
    assert a["pieces"][0].startswith("Donors are paying")
