"""A courtesy title ("Miss", "Mr") before a surname is a title, never a first name, even where a first name would
be read ("Miss Adjei, who ...": set off and followed by "who"): the name joins the person named in full before.
Short passages written for the test."""

from __future__ import annotations

from quotelens import load_article


def test_miss_and_surname_before_who_joins_the_full_name():
    text = (
        "Care home fined over heating\n\n"
        "A care home was fined after a resident's daughter, Grace Adjei, 45, found her mother in a cold room in "
        "Bristol.\n\n"
        "Miss Adjei, who visited every Sunday, told the court the room had been 'as cold as a fridge'.\n\n"
        "'Nobody answered the bell for an hour,' she said."
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["the room had been 'as cold as a fridge'."] == "Grace Adjei"
    assert speakers["'Nobody answered the bell for an hour,'"] == "Grace Adjei"
