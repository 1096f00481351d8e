""""The law officer" names a government's attorney, solicitor or advocate general: the one introduced with that
office, not the lawyer quoted last."""

from __future__ import annotations

from quotelens import load_article


def test_the_law_officer_is_the_solicitor_general():
    text = (
        "Court hears challenge to port scheme\n\n"
        "The High Court on Tuesday heard a challenge to a new container port.\n\n"
        "Counsel for the fishermen, Priya Rao, said that the approval had ignored the surveys. "
        '"Nobody has read them," she said. Rao told the bench the port would empty the bay of fish. '
        '"The bay is all these families have," Rao said.\n\n'
        "Solicitor General Tomas Ridley said the plans had been approved by the cabinet. Rao interjected that no "
        "survey had been published.\n\n"
        '"The surveys were placed before the cabinet in full," the law officer said.'
    )
    q = load_article(text).quotes
    hits = q[q["text"].str.contains("placed before the cabinet", regex=False)]
    assert hits.iloc[0]["speaker"] == "Tomas Ridley"
