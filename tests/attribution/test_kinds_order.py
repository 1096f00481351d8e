"""A content with a piece that opens with the writer's own words is mixed; of two reports that start
together, the one whose first piece closes first comes first."""

from quotelens.attribution import attributions_in


def _atts(body: str):
    text = "Headline\n\n" + body
    return text, attributions_in(text)


def test_unquoted_piece_makes_split_quote_mixed():
    text, atts = _atts("Russia, he said, “is more isolated today than at any point since the war began.”")
    (att,) = [a for a in atts if len(a.content) > 1]
    s, e = att.content[0]
    assert text[s:e] == "Russia"
    assert att.kind.value == "mixed"


def test_quoted_pieces_stay_direct():
    _, atts = _atts("“We will win,” he said, “and we will win big.”")
    (att,) = atts
    assert len(att.content) == 2 and att.kind.value == "direct"


def test_inner_voice_before_its_channel():
    text, atts = _atts(
        "“I have never supported violence, and I never will,” she told the panel, according to a Reuters witness."
    )
    assert len(atts) == 2
    first, second = atts
    assert text[first.cue[0] : first.cue[1]] == "told"
    assert text[second.cue[0] : second.cue[1]].lower() == "according to"
