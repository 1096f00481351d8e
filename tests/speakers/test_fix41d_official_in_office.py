"""A source cut before its post-modifier ("A senior aide" of "A senior aide in the Mayor's Office said Ruiz
expected 'a deal by Friday'") is read up to the verb that ends it: the aide speaks for the office, in each of
the sentence's reports (speakers/spans.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_an_aide_in_a_named_office_speaks_for_it_in_both_reports():
    body = (
        "Talks between the city and the transit union resumed on Wednesday after a two-week break.\n\n"
        "A senior aide in the Mayor's Office said Ruiz was meeting both sides and expected "
        '"a deal that nobody will love" by Friday.\n\n'
        '"No one wants a strike in December," the aide said.'
    )
    assert speaker_holding(body, "a deal that nobody will love") == "Mayor's Office"
