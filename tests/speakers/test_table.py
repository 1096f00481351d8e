"""The speakers and mentions tables and the countable quotations: quotelens/speakers/table.py."""

from __future__ import annotations

from quotelens import load_article
from quotelens.schema import validate
from quotelens.speakers.table import countable


def test_tables_follow_the_schema_and_unsure_speakers_are_left_out_of_counts():
    art = load_article(
        "Talks\n\nJo Hale met Ann Ruiz on Monday. Ruiz praised Hale.\n\n"
        "“It went well,” she said.\n\nThe company said it agreed."
    )
    for name in ("quotes", "speakers", "mentions"):
        validate(getattr(art, name), name)
    q = art.quotes
    assert q["speaker_sure"].dtype == bool
    assert len(countable(q)) == int(q["speaker_sure"].sum())
    assert len(countable(q, sure_only=False)) == len(q)
    unsure = q[~q["speaker_sure"]]
    assert all("unsure" in e or s is None or s != s for e, s in zip(unsure["evidence"], unsure["speaker"], strict=True))


def test_the_default_article_keeps_every_speaker(default_article):
    q = default_article.quotes.drop_duplicates("group").set_index("mention_text")
    assert q.loc["Secretary of State Rex Tillerson", "speaker"] == "Rex Tillerson"
    assert q.loc["the U.S. diplomat", "speaker"] == "Rex Tillerson"
    assert q.loc["he", "speaker"] == "Rex Tillerson"
    assert q.loc["Trump and Putin", "speaker_type"] == "group"
    assert q["speaker_sure"].all()


def test_a_mention_is_a_frozen_dataclass_the_corrections_can_replace():
    """quotelens/corrections moves a mention to another speaker with dataclasses.replace."""
    import dataclasses

    import pytest

    from quotelens.speakers.model import Mention

    m = Mention(0, 10, 15, 1, "name", 0, True, False)
    assert dataclasses.replace(m, entity=3) == Mention(3, 10, 15, 1, "name", 0, True, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.entity = 2
