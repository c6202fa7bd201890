"""Turn anchor elements into :class:`~newsparse.Link` values: absolute, http(s), deduplicated,
each with the best visible title among the anchors that point at it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl, urldefrag, urlencode, urlsplit

import lxml.etree
import lxml.html

from newsparse.generic.article_urls import is_tracking_parameter
from newsparse.generic.body_cues import BYLINE_OPENERS, CREDIT_OPENERS
from newsparse.generic.classes import class_kind, raw_tokens, token_parts
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.link_texts import (
    ACCESS_BADGES,
    GENERIC_LINK_TEXTS,
    KICKER_PARTS,
    LINK_TYPE_PARTS,
    TITLE_PARTS,
)
from newsparse.generic.labels import normalise, split_inline_label
from newsparse.generic.metadata.datetext import date_in_text
from newsparse.model import Link
from newsparse.page import Page, collapse_whitespace
from newsparse.tags import LINE_BREAK_TAGS, SCRIPT_TAGS

HtmlElement = lxml.html.HtmlElement

_GENERIC_LINK_TEXTS = frozenset(normalise(text) for text in GENERIC_LINK_TEXTS)
_ACCESS_BADGES = frozenset(normalise(text) for text in ACCESS_BADGES)
_TITLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# Title sources, best first.
_FROM_TITLE_ELEMENT, _FROM_TEXT, _FROM_ATTRIBUTE, _FROM_ALT, _FROM_GENERIC = range(5)
# A visible title this short may be a teaser's kicker ("News Cloud") rather than its title.
_SHORT_TITLE_WORDS = 3
# How far above an overlay link its card's headline may sit.
_CARD_LEVELS = 3
# (elements a card's headline holds at most, itself included)
_MAX_HEADLINE_ELEMENTS = 50
# How a title cut short ends.
_ELLIPSES = ("…", "...")
# A row of tags on a card ("#rails #sql"): hashtags that open with a letter ("#1" is a rank).
_TAG_CHIPS = re.compile(r"#[^\W\d_][\w-]*(?:[\s,]+#[^\W\d_][\w-]*)*")
# A card link's date in an element of its own before its title ("<span class="date">16.01.2014
# </span> Title"): this long at most, and read as a date.
_MAX_DATE_CHIP = 30
# A type chip opening a link ("Fact sheet") is this many words at most.
_MAX_TYPE_CHIP_WORDS = 3
# A link's parts are looked for through this many wrappers of one child each.
_MAX_PART_WRAPPERS = 3
# A credit part of a card link ("Medically reviewed by Priya Raman, RD, LD") names this many
# words at most after its opener.
_MAX_CREDIT_WORDS = 6
_CREDIT_OPENERS = tuple(sorted(BYLINE_OPENERS | CREDIT_OPENERS, key=len, reverse=True))


def without_tracking(url: str) -> str:
    """``url`` without its fragment and tracking parameters ("/story/?utm_source=x#top" is
    "/story/"); a query holding none of them is left as written."""
    url = urldefrag(url)[0]
    if "?" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(name, value) for name, value in pairs if not is_tracking_parameter(name)]
    if len(query) == len(pairs):
        return url
    return parts._replace(query=urlencode(query)).geturl()


def normalise_url(url: str) -> str:
    """The key links are deduplicated on: no fragment, no tracking parameters, no trailing
    slash ("/story/?utm_source=x#top" and "/story" are one link)."""
    return without_tracking(url).rstrip("/")


def anchors_in(elements: Iterable[HtmlElement]) -> list[HtmlElement]:
    """Every ``<a href>`` that is, or is inside, one of the elements, in document order."""
    anchors: list[HtmlElement] = []
    for element in elements:
        if element.tag == "a":
            if element.get("href"):
                anchors.append(element)
        else:
            anchors.extend(a for a in element.iter("a") if a.get("href"))
    return anchors


_SKIPPED_TAGS = SCRIPT_TAGS
_BREAKING_TAGS = LINE_BREAK_TAGS | {"figure", "img", "time"}


def visible_text(element: HtmlElement) -> str:
    """Text a reader sees: like ``text_of``, without screen-reader-only labels
    ("<span class='off-screen'>Video</span>")."""
    parts: list[str] = []
    skipping = 0
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        hidden = node is not element and (
            node.tag in _SKIPPED_TAGS or class_kind(node) is Kind.HIDDEN
        )
        if event == "start":
            if hidden or skipping:
                skipping += hidden
                continue
            if node.tag in _BREAKING_TAGS:
                parts.append(" ")
            parts.append(node.text or "")
            continue
        if hidden:
            skipping -= 1
        if not skipping and node is not element:
            if node.tag in _BREAKING_TAGS:
                parts.append(" ")
            parts.append(node.tail or "")
    return collapse_whitespace("".join(parts))


def _title_element_text(anchor: HtmlElement) -> str | None:
    """Text of a heading or ``*title*``-classed element inside a teaser-wide anchor (not
    its kicker, "<span class="headline-kicker">"; the title-classed part of a heading that
    also holds a date, "<h2><span class="title">...</span><time>...</time></h2>")."""
    for element in anchor.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if _names_title(element) or (
            element.tag in _TITLE_TAGS and _names_title(element, tag_alone=True)
        ):
            inner = next((part for part in element.iterdescendants() if _names_title(part)), None)
            text = visible_text(inner) if inner is not None else ""
            text = text or visible_text(element)
            if text:
                return text
    return None


def _names_title(element: HtmlElement, *, tag_alone: bool = False) -> bool:
    """Whether the element's class names a title (or, ``tag_alone``, names no kicker)."""
    if not isinstance(element.tag, str):
        return False
    parts = {part for token in raw_tokens(element) for part in token_parts(token)}
    if not KICKER_PARTS.isdisjoint(parts):
        return False
    return tag_alone or not TITLE_PARTS.isdisjoint(parts)


