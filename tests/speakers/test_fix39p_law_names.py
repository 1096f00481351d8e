"""A law's or a document's name ("the Water Services Amendment Bill", "the Clean Air Act") is never "she" or
"he", even when a misread "who" after it gave it a report (speakers/ranker.py)."""

from __future__ import annotations

from quotelens import load_article


def test_a_bill_is_no_she():
    text = (
        "Assembly passes water bill\n\n"
        "The Kerala Legislative Assembly on Monday passed the Kerala Water Services (Tariff Boards) Amendment Bill, 2025, amid a "
        "walkout by members of the opposition, who accused the ruling front of “using the House to settle scores with the Governor”.\n\n"
        "Moving the Bill, Water Resources Minister Vasanthi Kumaresan said the amendment would let district boards "
        "set tariffs. She said 40 of the 90 boards had not met for two years."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("40 of the 90 boards")].iloc[0]["speaker"] == "Vasanthi Kumaresan"
