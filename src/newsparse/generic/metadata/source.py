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

import itertools
import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import lxml.etree

from newsparse import jsonld
from newsparse.generic.body_cues import SOCIAL_PLATFORM_LABELS
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.scripts import ETHIOPIC_PREFACE_COLON, HAN, WORD_MARKS
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.authors import agencies_beside_byline, byline_of
from newsparse.generic.metadata.bylines import (
    initials_wire_name,
    slashed_wire_name,
    wire_name,
)
from newsparse.generic.metadata.class_cues import DATE_PART_TOKENS
from newsparse.generic.metadata.meta_names import PUBLISHER_METAS
from newsparse.generic.metadata.patterns import longest_first, one_of
from newsparse.generic.metadata.site import (
    foreign_publisher,
    host_label,
    is_site_identity,
    name_holds_wire_abbreviation,
    publisher_names,
)
from newsparse.generic.metadata.source_labels import (
    in_data_block,
    lists_own_coverage,
    source_label,
    wire_copyright,
)
from newsparse.generic.metadata.source_names import (
    BARE_DOMAIN,
    WIRE_NAMES,
    credit_elements,
    is_own_name,
    looks_like_publisher,
    name_for_host,
    same_publisher,
)
from newsparse.generic.metadata.source_words import (
    APPEARED_WORDS,
    CLICK_TRACKING_PATHS,
    NEWSLETTER_CUES,
    ORIGINAL_ARTICLE_CONNECTORS,
    ORIGINAL_ARTICLE_LINKS,
    ORIGINAL_ARTICLE_MARKS,
    ORIGINAL_ARTICLE_OPENINGS,
    ORIGINAL_NAME_METAS,
    ORIGINALLY_PUBLISHED,
    PRESS_LOGO_TOKENS,
    PRODUCED_BY,
    PROVIDED_BY_OPENERS,
    PROVIDER_CLASSES,
    PROVIDER_LABEL_WORDS,
    REPUBLISHED_AFTER,
    SOURCE_BOX_LABELS,
    SOURCE_BOX_TOKENS,
    SOURCE_LINK_TOKENS,
    SYNDICATION_METAS,
    SYNDICATION_RELS,
    TITLE_AFTER_NAME,
    TITLED_CREDIT_OPENERS,
    TITLED_CREDIT_VERBS,
    WRITTEN_BY,
)
from newsparse.generic.metadata.textkeys import tight_key
from newsparse.generic.metadata.wires import (
    BRACKET_DATELINE_CREDITS,
    WIRE_CREDIT_WORDS,
    WIRE_SPELLINGS,
)
from newsparse.hosts import host_of, is_home_page
from newsparse.page import HtmlElement, Page, text_of
from newsparse.tree_queries import is_near_descendant

