"""Titles before a name: how many leading words of a capitalised run are titles ("Finance Minister Paul Grant"
-> 2), and the role word each stands for ("Sgt." -> sergeant, "Cllr" -> councillor, "SP" -> superintendent).

Helpers of :mod:`quotelens.speakers.names` (kept apart to keep that module short).
"""

from __future__ import annotations

import re

from quotelens.segment import Token
from quotelens.speakers.apposition import role_word
from quotelens.speakers.kindwords import ROAD_HEADS, legal_form
from quotelens.speakers.lexicon import (
    MEDIA,
    NATIONALITIES,
    ORG_CONNECTORS,
    ORG_WORDS,
    PERSON_TITLES,
    PLACES,
    POLICE_RANKS,
    RANK_WORDS,
    ROLE_NOUNS,
    SPELLED_TITLES,
    TITLES,
    common_words,
    is_first_name,
    is_surname,
)
from quotelens.speakers.nameparts import FIELD_WORDS, aged, office_of

_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # ("Wen-chieh", "Yo-jong": no capital after the hyphen)
_STREETS = frozenset("street avenue road boulevard lane square terrace crescent".split())
# Words that qualify a title that follows them ("State Sen.", "National Security Adviser") but end one only after
# "of" ("Secretary of State"): alone before a word they name a body ("the Alabama State Bar"), no one's title
_QUALIFIERS = frozenset(["state", "national"])
# Abbreviated titles of a councillor and a constable, outside the US ("Coun. Jo Reed", "Cllr Jo Reed")
_COMPOUND_TITLE = re.compile(r"^(?:co-?|vice-)")
_SHORT_TITLES = {"coun": "councillor", "cllr": "councillor", "cr": "councillor", "const": "constable"}
# Honorifics written without a stop before a full name in East African and South Asian papers ("Eng Jo Kamau":
# an engineer; "Hon Jo Kamau"; "Amb Jo Kamau"): also surnames ("Lim Eng Hock"), so titles only where they open
# the name and two more words follow
_STYLES = {"eng": "engineer", "hon": "honourable", "amb": "ambassador"}
_RIGHT = frozenset(["Rt.", "Rt"])  # ("Rt Hon Gwilym Kestell": the Right Honourable; "Hon" after it is a style)
# The plural of an office written as its initials, before the names of its holders ("MKs", "MPs", "MEPs", "TDs")
_PLURAL_INITIALS = re.compile(r"^[A-Z]{2,4}s$")
# Particles that join a given name to a father's ("Omar bin Khalid", "Ahmad ibn Hanbal", "Fatima bint Ali")
_PATRONYMICS = frozenset(["bin", "ibn", "bint", "binti"])
_PRO_TEM = frozenset(["tem", "tempore"])
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
# Letters written after a person's full name in British and Commonwealth papers: a silk, a seat, an honour
# ("Rachel Dunmore KC", "Jane Smith MP", "Anna Berg OBE"); they name no one
_POSTNOMINALS = frozenset("KC QC SC MP MSP MLA MEP OBE CBE MBE KBE DBE BEM".split())
# Offices whose plural opens a list of their holders ("Commissioners Laura Reyes and Tom Ward", "Sens. Ann Hill
# and ..."): no noble's or monarch's title (a place's or a club's name may open with "Kings", "Queens", "Lords")
_NOT_PLURAL = frozenset("king queen prince princess lord lady sir dame pope sheikha regent mr mrs ms miss".split())
_LISTED_OFFICES = (PERSON_TITLES - _NOT_PLURAL) | frozenset(
    "commissioner councillor councilor councilmember trustee supervisor director officer member treasurer "
    "assemblymember freeholder".split()
)


# Styles of address that stand for the one person introduced with them ("His Highness Sheikh Saif ...", then "His
# Highness said"; "Her Excellency", "His Holiness")
_HONORIFICS = frozenset("highness majesty excellency holiness eminence".split())
STYLES_OF_ADDRESS = _HONORIFICS
# the courtesy titles of anyone ("Mr", "Miss"): before a surname, never a first name
_COURTESY = frozenset("mr mrs ms miss mx".split())


