"""Source labels and notices: a line by the headline that names the publisher a portal took
the story from ("来源：新华网", "출처: 연합뉴스", "Fuente: AFP"), one closing the story ("Quelle:
dpa"), and a wire agency's rights notice closing it ("Copyright 2024 Thomson Reuters.")."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from newsparse.generic.body_cues import (
    CHANNEL_APPEAL_APPS,
    CHANNEL_HOSTS,
    FOLLOW_APPEAL_OPENERS,
    SOCIAL_PLATFORM_LABELS,
)
from newsparse.generic.classes import holds_token, token_parts
from newsparse.generic.cues.scripts import ETHIOPIC_PREFACE_COLON, KANA_AND_HAN
from newsparse.generic.metadata import common, regions
from newsparse.generic.metadata.bylines import wire_name
from newsparse.generic.metadata.class_cues import BYLINE_CLASSES, DATE_PART_TOKENS
from newsparse.generic.metadata.patterns import CaselessWords, one_of
from newsparse.generic.metadata.site import (
    find_site_name,
    host_label,
    names_title_end,
)
from newsparse.generic.metadata.source_names import (
    WIRE_NAMES,
    is_own_name,
    looks_like_publisher,
    same_publisher,
)
from newsparse.generic.metadata.source_words import (
    AFTER_STORY_BOX_TOKENS,
    DONATION_APPEAL_PHRASES,
    GENERIC_SOURCE_NAMES,
    NOT_A_SOURCE,
    OUTLET_WORDS,
    PUBLISHER_SOURCE_LABELS,
    SOURCE_LABELS,
    SOURCE_LINK_TOKENS,
)
from newsparse.hosts import host_of
from newsparse.page import Page, collapse_whitespace, text_of

# "来源：新华网 2019-06-05": the label, then the source's name; such a line is short.
_SOURCE_LABEL_OPENING = r"(?:^|\s)" + one_of(SOURCE_LABELS) + r"\s*[:：]"
_SOURCE_LABEL = re.compile(_SOURCE_LABEL_OPENING + r"\s*(\S.{0,60})", re.I | re.S)
_SOURCE_LABEL_OPENS = re.compile(_SOURCE_LABEL_OPENING, re.I)

# The colons a publisher's source label ends with (Ethiopic's preface colon beside ":").
_LABEL_COLONS = ":" + ETHIOPIC_PREFACE_COLON
# "Fuente: AFP", "(Quelle: dpa)", "12.03.2024 | Source: Reuters", Amharic "ምንጭ፦ ኢዜአ"; not
# after a word ("Image source: ..." credits a picture).
_PUBLISHER_LABEL_OPENING = (
    r"(?:^|(?<![^\W\d])(?<![^\W\d]\s)(?<![^\W\d]\s\s))"
    + one_of(PUBLISHER_SOURCE_LABELS)
    + rf"\s*[{_LABEL_COLONS}]"
)
_PUBLISHER_LABEL = re.compile(_PUBLISHER_LABEL_OPENING + r"\s*(\S.{0,60})", re.I | re.S)
_PUBLISHER_LABEL_OPENS = re.compile(_PUBLISHER_LABEL_OPENING, re.I)

# "Copyright 2024 Thomson Reuters.", "© 2024 The Associated Press. All rights reserved.",
# "Copyright © 2024 Bloomberg L.P.": the agency's name ends the notice's first sentence;
# its service's trademark may come first ("The-CNN-Wire™ & © 2025 Cable News Network, Inc.").
_WIRE_COPYRIGHT = re.compile(
    rf"^\s*(?:(?:{WIRE_NAMES})\s*[™®]\s*&\s*)?"
    r"(?:(?i:copyright)\s*(?:©|\(c\))?|©|\(c\))\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:(?i:by)\s+)?"
    rf"({WIRE_NAMES})(?:,?\s+(?:L\.P\.|LP|Inc\.|Ltd\.?|GmbH|AG|S\.A\.))?"
    r"\s*(?:[.,;]|(?i:all rights)|$)"
)
_MAX_RIGHTS_NOTICE = 300
_NOTICE_OPENERS = ("C", "c", "©", "(")
_CLOSING_TAGS = ("p", "div", "span", "small", "em", "i", "b", "strong")
_DATA_BLOCKS = ("figure", "figcaption", "table", "caption")
_TABLE_CELLS = ("td", "th")
# How many paragraphs of prose a table's cell holds when it holds the story: the table lays
# out the page, it holds no data.
_STORY_PARAGRAPHS_IN_CELL = 2
_PICTURE_TAGS = ("img", "picture", "video")

_DONATION_APPEAL = CaselessWords(DONATION_APPEAL_PHRASES, before=r"\b", after=r"\b")
# A paragraph this long is the story's prose, not a closing credit line.
_MIN_PROSE = 80
# A rights line, the site's own under the page ("© 2025 <site>. All rights reserved. ..."):
# however long, no more of the story.
_RIGHTS_OPENING = re.compile(r"\s*(?:©|\(c\)\s|copyright\b)", re.I)
# How many levels above a paragraph its box's class is looked for.
_BOX_LEVELS = 4

# Where the source's name ends: a separator, a date or time, another "label:" field.
# (a Chinese or Japanese name holds no space: one ends it, "新华网 举报" is the name and the
# portal's "report" link)
_SOURCE_NAME_END = re.compile(
    r"\s*[|｜/,，]|\s+(?=\d)|\s+\S+[:：]|\s{2,}"
    rf"|(?<=[{KANA_AND_HAN}])\s+(?=[{KANA_AND_HAN}])"
    # (a date run on without a space after a name in a script other than Latin: "رويترز8
    # مارس", where adjacent <span>s joined them)
    r"|(?<=[^\W\d_a-zA-Z])(?=\d)"
)
_MAX_SOURCE_NAME = 30
_MAX_SOURCE_LINE = 120
# Where the source filed from, in brackets after its name ("新华网(北京)", "Xinhua (Beijing)"):
# no part of the name.
_BRACKETED_PLACE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]?$")
# "أبوظبي - وام" ("Abu Dhabi - WAM"): the place the agency filed from, a dash, the agency.
_PLACE_THEN_AGENCY = re.compile(r"([^\W\d][^\d()]{0,30}?)\s+[-–—]\s+(\S.*)", re.S)
_PLACE_DASHES = ("-", "–", "—")
_MAX_PLACE_WORDS = 3
# What parts a label's list of sources: "Źródło: PAP, WP Wiadomości", "Quelle: dpa / Zeitung"
# (not "|", which parts a line's fields: "来源：新华网 | 编辑：张三").
_SOURCE_LIST_SEPARATOR = re.compile(r"\s*(?:[,，、;]|\s/)\s*")
# The class tokens of an info line's author part.
_AUTHOR_PART_TOKENS = frozenset(BYLINE_CLASSES)


def source_label(page: Page) -> str | None:
    """A source line by the headline ("来源：新华网", portals credit the publisher they took the
    story from so; "Fuente: AFP" when it names a publisher) or closing the story ("Quelle:
    dpa"): the name it gives, unless that is the site itself."""
    for element, line, before_prose in _header_lines(page):
        name = _labelled_name(page, _SOURCE_LABEL, line)
        if name and (
            name not in NOT_A_SOURCE
            and (element is None or not _links_a_channel(page, element))
            # (on a page that names no site, its name at the end of its titles: a paper's own
            # site, "…_江南日报网", credits the paper, "来源：江南日报")
            and not (find_site_name(page) is None and names_title_end(page, name))
        ):
            return _labelled_wire(name) or name
        if element is not None and before_prose:
            found = _labelled_publisher(page, element, line) or _info_line_source(
                page, element, line
            )
            if found:
                return found
    for element in _closing_label_elements(page):
        found = _labelled_publisher(page, element, _label_line(page, element))
        if found:
            return found
    return None


def _header_lines(page: Page) -> list[tuple[common.HtmlElement | None, str, bool]]:
    """The lines under the headline that may hold a source label, with their elements (None
    for loose text) and whether they come before the story's first paragraph of prose."""
    lines: list[tuple[common.HtmlElement | None, str, bool]] = [
        (None, text, True) for _, text in regions.text_after_headline(page)
    ]
    # (the label opens an element's own text, "来源：<a>新华网</a>", or its tail, "<time>...
    # </time> · Fuente: AFP": only such elements are read whole, the others cost one look at
    # their text nodes)
    elements = list(regions.after_headline(page))
    labelled: list[tuple[int, common.HtmlElement | None]] = []
    for index, element in enumerate(elements):
        if element.text and _holds_source_label(element.text):
            labelled.append((index, element))
        elif element.tail and _holds_source_label(element.tail):
            labelled.append((index, element.getparent()))
    if not labelled:
        return lines  # (most pages: no paragraph's length is asked)
    prose = [
        index
        for index, element in enumerate(elements)
        if element.tag == "p" and common.text_length(element) >= _MIN_PROSE
    ]
    first_prose = prose[0] if prose else len(elements)
    # (a standfirst over the info block is no story yet: "<div class="article-lead"><p>...
    # </p></div><div class="article-info"><span>Izvor: Beta</span>")
    first_story = next(
        (index for index in prose if not regions.is_standfirst(elements[index])), len(elements)
    )
    for index, holder in labelled:
        if holder is not None and common.text_length(holder) <= _MAX_SOURCE_LINE:
            before_prose = index < first_prose or (index < first_story and not _by_picture(holder))
            lines.append((holder, _label_line(page, holder), before_prose))
    return lines


def _by_picture(element: common.HtmlElement) -> bool:
    """Whether the element, or its parent, follows a picture: the credit of the photo under
    the standfirst ("<img><div>... <span>Źródło: East News, fot: ...</span></div>")."""
    parent = element.getparent()
    return any(
        before is not None and _holds_picture(before)
        for before in (element.getprevious(), None if parent is None else parent.getprevious())
    )


def _holds_picture(element: common.HtmlElement) -> bool:
    """Whether the element is or holds a picture or a video."""
    return next(element.iter(_PICTURE_TAGS), None) is not None


def _label_line(page: Page, element: common.HtmlElement) -> str:
    """The text of the line a label element opens: its parent's when the element holds the
    label alone ("<p><b>Quelle:</b> dpa</p>")."""
    text = common.element_text(page, element)
    parent = element.getparent()
    if not text.rstrip().endswith((":", "：")) or parent is None:
        return text
    if common.text_length(parent) <= _MAX_SOURCE_LINE:
        return common.element_text(page, parent)
    return _line_from(page, element)


def _line_from(page: Page, label: common.HtmlElement) -> str:
    """The line a label element opens inside a longer block, up to the next ``<br>`` (a
    story written as text split by line breaks: "...<br><br><b>Джерело:</b> <a>...</a>")."""
    parts = [common.element_text(page, label), label.tail or ""]
    for sibling in label.itersiblings():
        if sibling.tag == "br" or sum(map(len, parts)) > _MAX_SOURCE_LINE:
            break
        parts += [common.element_text(page, sibling), sibling.tail or ""]
    return collapse_whitespace(" ".join(parts))


def _labelled_name(page: Page, label: re.Pattern[str], line: str) -> str | None:
    """The name a "label: name" line gives, unless it is the site's own."""
    match = label.search(line)
    if match is None:
        return None
    rest = match.group(1)
    cut = _SOURCE_NAME_END.search(rest)
    name = (rest[: cut.start()] if cut else rest).strip(" .,:;|")
    name = _BRACKETED_PLACE.sub("", name).strip(" .,:;|()")
    if 2 <= len(name) <= _MAX_SOURCE_NAME and not is_own_name(page, name):
        return None if _lists_own_name(page, rest) else name
    return None


def _labelled_wire(name: str) -> str | None:
    """The agency a source label's value credits: the value itself, or the agency after the
    place it filed from ("أبوظبي - وام", "Madrid - EFE": no part of the source, as a place in
    brackets after the name is not)."""
    wire = wire_name(name)
    if wire is not None or not any(dash in name for dash in _PLACE_DASHES):
        return wire
    match = _PLACE_THEN_AGENCY.fullmatch(name)
    if match is None or len(match.group(1).split()) > _MAX_PLACE_WORDS:
        return None
    place, agency = match.groups()
    return wire_name(agency) if wire_name(place) is None else None


def _lists_own_name(page: Page, value: str, *, first: bool = False) -> bool:
    """Whether a label's list of sources names the site itself beside the first ("Źródło:
    PAP, WP Wiadomości"): the site's own story, drawing on the agency, not a copy of it.
    With ``first``, the first name of the list counts too ("Źródło: Onet, PAP")."""
    if not _SOURCE_LIST_SEPARATOR.search(value):
        return False  # (most lines name one source)
    parts = _SOURCE_LIST_SEPARATOR.split(value)[0 if first else 1 :]
    return any(
        2 <= len(part) <= _MAX_SOURCE_NAME and is_own_name(page, part.strip(" .;:()"))
        for part in parts
    )


def lists_own_coverage(page: Page) -> bool:
    """Whether a source line closing the story lists the site itself beside another source
    ("Źródło: Onet, PAP"): the site's own story drawing on a wire, whose closing mark
    ("... (PAP)") then credits the agency's part, not a copy of its story."""
    for element in _closing_label_elements(page):
        match = _PUBLISHER_LABEL.search(_label_line(page, element))
        if match is not None and _lists_own_name(page, match.group(1), first=True):
            return True
    return False


def in_data_block(page: Page, element: common.HtmlElement) -> bool:
    """Whether the element stands in a figure, a caption or a data table: a credit there is
    a picture's or a chart's. A table that lays out the page (:func:`_is_layout_table`) is
    no data table: a site built in one credits its stories inside it."""
    for block in element.iterancestors(_DATA_BLOCKS):
        if block.tag != "table" or not _is_layout_table(page, block, element):
            return True
    return False


def _is_layout_table(page: Page, table: common.HtmlElement, element: common.HtmlElement) -> bool:
    """Whether the table lays out the page rather than holding data: it holds the page's
    headline (an ``<h1>``), or its cell holding the element holds the story's paragraphs
    (``_STORY_PARAGRAPHS_IN_CELL`` of prose)."""
    if any(table in headline.iterancestors("table") for headline in page.elements("h1")):
        return True
    cell = next(element.iterancestors(_TABLE_CELLS), None)
    if cell is None:
        return False
    prose = (
        child for child in cell if child.tag == "p" and common.text_length(child) >= _MIN_PROSE
    )
    return len(list(islice(prose, _STORY_PARAGRAPHS_IN_CELL))) == _STORY_PARAGRAPHS_IN_CELL


def _labelled_publisher(page: Page, element: common.HtmlElement, line: str) -> str | None:
    """The publisher a European "Source: X" line names: a wire agency, or a news outlet's
    name (one with an outlet word, or linked to another site). Charts' and tables' source
    lines name data, not the story's publisher: they are not read."""
    if in_data_block(page, element):
        return None
    if _links_a_channel(page, element):
        return None
    name = _labelled_name(page, _PUBLISHER_LABEL, line)
    if name is None:
        return None
    wire = _labelled_wire(name)
    if wire or not looks_like_publisher(name):
        return wire
    if any(word.casefold() in OUTLET_WORDS for word in re.split(r"[\s\-–]+", name)):
        return name
    for anchor in page.xpath(".//a[@href]", element)[:3]:
        if text_of(anchor) == name:
            host = host_of(page.absolute_url(anchor.get("href")))
            if host and not same_publisher(page, host, unknown=False):
                return name
    return None


def _info_line_source(page: Page, element: common.HtmlElement, line: str) -> str | None:
    """The publisher an unlinked "Source : X" names in the headline's info line, in a part
    classed as the source beside the author's part and the date's ("<span class="news_author">
    Auteur: ...</span> | <span class="news_source">Source : Le Soleil</span> | <span
    class="news_date">Publié le ...</span>"): the site credits the paper it took the story
    from there, as a portal does by its headline. The name must read as a publication's (a
    few capitalised words), be no generic word ("Agences": ``GENERIC_SOURCE_NAMES``) and not
    be the author's."""
    if not holds_token(SOURCE_LINK_TOKENS, element.get("class")):
        return None  # (the cheap test first: most labels stand in no such part)
    if element.find(".//a") is not None or not _beside_author_and_date(element):
        return None
    name = _labelled_name(page, _PUBLISHER_LABEL, line)
    if name is None or name.casefold() in GENERIC_SOURCE_NAMES or not looks_like_publisher(name):
        return None
    return None if _names_author_beside(element, name) else name


def _beside_author_and_date(element: common.HtmlElement) -> bool:
    """Whether the element's siblings hold the author's part (classed as a byline's) and the
    date's (``<time>``, or classed as a date's part): it is in the headline's info line."""
    parent = element.getparent()
    if parent is None:
        return False
    siblings = [sibling for sibling in parent if sibling is not element]
    return any(
        holds_token(_AUTHOR_PART_TOKENS, sibling.get("class")) for sibling in siblings
    ) and any(
        sibling.tag == "time" or holds_token(DATE_PART_TOKENS, sibling.get("class"))
        for sibling in siblings
    )


def _names_author_beside(element: common.HtmlElement, name: str) -> bool:
    """Whether an author's part beside the element names ``name`` (the source part repeating
    the writer's name credits no publisher)."""
    parent = element.getparent()
    return parent is not None and any(
        name.casefold() in text_of(sibling).casefold()
        for sibling in parent
        if sibling is not element and holds_token(_AUTHOR_PART_TOKENS, sibling.get("class"))
    )


def _links_a_channel(page: Page, label: common.HtmlElement) -> bool:
    """Whether the line a label element opens links a page on a social or messaging platform
    ("<strong>Джерело:</strong> <a href="https://t.me/Ukrenergo">Укренерго</a> в Telegram"):
    the quoted organisation's own channel, no publisher the story was taken from."""
    return any(_is_platform_link(page, link) for link in _line_links(label))


def _line_links(label: common.HtmlElement) -> list[common.HtmlElement]:
    """The links of the line a label element opens: its own, and when it holds the label
    alone ("<b>Джерело:</b> <a>...</a>"), those after it up to the next ``<br>``."""
    links = list(label.iter("a"))
    if not (label.text_content().rstrip().endswith((":", "："))):
        return links
    for sibling in label.itersiblings():
        if sibling.tag == "br":
            break
        links.extend(sibling.iter("a"))
    return links


def _is_platform_link(page: Page, link: common.HtmlElement) -> bool:
    """Whether a link leads to a social or messaging platform (facebook.com, x.com, t.me)."""
    host = host_of(page.absolute_url(link.get("href")))
    return host in CHANNEL_HOSTS or host_label(host) in SOCIAL_PLATFORM_LABELS


def _closing_label_elements(page: Page) -> list[common.HtmlElement]:
    """Elements of the article holding a European source label after its last paragraph of
    prose."""
    return _closing_lines(page, _opens_publisher_label)


def _opens_publisher_label(text: str) -> bool:
    """Whether a European source label opens a part of ``text``: searched for up to the
    text's last colon, where any such label ends (the pattern, tried at every position,
    costs most on the text after it)."""
    end = max(text.rfind(":"), text.rfind(ETHIOPIC_PREFACE_COLON))
    return end >= 0 and _PUBLISHER_LABEL_OPENS.search(text, 0, end + 1) is not None


def _opens_wire_copyright(text: str) -> bool:
    """Whether ``text`` opens with a wire agency's copyright notice."""
    return _WIRE_COPYRIGHT.search(text) is not None


def _closing_lines(
    page: Page, opens: Callable[[str], bool], max_chars: int = _MAX_SOURCE_LINE
) -> list[common.HtmlElement]:
    """Elements of the article (else of the page) of at most ``max_chars`` whose own text
    ``opens`` accepts, after the story's last paragraph of prose and outside its related,
    comment and footer blocks, figures and tables."""
    elements, candidates = _closing_candidates(page)
    opened = {element for element in candidates if opens(element.text or "")}
    if not opened:
        return []  # (most pages: no paragraph's length is asked)
    found: list[common.HtmlElement] = []
    # (an element's length is asked only of paragraphs and of the few elements the cue
    # opens: asking every nested container would read the page once per level)
    for element in elements:
        if element in opened:
            if (
                common.text_length(element) <= max_chars
                and not regions.in_excluded_container(page, element)
                # (a picture's or chart's credit under the story is not the story's)
                and not in_data_block(page, element)
            ):
                found.append(element)
        elif (
            element.tag == "p"
            and common.text_length(element) >= _MIN_PROSE
            and not regions.in_excluded_container(page, element)
            and not _in_box_after_story(element)
            and not _RIGHTS_OPENING.match(element.text or "")
            # (asked only once a closing line is found: most pages never ask)
            and not (found and (_is_donation_appeal(element) or _is_follow_appeal(page, element)))
        ):
            found.clear()  # the story goes on: what came before was no closing line
    return found


def _in_box_after_story(element: common.HtmlElement) -> bool:
    """The paragraph sits in an author's bio, a donation pitch or a newsletter box (a part
    of its class says so, a few levels up at most: "AuthorInfo-bio", "DonationCallToAction"):
    no more of the story."""
    for ancestor in islice(element.iterancestors(), _BOX_LEVELS):
        for token in (ancestor.get("class") or "").split():
            if not AFTER_STORY_BOX_TOKENS.isdisjoint(token_parts(token)):
                return True
    return False


def _is_donation_appeal(element: common.HtmlElement) -> bool:
    """The paragraph asks readers to give ("WNRV depends on you. ... Make your gift today"):
    a box after the story, whatever its class."""
    return _DONATION_APPEAL.span(text_of(element)) is not None


def _is_follow_appeal(page: Page, element: common.HtmlElement) -> bool:
    """The paragraph asks readers to follow the site on a news reader or a messaging app or
    platform ("Ακολουθήστε το <a>protothema.gr στο Google News</a> και μάθετε πρώτοι ...",
    "Follow us on <a href="https://t.me/...">...</a>"): furniture after the story, whatever
    its length."""
    text = text_of(element).casefold()
    opener = text.split(None, 1)[0].strip(":!,.¡") if text.strip() else ""
    if opener not in FOLLOW_APPEAL_OPENERS:
        return False
    return any(app in text for app in CHANNEL_APPEAL_APPS) or any(
        _is_platform_link(page, link) for link in element.iter("a")
    )


def _closing_candidates(
    page: Page,
) -> tuple[list[common.HtmlElement], list[common.HtmlElement]]:
    """The elements of the article (else of the page) that may hold a closing line, and of
    those, the ones whose own text may open with a label or a notice: it holds a colon or
    opens with the notice ("©", "Copyright"). Most texts do neither: the patterns are tried
    on the few that do (cached: each kind of closing line asks)."""

    def find() -> tuple[list[common.HtmlElement], list[common.HtmlElement]]:
        root = regions.article_element(page)
        elements = list((page.tree if root is None else root).iter(_CLOSING_TAGS))
        candidates = [
            element
            for element in elements
            if (text := element.text)
            and (
                ":" in text
                or ETHIOPIC_PREFACE_COLON in text
                or text.lstrip()[:1] in _NOTICE_OPENERS
            )
        ]
        return elements, candidates

    return common.cached(page, "_md_closing_candidates", find)


# The rights reserved in words before the mark and the agency ("RIPRODUZIONE RISERVATA ©
# Copyright ANSA", as Italian papers close an ANSA copy).
_RESERVATION_FIRST = re.compile(r"^\s*riproduzione riservata\b\W*", re.I)


def names_wire_rights(text: str) -> bool:
    """Whether ``text`` opens as a wire agency's rights notice ("© 2019 Associated Press. All
    Rights Reserved. ..."), the agency's words under its story."""
    match = _WIRE_COPYRIGHT.search(_RESERVATION_FIRST.sub("", text, count=1))
    return match is not None and wire_name(match.group(1)) is not None


def wire_copyright(page: Page) -> str | None:
    """A wire agency's rights notice closing the story ("Copyright 2024 Thomson Reuters.",
    "© 2024 The Associated Press. All rights reserved."): the agency, unless it is the site.
    A site's own notice names no wire; a photo's ("© Reuters") is not after the story."""
    for element in _closing_lines(page, _opens_wire_copyright, _MAX_RIGHTS_NOTICE):
        match = _WIRE_COPYRIGHT.search(text_of(element))
        name = wire_name(match.group(1)) if match else None
        if name and not is_own_name(page, name):
            return name
    return None


def _holds_source_label(text: str) -> bool:
    # (a label is followed by its colon: most texts, which hold none, skip the regex)
    return (":" in text or "：" in text) and (
        _SOURCE_LABEL_OPENS.search(text) is not None
        or _PUBLISHER_LABEL_OPENS.search(text) is not None
    )
