"""Candidate antecedents: quotelens/speakers/candidates.py."""

from __future__ import annotations

from quotelens.segment import segment_paragraphs, segment_sentences
from quotelens.speakers.agreement import origin_clash
from quotelens.speakers.candidates import Anaphor, Spoke, gather, matched_role
from quotelens.speakers.mentions import Cast
from quotelens.speakers.model import Entity, SpeakerType


def cast_of(text: str) -> Cast:
    cast = Cast(text, segment_sentences(text, segment_paragraphs(text)), lambda pos: False)
    cast.collect()
    return cast


def test_candidates_are_the_compatible_entities_before_nearest_first_with_the_speakers_ranked():
    text = "Headline\n\nJo Hale met Paul Ortiz and the FBI. Ortiz said it went well.\n\nHe added more."
    cast = cast_of(text)
    ortiz = next(e.id for e in cast.entities if e.name == "Paul Ortiz")
    pos = text.index("He added")
    a = Anaphor(pos, pos + 2, "He", "he", 2, 2, sex="m")
    cands = gather(cast, [Spoke(text.index("Ortiz said"), ortiz, 1, False)], a)
    names = [cast.entities[c.entity].name for c in cands]
    assert names == ["Paul Ortiz", "Jo Hale"]  # the FBI is no "he"
    assert cands[0].speaker_rank == 0 and cands[0].mentions == 2
    assert cands[1].speaker_rank is None


def test_a_description_also_finds_whoever_was_introduced_with_its_role_long_before():
    far = "Filler sentence here. " * 3
    text = "Headline\n\nJudge Ann Berman opened the case.\n\n" + "\n\n".join([far] * 6) + "\n\nThe judge said no."
    cast = cast_of(text)
    pos = text.index("The judge")
    a = Anaphor(pos, pos + 9, "The judge", "person", 20, 8, head="judge")
    assert [cast.entities[c.entity].name for c in gather(cast, [], a)] == ["Ann Berman"]


def test_roles_match_through_synonyms_and_origins_must_agree():
    kerry = Entity(0, "John Kerry", SpeakerType.PERSON, roles={"secretary of state"})
    lavrov = Entity(1, "Sergey Lavrov", SpeakerType.PERSON, roles={"russian foreign minister"})
    diplomat = Anaphor(0, 1, "the U.S. diplomat", "person", 0, 0, head="diplomat", modifiers=("u.s",))
    assert matched_role(kerry, diplomat) == "secretary of state"
    assert matched_role(lavrov, diplomat) == "russian foreign minister"
    assert origin_clash(lavrov, diplomat) and not origin_clash(kerry, diplomat)
    trump = Entity(2, "Donald Trump", SpeakerType.PERSON, roles={"republican presidential nominee"})
    democratic = Anaphor(0, 1, "the Democratic nominee", "person", 0, 0, head="nominee", modifiers=("democratic",))
    assert origin_clash(trump, democratic)


def test_a_he_also_finds_the_person_the_headline_names_however_far_back():
    far = "Filler sentence here. " * 3
    text = (
        "Ortiz Looks Back\n\nPaul Ortiz was born in Ohio.\n\n"
        + "\n\n".join([far] * 6)
        + "\n\nMark Hale came too.\n\nHe said no."
    )
    cast = cast_of(text)
    cast.headline_words = {"ortiz", "looks", "back"}
    pos = text.index("He said")
    a = Anaphor(pos, pos + 2, "He", "he", 30, 10, sex="m")
    assert [cast.entities[c.entity].name for c in gather(cast, [], a)] == ["Mark Hale", "Paul Ortiz"]


def test_the_chain_of_the_last_he_and_the_paragraphs_subject_are_marked():
    from quotelens.speakers.model import Mention

    text = "Headline\n\nPaul Ortiz met the press. Then Mark Hale spoke, and he left.\n\nHe said no."
    cast = cast_of(text)
    ortiz = next(e.id for e in cast.entities if e.name == "Paul Ortiz")
    he = text.index("he left")
    cast.add(Mention(ortiz, he, he + 2, 1, "pronoun", 1, True, False))  # (as the pronoun chain links it)
    pos = text.index("He said")
    a = Anaphor(pos, pos + 2, "He", "he", 2, 2, sex="m")
    cands = {cast.entities[c.entity].name: c for c in gather(cast, [], a)}
    assert cands["Paul Ortiz"].chain_last and not cands["Mark Hale"].chain_last
    same = Anaphor(he + 5, he + 7, "it", "he", 1, 1, sex="m")  # a later "he" of the first paragraph
    cands = {cast.entities[c.entity].name: c for c in gather(cast, [], same)}
    assert cands["Paul Ortiz"].paragraph_topic and not cands["Mark Hale"].paragraph_topic


def test_a_name_opening_a_nested_quotation_before_a_comma_is_one_spoken_to_not_excluded_as_the_speaker():
    from quotelens.article import load_article
    from quotelens.speakers.quoted_names import _addressed

    inner = "\"She told me, 'Debbie, I'm staying,'\""
    at = inner.index("Debbie")
    assert _addressed(inner, at, at + len("Debbie"))  # ("'Debbie, ...": a vocative)
    said = "\"Debbie Alvarado is brave,\" she said."
    at = said.index("Debbie")
    assert not _addressed(said, at, at + len("Debbie Alvarado"))  # (named in the quotation: not spoken to)
    text = (
        "Headline\n\nDebbie Alvarado, 62, saw the smoke. Linda Cho stayed behind. "
        "\"She told me, 'Debbie, I'm staying,'\" the 62-year-old said."
    )
    quotes = load_article(text).quotes
    assert list(quotes.speaker) == ["Debbie Alvarado"]


def test_an_unnamed_definite_role_that_spoke_is_one_person_a_he_or_she_may_stand_for():
    from quotelens.article import load_article
    from quotelens.speakers.candidates import unnamed_person

    assert unnamed_person(Entity(0, "the officer", SpeakerType.ANONYMOUS))
    assert not unnamed_person(Entity(0, "the officials", SpeakerType.ANONYMOUS))
    text = 'Headline\n\nHauwa Danjuma is a director. The officer said no contractor had come.\n\n"They came once," she said.'
    quotes = load_article(text).quotes
    assert list(quotes.speaker) == ["the officer", "the officer"]  # (not the director, who said nothing)
    assert not unnamed_person(Entity(0, "the base chief", SpeakerType.ANONYMOUS))  # (a named chief's, unlinked)


def _quote_speakers(body: str) -> list[str]:
    from quotelens.article import load_article

    return [str(s) for s in load_article("Headline\n\n" + body).quotes.speaker]


def test_they_takes_up_an_unnamed_plural_source_before_an_organisation_named_earlier():
    body = (
        "The Treasury declined to comment on monetary policy. Analysts at ING said a weaker pound could complicate "
        'the picture. The fall would push up costs, they wrote, "at exactly the wrong moment".'
    )
    assert _quote_speakers(body)[-1] == "analysts at ING"
    body = (
        "The European Commission proposed the cut on Monday. Two diplomats said the backlash was overblown. "
        'They said Paris was "playing to the galleries."'
    )
    assert _quote_speakers(body)[-1] == "two diplomats"


def test_they_opening_a_sentence_is_the_unnamed_plural_subject_just_before_over_a_named_pair():
    body = (
        "Mary Carskadon and Amy Wolfson published a study. Researchers at Stanford said in a report that "
        'attendance rose. They write that "a single year of data cannot settle it."'
    )
    assert _quote_speakers(body)[-1] == "researchers at Stanford"
