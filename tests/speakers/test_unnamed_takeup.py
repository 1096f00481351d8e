"""Definite descriptions that take up an unnamed source, and descriptions that must not go to a named
person (blind set f of other outlets' styles: wire and financial copy, local crime stories)."""

from __future__ import annotations

import pytest

from quotelens.article import load_article


def _speaker(text: str, words: str) -> tuple[str, str]:
    q = load_article(text).quotes
    row = q[q["text"].str.contains(words, regex=False)].iloc[0]
    speaker, kind = row["speaker"], row["speaker_type"]  # (NA when unresolved: None here)
    return (speaker if isinstance(speaker, str) else None), (kind if isinstance(kind, str) else None)


@pytest.mark.parametrize(
    ("intro", "again", "speaker"),
    [
        ("according to a person familiar with the deliberations", "the person", "a person familiar with the deliberations"),
        ("three people familiar with the matter said", "the people", "three people familiar with the matter"),
        ("two sources told Reuters", "the sources", "two sources"),
        ("people close to the talks said", "the people", "people close to the talks"),
    ],
)
def test_the_head_of_an_unnamed_source_takes_it_up(intro: str, again: str, speaker: str) -> None:
    text = f"Talks stall\n\nThe deal has stalled, {intro}.\n\nSome members want a delay, {again} said."
    assert _speaker(text, "members want a delay") == (speaker, "anonymous")


def test_the_woman_takes_up_the_unnamed_neighbour() -> None:
    text = (
        "Shots fired\n\nA neighbor who asked not to be named said she heard shots.\n\n"
        "“I laid on the floor and prayed,” the woman said."
    )
    assert _speaker(text, "laid on the floor") == ("a neighbor", "anonymous")


def test_the_man_does_not_take_up_an_unnamed_woman() -> None:
    text = (
        "Shots fired\n\nA woman who asked not to be named said she heard shots.\n\n"
        "“I laid on the floor and prayed,” the man said."
    )
    assert _speaker(text, "laid on the floor")[0] != "a woman"


def test_the_official_is_the_unnamed_official_just_quoted_not_a_named_one_before() -> None:
    text = (
        "Controls weighed\n\nGregory Hale, a former Commerce Department official, said the rules were weak.\n\n"
        "The administration is weighing new curbs, a second U.S. official said.\n\n"
        "It is weighing a narrower set of controls, the official said."
    )
    assert _speaker(text, "narrower set of controls") == ("a second U.S. official", "anonymous")


def test_the_official_is_the_named_official_when_no_unnamed_one_spoke_since() -> None:
    text = (
        "Controls weighed\n\nA U.S. official said new curbs were coming.\n\n"
        "Gregory Hale, a Commerce Department official, said the rules were weak.\n\n"
        "It is weighing a narrower set of controls, the official said."
    )
    assert _speaker(text, "narrower set of controls")[0] == "Gregory Hale"


def test_an_owned_role_no_one_was_introduced_with_is_someone_new() -> None:
    text = (
        "Fire destroys diner\n\nFire Chief Dana Wells said the blaze started in the kitchen.\n\n"
        "The restaurant's owner said he would rebuild."
    )
    assert _speaker(text, "would rebuild") == ("the restaurant's owner", "anonymous")


def test_an_owned_role_someone_was_introduced_with_is_that_person() -> None:
    text = (
        "Fire destroys diner\n\nMark Olsen, the restaurant's owner, said the blaze started in the kitchen.\n\n"
        "The restaurant's owner said he would rebuild."
    )
    assert _speaker(text, "would rebuild")[0] == "Mark Olsen"


@pytest.mark.parametrize(
    "intro",
    [
        "In an emailed statement, the Ministry of Health said it recognizes the problem.",
        "The Ministry of Health said in a statement that it recognizes the problem.",
    ],
)
def test_the_statement_is_the_words_of_who_spoke_in_it(intro: str) -> None:
    text = f"Wait times\n\n{intro}\n\n“Patients expect timely care,” the statement reads."
    assert _speaker(text, "Patients expect timely care") == ("Ministry of Health", "organisation")


