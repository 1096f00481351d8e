"""How a page's structure is read (blind round 25): web debris, a Guardian-style byline and dateline, a
wire dateline with several cities, and a headline's own quotation."""

from __future__ import annotations

import pytest

from quotelens.article import load_article
from quotelens.paragraph_roles import is_boilerplate, is_byline


@pytest.mark.parametrize(
    "line",
    [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Read the original article on People.",
        "Never miss a story — sign up for PEOPLE's free daily newsletter to stay up-to-date on the best of "
        "what PEOPLE has to offer.",
        "Like this story? Subscribe to our weekly email briefing.",
        "Explore more on these topics",
        "Share",
        "Reuse this content",
    ],
)
def test_web_debris_is_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can sign up for the scheme at the town hall, she said.",
        "Share prices fell 3% on Monday.",
        "He read the original draft of the bill twice.",
    ],
)
def test_story_lines_that_look_like_debris_stay_story(line: str) -> None:
    assert not is_boilerplate(line)


_GUARDIAN = """'We are not giving up': the bowls club fighting for its green

A council plan to sell a bowling green has turned a quiet club into campaigners. Ruth Hale meets them

Ruth Hale

Sun 14 Apr 2024 09.00 BST

Peter Osei has played on the green for 30 years. "It is the heart of this street," he said.

A consultation closes on 30 April.

Explore more on these topics
Bowls
Bristol
Local government
Share
Reuse this content
"""


def test_a_name_alone_and_a_date_line_under_the_standfirst_are_the_byline() -> None:
    art = load_article(_GUARDIAN)
    roles = dict(zip(art.paragraphs["text"], art.paragraphs["role"], strict=True))
    assert roles["Ruth Hale"] == "byline"
    assert roles["Sun 14 Apr 2024 09.00 BST"] == "byline"
    assert art.meta == {"byline": "Ruth Hale", "date": "2024-04-14"}
    assert "BST" not in set(art.speakers["name"])  # (a time zone is no organisation)


def test_a_list_of_topics_under_its_header_is_debris() -> None:
    roles = dict(zip(*load_article(_GUARDIAN).paragraphs[["text", "role"]].T.values, strict=True))
    for line in ("Explore more on these topics", "Bowls", "Bristol", "Local government", "Share", "Reuse this content"):
        assert roles[line] == "boilerplate", line
    assert roles["A consultation closes on 30 April."] == "body"


@pytest.mark.parametrize(
    "line", ["Tuesday 3 March 2021 14:05 GMT", "Last modified on Mon 15 Apr 2024 10.12 BST", "Hannah Pryce"]
)
def test_date_lines_and_name_lines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line", ["Residents met on 14 Apr 2024 at the hall", "The vote", "Local government", "Hillary Clinton."]
)
def test_lines_that_are_no_date_or_name(line: str) -> None:
    assert not is_byline(line)


