"""Joint sources: quotelens/speakers/joint.py."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_title_of_capitalised_words_before_the_second_name_keeps_the_pair():
    body = (
        "Norris won. Andrea Stella and McLaren CEO Zak Brown both praised the defence. "
        'They said it had been "the best first stint."'
    )
    assert speaker_holding(body, "the defence") == "Andrea Stella and Zak Brown"
    assert speaker_holding(body, "best first stint") == "Andrea Stella and Zak Brown"

