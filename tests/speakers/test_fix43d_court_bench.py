"""The bench of a named court speaks for that court: "the bench observed" after "the High Court" is the court
(as the readings credit a court's or a congress's panel to the body), never a bench when no court is named."""

from tests.speakers.examples import speaker_holding


def test_the_bench_is_the_court_named_before():
    body = (
        "The Calder High Court on Monday halted the demolition of a row of houses. A bench of two judges was "
        'hearing a petition by the residents. "A home is not a file to be closed," the bench observed.'
    )
    assert speaker_holding(body, "not a file to be closed") == "Calder High Court"


def test_a_bench_with_no_court_stays_unnamed():
    body = 'The coach rested three players. "We were flat," the bench said after the loss.'
    assert speaker_holding(body, "We were flat") == "the bench"
