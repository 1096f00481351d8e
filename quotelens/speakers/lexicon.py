"""Word lists of speaker resolution: first names and sex, titles, roles, kinds of organisation and document.

The first names and their sex come from the 1990 US Census files (``data/first_names.tsv``), so do the surnames
(``data/surnames.txt``), the
common words that open sentences but never names from PolNeAR *train* (``data/common_words.txt``);
both are derived by ``tools/derive_speaker_lists.py``. Everything else is general English: role
and kind nouns, titles, US states and countries, never names of one corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from quotelens.lexicon import (
    ANONYMOUS_HEADS,
    CAPITALISED_STOPWORDS,
    FEMALE_FIRST_NAMES,
    LISTED_PLACES,
    MALE_FIRST_NAMES,
    MEDIA_WORDS,
    ORGANISATION_WORDS,
    PLACE_NAMES,
    TITLE_WORDS,
)
from quotelens.lexicon import SURNAME_PARTICLES as _SHARED_PARTICLES  # (shared with the attribution rules)
from quotelens.speakers import kindwords as _kinds
from quotelens.speakers import rolewords as _roles

_DATA = Path(__file__).resolve().parent.parent / "data"
# Lower-case words inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman", "Ahmad ibn Hanbal")
# ("Joost van den Heuvel", "Marloes ter Horst": Dutch particles, after "van" or alone)
SURNAME_PARTICLES = _SHARED_PARTICLES | frozenset(["ibn", "bint", "den", "ter"])
# A particle joined to the surname by a hyphen ("el-Sisi", "al-Assad", "ad-Din"): a word of the name
_HYPHENED_PARTICLES = "al|el|ad|ar|as|ash|at|az|an|ul|ud|bin|ibn|bint|abu|abd"
_PARTICLED = re.compile(rf"(?:{_HYPHENED_PARTICLES})-[A-Z]")
# (the same, anywhere in a text: whether any word of it may be one, searched once in C)
PARTICLED_IN = re.compile(rf"(?<![\w-])(?:{_HYPHENED_PARTICLES})-[A-Z]")
# An age as a role: "the 29-year-old" (speakers/introductions.py records it from "Lana Rivera, 29,")
AGE_ROLE = re.compile(r"^\d{1,3}-year-old$")


def particled(word: str) -> bool:
    """ "el-Sisi", "al-Assad": a surname with its lower-case particle, a word of a person's name."""
    return word[:1] in "aeiubd" and _PARTICLED.match(word) is not None


def unparticled(word: str) -> str:
    """The surname without its particle ("el-Sisi" -> "Sisi"; any other word as it is)."""
    return word.split("-", 1)[1] if particled(word) or _PARTICLED.match(word[:1].lower() + word[1:]) else word


@cache
def female_share() -> dict[str, float]:
    """First name -> share of its bearers who are women (census), with the engine's own short lists.

    ``world_first_names.tsv`` adds common first names the US census barely holds (Irish, Scottish, Welsh,
    Indian, Nigerian, Kenyan, Turkish, Arabic, Persian, Russian, Ethiopian, Spanish, South African, Dutch, German,
    Nordic, Balkan, Polish and Ukrainian
    ones, and Indonesian, Malaysian, Filipino, Thai and Vietnamese ones: "Aoife", "Pádraig", "Olumide", "Annelie",
    "Thabo", "Piotr", "Siti"), unaccented, each
    with the sex it is given far more often; a census name is never overridden."""
    out: dict[str, float] = {}
    for table in ("first_names.tsv", "world_first_names.tsv"):
        for line in (_DATA / table).read_text(encoding="utf-8").splitlines()[1:]:
            name, share = line.split("\t")
            out.setdefault(name, float(share))
    out.update(dict.fromkeys(MALE_FIRST_NAMES, 0.0))
    out.update(dict.fromkeys(FEMALE_FIRST_NAMES, 1.0))
    return out


@cache
def common_words() -> frozenset[str]:
    return frozenset((_DATA / "common_words.txt").read_text(encoding="utf-8").split())


@cache
def surnames() -> frozenset[str]:
    """Census surnames that are no common word (``data/surnames.txt``)."""
    return frozenset((_DATA / "surnames.txt").read_text(encoding="utf-8").split())


