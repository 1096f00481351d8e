"""A titled name opening a quotation inside a quotation ("and say, 'Mr. Wendt, this is wrong'") is the one spoken
to, as an untitled one is ("'Debbie, I'm staying'"): it does not rule him out as the speaker of the quotation."""

from __future__ import annotations

from quotelens import load_article


def test_a_titled_name_spoken_to_may_be_the_speaker():
    text = (
        "A novelist comes home\n\n"
        "Paul Wendt, who taught Jane Orr at school and who is now 80, keeps her letters in a drawer. He said she "
        "had been the best student he ever had.\n\n"
        "“She would come to my desk with the book open and say, ‘Mr. Wendt, this is wrong,’” he recalled. "
        "“I thought she would be a lawyer.”"
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("this is wrong")].iloc[0]["speaker"] == "Paul Wendt"
