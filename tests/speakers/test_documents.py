"""Groups, documents and the writer: quotelens/speakers/documents.py (through whole articles)."""

from __future__ import annotations

from quotelens import load_article
from tests.speakers.examples import speaker_holding
from tests.speakers.examples import typed_speakers as speakers


def test_a_poll_is_its_organisations_and_so_is_the_poll_mentioned_later():
    got = speakers(
        "Poll\n\nA new Quinnipiac University poll released Tuesday shows Clinton ahead.\n\n"
        "The poll found that 45 percent of voters back Clinton."
    )
    assert [s for _, s, _ in got] == ["Quinnipiac University", "Quinnipiac University"]


def test_a_document_with_no_named_organisation_is_its_own_entity():
    got = speakers("Memo\n\nThe emails, released on Friday, show that John Podesta discussed the speeches.")
    assert got[0][1:] == ("the emails", "document")


def test_a_plain_word_opening_a_documents_phrase_is_no_author_though_names_open_with_it():
    got = speakers("Polls\n\nThe race is close.\n\nNew polls released Sunday show Ann Lee leading Jo Pell by 5 points.")
    assert got[0][1:] == ("New polls released Sunday", "document")  # (the phrase whole: canon43)


def test_records_of_a_kind_of_organisation_are_kept_not_written_by_it():
    got = speakers(
        "Records\n\nJo Pell is running for the Senate.\n\n"
        "Campaign finance records show that Pell gave money to the Lee campaign."
    )
    assert got[0][1:] == ("Campaign finance records", "document")


def test_they_after_names_joined_by_and_is_that_group():
    got = speakers(
        "Senators\n\nSenators Chuck Grassley and Patrick Leahy wrote to the FBI on Monday.\n\n"
        "They said the bureau had not answered their questions."
    )
    assert got[-1][1:] == ("Chuck Grassley and Patrick Leahy", "group")


def test_i_in_the_writers_text_is_who_signs_the_letter():
    got = speakers(
        "Letters\n\nI believe the senator is wrong about taxes, and I said so at the town hall.\n\nDebby James\n\n"
        "I think the plan will work.\n\nBruce Gary"
    )
    assert [s for _, s, _ in got][:1] == ["Debby James"]


def test_i_with_no_byline_is_the_author():
    got = speakers("Column\n\nI said last week that the plan would fail, and it did.")
    assert got[0][1] == "the author"


def test_in_an_interview_i_in_an_answer_and_you_in_a_question_are_the_one_interviewed():
    got = speakers(
        "Laura Bush on Afghanistan\n\nFormer first lady Laura Bush wrote the introduction for a new book.\n\n"
        "QWhy should the U.S. stay? Do you think it will work?\n\n"
        "A: I think it is in our interests, and I said so last year.\n\nWe stayed in Japan. I believe we should stay."
    )
    assert {s for m, s, _ in got if m in ("I", "you")} == {"Laura Bush"}


def test_a_columnists_headline_names_the_writer_of_i():
    art = load_article(
        "Ann Coulter: And Then There Was the One\n\n"
        "A man won the nomination by saying what he believed.\n\n"
        "I always hoped I would see this once, and I think the voters agreed."
    )
    mine = art.quotes[art.quotes["mention_text"] == "I"]
    assert set(mine["speaker"]) == {"Ann Coulter"}


def test_an_op_eds_closing_note_names_the_writer_of_i():
    art = load_article(
        "Unity is a two-way street\n\n"
        "Sen. Bernie Sanders should stay in the race until the convention.\n\n"
        "I believe that Sanders understands this moment better than anyone else.\n\n"
        "He said he will fight for every vote, and I support him.\n\n"
        "Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders."
    )
    q = art.quotes
    assert set(q[q["mention_text"] == "I"]["speaker"]) == {"Raul Grijalva"}
    assert set(q[q["mention_text"] == "He"]["speaker"]) == {"Bernie Sanders"}  # the writer's "he" is not the writer


def test_a_closing_sentence_about_someone_before_the_i_is_no_writer():
    art = load_article(
        "Column\n\nJo Pell is a senior fellow at the institute.\n\nI said last week that the plan would fail."
    )
    mine = art.quotes[art.quotes["mention_text"] == "I"]
    assert set(mine["speaker"]) == {"the author"}


def test_an_agencys_report_is_its_inspector_generals_when_the_article_names_one():
    got = speakers(
        "Emails\n\nThe department kept poor records, according to a report from the State Department's "
        "inspector general released Thursday.\n\nThe report said that officials had ignored the rules."
    )
    assert {s for _, s, _ in got} == {"the State Department inspector general"}


