"""Role nouns: what a person may be called once introduced ("the senator", "the actress", "the drummer"), with
the sex the noun says when it says one. General English, never names of one corpus; re-exported by
:mod:`quotelens.speakers.lexicon`.
"""

from __future__ import annotations

# Role nouns: what a person may be called once introduced ("the senator", "the actress").
ROLE_SEX = {
    **dict.fromkeys(
        "actress congresswoman spokeswoman chairwoman businesswoman woman mother wife daughter sister "
        "girl lady widow grandmother councilwoman anchorwoman alderwoman selectwoman assemblywoman aunt niece "
        "granddaughter stepmother stepdaughter fiancée girlfriend".split(),
        "f",
    ),
    **dict.fromkeys(
        "actor congressman spokesman chairman businessman man father husband son brother boy widower "
        "grandfather councilman anchorman selectman assemblyman uncle nephew grandson stepfather stepson fiancé "
        "boyfriend".split(),
        "m",
    ),
}
# Family relations ("her mother", "his wife"): someone of the possessor's, never the possessor (speakers/possessed.py)
KINSHIP = frozenset(
    "mother father son daughter brother sister husband wife widow widower grandmother grandfather granddaughter "
    "grandson aunt uncle niece nephew cousin stepmother stepfather stepson stepdaughter".split()
)
ROLE_NOUNS = frozenset(ROLE_SEX) | frozenset(
    """diplomat president candidate nominee senator governor minister secretary spokesperson official
    leader mogul billionaire magnate tycoon developer lawmaker mayor ambassador envoy adviser advisor aide
    director judge justice lawyer attorney economist analyst strategist pollster host author writer
    researcher professor expert executive founder chief manager ceo singer star comedian musician rapper
    player coach athlete pastor priest bishop pope pontiff veteran activist journalist reporter columnist editor
    anchor commentator historian scientist physician doctor nurse officer agent detective prosecutor
    sheriff general admiral colonel commander soldier representative delegate chair speaker incumbent
    challenger frontrunner front-runner contender hopeful rival opponent republican democrat
    independent conservative liberal progressive libertarian socialist governor-elect president-elect
    candidate-elect radioman newsman businessperson entrepreneur investor banker billionaire employee
    worker student teacher surgeon publisher producer director filmmaker novelist poet artist
    graduate owner partner consultant operative organizer organiser volunteer donor fundraiser
    attorney-general attorney general counsel clerk staffer secretary-general chancellor premier
    monarch king queen prince princess emperor dictator strongman autocrat sergeant lieutenant captain
    inspector superintendent corporal constable sheikh emir imam ayatollah quarterback linebacker striker
    goalkeeper midfielder pitcher supervisor councillor alderman assemblyman treasurer comptroller chef
    restaurateur commissioner councilmember councilor trustee alderperson assemblymember freeholder pundit winger
    forward defender skipper keeper full-back fullback centre-back center-back wing-back left-back right-back playmaker
    cs ag pm da mp cfo cto coo cmo cio guard all-star mvp rookie champion shortstop outfielder defenseman goaltender
    goalie taoiseach tánaiste tanaiste bailie td msp mla mep mk mna mpa whip regent barrister
    confidant confidante ally associate schoolteacher headteacher headmaster headmistress retiree pensioner
    pharmacist drummer bassist guitarist keyboardist vocalist pianist violinist cellist saxophonist trumpeter
    percussionist songwriter frontman frontwoman legislator cousin sibling cornerback kicker punter receiver
    batter batsman batswoman bowler seamer spinner paceman pacer all-rounder wicketkeeper wicket-keeper catcher
    infielder reliever sprinter golfer jockey cyclist boxer gymnast wrestler""".split()
)  # (local government's members; football's positions: "the England winger" is the player named before)
# (sports' positions and athletes: "the seamer", "the cornerback", "the golfer")
# (occupations: "the retired schoolteacher" after "Ann Reyes said" is the one who spoke)
