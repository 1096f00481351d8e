""""The startup says", far from its last mention: the company the headline names, not the outlet a founder "told"
a few paragraphs before (speakers/candidates.py)."""

from __future__ import annotations

from quotelens import load_article

_TEXT = """Quillmark raises $18M to check shipping manifests with software

Port paperwork is slow. Quillmark, a two-year-old company from Leeds, thinks it can help.

Quillmark was founded in 2024 by Amara Boateng and Lewis Hart, who met at a freight forwarder.

"We spent half of every week retyping the same numbers," Boateng told Reuters.

Hart said the first version only read printed forms.

"Handwriting was the hard part," he said.

Customers include two ferry operators and a grain trader.

Investors were drawn by the pace of growth, Boateng said.

The startup says it now checks more than 40,000 manifests a month.
"""


def test_the_startup_is_the_headline_company_not_whom_the_founder_told():
    q = load_article(_TEXT).quotes
    hit = q[q["text"].str.contains("40,000 manifests", regex=False)]
    assert hit.iloc[0]["speaker"] == "Quillmark"
