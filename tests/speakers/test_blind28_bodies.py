"""Bodies of blind round 28 (set m): a directorate, an inspectorate or a treasury is an organisation, whose
document is its own, whose bracketed acronym names it, and which "the directorate" takes up
(speakers/lexicon.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_directorate_s_statement_is_the_directorate_s():
    body = (
        "According to a statement by the Serious Fraud Directorate (SFD), investigators traced the payments. "
        "“We will act,” the directorate said. SFD said it would appeal."
    )
    assert _speakers(body) == ["Serious Fraud Directorate"] * 3


def test_a_treasury_s_report_is_the_treasury_s():
    assert _speakers("According to a report by the National Treasury, spending rose.") == ["National Treasury"]


def test_seas_peninsulas_and_weather_patterns_are_no_one():
    from quotelens.speakers.names import kind_of

    assert [kind_of(n.split(), []) for n in ("Yellow Sea", "Korean Peninsula", "La Niña")] == ["place"] * 3
    body = (
        "The drills were held in the Yellow Sea. Kim Mi-ra said the offer was a trick.\n\n"
        "“The puppets will fail,” she said."
    )
    assert _speakers(body) == ["Kim Mi-ra", "Kim Mi-ra"]
