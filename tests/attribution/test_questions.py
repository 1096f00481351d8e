"""Tests of :mod:`quotelens.attribution.frames.questions` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals

# Questions whose asker is not named: the question is reported with no source, as PolNeAR marks it.
_ASKED_CASES = [
    # (the start chooser takes an "asked about" question from after "about", PolNeAR's cue)
    ("Asked about her own vote in the primary, she declined to answer.", "Asked", "her own vote in the primary"),
    (
        "“Anybody can change,” he said when asked whether the mayor would run again.",
        "asked",
        "whether the mayor would run again",
    ),
    ("When asked for his position during the debate, Carson smiled.", "asked for", "his position during the debate"),
    (
        "During the interview, the actress was asked if she had ever been treated unfairly.",
        "asked",
        "if she had ever been treated unfairly",
    ),
    (
        "“It has been seven years,” the senator said, asked about the delay in an interview.",
        "asked",
        "the delay in an interview",
    ),
    ("When asked to confirm the meeting, a separate source declined.", "asked", "to confirm the meeting"),
    ("The mayor was first asked if she would run again in May.", "asked", "if she would run again in May"),
    (
        "When asked during a lunch held by The Gazette whether the pier would reopen, he laughed.",
        "asked",
        "whether the pier would reopen",
    ),
    ("When asked whom she supported, Ms. Ruiz smiled.", "asked", "whom she supported"),
]


@pytest.mark.parametrize("word", ["whether", "if", "how"])
def test_a_question_right_after_asked_is_its_content(word):
    (p,) = proposals(f"The mayor asked {word} the council would vote for the pier.")
    assert p[1:] == ("The mayor", "asked", [f"{word} the council would vote for the pier."])


def test_subject_after_years_ago_and_after_asked():
    rows = attributions("Eight years ago, Ruth Bell backed the mayor and said, “He has never done anything for us.”")
    said = next(r for r in rows if r["cue"] == "said")
    assert said["speaker"] == "Ruth Bell"
    rows = attributions("Asked on Monday about the plan, Ms. Bell shook her head and said, “No, never again.”")
    said = next(r for r in rows if r["cue"] == "said")
    assert said["mention"] == "Ms. Bell"


def test_asked_inverts_but_told_does_not():
    (a,) = attributions("“Why should the vote be taken from him?” asked Ben Ward, now a radio host.")
    assert a["speaker"] == "Ben Ward"


def test_asked_skips_the_person_asked():
    (p,) = proposals("The senator asked the attorney general whether the inquiry had been closed.")
    assert p[1:] == ("The senator", "asked", ["whether the inquiry had been closed."])
    (p,) = proposals("Radio host Ann Berg asked Mr. Cole about remarks he made last night.")
    assert p[3] == ["about remarks he made last night."]


@pytest.mark.parametrize(("sentence", "cue", "content"), _ASKED_CASES)
def test_asked_question_is_reported_without_a_source(sentence, cue, content):
    assert ("asked (question)", None, cue, [content]) in proposals(sentence)


def test_asked_with_a_subject_is_not_a_bare_question():
    assert [p[0] for p in proposals("He asked her about the pier.")] == ["source-first"]


def test_a_question_asked_before_the_cue_is_not_the_speakers_content():
    rows = proposals('Asked whether he would close the pier under these circumstances, Hale said, "Probably."')
    assert [r[1:] for r in rows if r[2] == "said"] == [("Hale", "said", ['"Probably."'])]
    assert [r[3] for r in rows if r[2] == "Asked"] == [["whether he would close the pier under these circumstances"]]
    rows = proposals(
        'Asked why he had yet to back Ruiz during an appearance on "Meet the Press," Hale said he had not "heard her say the things that need to be said."'
    )
    assert [r[1:] for r in rows if r[2] == "said"] == [
        ("Hale", "said", ['he had not "heard her say the things that need to be said."'])
    ]
    assert [r[3] for r in rows if r[2] == "Asked"] == [
        ['why he had yet to back Ruiz during an appearance on "Meet the Press,"']
    ]


def test_asked_by_names_the_asker():
    rows = proposals("When asked by a reporter whether the pier would reopen, Hale said it would.")
    assert ("asked (question)", "a reporter", "asked", ["whether the pier would reopen"]) in rows
    rows = proposals("Asked about the pier, Hale smiled.")
    assert ("asked (question)", None, "Asked", ["the pier"]) in rows  # (the chooser starts it after "about")
