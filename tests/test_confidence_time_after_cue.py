"""What follows a cue, for the confidence model: a time phrase then the sentence's end ("researchers reported on
Thursday.") is the end of the report's clause, as "reported." is, not a topic ("reported on the case")."""

from quotelens.article import load_article
from quotelens.confidence import _after_cue


def test_a_time_phrase_then_the_end_reads_as_the_end() -> None:
    text = "reported on Thursday. More"
    assert _after_cue(text, len("reported")) == "stop"
    assert _after_cue("said last week, adding", len("said")) == "comma"
    assert _after_cue("reported on the case.", len("reported")) == "on"


def test_a_study_reported_on_a_day_is_kept() -> None:
    text = "Headline\n\nA new drug cut heart attacks by a third, researchers reported on Thursday."
    assert list(load_article(text).quotes["speaker"]) == ["researchers"]


def test_a_participle_after_a_comma_is_nobody() -> None:
    text = "Headline\n\nThe trial ended early, researchers reported on Thursday, raising hopes for millions of patients."
    assert "raising" not in list(load_article(text).quotes["speaker"])
