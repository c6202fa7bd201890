"""The original publisher of a syndicated copy.

Rule: ``source`` names the publisher whose copy this page reproduces, as a readable name when
the page carries one ("Reuters", "Associated Press", the original's site name, the name on a
link to the original's home page), else the original's host ("example.com"). Signals,
strongest first:

1. a declaration: ``<link rel="syndication-source"|"original-source">``, the meta tags of the
   same names, JSON-LD ``isBasedOn`` and ``provider`` naming another publisher than the
   site, ``sourceOrganization`` when it is a wire agency (else it is mostly the parent
   company);
2. a canonical URL on another publisher's domain (``m.``/``amp.`` hosts and sibling domains
   of the same publisher, e.g. example.co.uk vs example.com, are not another publisher);
3. a credit line: "This article originally appeared on X" (not when X is the site itself);
4. a source line by the headline, as portals write it: "来源：新华网", "출처: 연합뉴스"; in
   European languages by the date or closing the story ("Fuente: AFP", "Quelle: dpa") when
   it names a publisher (not "Source: company filings");
5. a wire dateline opening the story: "LONDON (Reuters) -", "(AP) —", "(AFP) -", and the
   agencies' house styles ("Madrid, 12 mar (EFE).-", "【ワシントン共同】", "新华社北京3月12日电");
6. a wire agency credited beside the authors ("By Jane Doe, Associated Press") or as the
   author (photo credits such as "Jane Doe/Reuters" under a picture do not count);
7. a wire agency's rights notice closing the story ("Copyright 2024 Thomson Reuters.").

None when the page is the original (or the site is itself the wire agency).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.etree

from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.authors import byline_of
from newsparse.generic.metadata.bylines import wire_name
from newsparse.generic.metadata.date_words import MONTHS
from newsparse.generic.metadata.patterns import longest_first
from newsparse.generic.metadata.site import (
    find_site_name,
    foreign_publisher,
    host_label,
    is_site_identity,
    name_holds_wire_abbreviation,
    names_title_end,
    publisher_names,
)
from newsparse.generic.metadata.source_words import (
    APPEARED_WORDS,
    NEWSLETTER_CUES,
    NOT_A_SOURCE,
    ORIGINALLY_PUBLISHED,
    OUTLET_WORDS,
    PRODUCED_BY,
    PUBLISHER_SOURCE_LABELS,
    REPUBLISHED_AFTER,
    SOURCE_LABELS,
    SYNDICATION_METAS,
    SYNDICATION_RELS,
)
from newsparse.generic.metadata.textkeys import tight_key
from newsparse.generic.metadata.wires import (
    BRACKET_DATELINE_CREDITS,
    WIRE_AGENCIES,
    WIRE_SPELLINGS,
)
from newsparse.page import Page, host_of, text_of

_WIRE_SPELLINGS = longest_first(WIRE_SPELLINGS)
# Each agency with the comparison keys of its spellings, to match a host's label against.
_AGENCY_KEYS = {
    name: frozenset(map(tight_key, spellings)) for name, spellings in WIRE_AGENCIES.items()
}
# "LONDON, June 5 (Reuters) - ", "(AP) — ", "Madrid, 12 mar (EFE).- ": a parenthesised credit
# early in the first paragraph, followed by a dash; or, opening it, Korean "(서울=연합뉴스)", the
# place and the agency.
_WIRE_DATELINE = re.compile(
    rf"^(?:.{{0,80}}?\(\s*({_WIRE_SPELLINGS})\s*\)\s*\.?\s*[-–—:]"
    rf"|\([^()=]{{1,20}}=\s*({_WIRE_SPELLINGS})\s*\))",
    re.S,
)
# "New Delhi, Mar 12 (PTI) The government...", "Paris, 12 mars (AFP) Le...": without the
# dash, the credit counts after a place and a date only.
_WIRE_DATELINE_UNDASHED = re.compile(
    r"^[^\W\d][^()\d\n]{0,40},\s*[^()\n]{0,25}(?:\d|\d\.?\s+[^\W\d]{3,10}\.?)"
    rf"\s*\(\s*({_WIRE_SPELLINGS})\s*\)\s+\S"
)
# "【ワシントン共同】": a Japanese dateline naming the agency after the place.
_BRACKET_DATELINE = re.compile(
    r"^【[^【】\d]{0,12}?(" + "|".join(map(re.escape, BRACKET_DATELINE_CREDITS)) + r")】"
)
# "新华社北京3月12日电", "（中央社記者王小明台北12日電）": a Chinese agency, a place (and a
# reporter), a day, "电".
_HAN_DATELINE = re.compile(
    r"^[（(]?("
    + longest_first(s for s in WIRE_SPELLINGS if re.fullmatch(r"[\u4e00-\u9fff]+", s))
    + r")[^\d，。,.]{0,16}?(?:\d{1,2}月)?\d{1,2}日[电電]"
)
_ORIGINALLY = re.compile(
    "(?:" + "|".join(re.escape(p) for p in ORIGINALLY_PUBLISHED) + r")\s*:?\s*(.{2,120})",
    re.I | re.S,
)
# "This story was produced by Grist and is republished here...": the name between.
_PRODUCED = re.compile(
    "(?:"
    + "|".join(map(re.escape, PRODUCED_BY))
    + r")\s+(.{2,80}?)\s+(?="
    + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in REPUBLISHED_AFTER)
    + ")",
    re.I | re.S,
)
# Where the publisher's name ends: a sentence's end, a dash, an appositive ("ProPublica, a
# Pulitzer Prize-winning newsroom"), the licence or permission it came under, the sentence
# going on ("WNYC and has been republished"), a date ("Grist on Mar 12, 2024").
_NAME_END = re.compile(
    r"(?:[.!?;]\s|[.;]$|\s[-–—|]\s|,\s|\s(?:under|with|via|as\spart\sof)\s"
    r"|\sand\s(?:is|was|has|have|appears|can)\s|\s(?:on|in)\s(?=\d|[A-Z][a-z]{2}\.?\s\d))"
)
# A year, a time, a numeric date: digits that make a name a date.
_DATE_LIKE = re.compile(r"\d{4}|\d[:/.]\d|[:/]")
_BARE_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_CREDIT_XPATH_TERMS = (
    "riginally",
    "irst published",
    "irst appeared",
    "epublished",
    "eprinted",
    "nitialement",
    "riginalmente",
    "rsprünglich",
    "uerst erschienen",
    "riginariamente",
    "orspronkelijk",
    "erder verschenen",
)
_CREDIT_TAGS = ("p", "em", "i", "small")
_CREDIT_XPATH = (
    ".//*[self::p or self::em or self::i or self::small]["
    + " or ".join(f"contains(., '{term}')" for term in _CREDIT_XPATH_TERMS)
    + "][position() <= 8]"
)
_CREDIT_TERM_BYTES = tuple(term.encode("utf-8") for term in _CREDIT_XPATH_TERMS)
_MAX_CREDIT = 400
_MAX_HOME_LINK_NAME = 40
# "Grist logo", "Logo: Grist", "Grist-Logo": a logo's alt text names its publisher.
_LOGO_WORD = re.compile(r"^\s*logo\b[\s:]*(?:of\s+)?|[\s\-–_|]*\blogo\s*$", re.I)
# "来源：新华网 2019-06-05": the label, then the source's name; such a line is short.
_SOURCE_LABEL_OPENING = r"(?:^|\s)(?:" + "|".join(map(re.escape, SOURCE_LABELS)) + r")\s*[:：]"
_SOURCE_LABEL = re.compile(_SOURCE_LABEL_OPENING + r"\s*(\S.{0,60})", re.I | re.S)
_SOURCE_LABEL_OPENS = re.compile(_SOURCE_LABEL_OPENING, re.I)
# "Fuente: AFP", "(Quelle: dpa)", "12.03.2024 | Source: Reuters"; not after a word ("Image
# source: ..." credits a picture).
_PUBLISHER_LABEL_OPENING = (
    r"(?:^|(?<![^\W\d])(?<![^\W\d]\s)(?<![^\W\d]\s\s))(?:"
    + "|".join(map(re.escape, PUBLISHER_SOURCE_LABELS))
    + r")\s*:"
)
_PUBLISHER_LABEL = re.compile(_PUBLISHER_LABEL_OPENING + r"\s*(\S.{0,60})", re.I | re.S)
_PUBLISHER_LABEL_OPENS = re.compile(_PUBLISHER_LABEL_OPENING, re.I)
# "Copyright 2024 Thomson Reuters.", "© 2024 The Associated Press. All rights reserved.",
# "Copyright © 2024 Bloomberg L.P.": the agency's name ends the notice's first sentence.
_WIRE_COPYRIGHT = re.compile(
    r"^\s*(?:(?i:copyright)\s*(?:©|\(c\))?|©|\(c\))\s*"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    rf"({_WIRE_SPELLINGS})(?:,?\s+(?:L\.P\.|LP|Inc\.|Ltd\.?|GmbH|AG|S\.A\.))?"
    r"\s*(?:[.,;]|(?i:all rights)|$)"
)
_MAX_RIGHTS_NOTICE = 300
_NOTICE_OPENERS = ("C", "c", "©", "(")
_CLOSING_TAGS = ("p", "div", "span", "small", "em", "i", "b", "strong")
_DATA_BLOCKS = ("figure", "figcaption", "table", "caption")
# A paragraph this long is the story's prose, not a closing credit line.
_MIN_PROSE = 80
# Where the source's name ends: a separator, a date or time, another "label:" field.
_SOURCE_NAME_END = re.compile(r"\s*[|｜/,，]|\s+(?=\d)|\s+\S+[:：]|\s{2,}")
_MAX_SOURCE_NAME = 30
_MAX_SOURCE_LINE = 120


def _same_publisher(page: Page, host: str | None, *, unknown: bool = True) -> bool:
    """True when ``host`` belongs to the page's own publisher (``unknown`` when the page's
    host cannot be told: no URL given and no ``og:url``)."""
    own = common.page_host(page)
    if not host:
        return True
    if not own:
        return unknown
    if host == own or host.endswith("." + own) or own.endswith("." + host):
        return True
    label, own_label = host_label(host), host_label(own)
    return bool(label) and label == own_label


def _name_for_host(page: Page, host: str) -> str:
    """A readable name for a publisher's host: a wire agency or a JSON-LD publisher whose name
    matches the host, the name a credit line links to the host with, the name on a link to
    the host's home page (an aggregator's provider logo: ``<a href="https://example.com/"
    title="Example News">``), else the host itself."""
    label = tight_key(host_label(host) or host)
    host_key = tight_key(host)
    for name in publisher_names(page):
        name_key = tight_key(name)
        if label in name_key or name_key in host_key:
            return name
    for name, keys in _AGENCY_KEYS.items():
        if label in keys:
            return name
    return _credit_link_name(page, host) or _home_link_name(page, host) or host


def _credit_link_name(page: Page, host: str) -> str | None:
    """The name a credit line links to ``host`` with ("originally published by <a
    href='https://grist.org/...'>Grist</a>")."""
    for element in _credit_elements(page):
        for anchor in page.xpath(".//a[@href]", element)[:3]:
            name = text_of(anchor)
            if (
                host_of(page.absolute_url(anchor.get("href"))) == host
                and len(name) <= _MAX_HOME_LINK_NAME
                and _looks_like_publisher(name)
                and not is_site_identity(page, name)
            ):
                return name
    return None


def _home_link_name(page: Page, host: str) -> str | None:
    """The publisher name a link to ``host``'s home page carries (its title, its logo's alt
    text or its text), when it reads as a publisher's name other than the site's own."""
    for anchor in page.tree.iter("a"):
        href = anchor.get("href")
        if not href or host not in href.lower():
            continue  # (a cheap test first: pages hold hundreds of links)
        url = page.absolute_url(href)
        if url is None or host_of(url) != host or urlsplit(url).path not in ("", "/"):
            continue
        logos = [_LOGO_WORD.sub("", image.get("alt") or "") for image in anchor.iter("img")]
        for candidate in (anchor.get("title"), *logos, text_of(anchor)):
            name = common.clean(candidate)
            if (
                name
                and len(name) <= _MAX_HOME_LINK_NAME
                and _looks_like_publisher(name)
                and not is_site_identity(page, name)
            ):
                return name
    return None


def _from_reference(page: Page, value: object) -> str | None:
    """A publisher from a URL or a name (``syndication-source`` values, ``isBasedOn``)."""
    value = structured.resolve(page, value)
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        publisher = value.get("publisher") or value.get("sourceOrganization")
        for name, _ in structured.names_in(page, publisher, limit=3):
            if name and not is_site_identity(page, name):
                return name
        value = value.get("url") or value.get("@id") or value.get("name")
    if not isinstance(value, str):
        return None
    value = common.clean(value)
    if value.startswith(("http://", "https://", "//")):
        host = host_of(value if not value.startswith("//") else "https:" + value)
        if host and not _same_publisher(page, host):
            return _name_for_host(page, host)
        return None
    if value and len(value) <= 80 and not is_site_identity(page, value):
        return wire_name(value) or value
    return None


def _declared(page: Page) -> str | None:
    for rel in SYNDICATION_RELS:
        found = _from_reference(page, common.link_href(page, rel))
        if found:
            return found
    for name in SYNDICATION_METAS:
        found = _from_reference(page, common.meta(page, name))
        if found:
            return found
    for key in ("isBasedOn", "isBasedOnUrl", "provider"):
        found = _from_reference(page, structured.article_value(page, key))
        if found:
            return found
    foreign = foreign_publisher(page)
    if foreign:
        return wire_name(foreign) or foreign
    # sourceOrganization often names the parent company; it counts when it is a wire.
    for name, _ in structured.names_in(
        page, structured.article_value(page, "sourceOrganization"), 3
    ):
        if wire_name(name) and not _is_own_name(page, name):
            return wire_name(name)
    return None


def _cross_domain_canonical(page: Page, canonical_url: str | None) -> str | None:
    host = host_of(canonical_url)
    if not host or _same_publisher(page, host):
        return None
    return _name_for_host(page, host)


def _credit_elements(page: Page) -> list[common.HtmlElement]:
    """Paragraphs of the article (or the page) holding an "originally published" cue."""
    found: list[common.HtmlElement] = []
    scope = regions.article_element(page)
    # One read of the scope's text rules out most pages: the XPath reads each paragraph's
    # text once per cue. (Read as UTF-8 bytes, the form lxml holds it in: no conversion.)
    text = b"".join(
        lxml.etree.tostring(part, method="text", encoding="utf-8", with_tail=False)
        for part in _credit_scan_parts(page, scope)
    )
    if not any(term in text for term in _CREDIT_TERM_BYTES):
        return found
    for element in page.xpath(_CREDIT_XPATH, scope):
        if element.tag in ("em", "i") and element.getparent() is not None:
            parent = element.getparent()
            if parent.tag == "p":
                element = parent
        if element not in found and common.text_length(element) < _MAX_CREDIT:
            found.append(element)
    return found


def _credit_scan_parts(page: Page, scope: common.HtmlElement | None) -> list[common.HtmlElement]:
    """Where the credit cues can be: the article element; without one, the page's top-level
    elements except a ``<head>`` holding none of the elements the XPath reads (its scripts,
    styles and JSON-LD are much of a page's text)."""
    if scope is not None:
        return [scope]
    return [
        part
        for part in page.tree.iterchildren(lxml.etree.Element)
        if part.tag != "head" or next(part.iter(_CREDIT_TAGS), None) is not None
    ]


def _credit_line(page: Page) -> str | None:
    for element in _credit_elements(page):
        text = text_of(element)
        match = _ORIGINALLY.search(text) or _PRODUCED.search(text)
        if match is None:
            continue
        tail = match.group(1)
        cut = _NAME_END.search(tail)
        name = tail[: cut.start()] if cut else tail
        name = name.strip(" .,:;\"'“”«»")
        # "in the Minnesota Reformer": the sentence's article, not the name's ("The 19th")
        name = name.removeprefix("the ")
        linked = False
        for anchor in page.xpath(".//a[@href]", element)[:3]:
            anchor_text = text_of(anchor)
            if anchor_text and anchor_text in name:
                host = host_of(page.absolute_url(anchor.get("href")))
                if host and _same_publisher(page, host, unknown=False):
                    return None
                name, linked = anchor_text, True
                break
        if not linked and _names_own_newsletter(match.group(0), text, name):
            continue
        if _BARE_DOMAIN.fullmatch(name):
            # "reprinted from kffhealthnews.org": the page may name that site
            host = host_of("https://" + name)
            if host and not _same_publisher(page, host, unknown=False):
                found = _name_for_host(page, host)
                return name if found == host else found
            continue
        if not _looks_like_publisher(name) or is_site_identity(page, name):
            continue
        return wire_name(name) or name
    return None


def _names_own_newsletter(phrase: str, line: str, name: str) -> bool:
    """True for a credit naming where the story "appeared" in a line that invites readers
    to sign up: the site's own newsletter, not another publisher. (Not when the invitation
    names the publisher again: "Sign up for Grist's newsletter" is the original's.)"""
    phrase, line, name = phrase.casefold(), line.casefold(), name.casefold()
    rest = line.partition(name)[2] if name else line
    return (
        any(word in phrase for word in APPEARED_WORDS)
        and any(cue in line for cue in NEWSLETTER_CUES)
        and name not in rest
    )


_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "de",
        "du",
        "la",
        "le",
        "des",
        "del",
        "y",
        "e",
        "und",
        "der",
        "die",
        "&",
        "-",
        "–",
    }
)


