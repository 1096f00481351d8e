"""A person named inside an opening participle phrase ("Speaking beside Mr Okafor,", "Asked whether the mayor had
called Ms Hale about it,") is that phrase's object, not the subject of the clause after it: its "he" or "she" is
the subject of the sentence before, as after any short fronted phrase."""

from __future__ import annotations

from quotelens import load_article


def test_speaking_beside_a_name():
    text = (
        "Police break up fake-job ring\n\n"
        "Police have arrested 14 people over a fake-job ring that cheated 900 victims, Inspector-General Samuel "
        "Okafor said on Monday.\n\n"
        "Mr Okafor said the ring had used messaging apps to recruit victims. He added that officers had seized "
        "40 phones and frozen 120 bank accounts.\n\n"
        '"If an offer sounds too good to be true, it is a trap," said fraud unit chief Daniel Mensah.\n\n'
        "Interior Minister Kwame Boateng, who was also present, said the arrests showed that the new task force "
        "was working. Speaking beside Mr Okafor, he said the government would table a new fraud bill next month."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("table a new fraud bill")].iloc[0]["speaker"] == "Kwame Boateng"


def test_asked_whether_a_name():
    text = (
        "Mayor backs inquiry\n\n"
        "Contractor Nadia Hale told the council on Monday that she had been asked to sign blank invoices.\n\n"
        '"We will find out who signed them," Hale said. She said she had kept copies of every invoice.\n\n'
        "City spokeswoman Irene Vogt said the mayor had ordered an audit of every contract signed since 2019.\n\n"
        '"Nothing will be hidden," Vogt told reporters.\n\n'
        "Asked whether the mayor had spoken to Hale about the invoices, she said the council would wait for the "
        "auditors' report."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("wait for the")].iloc[0]["speaker"] == "Irene Vogt"
