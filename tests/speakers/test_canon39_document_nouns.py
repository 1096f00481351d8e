"""A document with no named author is its own entity (the PolNeAR readings' guideline): "the missive", "the
cable", "placards", "the rules" are documents (quotelens/speakers/kindwords.py, ``DOCUMENT_NOUNS``), not a
phrase that names nobody in particular."""

from __future__ import annotations

from quotelens.speakers.descriptions import classify
from tests.speakers.examples import typed_speakers

TEXT = (
    "Envoy's warning surfaces\n\n"
    "A diplomatic cable sent from the embassy in March reached the committee this week. "
    "The cable warned that the compound was “poorly guarded and exposed.”\n\n"
    "Protesters gathered outside the hall on Friday. Their placards read “Bring them home.”"
)


def test_unauthored_documents_classify_as_documents():
    for phrase in ("the missive", "the cable", "placards", "the rules", "the op-ed", "the leaflets"):
        assert classify(phrase).cls == "document", phrase


def test_an_unauthored_cable_speaks_as_itself():
    found = {source: (speaker, kind) for source, speaker, kind in typed_speakers(TEXT)}
    assert found.get("The cable") == ("the cable", "document"), typed_speakers(TEXT)
