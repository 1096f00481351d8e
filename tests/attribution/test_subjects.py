"""The subject before a cue: quotelens/attribution/subjects.py (through the engine)."""

from __future__ import annotations

import pytest

from tests.attribution.examples import attributions, proposals

_WHOLE = [
    (
        "The dean of Springfield's School of Law said that the claims were false.",
        "The dean of Springfield's School of Law",
    ),
    (
        "In one exchange, an executive at the Hale Foundation in 2009 said that the donor should meet the minister.",
        "an executive at the Hale Foundation",
    ),
    ("A letter from Senator Ann Lee said that the plan was unlawful.", "A letter from Senator Ann Lee"),
]


@pytest.mark.parametrize(("sentence", "mention"), _WHOLE)
def test_the_subject_is_the_whole_description_not_the_name_in_its_post_modifier(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_title_with_of_and_a_phrase_after_a_comma_are_not_widened():
    (row,) = attributions("Secretary of State Jo Hale said that the talks were over.")
    assert row["mention"] == "Secretary of State Jo Hale"
    (row,) = attributions("After a meeting with Ann Lee, Ryan said that they had agreed.")
    assert row["mention"] == "Ryan"


def test_a_secretary_of_state_is_a_subject_though_state_is_a_cue_form():
    (row,) = attributions("The former secretary of state said that the money was gone.")
    assert row["mention"] == "The former secretary of state"


def test_an_infinitive_post_modifier_keeps_its_head_in_the_subject():
    (row,) = attributions("The last man to mount a third-party presidential race says that the mayor will not run.")
    assert row["mention"] == "The last man to mount a third-party presidential race"


_NAME_AFTER_DESCRIPTION = [
    ("Labour’s leader, Sir Keir Starmer, said that the plan was a mistake.", "Sir Keir Starmer"),
    ("“It is a mistake,” Labour’s leader, Sir Keir Starmer, said.", "Sir Keir Starmer"),
    ("“We stand together,” Ms. Hale's spokesman, Tom Brandt, wrote on Twitter.", "Tom Brandt"),
    (
        "But the two leading Republicans, Jo Hale and Senator Ann Lee, have said that the science is unsettled.",
        "Jo Hale and Senator Ann Lee",
    ),
]


@pytest.mark.parametrize(("sentence", "mention"), _NAME_AFTER_DESCRIPTION)
def test_a_name_set_off_after_a_description_is_the_subject(sentence, mention):
    # a possessive name before a lower-case head, or a determiner before a capitalised plural head, is
    # a description: the name in apposition after it speaks
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_name_before_an_apposition_keeps_the_subject():
    (row,) = attributions("Brian Sandoval, a Republican, said that the plan was a mistake.")
    assert row["mention"] == "Brian Sandoval"
    (row,) = attributions("The Obama administration, in an effort to calm markets, has said that the plan was fine.")
    assert row["mention"] == "The Obama administration"


_JOINED = [
    ("But Mr. Autor and his colleagues found that the districts had moved right.", "Mr. Autor and his colleagues"),
    ("It was a minuet that Hale and leading Democrats hope will soothe tensions.", "Hale and leading Democrats"),
    (
        "But Donald J. Trump and Senator Ted Cruz said the science was unsettled.",
        "Donald J. Trump and Senator Ted Cruz",
    ),
    ("And Trump and Cruz said that the science was unsettled.", "Trump and Cruz"),  # (the opening word is no name)
    (
        "Eleven progressive and civic organizations are asking the mayor to resign.",
        "Eleven progressive and civic organizations",
    ),
    (  # (where the first is from)
        "Sens. Jo Hale of Georgia and Ann Lee of Arkansas said that the plan was sound.",
        "Sens. Jo Hale of Georgia and Ann Lee of Arkansas",
    ),
]


@pytest.mark.parametrize(("sentence", "mention"), _JOINED)
def test_a_subject_joined_by_and_keeps_both_conjuncts_when_the_first_opens_the_clause(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_two_clauses_and_a_persons_joined_titles_are_no_joined_subject():
    (row,) = attributions("Trump won and Clinton said that it was fine.")
    assert row["mention"] == "Clinton"
    (row,) = attributions("GOP presidential contender and former neurosurgeon Ben Hale said that he was right.")
    assert row["mention"] == "former neurosurgeon Ben Hale"


_POST_MODIFIERS_THROUGH_NOUNS = [
    (
        "The attorney general of the state of Vermont said that the school was a fraud.",
        "The attorney general of the state of Vermont",
    ),
    (
        "The officer in charge of the agency's Tunis office said that help came late.",
        "The officer in charge of the agency's Tunis office",
    ),
]


@pytest.mark.parametrize(("sentence", "mention"), _POST_MODIFIERS_THROUGH_NOUNS)
def test_a_cue_form_used_as_a_noun_inside_a_post_modifier_keeps_the_whole_subject(sentence, mention):
    # "state" and "charge" are cue forms, but after "the" or "in" they are nouns of the post-modifier
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_names_joined_by_and_in_a_post_modifier_keep_the_whole_subject():
    (row,) = attributions("In the past, exit polls in Maine and Ohio showed that voters wanted an outsider.")
    assert row["mention"] == "exit polls in Maine and Ohio"


_SLASHED = [
    ("A new Metro/Ledger poll shows that the mayor leads.", "A new Metro/Ledger poll"),
    ("The Herald/Channel Four survey found that the mayor leads.", "The Herald/Channel Four survey"),
]


@pytest.mark.parametrize(("sentence", "mention"), _SLASHED)
def test_names_joined_by_a_slash_stay_in_the_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_time_phrase_after_the_whole_subject_stays_out():
    (row,) = attributions("The officer in charge of the Tunis base that night said that help came late.")
    assert row["mention"] == "The officer in charge of the Tunis base"


_COMMON_HEADS_OPENING = [
    ("Researchers at Tufts and Brandeis found that the tax cut had failed.", "Researchers at Tufts and Brandeis"),
    (
        "Officials from the Transit Authority and the Port Board said that the line would close.",
        "Officials from the Transit Authority and the Port Board",
    ),
    ("Officials at the Port Board said that the line would close.", "Officials at the Port Board"),
]


@pytest.mark.parametrize(("sentence", "mention"), _COMMON_HEADS_OPENING)
def test_a_capitalised_common_noun_opening_the_sentence_heads_the_whole_subject(sentence, mention):
    # "Officials" is capitalised only because it opens the sentence: it is a head, not a name
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_relative_clause_after_the_whole_subject_stays_out():
    rows = attributions("A member of the board who asked not to be named said that the vote was rigged.")
    (said,) = [r for r in rows if r["cue"] == "said"]
    assert said["mention"] == "A member of the board"


def test_a_source_after_its_cue_keeps_its_whole_of_complement():
    # "the *state* of": a cue word after an article is a noun; a phrase never ends on "of" or "the"
    rows = proposals("“The case is closed,” said the attorney general of the state of New York.")
    assert [r[1] for r in rows if r[2] == "said"] == ["the attorney general of the state of New York"]


_SCENES = [
    ("Jo Hale at a rally in Dayton said that the vote was rigged.", "Jo Hale"),
    ("Ann Lee in an interview with Springfield Radio said that she would run.", "Ann Lee"),
    ("Sen. Jo Hale at a hearing on the budget said that the plan was flawed.", "Sen. Jo Hale"),
]


@pytest.mark.parametrize(("sentence", "mention"), _SCENES)
def test_where_the_subject_spoke_is_no_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_named_place_of_a_description_and_a_subordinate_clause_keep_their_subjects():
    (row,) = attributions("Officials at the State Department said that the talks were over.")
    assert row["mention"] == "Officials at the State Department"
    rows = attributions("The plan was in doubt, particularly after the court said that it would hear the case.")
    assert [r["mention"] for r in rows] == ["the court"]


def test_a_description_keeps_where_it_was_as_its_post_modifier():
    (row,) = attributions("Some delegates at the convention in Dayton said that they welcomed the debate.")
    assert row["mention"] == "Some delegates at the convention in Dayton"


_PARTICIPLES = [
    (
        "In May, a federal judge handling a Freedom of Information Act lawsuit ordered that the emails be released.",
        "a federal judge handling a Freedom of Information Act lawsuit",
    ),
    ("Several delegates supporting Hale declined to comment.", "Several delegates supporting Hale"),
    (
        "But activists clamoring to block Jo Hale from the party's nomination say the rules allow it.",
        "activists clamoring to block Jo Hale from the party's nomination",
    ),
    (
        "Election records compiled by the Center for Fair Politics show that Hale gave nothing.",
        "Election records compiled by the Center for Fair Politics",
    ),
]


@pytest.mark.parametrize(("sentence", "mention"), _PARTICIPLES)
def test_a_participle_post_modifier_keeps_its_head_in_the_subject(sentence, mention):
    rows = [r for r in attributions(sentence) if r["mention"]]
    assert rows[0]["mention"] == mention


def test_a_progressive_verb_and_a_noun_in_ing_open_no_post_modifier():
    (row,) = attributions("Hale is finding donors reluctant, Lee said.")
    assert row["mention"] == "Lee"
    rows = attributions("It means taking back everything he said about the plan.")
    assert all(r["mention"] != "everything he" for r in rows)


def test_a_state_after_a_named_place_is_no_subject():
    rows = attributions(
        "Officials familiar with the files taken from Ms. Hale's house in Springfield, N.Y., speaking on the "
        "condition of anonymity because they were not authorized to discuss the case, said that the files were intact."
    )
    (row,) = [r for r in rows if r["cue"] == "said"]
    assert row["mention"] != "N.Y."
    assert row["mention"].startswith("Officials familiar with the files")


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The order gives agencies 90 days, a timeline critics say is too slow.", "critics"),
        ("It hurts him in a way few other Americans say they feel.", "few other Americans"),
        ("A few other critics say the plan is too slow.", "A few other critics"),
        ("A dozen officials said the plan was slow.", "A dozen officials"),
    ],
)
def test_people_after_a_noun_they_describe_in_a_relative_without_that_are_the_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


