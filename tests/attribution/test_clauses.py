"""Where a clause ends: quotelens/attribution/clauses.py (through the engine's proposals)."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_a_relative_clause_ends_at_its_quotation_s_closing_comma_before_the_main_verb():
    found = proposals('Ann Lee, who has criticized what she calls "rule by decree," said that Congress should decide.')
    relative = [pieces for _rule, source, cue, pieces in found if cue == "criticized"]
    assert relative and all("Congress" not in " ".join(p) for p in relative)
