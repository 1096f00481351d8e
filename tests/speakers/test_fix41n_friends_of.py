"""A group named "The Friends of X" (a plural noun of people, "of" and a name) is one name, as "Democracy for
America" is: not cut to the X it supports."""

from __future__ import annotations

from quotelens import load_article


def test_the_friends_of_a_place_is_a_group_name():
    text = (
        "Council votes to shut pool\n\n"
        "The council voted on Tuesday to close the Carrow Baths at the end of the year.\n\n"
        "The Friends of Carrow Baths, which has gathered more than 4,000 signatures on a petition against the "
        "closure, said it would seek a review of the decision.\n\n"
        "The plan was short-sighted, said Friends of the Earth, which has campaigned against the road."
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["it would seek a review of the decision."] == "Friends of Carrow Baths"
    assert speakers["The plan was short-sighted"] == "Friends of the Earth"