_NAME_OF_THE = [
    ("Paul Krugman of the New York Times points out that tariffs are taxes.", "Paul Krugman of the New York Times"),
    ("Jane Smith at the University of Chicago said that prices would rise.", "Jane Smith at the University of Chicago"),
]


@pytest.mark.parametrize(("sentence", "mention"), _NAME_OF_THE)
def test_a_name_before_of_the_and_a_name_is_one_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_name_before_from_the_and_a_common_noun_is_not_widened():
    text = "But activists clamoring to block Donald Trump from the GOP nomination say that they have momentum."
    (row,) = attributions(text)
    assert row["mention"] == "activists clamoring to block Donald Trump from the GOP nomination"


def test_a_demonstrative_after_close_to_keeps_the_anonymous_source_whole():
    (row,) = attributions("Rival Arkema is not planning to bid, a person close to that company said.")
    assert row["mention"] == "a person close to that company"


@pytest.mark.parametrize(
    "sentence",
    [
        "Meanwhile, a nurse at a hospital in Leeds, who asked not to be named, said colleagues were tired.",
        "A nurse at a hospital in Leeds, who asked not to be named, said colleagues were tired.",
    ],
)
def test_a_noun_phrase_ending_in_a_place_before_a_relative_clause_is_the_whole_subject(sentence):
    (row,) = attributions(sentence)
    assert row["mention"].lower() == "a nurse at a hospital in leeds"


