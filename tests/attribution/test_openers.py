"""Tests of :mod:`quotelens.attribution.frames.openers` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals


def test_but_said_x_opens_a_sentence_with_its_quotation():
    (p,) = proposals('But, said Solovey, "I don\'t want to drum up a conflict."')
    assert p[1:] == ("Solovey", "said", ['"I don\'t want to drum up a conflict."'])


def test_as_someone_put_it():
    rows = proposals("As Ana Ruiz, a professor at Yale, put it: “The levy will not pass this year.”")
    assert (
        "source-first (as X put it)",
        "Ana Ruiz",  # the name, not its description: the speakers table resolves it
        "put it",
        ["“The levy will not pass this year.”"],
    ) in rows
    rows = proposals("The town owed its pier to, as one engineer put it, a “small miracle” of welding, and to luck.")
    assert ("source-first (as X put it)", "one engineer", "put it", ["a “small miracle” of welding"]) in rows
    assert not any(r[0].startswith("source-first (as") for r in proposals("They put it on the table, as agreed."))


def test_cue_opening_the_sentence_then_speaker_then_quotation():
    rows = proposals("It hurt. Said Jo Hale, who grew up near the pier, “We were all so proud of it.”")
    assert ("cue, source, quotation", "Jo Hale", "Said", ["“We were all so proud of it.”"]) in rows
    assert not any(r[0] == "cue, source, quotation" for r in proposals("Said to be the oldest, the pier is closed."))


def test_as_x_put_it_with_a_description_or_an_abbreviation_in_it():
    rows = proposals('As Jo Hale, the No. 2 on the council, put it: "This pier will not reopen."')
    assert ("source-first (as X put it)", "Jo Hale", "put it", ['"This pier will not reopen."']) in rows
    rows = proposals("As Ana Ruiz, author of ''The Pier,'' put it, ''Nothing lasts.''")
    assert ("source-first (as X put it)", "Ana Ruiz", "put it", ["''Nothing lasts.''"]) in rows
    rows = proposals("As The Post's Jo Hale puts it, the council wants \"an offer it can't refuse.\"")
    assert [r[1] for r in rows if r[2] == "puts it"] == ["The Post's Jo Hale"]