# "LONDON, June 5 (Reuters) - ", "(AP) — ", "Madrid, 12 mar (EFE).- ": a parenthesised credit
# early in the first paragraph, followed by a dash or a colon (Ethiopic's "፦" too: "አዲስ
# አበባ፣ ግንቦት 4/2017 (ኢዜአ)፦"); or, opening it, Korean "(서울=연합뉴스)", the place and the agency.
_WIRE_DATELINE = re.compile(
    # (a regional service may follow the agency: dpa's "(dpa/lni)" for Lower Saxony)
    rf"^(?:.{{0,80}}?\(\s*({WIRE_NAMES})(?:/[^\W\d_]{{2,5}})?\s*\)"
    rf"\s*\.?\s*[-–—:{ETHIOPIC_PREFACE_COLON}]"
    # ("(서울=연합뉴스)", Newsis's "[서울=뉴시스]")
    rf"|[(\[][^()\[\]=]{{1,20}}=\s*({WIRE_NAMES})\s*[)\]])",
    re.S,
)
# "VALLADOLID, 12 (EUROPA PRESS)": a dateline set as a line of its own, a place and a date.
_WIRE_DATELINE_LINE = re.compile(
    rf"^[^\W\d][^()\d\n]{{0,40}},\s*[^()\n]{{0,25}}\d[^()\n]{{0,12}}\(\s*({WIRE_NAMES})\s*\)\s*\.?$"
)
# "Denver Newsroom, May 7, 2025 / 14:12 pm (CNA).": a dateline line crediting the site's own
# newsroom by its short name, a date with its year or a time, perhaps after a slash.
_OWN_DATELINE_LINE = re.compile(
    r"^[^\W\d][^()\d\n]{0,40},\s*[^()\n]{0,30}(?:\b\d{4}\b|\b\d\d?[:.]\d\d\b)[^()\n]{0,20}"
    r"\(\s*([^\W\d][^()\n]{0,19}?)\s*\)\s*\.?$"
)
# "New Delhi, Mar 12 (PTI) The government...", "Paris, 12 mars (AFP) Le...": without the
# dash, the credit counts after a place and a date only (the month's word perhaps holding an
# Indic script's vowel signs: "12 मार्च (भाषा)").
_WIRE_DATELINE_UNDASHED = re.compile(
    rf"^[^\W\d][^()\d\n]{{0,40}},\s*[^()\n]{{0,25}}(?:\d|\d\.?\s+(?:[^\W\d]|[{WORD_MARKS}]){{3,10}}\.?)"
    rf"\s*\(\s*({WIRE_NAMES})\s*\)\s+\S"
)
# "GEORGETOWN, Guyana, May 6, CMC – ...": the agency unbracketed after a place and a date (a
# day perhaps with its year), then a dash.
_WIRE_DATELINE_UNBRACKETED = re.compile(
    rf"^[^\W\d][^()\d\n]{{0,40}},\s*[^()\d\n]{{0,25}}\d{{1,2}}(?:\s+[^\W\d]{{3,10}}\.?)?"
    rf"(?:,\s*\d{{4}})?,\s*({WIRE_NAMES})\s*[-–—]\s"
)
# "МОСКВА, 5 апреля. /ТАСС/. ...", "... /РИА Новости/. ...": Russian agencies' style, a place
# and a day and month, then the agency between slashes and a full stop or a dash.
_WIRE_DATELINE_SLASHED = re.compile(
    rf"^[^\W\d][^()/\d\n]{{0,40}},\s*\d{{1,2}}\s+[^\W\d]{{3,10}}\.?\s*/\s*({WIRE_NAMES})\s*/"
    r"\s*[.\-–—]"
)
# "کراچی (پی پی آئی) محکمہ ...", "WASHINGTON (AP) The ...": a place alone (no date, no
# comma), the agency in brackets and the story run on, as the Urdu papers open wire copy.
_PLACE_DATELINE = re.compile(rf"^([^\W\d][^()\d\n,،.:;]{{0,30}}?)\s*\(\s*({WIRE_NAMES})\s*\)\s+\S")
_MAX_PLACE_WORDS = 3
# "पीटीआई, श्रीहरिकोटा। ...": Hindi papers open a wire story with the agency, the place (a
# word or two) and a danda.
_AGENCY_FIRST_DATELINE = re.compile(rf"^({WIRE_NAMES})\s*,\s*[^\W\d]\S*(?:\s[^\W\d]\S*)?\s*।\s*\S")
# "【ワシントン共同】": a Japanese dateline naming the agency after the place.
_BRACKET_DATELINE = re.compile(r"^【[^【】\d]{0,12}?(" + one_of(BRACKET_DATELINE_CREDITS) + r")】")
# "新华社北京3月12日电", "（中央社記者王小明台北12日電）": a Chinese agency, a place (and a
# reporter), a day, "电".
_HAN_DATELINE = re.compile(
    r"^[（(]?("
    + longest_first(s for s in WIRE_SPELLINGS if re.fullmatch(f"[{HAN}]+", s))
    + r")[^\d，。,.]{0,16}?(?:\d{1,2}月)?\d{1,2}日[电電]"
)
# An agency's mark closing a story's last paragraph or standing alone: "(NAN)", "(PTI).",
# perhaps as what the story draws on ("Như Tâm (Theo Reuters)": Vietnamese "according to"),
# in a Chinese story's full-width brackets too ("…以節省辦理時間。（中央社）").
_CLOSING_WIRE = re.compile(
    rf"[(（]\s*(?:(?i:{one_of(WIRE_CREDIT_WORDS)})\s+)?({WIRE_NAMES})\s*[)）]\s*\.?$"
)
# A Japanese story's last sentence closed by the agency's short name: "…している。（時事）"
# (after a full stop, so not a photo caption's credit).
_CLOSING_SHORT_CREDIT = re.compile(r"。\s*[（(](" + one_of(BRACKET_DATELINE_CREDITS) + r")[）)]$")
# A story's last sentence followed by the agency's short name alone: "... US$200 million. CMC".
_CLOSING_BARE_WIRE = re.compile(rf"[.!?][\"”’]?\s+({WIRE_NAMES})$")
# How many of the story's last paragraphs may hold it (a donation box may follow it), lines
# shorter than the second figure not counted (a related box's dates and section names).
_CLOSING_PARAGRAPHS = 5
_COUNTED_PARAGRAPH = 40
# ...looking past at most this many paragraphs from the page's end (a long comment thread).
_MAX_CLOSING_LOOK = 80
_ORIGINALLY = re.compile(
    "(?:" + "|".join(re.escape(p) for p in ORIGINALLY_PUBLISHED) + r")\s*:?\s*(.{2,120})",
    re.I | re.S,
)
# "This story was produced by Grist and is republished here...": the name between.
_PRODUCED = re.compile(
    one_of(PRODUCED_BY)
    + r"\s+(.{2,80}?)\s+(?="
    + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in REPUBLISHED_AFTER)
    + ")",
    re.I | re.S,
)
# "Der Beitrag „Aufwachen um drei Uhr“ stammt von FITBOOK.": the name after the title.
_TITLED = re.compile(
    one_of(TITLED_CREDIT_OPENERS)
    + r"\s*[„“\"«»‚‘][^„“”\"«»]{2,200}[“”\"»«‘’]\s*"
    + one_of(TITLED_CREDIT_VERBS)
    + r"\s+(.{2,120})",
    re.I | re.S,
)
# "This report was written by Africa Check, a non-partisan...": the name after it.
_WRITTEN = re.compile(
    "(?:" + "|".join(re.escape(p) for p in WRITTEN_BY) + r")\s+(.{2,120})", re.I | re.S
)
# Where the publisher's name ends: a sentence's end, a dash, an appositive ("ProPublica, a
# Pulitzer Prize-winning newsroom"), the licence or permission it came under, the sentence
# going on ("WNYC and has been republished"), a date ("Grist on Mar 12, 2024"), the
# original's title brought in ("Kompas.com dengan judul "..."").
_NAME_END = re.compile(
    r"(?:[.!?;:]\s|[.;]$|\s[-–—|]\s|,\s|\s\(|\s(?:under|with|via|as\spart\sof)\s"
    r"|\sand\s(?:is|was|has|have|appears|can)\s|\s(?:on|in)\s(?=\d|[A-Z][a-z]{2}\.?\s\d)"
    r"|に帰属|\s(?i:" + one_of(TITLE_AFTER_NAME) + r")\b)"
)


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
        named = _organisation_name(page, value)
        if named is not None:
            return named
        value = value.get("url") or value.get("@id") or value.get("name")
    if not isinstance(value, str):
        return None
    value = common.clean(value)
    if value.startswith(("http://", "https://", "//")):
        host = host_of(value if not value.startswith("//") else "https:" + value)
        if host and not same_publisher(page, host):
            return name_for_host(page, host)
        return None
    if value and len(value) <= 80 and not is_site_identity(page, value):
        return wire_name(value) or value
    return None


