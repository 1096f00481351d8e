"""A name set off after a description owned by another name that opens its sentence ("Mr Lowe's neighbour, Sam
Tiller, has sold ...") is the clause's subject, as after "Her colleague," (speakers/mentions.py): the next
paragraph's "He said" is the neighbour, not the owner."""

from __future__ import annotations

from quotelens import load_article


def test_the_apposed_name_after_a_possessive_is_the_subject():
    text = (
        "Dry winter leaves growers short\n\n"
        "Wheat grower Colin Lowe has farmed near Narrabri for 25 years and says he has never seen a drier June.\n\n"
        "“We have the seed and the machines, we just have no rain,” Mr Lowe told the ABC.\n\n"
        "Mr Lowe’s neighbour, Sam Tiller, has already sold half his cattle.\n\n"
        "He said he would plant only a quarter of his paddocks this year rather than pay for feed.\n\n"
        "“At these prices you are working for nothing,” he said."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("quarter of his paddocks")].iloc[0]["speaker"] == "Sam Tiller"
    assert q[q["text"].str.contains("working for nothing")].iloc[0]["speaker"] == "Sam Tiller"
