"""A contraction is never a source's name: "I'll" is "I" + "will", and "will say more" announces, reporting nothing."""

from __future__ import annotations

from quotelens import load_article

INTERVIEW = (
    "Coach weighs her future\n\n"
    "The following is an edited transcript of coach Ana Ruiz's interview with host Tom Beck on Monday.\n\n"
    "BECK: Will you stay on next season?\n\n"
    "RUIZ: I haven't made up my mind. The players come first, and I'll say more after the final.\n"
)
STORY = (
    "Council delays vote\n\n"
    "The council delayed its vote on the harbour plan on Monday.\n\n"
    "Members of the harbour board were not happy. They've said for a year that the plan is too costly.\n\n"
    "The mayor, Ana Ruiz, will say more in the spring.\n"
)


def test_a_contraction_announcing_more_is_no_report() -> None:
    q = load_article(INTERVIEW).quotes
    assert not any("'" in s for s in q["mention_text"].dropna()), q[["text", "mention_text"]]
    turn = "I haven't made up my mind. The players come first, and I'll say more after the final."
    assert list(q["text"]) == ["Will you stay on next season?", turn]
    assert list(q["speaker"]) == ["Tom Beck", "Ana Ruiz"]


def test_will_say_more_reports_nothing() -> None:
    q = load_article(STORY).quotes
    assert not any(t.startswith("more in") for t in q["text"]), q[["text", "mention_text"]]


def test_a_pronoun_contraction_is_the_pronoun() -> None:
    q = load_article(STORY).quotes
    assert "They've" not in set(q["mention_text"].dropna()), q[["text", "mention_text"]]
