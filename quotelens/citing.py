"""A quotation cited out of its text: between quotation marks when it is the speaker's own words.

In: a quotation's words and kind. Out: the words as the pages cite them (the selected quotation's heading, the
cards), with the marks typography nests (“… ‘raising the concerns’ …”).
"""

from __future__ import annotations

import re

# A quotation that opens and closes with marks of its own keeps them: double, British single (‘…’, '…'),
# French «…», German „…“ (a text that only starts with an apostrophe, ’90s, is not one).
_OPENING, _CLOSING = "“\"‘'«„", "”\"’'»“"
_TO_SINGLE = str.maketrans({"“": "‘", "”": "’"})


def in_quotation_marks(text: str) -> str:
    """``text`` between our quotation marks, as typography nests them: a quotation that already opens and
    closes with marks keeps its own (British ‘…’ too, never “‘…’”); inside ours, double marks become single ones
    (“… by ‘raising the concerns’ …”), never “… “raising” …”."""
    text = text.strip()
    if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING:
        return text
    inner = text.translate(_TO_SINGLE)
    if '"' in inner:  # straight marks: opening after a space or at the start, closing elsewhere
        inner = re.sub(r'(^|(?<=[\s(\[—–-]))"', "‘", inner).replace('"', "’")
    return f"“{inner}”"


def as_cited(text: str, kind: str) -> str:
    """A quotation as a page cites it out of the text: the speaker's own words (``direct``) between quotation
    marks (:func:`in_quotation_marks`); a paraphrase (``indirect``, or ``mixed``: a paraphrase around quoted
    words) as written, with only the article's own marks, so that no paraphrase reads as words said."""
    return in_quotation_marks(text) if kind == "direct" else text.strip()
