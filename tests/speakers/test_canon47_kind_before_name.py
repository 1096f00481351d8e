"""A document introduced as made "by the <kind of body> <Name>" ("a review published on Friday by the engineering
consultancy Brightwater Partners") is that body's: "the review" that speaks later is credited to it, as it is when
no kind comes between (quotelens/speakers/authors.py, ``introduced_author``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

REVIEW = (
    "Not everyone is reassured. A review published on Friday by the engineering consultancy Brightwater Partners "
    "warned that the cranes had been overloaded for months \u2013 a sign, the consultancy said, that the "
    "problem was \u201csystemic, not bad luck.\u201d\n\n"
    "\u201cThe logs leave no room for doubt,\u201d the review said. \u201cSomeone will be hurt.\u201d\n\n"
    "Pia Lund, who runs the consultancy, said the work took six weeks."
)


def test_the_review_speaks_for_the_body_named_after_its_kind():
    assert speaker_holding(REVIEW, "The logs leave") == "Brightwater Partners"
