"""Tests of :mod:`quotelens.attribution.frames.headline` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

from quotelens import load_article
from tests.attribution.examples import proposals, proposals_in


def test_headline_is_mined_and_debris_never():
    art = load_article("Smith Says “Nothing Happened”\n\nThe story.\n\nRead more: “Smith said nothing,” he said")
    (row,) = art.quotes.itertuples()
    assert row.paragraph_id == 0 and row.speaker == "Smith" and row.text == "“Nothing Happened”"
    assert row.rule.endswith("(headline)")


def test_a_subhead_in_title_case_reads_like_a_headline():
    found = proposals("Salma Hayek Opens Up About Her Experience Being Discriminated Against")
    assert found == [
        ("source-first (headline)", "Salma Hayek", "Opens Up About", ["Her Experience Being Discriminated Against"])
    ]


def test_headline_kicker_is_not_a_speaker():
    assert [
        p
        for p in proposals_in("The Latest: Sanders Wins The Minnesota Caucuses\n\nThe story.")
        if p[0].startswith("speaker label")
    ] == []


def test_headline_present_tense_of_a_lexicon_verb_is_a_cue():
    rows = proposals_in(
        "Another Party Figure Endorses Mayor Hale.\n\nThe mayor thanked her in a short statement on Monday."
    )
    assert ("source-first (headline)", "Another Party Figure", "Mayor Hale.") in rows
    rows = proposals_in("Netanyahu rejects the mayor's remarks about the pier.\n\nThe mayor did not answer questions.")
    assert ("source-first (headline)", "Netanyahu", "the mayor's remarks about the pier.") in rows


def test_a_topic_label_before_a_report_with_its_own_source_is_no_speaker():
    # British-style headlines open with a topic: the report after the colon has a source of its own.
    art = load_article(
        "Brexit: Theresa May says deal is the best available\n\n"
        "The prime minister told MPs on Monday that her deal was “the best available”."
    )
    first = art.quotes.iloc[0]
    assert (first.mention_text, first.text) == ("Theresa May", "deal is the best available")
    assert "Brexit" not in set(art.quotes.speaker)
    tail = load_article("Coronavirus: Schools to reopen in June, says minister\n\nThe story.").quotes.iloc[0]
    assert (tail.mention_text, tail.text) == ("minister", "Schools to reopen in June")


def test_a_label_before_its_own_words_stays_the_speaker():
    # "Clinton: Time for ..." and a label before a quotation with a first-person report inside it.
    rows = proposals_in("Clinton: Time for a new strategy in Syria\n\nThe story.")
    assert ("speaker label (headline)", "Clinton", "Time for a new strategy in Syria") in rows
    rows = proposals_in("Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary About It\n\nThe story.")
    assert any(r[0] == "speaker label (headline)" and r[1] == "Sidney Blumenthal" for r in rows)


def test_a_reporting_label_stays_the_source_and_a_surname_may_closes_a_name():
    rows = proposals_in("Report: Senator Ana Ruiz Advised The Mayor To Resign\n\nThe story.")
    assert any(r[0] == "speaker label (headline)" and r[1] == "Report" for r in rows)
    art = load_article("Theresa May vows to fight on\n\nMPs will vote on Tuesday.")
    assert list(art.quotes.speaker) == ["Theresa May"]


def test_a_headline_s_passive_participle_credits_nobody_with_its_object():
    accused = load_article("Streaming Startup Lumio Accused of Hiding Losses\n\nThe lawsuit was filed Tuesday.")
    assert "Streaming Startup Lumio" not in set(accused.quotes["mention_text"])
    active = load_article("Trump Accuses Clinton of Lying About Emails\n\nThe speech was on Tuesday.")
    assert list(active.quotes["mention_text"]) == ["Trump"]


def test_a_cue_form_right_after_the_headline_s_verb_is_its_object_not_a_second_verb():
    found = proposals_in("Kremlin Rejects Reports of Cabinet Reshuffle\n\nThe story.")
    assert [(source, content) for _rule, source, content in found] == [("Kremlin", "Reports of Cabinet Reshuffle")]


def test_a_base_form_after_a_plural_noun_is_still_the_headline_s_verb():
    found = proposals_in("Media Reports Reveal Reason Behind the Firing\n\nThe story.")
    assert ("Media Reports", "Reason Behind the Firing") in [(source, content) for _rule, source, content in found]