def _organisation_name(page: Page, value: dict[str, object]) -> str | None:
    """The name of a publisher typed as an organisation ("provider": {"@type": "Organization",
    "name": "Harbor City Ledger", "url": ...}) when it is another publisher than the site: the
    page's own words for it, before its host. (Not a story's object: its name is a title.)"""
    if not jsonld.ORGANISATION_TYPES.intersection(jsonld.types_of(value)):
        return None
    name = common.clean(value.get("name"))
    url = value.get("url")
    if isinstance(url, str) and same_publisher(page, host_of(page.absolute_url(url))):
        return None
    if not name or not looks_like_publisher(name) or is_site_identity(page, name):
        return None
    return wire_name(name) or name


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
    foreign = foreign_publisher(page) or _reposted_author(page)
    if foreign:
        return wire_name(foreign) or foreign
    # sourceOrganization often names the parent company; it counts when it is a wire.
    for name, _ in structured.names_in(
        page, structured.article_value(page, "sourceOrganization"), 3
    ):
        if wire_name(name) and not is_own_name(page, name):
            return wire_name(name)
    return None


def _reposted_author(page: Page) -> str | None:
    """The organisation a syndicator's repost of its release names both as the JSON-LD
    author and as the Dublin Core publisher, while the JSON-LD publisher is the site (a
    university's release on a science news service: author and ``dc.publisher``
    "Universität Freiburg", publisher "EurekAlert!")."""
    declared = common.meta_all(page, *PUBLISHER_METAS)
    if not declared:
        return None  # (most pages declare no such meta: the JSON-LD is not read)
    publishers = publisher_names(page)
    if not publishers or not all(is_site_identity(page, name) for name in publishers):
        return None
    declared_keys = {tight_key(name) for name in declared}
    for name in structured.author_organisations(page, limit=4):
        if (
            tight_key(name) in declared_keys
            and looks_like_publisher(name)
            and not is_site_identity(page, name)
        ):
            return name
    return None


