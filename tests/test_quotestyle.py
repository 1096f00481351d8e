"""British quotation marks (‘…’, with “…” inside) are read as the engine reads American ones."""

from __future__ import annotations

from quotelens import load_article, quotestyle
from quotelens.segment import segment_paragraphs
from tests.conftest import DEFAULT_ARTICLE


def pairs(text: str) -> list[str]:
    return [text[o : c + 1] if c >= 0 else text[o:] for o, c in quotestyle.single_pairs(text, [(0, len(text))])]


def test_apostrophes_are_no_quotation_marks():
    assert pairs("Trump’s plan won’t pass, as in the ’90s, rock 'n roll.") == []


def test_a_plurals_apostrophe_closes_nothing_when_a_later_mark_does():
    assert pairs("‘The voters’ choice is clear,’ she said.") == ["‘The voters’ choice is clear,’"]
    assert pairs("He called it ‘the bosses’ and left.") == ["‘the bosses’"]


def test_straight_single_marks_pair_too_but_the_nyts_double_apostrophes_do_not():
    assert pairs("'It will fail,' she said.") == ["'It will fail,'"]
    assert pairs("''It will fail,'' she said.") == []


def test_a_quotation_going_on_into_the_next_paragraph_opens_it_unclosed():
    assert pairs("‘It will fail, and then") == ["‘It will fail, and then"]
    assert pairs("She said ‘it will") == []  # (not at a paragraph's start: an unpaired mark stays unread)


def test_an_american_article_is_read_as_written():
    text = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    read, note = quotestyle.for_engine(text, segment_paragraphs(text))
    assert read is text and note is None


def test_a_british_article_is_read_with_every_offset_kept_and_shown_as_written():
    text = "Plan fails\n\n‘We will build it,’ said Ann Lee. ‘It is “very” good, and the voters’ choice.’\n"
    art = load_article(text)
    assert quotestyle.NOTE in art.notes
    direct = art.quotes[art.quotes["kind"] == "direct"]
    assert direct["speaker"].tolist() == ["Ann Lee", "Ann Lee"]
    assert direct["text"].str.contains("‘").all() and "“very”" in direct["text"].iloc[1]
    assert (direct["text"] == [text[s:e] for s, e in zip(direct["start"], direct["end"], strict=True)]).all()


def test_the_default_article_set_british_style_has_the_same_quotations_and_speakers():
    text = DEFAULT_ARTICLE.read_text(encoding="utf-8")
    british = quotestyle.to_british(text)
    assert british != text and len(british) == len(text)
    cols = ["start", "end", "kind", "speaker"]
    us, uk = load_article(text).quotes[cols], load_article(british).quotes[cols]
    assert uk.to_dict("records") == us.to_dict("records")


def test_a_new_opening_mark_settles_a_plurals_apostrophe_as_the_closing_one():
    assert pairs("Search 'recipes' less and 'restaurant' more.") == ["'recipes'", "'restaurant'"]


MIXED = (
    "Deal row deepens\n\n"
    "Boris Johnson said the UK would leave “come what may”.\n\n"
    "“We will get it done,” he said. “There is no other way. We are ready,” he added.\n\n"
    "“It is a good deal,” a minister said. “It protects jobs,” she said.\n\n"
    "Labour's Keir Starmer said the plan was 'reckless'.\n\n"
    "'This is a government in chaos,' Sir Keir told the BBC. 'It has no plan.'\n\n"
    "Jo Swinson warned that ‘no deal would hurt every town in the country.’\n"
)


def test_an_article_that_mixes_the_styles_has_its_single_mark_quotations_read():
    rows = {(r.text, r.speaker) for r in load_article(MIXED).quotes.itertuples()}
    assert ("'This is a government in chaos,'", "Keir Starmer") in rows
    assert ("'It has no plan.'", "Keir Starmer") in rows
    read, note = quotestyle.for_engine(MIXED, segment_paragraphs(MIXED))
    assert note is None and len(read) == len(MIXED)
    assert "“This is a government in chaos,”" in read and "“It has no plan.”" in read
    assert "“no deal would hurt every town in the country.”" in read  # a partial quotation, read too
    assert "'reckless'" in read  # a scare quote stays as written


def test_single_marks_stay_unread_without_a_cue_beside_one_or_inside_a_quotation():
    plain = "Title\n\nThe crowd held signs reading 'Stop the war now.' and left.\n"
    assert quotestyle.for_engine(plain, segment_paragraphs(plain))[0] == plain
    inner = "Title\n\n“He told me, 'We will win this race,' and smiled,” she said.\n"
    assert quotestyle.for_engine(inner, segment_paragraphs(inner))[0] == inner
    subhead = "Title\n\n“Yes,” he said. “No,” she said.\n\n'A change warrior.'\n\nShe said, 'We will win.' He agreed.\n"
    read = quotestyle.for_engine(subhead, segment_paragraphs(subhead))[0]
    assert "'A change warrior.'" in read and "“We will win.”" in read


def test_a_quotation_left_open_mid_paragraph_goes_on_when_the_next_paragraph_opens_with_a_mark():
    text = (
        "Head\n\n'When he died, I couldn't stay,' she says, sitting back. 'Everything in there was him. I just dug.\n\n"
        "'People think an allotment is about vegetables. It isn't.\n\n'It is where I learned to breathe.'\n\nThe end.\n"
    )
    quotes = load_article(text).quotes
    assert quotes["text"].str.contains("Everything in there was him").any()
    assert quotes["text"].str.contains("People think an allotment").any()
    # (without a paragraph opening with a mark after it, an unpaired mark mid-paragraph stays unread)
    two = "She said 'it will.\n\nThe end."
    assert quotestyle.single_pairs(two, [(0, 18), (20, len(two))]) == []
    two = "She said 'it will.\n\n'The end."
    assert quotestyle.single_pairs(two, [(0, 18), (20, len(two))]) == [(9, -1), (20, -1)]
