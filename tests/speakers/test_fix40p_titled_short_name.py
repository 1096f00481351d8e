"""A person first named by an unfamiliar full name ("candidate, Chidera Okonkwo-Bello") and later with a title
("Mr Okonkwo-Bello") is a person as surely as one introduced with the title: a "he" after his quotation in his
own paragraph is him, not a man quoted in the paragraph before."""

from __future__ import annotations

from quotelens import load_article


def test_a_titled_short_name_says_person():
    text = (
        "Opposition rejects Ondo result\n\n"
        "The commission declared the ruling party the winner, with 210,000 votes against 198,000 for the opposition "
        "candidate, Chidera Okonkwo-Bello.\n\n"
        "\"This result was cooked in the capital,\" party chairman Alhaji Ibrahim Yakubu Danladi told journalists.\n\n"
        "Mr Danladi said the party had evidence of altered result sheets.\n\n"
        "Mr Okonkwo-Bello, a 51-year-old former lawyer, urged his supporters to stay calm. \"Do not give them a reason. "
        "They want us to fight so they can blame us,\" he said on Tuesday."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("give them a reason")].iloc[0]["speaker"] == "Chidera Okonkwo-Bello"
