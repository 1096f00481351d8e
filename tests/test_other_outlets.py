"""Articles written in the styles of other outlets than PolNeAR's (a local paper, a British daily, a
magazine feature in the present tense, a wire story with a dateline, a tech site's lawsuit story, a match
report, a court ruling, a science story, a wire story on a summit, a British politics story, a city's press
release, a Q&A interview, an opinion piece in the first person, a live blog, a business story, a story about a post on X, a TV interview's transcript), read end to end by load_article.

The articles in tests/other_outlets/ are made up for these tests. Each test names, for a quotation a reader
must see, a few of its words and the speaker it must be credited to: a guard that a change tuned on
PolNeAR does not lose the styles it was never trained on.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from quotelens.article import load_article

HERE = Path(__file__).parent / "other_outlets"

# (article, a few words of the quotation, its speaker, its kind)
EXPECTED = [
    ("local-council", "never a good deal for taxpayers", "Maria Alvarez", "direct"),
    ("local-council", "take all the risk", "Maria Alvarez", "direct"),
    ("local-council", "a missed opportunity", "Tom Becker", "mixed"),
    ("local-council", "explore every option", "Harlan Price", "mixed"),
    ("local-council", "not at any price", "Jenna Cole", "direct"),
    ("local-council", "is not closing the door", "Tom Becker", "mixed"),
    ("local-council", "a smaller renovation", "Tom Becker", "indirect"),  # ("He added")
    ("local-council", "We listened to people", "Robert Kim", "direct"),  # ("the councilman said")
    ("british-health", "We are turning the corner", "Wes Streeting", "direct"),  # (said: 'on one line)
    ("british-health", "living in a fantasy world", "British Medical Association", "mixed"),
    ("british-health", "Every day I see patients", "Sarah Hughes", "direct"),
    ("british-health", "exhausted and leaving in droves", "Sarah Hughes", "mixed"),  # ("She added")
    ("british-health", "millions of extra appointments", "Department of Health", "direct"),  # (a spokesperson)
    ("british-health", "Patients can see what is happening", "Diane Okoro", "direct"),
    ("british-health", "Spin will not fix it", "Diane Okoro", "direct"),
    ("feature-says", "given me hope", "Dale Whitman", "direct"),  # (says + name after the quotation)
    ("feature-says", "deeper than ordinary wheat", "Priya Natarajan", "indirect"),
    ("feature-says", "engineer a miracle", "Priya Natarajan", "direct"),
    ("feature-says", "We bred for patience", "Priya Natarajan", "direct"),
    ("feature-says", "no substitute for water policy", "Sierra Club", "mixed"),
    ("wire-dateline", "more technological change", "Joe Biden", "direct"),
    ("wire-dateline", "red tape wishlist", "NetChoice", "mixed"),
    ("wire-dateline", "puts the government in charge", "Carl Szabo", "direct"),
    ("wire-dateline", "a mistake", "Carl Szabo", "direct"),
    ("wire-dateline", "Congress still has to act", "Chuck Schumer", "direct"),  # (replied: after "Asked whether")
    ("wire-dateline", "We'll be watching closely", "Ted Lieu", "direct"),  # (tweeted, then name)
    ("wire-dateline", "consulted his office", "Ted Lieu", "indirect"),
    ("tech-filing", "misled them", "a group of investors", "indirect"),  # (not Lumio, the one sued)
    ("tech-filing", "knowingly inflated", "the complaint", "mixed"),
    ("tech-filing", "never misrepresented", "Arjun Mehta", "mixed"),
    ("tech-filing", "always been transparent", "Arjun Mehta", "direct"),  # ("he": "its" is the company's)
    ("tech-filing", "did not match reality", "Karen Liu", "direct"),
    ("tech-filing", "audited figures", "Karen Liu", "indirect"),
    ("tech-filing", "an open secret", "Tom Reyes", "mixed"),
    ("tech-filing", "Grateful for the support", "Arjun Mehta", "direct"),  # (posted on X:)
    ("sports-match", "closed my eyes", "Emeka Okafor", "direct"),
    ("sports-match", "unlucky for weeks", "Emeka Okafor", "direct"),
    ("sports-match", "Nobody gave us a chance", "Siobhan Grady", "direct"),
    ("sports-match", "too passive", "Pieter van Dijk", "mixed"),  # (", and their manager, Pieter van Dijk,")
    ("sports-match", "We invited them", "Pieter van Dijk", "direct"),  # ("the Dutchman said")
    ("sports-match", "Ask me in May", "Siobhan Grady", "direct"),
    ("sports-match", "far from over", "Pieter van Dijk", "indirect"),  # ("Van Dijk" opens the sentence)
    ("sports-match", "One result does not change", "Pieter van Dijk", "direct"),
    ("court-ruling", "offered no evidence", "Helen Park", "mixed"),
    ("court-ruling", "not a privilege", "Helen Park", "direct"),
    ("court-ruling", "common sense", "Robert Haines", "direct"),
    ("court-ruling", "a victory for every voter", "Aisha Grant", "mixed"),
    ("court-ruling", "judicial activism", "Doug Miller", "mixed"),
    ("court-ruling", "restore public trust", "lawyers for the state", "indirect"),
    ("science-study", "not harmless", "Mei Lin Zhao", "direct"),
    ("science-study", "accounted for smoking", "Mei Lin Zhao", "indirect"),
    ("science-study", "could not prove", "Mei Lin Zhao", "indirect"),
    ("science-study", "deserve protection", "Ruth Evans", "direct"),
    ("science-study", "regular health checks", "British Heart Foundation", "indirect"),
    ("science-study", "further research was needed", "the authors", "indirect"),  # (no two people named before)
    ("intl-summit", "a turning point for Africa", "William Ruto", "direct"),
    ("intl-summit", "polluted least", "William Ruto", "direct"),
    ("intl-summit", "a moral debt", "Luiz Inácio Lula da Silva", "mixed"),
    ("intl-summit", "cannot accept obligations", "Li Qiang", "mixed"),  # (and Xinhua's transcript)
    ("intl-summit", "in due course", "the Saudi government", "mixed"),  # ("A Saudi official")
    ("intl-summit", "Today we delivered", "Ursula von der Leyen", "direct"),  # ('on X. "Today ...," she wrote')
    ("intl-summit", "500 million euros", "Ursula von der Leyen", "indirect"),  # ("Von der Leyen said")
    ("intl-summit", "no money in it", "Mohamed Adow", "direct"),  # (the think tank says nothing)
    ("uk-politics", "We will not go down that road", "Jeremy Hollis", "direct"),
    ("uk-politics", "broadest shoulders", "the MPs", "direct"),
    ("uk-politics", "People want fairness", "Priya Lal", "direct"),
    ("uk-politics", "heard these arguments", "a Treasury source", "direct"),  # ("the source added")
    ("uk-politics", "sowing confusion", "Mel Stride", "mixed"),
    ("uk-politics", "Businesses need certainty", "Mel Stride", "direct"),
    ("uk-politics", "could raise up to", "Institute for Fiscal Studies", "indirect"),
    ("press-release", "Every neighborhood deserves shade", "Dana Whitlock", "direct"),
    ("press-release", "crews would begin planting", "Samuel Okonkwo", "indirect"),
    ("press-release", "where the need is greatest", "Samuel Okonkwo", "direct"),
    ("press-release", "below 10 percent", "Samuel Okonkwo", "direct"),
    ("press-release", "Not cutting is better", "Green Springfield", "direct"),  # ("the group said")
    ("qa-interview", "Why did you write this book now?", "Sam Reilly", "direct"),  # (Q: the writer asks)
    ("qa-interview", "the numbers finally scared me", "Nadia Okafor", "direct"),  # (A: the one interviewed)
    ("qa-interview", "They are not waiting for permission", "Nadia Okafor", "direct"),
    ("oped", "so little regard for the people", "Helen Marsh", "indirect"),  # (the writer's "I", from the byline)
    ("oped", "modernize access", "Gary Fenn", "mixed"),
    ("oped", "teach a child to love one", "Joan Pryce", "direct"),
    ("liveblog", "I respect their decision", "Maria Santos", "direct"),
    ("liveblog", "cautiously optimistic", "Tom Reyes", "mixed"),
    ("liveblog", "Turnout was higher than expected", "Board of Elections", "indirect"),
    ("business", "painful but necessary", "Laura Brennan", "mixed"),  # ("on a conference call that")
    ("business", "expanded too quickly", "Laura Brennan", "indirect"),  # ("She said")
    ("business", "receive severance", "Fresh Basket", "indirect"),  # ("A spokesperson for the company")
    ("business", "a betrayal", "United Food Workers", "mixed"),  # ("The union ..., the United Food Workers,")
    ("business", "record profits", "Jorge Medina", "direct"),
    ("business", "overbuilt delivery", "Kim Tran", "direct"),
    ("tweets", "This closure is about politics", "Mark Delaney", "direct"),  # ("wrote on X")
    ("tweets", "the detour added 40 minutes", "Rosa Alvarez", "indirect"),  # (no report by "the detour")
    ("tweets", "I just want to know when it opens", "Rosa Alvarez", "direct"),
    ("tv-transcript", "Will there be a shutdown on Friday?", "the host", "direct"),  # (HOST: not the guest)
    ("tv-transcript", "I hope not", "Andrea Lee", "direct"),
    ("tv-transcript", "The numbers speak for themselves", "Andrea Lee", "direct"),
]


def _quotes(stem: str) -> pd.DataFrame:
    return load_article((HERE / f"{stem}.txt").read_text(encoding="utf-8")).quotes


@pytest.mark.parametrize(("stem", "words", "speaker", "kind"), EXPECTED)
def test_each_quotation_is_found_and_credited(stem: str, words: str, speaker: str, kind: str) -> None:
    quotes = _quotes(stem)
    hits = quotes[quotes["text"].str.contains(words, regex=False)]
    assert not hits.empty, f"no quotation holds {words!r}"
    assert hits.iloc[0]["speaker"] == speaker
    assert hits.iloc[0]["kind"] == kind


@pytest.mark.parametrize("stem", sorted(p.stem for p in HERE.glob("*.txt")))
def test_no_quotation_in_a_byline_or_in_debris(stem: str) -> None:
    art = load_article((HERE / f"{stem}.txt").read_text(encoding="utf-8"))
    not_story = set(art.paragraphs.loc[art.paragraphs["role"].isin(["byline", "boilerplate"]), "id"])
    assert not_story, "each of these articles has a byline or debris"
    assert not set(art.quotes["paragraph_id"]) & not_story


def test_the_feature_s_byline_and_dateline_are_not_the_story() -> None:
    paras = load_article((HERE / "feature-says.txt").read_text(encoding="utf-8")).paragraphs
    roles = dict(zip(paras["text"], paras["role"], strict=True))
    assert roles["By Lena Ortiz, Science Reporter"] == "byline"
    assert roles["Published 3 March 2021"] == "byline"
    assert roles["Sign up for our newsletter"] == "boilerplate"


def test_bylines_and_datelines_fill_the_article_s_metadata() -> None:
    read = {p.stem: load_article(p).meta for p in HERE.glob("*.txt")}
    assert read["feature-says"] == {"byline": "By Lena Ortiz, Science Reporter", "date": "2021-03-03"}
    assert read["british-health"] == {"date": "2023-11-14"}
    assert read["wire-dateline"] == {"byline": "By ZEKE MILLER and MATT O'BRIEN"}


def test_the_wire_story_s_law_is_a_document_and_its_abbreviation_no_speaker() -> None:
    speakers = load_article(HERE / "wire-dateline.txt").speakers.set_index("name")
    assert speakers.loc["Defense Production Act", "type"] == "document"  # (not "Production Act", a person)
    assert "AI" not in speakers.index  # ("AI safety": no organisation called AI)


def test_a_report_joined_to_the_next_paragraph_s_quotation_keeps_each_piece_s_own_kind():
    from quotelens.views import quotation_list

    text = (
        "Head\n\nFire Chief Dana Ruiz told KXTV the fire started near the levee.\n\n"
        "Ruiz said gusts of up to 35 mph pushed embers across the levee and into backyards on Mira Loma Drive.\n\n"
        '"Once it got into the fences, it was house to house."\n'
    )
    quotes = load_article(text).quotes
    joined = quotes[quotes["group"] == quotes["group"].max()]
    assert list(joined["kind"]) == ["indirect", "direct"]
    assert list(quotation_list(joined)["kind"]) == ["mixed"]