def _without_tag_chips(anchor: HtmlElement, text: str) -> str:
    """A card link's text without the row of tags it ends with, in an element of its own
    ("<p>The N+1 query you didn't know you had</p><span>#rails #sql</span>")."""
    children = [child for child in anchor if isinstance(child.tag, str)]
    if len(children) < 2:
        return text
    chips = visible_text(children[-1])
    if not _TAG_CHIPS.fullmatch(chips) or not text.endswith(chips):
        return text
    return text[: -len(chips)].rstrip() or text


def _without_access_badge(anchor: HtmlElement, text: str) -> str:
    """A linked title without the subscribers' badge at its start or end, in an element of
    its own ("<a>...まとまる<span class="Kigen">有料会員限定</span></a>", "<a><span>Premium
    </span> ...</a>")."""
    children = [child for child in anchor if isinstance(child.tag, str)]
    for badge_element in {children[0], children[-1]} if children else ():
        badge = visible_text(badge_element)
        if not badge or normalise(badge) not in _ACCESS_BADGES:
            continue
        if text.endswith(badge) and badge_element is children[-1]:
            return text[: -len(badge)].rstrip() or text
        if text.startswith(badge) and badge_element is children[0]:
            return text[len(badge) :].lstrip() or text
    return text


def _without_date_chip(anchor: HtmlElement, text: str) -> str:
    """A card link's text without the date it opens with, in an element of its own ("<a><span
    class="date">16.01.2014</span> Title</a>")."""
    first = next((child for child in anchor if isinstance(child.tag, str)), None)
    if first is None or (anchor.text or "").strip():
        return text
    date = visible_text(first)
    if not date or len(date) > _MAX_DATE_CHIP or not text.startswith(date):
        return text
    rest = text[len(date) :].strip()
    return rest if rest and date_in_text(date) is not None else text


def _without_type_chip(anchor: HtmlElement, text: str) -> str:
    """A link's text without the chip it opens with, in an element of its own classed as the
    kind of page it leads to ("<a><span class="link-type">Publication</span><span
    class="link-text">WHO guideline on heat and health</span></a>"), when more follows."""
    first = next((child for child in anchor if isinstance(child.tag, str)), None)
    if first is None or (anchor.text or "").strip():
        return text
    parts = {part for token in raw_tokens(first) for part in token_parts(token)}
    if LINK_TYPE_PARTS.isdisjoint(parts) or not TITLE_PARTS.isdisjoint(parts):
        return text
    chip = visible_text(first)
    if not chip or len(chip.split()) > _MAX_TYPE_CHIP_WORDS or not text.startswith(chip):
        return text
    return text[len(chip) :].strip() or text


def _glued_parts_title(anchor: HtmlElement, text: str) -> str:
    """A card link's text made of elements whose texts meet with no space between them
    ("<a><span>Rückblick</span><span>So schlimm war ...</span></a>"), lines apart on screen:
    its title, without a credit line ("Written by ...") nor a kicker of a few words before
    it, the parts left joined by a space; ``text`` as it is otherwise."""
    parts = _glued_parts(anchor)
    if not parts or "".join(parts) != text:
        return text
    titles = [part for part in parts if not _is_credit_part(part)] or parts
    if len(titles) > 1 and len(titles[0].split()) <= _SHORT_TITLE_WORDS < len(titles[1].split()):
        titles = titles[1:]  # (a kicker over the title: "Wetter", "Analyse")
    return " ".join(titles)


