"""Issue 18 (canon44): a second verb sharing the subject of a document's verb of saying ("a union statement issued
on Friday said A and urged B") is the document's too, not the person who opened the sentence. Short passage
written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_shared_subject_is_the_document():
    body = (
        "The mayor stayed silent after the vote, but a union statement issued on Friday night said the members "
        "“will not accept the cuts” and urged workers to “stand together.”"
    )
    found = {a["cue"]: a["mention"] for a in attributions(body)}
    assert found.get("urged") == "a union statement issued on Friday night", attributions(body)
