"""An indefinite role description that opens a sentence introduces someone new ("Another former singer, who
asked for anonymity, put it differently."): a "he" or "she" reporting speech in the next sentence is that
unnamed person, even when the role noun says no sex, not the man or woman named in the paragraph before
(speakers/subjects.py, unnamed_subject_before)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_BODY = (
    "The choir has toured the world under its conductor, Ada Rennick.\n\n"
    "Singers describe a strict leader. Bruno Salt, who sang bass with the choir for a decade, says Rennick "
    'hears every wrong note. "She never let a rehearsal end early," Salt says.\n\n'
    "Another former singer, who asked for anonymity because he still performs in the city, put it differently. "
    '"Ada treats the choir as her own voice," he says. "Solos go to her favourites."\n\n'
)


def test_he_after_an_indefinite_unsexed_role_is_that_unnamed_person():
    assert speaker_holding(_BODY, "treats the choir as her own voice") == "another former singer"


def test_the_indefinite_article_a_works_too():
    body = _BODY.replace("Another former singer", "A former singer")
    assert speaker_holding(body, "treats the choir as her own voice") == "a former singer"


def test_a_definite_role_still_takes_up_the_person_named_with_it():
    body = _BODY.replace(
        "Another former singer, who asked for anonymity because he still performs in the city, put it differently. ",
        "The former singer put it more sharply. ",
    )
    assert speaker_holding(body, "treats the choir as her own voice") == "Bruno Salt"


def test_a_name_inside_its_relative_clause_is_no_subject():
    body = _BODY.replace("because he still performs in the city", "after ten years beside Salt")
    assert speaker_holding(body, "treats the choir as her own voice") == "another former singer"
