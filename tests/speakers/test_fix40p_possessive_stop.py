"""A full stop after a possessive's "s" ("... whose seat borders Sir Alan’s. Mr Dunn has ...") ends the sentence:
the "s" is no initial ("Donald J. Trump"), so the name after it opens a sentence of its own and is its subject, which a
"he" opening the next quotation's cue takes up over a man named later as an object."""

from __future__ import annotations

from quotelens import load_article
from quotelens.segment import segment_paragraphs, segment_sentences


def test_a_possessive_s_is_no_initial():
    text = "The seat borders Sir Alan’s. Mr Dunn has written twice. It was Kay's. She left."
    spans = [text[s.start : s.end] for s in segment_sentences(text, segment_paragraphs(text))]
    assert spans == ["The seat borders Sir Alan’s.", "Mr Dunn has written twice.", "It was Kay's.", "She left."]


def test_he_takes_up_the_subject_after_a_possessive_stop():
    text = (
        "Rebels dig in over the roads bill\n\n"
        "Sir Alan Price, who chairs the rural group, said the bill was rushed.\n\n"
        "Among the rebels is Peter Dunn, a former minister whose seat borders Sir Alan’s. Mr Dunn has written twice "
        "to the Chief Secretary, Colin Marsh, about the timetable, and has had no reply.\n\n"
        "“I have been loyal for ten years,” he said. “But this bill is simply not ready.”"
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("simply not ready")].iloc[0]["speaker"] == "Peter Dunn"
