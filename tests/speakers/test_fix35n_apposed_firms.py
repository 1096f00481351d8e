"""A name set off after "the firm," or "her label," names that organisation, whatever first name opens it: the
firm named for its partners is not one of them (speakers/nameparts.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_a_firm_named_for_its_partners_is_no_partner():
    body = (
        "She founded the practice with Thomas Grant-Lowe, who runs its accounts. The firm, Van Meer Grant-Lowe, "
        'has fourteen staff. "We turn down more work than we take," Grant-Lowe said.'
    )
    assert speaker_holding(body, "We turn down more work") == "Thomas Grant-Lowe"