def _glued_parts(anchor: HtmlElement) -> list[str]:
    """The visible texts of the element children that make up a link's text (inside the
    wrappers of one child each it may hold), when two of them meet with no space, the second
    opening with a capital or a digit: none otherwise."""
    container = anchor
    children = [child for child in container if isinstance(child.tag, str)]
    for _ in range(_MAX_PART_WRAPPERS):
        if len(children) != 1 or (container.text or "").strip() or (children[0].tail or "").strip():
            break
        container = children[0]
        children = [child for child in container if isinstance(child.tag, str)]
    if len(children) < 2 or (container.text or "").strip():
        return []
    if any((child.tail or "").strip() for child in children):
        return []
    raw = [child.text_content() for child in children]
    if not any(
        left[-1:].strip()
        and right[:1].strip()
        and not (left_child.tail or "")
        and (right[0].isupper() or right[0].isdigit())
        for left, right, left_child in zip(raw, raw[1:], children, strict=False)
    ):
        return []
    parts = [visible_text(child) for child in children]
    return parts if all(parts) else []


def _is_credit_part(part: str) -> bool:
    """Whether a link's part is a credit line: "Written by ...", "Medically reviewed by ..."."""
    folded = part.casefold()
    for opener in _CREDIT_OPENERS:
        if folded.startswith(opener + " "):
            return len(folded[len(opener) :].split()) <= _MAX_CREDIT_WORDS
    return False


def _attribute_titles(anchor: HtmlElement) -> Iterator[str]:
    """The titles an anchor's attributes give: its ``title``, its images' ``alt`` and
    ``title``."""
    values = [anchor.get("title")]
    for image in anchor.iter("img"):
        values += (image.get("alt"), image.get("title"))
    for value in values:
        text = collapse_whitespace(value or "")
        if text:
            yield text


def completed_title(title: str, candidates: Iterable[str]) -> str:
    """A title cut short ("El limón alcanza su precio en origen más alto en una…") completed
    by a candidate that opens with its words; the title itself otherwise."""
    stem = title.rstrip()
    for ellipsis in _ELLIPSES:
        if stem.endswith(ellipsis):
            stem = normalise(stem[: -len(ellipsis)])
            break
    else:
        return title
    if not stem:
        return title
    for candidate in candidates:
        key = normalise(candidate)
        if len(key) > len(stem) and key.startswith(stem):
            return candidate
    return title


def anchor_title(anchor: HtmlElement) -> tuple[str | None, int]:
    """The visible title of a link and how good it is (lower is better): a title element
    inside the anchor, its text, its ``title`` attribute, the ``aria-label`` of an empty
    overlay link (or its card's headline), an image's alt, a generic text.

    A visible title cut short with an ellipsis takes the attribute that completes it; a
    one-word badge ("Video") as the whole text gives way to an image's alt of several words."""
    titled = _title_element_text(anchor)
    if titled:
        return completed_title(titled, _attribute_titles(anchor)), _FROM_TITLE_ELEMENT
    text = _without_date_chip(anchor, _without_tag_chips(anchor, visible_text(anchor)))
    text = _without_type_chip(anchor, text)
    text = _without_access_badge(anchor, text)
    text = _glued_parts_title(anchor, text)
    if text and normalise(text) not in _GENERIC_LINK_TEXTS and normalise(text):
        if len(text.split()) == 1:
            # (the badge on an image card: a plain one-word link, "ISBN", keeps its text)
            for image in anchor.iter("img"):
                alt = collapse_whitespace(image.get("alt") or "")
                if len(alt.split()) > 1:
                    return alt, _FROM_ALT
        return completed_title(split_inline_label(text) or text, _attribute_titles(anchor)), (
            _FROM_TEXT
        )
    title = collapse_whitespace(anchor.get("title") or "")
    if title:
        return title, _FROM_ATTRIBUTE
    label = collapse_whitespace(anchor.get("aria-label") or "")
    if label and not text:
        # an empty link laid over a card: its label, or the card's headline beside it
        return _card_headline(anchor, label) or label, _FROM_ATTRIBUTE
    for image in anchor.iter("img"):
        alt = collapse_whitespace(image.get("alt") or "")
        if alt:
            return alt, _FROM_ALT
    if not text:
        # a picture's link laid over its card, no words of its own (Bootstrap's
        # "stretched-link"): the card's one headline
        headline = _sole_card_headline(anchor)
        if headline:
            return headline, _FROM_ALT
    return (text or None), _FROM_GENERIC


def _card_heading(anchor: HtmlElement) -> HtmlElement | None:
    """The one heading of the card around ``anchor``, within a few levels; None when the
    nearest ancestor holding a heading holds several (a list of cards, not one card)."""
    ancestor = anchor.getparent()
    for _ in range(_CARD_LEVELS):
        if ancestor is None:
            return None
        headings = list(itertools.islice(ancestor.iter(*_TITLE_TAGS), 2))
        if headings:
            return headings[0] if len(headings) == 1 else None
        ancestor = ancestor.getparent()
    return None


