"""What a phrase set off after a name says it is: a role ("Mike Pence, the Indiana governor,"; "John
Kasich, who is governor of Ohio,") or a kind of organisation ("RT, the Kremlin-backed network,").

In: a sentence's tokens and the index of the comma after a name. Out: the role words, or the kind noun.
"""

from __future__ import annotations

import re

from quotelens.segment import Token
from quotelens.speakers.lexicon import ORG_KIND_NOUNS, PLACES, ROLE_NOUNS

ROLE_SUFFIXES = ("ist", "er", "or", "ian", "man", "woman", "ant", "ent", "ee", "eur")
_POSSESSIVE = re.compile(r"[’']s?$")
_OBLIQUE = frozenset("of to with for by about against from in on at over into than like between among".split())
_APPOSITION_STOPS = frozenset([",", ".", ";", ":", "(", ")", "—", "–", "“", "”", '"', "who", "which", "said"])
_APPOSITION_WORD_STOPS = _OBLIQUE | {"who", "and"}
_NOT_COMPLEMENTS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that"])
_ABBREVIATED_TITLES = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "pres": "president",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "prof": "professor",
    "rev": "reverend",
    "sec": "secretary",
    "atty": "attorney",
    "dr": "doctor",
}


# A rank that opens a role set off with no article, as wires write it ("Helge Brandt, senior commodities
# analyst at Nordbank,", "X, deputy director of ...")
_RANKS = frozenset("senior junior lead principal deputy associate assistant acting interim managing executive".split())


def role_word(word: str) -> str:
    """'Gov.' -> 'governor': title abbreviations spelled out, so roles compare."""
    w = word.lower().rstrip(".")
    return _ABBREVIATED_TITLES.get(w, w)


def _apposition_words(toks: list[Token], b: int, mark: str = ",") -> tuple[list[str], str]:
    """The words of a phrase set off after a name: ", the Indiana governor", ", who is governor of Ohio",
    ", governor of Ohio" (a capitalised "of" complement is kept: "governor of ohio"), and the token it
    stopped at ("" at the end of the sentence or the window). ``mark``: the token at ``b`` ("and" for the
    second of two roles)."""
    if b + 2 >= len(toks) or toks[b].text != mark:
        return [], ""
    k = b + 1
    if toks[k].lower == "who" and k + 2 < len(toks) and toks[k + 1].lower in ("is", "was"):
        k += 2  # "X, who is governor of Ohio"
    first = toks[k].lower
    words: list[str] = []
    if first in {"a", "an", "the"} or _POSSESSIVE.search(toks[k].text):
        place = _POSSESSIVE.sub("", first)
        if place in PLACES:
            words.append(place)  # "Brazil’s environment minister": "brazil environment minister", a place of origin
        k += 1
    elif not (first in ROLE_NOUNS or first in ("former", "then") or first in _RANKS):
        return [], ""
    for j in range(k, min(k + 10, len(toks))):
        tok = toks[j]
        if tok.lower == "of" and words and j + 1 < len(toks):
            tail = _of_complement(toks, j + 1)
            if tail:
                return [*words, "of", *tail], "of"
        if tok.lower == "from" and role_head(words) and j + 1 < len(toks) and toks[j + 1].is_capitalised:
            return [*words, "from", toks[j + 1].lower], "from"  # "a lawmaker from Cheongju": "the Cheongju lawmaker"
        if tok.text in _APPOSITION_STOPS or tok.lower in _APPOSITION_WORD_STOPS:
            return words, tok.lower
        words.append(role_word(tok.text) if tok.is_capitalised else tok.lower)
    return words, ""


def _of_complement(toks: list[Token], k: int) -> list[str]:
    """What follows a role's "of": capitalised words ("governor of Ohio"), or one or two plain words that
    close the apposition ("the former secretary of state," ; not "the head of the agency's office")."""
    tail = []
    for t in toks[k : k + 3]:
        if not t.is_capitalised:
            break
        tail.append(role_word(t.text))
    if tail:
        return tail
    for n in (1, 2):
        plain = toks[k : k + n]
        closes = k + n >= len(toks) or toks[k + n].text in _APPOSITION_STOPS
        if closes and len(plain) == n and all(t.is_word and t.lower not in _NOT_COMPLEMENTS for t in plain):
            return [t.lower for t in plain]
    return []


