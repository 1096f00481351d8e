"""Issue 24: a reader corrects a speaker in the Reader; the who-said-what chart changes, and the
fix survives a server restart (the corrections database is a temporary SQLite file)."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import (
    Server,
    chart,
    eventually,
    mark_opacities,
    open_page,
    pick_in_form,
    picked,
    rerun,
    screenshot,
    wait_until_idle,
)

pytestmark = pytest.mark.e2e


def speakers_in_chart(pg) -> set[str]:
    return set(mark_opacities(chart(pg, 0)))


def test_a_corrected_speaker_changes_the_chart_and_survives_a_restart(corpus, make_page, tmp_path):
    db = tmp_path / "corrections.sqlite3"
    server = Server(corpus, QUOTELENS_DB=str(db))
    try:
        pg = make_page()
        open_page(pg, f"{server.url}/Who_said_what?article=many.txt")
        eventually(lambda: assert_speakers(pg, has="Ann Lee"))
        open_page(pg, f"{server.url}/Reader?article=many.txt")
        combo = pg.get_by_role("combobox", name="Quotation to correct")
        combo.click()
        combo.fill("Ann Lee")
        # (the form shows the quotation chosen: Ann Lee's is the first, chosen already, and starts no run)
        with rerun(pg, settled=lambda: picked(pg, "Who said it") == "Ann Lee"):
            pg.get_by_role("option").filter(has_text="Ann Lee").first.click()
        pick_in_form(pg, "Bob Diaz", label="Who said it")
        with rerun(pg):
            pg.get_by_role("button", name="Save the correction").click()
        eventually(lambda: assert_saved(pg))
        eventually(lambda: assert_chooser_corrected(pg))  # the chooser stays on it, and says it is corrected
        screenshot(pg, "corrections-reader")
        pg.get_by_role("link", name="Who said what").first.click()  # the same session, another page
        wait_until_idle(pg)
        eventually(lambda: assert_speakers(pg, has="Bob Diaz", lacks="Ann Lee"))
    finally:
        server.stop()
    assert db.is_file()
    restarted = Server(corpus, QUOTELENS_DB=str(db))
    try:
        pg = make_page()  # a new visitor, after the restart
        open_page(pg, f"{restarted.url}/Who_said_what?article=many.txt")
        eventually(lambda: assert_speakers(pg, has="Bob Diaz", lacks="Ann Lee"))
        screenshot(pg, "corrections-after-restart")
    finally:
        restarted.stop()


def assert_speakers(pg, has: str, lacks: str | None = None) -> None:
    names = speakers_in_chart(pg)
    assert has in names, names
    assert lacks is None or lacks not in names, names


def assert_chooser_corrected(pg) -> None:
    chosen = picked(pg, "Quotation to correct")  # its label is redrawn after the save's rerun
    assert "Bob Diaz" in chosen and chosen.endswith("✎"), chosen


def assert_saved(pg) -> None:
    text = pg.locator('[data-testid="stMainBlockContainer"]').inner_text()
    assert "Saved: speaker Bob Diaz" in text, text[:2000]
