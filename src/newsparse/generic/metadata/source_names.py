"""Who a publisher is, for the syndication source: whether a host or a name is the site's
own, the readable name of another publisher's host (from the page's credit lines and links),
whether a text reads as a publisher's name, and the page's "originally published" credit
lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import lxml.etree

from newsparse.generic.cues.scripts import CJK_CHARACTERS, HEBREW_AND_ARABIC
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.bylines import wire_name
from newsparse.generic.metadata.date_words import MONTHS
from newsparse.generic.metadata.patterns import longest_first
from newsparse.generic.metadata.site import (
    find_site_name,
    host_label,
    is_site_identity,
    publisher_names,
    spelled_keys,
)
from newsparse.generic.metadata.source_words import GENERIC_SUBDOMAIN_LABELS, PLATFORM_HOST_GROUPS
from newsparse.generic.metadata.textkeys import tight_key
from newsparse.generic.metadata.wires import (
    AGENCY_SITE_NAMES,
    WIRE_AGENCIES,
    WIRE_SPELLINGS,
)
from newsparse.hosts import host_of
from newsparse.page import Page, text_of

# The wire agencies' spellings as one alternation, longest first.
WIRE_NAMES = longest_first(WIRE_SPELLINGS)

# Each agency with the comparison keys of its spellings, to match a host's label against.
_AGENCY_KEYS = {
    name: frozenset(map(tight_key, spellings)) for name, spellings in WIRE_AGENCIES.items()
}

# A year, a time, a numeric date: digits that make a name a date.
_DATE_LIKE = re.compile(r"\d{4}|\d[:/.]\d|[:/]")
BARE_DOMAIN = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_CREDIT_TERMS = (
    "riginally",
    "irst published",
    "irst appeared",
    "epublished",
    "eprinted",
    "nitialement",
    "riginalmente",
    "rsprünglich",
    "uerst erschienen",
    "rschien zuerst",
    "rovided by",  # (a syndicator's "Provided by <linked institution>", "Materials provided by")
    "פורסמה לראשונה",
    "riginariamente",
    "orspronkelijk",
    "erder verschenen",
    "he original article",
    "as written by",  # ("This report was written by X", with a link to X's site)
    "配信元",
    "streaming video, head to",  # (Nexstar's line on a sister station's story)
    "tammt von",  # ("Der Beitrag „<title>“ stammt von X.")
    "tammt aus",
    "tayang di",  # (Indonesian: "Artikel ini telah tayang di X dengan judul "<title>"")
    "tayang sebelumnya di",
)
_CREDIT_TAGS = ("p", "em", "i", "small")
_CREDIT_TERM_BYTES = tuple(term.encode("utf-8") for term in _CREDIT_TERMS)
# Of one element's children, this many holding a cue are read at most.
_MAX_CREDITS_PER_PARENT = 8
_MAX_CREDIT = 400
# After the story's container: how many blocks may precede a credit line at each level, the
# tags of the boxes that end the story (related, tags, sharing) and of what fills them.
_MAX_CLOSING_SIBLINGS = 3
_CLOSING_BOX_TAGS = frozenset({"aside", "nav", "footer", "ul", "ol", "form", "section"})
_BOX_INNER_TAGS = ("h2", "h3", "h4", "h5", "ul", "ol", "a")
_MAX_CREDIT_LINKS = 2
_MAX_HOME_LINK_NAME = 40

# "Grist logo", "Logo: Grist", "Grist-Logo": a logo's alt text names its publisher.
_LOGO_WORD = re.compile(r"^\s*logo\b[\s:]*(?:of\s+)?|[\s\-–_|]*\blogo\s*$", re.I)


# A subdomain that names the other host's publisher is this long at least.
_MIN_BRAND_LABEL = 6


def same_publisher(page: Page, host: str | None, *, unknown: bool = True) -> bool:
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
    if not label or not own_label:
        return False
    return (
        label == own_label
        or _brand_under(host, own_label)
        or _brand_under(own, label)
        or any(label in group and own_label in group for group in PLATFORM_HOST_GROUPS)
    )


def _brand_under(host: str, brand: str) -> bool:
    """Whether a subdomain of ``host`` carries ``brand``, a publisher's own name: a mobile
    site and its desktop copy under the group's domain (m.timesofindia.com and
    timesofindia.indiatimes.com), not a section's word ("sport", "english")."""
    return (
        len(brand) >= _MIN_BRAND_LABEL
        and brand not in GENERIC_SUBDOMAIN_LABELS
        and brand in host.split(".")[:-2]
    )