def test_no_quotation_comes_from_a_wire_s_standards_line() -> None:
    text = (
        "Chemicals group weighs sale of unit, sources say\n\nBy Ann Lee\n\n"
        "The company is exploring a sale, people familiar with the matter said.\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    q = load_article(text).quotes
    assert not q["text"].str.contains("Trust Principles").any()


@pytest.mark.parametrize(
    "dateline", ["NEW YORK/PARIS, March 6 (Reuters) - ", "LONDON/FRANKFURT (Reuters) - ", "WASHINGTON (AP) — "]
)
def test_a_wire_dateline_is_no_part_of_the_content(dateline: str) -> None:
    text = (
        "Chemicals group weighs sale of unit, sources say\n\nBy Ann Lee\n\n"
        f"{dateline}Solvane SA is exploring a sale of its coatings unit, people familiar with the matter said.\n"
    )
    art = load_article(text)
    q = art.quotes
    row = q[q["text"].str.contains("exploring a sale")].iloc[0]
    assert row["text"].startswith("Solvane SA is exploring")
    assert row["speaker"] == "people familiar with the matter"
    assert not art.mentions["text"].isin(["Reuters", "AP", "PARIS", "NEW YORK"]).any()  # (the dateline names no one)


_BODY = (
    "\n\nBy Ann Lee\n\nOn a grey morning, Margaret Okafor is in the mud.\n\n"
    "{o}It's where I learned to breathe again. I mean that literally,{c} she says.\n"
)


@pytest.mark.parametrize("marks", [("'", "'"), ("“", "”"), ('"', '"')])
@pytest.mark.parametrize(
    "headline",
    [
        "{o}It's where I learned to breathe again{c}: the allotment growers fighting for their plots",
        "Singer opens up about surgery: {o}I thought I'd never sing again{c}",
        "{o}I thought I'd never sing again{c}",
    ],
)
def test_the_i_of_a_headline_s_quotation_is_never_the_byline_s_writer(headline: str, marks: tuple[str, str]) -> None:
    o, c = marks
    art = load_article(headline.format(o=o, c=c) + _BODY.format(o=o, c=c))
    head = art.quotes[art.quotes["paragraph_id"] == 0]
    assert "Ann Lee" not in set(head["speaker"].dropna())
    assert not head["cue_text"].isin(["learned", "thought"]).any()  # (the quotation's own verbs are no cues)


def test_a_headline_s_own_report_around_a_quotation_still_counts() -> None:
    art = load_article("'We will fight on': growers vow to save plots" + _BODY.format(o="'", c="'"))
    head = art.quotes[art.quotes["paragraph_id"] == 0]
    assert head["cue_text"].tolist() == ["vow"]


def test_a_cue_word_after_a_verb_that_takes_an_object_is_that_object() -> None:
    text = (
        "Rich and poor nations trade blame as climate talks run past deadline\n\n"
        "Talks in Baku ran past their deadline on Saturday.\n"
    )
    assert load_article(text).quotes.empty


@pytest.mark.parametrize(
    "line",
    [
        "Our standards are high, and we will not lower them.",
        "Explore more of the city's parks this summer.",
        "Register to vote by email before Friday.",
        "Reuse this content was the name of the panel.",
    ],
)
def test_story_openings_that_share_debris_words_stay_story(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize("marks", [("'", "'"), ("“", "”"), ('"', '"')])
def test_a_headline_s_quotation_is_the_body_speaker_s_who_says_its_words(marks: tuple[str, str]) -> None:
    from quotelens.headline import headline_quotations

    o, c = marks
    head = f"{o}It's where I learned to breathe again{c}: the allotment growers fighting for their plots"
    hq = headline_quotations(load_article(head + _BODY.format(o=o, c=c)))
    assert hq[["quotation", "speaker"]].values.tolist() == [
        ["It's where I learned to breathe again", "Margaret Okafor"]
    ]


def test_a_headline_s_quotation_no_body_quotation_holds_stays_unresolved() -> None:
    from quotelens.headline import headline_quotations

    hq = headline_quotations(load_article("'We will never give up': growers dig in" + _BODY.format(o="'", c="'")))
    assert hq["quotation"].tolist() == ["We will never give up"]
    assert hq["speaker"].isna().all() and hq["group"].tolist() == [-1]


def test_the_headline_panel_says_whose_words_the_headline_quotes_escaped():
    from quotelens.headline_panel import headline_panel_for

    text = (
        "'It's <b>where</b> I learned to breathe': the growers fighting for their plots\n\n"
        "Margaret Okafor has rented plot 14 for 23 years.\n\n"
        "'It's <b>where</b> I learned to breathe,' she says. 'I mean that.'\n"
    )
    panel = headline_panel_for(load_article(text))
    assert "Quoted in the headline" in panel and "Margaret Okafor" in panel
    assert "<b>where</b>" not in panel  # (the article's text is never live HTML)
    plain = headline_panel_for(load_article("Council votes\n\nThe council voted on Tuesday.\n"))
    assert "Quoted in the headline" not in plain


def test_a_headline_content_inside_the_headline_s_own_quotation_marks_is_direct():
    quotes = load_article("Dutton calls plan “a fantasy”\n\nThe opposition leader said the plan was weak.\n").quotes
    head = quotes[quotes["paragraph_id"] == 0]
    assert list(head["kind"]) == ["direct"]


@pytest.mark.parametrize(
    "line",
    [
        "Topics: federal-government, housing, states-and-territories, australia",
        "Get our breaking news alert",
        "Download the ABC app for all the latest news",
        "More NFL coverage",
        "More from Features",
    ],
)
def test_topic_lists_app_and_alert_calls_and_section_links_are_debris(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["More from the hearing is expected on Tuesday.", "Get the latest updates from our team.", "More coverage, she said."],
)
def test_story_lines_sharing_those_words_stay_story(line):
    assert not is_boilerplate(line)


def test_a_dateline_with_a_published_and_an_updated_stamp_is_a_byline():
    assert is_byline("Published Jan. 21, 2024 at 11:48 p.m. ET | Updated Jan. 22, 2024 at 1:15 a.m. ET")


@pytest.mark.parametrize(
    "line",
    [
        "Contact Daniel Okafor at dokafor@rivertonledger.com or 555-0182. Follow him on Twitter @dokafor_ledger.",
        "Comments are closed for this story.",
        "Related topics",
        "Junior doctors accept talks offer - 3 days ago",
        "Nurses vote to reject pay award - 12 April 2024",
        "Correction: An earlier version of this article misstated the number of weeks of severance pay.",
        "Most Read\n1. Apple unveils new headset\n2. Why mortgage rates keep rising",
    ],
)
def test_contacts_closed_comments_dated_links_corrections_and_most_read_lists_are_debris(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["She said the correction was overdue.", "Contact the council for details.", "Most residents left - 3 days ago."]
)
def test_story_lines_with_those_words_stay_story_too(line):
    assert not is_boilerplate(line)
