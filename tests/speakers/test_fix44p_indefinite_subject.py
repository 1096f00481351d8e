"""An indefinite role description that opens a sentence introduces someone new ("Another former manager, who
asked not to be named, was harsher."): a "he" or "she" reporting speech in the next sentence is that unnamed
person, even when the role noun says no sex, not the man or woman named in the paragraph before
(speakers/subjects.py, unnamed_subject_before)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The bakery chain has grown fast under its founder, Clara Voss.\n\n"
    "Staff describe a demanding boss. Peter Lindqvist, who ran the chain's kitchens until 2022, says Voss "
    'could be warm with customers and cold with managers. "She wanted it done yesterday," Lindqvist says.\n\n'
    "Another former manager, who asked not to be named because he still works in the industry, was harsher. "
    '"Clara runs the place like her own kitchen," he says. "Nobody else touches the ovens."\n\n'
)


def test_he_after_an_indefinite_unsexed_role_is_that_unnamed_person():
    assert speaker_holding(_BODY, "runs the place like her own kitchen") == "another former manager"


def test_the_indefinite_article_a_works_too():
    body = _BODY.replace("Another former manager", "A former manager")
    assert speaker_holding(body, "runs the place like her own kitchen") == "a former manager"


def test_a_definite_role_still_takes_up_the_person_named_with_it():
    body = _BODY.replace(
        "Another former manager, who asked not to be named because he still works in the industry, was harsher. ",
        "The former manager was harsher still. ",
    )
    assert speaker_holding(body, "runs the place like her own kitchen") == "Peter Lindqvist"


def test_a_name_inside_its_relative_clause_is_no_subject():
    body = _BODY.replace("because he still works in the industry", "after six years under Lindqvist")
    assert speaker_holding(body, "runs the place like her own kitchen") == "another former manager"
