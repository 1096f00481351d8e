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


def test_a_forum_an_alliance_and_a_federation_are_kinds_of_organisation():
    from quotelens.speakers.kindwords import ORG_KIND_NOUNS, ORG_NAME_KINDS

    assert {ORG_KIND_NOUNS[w] for w in ("forum", "alliance", "federation")} == {"organisation"}
    assert "forum" in ORG_NAME_KINDS["group"]
