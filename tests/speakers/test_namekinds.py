"""What a capitalised run names: quotelens/speakers/namekinds.py."""

from __future__ import annotations

from quotelens.segment import tokenize
from quotelens.speakers.namekinds import kind_of
from quotelens.speakers.names import name_runs


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(r.name, r.kind) for r in name_runs(tokenize(sentence), 0, 0)]


def test_an_organisation_word_at_the_end_beats_a_first_name_at_the_start():
    assert kind_of(["Harlan", "Home", "Products"], []) == "organisation"
    assert kinds("Jordan Products said so.") == [("Jordan Products", "organisation")]


def test_a_company_s_legal_form_marks_an_organisation():
    assert kinds("PT Sinar Teknik Mandiri denied any wrongdoing.") == [("PT Sinar Teknik Mandiri", "organisation")]
    assert kinds("Siemens AG said so.") == [("Siemens AG", "organisation")]
    assert kind_of(["Maybank", "Bhd"], []) == "organisation"
    assert kind_of(["Enel", "SpA"], []) == "organisation"


def test_a_legal_form_s_letters_after_a_place_are_no_company():
    assert kinds("The Ohio AG said so.") == []  # an office
    assert kind_of(["Ag", "Smith"], []) != "organisation"


def test_a_fort_a_mount_and_a_time_zone_s_run_are_no_one():
    for name in ("Fort Polk", "Fort Sam Houston", "Mount Hood", "EDT Sunday"):
        assert kind_of(name.split(), []) == "place", name
    assert kind_of("Fort Worth Police Department".split(), []) == "organisation"
    assert kind_of("Anna Fort".split(), []) == "person"
