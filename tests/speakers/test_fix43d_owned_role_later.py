"""An owned role in the lede ("with her lawyer calling the charge ...") is the person the article later sets
off with the same words ("Her lawyer, Irina Belova," or "Irina Belova, her lawyer,"), paragraphs on."""

from tests.speakers.examples import speaker_holding

_LEDE = (
    "VILNIUS -- The trial of Daria Kovalenko, a blogger whose posts on city contracts drew wide notice, opened "
    'on Monday, with her lawyer calling the charge "a gag order dressed up as law."\n\n'
    "Prosecutors say Kovalenko's videos urged unrest. She denies the charge and faces five years in prison.\n\n"
    "The court set the next hearing for December 2, when two experts are due to testify.\n\n"
)


def test_owned_role_is_the_name_set_off_after_the_same_words():
    body = _LEDE + "Her lawyer, Irina Belova, told reporters that the prosecution had no evidence."
    assert speaker_holding(body, "gag order") == "Irina Belova"


def test_owned_role_is_the_name_the_same_words_set_off():
    body = _LEDE + "Irina Belova, her lawyer, told reporters that the prosecution had no evidence."
    assert speaker_holding(body, "gag order") == "Irina Belova"


def test_owned_role_stays_unnamed_when_no_one_is_set_off_with_it():
    body = _LEDE + "Irina Belova, a rights activist, told reporters that the prosecution had no evidence."
    assert speaker_holding(body, "gag order") == "her lawyer"
