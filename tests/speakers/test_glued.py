"""Words split at a combining mark or a stray byte are glued back for names: quotelens/speakers/glued.py."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.glued import glued, has_glue
from tests.speakers.examples import typed_speakers


def test_a_decomposed_accent_stays_inside_its_word():
    text = "Enrique Pen\u0303a Nieto spoke, and Jose\u0301 Ruiz listened."
    words = [t.text for t in glued(tokenize(text))]
    assert "Peña" in words and "José" in words
    merged = next(t for t in glued(tokenize(text)) if t.text == "Peña")
    assert text[merged.start : merged.end] == "Pen\u0303a"  # (offsets of the text as written)


def test_doubly_encoded_letters_stay_inside_their_word():
    text = "Arturo Sarukha\u0303\u0083A\u0302\u00a1n, Mexico's ambassador, said so."
    words = [t.text for t in glued(tokenize(text))]
    assert words[1].startswith("Sarukh") and words[1].endswith("n") and words[2] == ","


def test_an_ordinary_text_is_left_alone():
    text = "Jo Hale, 44, said: “Fine.” (¡Hola!)"
    assert not has_glue("Jo Hale, 44, said so.")
    assert glued(tokenize(text)) == tokenize(text)


def test_a_name_with_a_decomposed_accent_is_one_speaker():
    text = (
        "Mexico\n\nArturo Sarukha\u0301n, the ambassador, met the candidate on Wednesday.\n\n"
        "“The talks were frank,” Sarukha\u0301n told reporters."
    )
    assert {speaker for _, speaker, _ in typed_speakers(text)} == {"Arturo Sarukhán"}