def honorifics(roles: set[str]) -> set[str]:
    """The styles of address among a person's roles ("highness" of "His Highness Sheikh Saif ...")."""
    return {w for role in roles for w in role.split() if w in _HONORIFICS}


def grade(words: list[str], i: int) -> int:
    """How many words at ``i`` are a rank's grade ("Sgt. *1st Class*", "Petty Officer *2nd Class*", "Chief Warrant
    Officer *2*"): an ordinal and "Class", or one digit; the Latin "for the time being" of a deputy ("Mayor *Pro
    Tem*", "President *Pro Tempore*"); 0 when none."""
    if i + 1 < len(words) and words[i].lower() == "pro" and words[i + 1].lower().rstrip(".") in _PRO_TEM:
        return 2
    if i >= len(words) or not words[i][:1].isdigit():
        return 0
    if _ORDINAL.match(words[i]) and i + 1 < len(words) and words[i + 1] == "Class":
        return 2
    return 1 if len(words[i]) == 1 else 0


def grade_after_rank(toks: list[Token], k: int) -> int:
    """How many tokens at ``k`` are a grade after a rank (a title word before ``k``) and before a capitalised
    name: the capitalised run goes on over them ("Sgt. 1st Class Marcus Delgado" is one name, titled)."""
    if k == 0 or not toks[k].text[:1].isdigit() or not title_word(toks[k - 1].text):
        return 0
    g = grade([t.text for t in toks[k : k + 3]], 0)
    return g if g and k + g < len(toks) and toks[k + g].is_capitalised and toks[k + g].is_word else 0


def postnominal_end(toks: list[Token], a: int, b: int) -> int:
    """Where the name ``toks[a:b]`` ends before the letters after it ("Rachel Dunmore KC", "Sir Tom Reed QC" ->
    before them): after a first name or a title and one more capitalised word; else ``b``."""
    if b - a < 3 or toks[b - 1].text not in _POSTNOMINALS or not toks[b - 2].is_capitalised:
        return b
    if b - a == 3 and is_surname(toks[a + 1].text) and toks[a].lower not in PLACES:
        return b - 1  # ("Ronan Dolan SC": a surname, after a given name no list knows; not "Stoke Central MP")
    return b - 1 if is_first_name(toks[a].text) or title_word(toks[a].text) else b


def title_role(title: str) -> str:
    """The role word of a title: a rank abbreviation spelled out ("Sgt." -> "sergeant"), else ``role_word``."""
    low = title.lower().rstrip(".")
    if _plural_initials(title) or _plural_office(title):
        return role_word(low[:-1])  # ("Labour MPs Jane Brown and ...", "Commissioners Jo Reed and ...": each is one)
    if title.isupper() and low in SPELLED_TITLES:
        return SPELLED_TITLES[low]  # ("Water CS": a cabinet secretary)
    return RANK_WORDS.get(low, "") or _SHORT_TITLES.get(low, "") or _STYLES.get(low, "") or role_word(title)


def split_titles(words: list[str]) -> int:
    """Number of leading title words ("Finance Minister Paul Grant" -> 2), when a name follows them."""
    if len(words) < 2:
        return 0
    if _police_rank(words):
        return 1  # "SP Olasunkanmi Ajayi", "CP Hakeem Odumosu"
    if styled := _style_end(words):
        return styled  # "Water CS Rehema Bakari", "Eng Hamisi Juma"
    if _plural_office(words[0]) and len(words) >= 3 and is_first_name(words[1]):
        return 1  # "Commissioners Laura Reyes (and Tom Ward)": the office of each, before a first name
    if start := _after_office(words):
        return start  # "Minister in the Presidency Thabo Mokoena": a name no first name says
    if start := portfolio_start(words):
        return start  # "Opposition Spokesperson on Transport Nadine Reid"
    last = len(words) - 2
    while last >= 0 and not title_word(words[last]):
        last -= 1
    if last < 0 or not is_title(words, last):
        return 0
    if words[last].lower() in _QUALIFIERS and (last == 0 or words[last - 1].lower() != "of"):
        return 0  # "the Alabama State Bar", "the State Fair": a qualifier ends no title ("Secretary of State" does)
    while last + 1 < len(words) - 1 and (g := grade(words, last + 1)):
        last += g  # ("Sgt. 1st Class", "Chief Warrant Officer 2": the grade is the title's)
    return 0 if _names_a_thing(words, last) else last + 1


