"""Statements of blind round 27 (set j): "In a statement issued on Monday / signed by X, SUBJ said" keeps SUBJ as
the statement's author, and "the trustees" are the one "Board of Trustees" named before
(speakers/documents.py, speakers/described.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_statement_issued_or_signed_by_someone_is_the_subject_s():
    paragraphs = [
        "In a statement released late on Friday, the Ministry of Transport said the bridge would reopen.",
        "“Safety comes first,” the statement read.",
        "In a statement signed by its chairwoman, Dr Ruth Kamau, the Teachers Service Commission said pay was late.",
        "“We regret the delay,” the statement read.",
    ]
    assert _speakers("\n\n".join(paragraphs)) == [
        "Ministry of Transport",
        "Ministry of Transport",
        "Teachers Service Commission",
        "Teachers Service Commission",
    ]


def test_the_members_speak_for_the_one_body_named_for_them():
    body = "The Board of Trustees met on Monday. The trustees said the college would stay open."
    assert _speakers(body) == ["Board of Trustees"]
