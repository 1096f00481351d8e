"""Tests of :mod:`quotelens.attribution.frames.participles` (moved from tests/test_attribution.py), on short sentences written for the test."""

from __future__ import annotations

import pytest

from quotelens import load_article
from tests.attribution.examples import attributions, proposals


def test_participle_takes_the_speaker_of_the_clause_before():
    quotes = attributions("“We will win the state,” Governor Lee Chan said, adding that the polls would soon move.")
    assert quotes[-1]["cue"] == "adding"
    assert quotes[-1]["speaker"] == "Lee Chan"
    assert quotes[-1]["pieces"] == ["that the polls would soon move."]


def test_adverb_after_the_cue_and_a_participle_are_not_content():
    rows = attributions("“Maybe we were wrong,” Ben Hale wondered aloud, looking at the map.")
    a = next(r for r in rows if r["cue"] == "wondered")
    assert a["speaker"] == "Ben Hale"
    assert a["pieces"] == ["“Maybe we were wrong,”"]


def test_participle_after_the_attribution_is_not_a_second_content():
    (a,) = attributions("“We did our part,” Ivo Marsh said, instead hoping to talk about the harbour.")
    assert a["speaker"] == "Ivo Marsh"
    assert a["pieces"] == ["“We did our part,”"]


def test_particle_after_a_participle_cue_belongs_to_the_cue():
    rows = attributions("Mayor Tom Blake defended the plan, pointing to the falling cost of steel this year.")
    pointing = next(r for r in rows if r["cue"] == "pointing to")
    assert pointing["pieces"] == ["the falling cost of steel this year."]


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        (
            'Mayor Hale rallied supporters by warning darkly that "the pier is in danger."',
            "warning",
            'that "the pier is in danger."',
        ),
        ('Mayor Hale thanked the crew before saying, "the pier is in danger."', "saying", '"the pier is in danger."'),
    ],
)
def test_a_gerund_after_a_preposition_is_the_speakers_report(body, cue, content):
    found = proposals(body)
    assert [(f[1], f[3]) for f in found if f[2] == cue] == [("Mayor Hale", [content])]


def test_where_a_participle_wrote_is_no_part_of_the_words():
    (p,) = proposals("In October, Mike Rubino reached out to the firm, writing in an email: “We want to use this.”")
    assert p[1:] == ("Mike Rubino", "writing", ["“We want to use this.”"])


def test_pronoun_subject_is_the_whole_subject_for_a_participle():
    rows = attributions("However, he held his fire on Ben Carson, calling him “a very nice guy indeed.”")
    calling = next(r for r in rows if r["cue"] == "calling")
    assert calling["mention"] == "he"


def test_participle_content_skips_its_comma():
    rows = attributions("Mayor Ann Lee closed the meeting, saying, “Thank you all for coming tonight.”")
    saying = next(r for r in rows if r["cue"] == "saying")
    assert saying["pieces"] == ["“Thank you all for coming tonight.”"]


def test_subjects_with_a_relation_or_a_poll_participle():
    (p,) = proposals("People familiar with the matter said the deal had stalled.")
    assert p[1] == "People familiar with the matter"
    (p,) = proposals("The plan is dead, a source close to him said.")
    assert p[1:3] == ("a source close to him", "said")
    (p,) = proposals("Those surveyed said the economy was the top issue.")
    assert p[1] == "Those surveyed"


def test_by_saying_and_a_participle_after_a_quoted_comma():
    rows = proposals("Ms. Reyes answered her critics by saying she would stay in the race.")
    saying = next(p for p in rows if p[2] == "saying")
    assert saying[1:] == ("Ms. Reyes", "saying", ["she would stay in the race."])
    rows = proposals("The governor blamed the press for calling the plan “a failure,” saying reporters had misread it.")
    saying = next(p for p in rows if p[2] == "saying")
    assert saying[1] == "The governor"


def test_with_someone_doing_a_report():
    (p,) = proposals("Critics pounced, with Sen. Ada Frost calling the bill a “blank cheque.”")
    assert p[:4] == ("participle (with its subject)", "Sen. Ada Frost", "calling", ["the bill a “blank cheque.”"])


def test_participle_apposition_between_subject_and_cue():
    rows = proposals("Mr. Ortiz, asked about the delays, had said, “We will finish this bridge by spring.”")
    assert [p[:3] for p in rows] == [("asked (question)", None, "asked"), ("source-first", "Mr. Ortiz", "said")]


def test_capitalised_name_in_ing_is_a_subject_not_an_opening_participle():
    rows = proposals("Manning said the pier would close, but said, “It will reopen in May.”")
    assert [(p[1], p[3]) for p in rows] == [
        ("Manning", ["the pier would close"]),
        ("Manning", ["“It will reopen in May.”"]),
    ]