_LEADS = dict.fromkeys(["heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "directs"], "head")
_LED_STOPS = frozenset([",", ".", ";", ":", "(", ")", "—", "–", "“", "”", '"', "and", "who", "which", "since", "in"])


def led_body(toks: list[Token], b: int) -> list[str]:
    """ "Ann Lee, who heads the Springfield Housing Agency," -> "head of springfield housing agency": the role
    of one who heads, leads, runs or chairs a body, so that "the agency head" finds her."""
    if b + 3 >= len(toks) or toks[b].text != "," or toks[b + 1].lower != "who" or toks[b + 2].lower not in _LEADS:
        return []
    words: list[str] = []
    for tok in toks[b + 3 : b + 11]:
        if tok.text in _LED_STOPS or tok.lower in _LED_STOPS:
            break
        if tok.lower not in ("the", "a", "an"):
            words.append(tok.lower.rstrip("’'s") if tok.text.endswith(("’s", "'s")) else tok.lower)
    return [" ".join([_LEADS[toks[b + 2].lower], "of", *words])] if words else []


_LED_BY = frozenset(["headed", "led", "chaired"])


def led_by(toks: list[Token], a: int, titles: frozenset[str]) -> list[str]:
    """ "A three-member bench headed by Justice Farrukh Qureshi" -> "head of bench": the one a body is headed,
    led or chaired by (past the titles before the name at ``a``) is its head, so "the head of the bench" and
    "the bench's head" find him. The body is the lower-case noun before the participle."""
    k = a - 1
    while k >= 0 and toks[k].is_capitalised and toks[k].lower.rstrip(".") in titles:
        k -= 1
    if k < 2 or toks[k].lower != "by" or toks[k - 1].lower not in _LED_BY:
        return []
    body = toks[k - 2]
    if not body.is_word or body.is_capitalised or body.lower in _OBLIQUE or body.lower.endswith("ly"):
        return []
    return [f"head of {body.lower}"]


def apposition(toks: list[Token], b: int) -> list[str]:
    """ "Mike Pence, the Indiana governor," -> "indiana governor" (a role after the name); "Ann Lee, who
    heads the agency," -> "head of agency". Not a phrase its own "said" follows: in "Speaking after Whitaker,
    the prime minister said" the role is the next clause's subject, someone else."""
    led = led_body(toks, b)
    if led:
        return led
    words, stop = _apposition_words(toks, b)
    if stop == "said":
        return []
    roles = [" ".join(words)] if role_head(words) else []
    if roles and stop == "and":  # "Mukhtar Babayev, Azerbaijan’s ecology minister and the summit’s president,"
        k = next((j for j in range(b + 2, min(b + 12, len(toks))) if toks[j].lower == "and"), None)
        second, closed = _apposition_words(toks, k, "and") if k is not None else ([], "")
        if role_head(second) and closed in (",", "."):
            roles.append(" ".join(second))
    return roles


def role_head(words: list[str]) -> bool:
    # (the word before "of" or "from", never the last)
    at = words.index("of") - 1 if "of" in words else words.index("from") - 1 if "from" in words else len(words) - 1
    head = words[at] if at >= 0 else ""
    return head in ROLE_NOUNS or head.endswith(ROLE_SUFFIXES) or head in _PARTIES_TO_EVENTS or head in _AR_PEOPLE


# People whose noun ends in -ar, as -er and -or ones do ("a constitutional law scholar", "the registrar", "a
# parish vicar"): a list, as most -ar words are no one (nuclear, popular, solar, Qatar)
_AR_PEOPLE = frozenset("scholar vicar registrar bursar friar czar tsar commissar star superstar".split())


# What a person is to an event, a role an apposition gives ("Renata Castellanos, a witness,": "the witness")
_PARTIES_TO_EVENTS = frozenset("witness eyewitness juror bystander passenger patient defendant victim".split())


def org_apposition(toks: list[Token], b: int) -> str:
    """The kind of organisation a name is set off as ("RT, the Kremlin-backed network," -> "network"), or "":
    a determiner or a name's possessive, a lower-case kind noun (or an acronym: "PAC") as head, and no verb
    closing it (not "Lewandowski, Trump's campaign said", "Scalia, it's still the Kennedy Court")."""
    opener = toks[b + 1] if b + 1 < len(toks) else None
    if opener is None or not (opener.lower in ("a", "an", "the") or opener.is_capitalised):
        return ""
    words, stop = _apposition_words(toks, b)
    if stop in ("", "said"):
        return ""
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if len(w) > 4 and (w.endswith("ing") or (w.endswith("ed") and i > 0 and words[i - 1] in ORG_KIND_NOUNS))
        ),
        len(words),
    )  # ("the enterprise software company based in San Jose": the company)
    words = words[:cut]
    head = words[words.index("of") - 1] if "of" in words else words[-1] if words else ""
    lower = any(t.lower == head and (not t.is_capitalised or t.text.isupper()) for t in toks[b + 1 : b + 12])
    return head if lower and head in ORG_KIND_NOUNS and head not in ROLE_NOUNS else ""
