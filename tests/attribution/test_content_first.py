"""Tests of :mod:`quotelens.attribution.frames.content_first` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals


def test_content_first_with_source_and_cue_after():
    (a,) = attributions("“We will rebuild the school,” Anna Kowalski said.")
    assert a["speaker"] == "Anna Kowalski"
    assert a["kind"] == "direct"
    assert a["pieces"] == ["“We will rebuild the school,”"]


def test_inverted_cue_before_source():
    (a,) = attributions("“The budget is balanced,” said Finance Minister Paul Grant.")
    assert a["speaker"] == "Paul Grant"
    assert a["mention"].endswith("Paul Grant")


def test_quote_split_around_the_attribution_is_one_group():
    (a,) = attributions("“The first half is here,” Maria Lopez said, “and the second half is here.”")
    assert a["speaker"] == "Maria Lopez"
    assert a["pieces"] == ["“The first half is here,”", "“and the second half is here.”"]


def test_cue_in_the_middle_cuts_the_inner_report():
    (outer, inner) = attributions("Putin denied any involvement, Tillerson said, but Trump pressed him on it.")
    assert outer["cue"] == "said"
    assert outer["pieces"] == ["Putin denied any involvement", "but Trump pressed him on it."]
    assert inner["cue"] == "denied"
    assert inner["pieces"] == ["any involvement"]


@pytest.mark.parametrize("mark", ["“{}”", '"{}"', "''{}''"])
def test_all_double_quote_styles_make_direct_quotes(mark):
    (a,) = attributions(mark.format("We are ready for the storm,") + " Captain Ada Moss said.")
    assert a["kind"] == "direct"


def test_quote_then_speaker_in_its_own_sentence_with_circumstances():
    quotes = attributions(
        "“We are proud to cast our votes for him!” Senator Jeff Sessions said as he launched the roll call."
    )
    assert quotes[0]["speaker"] == "Jeff Sessions"
    assert quotes[0]["kind"] == "direct"


def test_inverted_source_may_be_a_long_description_before_who():
    (a,) = attributions(
        "“The plan never had a chance,” said Harbor College economist Dana Liu of the port authority, "
        "who resigned last year."
    )
    assert a["mention"] == "Harbor College economist Dana Liu of the port authority"
    assert a["pieces"] == ["“The plan never had a chance,”"]


def test_told_the_newspaper_after_the_quote():
    (a,) = attributions("“Nobody on the board liked the deal,” this source told the Courier.")
    assert a["mention"] == "this source"
    assert a["pieces"] == ["“Nobody on the board liked the deal,”"]


def test_told_her_audience_then_a_second_quote():
    (a,) = attributions(
        "“Teachers carry this town,” she told her audience, a crowd of parents in Leeds. “They deserve more.”"
    )
    assert a["mention"] == "she"
    assert a["pieces"] == ["“Teachers carry this town,”", "“They deserve more.”"]


def test_exclamation_then_speaker_and_a_description():
    (a,) = attributions("“Not one more tree!” Ruth Okafor shouted, a call the crowd took up.")
    assert a["speaker"] == "Ruth Okafor"
    assert a["pieces"] == ["“Not one more tree!”"]


def test_introductory_clause_before_source_is_not_content():
    (a,) = attributions("As the hall fell silent, the chairwoman said, “We will vote tonight.”")
    assert a["mention"] == "the chairwoman"
    assert a["pieces"] == ["“We will vote tonight.”"]


def test_unquoted_statement_around_its_attribution_keeps_its_lead():
    (a,) = attributions("After the court ruled in May, Hebert said, most state laws were thought to be safe.")
    assert a["speaker"] == "Hebert"
    assert a["pieces"] == ["After the court ruled in May", "most state laws were thought to be safe."]


def test_a_quotation_introduced_by_someone_else_with_a_colon_does_not_join():
    found = proposals(
        "“Happy holidays!” he tweeted. “Our grill is the best.”Former governor Jeb Bush broke down what was wrong "
        "with the message to a Dutch newspaper: “What he did was so insensitive.”"
    )
    tweeted = next(f for f in found if f[2] == "tweeted")
    assert tweeted[3] == ["“Happy holidays!”", "“Our grill is the best.”"]


def test_a_quotation_closed_without_a_comma_is_the_subject_of_the_verb_after_it():
    assert proposals("“I am committed to bringing back the mills” sounds great in Youngstown.") == []
    (p,) = proposals('"We have waited for months" said Nick Merrill, a spokesman.')  # (a comma lost)
    assert p[1:3] == ("Nick Merrill", "said")


def test_a_quotation_after_he_added_is_what_he_added():
    found = proposals("“It is a mistake,” he said. “It will hurt us.” He added, “We should stop.”")
    assert [(f[2], f[3]) for f in found] == [
        ("said", ["“It is a mistake,”", "“It will hurt us.”"]),
        ("added", ["“We should stop.”"]),
    ]


def test_a_past_verb_after_the_cue_is_the_speakers_next_act_not_content():
    (p,) = proposals('"We have work to do," she told a cheering crowd, then turned to the mayor.')
    assert p[3] == ['"We have work to do,"']


@pytest.mark.parametrize(
    ("body", "source", "pieces"),
    [
        ("And Trump, said Sunshine, is a good boss.", "Sunshine", ["Trump", "is a good boss."]),
        ("The contrast, said Doyle, would be clear.", "Doyle", ["The contrast", "would be clear."]),
    ],
)
def test_an_inverted_speaker_between_a_short_subject_and_its_predicate(body, source, pieces):
    assert proposals(body) == [("content-first (cue, source)", source, "said", pieces)]


def test_a_closed_quotations_report_goes_on_only_with_quotation_or_its_predicate():
    (p,) = proposals("“I don’t think it’s cut well for him,” he said, just prior to the announcement Friday.")
    assert p[3] == ["“I don’t think it’s cut well for him,”"]
    found = proposals("“Only you, Dinesh,” she said, would use the occasion to reaffirm your love of country.")
    assert len(found[0][3]) == 2


def test_quotation_resumes_after_the_speakers_description():
    (a,) = attributions(
        "“This used to be our back yard,” said Ana Ruiz, director of the harbour board in Vigo, "
        "“but it is now the city's front door.”"
    )
    assert a["speaker"] == "Ana Ruiz"
    assert a["pieces"] == ["“This used to be our back yard,”", "“but it is now the city's front door.”"]


def test_adverb_after_inverted_cue_is_not_the_source():
    (a,) = attributions("“It was a fair fight,” Ola Berg, the club's coach, said just after midnight.")
    assert a["speaker"] == "Ola Berg"
    assert a["pieces"] == ["“It was a fair fight,”"]


def test_writer_goes_on_after_and():
    (a,) = attributions("“Follow us,” Ms. Gil said, and the boys, curious, trailed behind.")
    assert a["pieces"] == ["“Follow us,”"]


def test_listener_after_told_is_never_an_inverted_speaker():
    (a,) = attributions("“We were wrong from the start,” Ramos, 58, told AFP in an interview.")
    assert a["speaker"] == "Ramos"
    assert a["pieces"] == ["“We were wrong from the start,”"]


def test_quote_then_speaker_said_to_a_crowd():
    (a,) = attributions("“Why would you trust them?” Mark Hale said to a crowd of about 500.")
    assert a["speaker"] == "Mark Hale"
    assert a["pieces"] == ["“Why would you trust them?”"]


def test_leading_conjunction_is_not_content():
    (a,) = attributions("But the harbour has seen a surge of new ships this year, Ms. Lee said.")
    assert a["pieces"] == ["the harbour has seen a surge of new ships this year"]


def test_name_right_after_the_quote_speaks_past_a_long_description():
    (a,) = attributions(
        "“The new plans are steps in the right direction,” Anne Richards, assistant secretary for "
        "population, refugees, and migration, said on the call."
    )
    assert a["speaker"] == "Anne Richards"


def test_circumstance_after_a_closed_quotation_is_not_content():
    (p,) = proposals("“The roof will hold,” he said outside the town hall.")
    assert p[1:] == ("he", "said", ["“The roof will hold,”"])
    (p,) = proposals('"We lost the vote," Mara Diaz told Channel Nine in 2019, a month before the move.')
    assert p[1:] == ("Mara Diaz", "told", ['"We lost the vote,"'])


def test_triple_closing_mark_ends_inner_and_outer_quotation():
    rows = proposals("''They told us, 'Wait until spring,''' said Mr. Olsen, who runs a bakery.")
    said = next(p for p in rows if p[2] == "said")
    assert said[1] == "Mr. Olsen"
    assert said[3] == ["''They told us, 'Wait until spring,'''"]


def test_question_mark_ends_the_quoted_sentence_before_its_attribution():
    rows = proposals("“Who will pay for it?” Ruth Amir told reporters during a call on Tuesday.")
    assert [p[1:] for p in rows] == [("Ruth Amir", "told", ["“Who will pay for it?”"])]


def test_suffix_with_comma_stays_in_the_name():
    (p,) = proposals("“It was a mistake,” Carl B. Moss Jr., the former mayor, said on Monday.")
    assert p[1] == "Carl B. Moss Jr."


def test_described_speaker_after_a_quotation_and_a_cue_in_a_relative_clause():
    p, relative = proposals('"It is a mess," Ana Ruiz, 49, a nurse from Dayton, Ohio, who voted for him, said.')
    assert p[1:4] == ("Ana Ruiz", "said", ['"It is a mess,"'])
    # (the relative clause is a report of its own: who is voted for, as PolNeAR marks "voted for him")
    assert relative[1:4] == ("who", "voted for", ["him"])
    (p,) = proposals("“We had better days,” delegate Jo Hale, wearing a hat and “Ruiz” pins, said matter-of-factly.")
    assert p[1:4] == ("delegate Jo Hale", "said", ["“We had better days,”"])


def test_verbless_lead_phrase_with_regarding_is_no_content():
    rows = proposals("Regarding the two emails, the campaign said in a statement: “Neither involves the mayor.”")
    assert [r[1:] for r in rows] == [("the campaign", "said", ["“Neither involves the mayor.”"])]


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        # a present-tense verb before the comma: a statement, not a description of the speaker
        (
            "The fund includes a force to guard the pier, Defense Secretary Jo Hale told a Senate panel.",
            "Defense Secretary Jo Hale",
            "The fund includes a force to guard the pier",
        ),
        # coordinated subjects after a statement
        (
            "Support for the levy is strong among teachers, teachers and union officials told the Gazette.",
            "teachers and union officials",
            "Support for the levy is strong among teachers",
        ),
        # "This is ..." is a statement, not a time phrase like "This week"
        (
            "This is not about me, Mayor Hale told his closest advisers as he left.",
            "Mayor Hale",
            "This is not about me",
        ),
    ],
)
def test_content_first_after_a_clause_before_the_comma(sentence, source, content):
    assert ("content-first (source, cue)", source, "told", [content]) in proposals(sentence)


def test_that_clause_after_an_aside_is_the_cue_own_content():
    rows = proposals('"We will rebuild," Ms. Hale said. "It is our pier." He said, twice, that the levy would pass.')
    assert ("content-first (source, cue)", "Ms. Hale", "said", ['"We will rebuild,"', '"It is our pier."']) in rows
    assert ("source-first", "He", "said", ["that the levy would pass."]) in rows


def test_cue_form_used_as_a_noun_after_a_determiner_is_a_subject():
    rows = proposals("''You are a total loser!'' the note says.")
    assert ("content-first (source, cue)", "the note", "says", ["''You are a total loser!''"]) in rows
    rows = proposals("The report found that the pier was unsafe.")
    assert ("source-first", "The report", "found", ["that the pier was unsafe."]) in rows


def test_capitalised_modal_before_a_past_form_is_a_name():
    rows = proposals("“The pier is a reminder of better days,” Will wrote.")
    assert ("Will", "wrote", ["“The pier is a reminder of better days,”"]) in [r[1:] for r in rows]
    rows = proposals("May said the pier would reopen.")
    assert [r[1] for r in rows if r[2] == "said"] == ["May"]
    rows = proposals("Hale will say the pier must reopen.")  # ("will say more": announced, no report)
    assert [r[1] for r in rows if r[2] == "say"] == ["Hale"]
    # nor an -s form: "Mrs May says" is a name and a cue, "may say" a modal and its verb
    rows = proposals("Mrs May says the pier will reopen.")
    assert [r[1] for r in rows if r[2] == "says"] == ["Mrs May"]
    rows = proposals("“The pier is a reminder,” said Will Doyle, a professor at Vanderbilt University.")
    assert [r[1] for r in rows if r[2] == "said"] == ["Will Doyle"]


def test_quotation_resumes_after_the_cues_circumstances_and_a_place():
    for body in (
        '"The pier is safe," Hale said during a visit to Kenansville, N.C., "but the council is watching."',
        '"The pier is safe," Hale said in Dayton, Ohio, "but the council is watching."',
    ):
        rows = proposals(body)
        assert ("Hale", "said", ['"The pier is safe,"', '"but the council is watching."']) in [r[1:] for r in rows]


def test_a_cue_inside_a_relative_clause_after_a_quotation_is_not_its_cue():
    rows = proposals('"The pier should stay open," Warren, who has not endorsed a plan, told reporters in Dayton.')
    quoted = [r for r in rows if r[3] == ['"The pier should stay open,"']]
    assert [(r[1], r[2]) for r in quoted] == [("Warren", "told")]


def test_a_second_quotation_after_a_first_ones_frame_is_the_second_speakers_alone():
    found = proposals(
        '"His mood is grumpy," she said, but despite the tone, "I think he will do it," said Kunin, an aide.'
    )
    assert [(f[1], f[3]) for f in found] == [
        ("she", ['"His mood is grumpy,"']),
        ("Kunin", ['"I think he will do it,"']),
    ]


def test_a_speech_verb_opens_no_subject():
    rows = proposals('"There is no plan," said council spokesman Ed Ruiz in a Friday tweet. "It is a rumour."')
    assert [(r[1], r[2]) for r in rows] == [("council spokesman Ed Ruiz", "said")]


def test_an_inverted_report_inside_a_sentence_keeps_its_predicate():
    rows = proposals("The contrast with the mayor, said Ruiz, would be clear since the mayor has no allies.")
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Ruiz", "said", ["The contrast with the mayor", "would be clear since the mayor has no allies."])
    ]


def test_a_quotation_resumes_after_a_description_naming_an_organisation_with_a_cue_word():
    rows = proposals(
        '"The risk," said Ed Lee, an economist who is the director of the UCLA Anderson Forecast, "is that jobs leave."'
    )
    assert [(r[1], r[3]) for r in rows] == [("Ed Lee", ['"The risk,"', '"is that jobs leave."'])]


def test_an_infinitive_after_the_cue_is_no_circumstance():
    """'..., she plans to root for Iowa' is a clause of its own, not 'C, she plans' with a circumstance
    after it: the report before it is the writer's 'X says despite ..., she plans to ...'."""
    (a,) = attributions("Carly Fiorina says despite being a Stanford alumna, she plans to root for Iowa.")
    assert (a["speaker"], a["cue"]) == ("Carly Fiorina", "says")
    assert a["pieces"][0].startswith("despite being a Stanford alumna, she plans to root")
    (b,) = attributions("“We will win the county,” Ana Ruiz said to reporters.")  # "to" + a noun: where
    assert (b["cue"], b["pieces"]) == ("said", ["“We will win the county,”"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz called on supporters to march, while the party leader, Omar Diaz, accused the government of "
        "“contempt.”",
        "Ana Ruiz praised the plan, while the mayor, Omar Diaz, blamed the council for “the delays.”",
    ],
)
def test_the_object_of_accused_or_blamed_is_its_target_never_an_inverted_speaker(sentence):
    speakers = [a["speaker"] for a in attributions(sentence)]
    assert "Omar Diaz" in speakers
    assert not any(s in {"the government", "the council"} for s in speakers)