def test_remembered_subjects_are_those_of_the_list_asked_about():
    """subject_before and np_before remember their answers for the last token list only: a list with
    other tokens (even one of the same length, asked about the same index) gets its own answers."""
    from quotelens.attribution.nounphrases import np_before, skip_between_subject_and_verb
    from quotelens.attribution.subjects import subject_before
    from quotelens.segment import tokenize

    first = tokenize("The senator said that the deal was fair.")
    second = tokenize("Her aides argued that the deal was unfair.")
    assert subject_before(first, 2) == (0, 2)
    assert subject_before(second, 2) == (0, 2)
    assert np_before(second, 2) == (0, 2)
    assert skip_between_subject_and_verb(second, 1) == 1
    for _ in range(2):  # (asked again: the same answers, from memory the second time)
        assert subject_before(first, 2) == (0, 2)
        assert subject_before(first, 5) == subject_before.__wrapped__(first, 5)  # type: ignore[attr-defined]
    moved = tokenize("Yesterday the senator quietly said that it was fair.")
    assert subject_before(moved, 4) == (1, 3)


_ROLE_PLACE_NAME = [
    ("Its leader in the Senate, Paul Marchand, said that his group wanted reform.", "Paul Marchand"),
    ("The party's spokesman in the Assembly, Anne Roussel, said that the vote was lost.", "Anne Roussel"),
]


@pytest.mark.parametrize(("sentence", "mention"), _ROLE_PLACE_NAME)
def test_a_name_set_off_after_a_role_with_a_place_phrase_is_the_subject(sentence, mention):
    (row,) = attributions(sentence)
    assert row["mention"] == mention


def test_a_place_set_off_after_a_role_with_a_place_phrase_is_no_subject():
    (row,) = attributions("A spokesman in Leeds, West Yorkshire, said that the roads were closed.")
    assert row["mention"] != "West Yorkshire"


def test_a_long_relative_clause_ending_in_an_infinitive_keeps_the_opening_subject():
    (row,) = attributions("A neighbor who lives near the store and asked not to be named said she heard yelling.")
    assert row["mention"] == "A neighbor"


def test_the_head_noun_before_a_participle_is_the_subject_not_its_object():
    quotes = attributions("The draft would cut payments. The memo accompanying it says the change is “unavoidable.”")
    assert [q["mention"] for q in quotes] == ["The memo accompanying it"]
    (q,) = attributions("Emails seen by POLITICO show that officials had flagged the risk.")
    assert q["mention"] == "Emails seen by POLITICO" and q["speaker"] != "POLITICO"
    (q,) = attributions("A man living near the plant said the smell was “awful.”")
    assert q["mention"] == "A man living near the plant"


def test_a_who_clause_holding_a_whole_quotation_is_skipped_to_the_main_subject():
    rows = attributions(
        'Commissioner Ann Lee, who has criticized what she calls "rule by decree," said last week that '
        "Congress should decide."
    )
    main = [r for r in rows if r["cue"] == "said"]
    assert [(r["mention"], r["pieces"]) for r in main] == [("Commissioner Ann Lee", ["that Congress should decide."])]
