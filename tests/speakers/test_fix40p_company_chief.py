""""The Tamar chief" is the one introduced as "Tamar Metals CEO": a company's short name and "chief" describe its
chief executive, even paragraphs later and after another man was quoted."""

from __future__ import annotations

from quotelens import load_article


def test_the_company_chief_is_its_ceo():
    text = (
        "Tamar wins copper licences\n\n"
        "The ministry awarded five copper licences to a group led by Tamar Metals Co. on Tuesday.\n\n"
        "Tamar Metals CEO Yusuf bin Khalid Al-Harbi told reporters that drilling would start within months.\n\n"
        "\"We have spent two years building the team,\" Al-Harbi said.\n\n"
        "The ministry said the licences would bring in SR2 billion over a decade.\n\n"
        "Analysts were cautious about the price of copper.\n\n"
        "\"Copper is a cyclical market,\" Dr. Faisal bin Omar Al-Dossari, a professor of economics at King Saud "
        "University, told Arab News.\n\n"
        "Al-Dossari said the bigger test would be refining at home.\n\n"
        "Asked about refining, the Tamar chief said the group was in talks with two partners. \"We are not here to "
        "ship rocks,\" he said."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("not here to ship rocks")].iloc[0]["speaker"] == "Yusuf bin Khalid Al-Harbi"
