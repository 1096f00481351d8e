""" "His Norwegian counterpart" is the one person the article named with a Norwegian role in the possessor's office
(the holder of the same office in the other country); with no such person, or two, it stays the description.
Short passages written for the test."""

from tests.speakers.examples import speaker_holding

_TWO_MINISTERS = (
    "Norwegian Fisheries Minister Ola Berg said the quota deal would protect jobs on the coast. Icelandic Fisheries "
    "Minister Gunnar Sveinsson, who signed the deal with Berg, said the catch limits would hold for five years.\n\n"
    "Sveinsson said his country's sales of cod had risen this year.\n\n"
)


def test_counterpart_of_a_nationality_is_the_one_named_with_it():
    body = _TWO_MINISTERS + "His Norwegian counterpart also said scientists would count the stocks next spring."
    assert speaker_holding(body, "count the stocks") == "Ola Berg"


def test_counterpart_of_a_nationality_no_one_holds_stays_unnamed():
    body = _TWO_MINISTERS + "His Danish counterpart also said scientists would count the stocks next spring."
    assert speaker_holding(body, "count the stocks") == "his Danish counterpart"