def _names_a_thing(words: list[str], last: int) -> bool:
    """Do the words after a title word at ``last`` make the run a body's, a road's or a street's name, no one
    titled?"""
    rest = {w.lower().rstrip(".") for w in words[last + 1 :]}
    if rest & ORG_WORDS or rest & MEDIA or words[last + 1].lower() in ORG_CONNECTORS:
        return True
    if words[-1].lower() in ROAD_HEADS:
        return True  # "State Route 2", "Federal Highway": a road's name, no title ("State" of "Secretary of State")
    if last == len(words) - 2 and words[-1].lower() in _STREETS:
        return True  # "Regent Street", "King Street": a street's name, no one titled
    if _org_of(words, last) and not personal(words[last + 1 :]):
        return True  # "Ministry of Foreign Affairs", "NASA's Office of Inspector General": an organisation's whole name
    # "American Crossroads", "American Renewable Future": the name's own word, no title
    return all(w.lower() in NATIONALITIES for w in words[: last + 1]) and not personal(words[last + 1 :])


def _after_office(words: list[str]) -> int:
    """Where a name begins after a body's office or one joined by a patronymic ("Minister of Industry and Mineral
    Resources *Fahd bin Saud Al-Qahtani*"), or 0."""
    if start := patronymic_start(words):
        return start
    return _office_name_start(words) if office_of(words) else 0


def patronymic_start(words: list[str]) -> int:
    """Where a name joined by a patronymic begins after its holder's office ("Minister of Industry and Mineral
    Resources *Fahd bin Saud Al-Qahtani*", "Deputy Minister for Mining Affairs *Omar bin Khalid*"): at the
    capitalised word before the first "bin", "ibn" or "bint", when a title opens the run and no organisation's
    word follows (not "King Saud bin Abdulaziz University"); 0 when none."""
    k = next((i for i, w in enumerate(words) if w in _PATRONYMICS), 0)
    if k < 2 or not words[k - 1][:1].isupper() or not title_word(words[0]) or title_word(words[k - 1]):
        return 0
    if {w.lower() for w in words[k:]} & ORG_WORDS:
        return 0
    return k - 1


def portfolio_start(words: list[str]) -> int:
    """Where a name begins after a title and its portfolio joined by "on" or "for" ("Opposition Spokesperson on
    Transport *Nadine Reid*", "Shadow Minister for Rural Affairs *Tom Hale*"): at a listed first name after one to
    three capitalised words of the portfolio, with one or two more words after it; 0 when none (no organisation's
    word in the run: "Center for American Progress" is a body's name)."""
    n = len(words)
    if n < 5 or ("on" not in words and "for" not in words):
        return 0  # (most runs: no portfolio)
    lows = [w.lower().rstrip(".") for w in words]
    at = next((i for i in range(1, n - 3) if lows[i] in ("on", "for") and title_word(words[i - 1])), 0)
    if not at or set(lows) & ORG_WORDS:
        return 0
    for j in range(at + 2, min(at + 5, n - 1)):
        if not words[j - 1][:1].isupper():
            return 0
        if n - j <= 3 and is_first_name(words[j]) and lows[j] not in FIELD_WORDS and lows[j] not in PLACES:
            return j
    return 0


def _office_name_start(words: list[str]) -> int:
    """Where the name begins after a body's office ("Minister of State for Transport *Siti Mariam Abdullah*",
    "Secretary for Housing *Agnes Kwok Sau-ling*"): at its first listed first name after the body's first word (no
    field, common word or place: not "Justice"), when one more word follows; else its last two words."""
    common = common_words()
    for i in range(3, len(words) - 1):
        low = words[i].lower()
        if low not in FIELD_WORDS and low not in common and low not in PLACES and is_first_name(words[i]):
            return i
    return len(words) - 2


