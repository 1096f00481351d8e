"""Names of blind round 27 (sets i, j): a word-final apostrophe glued to a name word is the name's, and a quoted
nickname inside a name is an alias of one person (speakers/names.py, speakers/nameparts.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_word_final_apostrophe_stays_on_the_name():
    body = "Governor Ong' Wafula said the roads were closed. “It is a disaster,” Prof Wafula said."
    assert _speakers(body) == ["Ong' Wafula", "Ong' Wafula"]


def test_a_quoted_nickname_inside_a_name_is_one_person_and_an_alias():
    body = (
        'Maria "Mimi" Lopez, a singer, left the band in June. Her brother Carl Lopez said she was tired. '
        "“I need a rest,” Mimi said. “We miss her,” Carl said."
    )
    assert _speakers(body) == ["Carl Lopez", "Maria Lopez", "Carl Lopez"]


def test_a_quoted_word_between_two_names_in_a_clause_is_no_nickname():
    body = 'Fans of Real Madrid chanted "Campeones" Saturday. Coach Ana Ruiz said the team was proud.'
    assert "Ana Ruiz" in _speakers(body)


def test_a_closing_single_quote_after_a_word_joins_no_name():
    from quotelens.segment import tokenize
    from quotelens.speakers.names import name_runs

    runs = name_runs(tokenize("Delegates left the ‘Unity’ Meeting early, said Tom Reyes."), 0, 0)
    assert all("’" not in w for r in runs for w in r.words)
