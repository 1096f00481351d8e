"""Entities and mentions: quotelens/speakers/mentions.py."""

from __future__ import annotations

from quotelens import load_article
from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.mentions import Cast


def cast_of(text: str) -> Cast:
    cast = Cast(text, segment_sentences(text, segment_paragraphs(text)), lambda pos: False)
    cast.collect()
    return cast


def entity(cast: Cast, name: str):
    return next(e for e in cast.entities if e.name == name)


def test_full_and_middle_initial_forms_are_one_person_named_in_full():
    cast = cast_of("Headline\n\nDonald Trump spoke. Later Donald J. Trump spoke again. Trump left.")
    people = [e for e in cast.entities if e.type.value == "person"]
    assert [e.name for e in people] == ["Donald J. Trump"]
    assert "Trump" in people[0].aliases


def test_a_short_name_goes_to_the_person_of_that_surname_named_most():
    cast = cast_of(
        "Headline\n\nHillary Clinton spoke in Iowa. Hillary Clinton spoke in Ohio. Bill Clinton spoke in Texas.\n\n"
        "Clinton said the race was close."
    )
    last = cast.mentions[-1]
    assert cast.entities[last.entity].name == "Hillary Clinton"


def test_mr_and_mrs_veto_the_other_sex():
    cast = cast_of("Headline\n\nBill Clinton spoke. Hillary Clinton spoke.\n\nMr. Clinton said it was close.")
    assert cast.entities[cast.mentions[-1].entity].name == "Bill Clinton"


def test_census_first_names_titles_and_lone_pronouns_give_sex():
    cast = cast_of(
        "Headline\n\nCarly Fiorina spoke. Sen. Ada Ruiz spoke. Mrs. Lopez spoke.\n\nReince Priebus arrived. He said hi."
    )
    assert entity(cast, "Carly Fiorina").sex == "f"
    assert entity(cast, "Lopez").sex == "f"
    assert entity(cast, "Reince Priebus").sex == "m"  # no census name: the sentence's only "he"


def test_a_titled_or_first_name_never_named_in_full_is_still_a_person():
    cast = cast_of("Headline\n\nJudge Berman listened. Trump met his first wife, Ivana, in 1976.")
    assert "judge" in entity(cast, "Berman").roles
    assert entity(cast, "Ivana").sex == "f"


def test_a_role_given_with_a_short_name_joins_the_full_name():
    cast = cast_of("Headline\n\nRichard M. Berman heard the case. Judge Berman said little.")
    assert "judge" in entity(cast, "Richard M. Berman").roles


def test_names_joined_by_and_make_a_group_they_may_be():
    cast = cast_of("Headline\n\nSenators Chuck Grassley and Patrick Leahy wrote to the FBI.")
    group = next(e for e in cast.entities if e.type.value == "group")
    assert group.members == ["Chuck Grassley", "Patrick Leahy"]


def test_salience_counts_every_mention_before_a_position():
    cast = cast_of("Headline\n\nRex Tillerson spoke. Tillerson left. Tillerson came back.")
    rex = entity(cast, "Rex Tillerson")
    assert cast.count_before(rex.id, len(cast.text)) == 3
    assert cast.count_before(rex.id, 20) == 1


def test_a_pronoun_before_the_only_name_of_a_sentence_gives_it_no_sex():
    cast = cast_of(
        "Headline\n\nAfter a shooting in Oregon, she issued a plan: President Obama later adopted it.\n\n"
        "Hillary Clinton spoke in Ohio."
    )
    assert entity(cast, "Obama").sex is None  # "she" is Clinton, named before; not Obama


def test_a_surname_before_camp_is_a_person_but_not_before_poll():
    cast = cast_of("Headline\n\nLike Rove, the Sanders camp has said so. A new Gallup poll found the same.")
    assert entity(cast, "Sanders").type.value == "person"
    assert not [e for e in cast.entities if e.name == "Gallup" and e.type.value == "person"]


