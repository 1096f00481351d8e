"""Round 37, item 2: one term for a quotation that reaches us through another source, "relayed by", on every
page (Home's panel said "relayed by", Who said what "who relays them", the card "reported via")."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

SOURCES = [*sorted((ROOT / "app_pages").glob("*.py"))] + [
    ROOT / "quotelens" / name for name in ("ui.py", "views.py", "reasons.py", "readable.py", "markup.py", "bars.py")
]


@pytest.mark.parametrize("other", ["reported via", "heard through", "who relays them"])
def test_no_page_says_it_another_way(other):
    said = [p.name for p in SOURCES if other in p.read_text(encoding="utf-8").lower()]
    assert not said, f"{other!r} in {said}: the pages say 'relayed by'"


def test_the_card_and_the_table_say_relayed_by():
    from quotelens import readable, reasons

    assert "relayed by Rex Tillerson" in reasons.card_head("indirect", "denied", "denial", "Putin", "Rex Tillerson", 0.2)
    assert readable.QUOTE_COLUMNS["via"] == "relayed by"
