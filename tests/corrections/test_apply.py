"""Applying corrections: one corrected article, consistent in every table, the headline and the scorer's view.

Quotations are chosen by what they are (resolved by a pronoun, reported inside another ...), not by
number, so that the tests hold while the engine changes.
"""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

from quotelens.corrections import (
    Correction,
    Op,
    Words,
    add_quotation,
    apply_corrections,
    article_digest,
    correct,
    history_table,
    piece_words,
    revert,
)
from quotelens.headline import named_in_headline
from quotelens.schema import validate


@pytest.fixture(scope="module")
def view(article):
    return apply_corrections(article, [])


def _group(article, **where) -> int:
    """The first body quotation with ``where`` (a headline's report is the writer's claim, counted apart)."""
    title = article.paragraphs.loc[article.paragraphs["role"] == "title", "id"]
    rows = article.quotes[~article.quotes["paragraph_id"].isin(title)]
    for col, value in where.items():
        rows = rows[rows[col].notna()] if value is ... else rows[rows[col] == value]
    assert not rows.empty, f"the default article has no quotation with {where}"
    return int(rows["group"].iloc[0])


def _row(art, group: int) -> pd.Series:
    return art.quotes[art.quotes["group"] == group].iloc[0]


def _speaker(art, name: str) -> pd.Series:
    return art.speakers[art.speakers["name"] == name].iloc[0]


def _valid(art) -> None:
    for name, table in art.tables().items():
        validate(table, name)


def test_without_corrections_the_article_is_the_engines(article, view):
    assert view.article is article
    assert not article.quotes["corrected"].any()
    assert view.report.messages() == []


def test_a_speaker_moved_to_another_speaker_moves_every_count(article, view):
    group = _group(article, resolution="pronoun")
    old = str(_row(article, group)["speaker"])
    new = next(n for n in article.speakers["name"] if n != old and " and " not in n)
    fixed = apply_corrections(article, [correct(view, group, speaker=new, author="anna")]).article
    _valid(fixed)
    row = _row(fixed, group)
    assert (row["speaker"], row["resolution"], row["confidence"], bool(row["corrected"])) == (
        new,
        "corrected",
        1.0,
        True,
    )
    assert row["evidence"].startswith(f"corrected by a reader: speaker {new} (anna, ")
    assert "the engine's evidence: " in row["evidence"]
    words = int(fixed.quotes[fixed.quotes["group"] == group]["words"].sum())
    for name, sign in ((old, -1), (new, +1)):
        before, after = _speaker(article, name), _speaker(fixed, name)
        assert after["quotes"] - before["quotes"] == sign
        assert after["quoted_words"] - before["quoted_words"] == sign * words
    # the pronoun stays the source; it now refers to the corrected speaker
    assert row["mention_text"] == _row(article, group)["mention_text"]
    start = int(row["mention_start"])
    assert fixed.mentions[fixed.mentions["start"] == start]["speaker"].tolist() == [new]
    record = next(r for r in fixed.scorer_records() if r["source"] == [start, int(row["mention_end"])])
    assert record["speaker"] == new


def test_confirming_a_speaker_changes_no_count(article, view):
    group = _group(article, resolution="explicit")
    same = str(_row(article, group)["speaker"])
    fixed = apply_corrections(article, [correct(view, group, speaker=same)]).article
    pd.testing.assert_frame_equal(fixed.speakers, article.speakers)
    pd.testing.assert_frame_equal(fixed.mentions, article.mentions)
    assert bool(_row(fixed, group)["corrected"])


def test_a_named_source_that_was_wrong_moves_to_the_new_speakers_mention(article, view):
    group = _group(article, resolution="explicit", parent_group=...)
    old_source = str(_row(article, group)["mention_text"])
    new = str(article.speakers.loc[article.speakers["mentions"].idxmax(), "name"])
    fixed = apply_corrections(article, [correct(view, group, speaker=new)]).article
    row = _row(fixed, group)
    assert row["speaker"] == new and row["mention_text"] != old_source
    at = fixed.mentions[fixed.mentions["start"] == row["mention_start"]]
    assert at["speaker"].tolist() == [new]  # one of the new speaker's own mentions
    assert article.mentions[article.mentions["start"] == row["mention_start"]]["speaker"].tolist() == [new]


def test_a_new_name_becomes_a_new_speaker_and_the_headline_panel_hears_it(article, view):
    silent = [n for n in named_in_headline(article).query("status == 'never heard'")["name"]]
    group = _group(article, resolution="explicit")
    if silent:  # the headline names someone never quoted: credit them, and the panel says so
        fixed = apply_corrections(article, [correct(view, group, speaker=silent[0])]).article
        status = named_in_headline(fixed).set_index("name").loc[silent[0], "status"]
        assert status != "never heard"
    fixed = apply_corrections(article, [correct(view, group, speaker="Jane Roe", speaker_type="organisation")]).article
    _valid(fixed)
    jane = _speaker(fixed, "Jane Roe")
    assert (jane["type"], jane["quotes"], jane["id"]) == ("organisation", 1, len(article.speakers))
    assert _row(fixed, group)["speaker_type"] == "organisation"