def _cross_domain_canonical(page: Page, canonical_url: str | None) -> str | None:
    host = host_of(canonical_url)
    if not host or same_publisher(page, host):
        return None
    return name_for_host(page, host)


# A publication's name set in quotes after a descriptor ("der Wochenzeitung „Der Abend“").
_QUOTED_NAME = re.compile(r"[„“\"«»‚‘]([^„“”\"«»]{2,60}?)[“”\"»«‘’]")


def _credit_line(page: Page) -> str | None:
    for element in credit_elements(page):
        text = text_of(element)
        match = _ORIGINALLY.search(text) or _PRODUCED.search(text) or _TITLED.search(text)
        written = match is None and (match := _WRITTEN.search(text)) is not None
        if match is None:
            provider = _provided_by(page, element, text)
            if provider:
                return provider
            continue
        tail = match.group(1)
        cut = _NAME_END.search(tail)
        name = tail[: cut.start()] if cut else tail
        quoted = _QUOTED_NAME.search(name)
        if quoted is not None:
            name = quoted.group(1)  # ("in der Wochenzeitung „Der Abend“", "in “The Ledger”")
        name = name.strip(" .,:;\"'“”«»")
        # "in the Minnesota Reformer": the sentence's article, not the name's ("The 19th")
        name = name.removeprefix("the ")
        if written and not _links_to_named_site(page, element, name):
            continue  # (a writer's credit names another publisher only with a link to it)
        linked = False
        for anchor in page.xpath(".//a[@href]", element)[:3]:
            anchor_text = text_of(anchor)
            if anchor_text and anchor_text in name:
                url = page.absolute_url(anchor.get("href"))
                if url and urlsplit(url).path.startswith(CLICK_TRACKING_PATHS):
                    name, linked = anchor_text, True  # (a redirect: the text names it)
                    break
                host = host_of(url)
                if host and same_publisher(page, host, unknown=False):
                    return None
                name, linked = anchor_text, True
                break
        if not linked and _names_own_newsletter(match.group(0), text, name):
            continue
        if BARE_DOMAIN.fullmatch(name):
            # "reprinted from kffhealthnews.org": the page may name that site
            host = host_of("https://" + name)
            if host and not same_publisher(page, host, unknown=False):
                found = name_for_host(page, host)
                return name if found == host else found
            continue
        if not looks_like_publisher(name) or is_site_identity(page, name):
            continue
        return wire_name(name) or name
    return None


# A host label this long at least may spell a writer credit's name.
_MIN_SPELLED_LABEL = 4


def _links_to_named_site(page: Page, element: HtmlElement, name: str) -> bool:
    """Whether one of the element's first links leads to another publisher's site whose host
    spells ``name`` ("Africa Check" and africacheck.org: not a writer's employer or profile)."""
    tight = tight_key(name)
    for anchor in page.xpath(".//a[@href]", element)[:3]:
        host = host_of(page.absolute_url(anchor.get("href")))
        label = host_label(host) if host else None
        if (
            label
            and len(label) >= _MIN_SPELLED_LABEL
            and (label in tight or tight in label)
            and not same_publisher(page, host, unknown=False)
        ):
            return True
    return False


def _provided_by(page: Page, element: HtmlElement, text: str) -> str | None:
    """The institution a syndicator's line credits when the line is only "Provided by" and
    its linked name (the link may lead to the syndicator's own page on that partner)."""
    opener = next((o for o in PROVIDED_BY_OPENERS if text.casefold().startswith(o)), None)
    if opener is None:
        return None
    anchors = page.xpath(".//a[@href]", element)
    if len(anchors) != 1:
        return None
    name = text_of(anchors[0]).strip(" .")
    if text[len(opener) :].strip(" :.") != name:
        return None
    if not looks_like_publisher(name) or is_site_identity(page, name):
        return None
    return wire_name(name) or name


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


def _wire_dateline(page: Page) -> str | None:
    """The agency a dateline opening the story credits ("MADRID, 12 mar (EFE).-"), in the
    story's first paragraph, a standfirst's paragraph after it, or a line of its own."""
    for paragraph in regions.leading_paragraphs(page):
        name = _dateline_credit(paragraph.lstrip())
        if name:
            return name if not is_own_name(page, name) else None
    return None


