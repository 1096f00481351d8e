"""Round 39, item 1: a reported denial is told by the verb's meaning, not its spelling: "disputed", "refuted" and
"rebutted" deny what they report; "rejected" and "dismissed" deny it when what they reject is a claim ("the claim
that …", "reports that …"), not a call or an offer; a speaker's own quoted words are never what was denied."""

from __future__ import annotations

from quotelens import reasons

DENIED = "a report of a denial, the highlighted words are what was denied"


def test_denial_verbs_by_meaning() -> None:
    for cue in ("disputed", "refuted", "rebuts", "contested", "is denying", "contradicted"):
        assert DENIED in reasons.card_head("indirect", cue, "denial", "Hale", "", 0.8), cue


def test_rejecting_a_claim_denies_it_rejecting_a_call_does_not() -> None:
    rejected = reasons.card_head("indirect", "rejected", "denial", "the company", "", 0.8, "the claim that it lied")
    assert DENIED in rejected
    dismissed = reasons.card_head("indirect", "dismissed", "denial", "the mayor", "", 0.8, "reports that the bridge")
    assert DENIED in dismissed
    for cue, words in (("rejected", "calls to resign"), ("dismissed", "the offer"), ("refused", "to comment")):
        card = reasons.card_head("indirect", cue, "denial", "Hale", "", 0.8, words)
        assert DENIED not in card and "a verb of denial" in card


def test_own_words_are_never_what_was_denied() -> None:
    own = reasons.card_head("direct", "disputed", "denial", "Hale", "", 0.9, "“That claim is false”")
    assert DENIED not in own


def test_the_reader_card_of_a_rejected_claim() -> None:
    import html
    import re

    from quotelens import markup, views
    from quotelens.article import load_article

    text = "Headline\n\nThe company rejected the claim that its drugs were unsafe.\n\nHale rejected calls to resign."
    article = load_article(text)
    page = markup.reader_html(article, article.quotes, views.colours_for(article))
    cards = [html.unescape(t) for t in re.findall(r'title="([^"]*)"', page)]
    assert any(DENIED in c for c in cards if c.lower().startswith("the company"))
    assert not any(DENIED in c for c in cards if c.startswith("Hale"))