def _sole_card_headline(anchor: HtmlElement) -> str | None:
    """The text of the one headline of the card around ``anchor`` (``_card_heading``); None
    for a "heading" of more elements than a headline holds (an unclosed one that swallowed
    the page: reading it for each of the page's empty links would cost its size each time)."""
    heading = _card_heading(anchor)
    if (
        heading is None
        or next(itertools.islice(heading.iter(), _MAX_HEADLINE_ELEMENTS, None), None) is not None
    ):
        return None
    return visible_text(heading) or None


def _card_headline(anchor: HtmlElement, label: str) -> str | None:
    """The headline of the card an empty overlay link (``aria-label``) covers, when the label
    reads it ("Opinion: When the glaciers are gone" over a headline whose last part reads
    "When the glaciers are gone", the kicker apart); None when the card has no such one."""
    heading = _card_heading(anchor)
    if heading is None:
        return None
    key = normalise(label)
    pieces = [child for child in heading if isinstance(child.tag, str)][-1:]
    for element in (*pieces, heading):
        text = visible_text(element)
        if text and len(text.split()) > _SHORT_TITLE_WORDS and key.endswith(normalise(text)):
            return text
    return None


def links_from_anchors(page: Page, anchors: Iterable[HtmlElement]) -> tuple[Link, ...]:
    """Links for the anchors: resolved, http(s) only, no duplicates, never the page itself,
    in the order of first appearance.

    Relative hrefs resolve against the page URL or ``<base href>``, else against the page's
    canonical URL or og:url; with none of these known a relative href gives no link.
    When several anchors point at one URL (an image link and a title link of one teaser),
    the best title wins: a title element or the link text over a ``title`` attribute over an
    image's alt text.
    """
    own = {normalise_url(u) for u in (page.url, page.base_url, page.canonical_hint) if u}
    order: list[str] = []
    best: dict[str, tuple[tuple[int, int], str | None]] = {}
    urls: dict[str, str] = {}
    titles: dict[str, list[str]] = {}
    for key, url, quality, title in _titled_links(page, anchors):
        if key in own:
            continue
        if title:
            titles.setdefault(key, []).append(title)
        if key not in urls:
            order.append(key)
            urls[key] = urldefrag(url)[0]
            best[key] = (quality, title)
            continue
        if urldefrag(url)[0] != urls[key]:
            # an image link and a title link that differ in tracking parameters: neither
            # is the article's address as written, the address without them is
            urls[key] = without_tracking(urls[key])
        if quality < best[key][0]:
            best[key] = (quality, title)
    untitled = {key for key in order if best[key][0][0] >= _FROM_GENERIC}
    if untitled:
        # "<a>Read next</a>" with the story's title on another link to it nearby: take that
        for key, found in _better_titles(page, untitled).items():
            if found[0] < best[key][0]:
                best[key] = found
    links = []
    for key in order:
        title = best[key][1]
        if title:
            # a title cut short on the title link, in full on the image link's alt
            title = completed_title(title, titles.get(key, ()))
        links.append(Link(url=urls[key], title=title))
    return tuple(links)


def _better_titles(page: Page, keys: set[str]) -> dict[str, tuple[tuple[int, int], str | None]]:
    """The best title any anchor of the page gives each URL key in ``keys``."""
    found: dict[str, tuple[tuple[int, int], str | None]] = {}
    # (an href can only resolve to one of the keys if it holds the key's last path segment:
    # a cheap test before resolving the hundreds of links a page has)
    segments = {urlsplit(key).path.rstrip("/").rsplit("/", 1)[-1] for key in keys}
    segments.discard("")
    candidates = (
        anchor
        for anchor in page.tree.iter("a")
        if (href := anchor.get("href"))
        and (not segments or any(segment in href for segment in segments))
    )
    for key, _, quality, title in _titled_links(page, candidates):
        if key in keys and (key not in found or quality < found[key][0]):
            found[key] = (quality, title)
    return found


def _titled_links(
    page: Page, anchors: Iterable[HtmlElement]
) -> Iterator[tuple[str, str, tuple[int, int], str | None]]:
    """For each anchor that resolves to an http(s) URL: its deduplication key, the URL, and
    its title with that title's quality (see ``_title_quality``)."""
    for anchor in anchors:
        url = page.absolute_url(anchor.get("href"), fallback_base=page.canonical_hint)
        if not url:
            continue
        title, source = anchor_title(anchor)
        yield normalise_url(url), url, _title_quality(title, source), title


def _title_quality(title: str | None, source: int) -> tuple[int, int]:
    """Sort key of a candidate title, lower is better: visible text over attributes, and a
    title of several words over a short kicker."""
    if not title:
        return (_FROM_GENERIC + 1, 1)
    visible = 0 if source in (_FROM_TITLE_ELEMENT, _FROM_TEXT) else source
    return (visible, 0 if len(title.split()) > _SHORT_TITLE_WORDS else 1)
