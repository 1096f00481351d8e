"""The headline against its sources: who it names, how each is heard, and what supports it.

In: an :class:`~quotelens.article.Article`. Out: two small tables.

* :func:`named_in_headline` — people and organisations the headline names, each with how the
  article lets them speak: ``quoted directly`` (a direct or mixed quotation of their own),
  ``only reported`` (their words only paraphrased, first-hand), ``reported second-hand``
  (every attribution to them reaches us through another source), or ``never heard``.
* :func:`closest_attributions` — the attributions whose words share the most content words
  with the headline, with the shared words and the chain of sources. The measure is plain
  and shown: shared content words (lower-cased, a trailing "s" dropped, stop words removed)
  over the headline's content words.
* :func:`headline_quotations` — the quotations the headline itself holds ("'It's where I learned to
  breathe again': the allotment growers ..."), each with the body quotation that has its words and
  that quotation's speaker, or none: a first person in a headline's quotation is whoever the body
  quotes saying it, never the headline's writer.
"""

from __future__ import annotations

import re

import pandas as pd

from quotelens.article import Article
from quotelens.views import body_quotes, column_rows

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    "a an the and or but of to in on at by for with from over under about as is are was were be been this that "
    "these those it its his her their they he she we you i not no yes so than then there here what which who "
    "whom how why when where all any some more most very just also into out up down says said say "
    "has have had having do does did get gets got gotten".split()
)


def content_forms(text: str) -> dict[str, str]:
    """Lower-cased content words of ``text`` in the singular ("agencies" -> "agency"), each with its first
    form as written, lower-cased ("agencies"): the form to show a reader."""
    out: dict[str, str] = {}
    for w in _WORD.findall(text):
        low = w.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in _STOP or len(low) < 3:
            continue
        out.setdefault(_singular(low), low)
    return out


def content_words(text: str) -> set[str]:
    """Lower-cased content words of ``text`` in the singular ("agencies" -> "agency")."""
    return set(content_forms(text))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # agencies -> agency
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _status(rows: pd.DataFrame) -> str:
    if rows.empty:
        return "never heard"
    first_hand = rows[rows["via"].isna()]
    if first_hand.empty:
        return "reported second-hand"
    if first_hand["kind"].isin(["direct", "mixed"]).any():
        return "quoted directly"
    return "only reported"


_KINDS = ("direct", "mixed", "indirect")  # first-hand quotations of each kind: columns of named_in_headline


def named_in_headline(article: Article) -> pd.DataFrame:
    """Speakers (not anonymous) whose name or a name word appears in the headline, with their status,
    their first-hand quotations of each kind and the channels of the second-hand ones; ``joint``: how many of
    their quotations they made together with others (a pair's, counted for each member), ``joint_with``: those
    others (Who said what counts the pair as a speaker of its own)."""
    cols = ["name", "type", "status", "quotations", "first_hand", "second_hand", "channels", *_KINDS]
    cols += ["joint", "joint_with"]
    if not article.title:
        return pd.DataFrame(columns=cols)
    title_words = {w.lower().strip("'’") for w in _WORD.findall(article.title)}
    title_words |= {w[:-2] for w in title_words if w.endswith(("'s", "’s"))}
    quotes = body_quotes(article).drop_duplicates("group")
    speakers = list(column_rows(article.speakers, "name", "type", "aliases", "members"))
    # "Donald Trump and Vladimir Putin" (two people named together as one source) is not named in the
    # headline as such; what the pair said counts for each of them
    pairs = {name: members.split("; ") for name, _, _, members in speakers if members}
    rows = []
    for name, type_, aliases, _ in speakers:
        if type_ == "anonymous" or name in pairs:
            continue
        forms = [name, *[a for a in aliases.split("; ") if a]]
        named = any(all(p.lower() in title_words for p in form.split()) for form in forms) or (
            type_ == "person" and name.split()[-1].lower() in title_words
        )
        if not named:
            continue
        together = [p for p, members in pairs.items() if name in members]
        mine = quotes[quotes["speaker"].isin([name, *together])]
        joint = mine[mine["speaker"].isin(together)]
        others = dict.fromkeys(m for p in joint["speaker"] for m in pairs[p] if m != name)
        channels = sorted({c.split(" → ")[0] for c in mine["via"].dropna()})
        rows.append(
            {
                "name": name,
                "type": type_,
                "status": _status(mine),
                "quotations": len(mine),
                "first_hand": int(mine["via"].isna().sum()),
                "second_hand": int(mine["via"].notna().sum()),
                "channels": ", ".join(channels),
                **{kind: int((mine["via"].isna() & (mine["kind"] == kind)).sum()) for kind in _KINDS},
                "joint": len(joint),
                "joint_with": ", ".join(others),
            }
        )
    return pd.DataFrame(rows, columns=cols)


