"""An age inside a longer introduced role ("Mr Obi, a 49-year-old former banker,") still says how old the person
is: "the 62-year-old" is someone else, not him, however near he was named."""

from __future__ import annotations

from quotelens import load_article


def test_an_age_inside_a_role_clashes_with_another_age():
    text = (
        "Ruling party holds Kogi\n\n"
        "The commission declared Alhaji Sule Danjuma Bello the winner of the governorship election, ahead of the "
        "opposition candidate, Chinedu Obi.\n\n"
        "Mr Bello thanked the voters on Tuesday.\n\n"
        "Mr Obi, a 49-year-old former banker, urged his supporters to stay calm. \"Do not give them a reason,\" "
        "he said.\n\n"
        "Speaking at his campaign office, the 62-year-old said the opposition should \"accept the will of the people\"."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("will of the people")].iloc[0]["speaker"] == "Sule Danjuma Bello"
