"""Groups of sources: quotelens/speakers/groups.py."""

from __future__ import annotations

from quotelens.speakers import groups
from tests.speakers.examples import speakers_of


def test_a_name_opening_a_byline_is_the_writer():
    text = "Headline\n\nBy Ana Costa, a staff reporter.\n\nCosta said it."
    assert groups.in_byline(text, text.index("Ana"))
    assert not groups.in_byline(text, text.index("Costa said"))


def test_the_writer_of_the_byline_is_never_one_of_a_group_of_sources():
    text = (
        "Firm sued over its cameras\n\n"
        "By Ana Costa, a senior reporter covering consumer tech.\n"
        "Oct 21, 2026\n\n"
        'Orbix denies it. "We take privacy seriously," company spokesperson Dana Holt told reporters.\n\n'
        "The two plaintiffs said the firm knew."
    )
    sources = {source: speaker for source, speaker, _ in speakers_of(text)}
    assert sources["The two plaintiffs"] != "Ana Costa and Dana Holt"