def test_he_and_she_are_counted_as_the_plain_regexes_count_them():
    """One hand-spelled scan (round three, for speed) counts what r"\\b(?:he|him|his|himself)\\b" and
    r"\\b(?:she|her|hers|herself)\\b" with IGNORECASE count, at any window of the text."""
    import re

    from quotelens.speakers.sexes import _PRONOUN_RE

    he_re = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
    she_re = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
    text = (
        "She said he told her. Shelby, Hershey, HIS, Herself and himself; he’s here, she-wolf, The hem. "
        "HER hers Hers HIMSELF. ashe shes hisx ahim he_r she2 He. SHE"
    )
    for a in range(len(text)):
        for e in (a + 3, a + 17, len(text)):
            found = _PRONOUN_RE.findall(text, a, e)
            he = len(found) - found.count("")
            assert (he, len(found) - he) == (len(he_re.findall(text, a, e)), len(she_re.findall(text, a, e)))


def test_names_joined_past_their_party_and_state_tags_make_a_group():
    cast = cast_of(
        "Headline\n\nCorker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and "
        "Marco Rubio (R-Fla.) on the bill."
    )
    group = next(e for e in cast.entities if e.type.value == "group")
    assert group.members == ["Robert Menendez", "Joe Manchin III", "Marco Rubio"]


def test_a_persons_campaign_or_administration_is_an_organisation_mentioned_there():
    cast = cast_of(
        "Headline\n\nPatrick Murphy spoke. Murphy's campaign is tying the bill to him.\n\n"
        "Barack Obama spoke. Critics said the Obama administration had waited. The campaign trail was long.\n\n"
        "Bernie Sanders spoke. Sanders' campaign said it was ahead."
    )
    owned = {cast.text[m.start : m.end]: m for m in cast.mentions if m.how == "owned"}
    assert set(owned) == {"Murphy's campaign", "Obama administration", "Sanders' campaign"}
    campaign = cast.entities[owned["Murphy's campaign"].entity]
    assert (campaign.name, campaign.type.value) == ("the Murphy campaign", "organisation")
    assert owned["Murphy's campaign"].subject  # it opens its sentence
    assert cast.entities[owned["Obama administration"].entity].name == "the Obama administration"


def test_a_one_word_name_after_to_is_a_person_of_the_article_not_a_place():
    cast = cast_of("Headline\n\nMarco Rubio voted for the bill. Murphy tied the bill to Rubio, who backed it in Miami.")
    named = [cast.entities[m.entity].name for m in cast.mentions]
    assert named.count("Marco Rubio") == 2
    assert "Miami" not in named  # a place with no person of that surname stays a place


def test_a_name_that_its_refers_back_to_is_an_organisation():
    cast = cast_of("Headline\n\nExxon Mobil contended in its letter that the reports were wrong. Jo Hale disagreed.")
    assert entity(cast, "Exxon Mobil").type.value == "organisation"
    assert entity(cast, "Jo Hale").type.value == "person"


def test_two_organisations_joined_by_and_are_two_not_one():
    cast = cast_of(
        "Headline\n\nThe Club for Growth and Exxon Mobil opposed the bill. "
        "The Center for Economic and Policy Research backed it."
    )
    names = {e.name for e in cast.entities}
    assert {"Club for Growth", "Exxon Mobil"} <= names
    assert "Club for Growth and Exxon Mobil" not in names
    assert "Center for Economic and Policy Research" in names  # "Policy" is a common word: one name


def test_a_pair_set_off_after_a_description_is_still_a_group():
    cast = cast_of(
        "Headline\n\nBut the two leading Republicans, Donald J. Trump and Senator Ted Cruz, have questioned the deal."
    )
    group = next(e for e in cast.entities if e.type.value == "group")
    assert group.members == ["Donald J. Trump", "Ted Cruz"]


def test_a_surname_two_people_share_goes_to_the_one_named_first_when_neither_was_just_named():
    """Each named once in full and the wife long before: "Lazar" is the article's Marcel Lazar."""
    filler = "The court heard from several witnesses over three days of testimony about the intrusions. " * 6
    cast = cast_of(
        "Hacker sentenced\n\nMarcel Lehel Lazar, 44, was sentenced on Thursday.\n\n"
        f"His wife, Gabriela Violeta Lazar, wrote to the judge.\n\n{filler}\n\nLazar admitted the charges in May."
    )
    last = [m for m in cast.mentions if m.how == "short name"][-1]
    assert cast.entities[last.entity].name == "Marcel Lehel Lazar"


