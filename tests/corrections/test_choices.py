"""The Reader's correction form without Streamlit: its starting values and what the picks make."""

from __future__ import annotations

import pytest

from quotelens.corrections import CorrectionStore, apply_corrections, article_digest, engine_for, files
from quotelens.corrections.choices import (
    ANONYMOUS,
    NEW_SPEAKER,
    Picks,
    form_for,
    from_form,
    new_pieces,
    quotation_label,
    speaker_options,
    word_choices,
)
from quotelens.corrections.edit import removed, restore


@pytest.fixture(scope="module")
def view(article):
    return apply_corrections(article, [])


def _group_of(view, speaker: str) -> int:
    q = view.article.quotes
    return int(q.loc[q["speaker"] == speaker, "group"].iat[0])


def test_the_form_starts_from_what_the_page_shows(view):
    g = _group_of(view, "Rex Tillerson")
    start = form_for(view, g)
    assert start.speaker == "Rex Tillerson" and start.speaker in start.options
    assert start.options[-2:] == [ANONYMOUS, NEW_SPEAKER]
    assert start.first_word <= start.last_word and start.first_word in word_choices(view, start)
    assert start.kind in ("direct", "mixed", "indirect") and not start.corrected
    assert quotation_label(view, g).startswith(f"{g + 1} · Rex Tillerson: ")


def test_unchanged_picks_make_no_correction(view):
    start = form_for(view, 0)
    assert from_form(view, start, Picks(start.speaker, kind=start.kind)) is None


def test_another_speaker_sets_only_the_speaker(view):
    g = _group_of(view, "Rex Tillerson")
    c = from_form(view, form_for(view, g), Picks("Vladimir Putin", kind=form_for(view, g).kind), author="Ann")
    assert c is not None and c.speaker == "Vladimir Putin" and c.kind is None and c.content_words is None
    fixed = apply_corrections(view.original, [c]).article
    row = fixed.quotes[fixed.quotes["group"] == g].iloc[0]
    assert row["speaker"] == "Vladimir Putin" and bool(row["corrected"])
    assert row["evidence"].startswith("corrected by a reader: speaker Vladimir Putin (Ann,")


def test_a_new_name_needs_a_name(view):
    start = form_for(view, 0)
    with pytest.raises(ValueError, match="type the speaker's name"):
        from_form(view, start, Picks(NEW_SPEAKER, new_name="  "))
    c = from_form(view, start, Picks(NEW_SPEAKER, new_name=" Jo   Park "))
    assert c is not None and (c.speaker, c.speaker_type) == ("Jo Park", "person")
    assert "Jo Park" in set(apply_corrections(view.original, [c]).article.speakers["name"])


def test_anonymous_kind_and_not_a_quotation(view):
    start = form_for(view, 0)
    other = next(k for k in ("direct", "mixed", "indirect") if k != start.kind)
    c = from_form(view, start, Picks(ANONYMOUS, kind=other))
    assert c is not None and c.speaker_type == "anonymous" and c.kind == other
    gone = from_form(view, start, Picks(start.speaker, not_quote=True))
    assert gone is not None and gone.not_quote
    after = apply_corrections(view.original, [gone])
    assert after.article.quotes["group"].nunique() == view.article.quotes["group"].nunique() - 1
    assert [c.quote for c in removed(after)] == [view.keys[0]]
    back = apply_corrections(view.original, [gone, restore(after, view.keys[0])])
    assert back.article.quotes["group"].nunique() == view.article.quotes["group"].nunique()


def test_content_start_and_end_by_words(view):
    start = form_for(view, 0)
    c = from_form(view, start, Picks(start.speaker, first_word=start.first_word + 1, last_word=start.last_word))
    assert c is not None and c.content_words is not None and c.content_words[0][0] == start.first_word + 1
    with pytest.raises(ValueError, match="cannot start"):
        from_form(view, start, Picks(start.speaker, first_word=start.last_word + 1, last_word=start.last_word))


@pytest.mark.parametrize(
    ("pieces", "first", "last", "want"),
    [
        (((10, 20),), 12, 25, ((12, 25),)),
        (((10, 20), (30, 40)), 8, 42, ((8, 20), (30, 42))),  # the gap stays
        (((10, 20), (30, 40)), 32, 38, ((32, 38),)),  # the first piece is gone
        (((10, 20), (30, 40)), 10, 15, ((10, 15),)),
        (((10, 20), (30, 40)), 22, 28, ((22, 28),)),  # inside the gap: one new piece
    ],
)
def test_new_pieces_keep_inner_gaps(pieces, first, last, want):
    assert new_pieces(pieces, first, last) == want


def test_the_options_are_the_named_speakers_most_quoted_first(view):
    options = speaker_options(view)
    named = view.article.speakers[view.article.speakers["type"] != "anonymous"]
    assert set(options[:-2]) == set(named["name"])
    quotes = dict(zip(named["name"], named["quotes"], strict=True))
    assert [quotes[n] for n in options[:-2]] == sorted(quotes.values(), reverse=True)


def test_form_corrections_export_and_import_into_another_database(tmp_path, view, article):
    """Export -> import round trip: another database gives the same corrected article."""
    g = _group_of(view, "Rex Tillerson")
    first = from_form(view, form_for(view, g), Picks("Vladimir Putin"))
    one = CorrectionStore(engine_for(str(tmp_path / "one.sqlite3")))
    one.save(first)
    after = apply_corrections(article, one.for_article(article_digest(article.text)))
    second = from_form(after, form_for(after, 0), Picks(NEW_SPEAKER, new_name="Jo Park", note="re-read"))
    one.save(second)
    want = apply_corrections(article, one.all()).article
    for suffix in (".json", ".csv"):
        path = files.write(one.all(), tmp_path / f"c{suffix}")
        other = CorrectionStore(engine_for(str(tmp_path / f"other{suffix}.sqlite3")))
        assert files.import_file(other, path) == 2
        assert files.import_file(other, path) == 0  # importing twice adds nothing
        got = apply_corrections(article, other.for_article(article_digest(article.text))).article
        assert got.quotes.equals(want.quotes) and got.speakers.equals(want.speakers)
        assert got.scorer_records() == want.scorer_records()


def test_the_sure_only_view_keeps_a_readers_marks(tmp_path):
    from quotelens import derived, load_article
    from quotelens.corrections import CorrectionStore, correct, engine_for
    from quotelens.corrections.streamlit_db import corrected_article
    from tests.test_views import SHARED_SURNAME

    store = CorrectionStore(engine_for(str(tmp_path / "c.sqlite3")))
    article = load_article(SHARED_SURNAME)
    store.save(correct(corrected_article(article, store), 1, speaker="Bob Diaz"))
    fixed = corrected_article(article, store).article
    sure = derived.only_sure(fixed)
    row = sure.quotes[sure.quotes["speaker"] == "Bob Diaz"]
    assert (
        len(row) == 1 and bool(row["corrected"].iat[0]) and row["evidence"].iat[0].startswith("corrected by a reader")
    )
    assert list(sure.quotes["speaker"]) == ["Bob Diaz"]  # the close call "Clinton said" is still left out