def is_wire_dateline_line(text: str) -> bool:
    """A wire's dateline set as a line of its own: a place, a date and the agency in brackets
    ("MADRID, 7 (EUROPA PRESS)"), or a newsroom's short name in capitals after a dated one
    ("Denver Newsroom, May 7, 2025 / 14:12 pm (CNA).")."""
    match = _WIRE_DATELINE_LINE.match(text)
    if match is not None and wire_name(match.group(1)) is not None:
        return True
    # (an agency or newsroom the wires' list does not name: its short name in capitals)
    own = _OWN_DATELINE_LINE.match(text)
    return own is not None and not any(char.islower() for char in own.group(1))


def _dateline_credit(paragraph: str) -> str | None:
    match = (
        _WIRE_DATELINE.match(paragraph)
        or _WIRE_DATELINE_UNDASHED.match(paragraph)
        or _WIRE_DATELINE_LINE.match(paragraph)
        or _WIRE_DATELINE_UNBRACKETED.match(paragraph)
        or _WIRE_DATELINE_SLASHED.match(paragraph)
        or _HAN_DATELINE.match(paragraph)
        or _AGENCY_FIRST_DATELINE.match(paragraph)
    )
    if match is not None:
        return wire_name(next(group for group in match.groups() if group))
    placed = _placed_wire(paragraph)
    if placed is not None:
        return placed
    bracket = _BRACKET_DATELINE.match(paragraph)
    return BRACKET_DATELINE_CREDITS[bracket.group(1)] if bracket else None


def _placed_wire(paragraph: str) -> str | None:
    """The agency a dateline of a place alone credits ("کراچی (پی پی آئی) ..."): a place's
    name, no word of it in lowercase where its script has cases ("The ministry's figures
    (PTI) show" is a sentence), and not an agency's name spelt out before its abbreviation
    ("Associated Press (AP) said ...")."""
    match = _PLACE_DATELINE.match(paragraph)
    if match is None:
        return None
    place, agency = match.groups()
    words = place.split()
    if len(words) > _MAX_PLACE_WORDS or any(word[0].islower() for word in words):
        return None
    return wire_name(agency) if wire_name(place) is None else None


def _wire_credit(page: Page) -> str | None:
    for wire in byline_of(page).wires:
        name = wire_name(wire)
        # (on "AP Herald", the byline "AP Herald Correspondent" reads as an AP staff credit)
        if name and not is_own_name(page, wire) and not name_holds_wire_abbreviation(page, name):
            return name
    return None


def _agency_beside_byline(page: Page) -> str | None:
    """The agency a byline's block credits in a part classed as its source, beside a credit
    that names no one ("<span class="article__author">Redactie</span><span
    class="article__source">Belga</span>"), unless it is the site's own name."""
    return next(
        (wire for wire in agencies_beside_byline(page) if not is_own_name(page, wire)), None
    )


# Levels between the headline's block and a provider credit inside it.
_PROVIDER_DEPTH = 2
# A credit row of its own above the headline's block holds this many characters at most (a
# name and a follow button's word).
_MAX_CREDIT_ROW = 100
# A source link sits in the headline's block, in its date line at most this deep.
_SOURCE_LINK_DEPTH = 3
# ...or this many when the date sits beside it (a portal's date line nested in its toolbar:
# "<div class="date-source"><span class="date">...</span><a class="source">新京报</a>").
_DATED_SOURCE_LINK_DEPTH = 5
# A theme's source box holds a label and a publisher's name: this many characters at most.
_MAX_SOURCE_BOX = 80
# A portal's link to the original sits in the block this many levels above the headline
# (Naver's "media_end_head", around the title's own block), among its first links.
_ORIGINAL_LINK_LEVELS = 3
_MAX_ORIGINAL_LINK_LINKS = 40
# The publisher's name beside a bare link to its copy is in the link's parent or the block
# around it, of at most this much text, a part of its own before or after a dash or a bar.
_BESIDE_LEVELS = 2
_MAX_BESIDE_TEXT = 200
_BESIDE_PARTS = re.compile(r"\s+[-–—|·]\s+|\n")
_MAX_ORIGINAL_LINK_TEXT = 80  # (with the publisher's name after it)
# A portal's <title>: the headline, its provider in brackets, a separator, the portal's name.
_TITLED_PROVIDER = re.compile(r".+?\s*[(（]([^()（）]{2,40})[)）]\s+[-|｜–—]\s+(\S.{0,40})")
# Pictures read in the headline's header for a press logo, at most.
_MAX_HEADER_IMAGES = 10


def _headline_block(page: Page) -> HtmlElement | None:
    """The block holding the page's first ``<h1>`` (where a portal or an aggregator credits
    the story's publisher), or None."""
    headline = next(iter(page.elements("h1")), None)
    return headline.getparent() if headline is not None else None