def name_for_host(page: Page, host: str) -> str:
    """A readable name for a publisher's host: a wire agency or a JSON-LD publisher whose name
    matches the host, the name a credit line links to the host with, the name on a link to
    the host's home page (an aggregator's provider logo: ``<a href="https://example.com/"
    title="Example News">``), else the host itself."""
    label = tight_key(host_label(host) or host)
    host_key = tight_key(host)
    for name in publisher_names(page):
        if any(label in key or key in host_key for key in spelled_keys(name)):
            return name
    for name, keys in _AGENCY_KEYS.items():
        if label in keys:
            return name
    return (
        _credit_link_name(page, host)
        or _home_link_name(page, host)
        or _spelled_name(page, host, label)
        or host
    )


def _credit_link_name(page: Page, host: str) -> str | None:
    """The name a credit line links to ``host`` with ("originally published by <a
    href='https://grist.org/...'>Grist</a>")."""
    for element in credit_elements(page):
        for anchor in page.xpath(".//a[@href]", element)[:3]:
            name = text_of(anchor)
            if (
                host_of(page.absolute_url(anchor.get("href"))) == host
                and len(name) <= _MAX_HOME_LINK_NAME
                and looks_like_publisher(name)
                and not is_site_identity(page, name)
            ):
                return name
    return None


def _home_link_name(page: Page, host: str) -> str | None:
    """The publisher name a link to ``host``'s home page carries (its title, its logo's alt
    text or its text), when it reads as a publisher's name other than the site's own."""
    for anchor in common.home_page_links(page, host):
        logos = [_LOGO_WORD.sub("", image.get("alt") or "") for image in anchor.iter("img")]
        for candidate in (anchor.get("title"), *logos, text_of(anchor)):
            name = common.clean(candidate)
            if (
                name
                and len(name) <= _MAX_HOME_LINK_NAME
                and looks_like_publisher(name)
                and not is_site_identity(page, name)
            ):
                return name
    return None


# A link's closing words that may spell its host's name ("Read full story on Valley Signal").
_MAX_NAME_WORDS = 5


def _spelled_name(page: Page, host: str, label: str) -> str | None:
    """A name the page gives ``host`` that spells its label ("Valley Signal" for
    valleysignal.com): a JSON-LD author organisation's, or the words closing a link to the
    host ("Read full story on Valley Signal")."""
    candidates = structured.author_organisations(page, limit=8)
    for anchor in page.tree.iter("a"):
        href = anchor.get("href")
        if href and host in href.lower() and host_of(page.absolute_url(href)) == host:
            words = text_of(anchor).split()
            start = max(0, len(words) - _MAX_NAME_WORDS)
            candidates.extend(" ".join(words[i:]) for i in range(start, len(words)))
    for name in candidates:
        if (
            tight_key(name) == label
            and looks_like_publisher(name)
            and not is_site_identity(page, name)
        ):
            return name
    return None


def credit_elements(page: Page) -> list[common.HtmlElement]:
    """Paragraphs of the article (or the page) holding an "originally published" cue."""
    found: list[common.HtmlElement] = []
    scope = regions.article_element(page)
    elements = list((page.tree if scope is None else scope).iterdescendants(_CREDIT_TAGS))
    texts = [_text_bytes(element) for element in elements]
    joined = b"\0".join(texts)  # (one search of all their texts rules out most pages)
    holding = (
        list(_holding_credit_terms(elements, texts))
        if any(term in joined for term in _CREDIT_TERM_BYTES)
        else []
    )
    for element in [*holding, *_closing_credit_blocks(scope, elements)]:
        if element.tag in ("em", "i"):
            parent = element.getparent()
            if parent is not None and parent.tag == "p":
                element = parent
        if element not in found and common.text_length(element) < _MAX_CREDIT:
            found.append(element)
    return found


def _text_bytes(element: common.HtmlElement) -> bytes:
    """The element's text (without its tail) as UTF-8 bytes, the form lxml holds it in."""
    return lxml.etree.tostring(element, method="text", encoding="utf-8", with_tail=False)


