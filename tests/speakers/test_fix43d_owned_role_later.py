"""An owned role in the lede ("with his lawyer describing the case as ...") is the person the article later sets
off with the same words ("His lawyer, Claire Vidal," or "Claire Vidal, his lawyer,"), paragraphs on.
Short passages written for the test."""

from tests.speakers.examples import speaker_holding

_LEDE = (
    "LYON -- The hearing of Marc Delorme, a baker accused of selling mislabelled flour, began on Thursday, with "
    'his lawyer describing the case as "a paperwork slip blown out of all proportion."\n\n'
    "Inspectors say Delorme's bags named the wrong mill. He denies the charge and faces a heavy fine.\n\n"
    "The court will sit again on March 4, when a chemist is due to give evidence.\n\n"
)


def test_owned_role_is_the_name_set_off_after_the_same_words():
    body = _LEDE + "His lawyer, Claire Vidal, said outside the court that a supplier had printed the labels."
    assert speaker_holding(body, "paperwork slip") == "Claire Vidal"


def test_owned_role_is_the_name_the_same_words_set_off():
    body = _LEDE + "Claire Vidal, his lawyer, said outside the court that a supplier had printed the labels."
    assert speaker_holding(body, "paperwork slip") == "Claire Vidal"


def test_owned_role_stays_unnamed_when_no_one_is_set_off_with_it():
    body = _LEDE + "Claire Vidal, a food chemist, said outside the court that a supplier had printed the labels."
    assert speaker_holding(body, "paperwork slip") == "his lawyer"
