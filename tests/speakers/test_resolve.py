from quotelens import load_article
from tests.speakers.examples import speakers_of
from tests.test_attribution import attributions


def test_titles_are_roles_not_names(default_article):
    sp = default_article.speakers.set_index("name")
    assert "Rex Tillerson" in sp.index
    assert "secretary of state" in sp.loc["Rex Tillerson", "roles"]
    assert "Tillerson" in sp.loc["Rex Tillerson", "aliases"]


def test_description_resolves_to_the_person_with_that_role(default_article):
    q = default_article.quotes
    row = q[q["mention_text"] == "the U.S. diplomat"].iloc[0]
    assert row["speaker"] == "Rex Tillerson"
    assert row["resolution"] == "alias"
    assert "secretary of state" in row["evidence"]


def test_short_name_picks_the_person_by_title():
    body = (
        "Bill Clinton spoke in Ohio. Hillary Clinton spoke in Iowa.\n\n"
        "Mrs. Clinton said the campaign would win in November."
    )
    (a,) = [q for q in attributions(body) if q["cue"] == "said"]
    assert a["speaker"] == "Hillary Clinton"


def test_pronoun_sex_vetoes_the_wrong_antecedent():
    body = "Hillary Clinton met John Kerry on Friday.\n\nHe said the talks had gone well for both sides."
    (a,) = attributions(body)
    assert a["speaker"] == "John Kerry"


def test_anonymous_source_resolves_to_no_person():
    art = load_article("Headline Here\n\nA senior official said the talks would resume next week in Geneva.")
    (rec,) = art.scorer_records()
    assert rec["speaker"] is None
    assert art.quotes.iloc[0]["speaker_type"] == "anonymous"


def test_media_source_is_typed_media(default_article):
    sp = default_article.speakers.set_index("name")
    assert sp.loc["Russian media", "type"] == "media"


def test_mentioned_but_never_quoted_first_hand_is_counted(default_article):
    sp = default_article.speakers.set_index("name")
    assert sp.loc["Donald Trump", "mentions"] >= 5
    assert sp.loc["Donald Trump", "mentions"] > sp.loc["Donald Trump", "quotes"]
    q = default_article.quotes
    body = default_article.paragraphs.loc[default_article.paragraphs["role"] == "body", "id"]
    trump = q[q["speaker"].str.contains("Donald Trump", na=False) & q["paragraph_id"].isin(body)]
    assert not trump.empty  # (with Putin, as a pair, through Tillerson)
    assert trump["via"].notna().all()  # anything the body credits to him comes through someone else


def test_places_are_not_speakers(default_article):
    assert "United States" not in set(default_article.speakers["name"])


def test_two_people_named_together_speak_as_one_pair_and_are_never_he():
    body = (
        "Mayor Jo Hale met Governor Paul Ortiz on Monday.\n\n"
        "Hale and Ortiz said the pier would reopen in the spring.\n\n"
        "He said the repairs would cost less than planned."
    )
    together, alone = attributions(body)
    assert together["speaker"] == "Jo Hale and Paul Ortiz"
    assert alone["speaker"] == "Paul Ortiz"  # "he" is the last single man named, not the pair


def test_a_pair_counts_for_each_of_its_members_in_the_headline_panel():
    from quotelens.headline import named_in_headline

    art = load_article(
        "Hale Meets Ortiz at the Pier\n\nMayor Jo Hale met Governor Paul Ortiz on Monday.\n\n"
        "Hale and Ortiz agreed to rebuild the pier, an aide said."
    )
    names = named_in_headline(art).set_index("name")
    assert "Jo Hale and Paul Ortiz" not in names.index  # the pair is not named in the headline as such
    assert names.loc["Paul Ortiz", "quotations"] == 1  # what they said together counts for each
    assert names.loc["Jo Hale", "quotations"] == 1


def test_a_description_links_to_the_person_introduced_with_that_role_and_place():
    got = speakers_of(
        "Pence Speaks\n\nDonald Trump and Indiana Gov. Mike Pence campaigned in Ohio on Monday. "
        "Trump said the economy was failing.\n\nThe Indiana governor said the ticket would win the state."
    )
    assert got[-1] == ("The Indiana governor", "Mike Pence", "alias")


def test_a_party_in_a_description_must_agree():
    got = speakers_of(
        "Race\n\nRepublican presidential nominee Donald Trump and Democratic presidential nominee Hillary Clinton "
        "spoke on Monday. Clinton said the race was close.\n\nThe Republican nominee said he would win.\n\n"
        "The Democratic nominee said she would win."
    )
    assert [s for _, s, _ in got[1:]] == ["Donald Trump", "Hillary Clinton"]


def test_the_network_is_the_medium_named_before():
    got = speakers_of(
        "RT Report\n\nThe Kremlin-backed broadcaster RT aired the interview on Tuesday. Hillary Clinton said "
        "the channel spread propaganda.\n\nThe network said it reported the facts."
    )
    assert got[-1][:2] == ("The network", "RT")


