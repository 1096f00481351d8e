"""Blind round 37 (fix37f): "by his account", set off by commas, credits the words as "according to"
does ("..., by her own account, C"; "C, by the union's account."). Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_by_his_account_credits_what_follows():
    found = attributions(
        "Lena Ford left the band in 2019. The split ended with Ford selling her guitars and, by her own account,"
        " refusing to pick up the phone for a year."
    )
    (a,) = [a for a in found if "refusing to pick up the phone" in " ".join(a["pieces"])]
    assert a["speaker"] == "Lena Ford"
    assert a["kind"] == "indirect"


def test_by_a_named_account_credits_what_comes_before():
    found = attributions("The plant shed 400 jobs in a single year, by the union's account.")
    (a,) = [a for a in found if "shed 400 jobs" in " ".join(a["pieces"])]
    assert a["mention"] == "the union"


def test_an_account_of_something_is_no_credit():
    found = attributions("The book was praised, and by his account of the war it sold well.")
    assert not any(a["cue"] and "account" in a["cue"] for a in found)
