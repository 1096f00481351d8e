"""Headlines speak too: "Sanders Says He Will Stay In The Race", "Trump Rebuffs Critics".

A headline's sentences are read first, by the same frames as the body, with two differences the
engine's steps read from ``SentenceView.headline``: a capitalised cue counts ("Says"), and so does
the present tense of a lexicon verb (:func:`headline_verb`); their rules get " (headline)" appended.
A body line in title case (a subhead) reads like a headline too.
"""

from __future__ import annotations

from quotelens.lexicon import CUE_FORMS
from quotelens.segment import Paragraph, ParagraphRole, Sentence, split_sentences, tokenize


def headline_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """The sentences of the title paragraphs, tokenised (the body's come from segmentation)."""
    return [
        Sentence(p.id, s, e, tokenize(text, s, e))
        for p in paragraphs
        if p.role is ParagraphRole.TITLE
        for s, e in split_sentences(text, p.start, p.end)
    ]


def headline_verb(low: str) -> bool:
    """ "Endorses", "rebuffs", "Reassures": headlines report in the present tense, whose -s forms
    are too rare in train for the lexicon; the verb's other forms are in it."""
    if len(low) < 5 or not low.endswith("s") or low.endswith("ss"):
        return False
    stem = low[:-1]
    return any(f in CUE_FORMS for f in (stem, stem + "d", stem + "ed", low[:-2], low[:-2] + "ed"))
