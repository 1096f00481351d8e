"""Malaysian styles of honour before a name ("Datuk Seri Amran Yusof", "Datin Faridah Osman", "Datuk Nor Azlina
Ismail") are titles, like "Tan Sri": the speaker is the name after them. "Seri" is one only after another style
(not "Seri Kembangan", a town)."""

from __future__ import annotations

from quotelens import load_article
from quotelens.speakers.titles import split_titles


def test_malaysian_styles_are_not_part_of_the_name():
    text = (
        "Ministry warns of loan scams\n\n"
        "KUALA LUMPUR: The government will tighten the rules on online lenders, Finance Minister Datuk Seri Amran "
        "Yusof said on Monday.\n\n"
        '"Nobody should lose their savings to a fake app," said Datin Faridah Osman, who heads the consumer group.\n\n'
        "Datuk Nor Azlina Ismail, the bank's chief, said lenders must comply."
    )
    q = load_article(text).quotes
    speakers = dict(zip(q["text"], q["speaker"], strict=True))
    assert speakers["The government will tighten the rules on online lenders"] == "Amran Yusof"
    assert speakers['"Nobody should lose their savings to a fake app,"'] == "Faridah Osman"
    assert speakers["lenders must comply."] == "Nor Azlina Ismail"


def test_seri_is_a_style_only_after_another():
    assert split_titles(["Datuk", "Seri", "Amran", "Yusof"]) == 2
    assert split_titles(["Seri", "Kembangan"]) == 0