def test_an_agencys_report_stays_the_agencys_when_no_inspector_general_is_named():
    got = speakers(
        "Emails\n\nThe department kept poor records, according to a report from the State Department "
        "released Thursday.\n\nThe report said that officials had ignored the rules."
    )
    assert {s for _, s, _ in got} == {"State Department"}


def test_a_pollster_named_with_its_poll_is_an_organisation_wherever_it_speaks():
    got = speakers(
        "Poll\n\nA new Gallup poll released Tuesday shows Clinton ahead.\n\n"
        "Voters are tired of the race, according to Gallup.\n\n"
        "Most voters back the plan, Gallup’s own tracking poll found."
    )
    assert [(s, t) for _, s, t in got] == [("Gallup", "organisation")] * 3


def test_a_statement_issued_by_a_persons_campaign_is_that_campaigns():
    got = speakers(
        "Race tightens\n\nA statement issued by the Pell campaign late Tuesday struck a softer tone.\n\n"
        "The statement said that Jo Pell would keep campaigning until the convention."
    )
    assert got[-1][1] == "the Pell campaign"


def test_an_editorial_in_a_paper_is_the_papers():
    got = speakers(
        "Senate fight\n\n“Senator Ann Ortiz should hold hearings,” reads a Sunday editorial in The Springfield "
        "Courier.\n\nA Monday editorial in The Springfield Courier said that the hearings should start soon."
    )
    assert [s for _, s, _ in got] == ["Springfield Courier", "Springfield Courier"]


def test_a_document_in_the_headline_is_credited_to_the_maker_the_body_names_first():
    got = speakers(
        "Survey: Voters Sour On Tax Plan\n\nFor the first time, a survey shows the plan losing support.\n\n"
        "A Midland University survey, conducted last week, found that 41 percent of voters back it."
    )
    assert got[0][1] == "Midland University"


def test_a_document_found_by_an_organisation_is_not_its_own():
    got = speakers(
        "Video\n\nA video obtained by the Springfield Courier shows the mayor at the meeting.\n\n"
        "The video shows that Jo Pell arrived late."
    )
    assert got[-1][1:] == ("the video", "document")


def test_an_average_of_polls_is_the_pollsters():
    got = speakers(
        "Race\n\nJo Pell leads the race.\n\nAn average of recent Midland-Courier polls shows that Pell leads by six points."
    )
    assert got[-1][1] == "Midland-Courier"


def test_a_counted_group_takes_as_many_people_as_it_counts():
    got = speakers(
        "Debate\n\nSenator Ann Lee, Governor Jo Pell and Mayor Mia Dorsey met in Ames. Lee and Pell spoke first.\n\n"
        "Dorsey said that the debate would be long.\n\nAll three candidates said that taxes were too high."
    )
    assert got[-1][1:] == ("Ann Lee, Jo Pell and Mia Dorsey", "group")


def test_a_documents_addressee_or_the_people_a_poll_surveyed_are_not_its_author():
    got = speakers("Letter\n\nA letter to Facebook from two senators said the company had failed users.")
    assert got[0][1] != "Facebook"
    got = speakers("Poll\n\nA recent survey of Republican National Committee members found that Trump leads.")
    assert got[0][1] != "Republican National Committee"
    got = speakers("Poll\n\nA new Quinnipiac University poll of Ohio voters found that Clinton leads.")
    assert got[0][1] == "Quinnipiac University"


def test_records_and_filings_are_their_own_not_the_agency_they_name():
    got = speakers(
        "Money\n\nThe Federal Election Commission published new figures on Monday.\n\n"
        "FEC records show that Jo Pell gave $2,000 to the campaign."
    )
    assert got[-1][1:] == ("FEC records", "document")


def test_polls_in_the_plural_are_no_one_pollsters():
    got = speakers(
        "Race\n\nA new Quinnipiac University poll released Tuesday shows Clinton ahead.\n\n"
        "Polls show that Sanders has closed the gap in Iowa since January."
    )
    assert got[-1][1:] == ("Polls", "document")


def test_a_letter_is_the_organisation_whose_letter_its_says_it_is():
    got = speakers(
        "Dispute\n\nThe dean of the Graduate School of Journalism has published a letter disputing the claims.\n\n"
        "Exxon Mobil contended in its letter that the articles were biased.\n\n"
        "The letter also said that the reporters ignored the evidence."
    )
    assert got[-1][:2] == ("The letter", "Exxon Mobil")


def test_a_pool_report_named_by_its_body_is_its_own_document_not_the_body():
    got = speakers(
        "Guns\n\nObama met the families on Sunday.\n\n"
        "“They don’t care about politics,” Obama said, according to a White House pool report."
    )
    assert got[-1][1:] == ("a White House pool report", "document")
    got = speakers(
        "Guns\n\nObama met the families on Sunday.\n\nAccording to White House pool reports, Obama said there is love."
    )
    assert got[0][1:] == ("White House pool reports", "document")


