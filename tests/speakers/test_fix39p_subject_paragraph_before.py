"""A paragraph that opens with a "he" or "she" (or with a quotation and then "he said") takes up the one person
who is the subject of the previous paragraph's last sentence, over another named inside it ("Sen. A, who has
clashed with B, was blunter. // '...,' he said": A), as it does within a paragraph (speakers/subjects.py)."""

from __future__ import annotations

from quotelens import load_article


def test_the_subject_of_the_paragraph_before():
    text = (
        "Whitlow holds up the water bill\n\n"
        "Rep. Thomas Whitlow said on Monday that he would block the water bill until the dam money was restored.\n\n"
        "“We have the votes and we have the time,” Whitlow said. “They know where to find me.”\n\n"
        "Whitlow, for his part, brushed off suggestions that he was stalling the bill for one county.\n\n"
        "“My district wants this done. That is the whole story,” he said. “Nobody calls it stalling.”\n\n"
        "Sen. Harold Brisk, who is retiring in January and has feuded with Whitlow for years, was less hopeful.\n\n"
        "“Nobody here believes that timetable,” he said."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("believes that timetable")].iloc[0]["speaker"] == "Harold Brisk"
