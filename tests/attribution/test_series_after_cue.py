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
