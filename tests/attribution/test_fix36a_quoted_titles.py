"""Blind round 36 (fix36a): a report whose only quotation marks hold a title (a song, a show, a book:
a few title-case words) quotes nobody's words: it is indirect, not mixed. A name someone coined and
the writer quotes after "called" stays mixed. Short passages written for the test."""

from __future__ import annotations

from tests.attribution.examples import attributions


def test_a_song_title_in_a_report_leaves_it_indirect():
    found = attributions(
        'The label said in a statement that sales of her 2019 single "Glass Harbour" doubled on Friday.'
    )
    (a,) = [a for a in found if a["cue"] == "said"]
    assert a["kind"] == "indirect"


def test_a_show_title_in_the_subject_of_the_content_leaves_it_indirect():
    (a,) = attributions('Friends say the "Night Shift" actor and his wife separated in June.')
    assert a["kind"] == "indirect"


def test_quoted_words_beside_a_title_keep_the_report_mixed():
    (a,) = attributions('The singer said the "Glass Harbour" tour had been "the hardest thing I have ever done."')
    assert a["kind"] == "mixed"


def test_a_coined_name_after_called_stays_mixed():
    (a,) = attributions('The senator said the governor had written what she called "Shadow Budgets" for years.')
    assert a["kind"] == "mixed"
