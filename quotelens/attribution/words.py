"""The closed word lists and patterns the frames and passes test tokens against (one place, read-only)."""

from __future__ import annotations

import re

from quotelens.attribution.rules import Rule
from quotelens.lexicon import SPEECH_LEMMAS, SUBJECT_PRONOUNS, SUBJECT_VERB_FILLERS

QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„"})
QUOTE_CHARS = frozenset('"“”«»„')  # (and the two-apostrophe mark '' of the NYT texts)
# How far into a content another report's cue may open it and still be the content's own frame.
WRAP_WINDOW = 60
BY_BEFORE_PARTICIPLE_RE = re.compile(r"[\s,]*\bby(?:\s+\w+ly)?\s*$", re.IGNORECASE)
WRAP_CLAUSE_RE = re.compile(r"\b(?:that|to|who|which|whether|if|what|how|why)\b", re.IGNORECASE)
BOUNDARY_WORDS = frozenset(
    "that and but or which because when while if as so after before than since though although where "
    "whether what how why nor for to in on at of by with about from into over against not".split()
)
DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "some", "many", "several"]
)
APPOSITION_STARTERS = frozenset(["who", "which", "whose", "an", "a", "the", "whom", "where"])
CONTENT_PREPOSITIONS = frozenset(
    ["in", "on", "to", "at", "during", "after", "before", "with", "via", "through", "from"]
)
# Prepositions opening a verbless phrase before a subject ("Regarding the emails, the campaign said")
# Prepositions of place and topic that open an introductory phrase ("Outside the arena,", "Regarding X,")
PLACE_TOPIC_PREPOSITIONS = frozenset(
    "outside inside across beyond near behind around throughout regarding concerning within without".split()
)
LEAD_PREPOSITIONS = (
    CONTENT_PREPOSITIONS
    | PLACE_TOPIC_PREPOSITIONS
    | frozenset(["about", "amid", "despite", "for", "under", "over", "by", "among"])
)
# Plural nouns that name who was told ("told voters she ...", "he told donors ...")
LISTENERS = frozenset(
    "reporters supporters voters journalists donors students lawmakers delegates audiences followers fans "
    "workers colleagues residents viewers listeners parishioners members crowds".split()
)
# Heads of a lower-case listener told something ("told the crowd he would", "told his aides they"): people
LISTENER_HEADS = LISTENERS | frozenset(
    "crowd audience audiences aides advisers advisors staff staffers panel committee jury court judge "
    "congregation gathering rally assembly employees officials leaders senators allies friends family "
    "interviewer host reporter journalist voter donor colleague attendees guests investigators police "
    "officers troops soldiers lawmakers legislators children parents people supporter fan fans partners "
    "executives investors analysts shareholders union members "
    "board council commission cabinet hearing meeting tribunal inquiry parliament legislature".split()
)
OPENING_PREPOSITIONS = frozenset(["after", "before", "while", "by", "upon", "since", "when", "in", "without"])
OPENING_CUES = frozenset(["said", "says", "added", "adds", "wrote", "writes", "explained", "recalled", "noted"])
NOMINATIVE = frozenset(["he", "she", "they", "we", "i"])  # pronouns that can only be subjects
MAX_NP = 9
AGE_SUFFIXES = ("-year-old", "-month-old", "-years-old")  # ("the 29-year-old": a person, not a number)
ORPHAN_MIN_WORDS = 6  # on train, shorter unclaimed quotations are mostly titles and scare quotes
MAX_NP_AFTER = 10  # "said Monmouth University political scientist Patrick Murray of ..."
RELATIVES = frozenset(["who", "whom", "whose", "which"])
QUESTION_WORDS = frozenset(["whether", "if", "how", "what", "why", "when", "where", "who", "which", "about"])
LISTENER_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these"])
# '" ― Ana Ruiz', '— Paul Ryan (@SpeakerRyan) July 5, 2016', '- Ana Ruiz.': a dash, a name of one to
# five capitalised words, maybe a handle and a date, and nothing else to the end of the paragraph.
_AFTER_SPACE = r"(?<![^\s”\"'].)"  # (read after a dash: the character before it is none, a space or a quotation mark)
# (a signature may carry a party tag, "(R-Ohio)", and a tail saying where or how it was said, ", in a speech
# in Dayton, March 9, 2026", opened by one of these words: never a clause of its own, ", however, disagreed")
_SIGNATURE_TAIL = "in|at|on|during|speaking|writing|to|from|via|before|after"
DASH_SIGNATURE_RE = re.compile(
    # (each branch opens with its dash and looks behind it, so that the search skips from dash to dash
    # in C instead of trying the pattern at every character: the same matches as the pattern as written,
    # "(?<![^\s”\"'])(?P<dash>―|—|–|--|-)...", at about a third of its cost)
    rf"(?P<dash>―{_AFTER_SPACE}|—{_AFTER_SPACE}|–{_AFTER_SPACE}|-{_AFTER_SPACE}-?)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w'’.\-]*(?:[ \u00a0][A-Z][\w'’.\-]*){0,4})[ \t\u00a0]*"
    r"(?P<handle>\(@\w+\))?[ \t\u00a0]*(?:\([A-Z][\w.]*(?:-[A-Z][\w. ]*)?\))?[ \t\u00a0]*"  # "(R-Ohio)", "(D)"
    rf"(?:,[ \t\u00a0]+(?:{_SIGNATURE_TAIL})\b[^\n\"“”]{{0,80}}?)?"  # ", in a speech in Dayton, March 9, 2026"
    r"(?:,?[ \t\u00a0]*[A-Z][a-z]+\.? \d{1,2}, \d{4})?[ \t\u00a0.]*$",
    re.MULTILINE,
)
# (its words and their count are taken possessively: a word's letters and a whole word given back leave a
# letter or a capital where a space or the colon must follow, so no match is lost, and a paragraph that
# opens with a name and no colon fails at once instead of trying every shorter name: the same matches as
# "[\"“]?(?P<label>Q|A|[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})\s*(?P<colon>:)\s+(?P<rest>\S)")
LABEL_RE = re.compile(
    r"[\"“]?(?P<label>Q|A|[A-Z][A-Za-z.'’-]*+(?: [A-Z][A-Za-z.'’-]*+){0,3}+)\s*(?P<colon>:)\s+(?P<rest>\S)"
)
# Headlines: "Clinton to Planned Parenthood: C", "Former AG Mukasey at RNC: C", "EXCLUSIVE – Roger Stone: C".
HEADLINE_LABEL_RE = re.compile(
    r"(?:[A-Z]{3,}\s*[–—-]\s*)?(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
    r"(?: (?:to|at|on|in|about|after|for|To|At|On|In|About|After|For) [^:]{1,60}?)?\s*(?P<colon>:)\s+(?P<rest>\S)"
)
# Inside a paragraph: "Pollsters agree - Carl Bialik: “C”", "More from the report: “C”",
# "Here's Clinton in December 1992: “C”", and a label with a party tag, "Rep. Ana Ruiz (R-S.C.):"C"".
INLINE_LABEL_RE = re.compile(
    r"(?:^|(?<=[-–—] )|(?<= [-–—])|(?<=[”\"] )|(?<='' )|(?<=[•▪◦‣●■] ))(?:More from |From |Here’s |Here's )?"
    r"(?P<label>(?<=from )the [a-z]+|[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|and|of|de|van))*(?: \([^)]{1,20}\))?)"
    r"(?: in [A-Z][a-z]+ \d{4})?(?P<colon>:)[ \t]*(?=[“\"]|'')",
    re.MULTILINE,
)
# What every inline label ends in, a colon before a quotation mark: looked for first (a search that skips
# from colon to colon) so that the label's own search, tried at every position, runs only where it can match.
COLON_BEFORE_QUOTE_RE = re.compile(r":[ \t]*(?:[“\"]|'')")
NOT_LABELS = frozenset(
    [
        "update",
        "note",
        "related",
        "watch",
        "photo",
        "video",
        "source",
        "sources",
        "correction",
        "clarification",
        "disclosure",
        "warning",
        "transcript",
        "editor's note",
        "editor’s note",
        "read more",
        "also read",
        "read also",
        "see also",
        "must read",
        "full text",
        "partial transcript",
        # headline kickers: a rubric, not a speaker
        "the latest",
        "latest",
        "breaking",
        "breaking news",
        "wow",
        "look",
        "revealed",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "live",
        "photos",
        "explainer",
        "factbox",
    ]
)
FIRST_PERSON = frozenset(["i", "we", "you"])
TIME_WORDS = frozenset(
    "today yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday last "
    "this earlier later afterward afterwards again also recently previously repeatedly privately "
    "publicly once late early in on".split()
)
MODALS = frozenset(["would", "will", "could", "should", "might", "may", "can", "must"])
# Words that open a verb phrase, never a subject ('the “cartel” *is growing* nervous').
AUXILIARY_HEADS = MODALS | frozenset("is are was were am has have had do does did".split())
# Verbs after which a quoted paragraph goes on with the speaker's words ("spoke about X." "“C.”").
SPEAKING_LEMMAS = SPEECH_LEMMAS | frozenset(["speak", "talk", "discuss", "address"])
SUBJECT_HEAD_RE = re.compile(r"(\S+)\s*")
# ... and words that open a subordinate clause ('“C” *until Haley* said': the subject is inside it).
SUBORDINATE_HEADS = frozenset("until when after before because while if since although though unless whereas".split())
NOMINAL_CUES = frozenset(
    "claim claims insistence denial denials assertion assertions statement statements remarks remark "
    "argument arguments promise promises pledge warning warnings suggestion accusation accusations "
    "allegation allegations view belief contention admission".split()
)
# Frames whose form is evidence enough ("TAPPER: ..."); the model, trained on few of them, only scores them.
# ('in X's words, “C”' states whose words the quotation is, 'by her own account, C' whose account it is:
# no cue's rate can say more; PolNeAR train has no "by X's account")
KEPT_WITHOUT_MODEL = frozenset({Rule.SPEAKER_LABEL, Rule.SOURCE_FIRST_WORDS_OF, Rule.ACCORDING_TO_ACCOUNT})
IMPERSONAL = frozenset("seem seems seemed appear appears appeared".split())
FINITE = frozenset("is are was were has have had will would could should can may might must do does did".split())
PARTICLES = frozenset(["for", "to", "at", "on", "against", "with", "about", "of", "into", "over"])
# A particle that opens an idiom is part of the words, not of the cue: "reported at least six planes",
# "said for example that", "noted of course".
PARTICLE_IDIOMS = frozenset(
    [("at", "least"), ("at", "most"), ("for", "example"), ("for", "instance"), ("of", "course"), ("on", "average")]
)
OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us"])
# One word that stands for what was said ("denied it.", "said so.", "disputes this"): PolNeAR train marks
# it as the content after a cue nearly always (it 46 of 53, that 60 of 63, this 8 of 8, so 9 of 9).
PRO_FORMS = frozenset(["it", "that", "this", "so", "yes", "no", "otherwise"])
CLAUSE_BREAKERS = frozenset("which who whom whose while although though whereas according even unlike despite".split())
SUBORDINATORS = frozenset(["as", "when", "while", "after", "before", "because", "since", "during"])
PROGRESSIVE_AUX = frozenset(["is", "are", "was", "were", "been", "be", "am", "'s", "’s"])
# "isn’t", "didn’t", "won’t": a negated auxiliary between a subject and its verb (either apostrophe)
NEGATED_AUX = frozenset(
    f"{aux}n{mark}t"
    for aux in "is are was were do does did has have had would could should ca wo must".split()
    for mark in "'’"
)
NEGATED_BE = frozenset(f"{aux}n{mark}t" for aux in ["is", "are", "was", "were"] for mark in "'’")


