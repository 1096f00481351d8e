"""fix38f: after "told", a plural noun in -ers/-ors followed by a subject pronoun is the listener only when
the pronoun's clause is not a relative clause on a thing told: 'told the figures he had seen were wrong'
has a second finite verb after that clause. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_thing_told_with_a_relative_clause_is_no_listener():
    found = attributions("The auditor told the letters he had been sent were forged.")
    assert not any(a["cue"] == "told" for a in found)


def test_agents_before_a_pronoun_are_still_the_listener():
    found = attributions("The treasurer told inspectors he had signed the forms.")
    (a,) = [a for a in found if a["cue"] == "told"]
    assert a["pieces"] == ["he had signed the forms."]
