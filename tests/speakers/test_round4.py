"""Round four of issue 18: roles after a name, organisations set off by their kind, documents put out
by an organisation, headline titles and places that are no speakers."""

from __future__ import annotations

from quotelens import load_article
from tests.speakers.examples import speakers_of


def test_a_bare_title_in_the_headline_is_the_person_the_article_introduces_with_it():
    art = load_article(
        "Mayor Vows Harbor Bridge Will Open\n\nMayor Jo Hale said on Monday that the bridge would open in May.\n\n"
        "Council member Ann Ortiz said the council would vote."
    )
    assert "Mayor" not in set(art.speakers["name"])
    first = art.quotes.iloc[0]
    assert (first.mention_text, first.speaker) == ("Mayor", "Jo Hale")


def test_a_structure_named_in_the_text_is_no_person_and_no_mention():
    art = load_article(
        "Bridge Vote\n\nMayor Jo Hale said on Monday that the Harbor Bridge would open in May. "
        "Traffic on Elm Street will be closed, Lena Park said."
    )
    assert {"Harbor Bridge", "Elm Street"}.isdisjoint(set(art.speakers["name"]) | set(art.mentions["speaker"]))
    assert "Lena Park" in set(art.speakers["name"])  # a first name before "Park": a person


def test_a_role_said_with_who_is_or_without_article_after_the_name():
    got = speakers_of(
        "Governors\n\nIndiana Gov. Mike Pence spoke to reporters on Tuesday. Pence said the plan was sound.\n\n"
        "John Kasich, who is governor of Ohio, met voters on Wednesday.\n\nThe Ohio governor said he would run."
    )
    assert got[-1][:2] == ("The Ohio governor", "John Kasich")
    got = speakers_of(
        "Governors\n\nIndiana Gov. Mike Pence spoke to reporters on Tuesday. Pence said the plan was sound.\n\n"
        "John Kasich, governor of Ohio, met voters on Wednesday.\n\nThe Ohio governor said he would run."
    )
    assert got[-1][:2] == ("The Ohio governor", "John Kasich")


def test_a_name_set_off_as_a_network_is_the_network():
    got = speakers_of(
        "Interview\n\nThe New York Times reported on Monday that the plan had stalled.\n\n"
        "Russia Today, the Kremlin-backed network, aired the interview. The network said it stood by it."
    )
    assert got[-1][:2] == ("The network", "Russia Today")


def test_the_company_is_the_organisation_whose_name_says_company():
    got = speakers_of(
        "Jobs\n\nUnited Technologies Corp. cut 1,400 jobs at its Indianapolis plant on Monday.\n\n"
        "The Indiana Chamber of Commerce said it opposed the cuts. The Indiana Chamber of Commerce said the plant "
        "was profitable.\n\nThe company said the move was needed."
    )
    assert got[0][1] == "Indiana Chamber of Commerce"  # an organisation's name keeps its inner "of"
    assert got[-1][:2] == ("The company", "United Technologies Corp.")


def test_a_document_is_credited_to_the_organisation_that_released_it():
    got = speakers_of(
        "Waste\n\nThe Government Accountability Office released a report on Wednesday. "
        "The report said the program was wasteful."
    )
    assert got[-1][:2] == ("The report", "Government Accountability Office")


def test_a_person_of_an_organisation_set_off_by_its_kind_is_the_person():
    got = speakers_of(
        "Markets\n\nHolger Schmieding of Berenberg, Germany's largest private bank, warned that growth would slow."
    )
    assert got[0][1] == "Holger Schmieding"


def test_a_clause_after_a_comma_is_no_apposition():
    art = load_article(
        "Charges\n\nCorey Lewandowski was charged on Tuesday. Asked about Lewandowski, Trump's campaign said he "
        "would be cleared."
    )
    types = dict(zip(art.speakers["name"], art.speakers["type"], strict=True))
    assert types.get("Corey Lewandowski") == "person"


def test_a_candidates_officials_speak_for_the_campaign_and_a_presidents_for_the_administration():
    got = speakers_of("Race\n\nHillary Clinton spoke in Iowa on Monday.\n\nClinton officials said the race was tight.")
    assert got[-1][:2] == ("Clinton officials", "the Clinton campaign")
    got = speakers_of(
        "Health\n\nPresident Barack Obama signed the order on Monday.\n\n"
        "Administration officials said the rule would take effect in May."
    )
    assert got[-1][:2] == ("Administration officials", "the Obama administration")


def test_one_of_his_aides_speaks_for_what_his_aides_speak_for():
    got = speakers_of(
        "Race\n\nBernie Sanders spoke in Iowa on Monday.\n\n“We will stay in the race,” said one of his senior aides."
    )
    assert got[-1][:2] == ("one of his senior aides", "the Sanders campaign")


def test_a_dated_paper_is_the_study_of_the_organisation_that_wrote_it():
    got = speakers_of(
        "Tax\n\nA 2009 report by the progressive Center for Economic and Policy Research looked at the tax. "
        "The tax would raise $110 billion a year, according to the 2009 paper."
    )
    assert got[-1][:2] == ("the 2009 paper", "Center for Economic and Policy Research")


def test_the_two_lawmakers_are_the_two_people_introduced_as_lawmakers():
    got = speakers_of(
        "Referral\n\nJudiciary Committee Chairman Bob Goodlatte (R-Va.) met Trey Gowdy (R-S.C.) on Monday.\n\n"
        "FBI Director James Comey and Hillary Clinton spoke on Thursday.\n\n"
        "The two lawmakers said the testimony was false."
    )
    assert got[-1][:2] == ("The two lawmakers", "Bob Goodlatte and Trey Gowdy")
