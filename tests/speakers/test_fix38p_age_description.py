""" "the 27-year-old" opening a clause is a mention of the one person introduced as 27 (quotelens/speakers/
coref.py, role_mentions), so the "he" of the next sentence takes it up, over the last-named man."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    "Liam Brady (27), of Orchard Close, had pleaded guilty to the assault of Paul Kerr at a bus stop.\n\n"
    "Mr Brady wrote a letter of apology to the Kerr family, the court heard.\n\n"
    "Counsel for the accused, Sean Cullen SC, said his client had been drinking heavily at the time. "
    "“This is a young man who lost his way,” counsel said.\n\n"
    "When invited to address the court, the 27-year-old stood and turned towards the public gallery. "
    "“I am sorry for what I did to your family,” he said."
)


def test_the_age_description_is_the_person_so_aged():
    assert speaker_holding(BODY, "I am sorry for what I did") == "Liam Brady"


APPOSED = (
    "Headline\n\n"
    "Actress Jane Porter, 61, said she was not sure she could back Ann Ruiz, 68, in November.\n\n"
    "She suggested Ruiz, the 68-year-old former governor of the state, would lose to her rival."
)


def test_an_age_before_a_role_is_no_description_of_its_own():
    """ "the 68-year-old former governor of the state" is not cut at the age into a mention of the one aged 68."""
    from quotelens import load_article

    result = load_article(APPOSED).speaker_result
    at = APPOSED.index("the 68-year-old")
    assert not [m for m in result.mentions if m.start == at and m.how == "alias"]
