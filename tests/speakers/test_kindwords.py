"""Kinds of organisation (speakers/kindwords.py): "the fund", "the regulator", "the watchdog" name an
organisation named before, as "the company" does."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_the_fund_is_the_investment_firm_named_before():
    body = 'Kestrel Partners, an activist fund, welcomed it. The fund said the deal was "the right answer."'
    assert _speakers(body)[-1] == "Kestrel Partners"


def test_the_regulator_and_the_watchdog_are_the_authority_named_before():
    body = 'The Financial Conduct Authority opened a probe. The regulator said the bank had "failed customers".'
    assert _speakers(body) == ["Financial Conduct Authority"]
    body = 'The Competition and Markets Authority opened a probe. The watchdog said the deal was "harmful".'
    assert _speakers(body) == ["Competition and Markets Authority"]