def surname_not_derived(low: str) -> bool:
    """A census "-ing"/"-ly" surname no common word explains ("Keating", "Reilly"; not "Bending", "Lovely")."""
    ing = low.endswith("ing")
    stem = low[:-3] if ing else low[:-2]
    forms = {stem + "e", stem[:-1], stem + "ed", stem[:-1] + "t" * stem.endswith(("nd", "ld"))} if ing else set()
    forms |= {stem, stem[:-1] + "y" if stem.endswith("i") else stem}  # ("bent" of "bend", "body" of "bodily")
    return low in surnames() and (len(stem) < 3 or not forms & common_words())


def folded(word: str) -> str:
    """The word in lower case without its accents ("Andrés" -> "andres"): the census lists are unaccented."""
    low = word.lower().strip(".’'")
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))


# Days as first names ("Sunday Adamu", "Monday Okpebholo"): men's in West Africa, whatever the census says
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# First names a woman's in the US census and a man's elsewhere (Italy, Korea, the Netherlands, Catalonia, Russia,
# Japan; "Rana" a Rajput name men bear in Pakistan and India): "Andrea Cattaneo", "Kim Jong-un", "Jan Peeters",
# "Rana Sanaullah" say no sex by the name alone
_SEX_BY_COUNTRY = frozenset("andrea nicola simone michele daniele gabriele jan kim joan sasha yuki rana".split())


@lru_cache(maxsize=16384)
def sex_of_first_name(first: str) -> str | None:
    if _compound_first_name(first):  # ("Pieter-Jan", "Anne-Marie": the sex both parts say, or one says alone)
        sexes = {sex_of_first_name(part) for part in first.split("-")} - {None}
        return sexes.pop() if len(sexes) == 1 else None
    low = folded(first)
    share = female_share().get(low) if low not in _WEEKDAYS and low not in _SEX_BY_COUNTRY else None
    if share is None:
        return None
    return "f" if share >= 0.8 else "m" if share <= 0.2 else None


@lru_cache(maxsize=16384)
def is_first_name(word: str) -> bool:
    return folded(word) in female_share() or _compound_first_name(word)


def _compound_first_name(word: str) -> bool:
    """ "Pieter-Jan", "Anne-Marie", "Jean-Pierre": two capitalised first names joined by a hyphen are one (not
    "Jae-myung", a Korean given name's syllables, nor "Al-Sharif", a particle's)."""
    if "-" not in word:
        return False
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) >= 2 for p in parts) or _PARTICLED.match(word.lower()):
        return False
    share = female_share()
    return folded(parts[0]) in share and folded(parts[1]) in share