def _org_of(words: list[str], last: int) -> bool:
    """Does an organisation's word and "of" come before the title at ``last`` ("Office of Inspector General",
    "NASA's Office of Inspector General")?"""
    return any(words[i].lower() in ORG_WORDS and words[i + 1].lower() == "of" for i in range(last))


def title_word(word: str) -> bool:
    """A title word: one of TITLES, or a shared or second-rank title made with "co-" or "vice-" ("Co-author",
    "Coauthor", "Co-founder", "Vice-chair")."""
    low = word.lower().rstrip(".")
    if low in TITLES or word.rstrip(".") == "Cr":  # (an Australian councillor's, "Cr Jo Reed"; not "CR England")
        return True
    if "-" in low and _hyphened_role(low):
        return True
    if not low.startswith(("co", "vice")):
        return _plural_initials(word)  # (the common case, without the pattern)
    rest = _COMPOUND_TITLE.sub("", low)
    return rest != low and len(rest) >= 4 and (rest in TITLES or rest in ROLE_NOUNS)


def _hyphened_role(low: str) -> bool:
    """ "Centre-back", "Left-winger", "Front-runner": a role written with a hyphen, a title before a name too (the
    whole word a role, or its last part one after a part that is no one's name: not "Smith-Guard")."""
    head, _, tail = low.rpartition("-")
    return low in ROLE_NOUNS or (tail in ROLE_NOUNS and not is_first_name(head) and not is_surname(head))


def _plural_office(word: str) -> bool:
    """ "Commissioners", "Judges", "Sens.": the plural of an office held by people."""
    low = word.lower().rstrip(".")
    return len(low) >= 4 and low.endswith("s") and low[:-1] in _LISTED_OFFICES


def _plural_initials(word: str) -> bool:
    """ "MKs", "MPs", "MEPs": the plural of a title written as its initials (not "Kings", "Queens": a place's
    or a club's name may open with those)."""
    if not word.endswith("s") or not 3 <= len(word) <= 5:
        return False  # (most words: what the pattern cannot match, without it)
    return _PLURAL_INITIALS.match(word) is not None and word[:-1].lower() in PERSON_TITLES