def test_a_poll_introduced_with_a_is_the_one_whose_maker_is_named_just_after_it():
    got = speakers(
        "Poll\n\nFor the first time, a poll shows Bernie Sanders leading Hillary Clinton nationally.\n\n"
        "A Fox News poll, conducted jointly with two firms, shows Sanders with 47 percent."
    )
    assert got[0][:2] == ("a poll", "Fox News")


def test_a_pair_of_documents_is_their_makers_and_a_pair_of_people_a_group():
    got = speakers(
        "Editorials\n\nThe Washington Post published an editorial on Monday criticising Bernie Sanders.\n\n"
        "The Post responded with a second editorial on Thursday.\n\nThe pair of editorials said the plans were facile."
    )
    assert got[-1][:2] == ("The pair of editorials", "Washington Post")
    got = speakers(
        "Senators\n\nSenators Chuck Grassley and Patrick Leahy wrote to the FBI on Monday.\n\n"
        "The pair said the bureau had not answered."
    )
    assert got[-1][1:] == ("Chuck Grassley and Patrick Leahy", "group")


def test_the_same_people_named_together_in_another_order_are_one_group():
    got = speakers(
        "Book\n\nRichard Alba and Nancy Foner, sociologists, published a book on Monday.\n\n"
        "They compare immigrants in North America and Europe.\n\n"
        "Professors Foner and Alba said integration takes time."
    )
    groups = {s for _, s, t in got if t == "group"}
    assert groups == {"Richard Alba and Nancy Foner"}


def test_the_writers_we_reporting_what_they_did_is_the_writer_and_a_generic_we_nobody():
    got = speakers("Roast\n\nWith Mr. Trump in attendance, we decided to invite Hillary Clinton as well.")
    assert got[0][1] == "the author"
    got = speakers("Growth\n\nEven though politicians scoff, we can see this kind of growth nationally.")
    assert got[0][2] == "anonymous"


def test_a_probe_or_an_inquiry_is_a_document_not_nobody():
    got = speakers(
        "Bank\n\nThe FDIC inspector general looked into the breaches last year.\n\n"
        "The probe found that the agency had failed to report seven breaches."
    )
    assert got[0][1:] == ("the probe", "document")


def test_a_document_set_off_with_who_published_it_is_theirs():
    study = speakers("The study, published by the Brookings Institution, found that wages rose.")
    assert study == [("The study", "Brookings Institution", "organisation")]
    poll = speakers("The poll, conducted by Quinnipiac University, found that Clinton leads.")
    assert poll == [("The poll", "Quinnipiac University", "organisation")]


def test_a_report_submitted_or_tabled_by_an_organisation_is_its_report():
    for verb in ("submitted", "tabled", "presented", "filed"):
        got = speakers(
            "Court\n\nThe court took note of a report "
            f"{verb} by the Punjab Information Department.\n\n"
            '"The majority of complaints relate to social media," the report said.'
        )
        assert got[-1][1:] == ("Punjab Information Department", "organisation"), verb


def test_one_who_reviewed_or_saw_a_document_is_not_its_author():
    for verb in ("reviewed", "seen", "obtained"):
        got = speakers(f"Deal\n\nInternal emails {verb} by Reuters show that Feld raised concerns about the deal.")
        assert got[0][1] != "Reuters", verb


def test_the_letter_takes_up_the_person_an_earlier_letter_was_from():
    body = (
        "A sharply worded letter from Labor Minister Dana Oren to the cabinet was leaked on Monday.\n\n"
        '"The plan must be shelved," the letter reads.'
    )
    assert speaker_holding(body, "must be shelved") == "Dana Oren"
    body = 'A memo by Ann Pell was circulated. The memo says the plan is "dead."'
    assert speaker_holding(body, "dead") == "Ann Pell"
    body = 'A letter to Ann Pell was circulated. The letter says the plan is "dead."'
    assert speaker_holding(body, "dead") != "Ann Pell"  # (whom it was sent to is no writer)


def test_a_letter_a_person_sent_speaks_for_that_person():
    from tests.speakers.examples import speaker_holding

    body = 'Andres Lopez sent a letter to supporters last week. "I am not going to return," the letter said.'
    assert speaker_holding(body, "not going to return") == "Andres Lopez"


def test_a_statement_a_person_posted_from_someone_else_is_not_theirs():
    """"Ann Lee posted a statement from the hospital": the hospital's statement, not Ann Lee's."""
    body = (
        "Senator Ann Lee posted a statement from the hospital on Friday.\n\n"
        'The statement said the patient "is stable."\n'
    )
    assert speaker_holding(body, "is stable") == "the statement"