def _looks_like_publisher(name: str) -> bool:
    """A publication's name: a few capitalised words ("The Conversation", "ProPublica",
    "Kaiser Health News", "The 19th"); not running prose ("West Michigan at the end of"),
    not a date ("November 19")."""
    words = name.split()
    if not words or len(words) > 8 or len(name) > 80:
        return False
    if any(ch.isdigit() for ch in name) and (
        _DATE_LIKE.search(name) or any(word.strip(".,").casefold() in MONTHS for word in words)
    ):
        return False
    if not (words[0][0].isupper() or words[0][0] in "«“\"'"):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS or not w[0].isalpha() for w in words)


def _is_own_name(page: Page, name: str) -> bool:
    """True when ``name`` is the site itself: one of its names, or a wire agency whose
    spelling is the page's host ("AP" on hosted.ap.org runs its own copy)."""
    if is_site_identity(page, name):
        return True
    label = host_label(common.page_host(page))
    return bool(label) and label in _AGENCY_KEYS.get(wire_name(name) or "", frozenset())


def _source_label(page: Page) -> str | None:
    """A source line by the headline ("来源：新华网", portals credit the publisher they took the
    story from so; "Fuente: AFP" when it names a publisher) or closing the story ("Quelle:
    dpa"): the name it gives, unless that is the site itself."""
    for element, line, before_prose in _header_lines(page):
        name = _labelled_name(page, _SOURCE_LABEL, line)
        if name and (
            name not in NOT_A_SOURCE
            # (on a page that names no site, its name at the end of its titles: a paper's own
            # site, "…_江南日报网", credits the paper, "来源：江南日报")
            and not (find_site_name(page) is None and names_title_end(page, name))
        ):
            return wire_name(name) or name
        if element is not None and before_prose:
            found = _labelled_publisher(page, element, line)
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
    first_prose = next(
        (
            index
            for index, element in enumerate(elements)
            if element.tag == "p" and common.text_length(element) >= _MIN_PROSE
        ),
        len(elements),
    )
    for index, holder in labelled:
        if holder is not None and common.text_length(holder) <= _MAX_SOURCE_LINE:
            lines.append((holder, _label_line(page, holder), index < first_prose))
    return lines


