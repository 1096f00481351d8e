"""Interview transcripts (issue 22 item 7): label lines are direct speech of the people the article names."""

from __future__ import annotations

import pytest

from quotelens import derived, load_article, views
from quotelens.article import Article
from quotelens.attribution import find_attributions
from quotelens.segment import find_quote_regions, segment_paragraphs, segment_sentences
from quotelens.speakers import resolve_speakers
from quotelens.transcript import apply_transcript

SENATOR = (
    "Senator Talks Taxes\n\n"
    "Senator Jane Ruiz sat down with the Herald's Tom Beck on Monday. The interview has been edited for length.\n\n"
    "Q: Will you vote for the bill?\n\n"
    "A: I will not. It raises taxes on working families.\n\n"
    "Q: What would change your mind?\n\n"
    "A: A real cut for the middle class, she added.\n\n"
    "RUIZ: We have to start over.\n"
)


def lines(article: Article) -> list[tuple[str, str | None, str]]:
    """(words, speaker, kind) of every quotation, in text order."""
    q = article.quotes
    return [(t, s, k) for t, s, k in zip(q["text"], q["speaker"], q["kind"], strict=True)]


def speaker_of(article: Article, words: str) -> str | None:
    hits = [s for t, s, _ in lines(article) if t.startswith(words)]
    assert hits, f"no quotation starts with {words!r}: {lines(article)}"
    return hits[0]


def test_q_and_a_with_a_named_interviewer() -> None:
    art = load_article(SENATOR)
    assert speaker_of(art, "Will you vote") == "Tom Beck"
    assert speaker_of(art, "What would change") == "Tom Beck"
    assert speaker_of(art, "I will not") == "Jane Ruiz"
    assert speaker_of(art, "We have to start over") == "Jane Ruiz"
    label_rows = art.quotes[art.quotes["rule"] == "speaker label"]
    assert len(label_rows) >= 4 and set(label_rows["kind"]) == {"direct"}
    names = set(art.speakers["name"])
    assert not names & {"Q", "A", "a", "RUIZ"}, names  # no entity made of a label alone
    q_row = label_rows[label_rows["text"].str.startswith("Will you")].iloc[0]
    assert (
        "transcript label “Q” → the interviewer Tom Beck (“sat down with the Herald's Tom Beck”)" in q_row["evidence"]
    )


def test_she_added_after_a_label_continues_its_speaker() -> None:
    art = load_article(SENATOR)
    rows = [(t, s, k) for t, s, k in lines(art) if "real cut" in t]
    assert rows == [("A real cut for the middle class", "Jane Ruiz", "direct")]  # once, without "A:"
    row = art.quotes[art.quotes["text"] == "A real cut for the middle class"].iloc[0]
    assert "“she” closes the label line “A” → Jane Ruiz" in row["evidence"]


def test_she_opening_the_paragraph_after_a_label_line() -> None:
    text = (
        "Governor on Schools\n\n"
        "In an interview with Governor Ana Pike, the Ledger's Paul Grant asked about the budget.\n\n"
        "Q: Will the schools get more money?\n\n"
        "A: Every district will get more money next year.\n\n"
        "She added that teachers would get a raise as well.\n\n"
        "Mayor Tom Hale, who also spoke, said the city would help.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Will the schools") == "Paul Grant"
    assert speaker_of(art, "Every district") == "Ana Pike"
    assert speaker_of(art, "that teachers would get") == "Ana Pike"
    assert speaker_of(art, "the city would help") == "Tom Hale"


