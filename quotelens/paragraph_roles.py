"""What a paragraph that is not the story is: web debris and the byline.

In: one paragraph's text. Out: ``True``/``False``. ``quotelens.segment.segment_paragraphs`` gives the
paragraph its role from these (``boilerplate``, ``byline``); neither kind is mined for quotations, and
both keep their offsets.
"""

from __future__ import annotations

import datetime
import re

_BOILERPLATE_RE = re.compile(
    r"^\s*\(?(please (enter|leave|log|sign)|leave a (reply|comment)|read more|read also|more on this (story|topic)|"
    r"(also )?read\s*:|"  # ("READ: Rice prices up anew - PSA": a link to another story)
    r"related( articles| stories| coverage| content)?\s*(:|$)|share (this|on)|click here|sign up|subscribe|"
    r"follow (us|@)|advertisement|listen to .{0,80}here\s*:?\s*$|watch( the)? .{0,80}(below|here)\s*:?\s*$|"
    r"you must be logged in|all rights reserved|copyright|©|this article (was|originally)|"
    r"comments?\s*$|\(?photo:|image:|getty images|ap photo|reporting by|editing by|"
    r"save my name|notify me|tags?\s*:|posted in|filed under|join the discussion|for immediate release|"
    r"(media|press) contacts?\s*:|#{3,}\s*$|-30-\s*$|"
    r"we respect your privacy|\d+ comments?|"
    # a link back to the source ("Read the original article on People."), the page's own links ("Explore
    # more on these topics", "Share", "Reuse this content") and its standards ("Our Standards: The Thomson
    # Reuters Trust Principles.")
    r"read the (original|full) (article|story|piece)\b|explore more( (on|about) (these|this) \w+)?\s*:?\s*$|share\s*$|"
    r"reuse this (content|article|story|image|photo)\s*$|our (editorial )?standards\s*:|"
    r"(the )?thomson reuters trust principles|topics?\s*:|"
    # an app or an alert to get ("Download the ABC app for all the latest news", "Get our breaking news
    # alert") and a section's links ("More NFL coverage", "More from Features")
    r"(download|get) (the|our) [^.!?]{0,40}\b(app|alerts?|newsletters?)\b|"
    r"more ([\w&'’-]+ ){0,3}coverage\s*$|more (from|in) [A-Z][\w&'’ -]{0,30}$|"
    # the writer's address ("Contact Daniel Okafor at dokafor@ledger.com"), closed comments, lists of the most
    # read, an editor's correction ("Correction: An earlier version of this article misstated ...")
    r"contact [^.!?]{0,60}\bat \S+@|follow (him|her|them|us|me) on\b|comments are (now )?(closed|disabled)|"
    r"most (read|popular|viewed|shared)\b|correction\s*:|an earlier version of this (article|story)|"
    r"related (topics|links|reading)\s*:?\s*$)",
    re.IGNORECASE,
)
# A call to sign up or subscribe that opens a clause anywhere in a short paragraph ("Never miss a story —
# sign up for PEOPLE's free daily newsletter ...", "Like this? Subscribe to our weekly email."): for a
# newsletter, an alert or the like, so "Residents can sign up for the scheme, she said." stays story.
_SIGN_UP_RE = re.compile(
    r"(?:^|[—–:.!?]\s+|\s-\s)(?:sign up|subscribe)\b[^.!?]{0,80}?\b(?:newsletters?|alerts?|emails?|"
    r"updates|briefings?|inbox)\b",
    re.IGNORECASE,
)
# A header over a list of links or topics: the short label lines after it are the list ("Explore more
# on these topics" / "Gardens" / "Leeds" / "Share"), not the story
_LIST_HEADER_RE = re.compile(
    r"^\s*(explore more|more on (these|this)|related|tags?\s*:|topics?\s*:|filed under|see also)", re.IGNORECASE
)
_LABEL_LINE_RE = re.compile(r"^[\w&'’ -]{1,40}$")  # "Local government": a few words, no sentence mark
# A related story's link with its age ("Junior doctors accept talks offer - 3 days ago", "Nurses vote to reject
# pay award - 12 April 2024"): a headline, a dash and when
_DATED_LINK_RE = re.compile(
    r"^[^.!?\"“”]{10,120}\s[-–—]\s(?:\d+\s(?:minutes?|hours?|days?|weeks?|months?)\sago|\d{1,2}\s[A-Z][a-z]+\s\d{4})\s*$"
)
_BOILERPLATE_MAX_WORDS = 25
# A byline or dateline just under the headline of a plain text ("By Ann Lee, Science Reporter", "BY JO
# SMITH | AP", "Published 3 March 2021"): who wrote it and when, not what anyone said. "By" takes names
# only (capitalised words, then the line's end, a comma, a bar, a slash, "and", or "at"/"in" and a place:
# "By Tom Hollis at Harbour Park"), so "By 58%-33%, those surveyed said" and "By Dale Whitman's account,
# ..." stay body; a date line needs a digit.
_NAME_WORD = r"(?:[A-Z][A-Za-z.-]*(?:['’][A-Z][A-Za-z-]*)?|de|la|le|da|di|du|van|von|der|den|al|bin|ibn)"
# A writer's name and job with no "By" ("Rachel Kent, Political Correspondent"): the job ends the line
_WRITER = r"(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Contributor)"  # (not "Fire Chief")
_NAME_AND_JOB = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s+(?:[A-Z][a-z]+\s+){{0,3}}{_WRITER}\s*$"
_BY = r"(?:By|BY|Written by)\s"  # how a byline opens (a dateline opens with Published, Updated, ...)
_BY_RE = re.compile(_BY)
_BYLINE_RE = re.compile(
    rf"{_BY}\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}\s*(?:$|[,|/•·–—]|\s(?:and|And|AND)\s|\s(?:at|in)\s+[A-Z])"
    r"|(?:Published|Updated|Posted|Last updated)\b:?\s+(?=[^\n]*\d)"
    rf"|{_NAME_AND_JOB}"
)
_WRITER_LINE = re.compile(_NAME_AND_JOB)
_BYLINE_MAX_WORDS = 16
# "Published Jan. 21, 2024 at 11:48 p.m. ET | Updated Jan. 22, 2024 at 1:15 a.m. ET": a dateline's two stamps
_DATELINE_OPENER_RE = re.compile(r"(?:Published|Updated|Posted|Last updated)\b")
_DATELINE_MAX_WORDS = 24
BYLINE_WITHIN = 3  # paragraphs after the title


