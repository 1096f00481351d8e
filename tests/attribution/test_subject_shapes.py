"""Subjects the frames used to miss: a post-modifier ending in a possessed noun ("a source familiar with
Cruz's thinking said"), a quoted show after a preposition ("Speaking on “This Week,” Carson said"), and
an infinitive whose subject is shared with a verb before "but" ("..., but went on to say C"); "C according
to X" with no comma before it; a lower-case listener of "tell" ("told the crowd he would")."""

from quotelens.attribution import attributions_in


def _reports(body: str) -> list[tuple[str, str, str]]:
    text = "Headline\n\n" + body
    out = []
    for a in attributions_in(text):
        src = text[a.source[0] : a.source[1]] if a.source else ""
        cue = text[a.cue[0] : a.cue[1]] if a.cue else ""
        out.append((src, cue, " ".join(text[s:e] for s, e in a.content)))
    return out


def test_post_modifier_with_a_possessed_noun():
    for body in (
        "A source familiar with Cruz’s plans said he would try.",
        "A source familiar with his thinking said he would try.",
    ):
        (report,) = _reports(body)
        assert report[0].startswith("A source familiar with") and report[2] == "he would try."


def test_quoted_show_after_a_preposition_is_no_quotation():
    reports = _reports("Speaking on “This Week,” Carson said his campaign had found the article.")
    assert reports == [("Carson", "said", "his campaign had found the article.")]


def test_shared_subject_of_but_went_on_to_say():
    reports = _reports("Trump joked that Brooklyn was his answer, but went on to say that places are dangerous.")
    assert ("Trump", "say", "that places are dangerous.") in reports


def test_shared_subject_after_a_quoted_show():
    body = "Speaking on ABC’s “This Week,” Carson admitted that the name was wrong, but said the article was found."
    assert ("Carson", "said", "the article was found.") in _reports(body)


def test_according_to_with_no_comma_credits_what_came_before():
    reports = _reports(
        "Clinton leads Sanders by 271 delegates according to a count by The Associated Press, but he has vowed to go on."
    )
    assert ("The Associated Press", "according to", "Clinton leads Sanders by 271 delegates") in reports
    assert not any(cue == "according to" and content.startswith("but") for _, cue, content in reports)


def test_according_to_opening_a_clause_credits_what_follows():
    assert ("the report", "According to", "the agency failed.") in _reports(
        "According to the report, the agency failed."
    )
    assert ("the report", "according to", "the agency failed.") in _reports(
        "But according to the report, the agency failed."
    )


def test_a_lower_case_listener_of_tell():
    for listener in ("the crowd", "his aides", "aides", "his audience"):
        reports = _reports(f"Trump told {listener} he would not quit.")
        assert reports == [("Trump", "told", "he would not quit.")]
    assert _reports("Trump told the story he had heard.") == []


def test_shared_subject_after_a_dashed_aside():
    body = "In a speech from Wyoming -- which holds a caucus on Saturday -- Sanders claimed momentum and argued he is stronger."
    assert ("Sanders", "argued", "he is stronger.") in _reports(body)


def test_rules_pass_an_occasion_between_listener_and_that():
    text = "Headline\n\nThe CEO told analysts on a conference call Tuesday that demand was strong."
    (att,) = attributions_in(text, use_boundary=False)
    s, e = att.content[0]
    assert text[s:e] == "that demand was strong."


def test_warn_with_a_clause_and_no_listener():
    assert _reports("Experts warn the disease could spread.") == [("Experts", "warn", "the disease could spread.")]
    assert _reports("Doctors warned patients not to travel.") == [("Doctors", "warned", "not to travel.")]


def test_a_dashed_aside_after_the_cue():
    reports = _reports("Manafort said — on Twitter, as it happens — that Trump raised $4 million.")
    assert reports == [("Manafort", "said", "that Trump raised $4 million.")]


def test_a_role_toward_someone_is_part_of_the_subject():
    for subject in ("Chad’s Ambassador to France", "An aide to Cruz", "Aides to Clinton"):
        (report,) = _reports(f"{subject} said the plan was dead.")
        assert report[:2] == (subject, "said")


def test_a_long_title_before_a_name_is_the_whole_source():
    body = "The couple were among the passengers, Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz said."
    (report,) = _reports(body)
    assert report[0] == "Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz"


def test_a_report_in_a_relative_clause_ends_with_the_clause():
    reports = _reports("Musa Adamu, who said he had waited for hours, was angry.")
    assert [r[2] for r in reports if r[1] == "said"] == ["he had waited for hours"]
    body = "Sanders, who endorsed Canova in May and said he would campaign with him, ultimately did not show up."
    assert [r[2] for r in _reports(body) if r[1] == "said"] == ["he would campaign with him"]


def test_tell_with_a_clause_and_no_listener_in_a_headline():
    text = "Howard Dean Tells Guns Are ‘The Ultimate Public Health Crisis’\n\nHe spoke on Monday."
    heads = [(text[a.source[0] : a.source[1]], text[a.content[0][0] : a.content[0][1]]) for a in attributions_in(text)]
    assert heads[0][0] == "Howard Dean" and heads[0][1].startswith("Guns Are")


def test_shared_subject_after_comma_then():
    assert ("Clinton", "said", "the plan was dead.") in _reports("Clinton paused, then said the plan was dead.")
