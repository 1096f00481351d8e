""" "the broker said" right after "Another broker, who ..., was calmer." takes up that other unnamed broker, not
"one senior broker" whose report came before it."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "Several brokers who spoke on condition of anonymity said they feared the sale. "
    '"It means fewer buyers," said one senior broker at a large firm.\n\n'
    'Another broker, who sells mostly farmland, was calmer. "Dana has been fair to sellers," the broker said.\n\n'
)


def test_the_description_takes_up_another_just_introduced():
    assert speaker_holding(_BODY, "fair to sellers") == "another broker"
    assert speaker_holding(_BODY, "fewer buyers") == "one senior broker at a large firm"


def test_a_role_description_takes_up_another_just_introduced():
    body = _BODY.replace("broker", "adviser").replace("brokers", "advisers")
    assert speaker_holding(body, "fair to sellers") == "another adviser"
