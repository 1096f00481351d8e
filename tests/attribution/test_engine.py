"""The engine (:mod:`quotelens.attribution.engine`): its registry (which frames, per-token steps and
post-passes run, in which order) and the per-token steps that rule a cue form out.

A change to any of these lists changes what the engine answers; this test makes it a visible edit.
"""

from __future__ import annotations

from quotelens.attribution import engine
from tests.attribution.examples import proposals


def _names(steps) -> list[str]:
    return [f"{step.__qualname__}" for step in steps]


def test_the_cue_frames_run_in_their_declared_order():
    assert _names(engine.CUE_FRAMES) == [
        "ContentFirst.content_first",
        "QuoteSourceCue.quote_source_cue",
        "AsReported.as_reported_by",
        "Passive.passive_by",
        "Raising.raising_verb",
        "SourceFirst.source_first",
        "Participles.participle",
        "Infinitives.stance_infinitive",
        "ObjectGap.object_gap",
    ]


def test_the_per_token_steps_run_in_their_declared_order():
    assert _names(engine.TOKEN_STEPS) == [
        "Engine._put_it",
        "Engine._cue_after_opening_comma",
        "VerbGroups._verb_group_cue",
        "TaggedCues._tagged_unlisted_verb",
        "Engine._unlisted_verb",
        "Engine._used_or_quoted",
        "PostModifiers._anonymity_formula",
        "Engine._asked",
        "Engine._labelled_first_person",
        "Engine._according",
        "OpeningParticiples._capitalised_opening_participle",
        "Engine._capitalised_cue",
        "NounClauses._noun_that_clause",
        "Engine._noun_not_verb",
        "PostModifiers._participle_after_object",
        "Engine._cue_frames",
    ]


def test_the_post_passes_run_in_their_declared_order():
    assert _names(engine.POST_PASSES) == [
        "Engine._sort",
        "Trims._trim_at_inner_frames",
        "Trims._trim_at_coordinated_reports",
        "Trims._trim_at_following_participles",
        "Trims._trim_at_closing_dash",
        "ContentStarts._start_after_dateline",
        "ColonClauses._start_at_colon_quotation",
        "QuotedInfinitives._start_at_quoted_infinitive",
        "Trims._finish_open_quotations",
        "HeadlineEnds._end_headline_reports",
        "Joins._join_inline_leads",
        "Joins._join_quoted_followers",
        "Joins._continue_across_paragraphs",
        "AroundSource._split_around_inline_source",
        "NounCues._noun_cues",
        "NotReports._drop_no_reports",
        "Engine._sort",
        "Scoring._dedupe",
        "Signatures._dash_signatures",
        "Orphans._orphan_quotes",
        "FocusQuotes._focus_quotations",
        "NextSentence._propose_continuations",
        "Scoring._score",
        "Nesting._quoted_as_saying",
        "NextSentence._choose_continuations",
        "Nesting._nest_reported",
        "Nominal._nominal_cues",
        "Engine._sort",
        "Nesting._nest",
    ]


def test_every_registered_step_is_a_method_of_the_engine():
    for step in (*engine.CUE_FRAMES, *engine.TOKEN_STEPS, *engine.POST_PASSES):
        assert getattr(engine.Engine, step.__name__) is step


def test_every_step_says_what_it_does():
    for step in (*engine.CUE_FRAMES, *engine.TOKEN_STEPS, *engine.POST_PASSES):
        assert step.__doc__ and step.__doc__.strip(), step.__qualname__


def test_many_claims_is_still_a_noun_phrase():
    assert proposals("He made many claims that turned out to be false.") == []


def test_a_cue_noun_after_a_preposition_and_number_is_no_report():
    found = proposals("And at one point the crowd loudly reprised the old chant “Lock her up!” that echoed.")
    assert all(cue != "point" for _, _, cue, _ in found)
