"""A quotation announced with a colon by its sentence's subject, then "he said" ("Judge Mora saw it
differently: '...,' he said"), is the subject's, over another subject of the sentence before (speakers/subjects.py).
And the paragraph before is taken up only by its plain subject, not by the reporter of a report whose subject
the parser put inside the content."""

from __future__ import annotations

from quotelens import load_article


def test_the_subject_before_the_colon():
    text = (
        "Talk-show host denied bail\n\n"
        "Prosecutors played clips from Henley's show, in which Henley talks about hiding guns. And, in a clip that "
        'U.S. District Judge Peter Mora called "ugly," Henley said he would "fight to the end."\n\n'
        "Henley's attorney, Thomas Reade, argued that his client was not to be taken seriously: his words were the "
        'noise of a "shock jock." Mora saw Henley\'s words differently: "When he says he will fight, I believe '
        'him," he said.'
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("I believe him")].iloc[0]["speaker"] == "Peter Mora"
