"""Review of merge 43: "his Canadian counterpart" is the Canadian who holds the possessor's office, not the first
Canadian with any role: a farm minister's counterpart is the other farm minister, never the prime minister. With
no one of that nationality in that office, the counterpart stays unresolved (speakers/counterparts.py). Short
passages written for the test."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_the_counterpart_holds_the_possessors_office():
    body = (
        "Canadian Prime Minister Alan Doyle told parliament on Monday that the beef quota was settled.\n\n"
        "Japanese Agriculture Minister Takeshi Ono arrived in Ottawa on Wednesday for talks with Lucie Arsenault, "
        "Canada's agriculture minister.\n\n"
        "Ono said the two days of talks had been useful. His Canadian counterpart said a deal on rice "
        "could follow by autumn."
    )
    assert speaker_holding(body, "a deal on rice") == "Lucie Arsenault"


def test_no_one_in_the_office_leaves_the_counterpart_unresolved():
    body = (
        "Canadian Prime Minister Alan Doyle told parliament on Monday that the beef quota was settled.\n\n"
        "Japanese Agriculture Minister Takeshi Ono arrived in Ottawa on Wednesday.\n\n"
        "Ono said the first day of talks had been useful. His Canadian counterpart said a deal on rice "
        "could follow by autumn."
    )
    assert speaker_holding(body, "a deal on rice") != "Alan Doyle"


def test_the_same_office_under_a_longer_title_still_matches():
    body = (
        "Danish Prime Minister Lars Vinter opened the conference in Copenhagen on Monday.\n\n"
        "Danish Climate and Energy Minister Sofie Juhl and Polish Energy Minister Piotr Zalewski signed a deal on "
        "a power cable under the Baltic.\n\n"
        "Zalewski said the cable would be laid by 2029. His Danish counterpart said the first tests would start "
        "next summer."
    )
    assert speaker_holding(body, "the first tests would start") == "Sofie Juhl"
