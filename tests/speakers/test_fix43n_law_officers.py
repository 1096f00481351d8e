""" "The law officer" names a government's attorney, solicitor or advocate general: the one introduced with that
office, not the lawyer quoted last. Short passages written for the test."""

from __future__ import annotations

from quotelens import load_article


def test_the_law_officer_is_the_attorney_general():
    text = (
        "Court hears challenge to wind farm\n\n"
        "The Supreme Court on Wednesday heard a challenge to an offshore wind farm.\n\n"
        "Counsel for the villagers, Helen Marr, said that the licence had ignored the bird counts. "
        '"Nobody has checked them," she said. Marr told the judges the turbines would drive the gulls away. '
        '"The cliffs are their home," Marr said.\n\n'
        "Attorney General Victor Crane said the licence had been approved by ministers. Marr interjected that no "
        "count had been published.\n\n"
        '"The counts were given to ministers in full," the law officer said.'
    )
    q = load_article(text).quotes
    hits = q[q["text"].str.contains("given to ministers in full", regex=False)]
    assert hits.iloc[0]["speaker"] == "Victor Crane"
