"""What the words about a name say of its kind (speakers/nameparts.py::in_context): one first name told things
or reporting them, never a person's with a surname read before, is an outlet's ("Sources told Dawn ...")."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.names import name_runs


def _kinds(sentence: str) -> list[tuple[str, str]]:
    return [(r.name, r.kind) for r in name_runs(tokenize(sentence), 0, 0)]


def test_one_first_name_told_things_is_an_outlet():
    assert _kinds("Sources in the government told Dawn the province was considering amendments.")[-1] == (
        "Dawn",
        "media",
    )


def test_a_first_name_read_before_with_a_surname_stays_a_person():
    kinds: dict[tuple[str, ...], str] = {}
    name_runs(tokenize("Dawn Reyes, 34, saw the fire."), 0, 0, kinds)
    runs = name_runs(tokenize("Her sister told Dawn the house was gone."), 1, 0, kinds)
    assert [(r.name, r.kind) for r in runs] == [("Dawn", "person")]


def _titled(sentence: str) -> list[tuple[str, list[str]]]:
    return [(r.name, r.titles) for r in name_runs(tokenize(sentence), 0, 0)]


def test_a_job_s_noun_before_a_full_name_is_a_title():
    from quotelens.speakers.nameparts import job_word

    assert _titled("Reliever Matt Kowalski said he was sorry.") == [("Matt Kowalski", ["reliever"])]
    assert _titled("Town Planner Sarah Liu said so.") == [("Sarah Liu", ["planner"])]
    assert job_word("Reliever") and job_word("Shortstop") and job_word("Planner")
    assert not job_word("Walker") and not job_word("Carter")  # surnames, first names
    assert _titled("Walker Matt Kowalski said so.") == [("Walker Matt Kowalski", [])]