def is_title(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a title there? Not "Sri" in "Sri Lanka", a place ("Sri" is an honorific only before a
    name, "Sri R. Rao"); nor "Garda" in "Garda Síochána", the force ("Det Garda Reddy", "Garda Aoife Kinsella");
    nor "Seri" but after another style ("Datuk Seri Amran Yusof"; not "Seri Kembangan", a town)."""
    if not title_word(words[i]):
        return False
    if words[i].lower() == "seri":
        return i > 0 and title_word(words[i - 1])
    if words[i].lower() == "garda":  # the Irish police's rank before a name, after another or before a first name
        return (i > 0 and title_word(words[i - 1])) or (i + 1 < len(words) and is_first_name(words[i + 1]))
    return not (words[i].lower() == "sri" and i + 1 < len(words) and words[i + 1].lower().startswith("lank"))


def _police_rank(words: list[str]) -> bool:
    """A police rank's abbreviation, in capitals, before a person's name ("SP Olasunkanmi Ajayi"): only before
    a full name (not "CP Rail", "ASP Isotopes", "AIG Financial Products")."""
    if words[0].lower() not in POLICE_RANKS or not words[0].isupper() or len(words) < 3:
        return False
    return _full_name(words[1:])


def _full_name(rest: list[str]) -> bool:
    """Do the words after a rank or an office in capitals name a person: no organisation's or media word, and a
    first name, a surname last, or no common word?"""
    if {w.lower() for w in rest} & (ORG_WORDS | MEDIA):
        return False
    return personal(rest) or not any(w.lower() in common_words() for w in rest)


def _style_end(words: list[str]) -> int:
    """Where a full name begins after an office in capitals, its portfolio before it ("Water CS *Rehema Bakari*",
    "Ohio AG *Dave Yost*"), or after an unstopped honorific opening the run or after a title ("Eng *Hamisi
    Juma*", "CS Eng *Hamisi Juma*"); 0 when none. Two or three words follow, as before a police rank's name
    (not "CS Lewis": initials of a given name before a surname)."""
    n = len(words)
    for i in range(n - 1):
        word = words[i]
        styled = word.lower().rstrip(".") in _STYLES and word[:1].isupper()
        styled = styled and (i == 0 or title_word(words[i - 1]) or _spelled(words[i - 1]) or words[i - 1] in _RIGHT)
        if i == n - 2 and not (styled and word.endswith(".")):
            break  # (one word after: only a stopped style, "Hon. Wekesa", never a surname's "Eng"; not "CS Lewis")
        if (styled or _spelled(word)) and n - i - 1 <= 3 and _full_name(words[i + 1 :]):
            return i + 1
    return 0


def _spelled(word: str) -> bool:
    return word.isupper() and word.lower() in SPELLED_TITLES


def personal(words: list[str]) -> bool:
    """A person's name may follow a nationality: a first name, or a surname last ("Russian Putin"), or a name
    written family name first with a hyphened given name ("Hsu Wen-chieh")."""
    if is_first_name(words[0]) or is_surname(words[-1]) or any(_INITIAL.match(w) for w in words[:-1]):
        return True
    return len(words) == 2 and _HYPHENED_GIVEN.match(words[1]) is not None


def office(toks: list[Token], a: int, titles: list[str], words: list[str]) -> bool:
    """A capitalised run at ``a`` that names an office, no one's name: two or three words ending in a title or
    a role, none a first name ("Cabinet Secretary", "Special Adviser", "Labour MP", "Ohio Republican"); or, after
    an article, one such word, titles before it or not ("the TD said", "the Lord Mayor")."""
    if not 1 <= len(titles) + len(words) <= 3 or "&" in words:
        return False  # ("Legal & General": an ampersand joins a firm's name, never an office's)
    last = words[-1].lower().rstrip(".")
    if last not in PERSON_TITLES and last not in ROLE_NOUNS:
        return False
    if legal_form(words) and " ".join(words[:-1]).lower() not in PLACES:
        return False  # "Siemens AG" a company ("Ohio AG" an office)
    after_article = a > 0 and toks[a - 1].lower in ("the", "a", "an")
    if (len(words) == 1 or titles) and not after_article:
        return False  # (a lone "King" or "Bishop" may be a surname; "Sen. King" is a name)
    return not any(is_first_name(w) for w in (*titles, *words))


def given_name_title(toks: list[Token], a: int, b: int, titles: list[str], words: list[str]) -> bool:
    """Is the one title before one name word a first name ("Dean Garside, 37,": Dean, not the dean)? A title
    word that is also a common first name ("Dean", "King", "Prince"), before a word that is no first name
    ("Prince Harry" keeps its title), in a name introduced as only a person's is: an age after it, or "who", or
    set off after a role noun ("her coach, Dean Hollis,"); or after an occupation, which no such title follows
    ("Bassist Dean Castellano")."""
    if len(words) != 1 or not is_first_name(titles[-1]) or is_first_name(words[0]):
        return False
    if titles[-1].lower().rstrip(".") in _COURTESY:
        return False  # ("Miss Pennick, who ...": a census may list "Miss" as a given name; news never writes one)
    if len(titles) > 1:
        return all(t.lower() in ROLE_NOUNS and t.lower() not in TITLES for t in titles[:-1])
    who = b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].lower == "who"
    return aged(toks, b) or who or _set_off_after_role(toks, a)


def _set_off_after_role(toks: list[Token], a: int) -> bool:
    """Is the run at ``a`` set off by a comma after a role noun ("their goalkeeper, *Dean Hollis*")? The name
    that such an apposition gives is a person's whole name: a title opening it there is a first name."""
    return a >= 2 and toks[a - 1].text == "," and toks[a - 2].lower in ROLE_NOUNS
