"""A report through "seem" or "appear" with no source span ("after the vote, she seemed to concede that ...",
"Internal memos seem to show that ..."): the verb's subject is who says it (quotelens/speakers/subjects.py,
``raising_subject``), not nobody; an "it" or "there" before the verb is no one."""

from __future__ import annotations

from quotelens.speakers.subjects import raising_subject
from tests.speakers.examples import speakers_of

TEXT = (
    "Varga's budget falls short\n\n"
    "Mayor Ines Varga presented the city budget on Tuesday.\n\n"
    "But after the council vote, she seemed to concede that the plan would leave a gap of $4 million."
)


def test_the_subject_of_seemed_speaks():
    found = [(speaker, how) for _, speaker, how in speakers_of(TEXT)]
    assert ("Ines Varga", "pronoun") in found and (None, "unresolved") not in found, speakers_of(TEXT)


def _subject(sentence: str, verb: str) -> str | None:
    span = raising_subject(sentence, 0, sentence.index(verb))
    return None if span is None else sentence[span[0] : span[1]]


def test_the_subject_is_read_from_the_clause_before_the_verb():
    assert _subject("But after the council vote, she seemed to concede it.", "seemed") == "she"
    assert _subject("Internal memos obtained by the Ledger seem to show a gap.", "seem") == "Internal memos obtained by the Ledger"
    assert _subject("The memo, which now appears to confirm it, was sent.", "appears") == "which"
    assert _subject("It seems that the plan failed.", "seems") is None
    assert _subject("There appears to be a gap.", "appears") is None