def test_participles_coordinated_with_and():
    rows = proposals("He ducked, pointing to his record in the legislature and saying that senators are overrated.")
    assert [(p[1], p[2], p[3]) for p in rows] == [
        ("He", "pointing to", ["his record in the legislature"]),
        ("He", "saying", ["that senators are overrated."]),
    ]


def test_quotation_after_a_dash_starts_the_content():
    rows = proposals("The mayor kept attacking the plan - “It will sink the pier,” one council ad declared - and won.")
    assert ("content-first (source, cue)", "one council ad", "declared", ["“It will sink the pier,”"]) in rows


def test_participle_after_a_dash_or_after_a_quantity_of_people():
    rows = proposals("Ana Ruiz switched her pick on the spot – saying she was rooting for the home team.")
    assert (
        "participle (subject of the sentence)",
        "Ana Ruiz",
        "saying",
        ["she was rooting for the home team."],
    ) in rows
    rows = proposals("The levy could pass, with 47 percent of likely voters saying they will certainly back it.")
    assert (
        "participle (with its subject)",
        "47 percent of likely voters",
        "saying",
        ["they will certainly back it."],
    ) in rows


def test_a_name_in_ly_opens_a_subject_not_an_adverbial():
    rows = proposals("Kelly Ayotte threw her support behind the levy (R-Texas) Wednesday, saying it is time to act.")
    assert ("participle (subject of the sentence)", "Kelly Ayotte", "saying", ["it is time to act."]) in rows


def test_time_and_ahead_openers_are_not_the_subject_of_a_participle():
    rows = proposals("Hours later, Ana Ruiz returned the favour, telling the Gazette the levy would pass.")
    assert ("participle (subject of the sentence)", "Ana Ruiz", "telling", ["the Gazette the levy would pass."]) in rows
    rows = proposals("Ahead of the vote, Ana Ruiz changed her tone, launching attacks on the levy.")
    assert ("participle (subject of the sentence)", "Ana Ruiz", "launching", ["attacks on the levy."]) in rows


def test_reduced_relative_participle_has_the_noun_phrase_before_it_as_subject():
    rows = proposals("The council ignored the chorus of critics calling for the mayor to resign over the pier.")
    assert (
        "participle (reduced relative)",
        "the chorus of critics",
        "calling for",
        ["the mayor to resign over the pier."],
    ) in rows
    rows = proposals("She stopped short of calling for the mayor to resign.")
    assert not any(r[0] == "participle (reduced relative)" for r in rows)  # "of" is no subject


def test_participle_goes_to_the_main_speaker_not_to_one_reported_inside():
    rows = proposals('Starr said the case reminds him of the book titled "The Long Fall," explaining, "It was sad."')
    assert ("participle (speaker of the clause before)", "Starr", "explaining", ['"It was sad."']) in rows


def test_upon_saying_is_no_reduced_relative():
    rows = proposals("Ms. Hale drew a wave of boos upon saying, “The pier will close.”")
    assert [r[1:] for r in rows if r[2] == "saying"] == [("Ms. Hale", "saying", ["“The pier will close.”"])]


def test_participle_lead_before_the_cue_is_no_content():
    rows = proposals('Asked a direct question about the pier, Ms. Hale said, "I do take responsibility."')
    assert ("content-first (source, cue)", "Ms. Hale", "said", ['"I do take responsibility."']) in rows


def test_participle_opening_the_sentence_takes_the_main_clause_subject():
    rows = proposals("After saying her foot was “so swollen I could not walk,” she was rushed to a hospital.")
    assert (
        "participle (opening, subject after)",
        "she",
        "saying",
        ["her foot was “so swollen I could not walk,”"],
    ) in rows
    rows = proposals("After announcing that he would not run, Mr. Hale thanked his staff.")
    assert ("participle (opening, subject after)", "Mr. Hale", "announcing", ["that he would not run"]) in rows


def test_participle_after_a_scene_clause_takes_that_clause_subject():
    rows = proposals("Hale spoke at the pier, where about 50 protesters had gathered, chanting “Close it now!”")
    assert [r[1] for r in rows if r[2] == "chanting"] == ["about 50 protesters"]
    rows = proposals("“Is it two?” Hale asks as a guard walks in, saying he’s “here to fix the lights.”")
    assert [r[1] for r in rows if r[2] == "saying"] == ["a guard"]
    rows = proposals(
        "Hale criticized the plan adopted after two weeks of talks, saying it goes “nowhere near far enough.”"
    )
    assert [r[1] for r in rows if r[2] == "saying"] == ["Hale"]
    rows = proposals("Ruiz has been cagey about where she stands, offering few specifics beyond a letter in May.")
    assert [r[1] for r in rows if r[2] == "offering"] == ["Ruiz"]


