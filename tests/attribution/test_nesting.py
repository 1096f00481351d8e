"""Speech inside speech: parents, channels and nominal cues; and the stance of each cue."""

from __future__ import annotations

import pytest

from quotelens import load_article
from quotelens.stance import lemma_of, stance_of
from tests.attribution.examples import attributions


def test_verb_cue_inside_a_reported_clause_is_nested():
    quotes = attributions("The mayor denied any wrongdoing, Councilwoman Ada Ruiz said, but the audit continues.")
    outer = next(q for q in quotes if q["cue"] == "said")
    inner = next(q for q in quotes if q["cue"] == "denied")
    assert outer["parent"] is None
    assert quotes[inner["parent"]]["cue"] == "said" if inner["parent"] < len(quotes) else False
    assert inner["via"] == "Ada Ruiz"


def test_nominal_cue_inside_a_report():
    quotes = attributions(
        "Senator Ada Ruiz said the board rejected Governor Tom Blake's claim that the budget was balanced."
    )
    claim = next(q for q in quotes if q["cue"] == "claim")
    assert claim["rule"].startswith("nominal")
    assert claim["speaker"] == "Tom Blake"
    assert claim["pieces"] == ["that the budget was balanced."]
    assert claim["via"] == "Ada Ruiz → the board"  # the board rejected the claim, as Ruiz reports
    assert claim["stance"] == "hedged"


def test_according_to_chain_makes_the_first_a_channel():
    body = "According to state media, the talks failed, according to remarks Minister Ivan Petrov made to reporters."
    quotes = attributions(body)
    media = next(q for q in quotes if q["speaker"] == "state media")
    petrov = next(q for q in quotes if q["speaker"] == "Ivan Petrov")
    assert media["parent"] is None
    assert petrov["via"] == "state media"


def test_default_article_chains(default_article):
    q = default_article.quotes.drop_duplicates("group").set_index("group")
    claim = q[(q["cue_text"] == "claim")].iloc[0]
    assert claim["speaker"] == "Vladimir Putin"
    assert claim["via"] == "Russian media → Sergey Lavrov"
    denial = q[q["cue_text"] == "denied"].iloc[0]
    assert denial["via"] == "Rex Tillerson" and denial["stance"] == "denial"
    lavrov = q[q["speaker"] == "Sergey Lavrov"].iloc[0]
    assert lavrov["via"] == "Russian media"


def test_nested_attributions_do_not_change_the_scorer_output(default_article):
    recs = default_article.scorer_records()
    cues = {default_article.text[r["cue"][0] : r["cue"][1]] for r in recs if r["cue"]}
    assert "claim" not in cues and "insistence" not in cues


@pytest.mark.parametrize(
    ("cue", "lemma", "stance"),
    [
        ("said", "say", "neutral"),
        ("told", "tell", "neutral"),
        ("according to", "according", "neutral"),
        ("is insisting", "insist", "assertive"),
        ("warned", "warn", "assertive"),
        ("admitted", "admit", "concessive"),
        ("conceded", "concede", "concessive"),
        ("denied", "deny", "denial"),
        ("rejected", "reject", "denial"),
        ("claimed", "claim", "hedged"),
        ("alleged", "allege", "hedged"),
        ("believes", "believe", "hedged"),
        ("boasted", "boast", "emotive"),
        ("slammed", "slam", "emotive"),
        ("insistence", "insist", "assertive"),
        ("endorsed", "endorse", "other"),
    ],
)
def test_stance_lexicon(cue, lemma, stance):
    assert lemma_of(cue) == lemma
    assert stance_of(cue) == stance


def test_headline_panel_data_for_the_default_article(default_article):
    from quotelens.headline import closest_attributions, named_in_headline

    names = named_in_headline(default_article).set_index("name")
    # Trump is never heard in his own words: at most reported by Tillerson.
    assert names.loc["Donald Trump", "first_hand"] == 0
    assert names.loc["Donald Trump", "status"] in {"never heard", "reported second-hand"}
    assert names.loc["Vladimir Putin", "status"] == "reported second-hand"
    assert "Russian media" in names.loc["Vladimir Putin", "channels"]
    closest = closest_attributions(default_article)
    top = closest.iloc[0]
    # The headline's claim rests on Russian media relaying Lavrov.
    assert top["quotation"].startswith("Trump accepted Vladimir Putin’s claim")
    assert set(closest["chain"].head(2)) == {"Russian media", "Russian media → Sergey Lavrov"}
    assert {"trump", "putin", "election"} <= set(top["shared_words"].split(", "))
    # The Secretary of State's account is there too.
    assert (closest["speaker"] == "Rex Tillerson").any()


def test_headline_measure_is_transparent():
    from quotelens.headline import content_words

    assert content_words("Trump Sides With Putin's Agencies, This Is It") == {"trump", "side", "putin", "agency"}


def test_report_inside_a_report_is_for_the_reader_not_the_scorer():
    art = load_article("Headline\n\nPutin denied any involvement, Tillerson said, but Trump pressed him on it.")
    denied = art.quotes[art.quotes["cue_text"] == "denied"]
    assert len(denied) == 1
    assert denied["via"].iloc[0] == "Tillerson"
    records = art.scorer_records()
    assert [r["cue"] for r in records] == [[art.text.index("said"), art.text.index("said") + 4]]


def test_nesting_is_a_feature_of_the_model():
    from quotelens.attribution import find_attributions
    from quotelens.segment import find_quote_regions, segment_paragraphs

    text = "Headline\n\nPutin denied any involvement, Tillerson said."
    paras = segment_paragraphs(text)
    found = {
        text[a.cue[0] : a.cue[1]]: a
        for a in find_attributions(text, paras, find_quote_regions(text, paras), use_model=False)
    }
    assert found["denied"].features.get("cue_inside=content-first") == 1.0
    assert not any(k.startswith("cue_inside") for k in found["said"].features)


def test_nobody_relays_their_own_words():
    art = load_article(
        "Ryan holds the floor\n\nHouse Speaker Paul Ryan said Tuesday that he had said the bill would pass."
    )
    inner = art.quotes[art.quotes["parent_group"].notna()]
    assert list(inner["speaker"]) == ["Paul Ryan"]
    assert inner["via"].isna().all()  # his own report reaches us first-hand
    assert inner["parent_group"].notna().all()  # (still shown inside the report around it)


def test_a_relay_by_someone_else_stays_in_the_chain():
    art = load_article("Vote\n\nSenator Ana Ruiz said Tuesday that Mayor Tom Lee had said the bill would pass.")
    inner = art.quotes[art.quotes["parent_group"].notna()]
    assert list(inner["via"]) == ["Ana Ruiz"]
