"""A "she" taking up the unnamed subject that opens the sentence before ("A spokeswoman for the district said
...") is the one that subject's own report was credited to (the district), not a new "a spokeswoman" cut from the
phrase's first words."""

from tests.speakers.examples import speaker_holding


def test_spokeswoman_for_the_kind_is_the_one_name_ending_with_it():
    body = (
        "Snow closed roads across the valley on Tuesday.\n\n"
        "At Carrow Hill Unified School District, officials said buses would run two hours late.\n\n"
        "Paul Ruddock, the district's transport manager, said drivers would check each route first.\n\n"
        "A spokeswoman for the district said parents would get a text by seven. "
        '"If your phone stays quiet, the bus is coming," she said.'
    )
    assert speaker_holding(body, "parents would get a text") == "Carrow Hill Unified School District"
    assert speaker_holding(body, "phone stays quiet") == "Carrow Hill Unified School District"
