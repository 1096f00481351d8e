"""A document introduced as made "by the <kind of body> <Name>" ("a survey written over the summer by the building surveyors Quarrendon
Brask") is that body's: "the survey" that speaks later is credited to it, as it is when no kind comes between
(quotelens/speakers/authors.py, ``introduced_author``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

SURVEY = (
    "The swimming pool at Fallowmere will stay shut until the spring. A survey written over the summer by the building surveyors "
    "Quarrendon Brask lists cracked tiles, a tired boiler and a roof that leaks in three places.\n\n"
    "\u201cNone of these faults is new,\u201d the survey said.\n\n"
    "The council will discuss the pool's future in March."
)


def test_the_survey_speaks_for_the_body_named_after_its_kind():
    assert speaker_holding(SURVEY, "None of these faults") == "Quarrendon Brask"
