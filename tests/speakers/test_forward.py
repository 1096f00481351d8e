"""A role description before the name it stands for: quotelens/speakers/forward.py."""

from __future__ import annotations

from tests.test_attribution import attributions


def speaker_of(body: str, cue: str) -> str | None:
    (a,) = [q for q in attributions(body) if q["cue"] == cue]
    return None if a["resolution"] == "anonymous" else a["speaker"]


def test_the_judge_is_the_one_named_judge_just_after():
    body = (
        "The defence lawyer Ben Brafman argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed. Here was Judge Richard Berman, smiling."
    )
    assert speaker_of(body, "replied") == "Richard Berman"


def test_someone_named_before_with_the_role_keeps_it():
    body = (
        "Judge Ann Hale argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed. Then Judge Richard Berman arrived."
    )
    assert speaker_of(body, "replied") == "Ann Hale"


def test_a_name_far_after_is_not_looked_for():
    body = (
        "The defence lawyer Ben Brafman argued that prison made no sense.\n\n"
        "The judge replied that the two sides agreed.\n\nThe court was quiet.\n\nNobody moved.\n\n"
        "Weeks later Judge Richard Berman retired."
    )
    assert speaker_of(body, "replied") != "Richard Berman"
