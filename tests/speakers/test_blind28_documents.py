"""Documents of blind round 28 (set n): "the statement" or "the post" is the one a speaker was just reported
through, and so that speaker's ("In a statement, the Brisk family said ... The statement read"); a post on
someone's page is the page owner's, not the platform's (speakers/described.py, speakers/documents.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_the_statement_is_the_speaker_s_who_was_reported_through_it():
    body = (
        "Walter Brisk died on Monday.\n\nIn a statement, Brisk's family said they were “shattered.”\n\n"
        "“Walt was a kind man,” the statement read.\n\n"
        "Ana Ruiz said in a statement that the road was unsafe. “We warned them,” the statement said."
    )
    assert _speakers(body) == ["Brisk's family", "Brisk's family", "Ana Ruiz", "Ana Ruiz"]


def test_a_post_on_someone_s_page_is_the_page_owner_s():
    body = (
        "A post on the Dunmore Fire Department's Facebook page asked drivers to slow down. "
        "“Every second counts,” the post said."
    )
    assert _speakers(body) == ["Dunmore Fire Department", "Dunmore Fire Department"]


def test_the_post_is_the_page_owner_s_when_the_post_itself_reports_nothing():
    body = (
        "A post on the Dunmore Fire Department's Facebook page urged anyone with footage from the area to call. "
        "“Every second counts,” the post said."
    )
    assert _speakers(body)[-1] == "Dunmore Fire Department"
