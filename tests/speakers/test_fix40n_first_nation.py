"""A First Nation is a body: "Chief Mary Redsky of Willow Lake Cree Nation said" is the chief, of her nation
(speakers/lexicon.py, ORG_WORDS: "nation"); a paper called "Daily Nation" stays media."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding, typed_speakers


def test_a_chief_of_a_cree_nation():
    body = (
        "Chief Mary Redsky of Willow Lake Cree Nation, about 500 kilometres north of Winnipeg, said the council "
        'had declared "a state of emergency" on Tuesday night.'
    )
    assert speaker_holding(body, "a state of emergency") == "Mary Redsky"


def test_a_nation_speaking_is_a_body():
    text = 'Headline\n\nCherokee Nation said in a statement that the plan was "a disgrace".'
    assert [t for _, _, t in typed_speakers(text)] == ["organisation"]


def test_the_daily_nation_is_still_a_paper():
    text = 'Headline\n\nThe Daily Nation reported that the minister had called the plan "a disgrace" in private.'
    assert [t for _, _, t in typed_speakers(text)] == ["media"]


def test_a_man_named_nation_stays_a_man():
    body = (
        "Screenwriter Terry Nation created the Daleks in 1963 for the BBC series.\n\n"
        '"I wanted something that was not human," Nation said in a 1980s interview.'
    )
    assert speaker_holding(body, "not human") == "Terry Nation"