# Titles of nobility that make a whole name with "of" and a place ("the Prince of Wales", "the Duke of Sussex")
_NOBLE_WOMEN = frozenset("princess duchess countess marchioness viscountess baroness".split())
_NOBLE_MEN = frozenset("prince duke earl marquess viscount baron".split())
NOBLE_TITLES = _NOBLE_WOMEN | _NOBLE_MEN
FEMALE_TITLES = frozenset(["mrs", "ms", "miss", "madam", "lady", "queen", "congresswoman"]) | _NOBLE_WOMEN
MALE_TITLES = frozenset(["mr", "sir", "lord", "king", "congressman"]) | _NOBLE_MEN
# Titles that make the next capitalised word a person's name ("Sen. Warren", "Mr. Obama").
PERSON_TITLES = frozenset(
    "mr mrs ms miss dr sen senator rep representative gov governor president gen general judge justice "
    "rev prof professor mayor ambassador secretary chancellor minister sheriff sgt lt col capt adm "
    "congressman congresswoman speaker pope sir dame lord lady king queen prince princess "
    "sergeant det detective lieut lieutenant captain insp inspector supt superintendent cpl corporal "
    "colonel maj cmdr comdr commander brig brigadier admiral const constable "
    "sheikh sheikha emir imam ayatollah premier alhaji alhaja mallam otunba "
    "taoiseach tánaiste tanaiste bailie provost td mp msp mla mep mk regent comr commr pfc pvt spc "
    "mna mpa barrister garda magistrate coroner registrar datuk dato datin undersecretary".split()
)  # (ranks of police and armies, Arab, Muslim and West African titles; Irish, Scottish and UK offices;
# court officers ("Magistrate Jo Reed", "Coroner Jo Reed"); Pakistan's members of the National and Provincial
# Assemblies, and "Barrister" as South Asian papers write it; Malaysia's styles of honour, "Datuk Seri Amran Yusof";
# the Philippines' and Mexico's "Undersecretary for Operations Ana Cruz")
# Police ranks abbreviated before a name in Nigeria, Ghana and India ("SP Olasunkanmi Ajayi"): titles only in
# capitals before a person's name (speakers/titles.py), and the role each stands for
POLICE_RANKS = {
    **dict.fromkeys(["sp", "asp", "dsp", "csp"], "superintendent"),
    **dict.fromkeys(["cp", "acp", "dcp"], "commissioner"),
    **dict.fromkeys(["igp", "aig"], "inspector-general"),
}
# Rank abbreviations and the role word each stands for ("Sgt. Lena Ortiz" is "the sergeant", "Col. Ann Hill"
# "Colonel Hill" and "the colonel")
RANK_WORDS = {
    "sgt": "sergeant",
    "det": "detective",
    "lt": "lieutenant",
    "lieut": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "cmdr": "commander",
    "comdr": "commander",
    "brig": "brigadier",
    "adm": "admiral",
    "gen": "general",
    "capt": "captain",
    "insp": "inspector",
    "supt": "superintendent",
    "cpl": "corporal",
    **dict.fromkeys(["pfc", "pvt"], "private"),
    "spc": "specialist",
    **dict.fromkeys(["comr", "commr"], "commissioner"),  # (Indonesia's and the Philippines' police: "Sr. Comr.")
    **POLICE_RANKS,
}
# ("Seri" of "Datuk Seri", "Dato' Seri": a title only after another, speakers/titles.py)
TITLES = TITLE_WORDS | PERSON_TITLES | frozenset(["seri"])
# Words that join the parts of an organisation's name ("Commission on Presidential Debates").
ORG_CONNECTORS = frozenset(["of", "on", "for", "and", "&", "the", "to", "in", "at"])
ORG_WORDS = (
    ORGANISATION_WORDS
    | frozenset(
        "pac action partners llc llp inc corp corporation co ltd institute initiative project alliance society "
        "federation confederation conference council service services commission industries group network center "
        "centre program programme authority academy school college hospital church tribunal reserve assembly "
        "administration agency department office command forces guard republicans democrats embassy consulate "
        "mission chamber museum library laboratory institution management capital holdings investments "
        "networks systems technologies communications associates consulting strategies committees departments "
        "councils commissions groups organizations organisations companies united corps parliament jail prison "
        "penitentiary records studios pictures entertainment productions airlines motors pharmaceuticals clinic "
        "therapeutics labs laboratories cooperative cooperatives co-op vatican directorate inspectorate treasury "
        "products forum forums resources minerals mining metals petroleum trust nation".split()
    )
    | frozenset(
        "consejo conselho conseil consiglio instituto institut istituto banco banca banque partido parti partito "
        "comisión comision comissão comité comite ministerio ministério ministère ministere ministero universidad "
        "universidade université universite università universita fundación fundacion fundação fondazione "
        "asociación asociacion confederación confederacion sindicato syndicat secretaría".split()
    )
    | frozenset(
        "partit partei movimiento movimento mouvement frente alianza alleanza aliança unión unione liga lega "
        "bündnis coalición coalicion coligação socialista socialiste comunista communiste republicana republicano "
        "republicà republicain républicain esquerra izquierda sozialdemokratische demokratische".split()
    )
)  # (the heads of a parliament's, a jail's, a label's or a studio's name; the Vatican; in Spanish, Portuguese,
# French and Italian: "Consejo Coordinador Empresarial", "Banco de México", "Parti socialiste"; the words of
# parties' and movements' names, "Esquerra Republicana de Catalunya", "Movimiento Ciudadano")
MEDIA = MEDIA_WORDS | frozenset("show channel network television broadcasting magazine report".split())


def _world_places() -> frozenset[str]:
    """Countries, territories, regions and cities of world news (``data/places.txt``), but no one-word place
    that is also a first name ("Sydney", "Sofia"): a person so named is never read as a place."""
    return frozenset(p for p in LISTED_PLACES if " " in p or not is_first_name(p))


