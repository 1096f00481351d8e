"""A sentence that names one person after a pronoun of someone else ("Her neighbour, Corin Aldane, who ... her
...") says nothing of that person's sex by that pronoun: the later "her" is most often the first one's too
(speakers/sexes.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_pronoun_before_the_name_is_someone_elses():
    body = (
        "Marta Lindgren has grown apples on the slope above the river for 20 years.\n\n"
        "Her neighbour, Corin Aldane, who runs the farm next to her orchard, was less patient when we met. "
        "“We have waited three summers for the council to fix the road,” he says."
    )
    assert speaker_holding(body, "fix the road") == "Corin Aldane"
