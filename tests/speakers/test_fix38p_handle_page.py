"""A handle alone on a line signs the writer's "I" only on a letters or replies page (several replies signed
by handles, or replies to a question put to readers), not a post quoted in an op-ed (quotelens/speakers/
writer.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

OP_ED = (
    "Why I Am Quitting the Club\n\n"
    "I have been a member of this club for twenty years, and I cannot renew again.\n\n"
    "The board has lost touch with its members, and I think most of them know it.\n\n"
    "A councillor summed it up this week in a post:\n\n"
    "The club has forgotten who it is for.\n\n"
    "@CllrTomReyes\n\n"
    "That is the truth, and it is why I am leaving."
)


def test_a_post_quoted_in_an_op_ed_does_not_sign_the_writers_i():
    found = [speaker for source, speaker, _ in speakers_of(OP_ED) if source == "I"]
    assert found and "@CllrTomReyes" not in found, speakers_of(OP_ED)
