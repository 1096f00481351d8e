"""Blind round 35 (fix35a): a report continued by the next sentence's quotation takes the whole quotation
when it runs over several sentences ('He said C. “A. B. But D.”'), not only its first sentence, which left
the rest of the quotation without a speaker. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_the_continued_copy_takes_the_whole_quotation():
    body = (
        "A second nurse said nobody on the ward blamed the manager. “She is kind. She works hard. "
        "But you can only hear the same promise so many times.”"
    )
    continued = [p for p in proposals(body) if p[0] == "continued (next sentence)"]
    assert continued
    assert continued[0][3][-1].endswith("so many times.”")
    assert continued[0][3][-1].startswith("“She is kind.")
