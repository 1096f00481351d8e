"""An ampersand joins the parts of a firm's name after a person's "of" ("Laura Finch of Ashby & Cole"): the person
speaks, and the source before the cue takes the whole firm's name, not its last word."""

from __future__ import annotations

from quotelens import load_article


def test_person_of_a_firm_with_an_ampersand_speaks():
    text = (
        "Retailer's shares jump\n\n"
        "Shares of Penrose Stores rose 12% after its results beat forecasts.\n\n"
        'Laura Finch of Ashby & Cole said investors were "confusing a lull with a slump."'
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers['investors were "confusing a lull with a slump."'] == "Laura Finch"


def test_a_firm_named_with_an_ampersand_speaks_whole():
    text = (
        "Retailer's shares jump\n\n"
        "Shares of Penrose Stores rose 12% after its results beat forecasts.\n\n"
        'Ashby & Cole said the results were "a clean beat."'
    )
    q = load_article(text).quotes
    row = q[q["text"] == 'the results were "a clean beat."'].iloc[0]
    assert row["mention_text"] == "Ashby & Cole"