def _holding_credit_terms(
    elements: list[common.HtmlElement], texts: list[bytes]
) -> Iterator[common.HtmlElement]:
    """Those of ``elements`` (in document order, each with its text in ``texts``) whose text
    holds a credit cue, ``_MAX_CREDITS_PER_PARENT`` of one parent's children at most."""
    taken: dict[common.HtmlElement | None, int] = {}
    for element, text in zip(elements, texts, strict=True):
        if any(term in text for term in _CREDIT_TERM_BYTES):
            parent = element.getparent()
            count = taken.get(parent, 0)
            if count < _MAX_CREDITS_PER_PARENT:
                taken[parent] = count + 1
                yield element


def _closing_credit_blocks(
    scope: common.HtmlElement | None, tags: list[common.HtmlElement]
) -> list[common.HtmlElement]:
    """Short blocks set after the story's container inside the article, holding a credit
    cue ("<div>This article originally appeared on X: <a>title</a></div>" after the body's
    <div>): the following siblings of the last paragraph's ancestors, up to the first block
    with a heading, a list or several links (a related, tag or share box)."""
    last = next((element for element in reversed(tags) if element.tag == "p"), None)
    if scope is None or last is None:
        return []
    found: list[common.HtmlElement] = []
    node = last
    while node is not scope and (parent := node.getparent()) is not None:
        for sibling in itertools.islice(node.itersiblings(), _MAX_CLOSING_SIBLINGS):
            if not isinstance(sibling.tag, str) or sibling.tag in _CREDIT_TAGS:
                continue  # (a paragraph is read with the others)
            if sibling.tag in _CLOSING_BOX_TAGS or _boxes_links(sibling):
                break
            text = common.clean(text_of(sibling))
            if len(text) < _MAX_CREDIT and any(term in text for term in _CREDIT_TERMS):
                found.append(sibling)
        node = parent
    return found


def _boxes_links(block: common.HtmlElement) -> bool:
    """Whether a block holds a heading, a list or several links: a box, not a credit line."""
    for count, element in enumerate(block.iter(_BOX_INNER_TAGS), 1):
        if element.tag != "a" or count > _MAX_CREDIT_LINKS:
            return True
    return False


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


# A publication's name in Hebrew or Arabic script has at most this many words.
_HEBREW_OR_ARABIC_WORD = re.compile(f"[{HEBREW_AND_ARABIC}]")
_MAX_UNCASED_WORDS = 4

# A name of two to twenty Han, kana or Hangul characters, perhaps with a brand's Latin
# capitals after them ("神戸新聞NEXT", "TBS NEWS DIG" aside: each word its own).
_UNCASED_NAME = re.compile(f"[{CJK_CHARACTERS}]{{2,20}}(?:[A-Z0-9]{{1,10}})?")


def _uncased_word(word: str) -> bool:
    """A word in Hebrew or Arabic script (no capitals to mark a name)."""
    return _HEBREW_OR_ARABIC_WORD.match(word) is not None


def looks_like_publisher(name: str) -> bool:
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
    if len(words) == 1 and _UNCASED_NAME.fullmatch(name):
        return True  # (a name in a script without capitals: "中部日日新聞", "연합뉴스")
    if len(words) <= _MAX_UNCASED_WORDS and all(_uncased_word(word) for word in words):
        return True  # (Hebrew, Arabic: "זמן ישראל")
    if not (words[0][0].isupper() or words[0][0] in "«“\"'"):
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS or not w[0].isalpha() for w in words)


def is_own_name(page: Page, name: str) -> bool:
    """True when ``name`` is the site itself: one of its names, or a wire agency whose
    spelling is the page's host ("AP" on hosted.ap.org runs its own copy)."""
    if is_site_identity(page, name):
        return True
    agency = wire_name(name)
    if agency is None:
        return False
    label = host_label(common.page_host(page))
    if label and label in _AGENCY_KEYS.get(agency, frozenset()):
        return True
    # the agency's own page under one of its other names ("Yonhap" on "연합뉴스", "Xinhua" on
    # "新华网")
    site = find_site_name(page)
    return site is not None and (
        wire_name(site) == agency or site in AGENCY_SITE_NAMES.get(agency, ())
    )