def _provider_credit(page: Page) -> str | None:
    """The publisher an aggregator credits in the headline's block ("<span
    class="provider-name">The Riverside Ledger</span>", a provider's logo with its name as
    alt text), or in a short credit row of its own right above that block (MSN's
    "<div class="articlePage_attribution">" before the headline's wrapper): its name, unless
    that is the site itself."""
    block = _headline_block(page)
    if block is None:
        return None
    scopes = [block, *_credit_row_above(block)]
    for element, marks in regions.cue_elements(page):
        if not any(word in marks for word in PROVIDER_CLASSES) or not any(
            is_near_descendant(element, scope, _PROVIDER_DEPTH) for scope in scopes
        ):
            continue
        if len(element):
            logo = next(element.iter("img"), None)
            name = common.clean(logo.get("alt") or "") if logo is not None else ""
        else:
            name = text_of(element)
        if normalise(name) in PROVIDER_LABEL_WORDS:
            continue  # (the credit's label, "配信": "distributed by", no name)
        if name and looks_like_publisher(name) and not is_site_identity(page, name):
            return wire_name(name) or name
    return None


def _credit_row_above(block: HtmlElement) -> list[HtmlElement]:
    """The element right before the headline's block when it is a short row (a provider's
    logo, name and follow button), else nothing: a list of other stories there is no
    credit of this one."""
    row = block.getprevious()
    while row is not None and not isinstance(row.tag, str):
        row = row.getprevious()  # (a comment between them)
    if row is None or common.text_length(row) > _MAX_CREDIT_ROW:
        return []
    return [row]


def _titled_provider(page: Page) -> str | None:
    """The provider a portal names in brackets after the headline in its ``<title>``, before
    its own name ("<headline>（神戸新聞NEXT） - Yahoo!ニュース"), when the JSON-LD gives that
    provider as the article's author organisation: its name (an agency's readable name:
    "（共同通信）" gives "Kyodo News")."""
    title = next(iter(page.elements("title")), None)
    found = _TITLED_PROVIDER.fullmatch(text_of(title)) if title is not None else None
    if found is None or not is_site_identity(page, found.group(2)):
        return None
    name = common.clean(found.group(1))
    authors = structured.names_in(page, structured.article_value(page, "author"), 5)
    if not any(author == name and "Organization" in types for author, types in authors):
        return None
    if not looks_like_publisher(name) or is_own_name(page, name):
        return None
    return wire_name(name) or name  # (an agency by its readable name, as credits give it)


def _source_link(page: Page) -> str | None:
    """The publisher a link classed as the story's source credits beside the headline ("<a
    class="source" href="https://paper.example">Harbour Daily</a>" in a portal's date line),
    when it leads to another publisher's site: its text."""
    block = _headline_block(page)
    if block is None:
        return None
    for link in block.iter("a"):
        if not holds_token(SOURCE_LINK_TOKENS, link.get("class")) or not (
            is_near_descendant(link, block, _SOURCE_LINK_DEPTH)
            or (is_near_descendant(link, block, _DATED_SOURCE_LINK_DEPTH) and _beside_date(link))
        ):
            continue
        if next(link.iterancestors("figure", "figcaption"), None) is not None:
            continue  # (a picture's credit)
        name = _linked_publisher(page, link, text_of(link))
        if name is not None:
            return name
    return None


def _beside_date(element: HtmlElement) -> bool:
    """Whether an element of the element's parent is the date (``<time>``, or classed as a
    date's part): the element is in the story's date line."""
    parent = element.getparent()
    return parent is not None and any(
        sibling is not element
        and (sibling.tag == "time" or holds_token(DATE_PART_TOKENS, sibling.get("class")))
        for sibling in parent
    )


def _linked_publisher(page: Page, link: HtmlElement, name: str) -> str | None:
    """``name`` (read as a wire's readable name) when it reads as a publication's and
    ``link`` leads to another publisher's site (not the site's own, not a social network's);
    else None."""
    host = host_of(page.absolute_url(link.get("href")))
    if not host or same_publisher(page, host) or host_label(host) in SOCIAL_PLATFORM_LABELS:
        return None
    if looks_like_publisher(name) and not is_own_name(page, name):
        return wire_name(name) or name
    return None


