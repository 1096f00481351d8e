"""Role synonyms: the roles a description's head may name ("the lawmaker" for a senator, "the widow" for one
introduced as a wife). General English, re-exported by :mod:`quotelens.speakers.candidates`.
"""

from __future__ import annotations

from quotelens.speakers import agreement

# A member of a parliament is a lawmaker ("Member of the European Parliament Ann Berg" is "the lawmaker")
_MEMBERS = ("member of parliament", "member of the european parliament", "mp", "mep", "assemblyman", "assemblywoman")
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "diplomat": ("secretary of state", "ambassador", "minister", "envoy", "diplomat"),
    "candidate": ("candidate", "nominee", "hopeful"),
    "nominee": ("candidate", "nominee"),
    "official": ("secretary", "minister", "official", "director", "commissioner"),
    "leader": ("president", "leader", "minister", "chairman", "chief"),
    "lawmaker": ("senator", "representative", "congressman", "congresswoman", "lawmaker", "rep", *_MEMBERS),
    "businessman": ("businessman", "mogul", "magnate", "developer", "billionaire", "executive"),
    "legislator": (
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "rep",
        *_MEMBERS,
    ),
    # ("the chief executive": the head "executive"; "the boss" of a company)
    "executive": ("executive", "ceo"),
    "boss": ("boss", "ceo", "chief executive"),
    "chief": ("chief", "ceo", "chief executive"),  # ("the Nujoom chief" for "Nujoom Mining CEO Sultan Otaibi")
    # ("Mr Justice Owen Harte", "Chief Justice Ama Boateng": a judge; "justice" only as the role's last word)
    "judge": ("judge", "justice"),
    # ("the detective" for one introduced as "Sgt. Ann Hill" or "Inspector Lee": the ranks that investigate)
    "detective": ("detective", "investigator", "sergeant", "lieutenant", "inspector"),
    # family: a widow is the dead man's wife ("Saleh's wife, Nadia" ... "the widow"); a sibling a brother or sister
    "widow": ("widow", "wife"),
    "widower": ("widower", "husband"),
    "sibling": ("sibling", "brother", "sister"),
    "parent": ("parent", "mother", "father"),
    # a chief officer by the role's initials ("the CMO" for "its chief medical officer, Rina Hale")
    "cfo": ("cfo", "chief financial officer"),
    "coo": ("coo", "chief operating officer"),
    "cto": ("cto", "chief technology officer", "chief technical officer"),
    "cmo": ("cmo", "chief medical officer", "chief marketing officer"),
    "cio": ("cio", "chief information officer", "chief investment officer"),
}
ROLE_SYNONYMS = agreement.merged(ROLE_SYNONYMS)  # role families ("congressman" for "Rep."): agreement.py


# A chief by a portfolio ("the health chief", "the development boss") heads it: a secretary, minister,
# director or commissioner introduced with that portfolio ("Secretary for Development Ann Lee")
_PORTFOLIO_HEADS = frozenset(["chief", "boss"])
_OFFICES = frozenset("secretary minister director commissioner chief head chairman chairwoman chair".split())
_NO_PORTFOLIO = frozenset("former ex new top then acting interim deputy vice".split())


# A government's law officers: its attorney, solicitor and advocate general ("the law officer" for one introduced
# as "Solicitor General Ann Lee")
_LAW_OFFICES = ("attorney general", "attorney-general", "solicitor general", "solicitor-general", "advocate general")


def portfolio_role(roles: set[str], head: str, modifiers: tuple[str, ...]) -> str | None:
    """The role of ``roles`` that heads the portfolio a "<portfolio> chief" names (or the law office a "law
    officer" names), or None."""
    if head == "officer" and modifiers[-1:] == ("law",):
        return next((r for r in sorted(roles) if any(o in r for o in _LAW_OFFICES)), None)
    if head not in _PORTFOLIO_HEADS or not modifiers:
        return None
    portfolio = modifiers[-1]
    if portfolio in _NO_PORTFOLIO or not portfolio.isalpha() or not portfolio.islower():
        return None
    found = sorted(r for r in roles if portfolio in r.split() and _OFFICES & set(r.split()))
    return found[0] if found else None
