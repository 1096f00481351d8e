"""A definite description of three words or more, used again as a source, names the person it named the
first time ("the PML-N leader" twice in a parliamentary story), not the last person quoted."""

from quotelens.article import load_article


def test_the_same_description_names_the_same_person_again() -> None:
    text = (
        "Minister for Parliamentary Affairs Omar Rafiq Sheikh moved the bill on Monday.\n\n"
        '"This is not a political bill," the PML-N leader told the house.\n\n'
        "Minister of State for Energy Sadia Noor said the cost would be met from savings. "
        "She said the finance ministry had cleared the plan.\n\n"
        'Winding up the debate, the PML-N leader said: "They tore the economy for four years."'
    )
    quotes = load_article("Headline\n\n" + text).quotes
    last = quotes[quotes["text"].str.contains("tore the economy")]
    assert last.iloc[0]["speaker"] == "Omar Rafiq Sheikh"
