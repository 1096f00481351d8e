"""Issue 22 item 1: the Speaker picker, a chart click and ?speaker= are one state, in a real browser."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import (
    chart,
    eventually,
    mark_opacities,
    open_page,
    pick,
    picked,
    rerun,
    url_param,
    wait_until_idle,
)

pytestmark = pytest.mark.e2e

SEQUENCE = ["Rex Tillerson", "Vladimir Putin", "Sergey Lavrov", "All speakers", "Russian media", "Vladimir Putin"]
CHART_OF = {"Speaker_timeline": 0, "Who_said_what": 0}


def assert_one_state(pg, name: str, path: str) -> None:
    """Picker, URL and chart agree on ``name`` once the page has settled (15 s at most)."""
    expected = None if name == "All speakers" else name

    def agree() -> None:
        assert picked(pg) == name
        assert url_param(pg, "speaker") == expected
        if path in CHART_OF:
            assert_highlighted(pg, expected)

    eventually(agree)


def assert_highlighted(pg, speaker: str | None) -> None:
    """The selected speaker's marks are drawn fully, everyone else's faded (all full when nobody is selected)."""
    opacities = mark_opacities(chart(pg, 0))
    assert opacities, "the chart drew no marks"
    for name, values in opacities.items():
        full = speaker is None or name == speaker
        assert (max(values) >= 0.9) if full else (max(values) <= 0.3), (name, values, speaker)


@pytest.mark.parametrize(("path", "rounds"), [("Reader", 1), ("Speaker_timeline", 1), ("Who_said_what", 2)])
def test_picks_in_sequence_are_all_kept(server, page, path, rounds):
    open_page(page, f"{server.url}/{path}")
    for _round in range(rounds):  # several picks in a row (twice over on one page)
        for name in SEQUENCE:
            pick(page, name)
            assert_one_state(page, name, path)


def test_chart_clicks_and_picks_agree_in_any_order(server, page):
    open_page(page, f"{server.url}/Who_said_what")
    steps = [
        ("click", "Sergey Lavrov"),
        ("pick", "All speakers"),
        ("click", "Rex Tillerson"),
        ("click", "Vladimir Putin"),
        ("pick", "Russian media"),
        ("click", "Rex Tillerson"),
        ("pick", "All speakers"),
    ]
    for action, name in steps:
        if action == "click":
            with rerun(page, settled=lambda name=name: url_param(page, "speaker") == name):
                chart(page, 0).locator(f'path[aria-label*="speaker: {name}"]').first.click()
        else:
            pick(page, name)
        assert_one_state(page, name, "Who_said_what")


def test_an_empty_click_leaves_chart_and_picker_in_agreement(server, page):
    open_page(page, f"{server.url}/Speaker_timeline?speaker=Rex+Tillerson")
    assert_one_state(page, "Rex Tillerson", "Speaker_timeline")
    plot = chart(page, 0).locator("path.background").first.bounding_box()
    for _ in range(2):
        page.mouse.click(plot["x"] + plot["width"] * 0.45, plot["y"] + plot["height"] - 5)  # no mark there
        wait_until_idle(page)
        assert_one_state(page, "Rex Tillerson", "Speaker_timeline")
        with rerun(page):
            chart(page, 0).locator('path[aria-label*="speaker: Sergey Lavrov"]').first.click()
        assert_one_state(page, "Sergey Lavrov", "Speaker_timeline")
        pick(page, "Rex Tillerson")


def test_a_speaker_chosen_on_one_page_is_highlighted_on_the_others(server, page):
    open_page(page, f"{server.url}/Reader")
    pick(page, "Sergey Lavrov")
    for link in ("Who said what", "Speaker timeline"):
        page.locator('[data-testid="stSidebarNav"] a', has_text=link).click()
        wait_until_idle(page)
        assert_one_state(page, "Sergey Lavrov", link.replace(" ", "_"))


def test_the_article_picker_keeps_every_choice(server, page):
    open_page(page, server.url + "/")
    for name in ["many.txt", "unresolved.txt", "trump-putin-meeting.txt", "many.txt", "xss.txt"]:
        pick(page, name, label="Article")

        def agree(name: str = name) -> None:
            assert picked(page, "Article") == name and url_param(page, "article") == name

        eventually(agree)


def test_every_speaker_comes_back_after_bar_clicks(server, page):
    """After clicks on bars, one button beside the selection shows everyone again, as often as asked."""
    open_page(page, f"{server.url}/Who_said_what")
    for name in ("Sergey Lavrov", "Rex Tillerson"):
        with rerun(page):
            chart(page, 0).locator(f'path[aria-label*="speaker: {name}"]').first.click()
        assert_one_state(page, name, "Who_said_what")
        with rerun(page):
            page.get_by_role("button", name="Show every speaker").click()
        assert_one_state(page, "All speakers", "Who_said_what")
        assert page.get_by_role("button", name="Show every speaker").count() == 0