def test_a_negated_participle_after_the_cue_is_circumstance():
    rows = proposals(
        "''We have shown the city what a pier can be,'' Ms. Hale said, not even needing to name the builder."
    )
    assert ("Ms. Hale", "said", ["''We have shown the city what a pier can be,''"]) in [r[1:] for r in rows]


def test_a_participle_after_an_object_speaks_for_the_objects_issuer():
    rows = proposals('On Saturday, Hale issued a statement saying that the pier was "a fine place."')
    assert ("participle (the object's issuer)", "Hale", "saying", ['that the pier was "a fine place."']) in rows
    rows = proposals("The town released a statement Wednesday saying the pier would reopen.")
    assert [r[1] for r in rows if r[2] == "saying"] == ["The town"]
    rows = proposals('That morning, a crowd of workers had gathered, carrying signs saying, "Close the pier."')
    assert [r[1][:7] for r in rows if r[2] == "saying"] == ["a crowd"]  # (the head of "a crowd of workers")
    # people, and a gerund after "about", speak for themselves
    rows = proposals("The mayor praised the crowd of residents calling for the pier to reopen.")
    assert [r[1] for r in rows if r[2] == "calling for"] == ["the crowd of residents"]
    rows = proposals("Ruiz will be interviewed about Pope Francis calling the pier a sham.")
    assert [r[1] for r in rows if r[2] == "calling"] == ["Pope Francis"]


def test_a_participle_does_not_share_a_possessive_noun_phrase_as_its_speaker():
    rows = proposals(
        'Hale tweaked his familiar campaign promise Saturday when he announced the plan, calling the pier "our future."'
    )
    assert [r[1] for r in rows if r[2] == "calling"] == ["he"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("New York (AFP) – Mayor Jo Hale on Monday toured the pier, calling it unsafe.", "Mayor Jo Hale"),
        (
            "The day before, at a rally in Dayton, Ohio, Mr. Hale was just as blunt, claiming that the pier was unsafe.",
            "Mr. Hale",
        ),
        ("In the district court in Alexandria, Va., Ruiz said little, offering only that she was guilty.", "Ruiz"),
        ("Once she was mayor, Ms. Hale made the pier a priority, announcing a repair plan.", "Ms. Hale"),
        ("More recently, Ruiz has shifted somewhat, offering more dire warnings about the pier.", "Ruiz"),
    ],
)
def test_the_sentence_subject_after_openers_for_a_participle(sentence, speaker):
    rows = [r for r in proposals(sentence) if r[0].startswith("participle")]
    assert [r[1] for r in rows] == [speaker]


def test_gerunds_prepositional_objects_and_opening_phrases_are_no_speakers():
    rows = proposals("A city official responded by saying the pier should stay “closed to everyone” for now.")
    assert [r[1] for r in rows if r[2] == "saying"] == ["A city official"]
    assert not any(r[0] == "passive (reduced, by agent)" for r in rows)
    rows = proposals(
        "In a statement released Thursday, Rep. Ana Ruiz (D-Ohio) reacted to the news, saying: “The pier must close.”"
    )
    assert not any(r[2] == "released" for r in rows)
    assert [r[1] for r in rows if r[2] == "saying"] == ["Rep. Ana Ruiz"]
    rows = proposals("Hale responded to Ruiz’ question on Facebook writing, “Yes, I will close the pier.”")
    assert [r[1] for r in rows if r[2] == "writing"] == ["Hale"]


@pytest.mark.parametrize(
    ("body", "frame", "outer"),
    [
        (
            "The council released a statement Monday saying the plan “will not survive the winter.”",
            "saying",
            "released",
        ),
        ("Governor Ames responded, calling the proposal “a gift to landlords.”", "calling", "responded"),
        ("Mayor Ames went on to say, “The bridge will open in May.”", "say", "went on"),
    ],
)
def test_a_participle_opening_the_content_is_its_frame(body, frame, outer):
    cues = [cue for _, _, cue, _ in proposals(body)]
    assert frame in cues
    assert outer not in cues  # "released a statement saying C" is not itself a report of C


