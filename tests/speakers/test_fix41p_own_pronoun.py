"""A "she" inside what a speaker just reported ("Noor Haddad ... said she would call a hearing") is the speaker
herself: a "she" after the next quotation takes her up, not a name of an aside about her ("also of the Civic
List") that stands outside the report."""

from __future__ import annotations

from quotelens import load_article


def test_the_reporters_own_pronoun_inside_her_report():
    text = (
        "Budget row deepens\n\n"
        "Finance Minister Eitan Shafir and Housing Minister Dalia Mor clashed again on Sunday over the budget.\n\n"
        'The opposition was quick to react. Opposition leader Yonatan Levy (Civic List) wrote on X: "This '
        'government is busy fighting itself."\n\n'
        "MK Noor Haddad, also of Civic List, who chairs the Knesset Finance Committee, said she would summon "
        'Mor and Shafir to a hearing next week. "Let them argue in front of the cameras," she said.'
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("argue in front of the cameras")].iloc[0]["speaker"] == "Noor Haddad"