def _label_line(page: Page, element: common.HtmlElement) -> str:
    """The text of the line a label element opens: its parent's when the element holds the
    label alone ("<p><b>Quelle:</b> dpa</p>")."""
    text = common.element_text(page, element)
    parent = element.getparent()
    if (
        text.rstrip().endswith((":", "："))
        and parent is not None
        and common.text_length(parent) <= _MAX_SOURCE_LINE
    ):
        return common.element_text(page, parent)
    return text


def _labelled_name(page: Page, label: re.Pattern[str], line: str) -> str | None:
    """The name a "label: name" line gives, unless it is the site's own."""
    match = label.search(line)
    if match is None:
        return None
    rest = match.group(1)
    cut = _SOURCE_NAME_END.search(rest)
    name = (rest[: cut.start()] if cut else rest).strip(" .,:;|()")
    if 2 <= len(name) <= _MAX_SOURCE_NAME and not _is_own_name(page, name):
        return name
    return None


def _labelled_publisher(page: Page, element: common.HtmlElement, line: str) -> str | None:
    """The publisher a European "Source: X" line names: a wire agency, or a news outlet's
    name (one with an outlet word, or linked to another site). Charts' and tables' source
    lines name data, not the story's publisher: they are not read."""
    if next(element.iterancestors(_DATA_BLOCKS), None) is not None:
        return None
    name = _labelled_name(page, _PUBLISHER_LABEL, line)
    if name is None:
        return None
    wire = wire_name(name)
    if wire or not _looks_like_publisher(name):
        return wire
    if any(word.casefold() in OUTLET_WORDS for word in re.split(r"[\s\-–]+", name)):
        return name
    for anchor in page.xpath(".//a[@href]", element)[:3]:
        if text_of(anchor) == name:
            host = host_of(page.absolute_url(anchor.get("href")))
            if host and not _same_publisher(page, host, unknown=False):
                return name
    return None


