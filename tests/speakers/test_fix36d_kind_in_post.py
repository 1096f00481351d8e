"""An unnamed official "in the department's procurement office" speaks for the one department named before,
however far back, and "the department" is the one body whose name is headed by that kind before "of"
("Department of Rural Roads"; speakers/described._spokesperson, speakers/orgkinds.one_name_of_kind)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

_FILLER = "".join(f"Residents of village {n} said the road had been closed since the rains.\n\n" for n in range(9))


def test_an_official_in_the_departments_office():
    body = (
        "Transport Minister Ada Nwosu defended the contract on Monday.\n\n"
        "In a statement, the Department of Rural Roads said the tender had been audited twice.\n\n"
        + _FILLER
        + "An official in the department's procurement office, who asked not to be named, said the order had "
        "been signed in one afternoon."
    )
    assert speaker_holding(body, "signed in one afternoon") == "Department of Rural Roads"
