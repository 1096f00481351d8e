"""A role set off after a name with no article, opening with a rank, as wires write it ("Helge Brandt, senior
commodities analyst at Nordbank,"): the person has that role, so an organisation's description later ("Iraq's
oil ministry said") does not take him up."""

from quotelens.article import load_article


def roles_of(text: str, name: str) -> str:
    speakers = load_article("Headline\n\n" + text).speakers
    return str(speakers[speakers["name"] == name]["roles"].iloc[0])


def test_a_rank_opens_a_role_without_an_article() -> None:
    text = '"Prices are high," said Helge Brandt, senior commodities analyst at Nordbank in Oslo.'
    assert "senior commodities analyst" in roles_of(text, "Helge Brandt")


def test_a_ministry_after_an_analyst_is_not_the_analyst() -> None:
    text = (
        '"The rollover was priced in," said Helge Brandt, senior commodities analyst at Nordbank.\n\n'
        "Brandt said Iraq had pumped above its quota.\n\n"
        'Iraq\'s oil ministry said in a statement that Baghdad was "fully committed" to the deal.'
    )
    quotes = load_article("Headline\n\n" + text).quotes
    last = quotes[quotes["text"].str.contains("fully committed")]
    assert last.iloc[0]["speaker"] != "Helge Brandt"
