"""Subjects the frames used to miss: a post-modifier ending in a possessed noun ("a source familiar with
Cruz's thinking said"), a quoted show after a preposition ("Speaking on “This Week,” Carson said"), and
an infinitive whose subject is shared with a verb before "but" ("..., but went on to say C")."""

from quotelens.attribution import attributions_in


def _reports(body: str) -> list[tuple[str, str, str]]:
    text = "Headline\n\n" + body
    out = []
    for a in attributions_in(text):
        src = text[a.source[0] : a.source[1]] if a.source else ""
        cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
        out.append((src, cue, " ".join(text[s:e] for s, e in a.content)))
    return out


def test_post_modifier_with_a_possessed_noun():
    for body in (
        "A source familiar with Cruz’s plans said he would try.",
        "A source familiar with his thinking said he would try.",
    ):
        (report,) = _reports(body)
        assert report[0].startswith("A source familiar with") and report[2] == "he would try."


def test_quoted_show_after_a_preposition_is_no_quotation():
    reports = _reports("Speaking on “This Week,” Carson said his campaign had found the article.")
    assert reports == [("Carson", "said", "his campaign had found the article.")]


def test_shared_subject_of_but_went_on_to_say():
    reports = _reports("Trump joked that Brooklyn was his answer, but went on to say that places are dangerous.")
    assert ("Trump", "say", "that places are dangerous.") in reports


def test_shared_subject_after_a_quoted_show():
    body = "Speaking on ABC’s “This Week,” Carson admitted that the name was wrong, but said the article was found."
    assert ("Carson", "said", "the article was found.") in _reports(body)
