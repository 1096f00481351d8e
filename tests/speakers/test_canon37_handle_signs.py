"""A letters page's reply signed by a social-media handle alone ("@marta_k."): the "I" of the reply is the
handle's owner (quotelens/speakers/writer.py, the signature after the text), not "the author"."""

from __future__ import annotations

from tests.speakers.examples import speakers_of

TEXT = (
    "Readers weigh in on the stadium vote\n\n"
    "LETTERS.\n\n"
    "We asked our followers what they made of the council's stadium vote.\n\n"
    "As a homeowner near the site, I believe that the council finally listened to the neighborhood.\n\n"
    "@marta_k.\n\n"
    "The stadium will cost the city more than it brings in.\n\n"
    "@ridgeway22."
)


def test_the_i_of_a_reply_signed_by_a_handle_is_the_handle():
    found = [(source, speaker) for source, speaker, _ in speakers_of(TEXT) if source == "I"]
    assert found and all(speaker == "@marta_k" for _, speaker in found), speakers_of(TEXT)