def _source_box(page: Page) -> str | None:
    """The publisher a theme's source box credits under the story ("<div
    class="post-bottom-source"><div>Source</div><a href="https://www.businesswire.com/...">
    Business Wire</a></div>"): a small box classed as the source, its label alone beside a
    link to another publisher's site, whose text names it."""
    for element, marks in regions.cue_elements(page):
        if (
            "source" not in marks
            or not holds_token(SOURCE_BOX_TOKENS, marks)
            or common.text_length(element) > _MAX_SOURCE_BOX
            or in_data_block(page, element)
        ):
            continue
        link = next(element.iter("a"), None)
        if link is None or _links_home_page(page, link) or _beside_via_credit(element):
            continue  # (where the news came from: a company's home page, a blog's "Via:")
        name = text_of(link)
        label = normalise(text_of(element).replace(name, " ", 1))
        if label not in SOURCE_BOX_LABELS:
            continue
        publisher = _linked_publisher(page, link, name)
        if publisher is not None:
            return publisher
    return None


def _links_home_page(page: Page, link: common.HtmlElement) -> bool:
    """Whether the link leads to a site's home page (no path): a tech blog's "Source:
    <a>Halcyon</a>" credits the company the news came from, not a story it copies."""
    return is_home_page(page.absolute_url(link.get("href")))


def _beside_via_credit(element: common.HtmlElement) -> bool:
    """Whether a blog's "Via:" credit stands in the source box or beside it ("Via: <a>Android
    Police</a> Source: <a>Halcyon</a>"): the sites the news came through, not an original
    the page copies."""
    parent = element.getparent()
    if parent is not None and common.text_length(parent) <= _MAX_SOURCE_BOX * 2:
        element = parent
    return "via:" in text_of(element).casefold()


def _original_article_link(page: Page) -> str | None:
    """The publisher whose copy of the story a portal links to beside the headline ("<a
    href="https://www.hankyung.com/article/...">기사원문</a>", ``ORIGINAL_ARTICLE_LINKS``), or
    a reading app's link under it that names the publisher ("Read the full article on The
    Harbour Ledger"): the name the page gives that publisher's host, else the host."""
    headline = regions.headline_element(page)
    if headline is None:
        return None
    block = headline
    for _ in range(_ORIGINAL_LINK_LEVELS):
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    for link in itertools.islice(block.iter("a"), _MAX_ORIGINAL_LINK_LINKS):
        words = subtree_text(link) if len(link) else link.text
        if not words or len(words) > _MAX_ORIGINAL_LINK_TEXT:
            continue
        folded = words.casefold()
        if not any(mark in folded for mark in ORIGINAL_ARTICLE_MARKS):
            continue  # (a quick look first: most links are no such link)
        named = _original_link_name(words)
        if named is None:
            continue
        host = host_of(page.absolute_url(link.get("href")))
        if host and not same_publisher(page, host):
            if named and looks_like_publisher(named) and not is_own_name(page, named):
                return wire_name(named) or named
            name = name_for_host(page, host)
            if name != host:
                return name
            return _publisher_beside(link, host) or _named_press(page, block) or host
    return None


def _publisher_beside(link: HtmlElement, host: str) -> str | None:
    """The publisher's name in the small block of a bare link to its copy, when its letters
    open with the host's name ("<p>Bramley Oakes LLP - Helena Marchetti</p><p><a
    href="https://www.bramleyoakes.com/...">View original</a></p>")."""
    label = tight_key(host_label(host) or host)
    block = link
    for _ in range(_BESIDE_LEVELS):
        parent = block.getparent()
        if parent is None:
            return None
        block = parent
        text = text_of(block)
        if len(text) > _MAX_BESIDE_TEXT:
            return None
        # (its parts split by dashes or bars, or set in elements of their own: "<div><a
        # href="/profile/...">Bramley Oakes LLP</a><div><a>Helena Marchetti</a></div><a
        # href="https://www.bramleyoakes.com/...">View original</a></div>")
        parts = itertools.chain(
            _BESIDE_PARTS.split(text),
            (text_of(child) for child in block.iterchildren(lxml.etree.Element)),
        )
        for part in parts:
            name = common.clean(part)
            if name and tight_key(name).startswith(label) and looks_like_publisher(name):
                return name
    return None


def _original_link_name(words: str) -> str | None:
    """For the text of a link to the story's original: the publisher's name it closes with
    ("Read the original article at The Harbour Ledger"), "" for a text naming none
    ("기사원문", "View original article"); None for any other text."""
    text = normalise(words)
    if text in ORIGINAL_ARTICLE_LINKS:
        return ""
    for opening in ORIGINAL_ARTICLE_OPENINGS:
        rest = text.removeprefix(opening).split(maxsplit=1)
        if text.startswith(opening) and len(rest) == 2 and rest[0] in ORIGINAL_ARTICLE_CONNECTORS:
            # (the name as written: the words after the opening and its connector)
            return " ".join(words.split()[len(opening.split()) + 1 :]).strip(" .:»›→")
    return None