def test_anonymous_speakers_are_nobody_for_the_scorer(article, view):
    group = _group(article, resolution="short name")
    fixed = apply_corrections(article, [correct(view, group, speaker_type="anonymous")]).article
    row = _row(fixed, group)
    assert row["speaker_type"] == "anonymous" and row["mention_start"] == _row(article, group)["mention_start"]
    record = next(
        r for r in fixed.scorer_records() if r["source"] == [int(row["mention_start"]), int(row["mention_end"])]
    )
    assert record["speaker"] is None


def test_not_a_quotation_removes_it_and_its_reports_move_up(article, view):
    child = _group(article, parent_group=...)
    parent = int(_row(article, child)["parent_group"])
    grand = _row(article, parent)["parent_group"]
    fixed = apply_corrections(article, [correct(view, parent, not_quote=True)])
    _valid(fixed.article)
    assert fixed.article.quotes["group"].nunique() == article.quotes["group"].nunique() - 1
    assert fixed.report.removed == 1
    moved = fixed.keys.index(view.key_of(child))
    assert pd.isna(_row(fixed.article, moved)["parent_group"]) == pd.isna(grand)
    assert view.key_of(parent) not in fixed.keys


def test_content_by_words_replaces_the_pieces_and_the_kind_follows(article, view):
    group = _group(article, kind="direct")
    row = _row(article, group)
    words = Words(article.text)
    first, _ = words.range_of(int(row["start"]), int(row["end"]))
    shorter = ((first, first + 3),)
    fixed = apply_corrections(article, [correct(view, group, content_words=shorter)]).article
    got = fixed.quotes[fixed.quotes["group"] == group]
    assert len(got) == 1
    s, e = words.offsets(shorter[0])
    assert (int(got["start"].iat[0]), int(got["end"].iat[0]), got["text"].iat[0]) == (s, e, article.text[s:e])
    # the whole paragraph up to the quotation's start is reported speech, not quoted
    para = article.paragraphs[article.paragraphs["id"] == row["paragraph_id"]].iloc[0]
    before = words.range_of(int(para["start"]), int(row["start"]) - 1)
    if before is not None:
        fixed = apply_corrections(article, [correct(view, group, content_words=(before,))]).article
        assert _row(fixed, group)["kind"] in ("indirect", "mixed")
    fixed = apply_corrections(article, [correct(view, group, kind="indirect")]).article
    assert _row(fixed, group)["kind"] == "indirect"


def test_an_added_quotation_goes_in_text_order(article, view):
    words = Words(article.text)
    body = article.paragraphs[article.paragraphs["role"] == "body"]
    last_para = body.iloc[-1]
    first, last = words.range_of(int(last_para["start"]), int(last_para["end"]))
    add = add_quotation(view, ((first, min(last, first + 6)),), speaker="Ana Ruiz", author="anna")
    fixed = apply_corrections(article, [add])
    _valid(fixed.article)
    assert fixed.report.added == 1
    group = fixed.keys.index(add.quote)
    row = _row(fixed.article, group)
    assert (row["rule"], row["speaker"], bool(row["corrected"])) == ("added by a reader", "Ana Ruiz", True)
    starts = fixed.article.quotes.drop_duplicates("group")["start"].tolist()
    assert all(s <= row["start"] for s in starts[:group]) and all(s > row["start"] for s in starts[group + 1 :])
    assert any(r["content"] == [int(row["start"]), int(row["end"])] for r in fixed.article.scorer_records())


def test_adding_what_the_engine_already_finds_does_not_double_it(article, view):
    group = _group(article, kind="indirect")
    add = add_quotation(view, piece_words(view, group), speaker="Ana Ruiz")
    fixed = apply_corrections(article, [add])
    assert fixed.article.quotes["group"].nunique() == article.quotes["group"].nunique()
    assert _row(fixed.article, group)["speaker"] == "Ana Ruiz"


def test_revert_brings_back_the_engines_attribution(article, view):
    group = _group(article, resolution="pronoun")
    fix = correct(view, group, speaker="Ana Ruiz")
    fixed = apply_corrections(article, [fix])
    back = revert(fixed, group, author="bo")
    again = apply_corrections(article, [fix, back])
    assert again.report.reverted == 1 and again.report.corrected == 0
    pd.testing.assert_frame_equal(again.article.quotes, article.quotes)
    assert list(history_table(again)["change"]) == ["speaker Ana Ruiz", "back to the engine's attribution"]


