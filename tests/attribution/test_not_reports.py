"""Tests of :mod:`quotelens.attribution.frames.not_reports` on texts written for the test."""

from __future__ import annotations

from tests.attribution.examples import proposals, proposals_in


def test_answered_questions_report_no_words():
    assert proposals("Ruiz answered questions from the Gazette on Monday.") == []
    assert proposals("Ruiz fielded a few questions from reporters.") == []


def test_answered_that_keeps_its_content():
    found = proposals("Ruiz answered that the vote was fair.")
    assert [(p[1], p[3]) for p in found] == [("Ruiz", ["that the vote was fair."])]


def test_a_headline_topic_is_no_report():
    found = proposals_in("Senator Talks Taxes\n\nThe senator spoke on Monday about the new bill in the capital.\n")
    assert all(source != "Senator" for _, source, _ in found)


def test_a_list_label_naming_a_state_is_no_speaker():
    text = "Primary Results\n\nThe results came in late.\n\nNew Hampshire: Sanders won by 22 points over Clinton.\n"
    assert all(source != "New Hampshire" for _, source, _ in proposals_in(text))


def test_a_person_label_still_speaks():
    text = "Interview\n\nThe interview ran long.\n\nChris Matthews: We will be right back after this.\n"
    assert any(source == "Chris Matthews" for _, source, _ in proposals_in(text))


def test_a_lone_adverb_is_no_source():
    found = proposals("“We did our part,” Ivo Marsh said, instead hoping to talk about the harbour.")
    assert all(p[1] != "instead" for p in found)


def test_a_lone_day_is_no_source():
    found = proposals("A new Quinnipiac University poll released Tuesday shows Clinton ahead.")
    assert all(p[1] != "Tuesday" for p in found)


def test_a_day_after_a_participle_gives_the_report_to_the_noun_phrase_it_describes():
    found = proposals("A campaign TV ad released Thursday says that Trump cannot be trusted.")
    assert [(p[1], p[2]) for p in found] == [("A campaign TV ad", "says")]


def test_a_participle_before_a_day_and_a_report_verb_is_no_report_of_its_own():
    found = proposals("A new Quinnipiac University poll released Tuesday shows Clinton ahead.")
    # (the poll's phrase is whole, its post-modifier too, as PolNeAR's sources are: issue 18, canon43)
    expected = [("A new Quinnipiac University poll released Tuesday", "shows", ["Clinton ahead."])]
    assert [(p[1], p[2], p[3]) for p in found] == expected


def test_a_content_that_only_says_when_is_no_report():
    from quotelens import load_article

    art = load_article("Title\n\nA Downing Street spokesman said talks with Brussels would continue next week.")
    # not "Brussels" for "next week."; an unnamed spokesman speaks for the body named (speakers/spokespeople.py)
    assert list(art.quotes.mention_text) == ["A Downing Street spokesman"]
    assert list(art.quotes.speaker) == ["Downing Street"]
    rows = proposals("Officials said Thursday that the pier would reopen. He said this.")
    assert ("Officials", "said", ["that the pier would reopen."]) in [r[1:] for r in rows]
    assert ("He", "said", ["this."]) in [r[1:] for r in rows]  # a pro-form is no time phrase


def test_a_colon_dateline_after_a_byline_line_is_no_speaker():
    text = (
        "Court Reserves Verdict\n\nAmina Shah | Published March 12, 2025\n\n"
        "ISLAMABAD: The Supreme Court on Tuesday reserved its verdict on the petitions against the law.\n"
    )
    assert all(source != "ISLAMABAD" for _, source, _ in proposals_in(text))


def test_a_refusal_to_comment_reports_no_object():
    rows = proposals("The Treasury declined to comment on monetary policy.")
    assert not any(cue == "comment on" for _, _, cue, _ in rows)  # (the refusal itself may be the report)


def test_a_content_that_only_says_how_is_no_report():
    assert proposals("The White House pushed back hard.") == []
    assert proposals("Daniel saw it differently.") == []
    assert [c for *_, c in proposals("He said “absolutely.”")] == [["“absolutely.”"]]  # (quoted words stay)
