"""Tests of :mod:`quotelens.attribution.passes.joins` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals


def test_cue_less_quote_paragraph_continues_the_quotation():
    body = "“We won tonight,” Coach Rita Mendez said.\n\n“And we will win again on Sunday.”"
    (a,) = attributions(body)
    assert a["speaker"] == "Rita Mendez"
    assert a["pieces"] == ["“We won tonight,”", "“And we will win again on Sunday.”"]


def test_quote_paragraph_with_its_own_cue_is_not_a_continuation():
    body = "“We won tonight,” Coach Rita Mendez said.\n\n“We lost focus,” the rival coach, Sam Ortiz, said."
    quotes = attributions(body)
    assert [q["speaker"] for q in quotes] == ["Rita Mendez", "Sam Ortiz"]
    assert quotes[1]["pieces"] == ["“We lost focus,”"]


def test_quoted_follower_joins_a_mixed_quotation():
    (a,) = attributions(
        "But the gain from trade is ''ten times the size of the losses,'' Mr. Ellis said. "
        "''Trade helps working people through lower prices.''"
    )
    assert a["pieces"][-1] == "''Trade helps working people through lower prices.''"
    assert len(a["pieces"]) == 2


def test_quoted_follower_joins_after_an_abbreviation_that_ended_the_sentence():
    found = proposals('"The record does not match," Cruz told reporters in Fort Mill, S.C. "It seems he is nervous."')
    assert found == [
        (
            "content-first (source, cue)",
            "Cruz",
            "told",
            ['"The record does not match,"', '"It seems he is nervous."'],
        )
    ]


def test_quoted_follower_joins_past_a_clause_about_the_speaker():
    rows = attributions(
        "“The town needs a new school,” said Tom Rath, a councillor who had endorsed the plan early. "
        "“We have waited long enough.”"
    )
    said = next(r for r in rows if r["cue"] == "said")
    assert said["pieces"] == ["“The town needs a new school,”", "“We have waited long enough.”"]


def test_quoted_follower_after_a_conjunction_joins_with_it():
    (p,) = proposals("“We will win,” she said at the rally. But “the road is long. It always is.”")
    assert p[3] == ["“We will win,”", "But “the road is long. It always is.”"]


def test_quoted_title_in_the_cue_sentence_does_not_stop_the_follower():
    (a,) = attributions("“I expected to be vetted,” he said on “Meet the Press.” “But this is something else.”")
    assert a["pieces"] == ["“I expected to be vetted,”", "“But this is something else.”"]


def test_follower_joins_its_own_quotation_when_another_speaker_comes_later_in_the_paragraph():
    found = attributions(
        "“We are farmers,” Ms. Ruiz said. “We are not lawyers.” Mr. Hale said: “The levy is unfair to us.”"
    )
    assert [(a["mention"], a["pieces"]) for a in found] == [
        ("Ms. Ruiz", ["“We are farmers,”", "“We are not lawyers.”"]),
        ("Mr. Hale", ["“The levy is unfair to us.”"]),
    ]


def test_a_cueless_sentence_going_on_with_the_speakers_words_joins_the_quotation():
    rows = proposals('"It is a disgrace," she says. It is "a new low for the pier."')
    assert ("she", "says", ['"It is a disgrace,"', 'It is "a new low for the pier."']) in [r[1:] for r in rows]
    rows = proposals("\"It is a disgrace,\" she says. It is joining the ''Today'' show as a segment.")
    assert ("she", "says", ['"It is a disgrace,"']) in [r[1:] for r in rows]
    rows = proposals('"It is a disgrace," she says. Hale called it "a new low for the pier."')
    assert ("she", "says", ['"It is a disgrace,"']) in [r[1:] for r in rows]


def test_words_before_an_inline_source_are_the_first_piece():
    (p,) = proposals("The goal, he said, is to forge a durable cease-fire.")
    assert p[:3] == ("source-first", "he", "said")
    assert p[3] == ["The goal", "is to forge a durable cease-fire."]


def test_a_source_opening_its_sentence_has_no_lead_piece():
    (p,) = proposals("He said, in the end, the plan would fail.")
    assert p[3][0].startswith(("in the end", "the plan"))


def test_a_quotation_before_an_inline_source_is_not_a_lead_piece():
    found = proposals("“We waited,” she said, “and nothing came.”")
    assert all(not pieces[0].startswith("“We waited") or len(pieces) == 2 for _, _, _, pieces in found)
