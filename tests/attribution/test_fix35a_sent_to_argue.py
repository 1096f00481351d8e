"""Blind round 35 (fix35a): the one sent, hired or tapped "to argue" argues ("The state sent its solicitor
general, Ann Lee, ..."): the object of "send" is the infinitive's speaker, as after "led" or "asked"; far
from "to", only a titled name is. Short passages written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        (
            "The state sent Assistant Attorney General Maria Ocampo to argue that the law was valid.",
            "Assistant Attorney General Maria Ocampo",
        ),
        ("The union hired two economists to argue that wages had fallen.", "two economists"),
    ],
)
def test_the_one_sent_to_argue_is_the_speaker(body, mention):
    (a,) = attributions(body)
    assert a["cue"] == "argue"
    assert a["mention"] == mention


def test_far_from_to_a_plain_phrase_is_no_speaker():
    found = attributions("The agency sent a letter to the board last month to argue that the rule was void.")
    assert all(a["mention"] != "a letter to the board last month" for a in found)
