"""A noun in -ly ("family", "ally", "supply") before "seemed"/"appeared" is the subject's head, not an
adverb to strip (quotelens/speakers/subjects.py, raising_subject)."""

from __future__ import annotations

import pytest

from quotelens.speakers.subjects import raising_subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The family seemed to accept the ruling.", "The family"),
        ("His ally appeared to concede the point.", "His ally"),
        ("The town's water supply seems to be safe.", "The town's water supply"),
        ("She clearly seemed to accept it.", "She"),
        ("The minister really appeared to concede it.", "The minister"),
    ],
)
def test_a_noun_in_ly_is_the_subject(sentence, subject):
    verb = sentence.index(" seem") + 1 if " seem" in sentence else sentence.index(" appear") + 1
    span = raising_subject(sentence, 0, verb)
    assert span is not None and sentence[span[0] : span[1]] == subject
