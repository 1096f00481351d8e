"""quotelens.paragraph_roles: web debris and bylines."""

import pytest

from quotelens.paragraph_roles import is_boilerplate, is_byline


def test_boilerplate_patterns():
    assert is_boilerplate("Listen to Tillerson discuss the exchange here:")
    assert is_boilerplate("Read more")
    assert not is_boilerplate("Tillerson said the talks would go on.")


@pytest.mark.parametrize(
    "line",
    [
        "By Lena Ortiz, Science Reporter",
        "BY JOHN SMITH | AP",
        "By Ann Lee and Bo Chan",
        "By Maria de la Cruz",
        "Published 3 March 2021",
        "Updated: 10:42 a.m. ET, March 3, 2021",
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
    ],
)
def test_lines_that_only_start_like_a_byline(line: str) -> None:
    assert not is_byline(line)
