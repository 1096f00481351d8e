"""Sources that name someone: quotelens/speakers/named.py."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def test_a_title_case_headline_source_is_the_person_its_first_words_name():
    text = (
        "Clinton Wades In: Urges Britain to Remain in European Union\n\n"
        "Hillary Clinton has waded into the Brexit debate, her campaign said on Friday."
    )
    found = speakers_of(text)
    assert ("Clinton Wades In", "Hillary Clinton", "explicit") in found


def test_a_headline_organisation_keeps_its_whole_name():
    text = "Gallup Poll Finds Voters Split\n\nVoters are split, the Gallup Poll found on Friday."
    assert all(speaker != "Gallup" or how != "explicit" for _, speaker, how in speakers_of(text) if speaker)
