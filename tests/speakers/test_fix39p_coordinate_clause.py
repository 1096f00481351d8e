"""A he or she opening a clause joined by "but", "and", "yet" or "so" (or after a semicolon) takes up the one
subject of its own sentence before it ("Goodhew has not spoken since, but he told the meeting ...": Goodhew),
over the story's most quoted person (speakers/subjects.py)."""

from __future__ import annotations

from quotelens import load_article


def test_the_subject_of_the_first_clause():
    text = (
        "Pressure grows on Vance after fourth defeat\n\n"
        "Peter Vance insisted on Friday that he still had the backing of the dressing room.\n\n"
        "“The players are with me. I see it every day,” Vance said. “We will turn this around.”\n\n"
        "He added that he would not change his system. “It got us promoted,” he said.\n\n"
        "Vance was asked about reports that the chairman, Alan Birch, had spoken to two possible replacements.\n\n"
        "“I speak with Alan every week,” Vance said. “He has told me nothing new.” He smiled, then added: “Maybe "
        "I read a little.”\n\n"
        "Birch has not commented since the defeat at Eastfield, but he told supporters last month that he would "
        "not “make changes for the sake of it”."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("for the sake of it")].iloc[0]["speaker"] == "Alan Birch"
