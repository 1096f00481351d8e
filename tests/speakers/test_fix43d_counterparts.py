""""His Turkish counterpart" is the one person the article named with a Turkish role (the holder of the same
office in the other country); with no such person, or two, it stays the description."""

from tests.speakers.examples import speaker_holding

_TWO_MINISTERS = (
    "Turkish Trade Minister Emre Kaplan said the deal would add jobs. Georgian Trade Minister Levan Beridze, "
    "who signed the deal with Kaplan, said the line would open a new road.\n\n"
    "Beridze said his country's exports had hit a record this year.\n\n"
)


def test_counterpart_of_a_nationality_is_the_one_named_with_it():
    body = _TWO_MINISTERS + "His Turkish counterpart also said technical teams would meet next month."
    assert speaker_holding(body, "technical teams") == "Emre Kaplan"


def test_counterpart_of_a_nationality_no_one_holds_stays_unnamed():
    body = _TWO_MINISTERS + "His Armenian counterpart also said technical teams would meet next month."
    assert speaker_holding(body, "technical teams") == "his Armenian counterpart"
