"""A possessed relation ("her mother", "his wife") is someone of the possessor's, never the possessor: with no one
introduced in that relation, it is nobody the article has named (a review found the family-name guess giving a
woman's husband to a governor of her surname, and her husband as her son)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

BODY = (
    "Grace Achieng, who taught at the village school for forty years, died on Sunday. Her daughter, Ruth Achieng "
    "Otieno, said she had been unwell since March.\n\n"
    "Her granddaughter, Amina Otieno, a medical student in Nairobi, said she chose medicine after watching her "
    "grandmother nurse neighbours through an outbreak in 2009. Her mother said the family had doubted the "
    "school would ever close.\n"
)


def test_her_mother_is_never_her():
    assert speaker_holding(BODY, "the family had doubted") == "her mother"  # (not Amina Otieno)


def test_a_namesake_is_not_her_husband():
    body = (
        "Gov. Bill Lee declared a state of emergency on Friday as the river rose.\n\n"
        "Shelters opened in four counties. Schools were closed.\n\n"
        "Sara Lee, 34, lost her car in the flood. Her husband said the family would stay with friends.\n"
    )
    assert speaker_holding(body, "would stay with friends") == "her husband"  # (not Bill Lee, not Sara Lee)


def test_a_relative_nobody_of_that_name_fits_is_left_unnamed():
    body = BODY.replace("Ruth Achieng Otieno", "Ruth Achieng Mwangi")
    assert speaker_holding(body, "the family had doubted") == "her mother"  # (an unnamed source, not Amina)


def test_a_relative_introduced_in_that_relation_is_still_taken_up():
    body = (
        "Lena Vos grew up in Utrecht. Her mother, Anke Vos, who is now eighty, remembers a quiet child. "
        '"She read everything," her mother told me.\n'
    )
    assert speaker_holding(body, "She read everything") == "Anke Vos"
