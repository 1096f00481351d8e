"""Roles set off after a name: quotelens/speakers/apposition.py (through whole articles)."""

from __future__ import annotations

from quotelens import load_article


def last_speaker(text: str) -> str:
    q = load_article(text).quotes.drop_duplicates("group")
    return str(q.iloc[-1].speaker)


def test_one_who_heads_a_body_is_its_head():
    text = (
        "Housing\n\nAnn Lee, who heads the Springfield Housing Agency, said the plan was late.\n\n"
        "Mayor Jo Hale said that the plan was fine.\n\nThe agency head said that the money was gone."
    )
    assert last_speaker(text) == "Ann Lee"


def test_the_former_secretary_of_state_is_the_one_introduced_so():
    text = (
        "Talks\n\nFormer Secretary of State Hillary Clinton said the plan was late.\n\n"
        "Donald Trump said that the plan was fine.\n\nThe former secretary of state said that the money was gone."
    )
    assert last_speaker(text) == "Hillary Clinton"


def test_a_lower_case_of_complement_closing_the_apposition_belongs_to_the_role():
    text = (
        "Talks\n\nBernie Sanders spoke first. Hillary Clinton, the former secretary of state, spoke next.\n\n"
        "Sanders said the plan was fine.\n\nThe former secretary of state said that the money was gone."
    )
    assert last_speaker(text) == "Hillary Clinton"


def test_the_one_a_body_is_headed_by_is_its_head():
    text = (
        "Court\n\nA three-member bench headed by Justice Farrukh Irfan Qureshi heard the petitions. "
        "Counsel Makhdoom Ali Rizvi argued the case.\n\n"
        "Outside the court, union president Nadeem Ashraf Cheema told reporters that the protest would go on.\n\n"
        'Before rising, the head of the bench said: "We will write it for the Constitution."'
    )
    assert last_speaker(text) == "Farrukh Irfan Qureshi"


def test_the_body_is_not_the_one_who_heads_it():
    text = (
        "Court\n\nThe court reserved its verdict, with the bench observing that the law was "
        '"so wide that a cartoon could fall within it".\n\n'
        "A three-member bench headed by Justice Farrukh Irfan Qureshi heard the petitions."
    )
    q = load_article(text).quotes
    assert "Qureshi" not in str(q.iloc[0].speaker)


def test_a_scholar_set_off_after_a_name_is_the_scholar():
    text = (
        "Talks\n\nTsegaye Regassa, a constitutional law scholar at Addis Ababa University, said the parties were "
        'divided.\n\n"Both are right," the scholar said.'
    )
    assert last_speaker(text) == "Tsegaye Regassa"


def test_an_ar_noun_is_a_role_only_when_it_names_a_person():
    """"a constitutional law scholar" is a role; "a nuclear", "popular", "of Qatar" are not (review: any -ar word
    was one, and a phrase opening with "of" read its last word)."""
    from quotelens.speakers.apposition import role_head

    assert role_head(["a", "constitutional", "law", "scholar"])
    assert role_head(["the", "parish", "vicar"])
    assert not any(role_head(["a", w]) for w in ("nuclear", "popular", "familiar", "solar", "Qatar"))
    assert not role_head(["of", "qatar"])
