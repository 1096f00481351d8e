"""A person named later by the opening words of their full name: Malay and Arabic names are used by their
given names ("Ms Siti Mariam" for "Siti Mariam Abdullah"); a "Jr." keeps father and son apart. A
one name on no list is a person when an age or "herself" follows it (a singer's stage name)."""

from quotelens.article import load_article


def speakers(text: str) -> list[str]:
    return list(load_article("Headline\n\n" + text).quotes["speaker"])


def test_titled_given_names_are_the_full_name_before() -> None:
    text = (
        "Minister of State Siti Mariam Abdullah said fines would double. "
        "Ms Siti Mariam said enforcement officers would be added."
    )
    assert speakers(text) == ["Siti Mariam Abdullah", "Siti Mariam Abdullah"]


def test_the_father_of_a_junior_stays_another_person() -> None:
    text = "Donald Trump Jr. said he met the lawyer. Donald Trump said he did not know about it."
    assert speakers(text) == ["Donald Trump Jr.", "Donald Trump"]


def test_two_people_who_share_the_given_names_leave_it_open() -> None:
    text = (
        "Nur Aisyah Rahman said the plan was late. Nur Aisyah Hassan said it was on time. "
        "Ms Nur Aisyah said both were wrong."
    )
    assert speakers(text)[-1] not in ("Nur Aisyah Rahman", "Nur Aisyah Hassan")


def test_one_name_with_herself_is_a_person_of_that_sex() -> None:
    text = (
        "Haneul of the group LUMEN will skip the shows, her agency Brightline said.\n\n"
        "Haneul herself addressed fans hours later in a handwritten letter.\n\n"
        '"I will come back healthier," she wrote.'
    )
    assert speakers(text)[-1] == "Haneul"


def test_one_name_with_an_age_is_a_person() -> None:
    text = (
        "Brightline said Haneul, 24, would rest for a month.\n\n"
        "Haneul told fans she was sorry. \"I will come back,\" the singer said."
    )
    assert speakers(text)[-1] == "Haneul"
