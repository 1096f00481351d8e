"""A capitalised name ending in a firm's word ("Research") names an organisation, even
after a person's role ("short seller X Research"): a "she" after its founder is named goes to her, not the firm."""

from __future__ import annotations

from quotelens import load_article

TEXT = (
    "Drone maker's shares slide\n\n"
    "Kitemark Aerial lost a third of its value this year.\n\n"
    "The trouble began in March, when short seller Greyling Research accused Kitemark of inflating its orders. "
    'The report, which ran to 40 pages, said some orders "may never be filled." Greyling said it was short the '
    "stock.\n\n"
    'Tom Varga at Fenwick Securities kept his rating, saying costs would rise. "Orders are not profit," Varga '
    "wrote.\n\n"
    'Kitemark called the report "a hit job" and said its auditors had signed off on every order.\n\n'
    'Greyling founder Ruth Calloway stood by the research. "The numbers simply do not add up," she said in an '
    "email. She added that the firm had sent its analysis to regulators.\n\n"
    "Lena Park, a fund manager at Ostrava Advisors, which owns Kitemark shares, said the selloff was overdone."
)


def test_a_research_firm_is_an_organisation():
    speakers = load_article(TEXT).speakers
    types = dict(zip(speakers["name"], speakers["type"], strict=True))
    assert types["Greyling Research"] == "organisation"


def test_she_after_the_founder_is_named_is_the_founder():
    q = load_article(TEXT).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers['"The numbers simply do not add up,"'] == "Ruth Calloway"
    assert speakers["that the firm had sent its analysis to regulators."] == "Ruth Calloway"


def test_unlisted_given_name_of_a_research_firm_is_a_person():
    text = (
        "Chip deal questioned\n\n"
        "A fund agreed to buy a chip plant on Monday.\n\n"
        'Aiko Tanabe of Kurosaki Research was more skeptical. "Funds buy to sell," Tanabe said.'
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers['"Funds buy to sell,"'] == "Aiko Tanabe"
