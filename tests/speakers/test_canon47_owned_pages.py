"""A page, a blog or a feed an organisation runs speaks for it: "<Org>'s status page ... declaring that", "the
company's official blog said" (a lower-case kind of page between the owner and its noun), and "the page" that
speaks after it (quotelens/speakers/documents.py, ``_conductor_or_owner``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

PAGE = (
    "Tallow Freight has blamed a faulty software update for a day of missed deliveries across its northern "
    "network.\n\n"
    "Tallow's tracking page, however, stayed green all morning, declaring that \u201call parcels are on "
    "schedule\u201d while drivers sat idle in their depots.\n\n"
    "By noon the page said: \u201cWe are looking into delays affecting some deliveries.\u201d"
)


def test_an_organisations_status_page_speaks_for_it():
    assert speaker_holding(PAGE, "all parcels are on schedule") == "Tallow Freight"


def test_the_page_after_it_speaks_for_it_too():
    assert speaker_holding(PAGE, "We are looking into delays") == "Tallow Freight"


def test_a_blog_of_an_organisation_speaks_for_it():
    text = PAGE.replace("Tallow's tracking page", "Tallow's company blog")
    assert speaker_holding(text, "all parcels are on schedule") == "Tallow Freight"