def _parent_class(element: HtmlElement) -> str | None:
    """The class of the element's parent (a logo's link), or None."""
    parent = element.getparent()
    return parent.get("class") if parent is not None else None


def _named_press(page: Page, header: HtmlElement) -> str | None:
    """The readable name a portal gives the press whose story it copies: its logo's alt text
    in the headline's header, else a meta naming it ("조선일보 | 네이버": not the portal's own
    name after the bar), when that reads as a publisher other than the site."""
    names = [
        image.get("alt") or ""
        for image in itertools.islice(header.iter("img"), _MAX_HEADER_IMAGES)
        if holds_token(PRESS_LOGO_TOKENS, image.get("class"), _parent_class(image))
    ]
    for value in common.meta_all(page, *ORIGINAL_NAME_METAS):
        names.extend(value.split("|"))
    for name in names:
        name = common.clean(name)
        if name and looks_like_publisher(name) and not is_own_name(page, name):
            return wire_name(name) or name
    return None


def find_source(
    page: Page, canonical_url: str | None, body: Callable[[], Sequence[str]] | None = None
) -> str | None:
    """The original publisher's name (or host) when the page is a syndicated copy, else None;
    ``body`` gives the story's paragraphs, read last (for the agency's mark closing them)."""
    return (
        _declared(page)
        or _cross_domain_canonical(page, canonical_url)
        or _credit_line(page)
        or source_label(page)
        or _provider_credit(page)
        or _titled_provider(page)
        or _source_link(page)
        or _source_box(page)
        or _original_article_link(page)
        or _wire_dateline(page)
        or _wire_credit(page)
        or _agency_beside_byline(page)
        or wire_copyright(page)
        or _closing_mark(page, body)
    )


def _closing_mark(page: Page, body: Callable[[], Sequence[str]] | None) -> str | None:
    """The agency whose mark closes the story (the page's last paragraphs, else the body's),
    unless the page's own source line names the site beside it ("Źródło: Onet, PAP")."""
    mark = _closing_wire_mark(page) or (
        _closing_mark_of(page, list(reversed(body()[-_CLOSING_PARAGRAPHS:]))) if body else None
    )
    return None if mark is None or lists_own_coverage(page) else mark


def _closing_wire_mark(page: Page) -> str | None:
    """The agency whose mark closes the story: "...he said. (NAN)", a last line "(PTI)", as
    Nigerian and Indian papers sign their wire copy; not a name the sentence spells out
    before its abbreviation ("...told the Associated Press (AP).")."""
    scope = regions.article_element(page)
    if scope is None:
        scope = page.tree
    last: list[str] = []  # (from the last paragraph back: only those are read)
    counted = 0  # (of them, the lines long enough to be the story's: "(PTI)" alone is short)
    for paragraph in itertools.islice(reversed(list(scope.iter("p"))), _MAX_CLOSING_LOOK):
        text = text_of(paragraph).strip()
        # (not the comments' or a related box's lines after the story)
        if text and not regions.in_excluded_container(page, paragraph):
            last.append(text)
            counted += len(text) >= _COUNTED_PARAGRAPH
            if counted == _CLOSING_PARAGRAPHS:
                break
    return _closing_mark_of(page, last)


def _closing_mark_of(page: Page, last: Sequence[str]) -> str | None:
    """The agency whose mark closes one of ``last`` ("(NAN)", an editor's initials and the
    agency: "K. B./STA", the agency between slashes: "/ritzau/"), the story's last paragraphs
    from the last back (the page's, or the body's when boxes after the story fill the page's
    last ones: a donation appeal, a text ad)."""
    bare = _CLOSING_BARE_WIRE.search(last[0]) if last else None
    # (the last paragraph only, by an abbreviation: a caption may end with a name's words)
    if bare and bare.group(1).isupper() and len(last[0]) >= _COUNTED_PARAGRAPH:
        name = wire_name(bare.group(1))
        if name:
            return name if not is_own_name(page, name) else None
    for text in last:
        short = _CLOSING_SHORT_CREDIT.search(text)
        if short:
            agency = BRACKET_DATELINE_CREDITS[short.group(1)]
            return agency if not is_own_name(page, agency) else None
        initialled = initials_wire_name(text) or slashed_wire_name(text)
        if initialled:
            return initialled if not is_own_name(page, initialled) else None
        mark = _CLOSING_WIRE.search(text)
        name = wire_name(mark.group(1)) if mark else None
        if mark and name and name not in text[: mark.start()]:
            return name if not is_own_name(page, name) else None
    return None
