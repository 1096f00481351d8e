"""An organisation's kind far from its naming (blind round 27, set h): "the company" paragraphs after the
last naming is the one company the article opens with; companies by their trade ("the chipmaker", "the
lender") are kinds of company (speakers/orgkinds.py, speakers/lexicon.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

_FILLER = "\n\n".join(
    [
        "Revenue rose 12% to $4.4 billion in the quarter.",
        "Net income fell to $612 million from $655 million a year earlier.",
        "Shares fell 9% in extended trading.",
        "Margins narrowed as costs rose at the new plant.",
        "Inventories grew for a third straight quarter.",
    ]
)


def _last(text: str) -> tuple[str, str | None, str]:
    return speakers_of(text)[-1]


def test_the_company_far_from_its_naming_is_the_company_the_article_opens_with():
    text = (
        "Quarterly results\n\nBrightwave Systems Inc forecast revenue below estimates on Tuesday.\n\n"
        + _FILLER
        + "\n\nThe company said in a statement that its board had approved a buyback."
    )
    assert _last(text)[1] == "Brightwave Systems Inc"


def test_a_company_by_its_trade_is_the_company_named_before():
    text = (
        "Quarterly results\n\nBrightwave Systems Inc forecast revenue below estimates on Tuesday.\n\n"
        "“Demand has never been stronger,” the chipmaker said."
    )
    assert _last(text)[1] == "Brightwave Systems Inc"


def test_two_companies_in_the_opening_leave_the_company_unresolved():
    text = (
        "Merger talks\n\nBrightwave Systems Inc and Corvane Holdings Inc said on Tuesday they were in talks.\n\n"
        + _FILLER
        + "\n\nThe company said in a statement that its board had approved a buyback."
    )
    assert _last(text)[1] not in ("Brightwave Systems Inc", "Corvane Holdings Inc")
