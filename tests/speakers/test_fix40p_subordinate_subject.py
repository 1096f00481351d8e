"""A "she" right after a quotation that opens a paragraph takes up the subject of the sentence before, and when two
women are subjects there, the one of the main clause ("She had hammered Ms Ortiz for months, when Ortiz called her
..."), not the one of a clause a "when", "after" or "because" opens inside it."""

from __future__ import annotations

from quotelens import load_article


def test_the_main_clause_subject_over_a_subordinate_one():
    text = (
        "Ortiz wins Arizona race\n\n"
        "Democrat Maria Ortiz won the race for governor on Tuesday, beating Republican Susan Kell.\n\n"
        "Ortiz, a former mayor of Yuma, told supporters that voters had \"chosen to keep building.\"\n\n"
        "\"We did it together,\" Ortiz said. \"Now the work begins.\"\n\n"
        "Kell conceded in Tucson, where she thanked her volunteers.\n\n"
        "\"The voters have spoken,\" Kell told the crowd.\n\n"
        "Kell, 61, ran on cutting the sales tax. She had hammered Ortiz for months over a water deal, and the two "
        "traded barbs in their last debate, when Ortiz accused her of \"never having run anything.\"\n\n"
        "\"I stand by every word I said,\" she told reporters. \"But tonight I wish her well.\""
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("stand by every word")].iloc[0]["speaker"] == "Susan Kell"
