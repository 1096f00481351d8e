"""A description's nationality tells apart two people with the same role word: "the former Chilean fisheries
minister" is the one introduced as such, not the "Peruvian Fisheries Minister" named earlier, for demonyms beyond
the largest countries too (speakers/agreement.py, origins), so a "he" after it takes up the right one."""

from __future__ import annotations

from quotelens.speakers.agreement import origins
from tests.speakers.examples import speaker_holding

_BODY = (
    "Ministers from six Pacific nations met in Lima on Thursday to share out the anchovy catch.\n\n"
    "Peruvian Fisheries Minister Tomás Aranda held out longest, pressing for a bigger quota for his own fleet.\n\n"
    'Over lunch, Aranda told reporters he would "not sign a bad deal" to please anyone.\n\n'
    "The plan on the table, put forward by the talks' chair Ignacio Ferrán, a former Chilean fisheries minister, "
    'gives Peru more fish in dry years. Ferrán said the plan was "fair to every fleet".\n\n'
    'Aranda, for his part, called the offer "a start".\n\n'
    "The former Chilean fisheries minister did not hide his impatience.\n\n"
    '"Every minister answers to his own fishermen," he said.'
)


def test_a_chilean_minister_is_not_the_peruvian_one():
    assert speaker_holding(_BODY, "answers to his own fishermen") == "Ignacio Ferrán"


def test_demonyms_of_smaller_countries_are_origins():
    assert origins(("moldovan", "prime", "minister")) == origins(("moldova",))
    assert origins(("former", "armenian", "minister")) == origins(("armenia",))