PLACES = (
    _world_places()
    | PLACE_NAMES
    | frozenset(
        """alabama alaska arkansas connecticut delaware hawaii idaho indiana kansas kentucky louisiana maine
        maryland massachusetts minnesota mississippi missouri montana nebraska oklahoma oregon tennessee utah
        vermont wyoming afghanistan pakistan egypt turkey libya yemen lebanon qatar greece italy spain
        poland sweden norway switzerland austria belgium netherlands ireland scotland australia brazil
        argentina venezuela colombia nigeria kenya vietnam korea philippines indonesia taiwan manhattan
        brooklyn boston philadelphia atlanta miami dallas houston denver seattle detroit baltimore
        cleveland orlando phoenix tampa""".split()
    )
    | frozenset(
        [
            "rhode island",
            "west virginia",
            "new jersey",
            "new mexico",
            "north dakota",
            "south dakota",
            "saudi arabia",
            "las vegas",
            "san francisco",
            "san diego",
        ]
    )
)
STOPWORDS = CAPITALISED_STOPWORDS | frozenset(
    "i i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re it's it’s that's that’s dear".split()
)

ROLE_SEX = _roles.ROLE_SEX  # (role nouns: "the senator", "the actress", "the drummer")
ROLE_NOUNS = _roles.ROLE_NOUNS
# Titles written as their initials ("the CS said" after "Cabinet Secretary Susan Nakhumicha"): a person's role
SPELLED_TITLES = {
    "cs": "cabinet secretary",
    "ag": "attorney general",
    "pm": "prime minister",
    "da": "district attorney",
}
# Roles that an unnamed source has as often as a named one: "the official" refers back only to one so introduced.
GENERIC_ROLES = frozenset(
    "official aide adviser advisor source spokesman spokeswoman spokesperson staffer strategist operative insider "
    "person man woman lawyer attorney executive employee worker resident voter analyst expert officer".split()
)
# A named person's relations: "Tuttle's family", "the Tuttle family", "Echeverría's counterpart" speak, not the person
RELATION_NOUNS = frozenset("family relatives parents children counterpart colleagues friends neighbours".split())
# The kinds of organisation and document (speakers/kindwords.py), here as before
COMPANY_KINDS = _kinds.COMPANY_KINDS
ORG_KIND_NOUNS = _kinds.ORG_KIND_NOUNS
GENERIC_KINDS = _kinds.GENERIC_KINDS
ORG_NAME_KINDS = _kinds.ORG_NAME_KINDS
NOT_COMPANIES = _kinds.NOT_COMPANIES
STRUCTURE_HEADS = _kinds.STRUCTURE_HEADS
PLACE_HEADS = _kinds.PLACE_HEADS
DOCUMENT_NOUNS = _kinds.DOCUMENT_NOUNS
# People named by what they do or are to someone, who may be a group named before ("the two voters", "the friends")
PEOPLE_NOUNS = frozenset(
    "voter friend member resident supporter worker parent neighbor neighbour colleague sibling leader "
    "defendant plaintiff lawmaker protester protestor victim survivor".split()
)
GROUP_WORDS = frozenset("both two pair duo couple trio three four all each men women candidates sides".split())
ANONYMOUS = ANONYMOUS_HEADS | frozenset(
    """someone somebody anyone everyone nobody people voters residents observers experts analysts
    critics supporters opponents members leaders officials sources aides advisers advisors staffers
    insiders strategists operatives donors activists economists scholars historians researchers
    scientists investigators authorities polls surveys respondents participants americans citizens
    republicans democrats conservatives liberals progressives independents voters delegates
    lawmakers legislators senators representatives governors mayors students parents women men allies
    confidants associates backers loyalists friends surrogates opponents detractors defenders
    workers employees fans viewers readers users commenters commentators pundits observers many few
    some others one another several dozens hundreds thousands millions majority minority
    plurality percent base field electorate""".split()
)
INDEFINITE = frozenset(
    "a an one another some several many few two three four five six seven eight nine ten eleven twelve dozens "
    "hundreds thousands millions most more other others any each every no numerous various".split()
)
NATIONALITIES = frozenset(
    """u.s. u.s us u.k uk american russian chinese british french german iranian israeli palestinian syrian iraqi afghan
    pakistani indian japanese korean mexican canadian cuban turkish saudi egyptian ukrainian european
    italian spanish polish swiss dutch irish australian brazilian venezuelan nigerian kenyan greek swedish
    norwegian belgian austrian danish finnish qatari lebanese jordanian libyan yemeni""".split()
)
# One person named by a nation, nouns that are also surnames ("the 58-year-old Dane", "the Pole"): after "the" or
# an age, a description (speakers/descriptions.py), never a name
NATIONAL_NOUNS = frozenset(
    "briton spaniard swede dane finn pole turk scot argentine dutchman frenchman swiss czech serb greek kazakh croat "
    "slovak slovene monegasque uzbek englishman irishman scotsman welshman".split()
)
# Demonyms and the countries they name, so that "the Brazilian minister" is not "Germany’s climate minister"
COUNTRIES = {
    "brazilian": "brazil", "german": "germany", "chinese": "china", "french": "france", "british": "britain",
    "uk": "britain", "u.k": "britain", "russian": "russia", "indian": "india", "japanese": "japan",
    "mexican": "mexico", "canadian": "canada", "iranian": "iran", "israeli": "israel", "syrian": "syria",
    "iraqi": "iraq", "afghan": "afghanistan", "pakistani": "pakistan", "cuban": "cuba", "turkish": "turkey",
    "egyptian": "egypt", "ukrainian": "ukraine", "italian": "italy", "spanish": "spain", "polish": "poland",
    "swiss": "switzerland", "dutch": "netherlands", "irish": "ireland", "australian": "australia",
    "venezuelan": "venezuela", "nigerian": "nigeria", "kenyan": "kenya", "greek": "greece", "swedish": "sweden",
    "norwegian": "norway", "belgian": "belgium", "austrian": "austria", "danish": "denmark", "finnish": "finland",
    "qatari": "qatar", "lebanese": "lebanon", "jordanian": "jordan", "libyan": "libya", "yemeni": "yemen",
}  # fmt: skip
# A country's own body, named after its possessive ("Turkey's Foreign Ministry": the Turkish Foreign Ministry)
DEMONYMS = {country: demonym for demonym, country in COUNTRIES.items() if demonym not in ("uk", "u.k")}
GOVERNMENT_HEADS = frozenset("ministry office department embassy parliament government army navy police court".split())
# Words that open a longer name as its place and never stand for it alone ("U.S." Senate, "New" York Times)
PLACE_OPENERS = NATIONALITIES | frozenset(p for p in PLACES if " " not in p) | {p.split()[0] for p in PLACES}


