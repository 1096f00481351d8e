"""A role after a name and a comma that its own "said" follows is the next clause's subject, not an
apposition: in "Speaking after Ortega, the prime minister said ..." Ortega is no prime minister
(speakers/apposition.py)."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.apposition import apposition
from tests.speakers.examples import speaker_holding


def _roles(text: str) -> list[str]:
    toks = tokenize(text)
    b = next(i for i, t in enumerate(toks) if t.text == ",")
    return apposition(toks, b)


def test_no_role_for_the_name_before_the_clause():
    assert _roles("Speaking after Ortega, the prime minister said the deal was close.") == []


def test_a_role_set_off_is_still_read():
    assert _roles("Maria Ortega, the prime minister, said the deal was close.") == ["prime minister"]


def test_the_prime_minister_is_the_one_introduced_so():
    body = (
        "President Maria Ortega met Irish Prime Minister Niamh Kelly in Dublin on Friday.\n\n"
        '"The deal is close," Ortega told reporters, standing beside Kelly.\n\n'
        "Kelly struck a warier tone. Speaking after Ortega, the prime minister said Ireland would not sign a "
        "deal that hurt its farmers."
    )
    assert speaker_holding(body, "would not sign a deal") == "Niamh Kelly"
