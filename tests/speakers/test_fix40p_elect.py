"""Nobody is introduced as "governor-elect": "the governor-elect" is the one the article says was declared the
winner ("declared Alhaji Sule Bello the winner") or won, not the nearest man quoted."""

from __future__ import annotations

from quotelens import load_article


def test_the_elect_is_the_declared_winner():
    text = (
        "Ruling party holds Kogi\n\n"
        "The commission declared Alhaji Sule Danjuma Bello of the ruling party the winner on Tuesday, ahead of the "
        "opposition candidate, Chinedu Obi.\n\n"
        "\"This result was written before a vote was cast,\" party chairman Ibrahim Musa Tanko told journalists.\n\n"
        "Mr Tanko said the party had evidence of altered result sheets.\n\n"
        "The governor-elect dismissed the accusations and said the opposition should \"accept the will of the people\"."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("will of the people")].iloc[0]["speaker"] == "Sule Danjuma Bello"
