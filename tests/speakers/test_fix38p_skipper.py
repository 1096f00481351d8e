"""A team's "skipper" is the one introduced as its "Captain", and back (quotelens/speakers/agreement.py, the
role families): "the skipper was wary ... he said" is the captain's."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    "Captain Rowan Tipene was blunt about the first half. Asked about the scrum, the lock shrugged.\n\n"
    "Coach Ari Wiremu said the side had worked all week on its defence.\n\n"
    "Wiremu, for his part, said he had not seen a replay and would leave it to the judiciary.\n\n"
    "“It is not my place,” he said with a laugh.\n\n"
    "The win lifts the Harbour Sharks to third on the Coastal League ladder, but the skipper was wary of getting "
    "ahead of himself.\n\n"
    "“We are third. Nobody is handing us anything yet,” he said."
)


def test_the_skipper_is_the_captain():
    assert speaker_holding(BODY, "Nobody is handing us") == "Rowan Tipene"