@pytest.mark.parametrize(
    ("intro", "again", "speaker"),
    [
        ("In a statement, Statistics Canada said the jobless rate rose.", "The agency", "Statistics Canada"),
        ("Lumora said the jobless rate rose.", "The company", "Lumora"),
    ],
)
def test_a_kind_takes_up_the_organisation_just_quoted_whose_name_says_no_kind(
    intro: str, again: str, speaker: str
) -> None:
    text = f"Jobs\n\n{intro}\n\n{again} says 42,000 jobs were lost."
    assert _speaker(text, "jobs were lost") == (speaker, "organisation")


def test_a_kind_does_not_take_up_an_organisation_of_another_named_kind() -> None:
    text = "Jobs\n\nFord Motor Company said it would cut jobs.\n\nThe ministry says 42,000 jobs were lost."
    assert _speaker(text, "jobs were lost")[0] != "Ford Motor Company"


def test_a_kind_does_not_take_up_a_person() -> None:
    text = "Jobs\n\nMaria Lopez said she would cut jobs.\n\nThe ministry says 42,000 jobs were lost."
    assert _speaker(text, "jobs were lost")[0] != "Maria Lopez"


def test_a_document_from_an_organisation_of_a_kind_is_that_organisations() -> None:
    text = (
        "Summit\n\nThe Ministry of Foreign Affairs declined to comment on the talks.\n\n"
        "A statement from the ministry said the summit should focus on growth."
    )
    assert _speaker(text, "focus on growth") == ("Ministry of Foreign Affairs", "organisation")


def test_an_unnamed_person_who_spoke_is_a_she() -> None:
    text = (
        "Strike\n\nA nurse at a hospital in the north of England, who asked not to be named, said the strike was"
        " hard.\n\n“Strike days are honestly no worse than normal days,” she said."
    )
    assert _speaker(text, "no worse than normal days") == ("a nurse at a hospital in the north of England", "anonymous")


def test_a_named_person_is_still_the_he_after_an_unnamed_group() -> None:
    text = (
        "Strike\n\nSome nurses said the strike was hard.\n\nJohn Smith, a surgeon, said it was not.\n\n"
        "“It is fine,” he said."
    )
    assert _speaker(text, "It is fine")[0] == "John Smith"


def test_it_takes_up_a_name_read_as_a_persons_only_because_it_spoke() -> None:
    text = "Prices\n\nEurostat said on Friday that inflation rose to 2.4 percent. It said energy prices drove the rise."
    assert _speaker(text, "energy prices drove") == ("Eurostat", "organisation")
    assert _speaker(text, "inflation rose") == ("Eurostat", "organisation")


def test_it_does_not_take_up_a_person_with_a_first_name() -> None:
    text = "Prices\n\nMaria Lopez said on Friday that inflation rose. It said energy prices drove the rise."
    assert _speaker(text, "energy prices drove")[0] != "Maria Lopez"


def test_the_two_lawmakers_are_not_the_one_they_wrote_to() -> None:
    text = (
        "Fine\n\nHenna Virkkunen, the commission's vice-president, said the fine was fair.\n\n"
        "Andreas Schwab, a German conservative, and Stéphanie Yon-Courtin, a French liberal, welcomed the fine. "
        "In a joint letter to Virkkunen, the two lawmakers said the commission had been far too patient."
    )
    assert _speaker(text, "far too patient")[0] == "Andreas Schwab and Stéphanie Yon-Courtin"


def test_a_document_is_not_the_courts_it_was_filed_in() -> None:
    text = "Shooting\n\nAccording to the criminal complaint filed in Dayton Municipal Court, the men exchanged words."
    assert _speaker(text, "exchanged words")[0] != "Dayton Municipal Court"
