"""Word lists of organisations, places and documents by kind: what a definite description of an
organisation or a document may be called ("the company", "the paper", "the report"), what an organisation's
own name says it is, and the heads of places and structures that never speak.

Moved out of :mod:`quotelens.speakers.lexicon` (which re-exports them) to keep that module short.
"""

from __future__ import annotations

# Companies by their trade ("the chipmaker", "the iPhone maker", "the lender"): a company's kind nouns
COMPANY_KINDS = frozenset(
    "maker chipmaker automaker carmaker drugmaker planemaker steelmaker toymaker lender startup start-up "
    "utility supplier".split()
)
# What a definite description of an organisation may be called, by kind.
ORG_KIND_NOUNS = {
    **dict.fromkeys("network channel station broadcaster outlet newspaper paper magazine publication".split(), "media"),
    **dict.fromkeys("campaign camp".split(), "campaign"),
    **dict.fromkeys(
        "company firm corporation business conglomerate retailer manufacturer bank group organization "
        "organisation agency department committee party administration union coalition court board "
        "commission council university college institute center centre foundation pac super-pac team league "
        "association bureau office ministry government club charity nonprofit non-profit think-tank "
        "tank caucus senate house congress legislature chamber panel service industry establishment lobby "
        "prosecution government label studio publisher airline insurer district military army navy directorate "
        "fund regulator watchdog brokerage forum alliance federation trust authority body".split(),
        "organisation",
    ),
    **dict.fromkeys(COMPANY_KINDS, "organisation"),
}
GENERIC_KINDS = frozenset("company firm corporation business organization organisation group agency body".split()) | (
    COMPANY_KINDS
)
# What an organisation's own name says it is: "the company" may be "United Technologies Corp.", "the
# paper" "The Times", "the agency" "the Federal Emergency Management Agency" (name words, lower case, no dots)
ORG_NAME_KINDS = {
    **dict.fromkeys(
        ["company", "firm", "corporation", "business", *COMPANY_KINDS],
        frozenset("corp corporation inc co llc ltd plc company industries holdings".split()),
    ),
    **dict.fromkeys(
        "paper newspaper".split(),
        frozenset("times post journal tribune herald gazette globe star chronicle daily news".split()),
    ),
    **dict.fromkeys(
        "network channel broadcaster station".split(),
        frozenset("network news tv television broadcasting channel".split()),
    ),
    "agency": frozenset("agency administration bureau service commission".split()),
    "department": frozenset("department ministry".split()),
    "committee": frozenset("committee commission panel".split()),
    "group": frozenset("group association coalition alliance council fund project action forum federation".split()),
    **dict.fromkeys(
        ["regulator", "watchdog"], frozenset("authority commission agency board office regulatory".split())
    ),
    "fund": frozenset("fund capital partners investments management advisors advisers".split()),
}
# Kinds of organisation that are no company: "the company" is never "the Indiana Chamber of Commerce", a
# party ("Democrats", "the GOP"), a fund or a political action committee
NOT_COMPANIES = frozenset(
    """party committee department agency administration union coalition court board commission council college
    university institute center centre foundation caucus senate house congress legislature chamber government
    ministry bureau office league association club charity campaign republicans democrats gop fund pac
    action""".split()
)
# The last word of a place or a structure's name ("Harbor Bridge", "Elm Street"): never a speaker
STRUCTURE_HEADS = frozenset(
    """bridge bridges street st avenue ave road rd boulevard blvd highway freeway expressway interstate lane
    drive square plaza river lake creek bay harbor harbour beach island islands mountain mountains canyon
    valley airport station stadium arena tower towers building dam canal tunnel pier park mall palace hotel
    casino theater theatre cathedral sea ocean peninsula strait gulf route motorway""".split()
)
# Roads named by a number after them ("State Route 2", "Highway 101", "Interstate 95"): no title before them
ROAD_HEADS = frozenset("route highway interstate freeway expressway motorway".split())
# The last word of an administrative place ("Lee County", "Carson City"): its government, never a person
PLACE_HEADS = frozenset("county counties parish township borough city province prefecture district".split())
# What a document may be called: it is credited to its author organisation when one is named.
DOCUMENT_NOUNS = frozenset(
    """form forms disclosure disclosures ledger ledgers search counterproposal initiative referendum
    report reports study studies survey surveys poll polls polling analysis analyses statement
    statements memo memos email emails e-mail e-mails letter letters ad ads advertisement advertisements
    commercial commercials spot voiceover voice-over video videos book books filing filings document documents record
    records data transcript release tweet tweets post posts article articles editorial editorials column
    columns story stories
    complaint lawsuit suit ruling indictment audit review inquiry probe investigation research paper papers
    ranking rankings index
    forecast projection projections estimate estimates figures numbers results findings census model
    message messages note notes platform plan proposal bill law legislation resolution website site
    page clip footage audio recording tape documentary film movie memoir biography excerpt survey
    questionnaire brief motion order opinion decision verdict guidance guidelines policy manifesto
    pledge petition map chart graph table count tally
    op-ed op-eds cable cables missive missives dispatch communique communiqué bulletin notice affidavit deposition
    subpoena warrant dossier files pages amendment amendments measure measures rule rules agreement treaty contract
    novel novels thriller episode sitcom blog blogs newsletter photograph photographs photo photos headline headlines
    caption placard placards poster posters banner banners billboard billboards flyer flyers mailer mailers leaflet
    leaflets pamphlet pamphlets brochure brochures sign signs screen screens slogan slogans song songs lyrics
    album script scripts draft drafts manual handbook textbook charter constitution statute ordinance regulation
    regulations directive declaration proclamation provision provisions clause summary appendix chapter passage
    diary minutes agenda playbook graphic infographic screenshot image images picture pictures cartoon robocall
    robocalls voicemail podcast broadcast segment sketch mailing invitation certificate application""".split()
)  # (the "document with no named author" of the readings: "the missive", "the cable", "placards", "the rules")


# A company's legal form, as written after its name ("Siemens AG", "Maybank Bhd", "Unilever plc") or, for "PT",
# before it ("PT Sinar Teknik Mandiri"): no person's name holds one. Case as written: "AG" the form, not "Ag".
_LEGAL_FORMS_AFTER = frozenset("AG SA BV SpA KK Tbk TBK Bhd BHD Pte PTE plc PLC Plc GmbH Oyj".split())
_LEGAL_FORMS_BEFORE = frozenset(["PT", "Sdn"])
# A firm's legal form at the end of its name, lower-cased ("Outten & Golden LLP", "Acme Holdings Inc."): what
# comes before "of" it is no part of a firm's name (speakers/connectors.py)
FIRM_FORMS = frozenset("llp llc inc co ltd plc corp pllc lp gmbh".split())


def legal_form(words: list[str]) -> bool:
    """Does a run of two or more words carry a company's legal form ("Deutsche Bank AG", "PT Sinar Teknik
    Mandiri")? (A caller rules out a place before it: "Ohio AG" is the state's attorney general.)"""
    if len(words) < 2:
        return False
    return words[-1].rstrip(".") in _LEGAL_FORMS_AFTER or (words[0] in _LEGAL_FORMS_BEFORE and words[1][:1].isupper())
