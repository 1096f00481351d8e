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


def test_he_and_a_name_are_a_pair_of_the_one_before_and_the_name():
    for body in (
        'Peter Hale spoke on Monday. He and Ann Ortiz held a press conference, where they said they would "not stop."',
        'Peter Hale spoke on Monday. He and Ann Ortiz said they would "not stop."',
        "The party's spokesperson, Senator Peter Hale, said it would force a vote. He and Ann Ortiz later met "
        'reporters outside Parliament House, where they said they would "not stop."',
    ):
        (_, speaker, _) = speakers_of("Headline\n\n" + body)[-1]
        assert speaker == "Peter Hale and Ann Ortiz", body


def test_she_and_a_name_are_no_pair_with_the_man_before():
    ((_, speaker, _),) = speakers_of(
        'Headline\n\nPeter Hale spoke on Monday. She and Ann Ortiz said it would "not stop."'
    )
    assert speaker != "Peter Hale and Ann Ortiz"
