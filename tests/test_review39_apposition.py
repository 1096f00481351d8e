"""Round 39, item 6: the name set off after a role noun is the speaker, also with its title and its organisation
after "of" ("Her co-author, Dr. Sarah Lindgren of Uppsala University, said"); the organisation is no part of it."""

from __future__ import annotations

from quotelens.article import load_article


def speakers(text: str) -> list[str]:
    return [str(s) for s in load_article("Headline\n\n" + text).quotes["speaker"]]


def test_the_apposed_name_with_its_affiliation_speaks() -> None:
    text = "Her co-author, Dr. Sarah Lindgren of Uppsala University, said the results held."
    assert speakers(text) == ["Sarah Lindgren"]
    assert speakers("The rival coach, Sam Ortiz of the Tigers, said the team was tired.") == ["Sam Ortiz"]