def short_names(name: str) -> list[str]:
    """The words of a name that may stand for it alone: not a place opening a longer name ("U.S.", "New")."""
    parts = name.split()
    return [w for w in parts[:-1] if w.lower() not in PLACE_OPENERS] + parts[-1:]


PARTIES = frozenset(
    "republican democratic democrat gop independent libertarian green conservative liberal tory".split()
)
# Words that place a person: a party, a nationality, a state ("Republican", "Russian", "Indiana").
AFFILIATIONS = PARTIES | NATIONALITIES | frozenset(p for p in PLACES if " " not in p)
POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "its", "our", "my", "your"])
DEFINITE = frozenset(["the", "this", "that", "these", "those"]) | POSSESSIVE_DETERMINERS


# Capitalised words the census also lists as surnames that name no one: state and month abbreviations
# of news style ("Colorado Springs, Colo.", "Sept."), plural titles, faiths and peoples.
NOT_SURNAMES = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex vt va wash wis wisc wyo jan feb mar apr jun jul aug sept oct nov dec sens reps
    christ christian christians christmas muslim muslims islam islamic jew jews jewish arab arabs catholic
    catholics mormon mormons latino latinos latina hispanic hispanics protestant evangelical bible allah
    god lord western eastern northern southern""".split()
)


@lru_cache(maxsize=16384)
def is_surname(word: str) -> bool:
    """A census surname that names no place, organisation, title, role or nationality ("Sanders", not
    "Washington" or "Colo.")."""
    low = folded(word)
    if low not in surnames() or low in NOT_SURNAMES:
        return False
    return not (low in PLACES or low in ORG_WORDS or low in MEDIA or low in TITLES or low in ROLE_NOUNS) and (
        low not in AFFILIATIONS
    )
