"""A word in capitals is an abbreviation, never a pronoun: "US demands" is the United States, not "us" (a
new user's review found "to cut tariffs" credited to “us” (unnamed) on a made-up CNN page)."""

from __future__ import annotations

from quotelens import load_article
from quotelens.speakers.descriptions import classify

TEXT = """Tariff talks stall in Lisbon

LISBON — German Chancellor Tobias Reinholt brushed off questions from reporters about whether Berlin would accept US demands to cut tariffs on American auto parts.

"We will not be rushed," Reinholt said.
"""


def test_capitals_are_no_pronoun():
    assert classify("US").cls != "pronoun"
    assert classify("IT").cls != "pronoun"
    assert classify("us").cls == "pronoun" and classify("Us").cls == "pronoun"
    assert classify("I").cls == "first"


def test_us_demands_are_not_ours():
    speakers = set(load_article(TEXT).quotes["speaker"].dropna())
    assert not any("“us”" in s for s in speakers)
