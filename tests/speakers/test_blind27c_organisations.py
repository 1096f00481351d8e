"""Organisations of blind round 27 (sets i, j): an organisation's short name after "from" is the organisation,
not a place (speakers/mentions.py)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_an_organisation_s_short_name_after_from_is_the_organisation():
    body = (
        "Veltrane Therapeutics makes the vaccine. According to a statement from Veltrane, 80% of patients were protected."
    )
    assert _speakers(body) == ["Veltrane Therapeutics"]


def test_a_place_s_name_after_from_stays_a_place():
    body = "Boston Scientific makes stents. According to a report from Boston, sales fell."
    assert _speakers(body) != ["Boston Scientific"]


def test_a_kind_noun_before_an_organisation_s_name_is_no_part_of_it():
    body = (
        "State news agency Belvora reported that the ferry sank. The agency said three people were missing."
    )
    assert _speakers(body) == ["Belvora", "Belvora"]


def test_a_country_s_possessive_stays_in_its_body_s_name():
    body = (
        "The French Foreign Ministry said the ruling was unfair. Egypt’s Foreign Ministry rejected that, "
        "saying its courts were independent. Britain's Foreign Office said it was watching."
    )
    assert _speakers(body) == [
        "French Foreign Ministry",
        "Egyptian Foreign Ministry",
        "Egyptian Foreign Ministry",
        "British Foreign Office",
    ]


def test_a_description_ending_one_organisation_s_name_refers_to_it_far_back():
    paragraphs = [
        "The Scottish Fire and Rescue Service said crews had rescued 40 people.",
        "The Red Cross said it had opened three shelters.",
        "Highland Power said 9,000 homes were without electricity.",
        "The mayor, Jo Hale, said the town would recover.",
        "“We will rebuild,” Hale said.",
        "The Red Cross said volunteers were needed.",
        "Highland Power said repairs could take days.",
        "The rescue service warned that more rivers could burst their banks.",
    ]
    assert _speakers("\n\n".join(paragraphs))[-1] == "Scottish Fire and Rescue Service"


def test_a_company_name_ending_in_ly_set_off_as_a_startup_is_the_company_named_later():
    body = (
        "Quantly, a Berlin-based startup, has raised $30 million in a round led by Balderton Partners, "
        "the company announced Monday. The company says it now has 300 customers."
    )
    assert _speakers(body) == ["Quantly", "Quantly"]


def test_a_capitalised_the_inside_a_sentence_opens_a_paper_s_name():
    from quotelens import load_article

    text = "Headline\n\nPop star Lexi Moon is heartbroken after her husband moved out, The Star can reveal."
    speakers = load_article(text).speakers
    assert speakers[speakers["name"] == "Star"]["type"].tolist() == ["media"]


def test_a_clinic_is_an_organisation():
    from quotelens import load_article

    speakers = load_article("Headline\n\nDoctors at the Cleveland Clinic said the trial was small.").speakers
    assert speakers[speakers["name"] == "Cleveland Clinic"]["type"].tolist() == ["organisation"]
