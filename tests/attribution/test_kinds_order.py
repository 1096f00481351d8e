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


def test_reported_clause_before_a_long_quotation_is_mixed():
    text, atts = _atts(
        "Alan McVicar said he was “one of the last of a generation of leaders who could hold a mass meeting "
        "in the palm of his hand”."
    )
    (att,) = atts
    assert text[att.start : att.start + 6] == "he was"
    assert att.kind.value == "mixed"


def test_colon_introduced_quotation_stays_direct():
    _, atts = _atts("She said: “I have never supported violence and I never will and that is the end of it.”")
    (att,) = atts
    assert att.kind.value == "direct"


def test_that_before_a_whole_quoted_clause_stays_direct():
    _, atts = _atts(
        "In the letter, the MPs argue that “those with the broadest shoulders must carry more of the load”."
    )
    (att,) = [a for a in atts if a.kind.value != "indirect"]
    assert att.kind.value == "direct"
