"""fix37c: a name glued by an ampersand ("AT&T", "A&A") ends where its last token ends: its span was
counted from the glued word's length and ran past the name (past the text, for a text that is only the
name), which the engine's property test found (speakers/names.py)."""

from __future__ import annotations

from quotelens import load_article


def test_a_glued_name_span_is_the_name():
    for text, name in (
        ("A&A", "A&A"),
        ("AT&T said on Monday it would appeal.", "AT&T"),
        ("AT&T’s chief left.", "AT&T"),
    ):
        art = load_article(text)
        spans = art.mentions[["start", "end"]].values.tolist()
        assert spans and all(0 <= s <= e <= len(art.text) for s, e in spans), text
        assert art.text[spans[0][0] : spans[0][1]] == name, text