def closest_attributions(article: Article, n: int = 4) -> pd.DataFrame:
    """The ``n`` quotations sharing the most content words with the headline (ties: earlier first)."""
    cols = ["group", "speaker", "chain", "kind", "stance", "quotation", "shared_words", "overlap"]
    forms = content_forms(article.title)
    head = set(forms)
    quotes = body_quotes(article)
    if not head or quotes.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for group, g in quotes.sort_values("start").groupby("group", sort=False):
        first = g.iloc[0]
        text = " … ".join(g["text"])
        shared = head & content_words(text)
        if not shared:
            continue
        speaker = first["speaker"] if isinstance(first["speaker"], str) else "an unnamed source"
        via = first["via"] if isinstance(first["via"], str) else ""
        rows.append(
            {
                "group": group,
                "speaker": speaker,
                "chain": f"{via} → {speaker}" if via else speaker,
                "kind": first["kind"],
                "stance": first["stance"],
                "quotation": text,
                "shared_words": ", ".join(sorted(forms[w] for w in shared)),  # (as the headline spells them)
                "overlap": len(shared) / len(head),
            }
        )
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["overlap", "group"], ascending=[False, True], kind="stable").head(n).reset_index(drop=True)


# A quotation in the headline: a mark opening after the start, a space, a colon or a bracket, and its
# closer before the end, a space or punctuation (so the apostrophe of "It's" or "I'd" closes nothing)
_HEADLINE_QUOTATION = re.compile(r"(?:^|(?<=[\s:(—–-]))[\"“‘'](?P<words>[^\"“”]+?)[\"”’'](?=$|[\s:,.;!?)—–-])")
_SEQUENCE_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _word_sequence(text: str) -> list[str]:
    return _SEQUENCE_WORD.findall(text.lower().replace("’", "'").replace("‘", "'"))


def headline_quotations(article: Article) -> pd.DataFrame:
    """The headline's own quotations (see the module docstring): ``quotation``, ``speaker`` (None when no
    body quotation holds its words, in order) and ``group`` (that body quotation's, or -1)."""
    cols = ["quotation", "speaker", "group"]
    rows = []
    quotes = body_quotes(article).sort_values("start", kind="stable")
    bodies = [(g, s, " ".join(_word_sequence(t))) for g, s, t in column_rows(quotes, "group", "speaker", "text")]
    for m in _HEADLINE_QUOTATION.finditer(article.title or ""):
        words = _word_sequence(m["words"])
        if len(words) < 2:
            continue  # (a scare quote, "'fake news'"-sized, is no one's words)
        needle = f" {' '.join(words)} "
        hit = next(((g, s) for g, s, body in bodies if needle in f" {body} "), None)
        speaker = hit[1] if hit is not None and isinstance(hit[1], str) else None
        rows.append({"quotation": m["words"], "speaker": speaker, "group": hit[0] if hit is not None else -1})
    return pd.DataFrame(rows, columns=cols)
