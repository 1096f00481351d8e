"""Where a capitalised run splits into names (speakers/connectors.py): an ampersand between capitalised words
joins the parts of one organisation's name ("Procter & Gamble", "Kum & Go", "AT&T"), unless a person's full
name follows it ("Tom Smith & Jane Doe")."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.connectors import split_connectors
from tests.speakers.examples import speakers_of


def _names(text: str) -> list[str]:
    toks = tokenize(text)
    return [" ".join(t.text for t in toks[a:b]) for a, b in split_connectors(toks, 0, len(toks))]


def test_an_ampersand_joins_one_name():
    assert _names("Procter & Gamble") == ["Procter & Gamble"]
    assert _names("Kum & Go") == ["Kum & Go"]
    assert _names("Tom Smith & Jane Doe") == ["Tom Smith", "Jane Doe"]


def test_a_company_named_with_an_ampersand_is_one_organisation():
    body = (
        'Kum & Go said in a statement that it was "deeply saddened". "Our customers come first," the company said. '
        'AT&T said it was "pleased".'
    )
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Kum & Go", "Kum & Go", "AT&T"]


def test_two_words_before_of_a_firm_with_a_legal_form_are_a_person():
    assert _names("Jahan Sagafi of Outten LLP") == ["Jahan Sagafi", "Outten LLP"]
    assert _names("Managing Director of Foo LLC") == ["Managing Director of Foo LLC"]
    body = 'Jahan Sagafi of Outten LLP said his clients were "thrilled." Sagafi said "logging off means logging off."'
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Jahan Sagafi", "Jahan Sagafi"]


def test_a_title_of_nobility_of_a_place_is_one_person_s_whole_name():
    assert _names("The Prince of Wales") == ["The Prince of Wales"]
    body = (
        'The Duke of Sussex and the Princess of Wales arrived. The Prince of Wales said he was "sad." '
        'The Duchess of Sussex said she was "fine."'
    )
    assert [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)] == ["Prince of Wales", "Duchess of Sussex"]
