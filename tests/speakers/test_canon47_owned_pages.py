"""A page, a blog or a feed an organisation runs speaks for it: "<Org>'s order page said", "the company's
official blog said" (a lower-case kind of page between the owner and its noun), and "the page" that speaks
after it (quotelens/speakers/documents.py, ``_conductor_or_owner``)."""

from __future__ import annotations

from tests.speakers.examples import speaker_holding

PAGE = (
    "Pellory Books, the mail-order bookseller, stopped taking orders on Thursday after a pricing error sold "
    "hardbacks for a penny.\n\n"
    "Pellory's order page said only that \u201corders are paused until Monday\u201d, and its phone line rang "
    "out all afternoon.\n\n"
    "\u201cNormal service has resumed,\u201d the page said on Monday evening."
)


def test_an_organisations_order_page_speaks_for_it():
    assert speaker_holding(PAGE, "orders are paused") == "Pellory Books"


def test_the_page_after_it_speaks_for_it_too():
    assert speaker_holding(PAGE, "Normal service has resumed") == "Pellory Books"


def test_a_blog_of_an_organisation_speaks_for_it():
    text = PAGE.replace("Pellory's order page", "Pellory's company blog")
    assert speaker_holding(text, "orders are paused") == "Pellory Books"