def test_the_frame_that_replaces_a_wrapper_is_reported_even_if_the_model_kept_it_only_for_the_reader():
    # the model drops "attacking ... for C" on its own but keeps it inside "fired back in March,
    # attacking ..."; once that wrapper gives way, the participle's report is the one that counts
    art = load_article(
        "Headline For The Test\n\nMayor Ames fired back in March, attacking the council for “the greed, "
        "the waste, the absurd theatrics” of its budget and generally impugning its judgment."
    )
    (record,) = art.scorer_records()
    assert art.text[record["cue"][0] : record["cue"][1]] == "attacking"
    assert art.text[record["source"][0] : record["source"][1]] == "Mayor Ames"


@pytest.mark.parametrize(
    ("body", "first"),
    [
        (
            "Hale told a radio host that the pier “was a wreck,” adding, “Nobody fixed it for years.”",
            "that the pier “was a wreck,”",
        ),
        ("Hale dismissed the report, calling it “a fantasy.”", "the report"),
    ],
)
def test_the_same_speakers_participle_after_a_comma_ends_the_report_before_it(body, first):
    found = proposals(body)
    assert next(f[3] for f in found if f[1] == "Hale") == [first]


def test_a_participle_inside_a_that_clause_leaves_the_report():
    found = proposals("Mr. Osei said that by refusing the vote, the board was “hiding from its members.”")
    assert "said" in [cue for _, _, cue, _ in found]


def test_by_and_a_participle_end_what_the_same_speaker_hinted_at():
    rows = proposals("At the final hearing, he only hinted at the pier by mentioning its age.")
    assert [(r[2], r[3]) for r in rows] == [("hinted at", ["the pier"]), ("mentioning", ["its age."])]


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("Her office put out a statement saying the county “cannot vet every new permit.”", "Her office"),
        ("The tenants had hired lawyers and placed newspaper ads calling the deal a “giveaway.”", "The tenants"),
        (
            "Mr. Ortiz, who said last week that a judge in a case involving Ortiz Realty was biased against him because of "
            "his heritage, "
            "issued a statement Tuesday saying, “I respect the court.”",
            "Mr. Ortiz",
        ),
    ],
)
def test_the_issuer_of_a_statement_speaks_through_its_participle(body, issuer):
    rows = [r for r in proposals(body) if r[0] == "participle (the object's issuer)"]
    assert [r[1] for r in rows] == [issuer]


def test_the_object_of_a_participle_is_not_the_speaker_before_an_apposition():
    rows = proposals("A pastor backing Ms. Ruiz, Dan White of Ames, said he had made many calls.")
    assert [(r[1], r[2]) for r in rows if r[2] == "said"] == [("Dan White of Ames", "said")]


@pytest.mark.parametrize(
    ("body", "speaker", "cue", "content"),
    [
        (  # an adverb before a participle after a comma
            "Mayor Hale praised the crew, falsely suggesting that the pier had been rebuilt.",
            "Mayor Hale",
            "suggesting",
            "that the pier had been rebuilt.",
        ),
        (  # an adverb between a leaning preposition and its gerund
            "Mayor Hale thanked the crew before optimistically predicting that the pier would reopen.",
            "Mayor Hale",
            "predicting",
            "that the pier would reopen.",
        ),
        (  # "in" + gerund: the sentence's subject speaks
            "Mayor Hale went too far in saying that the pier had been rebuilt.",
            "Mayor Hale",
            "saying",
            "that the pier had been rebuilt.",
        ),
        (  # a gerund phrase opening the sentence after "But"
            "But while denouncing the new pier tax, she proposed a toll.",
            "she",
            "denouncing",
            "the new pier tax",
        ),
    ],
)
def test_participles_after_an_adverb_a_leaning_preposition_or_an_opener(body, speaker, cue, content):
    found = [f for f in proposals(body) if f[2] == cue]
    assert [(f[1], f[3]) for f in found] == [(speaker, [content])]


def test_a_particle_that_opens_an_idiom_stays_with_the_words():
    rows = proposals("Mayor Tom Blake defended the plan, noting at least four new contracts this year.")
    noting = [(cue, pieces) for _, _, cue, pieces in rows if cue and cue.startswith("noting")]
    assert noting == [("noting", ["at least four new contracts this year."])]


def test_an_ing_noun_after_a_preposition_and_before_a_comma_reports_nothing():
    rows = attributions(
        'Yoo said no such offer had ever been made in writing, and he accused the opposition of leaking a "false" text.'
    )
    assert [r["cue"] for r in rows] == ["said", "accused"]


def test_a_participle_after_a_report_inside_evidence_takes_the_reporter_not_the_evidence():
    rows = attributions('Emails show that Dan Okoye replied the same day, asking the team to "move fast."')
    (asking,) = [r for r in rows if r["cue"] == "asking"]
    assert asking["mention"] == "Dan Okoye"
