"""Issue 18 (canon44): a second verb sharing the subject of a document's verb of saying ("a team statement
issued on Sunday said A and urged B") is the document's too, not the person who opened the sentence. Short
passage written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_the_shared_subject_is_the_document():
    body = (
        "The coach said nothing after the final, but a team statement issued on Sunday evening said the squad "
        "“felt let down” and urged supporters to “stay calm at the next match.”"
    )
    found = {a["cue"]: a["mention"] for a in attributions(body)}
    assert found.get("urged") == "a team statement issued on Sunday evening", attributions(body)
