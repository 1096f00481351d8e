"""A cue followed by ", and" and the next verb of a series reports nothing ("than the results suggested, and
pointed to ..."): the next verb shares the sentence's subject."""

from quotelens.article import load_article


def test_a_comma_and_after_a_cue_is_the_next_verb_not_its_content() -> None:
    text = (
        "Belanger said the unit had generated more chances than the results suggested, "
        "and pointed to a stretch of six games."
    )
    quotes = load_article("Headline\n\n" + text).quotes
    pointed = quotes[quotes["text"].str.contains("stretch of six games")]
    assert list(pointed["speaker"]) == ["Belanger"]


def test_a_comma_and_before_another_subject_keeps_the_report() -> None:
    # (a reviewer's probe: the first version dropped Cole's report for any ", and" after the cue)
    quotes = load_article("Headline\n\nRep. Dana Cole said, and party leaders agreed, that the bill would pass.").quotes
    assert "Dana Cole" in list(quotes["speaker"])
