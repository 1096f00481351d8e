"""Cheap tests put before patterns (speed round 29): each still lets through every case the pattern took."""

from __future__ import annotations

from quotelens.attribution.frames.cue_objects import past_time_to_colon
from quotelens.segment import tokenize
from quotelens.speakers.agreement import age_of
from quotelens.speakers.candidates import Anaphor
from quotelens.speakers.names import name_runs
from quotelens.speakers.titles import title_role, title_word


def test_plural_initials_are_titles_and_other_plurals_are_not():
    assert title_word("MPs") and title_word("MEPs") and title_role("MPs") == "mp"
    assert not title_word("Kings") and not title_word("Cats") and not title_word("M")


def test_a_time_phrase_before_a_colon_is_passed_and_one_without_a_colon_is_not():
    toks = tokenize('He replied the same day: "We agree."')
    k = [t.text for t in toks].index("replied") + 1
    assert toks[past_time_to_colon(toks, k)].text == '"'
    toks = tokenize("He replied the same day that it was over.")
    assert past_time_to_colon(toks, k) is None


def _runs(text: str) -> list[tuple[list[str], bool]]:
    return [(run.words, run.possessive) for run in name_runs(tokenize(text), 0, 0)]


def test_a_particled_surname_an_ordinal_and_a_possessive_still_close_their_runs():
    assert (["Abdel", "Fattah", "el-Sisi"], False) in _runs("President Abdel Fattah el-Sisi said it was over.")
    assert any(words[0] == "9th" for words, _ in _runs("The 9th U.S. Circuit Court of Appeals ruled on Monday."))
    assert (["Dana", "Whitcomb"], True) in _runs("Dana Whitcomb's aide said it was over.")


def test_an_age_is_read_from_a_description_and_no_other_word_is():
    def anaphor(head: str, *modifiers: str) -> Anaphor:
        return Anaphor(0, 1, "the " + head, "person", 0, 0, head=head, modifiers=modifiers)

    assert age_of(anaphor("mother", "62-year-old")) == "62-year-old"
    assert age_of(anaphor("29-year-old")) == "29-year-old"
    assert age_of(anaphor("mother", "young")) is None


def test_glue_is_looked_for_only_in_the_span_asked_about():
    from quotelens.speakers.glued import has_glue

    text = "Sarukha\u0303n said"
    assert has_glue(text) and has_glue(text, 0, 8) and not has_glue(text, 0, 7) and not has_glue(text, 8)


def test_a_hyphen_before_a_capital_without_a_particle_opens_no_run():
    assert _runs("The Coca-Cola chief said it was over.")[0][0] == ["Coca-Cola"]