def _closing_label_elements(page: Page) -> list[common.HtmlElement]:
    """Elements of the article holding a European source label after its last paragraph of
    prose."""
    return _closing_lines(page, _PUBLISHER_LABEL_OPENS)


def _closing_lines(
    page: Page, opening: re.Pattern[str], max_chars: int = _MAX_SOURCE_LINE
) -> list[common.HtmlElement]:
    """Elements of the article (else of the page) of at most ``max_chars`` whose own text
    ``opening`` finds, after the story's last paragraph of prose and outside its related,
    comment and footer blocks, figures and tables."""
    elements, candidates = _closing_candidates(page)
    opened = {element for element in candidates if opening.search(element.text or "")}
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
                and next(element.iterancestors(_DATA_BLOCKS), None) is None
            ):
                found.append(element)
        elif (
            element.tag == "p"
            and common.text_length(element) >= _MIN_PROSE
            and not regions.in_excluded_container(page, element)
        ):
            found.clear()  # the story goes on: what came before was no closing line
    return found


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
            if (text := element.text) and (":" in text or text.lstrip()[:1] in _NOTICE_OPENERS)
        ]
        return elements, candidates

    return common.cached(page, "_md_closing_candidates", find)


def _wire_copyright(page: Page) -> str | None:
    """A wire agency's rights notice closing the story ("Copyright 2024 Thomson Reuters.",
    "© 2024 The Associated Press. All rights reserved."): the agency, unless it is the site.
    A site's own notice names no wire; a photo's ("© Reuters") is not after the story."""
    for element in _closing_lines(page, _WIRE_COPYRIGHT, _MAX_RIGHTS_NOTICE):
        match = _WIRE_COPYRIGHT.search(text_of(element))
        name = wire_name(match.group(1)) if match else None
        if name and not _is_own_name(page, name):
            return name
    return None


