"""A body whose name ends in its number ("United Food Processing Workers Local 902") keeps the number, and
"Local 902" later is that body, as the tail of an organisation's name named before is."""

from quotelens.article import load_article


def test_a_union_local_keeps_its_number_and_its_short_name() -> None:
    text = (
        "The deal between the company and United Bakery Workers Local 417 came after a long session.\n\n"
        "Local 417 said on its website that ratification votes would be held Sunday."
    )
    quotes = load_article("Headline\n\n" + text).quotes
    assert list(quotes["speaker"]) == ["United Bakery Workers Local 417"]


def test_the_tail_of_a_committee_named_before_is_that_committee() -> None:
    text = (
        "The Senate Judiciary Committee met on Tuesday.\n\n"
        "The Judiciary Committee said in a statement that hearings would resume in March."
    )
    quotes = load_article("Headline\n\n" + text).quotes
    assert list(quotes["speaker"]) == ["Senate Judiciary Committee"]