def test_q_and_a_with_nobody_named_as_interviewer() -> None:
    text = (
        "A Chef's Life\n\n"
        "Maria Lopez opened her first restaurant at 22. Lopez now runs four. "
        "Questions and answers have been edited for length.\n\n"
        "Q: What got you started?\n\n"
        "A: My grandmother cooked for the whole street every Sunday.\n\n"
        "Q: And what comes next for you?\n\n"
        "A: A fifth restaurant, in the old train station downtown.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "What got you") == "the interviewer"
    assert speaker_of(art, "My grandmother") == "Maria Lopez"  # named most before the first label line
    row = art.speakers[art.speakers["name"] == "the interviewer"].iloc[0]
    assert row["type"] == "anonymous"
    ev = art.quotes[art.quotes["text"].str.startswith("What got")].iloc[0]["evidence"]
    assert "the interviewer, whom the article does not name" in ev


def test_question_and_answer_words_and_a_byline() -> None:
    text = (
        "Ten Minutes With a Mayor\n\n"
        "By Rosa Vance\n\n"
        "Mayor Luis Ortega has led the city since 2019.\n\n"
        "Question: How will you pay for the new bridge?\n\n"
        "Answer: With the state's help and a small toll for trucks.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "How will you pay") == "Rosa Vance"
    assert speaker_of(art, "With the state's help") == "Luis Ortega"
    assert set(art.quotes["kind"]) == {"direct"}


def test_surname_and_title_labels() -> None:
    text = (
        "A Debate on Trade\n\n"
        "Senator Ellen Marsh and Representative Carl Webb debated trade on Sunday's program, "
        "moderated by Dana Fox of the Sentinel.\n\n"
        "FOX: Senator, will the deal pass?\n\n"
        "SEN. MARSH: It will pass, and it will pass easily this fall.\n\n"
        "MR. WEBB: I doubt it very much, and so do my colleagues.\n\n"
        "Carl Webb: Let me add one thing about the farmers.\n\n"
        "THE MODERATOR: We have to leave it there, thank you both.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Senator, will the deal") == "Dana Fox"
    assert speaker_of(art, "It will pass") == "Ellen Marsh"
    assert speaker_of(art, "I doubt it") == "Carl Webb"
    assert speaker_of(art, "Let me add") == "Carl Webb"
    assert speaker_of(art, "We have to leave it") == "the moderator"  # a role nobody is introduced with
    kinds = dict(zip(art.quotes["text"], art.quotes["kind"], strict=True))
    assert kinds["It will pass, and it will pass easily this fall."] == "direct"
    webb = art.speakers[art.speakers["name"] == "Carl Webb"].iloc[0]
    assert webb["quotes"] >= 2 and webb["type"] == "person"


def test_a_label_nobody_is_named_for() -> None:
    text = (
        "Town Hall Notes\n\n"
        "The council met on Tuesday to hear residents.\n\n"
        "AUDIENCE MEMBER: Why are the buses always late in winter?\n\n"
        "UNIDENTIFIED MALE: Nobody has fixed the roads in years.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Why are the buses") == "the audience member"
    assert speaker_of(art, "Nobody has fixed") == "the unidentified male"
    assert set(art.speakers[art.speakers["name"].str.startswith("the ")]["type"]) == {"anonymous"}


def test_a_surname_label_with_no_one_else_of_that_name_is_a_person() -> None:
    text = "Sunday Show\n\nWALLACE: Let's start with the debate and what happens next.\n"
    art = load_article(text)
    row = art.speakers[art.speakers["name"] == "Wallace"].iloc[0]
    assert row["type"] == "person"
    assert speaker_of(art, "Let's start") == "Wallace"


def test_the_president_label_goes_to_the_one_president() -> None:
    text = (
        "Remarks at the Summit\n\n"
        "President Helen Cross spoke to reporters after the summit.\n\n"
        "THE PRESIDENT: We made real progress on trade today.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "We made real progress") == "Helen Cross"
    assert [k for t, _, k in lines(art) if t.startswith("We made")] == ["direct"]


def test_a_text_with_a_colon_that_is_no_interview_does_not_change() -> None:
    text = (
        "Budget Passes\n\n"
        "The reason: taxes went up again this year, the mayor said.\n\n"
        "Update: This story was changed to add the vote count.\n\n"
        "“We did it,” said council member Ann Lee.\n"
    )
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    result = resolve_speakers(text, paragraphs, atts, sentences, regions)
    out_atts, out_result = apply_transcript(text, paragraphs, atts, result)
    assert out_atts is atts and out_result is result


def test_the_inputs_are_not_changed() -> None:
    text = SENATOR
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    result = resolve_speakers(text, paragraphs, atts, sentences, regions)
    before = [(list(a.content), a.kind, a.source) for a in atts], list(result.choices), len(result.entities)
    out_atts, out_result = apply_transcript(text, paragraphs, atts, result)
    assert out_atts is not atts
    assert ([(list(a.content), a.kind, a.source) for a in atts], list(result.choices), len(result.entities)) == before
    assert len(out_atts) == len(out_result.choices)
    assert all(e.id == n for n, e in enumerate(out_result.entities))
    assert all(0 <= m.entity < len(out_result.entities) for m in out_result.mentions)


@pytest.mark.parametrize("use_only_sure", [False, True])
def test_who_said_what_goes_to_the_named_persons(use_only_sure: bool) -> None:
    """The who-said-what words (the views behind the dashboard's chart) go to the interview's two people."""
    art = load_article(SENATOR)
    if use_only_sure:
        art = derived.only_sure(art)
    words = views.words_by_speaker(art)
    by_speaker = words.groupby("speaker")["words"].sum().to_dict()
    assert set(by_speaker) == {"Tom Beck", "Jane Ruiz"}, by_speaker
    assert by_speaker["Jane Ruiz"] == len("I will not. It raises taxes on working families.".split()) + len(
        "A real cut for the middle class".split()
    ) + len("We have to start over.".split())
    assert set(words["kind"]) == {"direct"}


def test_interviewed_by_and_spoke_with_a_reporter_of_an_outlet() -> None:
    text = (
        "Talking Trade\n\n"
        "Ana Pike was interviewed by Paul Grant on Friday. Also present: Mayor Tom Hale.\n\n"
        "Q: Is the deal good for farmers?\n\n"
        "A: It is the best deal farmers have had in twenty years.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Is the deal") == "Paul Grant"
    assert speaker_of(art, "It is the best") == "Ana Pike"
    text2 = (
        "Talking Trade\n\n"
        "Governor Ana Pike spoke with Paul Grant of the New York Times on Friday about the deal.\n\n"
        "Q: Is the deal good for farmers?\n\n"
        "A: It is the best deal farmers have had in twenty years.\n"
    )
    art2 = load_article(text2)
    assert speaker_of(art2, "Is the deal") == "Paul Grant"
    assert speaker_of(art2, "It is the best") == "Ana Pike"


def test_a_heading_that_names_its_own_person_is_no_transcript_line() -> None:
    """ "Marco Rubio: Retirement accounts ... Senator Marco Rubio proposed": a list article's heading."""
    text = (
        "Bold Ideas From the Losers\n\n"
        "Several candidates who lost had ideas worth keeping.\n\n"
        "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of Florida proposed that everyone "
        "ought to be able to invest through the government's own plan.\n"
    )
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    result = resolve_speakers(text, paragraphs, atts, sentences, regions)
    assert any(a.rule == "speaker label" for a in atts)  # the engine reads it as a label line
    out_atts, out_result = apply_transcript(text, paragraphs, atts, result)
    assert [a.kind for a in out_atts] == [a.kind for a in atts]
    assert [c.path for c in out_result.choices] == [c.path for c in result.choices]


def test_a_label_that_names_no_speaker_keeps_the_engines_reading() -> None:
    """ "UN: ..." in a news digest is no one's line: kinds, choices and mentions (in their order) stay."""
    text = (
        "Morning Digest\n\n"
        "Here is what happened overnight, as Maria Lopez and Tom Hale reported from the capital.\n\n"
        "UN: PEACEKEEPERS PAID FOR SEX The United Nations has been grappling with a scandal for months.\n"
    )
    paragraphs = segment_paragraphs(text)
    regions = find_quote_regions(text, paragraphs)
    sentences = segment_sentences(text, paragraphs)
    atts = find_attributions(text, paragraphs, regions, sentences)
    result = resolve_speakers(text, paragraphs, atts, sentences, regions)
    assert any(a.rule == "speaker label" for a in atts)
    out_atts, out_result = apply_transcript(text, paragraphs, atts, result)
    assert [a.kind for a in out_atts] == [a.kind for a in atts]
    assert out_result.choices == result.choices
    assert out_result.mentions == result.mentions


def test_a_host_label_is_the_unnamed_host_not_the_guest() -> None:
    text = (
        "Transcript: Governor Lee on the budget\n\n"
        'The following is a transcript of an interview with Governor Andrea Lee that aired Sunday on "Capitol Weekly."\n\n'
        "HOST: Governor, will there be a shutdown on Friday?\n\n"
        "LEE: I hope not. We have put a fair offer on the table.\n\n"
        "HOST: Governor Lee, thank you.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Governor, will there be") == "the host"
    assert speaker_of(art, "I hope not") == "Andrea Lee"


@pytest.mark.parametrize(
    "lead",
    [
        "After the game, Ana Pike took questions from reporters. An excerpt:",  # "X took questions"
        "Ana Pike spoke after the game. An excerpt:",  # the one person named just before the first label line
    ],
)
def test_the_interviewee_is_who_took_questions_not_who_is_named_most(lead: str) -> None:
    text = (
        "Storm Win Late\n\n"
        "Tom Hale scored 30. Hale also had ten rebounds, and Hale hit the winner.\n\n"
        '"It felt good," Hale said.\n\n'
        f"{lead}\n\n"
        "Q: What changed at halftime?\n\n"
        "A: Nothing fancy. We simplified the coverages.\n"
    )
    art = load_article(text)
    assert speaker_of(art, "Nothing fancy") == "Ana Pike"
