"""A "she" taking up the unnamed subject that opens the sentence before ("A spokeswoman for the trust said ...")
is the one that subject's own report was credited to (the trust), not a new "a spokeswoman" cut from the phrase's
first words."""

from tests.speakers.examples import speaker_holding


def test_spokeswoman_for_the_kind_is_the_one_name_ending_with_it():
    body = (
        "Nurses walked out at dawn on Monday across the region.\n\n"
        "At Eastholm Valley Hospitals Foundation Trust, managers said about 800 operations would be put off.\n\n"
        "Jane Porter, the trust's medical director, said wards would stay open.\n\n"
        'A spokeswoman for the trust said patients would be called. "If we have not called you, come in," she said.'
    )
    assert speaker_holding(body, "patients would be called") == "Eastholm Valley Hospitals Foundation Trust"
    assert speaker_holding(body, "have not called you") == "Eastholm Valley Hospitals Foundation Trust"