def test_a_surname_goes_to_a_person_s_name_before_a_run_of_other_capitalised_words():
    """ "Besides Clinton" read as a name is no rival to Hillary Clinton named as often."""
    cast = cast_of(
        "Race tightens\n\nHillary Clinton spoke in Ohio on Monday.\n\n"
        "Besides Clinton, three candidates were on the stage.\n\nClinton said the race was close."
    )
    last = [m for m in cast.mentions if m.how == "short name"][-1]
    assert cast.entities[last.entity].name == "Hillary Clinton"


def test_a_shared_surname_is_not_the_one_the_article_calls_by_first_name_alone():
    """The daughter named first, then "Maya's mother, Rosa Torres": a later "Torres" is the mother."""
    filler = "The court heard from several witnesses over three days of testimony about the crash. " * 6
    cast = cast_of(
        "Driver sentenced\n\nA pickup struck a car carrying Maya Torres, 16, and a friend.\n\n"
        f"Maya's mother, Rosa Torres, was the first to speak.\n\n{filler}\n\nTorres said she would speak at schools."
    )
    last = [m for m in cast.mentions if m.how == "short name"][-1]
    assert cast.entities[last.entity].name == "Rosa Torres"


def test_a_name_set_off_after_the_description_opening_its_sentence_is_the_clauses_subject():
    cast = cast_of(
        "Strike grows\n\nMarie Dupont, a nurse, said she supported the strikes. "
        "Her colleague, Sandrine Moreau, disagreed. She said she had missed two shifts."
    )
    moreau = next(m for m in cast.mentions if cast.entities[m.entity].name == "Sandrine Moreau")
    assert moreau.subject
    cast = cast_of(
        "Bid rejected\n\nIts chair, Giulia Ferraris, said the offer was low. The lender's chief executive, "
        "Paola Marchetti, went further."
    )
    assert all(m.subject for m in cast.mentions if m.how == "name" and cast.entities[m.entity].type.value == "person")


def test_a_chinese_family_name_goes_to_the_person_named_last_with_it():
    # the family name is the word before a hyphenated given name, or after an English first name
    cast = cast_of(
        "Headline\n\nRegina Ip Lau Suk-yee spoke. Lau Kam-wing spoke after her.\n\nLau said it was late. "
        "Tommy Cheung Yu-yan spoke. Cheung said so."
    )
    lau = cast.text.index("Lau said")
    assert cast.owner_of_word("Lau", lau, []) is entity(cast, "Lau Kam-wing")
    cheung = cast.text.index("Cheung said")
    assert cast.owner_of_word("Cheung", cheung, []) is entity(cast, "Tommy Cheung Yu-yan")
    assert cast.owner_of_word("Ip", lau, []) is entity(cast, "Regina Ip Lau Suk-yee")


def test_a_byline_writer_does_not_own_a_family_name_a_body_person_has():
    from tests.speakers.examples import speakers_of

    got = speakers_of(
        "Land plan row deepens\n\nNatalie Wong and Ezra Cheung\n\nPublished: 8:00am, 5 Dec 2026\n\n"
        "Legislator Tommy Cheung Yu-yan said the plan lacked detail.\n\n"
        "Chief Secretary Chan Kwok-ki said the plan was sound.\n\n"
        'Cheung said the government needed "a timetable with real dates".'
    )
    assert got[-1][1] == "Tommy Cheung Yu-yan"


def test_an_acronym_is_the_body_named_before_after_its_country():
    text = (
        "Approval\n\nThe U.S. Food and Drug Administration approved Norvale Therapeutics' drug on Friday. "
        'The FDA said the risks were "real."\n\nNorvale shares rose. A decision in Europe is expected next year, '
        "the company said."
    )
    quotes = load_article(text).quotes
    assert "FDA" not in set(quotes["speaker"])  # (one body: its name's initials after the country)
    assert quotes.iloc[-1]["speaker"] == "Norvale Therapeutics"  # (a government agency is no company)