def is_boilerplate(paragraph_text: str) -> bool:
    """Web debris: short paragraphs such as comment forms and share prompts."""
    # (the pattern first: it is anchored at the start, so it fails at once on almost every paragraph,
    # and the words are counted only for the few it matches)
    if paragraph_text.count(" ") >= 4 * _BOILERPLATE_MAX_WORDS:
        return False  # (a long paragraph is story: most are, and the searches below need not run)
    found = _BOILERPLATE_RE.search(paragraph_text) or _DATED_LINK_RE.match(paragraph_text)
    if not found and ("sign up" in (low := paragraph_text.lower()) or "subscribe" in low):
        found = _SIGN_UP_RE.search(paragraph_text)  # (a call to sign up anywhere in it: searched only then)
    return bool(found) and len(paragraph_text.split()) <= _BOILERPLATE_MAX_WORDS


def is_list_header(paragraph_text: str) -> bool:
    """Debris that heads a list of links or topics ("Explore more on these topics", "Related", "Tags:")."""
    return bool(_LIST_HEADER_RE.match(paragraph_text)) and is_boilerplate(paragraph_text)


def is_list_label(paragraph_text: str) -> bool:
    """A line of such a list: a few words with no sentence mark and no quotation mark ("Local government"),
    or a linked headline ("[Interview] The band on five years together: “We grew up on stage”"): up to
    twenty words on one line that do not end as a sentence does."""
    line = paragraph_text.strip()
    if bool(_LABEL_LINE_RE.match(line)) and len(paragraph_text.split()) <= 4:
        return True
    return "\n" not in line and len(line.split()) <= _LINK_MAX_WORDS and line.rstrip(_CLOSING)[-1:] not in _ENDS


_LINK_MAX_WORDS = 20
_CLOSING = "\"'”’) "
_ENDS = frozenset(".!?:;,")


