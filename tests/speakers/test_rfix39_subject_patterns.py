"""Review of round 39: the clause tests of subjects.py read the end of the sentence before a pronoun without a
pattern that backtracks over the whole sentence (every pronoun asks; a long sentence cost ~24M instructions a
pass), and a paragraph's last sentence lends its subject to the next paragraph's "he said" only when it announces
words. Strings written for the test."""

from __future__ import annotations

import re

import pytest

from quotelens.speakers.subjects import _announces, _coordinated, _quoted_after_colon

# the patterns these functions replace, as they were written
_OLD_COORDINATED = re.compile(r"\w.*(?:,\s*(?:but|and|yet|so)|;)$")
_OLD_QUOTED_AFTER_COLON = re.compile(r"\w[^“”\"]*:\s*[“\"][^“”\"]+[”\"]$")

RAWS = [
    "Birch has not commented since the defeat, but",
    "Birch has not commented since the defeat, and",
    "Birch stayed silent;",
    ", but",
    "Birch said nothing,but",
    "Mosman saw it differently: “We lost the room,”",
    'Mosman saw it differently: "We lost the room,"',
    "“We lost,” Mosman said: “again,”",
    ": “We lost,”",
    "Mosman saw it differently: “”",
    "“We lost the room,”",
    "On Tuesday,",
    "",
    "x" * 400 + ", yet",
]


@pytest.mark.parametrize("raw", RAWS)
def test_the_clause_tests_agree_with_the_patterns_they_replace(raw):
    assert _coordinated(raw) == (_OLD_COORDINATED.search(raw) is not None)
    assert _quoted_after_colon(raw) == (_OLD_QUOTED_AFTER_COLON.search(raw) is not None)


def test_a_sentence_announces_words_by_a_verb_of_speech_or_a_manner_of_speaking():
    for sentence in (
        "Sen. Pete Galloway, who has clashed with Hale, was blunter.",
        "Ms Ruiz added a warning.",
        "The minister struck a different tone.",
        "Ruiz was less diplomatic.",
    ):
        assert _announces(sentence, 0, len(sentence)), sentence
    background = "Dunn's predecessor, Alan Fry, was sacked in 2019 after a run of defeats."
    assert not _announces(background, 0, len(background))