def test_a_noun_phrase_before_a_parenthetical_cue_is_the_subject_of_the_quoted_verb_after_it():
    (a,) = attributions("The criticism, he said, “misunderstands how survival statistics work.”")
    assert a["kind"] == "mixed"
    assert a["pieces"][0] == "The criticism"


def test_a_time_phrase_before_a_parenthetical_cue_stays_out_of_the_content():
    (a,) = attributions("This week, he said, “means nothing to the players.”")
    assert a["pieces"] == ["“means nothing to the players.”"]


def test_a_subject_with_an_apposed_name_before_said_that_is_no_content():
    quotes = attributions(
        "Castillo and his co-counsel, Andrea Whitlock, said after the meeting that the company would submit a "
        "revised drainage plan by the end of December."
    )
    assert [q["pieces"] for q in quotes] == [
        ["that the company would submit a revised drainage plan by the end of December."]
    ]


def test_a_quoted_phrase_without_its_own_punctuation_is_no_inverted_report_of_a_verb_that_never_inverts():
    rows = attributions('The report warned that "the absence of key armed actors" threatened the legitimacy of the process.')
    assert [(r["mention"], r["cue"]) for r in rows] == [("The report", "warned")]


def test_an_unpunctuated_quotation_before_said_is_still_inverted():
    (row,) = attributions('He went on: "we will win" said Ann Lee.')
    assert (row["mention"], row["cue"]) == ("Ann Lee", "said")
