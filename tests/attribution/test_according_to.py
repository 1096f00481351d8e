"""Tests of :mod:`quotelens.attribution.frames.according_to` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions, proposals


def test_according_to_before_and_after():
    quotes = attributions(
        "According to the city council, the road will close on Friday.\n\n"
        "The mayor is leaving office, according to Councilman Greg Hill."
    )
    assert quotes[0]["cue"] == "According to"
    assert quotes[0]["pieces"] == ["the road will close on Friday."]
    assert quotes[1]["pieces"] == ["The mayor is leaving office"]
    assert quotes[1]["speaker"] == "Greg Hill"


def test_double_attribution_keeps_both_sources():
    body = (
        "According to Russian media, the leaders agreed on a ceasefire, "
        "according to remarks Foreign Minister Ivan Petrov made to reporters."
    )
    quotes = attributions(body)
    assert {q["speaker"] for q in quotes} == {"Russian media", "Ivan Petrov"}
    assert quotes[0]["pieces"] == quotes[1]["pieces"] == ["the leaders agreed on a ceasefire"]


def test_statement_goes_on_after_according_to():
    (a,) = attributions("Since November, according to the Harbour Trust, ships have paid twice the fee.")
    assert a["mention"] == "the Harbour Trust"
    assert a["pieces"] == ["Since November", "ships have paid twice the fee."]


def test_according_to_after_a_quoted_sentence_reports_the_whole_sentence():
    from quotelens.attribution import find_attributions
    from quotelens.segment import find_quote_regions, segment_paragraphs

    text = (
        "Headline For The Test\n\n“I will vote for the levy,” Ruiz said, according to the Gazette. "
        "“It is the only way to save the pier.”"
    )
    paras = segment_paragraphs(text)
    found = find_attributions(text, paras, find_quote_regions(text, paras), use_model=False)
    by_rule = {a.rule: a for a in found}
    outer = by_rule["according-to (after content)"]
    assert text[outer.source[0] : outer.source[1]] == "the Gazette"
    assert [text[s:e] for s, e in outer.content] == [
        "“I will vote for the levy,” Ruiz said",
        "“It is the only way to save the pier.”",  # the follower goes on with the outer report
    ]
    inner = by_rule["content-first (source, cue)"]
    assert text[inner.source[0] : inner.source[1]] == "Ruiz"
    assert inner.reader_only and not outer.reader_only  # shown inside the report, written out once


def test_description_after_an_according_to_source_is_not_more_content():
    rows = proposals("The levy will pass, according to Jo Hale, Mr. Ruiz's former campaign adviser.")
    assert ("according-to (after content)", "Jo Hale", "according to", ["The levy will pass"]) in rows
    rows = proposals("Since November, according to the Gazette, forces have killed 400 protesters.")
    assert any(r[0] == "according-to (after content)" and len(r[3]) == 2 for r in rows)  # the statement goes on


def test_according_to_with_a_colon():
    rows = proposals("According to the Gazette: “The mayor has had a mixed record on the pier.”")
    assert rows == [
        (
            "according-to (before content)",
            "the Gazette",
            "According to",
            ["“The mayor has had a mixed record on the pier.”"],
        )
    ]


def test_according_to_after_a_quotation_whose_comma_is_inside_the_marks():
    rows = proposals("“The pier will reopen in May. It is safe,” according to a city memo.")
    assert (
        "according-to (after content)",
        "a city memo",
        "according to",
        ["“The pier will reopen in May. It is safe,”"],
    ) in rows
    rows = proposals("The pier will reopen in May, according to a city memo.")
    assert ("according-to (after content)", "a city memo", "according to", ["The pier will reopen in May"]) in rows
