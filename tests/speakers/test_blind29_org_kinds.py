"""Blind round 29 (sets p and r): kinds of organisation ("the bank" is a bank named before, "the news agency"
only a news outlet) (speakers/ranker.py::kind_match, speakers/orgkinds.py), and "the force", "police",
"detectives" are the police force the article named (speakers/orgkinds.py::police_force)."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def _speakers(body: str) -> list[str | None]:
    return [speaker for _, speaker, _ in speakers_of("Headline\n\n" + body)]


def test_the_bank_is_the_bank_named_before():
    body = (
        "Andrea Cattaneo, chief executive of Banca Lombarda, raised the offer. "
        "The bank said in a statement that the deal would lift its returns."
    )
    assert _speakers(body)[-1] == "Banca Lombarda"


def test_the_news_agency_is_no_company():
    body = "Acme Corp said profits rose. The news agency reported that shares fell."
    assert _speakers(body)[-1] != "Acme Corp"


def test_the_news_agency_is_no_ministry():
    body = "The Iraqi Foreign Ministry said the talks were good. The IRNA news agency said the talks would go on."
    assert _speakers(body)[-1] != "Iraqi Foreign Ministry"


def test_the_force_and_police_are_the_police_force_named_before():
    for source in ("The force", "Police", "Detectives", "Officers"):
        body = f"West Midlands Police said a man had been arrested.\n\n{source} said a post-mortem would take place."
        assert _speakers(body) == ["West Midlands Police"] * 2, source


def test_police_stay_unnamed_when_no_force_is_named():
    body = "Dayton Police Maj. Angela Strickland spoke to reporters. Police said the man was arrested on Monday."
    assert (_speakers(body)[-1] or "").lower() == "police"
