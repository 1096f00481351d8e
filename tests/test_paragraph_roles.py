"""quotelens.paragraph_roles: web debris and bylines."""

import pytest

from quotelens.paragraph_roles import byline_meta, is_boilerplate, is_byline, line_date


def test_boilerplate_patterns():
    assert is_boilerplate("Listen to Tillerson discuss the exchange here:")
    assert is_boilerplate("Read more")
    assert not is_boilerplate("Tillerson said the talks would go on.")
    for debris in ("(Editing by Alex Richardson)", "FOR IMMEDIATE RELEASE", "###", "Media contact: a@b.gov"):
        assert is_boilerplate(debris)  # (a wire's credit line, a press release's head and tail)
    assert is_boilerplate("More on this story")


@pytest.mark.parametrize(
    "line",
    [
        "By Lena Ortiz, Science Reporter",
        "BY JOHN SMITH | AP",
        "By Ann Lee and Bo Chan",
        "By Maria de la Cruz",
        "Published 3 March 2021",
        "Updated: 10:42 a.m. ET, March 3, 2021",
        "By Tom Hollis at Harbour Park",  # (a match report)
        "Rachel Kent, Political Correspondent",  # (a British paper's: no "By")
        "Dana Lee, Staff Writer",
    ],
)
def test_bylines_and_datelines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By 58%-33%, those surveyed said the funding should stay",  # (PolNeAR train: a share, not a name)
        "By Dale Whitman's account, the crop failed",
        "By Tuesday, the council had voted.",
        "By Ann Lee, who said “it is over”",
        "Published by the council",
        "Tom Becker, Mayor",  # (a name and a job that is no writer's)
        "Maria Alvarez, a councilwoman, said no.",
    ],
)
def test_lines_that_only_start_like_a_byline(line: str) -> None:
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published 3 March 2021", "2021-03-03"),
        ("Updated: 10:42 a.m. ET, March 3, 2021", "2021-03-03"),
        ("Nov. 14, 2023", "2023-11-14"),
        ("Sept. 5th, 2019", "2019-09-05"),
        ("Posted 2024-02-29", "2024-02-29"),
        ("31 February 2021", None),  # (no such day)
        ("Updated 2 hours ago", None),
    ],
)
def test_the_date_a_dateline_writes(line: str, date: str | None) -> None:
    assert line_date(line) == date


def test_byline_meta_takes_the_first_by_line_and_the_first_date() -> None:
    lines = ["Published 3 March 2021", "By Lena Ortiz,  Science Reporter", "By Someone Else", "Updated 5 March 2021"]
    assert byline_meta(lines) == {"byline": "By Lena Ortiz, Science Reporter", "date": "2021-03-03"}
    assert byline_meta([]) == {}
    assert byline_meta(["Rachel Kent, Political Correspondent"]) == {"byline": "Rachel Kent, Political Correspondent"}
    assert not is_byline("Tom Becker, Police Chief")  # (a chief is no writer's job; "Chief ... Correspondent" is)
    assert is_byline("Rachel Kent, Chief Political Correspondent")
    assert is_boilerplate("Related Coverage") and not is_boilerplate("Related to the case, the judge said no.")
