"""A speaker's chip is never wider than its column: on a 390 px phone the Reader's chip for "a sharply worded
letter from Defense Minister Yoav Ben-Ami to Prime Minister Eitan Carmeli" ran off the right edge of the
screen (the e2e test tests/e2e/test_chip_fit.py measures it in a browser)."""

from __future__ import annotations

from quotelens import markup

LONG = "a sharply worded letter from Defense Minister Yoav Ben-Ami to Prime Minister Eitan Carmeli"


def test_a_chip_ends_in_an_ellipsis_within_its_column():
    for unsure in (False, True):
        chip = markup.speaker_chip(LONG, {}, "#777777", unsure=unsure)
        style = chip.split('style="', 1)[1].split('"', 1)[0]
        for rule in ("max-width:100%", "overflow:hidden", "text-overflow:ellipsis", "white-space:nowrap"):
            assert rule in style, (rule, style)
        assert "display:inline-block" in style  # (an inline span ignores max-width)
