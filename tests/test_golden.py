"""The engine's outputs on PolNeAR dev and the default article match the frozen golden digests.

(train is checked by ``make golden`` only: it is the slow part.) A change that should only change
what the engine costs must leave every digest as it was; one that changes what it answers re-freezes
them (``make golden-freeze``) in the same commit, and says so.
"""

from __future__ import annotations

import importlib
import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "tools"))
golden = importlib.import_module("golden")


@pytest.fixture(scope="module")
def frozen():
    return golden.load_frozen()


def test_every_output_is_digested(frozen):
    for split in ("train", "dev", "default"):
        assert set(frozen["splits"][split]["outputs"]) == set(golden.KINDS)
    # the scorer JSONL, the full tables and the raw proposals with and without the end chooser
    assert {"scorer_jsonl", "quotes_csv", "raw_no_model", "raw_no_model_no_chooser"} <= set(golden.KINDS)


@pytest.mark.parametrize("split", ["default", "dev"])
def test_outputs_match_the_frozen_digests(split, frozen):
    if split == "dev" and not (SHARED / "polnear" / "dev").is_dir():
        pytest.fail(f"PolNeAR dev is missing at {SHARED}: the repository must sit beside shared/")
    problems = golden.check([split], frozen)
    assert not problems, "\n".join(problems)


def test_a_changed_record_is_shown_against_the_expected_one():
    expected = ['{"a": 1}', '{"a": 2}', '{"a": 3}']
    changed = golden.first_difference(expected, ['{"a": 1}', '{"a": 9}', '{"a": 3}'], "0123456789abcdef")
    assert changed[0].startswith("  first difference at record #1")
    assert changed[1:] == ['  expected: {"a": 2}', '  actual:   {"a": 9}']
    inserted = golden.first_difference(expected, ['{"a": 1}', '{"a": 5}', '{"a": 2}', '{"a": 3}'], "0" * 12)
    assert "insert" in inserted[0] and inserted[1] == '  actual:   {"a": 5}'


def test_a_differing_article_is_found_by_its_short_digest(frozen):
    got = {
        "names_sha256": frozen["splits"]["dev"]["names_sha256"],
        "outputs": {k: dict(v) for k, v in frozen["splits"]["dev"]["outputs"].items()},
    }
    quotes = got["outputs"]["quotes_csv"]
    third = 2 * golden.SHORT
    flipped = "0000" if quotes["articles"][third : third + golden.SHORT] != "0000" else "ffff"
    quotes["articles"] = quotes["articles"][:third] + flipped + quotes["articles"][third + golden.SHORT :]
    quotes["sha256"] = "0" * 64
    assert golden.differences("dev", got, frozen) == [("quotes_csv", 2)]