def test_a_correction_whose_quotation_is_gone_is_reported_not_dropped(article, view):
    digest = article_digest(article.text)
    lost = Correction(digest, "5-7", speaker="Ana Ruiz", original_text="words that were there")
    fixed = apply_corrections(article, [lost])
    assert fixed.report.not_found == [lost]
    assert any("5-7" in m and "no longer found" in m for m in fixed.report.messages())
    assert any("no longer found" in n for n in fixed.article.notes)


def test_a_correction_with_words_outside_the_text_is_reported_and_the_others_applied(article, view):
    bad = Correction(article_digest(article.text), view.key_of(0), content_words=((5, 10**6),))
    good = correct(view, 1, speaker="Ana Ruiz")
    fixed = apply_corrections(article, [bad, good])
    assert fixed.report.invalid == [
        (bad, f"words 5–1000000 are not a range of the article's {len(Words(article.text))} words")
    ]
    assert _row(fixed.article, 1)["speaker"] == "Ana Ruiz" and not _row(fixed.article, 0)["corrected"]
    assert any("was not applied: words 5–1000000" in n for n in fixed.article.notes)


def test_a_key_a_little_off_is_reanchored_to_the_quotation_it_overlaps(article, view):
    group = _group(article, kind="direct")
    row = _row(article, group)
    shifted = f"{int(row['start']) + 2}-{int(row['end'])}"
    fixed = apply_corrections(article, [Correction(article_digest(article.text), shifted, speaker="Ana Ruiz")])
    assert _row(fixed.article, group)["speaker"] == "Ana Ruiz"
    assert fixed.report.reanchored and shifted in fixed.report.reanchored[0]
    assert f"first made on the quotation at {shifted}" in _row(fixed.article, group)["evidence"]


def test_corrections_of_another_text_are_counted_not_applied(article):
    other = Correction(article_digest(article.text + " (updated)"), "1-5", speaker="Ana Ruiz")
    fixed = apply_corrections(article, [other], other_text=1)
    assert fixed.article.quotes is article.quotes and fixed.original is article
    assert any("another text" in m for m in fixed.report.messages())
    assert fixed.article.notes[-1] == fixed.report.messages()[-1]  # every page that shows notes says so


def test_a_reader_confirmed_report_is_written_for_the_scorer(article, view):
    hidden = [n for n, a in enumerate(article.attributions) if a.reader_only]
    assert hidden, "the default article has reader-only reports (nominal cues)"
    group = hidden[0]
    fixed = apply_corrections(article, [correct(view, group, kind="indirect")]).article
    assert len(fixed.scorer_records()) == len(article.scorer_records()) + 1


def test_the_chain_of_sources_follows_a_corrected_channel(article, view):
    child = _group(article, parent_group=...)
    parent = int(_row(article, child)["parent_group"])
    fixed = apply_corrections(article, [correct(view, parent, speaker="Ana Ruiz")]).article
    assert str(_row(fixed, child)["via"]).endswith("Ana Ruiz")


@pytest.mark.parametrize(
    ("fields", "message"),
    [({}, "changes nothing"), ({"content_words": ((5, 2),)}, "not a range"), ({"kind": "loud"}, "kind")],
)
def test_a_bad_correction_is_refused_before_it_is_saved(view, fields, message):
    with pytest.raises(ValueError, match=message):
        correct(view, 0, **fields)
    with pytest.raises(ValueError, match="no quotation 999"):
        correct(view, 999, kind="direct")


def test_the_corrected_article_survives_pickling(article, view):
    fixed = apply_corrections(article, [correct(view, 0, speaker="Ana Ruiz")])
    back = pickle.loads(pickle.dumps(fixed))
    pd.testing.assert_frame_equal(back.article.quotes, fixed.article.quotes)
    assert back.keys == fixed.keys


def test_correcting_an_added_quotation_keeps_it_added(article, view):
    words = Words(article.text)
    para = article.paragraphs[article.paragraphs["role"] == "body"].iloc[-1]
    first, _ = words.range_of(int(para["start"]), int(para["end"]))
    add = add_quotation(view, ((first, first + 4),), speaker="Ana Ruiz")
    fixed = apply_corrections(article, [add])
    group = fixed.keys.index(add.quote)
    again = correct(fixed, group, kind="direct", author="bo")
    assert again.op is Op.FIX and again.quote == add.quote
    twice = apply_corrections(article, [add, again])
    row = _row(twice.article, twice.keys.index(add.quote))
    assert (row["speaker"], row["kind"]) == ("Ana Ruiz", "direct")
    assert twice.report.added == 1
