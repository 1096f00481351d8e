""" "the curator said" right after "Another curator, who ..., sounded calmer." takes up that other unnamed curator,
not "one senior curator" whose report came before it."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "Several curators who asked for anonymity said the merger of the two galleries worried them. "
    '"It leaves one buyer for every show," said one senior curator at a city museum.\n\n'
    'Another curator, who works mostly with photographs, sounded calmer. "Iris has always paid on time," the '
    "curator said.\n\n"
)


def test_the_description_takes_up_another_just_introduced():
    assert speaker_holding(_BODY, "paid on time") == "another curator"
    assert speaker_holding(_BODY, "one buyer for every show") == "one senior curator at a city museum"


def test_a_role_description_takes_up_another_just_introduced():
    body = _BODY.replace("curator", "adviser").replace("curators", "advisers")
    assert speaker_holding(body, "paid on time") == "another adviser"
