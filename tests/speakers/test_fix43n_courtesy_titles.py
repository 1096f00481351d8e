"""A courtesy title ("Miss", "Mr") before a surname is a title, never a first name, even where a first name would
be read ("Miss Okoro, who ...": set off and followed by "who"): the name joins the person named in full before."""

from __future__ import annotations

from quotelens import load_article


def test_miss_and_surname_before_who_joins_the_full_name():
    text = (
        "Landlord fined over mould\n\n"
        "A landlord was fined after a tenant, Abena Okoro, 31, fell ill in a damp flat in Leeds.\n\n"
        "Miss Okoro, who lived in the flat for three years, told magistrates she had been 'coughing every night'.\n\n"
        "'I could not breathe in my own bedroom,' she said."
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["she had been 'coughing every night'."] == "Abena Okoro"
    assert speakers["'I could not breathe in my own bedroom,'"] == "Abena Okoro"
