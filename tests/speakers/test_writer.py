"""The writer of a text: quotelens/speakers/writer.py."""

from __future__ import annotations

from tests.speakers.examples import speakers_of


def test_a_section_heading_after_a_we_signs_nothing():
    text = (
        "Gas prices and the White House\n\n"
        "Economists we spoke with cautioned against reading too much into short-term price changes.\n\n"
        "The Pinocchio Test\n\n"
        "The claim does not hold up."
    )
    assert all(speaker != "Pinocchio Test" for _, speaker, _ in speakers_of(text))


def test_a_name_line_after_a_letter_signs_it():
    text = "A letter to our readers\n\nWe decided to change the paper's format after a long debate.\n\nJo Hale"
    assert [speaker for _, speaker, _ in speakers_of(text)] == ["Jo Hale"]
