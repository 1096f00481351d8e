"""An unnamed source whose phrase holds a place's or another's name ("a director of one of the Porto Alegre
clubs") is a mention of that source all the same: the he or she that follows takes it up, not the last person
named before (speakers/resolve.py)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding


def test_he_takes_up_the_unnamed_source_whose_phrase_holds_a_name():
    body = (
        "The league's president, Senator Paulo Vidal, said the ban was \"a show for the cameras\".\n\n"
        "Economist Rita Moura said the sponsors would simply move abroad.\n\n"
        "A director of one of the Porto Alegre clubs, who asked not to be identified, said the ban would be "
        '"a disaster" for the smaller teams. "Half of the league pays its players with this money," he said.'
    )
    assert speaker_holding(body, "Half of the league") == "a director of one of the Porto Alegre clubs"
