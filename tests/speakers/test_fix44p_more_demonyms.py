"""A description's nationality tells apart two people with the same role word: "the former Latvian finance
minister" is the one introduced as such, not the "Croatian Prime Minister" named earlier, for demonyms beyond
the largest countries too (speakers/agreement.py, origins), so a "he" after it takes up the right one."""

from __future__ import annotations

from quotelens.speakers.agreement import origins
from tests.speakers.examples import speaker_holding

_BODY = (
    "Finance ministers met in Brussels on Monday to agree a new budget rule.\n\n"
    "The hardest bargainer was Croatian Prime Minister Luka Radić, who wanted a longer transition.\n\n"
    'Arriving in the morning, Radić told reporters he would "not be rushed" by anyone.\n\n'
    "Radić had at one point threatened to walk out, two officials said.\n\n"
    "A compromise drafted by Eurogroup President Andris Ozols, a former Latvian finance minister, gives "
    'Croatia three more years. Ozols said the deal was "good enough".\n\n'
    "Asked whether Radić had blocked the talks, the former Latvian finance minister paused.\n\n"
    '"Every minister has voters at home," he said.'
)


def test_a_latvian_minister_is_not_the_croatian_one():
    assert speaker_holding(_BODY, "Every minister has voters at home") == "Andris Ozols"


def test_demonyms_of_smaller_countries_are_origins():
    assert origins(("slovak", "prime", "minister")) == origins(("slovakia",))
    assert origins(("former", "estonian", "minister")) == origins(("estonia",))