CONTRACTED_BE_RE = re.compile(r"(\w+)['’](?:s|re|m)", re.IGNORECASE)


CLAUSE_MARKS = frozenset([";", ",", "—", "–"])
# Within this many tokens a direct scan is cheaper than facts found once for a whole sentence;
# past it, those facts (a binary search) bound the work on long sentences.
SCAN = 48


CLOSING_QUOTE_ENDS = ("”", '"', "''")


QUANTIFIERS = frozenset(
    ["least", "about", "nearly", "some", "only", "just", "almost", "over", "roughly", "more", "than"]
)
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


LEADING_CONJUNCTION = re.compile(r"[.!?”\"']\s+(But|And|Still|Yet|So)\s*,?$")
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as is be vs".split())
# A dash between spaces (the spaces with it), or an em dash alone: the pattern as written is
# "\s(?:—|–|--)\s|—"; opening with the character class lets the search skip to the next space or em dash in C.
DASH_RE = re.compile(r"[\s—](?:(?<=—)|(?:—|–|--)\s)")
COORDINATED_TAIL = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;|:)\s*$")
SHARED_SUBJECT_TAIL = re.compile(r",?\s+(?:and|but)(?:\s+\w+ly)?\s*$")  # 'said C but (then) added D'
CLAUSE_END_TAIL = re.compile(r"(?:(,)|,(?:”|\"|'')(\s*))\s*$")
POLLED = frozenset(["those", "people", "voters", "respondents", "americans", "others", "many", "most"])
POLLED_PARTICIPLES = frozenset(["polled", "surveyed", "interviewed", "questioned", "sampled"])
RELATION_ADJECTIVES = frozenset(["close", "familiar", "loyal", "near", "sympathetic", "opposed", "allied", "friendly"])
# An adjective or participle and its preposition that tell how a source stands to a matter: "a buyer *aware of*
# the price", "a curator *involved in* the sale", "a dealer *briefed on* the terms" (an adjective's post-modifier,
# not a verb)
RELATION_PAIRS = frozenset(
    [
        ("aware", "of"),
        ("knowledgeable", "about"),
        ("privy", "to"),
        ("involved", "in"),
        ("involved", "with"),
        ("briefed", "on"),
        ("briefed", "about"),
        ("informed", "about"),
        ("informed", "of"),
        ("based", "in"),
    ]
)


DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


PERIODS = frozenset(
    [
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "spring",
        "summer",
        "fall",
        "winter",
    ]
)


# Lower-case words in -ly that are nouns or adjectives, not manner adverbs ("the family said").
LY_NOT_ADVERBS = frozenset(
    "family ally rally assembly supply monopoly homily anomaly bully belly jelly lily fly july italy "
    "only early daily weekly monthly yearly likely unlikely friendly elderly holy ugly silly".split()
)


SEGMENT_BREAKS = frozenset([",", "—", "–", "--", "―", "-"])
# ("Tom Miller, at a consulting firm called Gavekal, argues": a prepositional description may name things)
DESCRIPTION_STARTERS = RELATIVES | frozenset(
    ["including", "like", "both", "all", "each", "one", "whose", "at", "of", "from"]
)
SENTENCE_OPENERS = frozenset(["and", "but", "yet", "so", "still"])


INTRO_ADVERBS = frozenset(
    "now however meanwhile instead still today yesterday later earlier also indeed moreover why here there then".split()
)


OTHER_OPENERS = frozenset(
    ["in", "for", "over", "under", "amid", "despite", "like", "unlike", "if", "although", "though", "once"]
)


MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
# Words opening a phrase before the subject ("Just last week, Jo Hale, an editor, wrote")
INTRO_WORDS = TIME_WORDS | INTRO_ADVERBS | CONTENT_PREPOSITIONS | MONTHS | {"by", "just", "not", "next", "at"}
# Unions the rules test tokens against, built once
DAY_AND_MONTH_NAMES = DAYS | MONTHS
PERIODS_AND_DAYS = PERIODS | DAYS
DEGREE_ADVERBS = frozenset("soon shortly just right even long only".split())
# Passive forms that report a state of mind of their subject ("is worried that", "are convinced that")
FEELING_PARTICIPLES = frozenset(
    "worried convinced shocked thrilled surprised angered outraged upset persuaded encouraged".split()
)
SCENE_SUBORDINATORS = frozenset(["as", "where", "while", "when"])  # "as a guard walks in, saying C"
OBJECT_PREPOSITIONS = frozenset(
    "in on at from of for into under during through".split()
)  # (not "after", "with": clauses)
DAY_PARTS = PERIODS & {"morning", "afternoon", "evening", "night"}  # the times of day among the periods
POSSESSIVES = frozenset("his her its their my our your".split())
# Base forms that issue a thing as well as past ones do ("put out a statement", "did a video")
ISSUING_BASE_FORMS = frozenset("do put set cut".split())
# Things issued, carried or shown that "say" what their issuer says ("issued a statement saying")
ISSUED_THINGS = frozenset(
    "statement statements release releases ad ads advertisement advertisements commercial spot cover sign signs "
    "banner banners placard placards poster posters letter letters memo memos email emails tweet tweets post posts "
    "message messages video videos report reports study studies poll polls survey surveys data research paper "
    "papers document documents filing filings referendum referenda flyer flyers mailer mailers billboard "
    "billboards editorial editorials op-ed column note notes petition petitions resolution proposal proposals "
    "motion bill bills brief briefs lawsuit complaint ruling order".split()
)
BE_BEFORE_PROGRESSIVE = PROGRESSIVE_AUX | NEGATED_BE  # "is saying", "isn’t saying"
FINITE_OR_BOUNDARY = FINITE | BOUNDARY_WORDS
LISTENER_WORDS = OBJECT_PRONOUNS | LISTENERS
NOT_PASSIVE_OBJECT = BOUNDARY_WORDS | SUBJECT_PRONOUNS | OBJECT_PRONOUNS
CIRCUMSTANCE_OPENERS = SUBORDINATORS | {"at", "until", "before"}  # after a quotation: '"C" as they had'


BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "’s", "'s"])
IRREGULAR_PAST = frozenset(
    "said told wrote spoke thought gave made took saw knew brought began came went got found kept left met "
    "sent stood felt led paid won lost heard meant sought taught fought became".split()
)
# A past that is its base form, then a particle ("hit back", "cut off", "set out"): a verb, not part of a subject.
SAME_FORM_PASTS = frozenset(["hit", "cut", "put", "set", "shut", "quit", "cast", "spread"])
VERB_PARTICLES = frozenset(["back", "out", "off", "down", "up"])
IRREGULAR_PARTICIPLES = frozenset(["said", "told", "seen", "known", "thought", "held", "shown", "written", "taken"])


# (no "'s": "he's asked" may be "he has asked")
PASSIVE_AUX = (PROGRESSIVE_AUX - {"'s", "’s"}) | {"being"}
CONTINUING_OPENERS = frozenset(
    ["it", "it's", "it’s", "that", "that's", "that’s", "this", "there", "unless", "if", "but", "and", "so"]
)
CLAUSE_AUX = PASSIVE_AUX | MODALS | {"had", "has", "have", "did", "does"}
# Unions the rules test token by token, built once here rather than on every test.
BOUNDARY_OR_DETERMINER = BOUNDARY_WORDS | DETERMINERS
NO_VERBS = DETERMINERS | OBJECT_PRONOUNS | BOUNDARY_WORDS  # "his", "this", "us": "-s" but no verb
BEFORE_NOUNS = DETERMINERS | {"of", "for", "in", "on", "at", "with"}  # "of state campaigns"
FILLERS_NOT_BE = SUBJECT_VERB_FILLERS - PROGRESSIVE_AUX
# "... is calling", "upon saying" are no reduced relatives
NO_REDUCED_RELATIVE_AFTER = BOUNDARY_WORDS | FINITE | PROGRESSIVE_AUX | {"upon", "without"}
NOT_LISTENER_NOUNS = BOUNDARY_WORDS | SUBJECT_PRONOUNS | DETERMINERS | FINITE
BEFORE_ASKED = frozenset(["when", "after", "once", "while", "if", "before", "as", ","]) | PASSIVE_AUX
QUESTION_STARTS = QUESTION_WORDS | {"for", "to", "whom"}
QUANTITY_PRONOUNS = frozenset(["many", "several", "some", "most", "few", "both", "all", "others"])
# Words opening a subordinate clause before the sentence's main clause ("After X said C, Y said D");
# not "as": 'As the Post reported, C' reports the main clause.
OPENING_SUBORDINATORS = (SUBORDINATORS - {"as"}) | {"if", "once", "although", "though"}
GERUND_PREPOSITIONS = frozenset(["by", "before", "after", "while", "when", "without"])
NUMBER_DETERMINERS = frozenset(["one", "any", "every", "each", "no", "another"])


