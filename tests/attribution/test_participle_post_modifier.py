"""A subject's participle post-modifier is the subject's, not a new subject (attribution/whole_subject.py)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('The family of a man killed outside a shop said he was a "gentle giant".', "The family of a man"),
        ("A readout of the meeting seen by reporters says that the talks went well.", "A readout of the meeting"),
        ("People briefed on the plan said that it would be delayed.", "People"),
    ],
)
def test_the_source_is_not_the_object_of_a_participle(text: str, mention: str) -> None:
    got = attributions(text)
    assert len(got) == 1 and got[0]["mention"].startswith(mention)
