"""Of two people introduced with a description's role ("Rep. Park Ji-won ..., a first-term lawmaker from Suwon" and
"Rep. Lee Dong-hyun"), "the Suwon lawmaker" is the one whose introduction says Suwon: the apposition after an "of the
<Party> (<ABBR>)," is read, a "from <Place>" kept in it, and a modifier the roles name narrows the people the role
fits, however much nearer the other was named."""

from __future__ import annotations

from quotelens import load_article
from quotelens.segment import tokenize
from quotelens.speakers.nameroles import roles_around


def test_the_place_modifier_picks_the_lawmaker():
    text = (
        "Lawmakers grill factory owner\n\n"
        "Rep. Park Ji-won of the Democratic Party (DP), a first-term lawmaker from Suwon, held up the safety report. "
        "\"Your engineers warned you,\" Park said.\n\n"
        "The chief executive said the report had been reviewed.\n\n"
        "Rep. Lee Dong-hyun of the People Power Party (PPP) warned against a witch hunt. \"Our factories compete "
        "with subsidised rivals,\" he said.\n\n"
        "\"Nobody is asking to tie their hands. We are asking why three workers died,\" the Suwon lawmaker shot back."
    )
    q = load_article(text).quotes
    assert q[q["text"].str.contains("three workers died")].iloc[0]["speaker"] == "Park Ji-won"


def test_the_roles_read_past_the_party():
    toks = tokenize("Rep. Park Ji-won of the Democratic Party (DP), a first-term lawmaker from Suwon, held it up.", 0)
    b = next(k for k, t in enumerate(toks) if t.text == "of")
    assert "first-term lawmaker from suwon" in roles_around(toks, 1, b)