# Irregular pasts that introduce words with a particle ("shot back:", "spoke up:", "went on:")
IRREGULAR_UNLISTED = frozenset(["shot", "spoke", "went", "struck", "broke", "began"])


# Participles of judging that take "as": "is seen as", "was described as", "are regarded as"
AS_PARTICIPLES = frozenset(
    "seen viewed regarded considered known described deemed perceived labeled labelled branded dubbed billed "
    "characterized portrayed touted hailed".split()
)
# (and verbs whose object does what the infinitive says: "summoned the minister to explain the delays")
CAUSATIVES = frozenset(
    "led leads lead leading prompted prompting caused forced drove "
    "summon summons summoned invited challenged pressed urged asked "
    "sent send sends dispatched hired enlisted tapped".split()  # (the one sent to argue argues)
)
# causatives of sending, whose object is a person only when a name or a role says so ("sent its lawyer to argue",
# not "sent a text to supporters to say")
SENDING = frozenset("sent send sends dispatched hired enlisted tapped".split())


MANNER_ADVERBS = frozenset("aloud again later too also then afterward afterwards just".split())

# How the audience took the words ('she said, to loud cheers', 'to some laughter on the line'): after a
# cue's comma, "to" before one of these is the writer's scene, not an infinitive going on with the words.
REACTION_NOUNS = frozenset(
    "applause cheers cheering laughter laughs chuckles boos booing jeers groans gasps murmurs silence "
    "whoops cries chants shouts hisses ovation".split()
)
# Nouns that stand for what is said or proposed ("an idea", "a plan", "a claim"): a name after one with "a/an"
# is the subject of its reduced relative clause ("a plan Qatar has said it supports", "an idea Israel rejected")
PROPOSITION_NOUNS = (
    NOMINAL_CUES
    | ISSUED_THINGS
    | frozenset("idea ideas plan plans move offer deal demand demands request step".split())
)