def test_the_campaign_is_the_campaign_named_before():
    got = speakers_of(
        "Debate\n\nThe Clinton campaign attacked Donald Trump on Monday. Trump said the attacks were false.\n\n"
        "The campaign said it would keep up the pressure."
    )
    assert got[-1][:2] == ("The campaign", "the Clinton campaign")


def test_a_short_name_and_a_headline_name_find_the_body_person():
    got = speakers_of(
        "Mayor Jo Hale Says the Pier Will Reopen\n\nMayor Jo Hale spoke on Monday.\n\n“We will reopen,” Hale said."
    )
    assert {s for _, s, _ in got} == {"Jo Hale"}


def test_a_pronoun_inside_a_reported_clause_is_less_likely_the_next_speaker():
    got = speakers_of(
        "Lawsuit\n\nTrump's attorney, Alan Garten, said Samuel Nunberg was looking for free publicity.\n\n"
        "He said Nunberg was bound by an agreement."
    )
    assert got[-1][:2] == ("He", "Alan Garten")


def test_descriptions_of_kinds_of_organisation_and_a_role_opening_a_sentence():
    cases = [
        (
            "Race\n\nBillionaire Donald Trump and Sen. Ted Cruz campaigned in Iowa. Cruz said the race was close.\n\n"
            "The billionaire said he would win Iowa.",
            "Donald Trump",
        ),
        (
            "Tax\n\nThe New York Times obtained the tax records. Donald Trump said the story was false.\n\n"
            "The paper said it stood by its reporting.",
            "New York Times",
        ),
        (
            "Probe\n\nThe Federal Bureau of Investigation (FBI) reopened the case on Friday. The FBI said the emails "
            "were new.\n\nThe bureau said it would finish soon.",
            "Federal Bureau of Investigation",
        ),
        (
            "Donors\n\nThe Clinton Foundation took money from foreign donors. Donald Trump said it was corrupt.\n\n"
            "The foundation said the gifts were legal.",
            "Clinton Foundation",
        ),
    ]
    for text, want in cases:
        assert speakers_of(text)[-1][1] == want, text


def _one_speaker(text: str, source: str, content_from: str):
    """The entity resolved for the one attribution whose source is ``source`` (its first occurrence) and
    whose content runs from ``content_from`` to the text's last character."""
    from quotelens.attribution.record import Attribution
    from quotelens.segment import segment_paragraphs
    from quotelens.speakers import resolve_speakers

    paragraphs = segment_paragraphs(text)
    s = text.index(source)
    paragraph = next(p.id for p in paragraphs if p.start <= s < p.end)
    att = Attribution([(text.index(content_from), len(text) - 1)], None, (s, s + len(source)), paragraph, "test", 1.0)
    result = resolve_speakers(text, paragraphs, [att])
    (choice,) = result.choices
    return result.entities[choice.entity]


def test_a_source_inside_an_organisations_name_is_that_organisation():
    text = (
        "Court race\n\nJoAnne Kloppenburg ran for the court.\n\n"
        "The Brennan Center for Justice noted that spending had reached $2 million."
    )
    assert _one_speaker(text, "Justice", "spending").name == "Brennan Center for Justice"


def test_all_or_both_of_whom_is_the_group_named_just_before():
    text = (
        "Iran bill\n\nCorker teamed up with Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.) and "
        "Marco Rubio (R-Fla.), all of whom said the deal was bad."
    )
    members = _one_speaker(text, "all of whom", "the deal").members
    assert members == ["Robert Menendez", "Joe Manchin III", "Marco Rubio"]


def test_they_and_it_can_be_a_campaign_named_through_its_candidate():
    got = speakers_of(
        "Zika Fight\n\nPatrick Murphy and Marco Rubio are running for the Senate.\n\n"
        "Murphy's campaign is tying the bill to Rubio, who supported it. They are saying his vote is a signal "
        "he wants to play politics."
    )
    assert [s for _, s, _ in got] == ["Marco Rubio", "the Murphy campaign"]
    got = speakers_of(
        "Ad War\n\nHillary Clinton spoke in Iowa on Monday. Donald Trump spoke in Ohio.\n\n"
        "Clinton's campaign released a new ad on Tuesday. It said the ad would run in three states."
    )
    assert got[-1][:2] == ("It", "the Clinton campaign")


def test_a_counted_description_is_the_group_set_off_just_after_it():
    got = speakers_of(
        "Climate\n\nBut the two leading Republicans, Donald J. Trump and Senator Ted Cruz, said the science "
        "of climate change was unsettled."
    )
    assert got[-1][1:] == ("Donald J. Trump and Ted Cruz", "group")


def test_names_joined_by_and_with_a_title_before_the_second_are_a_group():
    got = speakers_of(
        "Climate\n\nDonald J. Trump and Senator Ted Cruz said the science of climate change was unsettled."
    )
    assert got[-1][1:] == ("Donald J. Trump and Ted Cruz", "group")


def test_a_surname_that_is_a_common_word_opening_a_sentence_is_still_the_person():
    from tests.speakers.examples import speaker_of

    body = (
        "Kristen Day, the executive director of Democrats for Life, spoke on Monday.\n\n"
        "Day said the platform ignored millions of voters."
    )
    assert speaker_of(body, "said") == "Kristen Day"
