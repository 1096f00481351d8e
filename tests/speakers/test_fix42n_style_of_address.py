"""A style of address ("Her Royal Highness", "His Excellency") stands for someone; alone it is no one's name: a
quotation that mentions it gives no new person for a later "he said"."""

from __future__ import annotations

from quotelens import load_article
from quotelens.speakers.namekinds import kind_of


def test_a_style_alone_is_no_persons_name():
    assert kind_of(["Royal", "Highness"], []) == "unknown"
    assert kind_of(["Highness"], []) == "unknown"


def test_he_said_after_a_quoted_style_is_the_man_named_before():
    text = (
        "Palace faces questions over charity\n\n"
        "One trustee, Anne Hollis, said she had written twice. “I was told it was not a matter for Her Royal "
        "Highness,” the 70-year-old said.\n\n"
        "Royal biographer Peter Vane said the episode was telling.\n\n"
        "“Nobody checks what happens to the money,” he said."
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["“Nobody checks what happens to the money,”"] == "Peter Vane"