def is_byline(paragraph_text: str) -> bool:
    """A short line naming the writer or the date, with no quotation mark in it; a "By" line does not end
    as a sentence does ("By Tuesday, the council had voted.")."""
    if is_name_line(paragraph_text) or is_date_line(paragraph_text):
        return True
    m = _BYLINE_RE.match(paragraph_text)
    dated = m is not None and _DATELINE_OPENER_RE.match(paragraph_text) is not None  # (two dates and times)
    return (
        m is not None
        and len(paragraph_text.split()) <= (_DATELINE_MAX_WORDS if dated else _BYLINE_MAX_WORDS)
        and not any(mark in paragraph_text for mark in '"“”')
        and not (_BY_RE.match(paragraph_text) and paragraph_text.rstrip().endswith((".", "!", "?")))
    )


# A writer's name alone on its line, as the Guardian sets it under the standfirst ("Hannah Pryce"): two
# to four name words, the first a known first name
_NAME_LINE_RE = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\s*$")


def is_name_line(paragraph_text: str) -> bool:
    """A line that is only a person's name ("Hannah Pryce"); under the title it names the writer."""
    from quotelens.speakers.lexicon import is_first_name  # (here: the speakers package reads paragraphs)

    line = paragraph_text.strip()  # (a name with a full stop is a list's item or a sentence: "Hillary Clinton.")
    return bool(_NAME_LINE_RE.match(line)) and not line.endswith(".") and is_first_name(line.split()[0])


# What a date line holds besides its date: a weekday, a clock time and its zone, "Last modified on"
# ("Sun 14 Apr 2024 09.00 BST", "Tuesday 3 March 2021 14:05 GMT", "Last modified on Mon 15 Apr 2024")
_DATE_LINE_REST_RE = re.compile(
    r"(?:\s|[,|•·–—-]|(?:[Ll]ast modified|[Ff]irst published)(?: on)?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
    r"|\d{1,2}[.:]\d{2}|[AaPp]\.?[Mm]\.?|[A-Z]{2,4})*"
)


def is_date_line(paragraph_text: str) -> bool:
    """A line that is only a date, with its weekday, time and time zone ("Sun 14 Apr 2024 09.00 BST")."""
    m = _DATE_RE.search(paragraph_text) if _YEAR_RE.search(paragraph_text) else None
    if m is None or line_date(paragraph_text) is None or len(paragraph_text.split()) > 10:
        return False
    rest = paragraph_text[: m.start()] + " " + paragraph_text[m.end() :]
    return _DATE_LINE_REST_RE.fullmatch(rest) is not None


_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b"
)

_YEAR_RE = re.compile(r"\d{4}")  # (in every match of _DATE_RE, whose search is slow: ~60 ns a character)


def line_date(line: str) -> str | None:
    """The first calendar date written in ``line`` ("3 March 2021", "Nov. 14, 2023", "2021-03-03"), as
    ``YYYY-MM-DD``; None when there is none or it is no real day ("31 February 2021")."""
    if _YEAR_RE.search(line) is None:
        return None  # (every date has a year of four digits: a quick scan for one instead of the date pattern's)
    for m in _DATE_RE.finditer(line):
        year, month, day = (
            (m["y1"], m["m1"], m["d1"])
            if m["y1"]
            else (m["y2"], m["m2"], m["d2"])
            if m["y2"]
            else (m["y3"], m["m3"], m["d3"])
        )
        number = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
        try:
            return datetime.date(int(year), number, int(day)).isoformat()
        except ValueError:
            continue
    return None


def byline_meta(lines: list[str]) -> dict[str, str]:
    """What byline paragraphs say of the article: ``byline`` (the first "By ..." line) and ``date``."""
    meta: dict[str, str] = {}
    for line in lines:
        if "byline" not in meta and (_BY_RE.match(line) or _WRITER_LINE.match(line) or is_name_line(line)):
            meta["byline"] = " ".join(line.split())
        if "date" not in meta and (date := line_date(line)) is not None:
            meta["date"] = date
    return meta


def is_entry_headline(paragraph_text: str, line_before: str) -> bool:
    """A live page's entry headline: a short line without a sentence's final stop right after a line that
    is only a clock time and a date ("4:18 p.m. ET, June 14, 2025" then "Minister says talks will go on"). A
    closing quotation mark is no stop: a lede after a dateline ('… told reporters: "We will not walk away."')
    ends with one inside it."""
    line = paragraph_text.strip().rstrip("\"”’')] ")
    if not line or line[-1] in ".!?" or len(line.split()) > 16 or not _CLOCK_TIME_RE.search(line_before):
        return False
    return is_date_line(line_before)


_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}[.:]\d{2}\b")