def _holds_source_label(text: str) -> bool:
    # (a label is followed by its colon: most texts, which hold none, skip the regex)
    return (":" in text or "：" in text) and (
        _SOURCE_LABEL_OPENS.search(text) is not None
        or _PUBLISHER_LABEL_OPENS.search(text) is not None
    )


def _wire_dateline(page: Page) -> str | None:
    paragraph = regions.first_paragraph(page, min_chars=40)
    if not paragraph:
        return None
    paragraph = paragraph.lstrip()
    match = (
        _WIRE_DATELINE.match(paragraph)
        or _WIRE_DATELINE_UNDASHED.match(paragraph)
        or _HAN_DATELINE.match(paragraph)
    )
    if match is not None:
        name = wire_name(next(group for group in match.groups() if group))
    else:
        bracket = _BRACKET_DATELINE.match(paragraph)
        name = BRACKET_DATELINE_CREDITS[bracket.group(1)] if bracket else None
    return name if name and not _is_own_name(page, name) else None


def _wire_credit(page: Page) -> str | None:
    for wire in byline_of(page).wires:
        name = wire_name(wire)
        # (on "AP Herald", the byline "AP Herald Correspondent" reads as an AP staff credit)
        if name and not _is_own_name(page, wire) and not name_holds_wire_abbreviation(page, name):
            return name
    return None


def find_source(page: Page, canonical_url: str | None) -> str | None:
    """The original publisher's name (or host) when the page is a syndicated copy, else None."""
    return (
        _declared(page)
        or _cross_domain_canonical(page, canonical_url)
        or _credit_line(page)
        or _source_label(page)
        or _wire_dateline(page)
        or _wire_credit(page)
        or _wire_copyright(page)
    )
