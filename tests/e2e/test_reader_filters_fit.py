"""On a 700 px window (a tablet, half a laptop screen) the Reader's Kind box shows its three kinds whole: with
a third of the row it cut "indirect" to "indir" under its clear button (now a row of its own, its chips named
"direct quote", "partial quote", "reported speech")."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import open_page

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("width", [700, 1400])
def test_every_kind_chip_is_whole(server, make_page, width):
    page = make_page(width=width)
    open_page(page, server.url + "/Reader?article=trump-putin-meeting.txt")
    box = page.locator('[data-testid="stMultiSelect"]').first
    clear = box.get_by_role("button", name="Clear all").bounding_box() or box.bounding_box()
    for kind in ("direct quote", "partial quote", "reported speech"):
        chip = box.get_by_role("button", name=f"Remove {kind}").bounding_box()  # the chip's ×, at its right end
        assert chip is not None and chip["x"] + chip["width"] <= clear["x"], kind
