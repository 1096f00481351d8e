"""Titles before a name (speakers/titles.py): the ranks of armies and police forces, abbreviated or spelled
out, are one title for linking ("Col. Mehmed Alagic" ... "Colonel Alagic" ... "the colonel")."""

from __future__ import annotations

from quotelens.speakers.titles import split_titles, title_role
from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_rank_s_abbreviation_stands_for_its_spelled_out_title():
    assert [title_role(t) for t in ("Lieut.", "Col.", "Maj.", "Brig.", "Cmdr.", "Adm.")] == [
        "lieutenant",
        "colonel",
        "major",
        "brigadier",
        "commander",
        "admiral",
    ]


def test_spelled_out_ranks_are_titles_before_a_name():
    assert split_titles(["Lieutenant", "Colonel", "Coward"]) == 2
    assert split_titles(["Brigadier", "Tom", "Reed"]) == 1
    assert split_titles(["Commander", "Reed"]) == 1


def test_a_spelled_out_rank_and_a_surname_are_the_officer_named_before():
    body = (
        "His deputy, Col. Mehmed Alagic, was cautious. Colonel Alagic said the army lacked weapons. "
        '"We are watching," said Lieut. Col. Gary Coward, a spokesman. '
        "Lieutenant Colonel Coward said the report was accurate."
    )
    assert _speakers(body) == ["Mehmed Alagic", "Gary Coward", "Gary Coward"]


def test_a_role_written_with_a_hyphen_is_a_title_before_a_name():
    assert split_titles(["Centre-back", "Rui", "Costa"]) == 1
    assert split_titles(["Left-winger", "Tom", "Reed"]) == 1
    assert split_titles(["Ana", "Smith-Guard"]) == 0  # (a double-barrelled surname, no role)
    body = 'Centre-back Rui Costa said he was sorry. "It was my mistake," Costa said.'
    assert _speakers(body) == ["Rui Costa", "Rui Costa"]


def test_a_road_s_name_has_no_title():
    assert split_titles(["State", "Route"]) == 0
    body = 'The car crossed the line on State Route 2, police said. "It was late," the officer said.'
    assert "Route" not in _speakers(body)


def test_a_regent_and_an_abbreviated_police_rank_are_titles():
    from quotelens.segment import tokenize
    from quotelens.speakers.names import name_runs

    def titled(sentence: str) -> list[tuple[str, list[str]]]:
        return [(r.name, r.titles) for r in name_runs(tokenize(sentence), 0, 0)]

    assert titled("Bekasi Regent Ade Kuswara Kunang said it.") == [("Ade Kuswara Kunang", ["bekasi", "regent"])]
    # (an abbreviated rank was a person of its own, "Sr. Comr", apart from the name)
    assert titled("Police spokesman Sr. Comr. Hendra Wijaya said it.")[-1] == (
        "Hendra Wijaya",
        ["sr", "commissioner"],
    )
    assert titled("Comr. Budi Santoso said so.") == [("Budi Santoso", ["commissioner"])]
    assert titled("He walked down Regent Street.") == [("Regent Street", [])]


def test_an_office_of_a_title_after_an_owner_is_one_organisation():
    assert split_titles(["NASA's", "Office", "of", "Inspector", "General"]) == 0
    body = "A report by NASA's Office of Inspector General said the agency \"lacks a clear plan.\""
    assert _speakers(body) == ["NASA's Office of Inspector General"]


def test_a_rank_s_grade_is_the_title_s():
    assert split_titles(["Sgt.", "1st", "Class", "Marcus", "Delgado"]) == 3
    assert split_titles(["Chief", "Warrant", "Officer", "2", "Marcus", "Delgado"]) == 4
    body = (
        "Sgt. 1st Class Marcus Delgado said the march was \"too long.\" Chief Warrant Officer 2 Ann Reyes said it was "
        '"fine."'
    )
    assert _speakers(body) == ["Marcus Delgado", "Ann Reyes"]


def test_a_private_s_and_a_specialist_s_abbreviation_are_titles():
    assert [title_role(t) for t in ("Pfc.", "Pvt.", "Spc.")] == ["private", "private", "specialist"]
    assert _speakers('Pfc. Marcus Delgado said it was "hard." "No," the private said.') == ["Marcus Delgado"] * 2
