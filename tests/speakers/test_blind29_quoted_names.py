"""Blind round 29 (set o): a person named inside the quotation being attributed is not who says it
(speakers/candidates.py::gather, ``own``)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_a_rival_named_in_the_quotation_is_not_the_description_s_speaker():
    body = (
        "Margaret Ellison stepped off her campaign bus when she went after her opponent.\n\n"
        '"Dana Whitcomb has voted against you," the former secretary of state told supporters.'
    )
    assert _speakers(body) == ["Margaret Ellison"]


def test_a_rival_named_in_the_quotation_is_not_the_former_governor():
    body = (
        "Tom Reyes stepped off his campaign bus when he went after his opponent.\n\n"
        '"Frank Miller has voted against you," the former governor told supporters.'
    )
    assert _speakers(body) == ["Tom Reyes"]


def test_the_speaker_spoken_to_inside_his_own_quotation_stays_a_candidate():
    body = (
        "Sam Fitzgerald lives on the coast.\n\n"
        "\"They said, 'you are in a high-risk area, Mr Fitzgerald,' like I didn't know,\" he said."
    )
    assert _speakers(body)[-1] == "Sam Fitzgerald"
