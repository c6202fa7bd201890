"""Paragraphs of the story that are one link.

A paragraph whose text is all link is usually a promo for another page ("SEE MORE: ...",
an all-capitals teaser headline, "Next article ->") and is dropped as link-dominated. But a
story also has paragraphs that are a link and nothing else and still belong to it: a list of
sources, a link to a download, a reference URL. Such a line reads like running text: not in
capitals, not opening with a label or closing with an arrow, not a bracketed source name.
A link that no line holds, made of a kicker, a title and a date, is another story's card.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.generic.article_urls import reads_as_story_path
from newsparse.generic.body_cues import SELF_LINK_MARKS, TEASER_BOX_TOKENS
from newsparse.generic.body_lines import ANCHOR_LENGTH, SENTENCE_ENDS
from newsparse.generic.classes import class_and_id, holds_token
from newsparse.generic.labels import has_label_separator, heading_kind, split_inline_label
from newsparse.generic.measure import subtree_text
from newsparse.generic.scoring import Scores, Unit
from newsparse.hosts import host_of
from newsparse.tags import LINE_BREAK_TAGS, TABLE_AND_LIST_TAGS
from newsparse.tree_queries import next_element, previous_element

HtmlElement = lxml.html.HtmlElement

# Characters that open or close navigation links ("« Previous post", "Next story ->").
_ARROWS = frozenset("-–—«»‹›←→<>|")
# A label opening a promo ("WATCH: ...", "See more: ...") ends within this many words.
_LABEL_WORDS = 3
# Another story's card set in the story holds at least this many parts (a kicker, a title).
_CARD_PARTS = 2
# Such a card's text is shorter than this.
_MAX_CARD_TEXT = 240
# A teaser box's label over its card is a few words ("FOCUS online Ratgeber").
_MAX_BOX_LABEL = 40
# The dashes that open a quote's attribution, and the words of the name after one.
_ATTRIBUTION_DASHES = frozenset("—–")
_ATTRIBUTION_WORDS = 4
# The paragraph an attribution closes is prose: few of its words are links.
_MAX_SAID_LINK_DENSITY = 0.3
# A table of contents' label ("Jump to:", "In this article:") is shorter than this, and the
# list it heads holds at least this many links.
_MAX_CONTENTS_LABEL = 40
_CONTENTS_LINKS = 2
# Above this share of capitals among its letters a line shouts: a teaser headline or button.
_MAX_CAPITALS = 0.6
# Another story's title linked alone between the story's paragraphs is this short at most.
_MAX_INTERSTITIAL_TITLE = 160
# ...and the paragraphs around it hold this share of their text in links at most.
_MAX_PROSE_LINK_DENSITY = 0.5
# Where the page names its own address, for the host of its own links.
_OWN_ADDRESS_PATHS = ("head/link[@rel='canonical']", "head/meta[@property='og:url']")
# The blocks a card standing as a block of its own sits between (not a <br>: a line's break).
_BLOCK_TAGS = (LINE_BREAK_TAGS - {"br"}) | TABLE_AND_LIST_TAGS | {"figure", "blockquote", "pre"}


def _shouts(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    capitals = sum(1 for char in letters if char.isupper())
    return capitals > len(letters) * _MAX_CAPITALS and len(letters) > 3


def _opens_with_label(text: str) -> bool:
    head, colon, rest = text.partition(":")
    return bool(colon) and not rest.startswith("//") and len(head.split()) <= _LABEL_WORDS


def is_linked_line(element: HtmlElement, scores: Scores) -> bool:
    """True for a paragraph that is one link but reads as a line of the story."""
    if element.tag != "p" or sum(1 for _ in element.iter("a")) != 1:
        return False
    unit = scores.unit_of.get(element)
    if unit is None or unit.encloses_units:
        return False
    text = unit.text
    if is_attribution(unit, scores):
        return True
    return not (
        not text
        or _shouts(text)
        or text[0] in _ARROWS
        or text[-1] in _ARROWS
        or (text[0] == "[" and text[-1] == "]")
        or _opens_with_label(text)
        or heading_kind(text) is not None
        or split_inline_label(text) is not None
    )


def labelled_link_lines(links: Iterable[HtmlElement]) -> list[HtmlElement]:
    """Of the story's ``links``, those alone on a line of text broken by ``<br>`` whose own
    text opens with a read-also label ("...<br><a href="/News/498211.aspx"><strong>اقرأ أيضا:
    title</strong></a><br>..."): another story's title set between the story's lines."""
    found: list[HtmlElement] = []
    for link in links:
        if not _alone_between_breaks(link):
            continue
        text = subtree_text(link)
        if has_label_separator(text) and split_inline_label(text.strip()) is not None:
            found.append(link)
    return found


def _alone_between_breaks(element: HtmlElement) -> bool:
    """Whether ``element`` is a line of its parent's text of its own: a ``<br>`` (or its
    parent's start) before it and after it (or its parent's end), no text between."""
    if (element.tail or "").strip():
        return False
    before = element.getprevious()
    after = element.getnext()
    if after is not None and after.tag != "br":
        return False
    if before is None:
        parent = element.getparent()
        return after is not None and parent is not None and not (parent.text or "").strip()
    return before.tag == "br" and not (before.tail or "").strip()


def is_attribution(unit: Unit, scores: Scores) -> bool:
    """A dash and a name closing a quoted item ("<p>I swapped the rug ...</p><p>—<a
    href='/users/sunnyplantmom'>sunnyplantmom</a></p>", a reader's answer in a listicle):
    the last line of its wrapper, after a paragraph of prose, and the name its only words."""
    text = unit.text
    if text[:1] not in _ATTRIBUTION_DASHES:
        return False
    name = text[1:].strip()
    element = unit.element
    previous = previous_element(element)
    said = scores.unit_of.get(previous) if previous is not None else None
    return (
        0 < len(name.split()) <= _ATTRIBUTION_WORDS
        and not name.endswith(SENTENCE_ENDS)
        and heading_kind(name) is None
        and next_element(element) is None
        and said is not None
        and said.element.tag == "p"
        and said.length >= ANCHOR_LENGTH
        and said.link_density < _MAX_SAID_LINK_DENSITY
    )


def self_links(links: Iterable[HtmlElement]) -> list[HtmlElement]:
    """Of one-character ``links``, those from a heading or paragraph to itself, shown as a
    sign ("¶", "#"): no text of the story."""
    return [
        link
        for link in links
        if (link.get("href") or "").startswith("#")
        and (link.text_content().strip() in SELF_LINK_MARKS)
    ]


def is_contents_label(unit: Unit) -> bool:
    """A short unlinked label closed by a colon ("Jump to:", "In this article:") right over a
    block that is links to the page's own sections and nothing else: a table of contents'
    label, whatever its classes."""
    text = unit.text.rstrip()
    if unit.length >= _MAX_CONTENTS_LABEL or unit.link_length or not text.endswith((":", "：")):
        return False
    following = unit.element.getnext()
    if following is None or (unit.element.tail or "").strip():
        return False
    links = list(following.iter("a"))
    return (
        len(links) >= _CONTENTS_LINKS
        and all(_is_fragment_link(link) for link in links)
        # (its text is its links' alone: no sentence around them)
        and _letters(subtree_text(following)) == sum(_letters(subtree_text(link)) for link in links)
    )


def _is_fragment_link(link: HtmlElement) -> bool:
    """A link to a named part of its own page ("#section-price")."""
    href = link.get("href") or ""
    return len(href) > 1 and href.startswith("#")


def _letters(text: str) -> int:
    """How many characters the text holds besides white space."""
    return len("".join(text.split()))


def is_self_anchor_heading(heading: HtmlElement) -> bool:
    """A heading that is wholly one link to a fragment of its own page ("<h2><a
    href="#examples">Examples</a></h2>", a docs page's section): no link to elsewhere."""
    if (heading.text or "").strip() or len(heading) != 1:
        return False
    link = heading[0]
    return (
        link.tag == "a"
        and len(link.get("href") or "") > 1
        and (link.get("href") or "").startswith("#")
        and not (link.tail or "").strip()
    )


def teaser_cards(blocks: list[HtmlElement], scores: Scores) -> list[HtmlElement]:
    """Links that no line of text holds, set in the story as another story's card: alone in
    their wrapper, or a block of their own between the story's blocks, made of parts (a
    kicker, the title, a date: "<div><a href='...'><span>Reportage</span><span>Dans les
    Alpes, ...</span><span>14 janv. 2025</span></a></div>", Libération's inline teaser under
    hashed class names; a title and its address: "<p>...</p><a class="LinkCard"><span>title
    </span><span>host/path</span></a><h2>", Zhihu's link card), no sentence."""
    found: list[HtmlElement] = []
    for block in blocks:
        for link in scores.loose_links_in(block):
            parent = link.getparent()
            parts = [child for child in link if isinstance(child.tag, str)]
            if (
                parent is None
                or len(parts) < _CARD_PARTS
                or (link.text or "").strip()
                or any((part.tail or "").strip() for part in parts)
                or (link.tail or "").strip()
                or not (_is_alone_in_wrapper(link, parent, block) or _stands_as_block(link, parent))
            ):
                continue
            text = " ".join(subtree_text(link).split())
            if len(text) < _MAX_CARD_TEXT and not text.endswith(SENTENCE_ENDS):
                found.append(parent if _is_labelled_teaser_box(link, parent) else link)
    return found


def _is_labelled_teaser_box(link: HtmlElement, box: HtmlElement) -> bool:
    """The card's wrapper is a box classed as a teaser's holding only the card and a short
    label over it, no link ("<div class="teaserBox"><div class="boxHead">Ratgeber</div><a>
    ...</a></div>"): the label goes with the card."""
    others = [child for child in box if isinstance(child.tag, str) and child is not link]
    if len(others) != 1 or (box.text or "").strip() or (others[0].tail or "").strip():
        return False
    label = " ".join(subtree_text(others[0]).split())
    return (
        0 < len(label) <= _MAX_BOX_LABEL
        and next(others[0].iter("a"), None) is None
        and holds_token(TEASER_BOX_TOKENS, class_and_id(box))
    )


def _is_alone_in_wrapper(link: HtmlElement, parent: HtmlElement, block: HtmlElement) -> bool:
    """The link is its wrapper's only element and text (the wrapper is no story block)."""
    return (
        parent is not block
        and not (parent.text or "").strip()
        and sum(1 for child in parent if isinstance(child.tag, str)) == 1
    )


def _stands_as_block(link: HtmlElement, parent: HtmlElement) -> bool:
    """The link stands between blocks with no text beside it, as a block of its own: after a
    paragraph or heading and before the next ("<p>...</p><a>...</a><h2>...")."""
    previous = next(link.itersiblings(lxml.etree.Element, preceding=True), None)
    following = next(link.itersiblings(lxml.etree.Element), None)
    before = parent.text if previous is None else previous.tail
    neighbours = [element for element in (previous, following) if element is not None]
    return (
        not (before or "").strip()
        and bool(neighbours)
        and all(element.tag in _BLOCK_TAGS for element in neighbours)
    )


def is_interstitial_story_link(unit: Unit, before: Unit, after: Unit) -> bool:
    """A paragraph that is one link to another story of the site's, its title, between two
    paragraphs of the story, ``before`` and ``after`` (Arc XP's interstitial link: "<p
    class="c-paragraph"><a class="c-link" href="/2024/11/04/buses-arrive/">Electric buses
    arrive</a></p>"): a promo, no line of the story. A sentence linked whole, a link to a
    document ("/files/report.pdf") or to another site stays."""
    text = unit.text
    if (
        unit.is_heading
        or not 0 < len(text) <= _MAX_INTERSTITIAL_TITLE
        or unit.link_length < unit.length
        or text.endswith(SENTENCE_ENDS)
    ):
        return False  # (the cheap tests first)
    links = unit.element.findall(".//a")
    if len(links) != 1 or not (_is_prose(before) and _is_prose(after)):
        return False
    href = (links[0].get("href") or "").strip()
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return _is_own_host(parts.netloc, unit.element) and reads_as_story_path(parts.path)


def _is_prose(unit: Unit) -> bool:
    """A paragraph of the story's prose: sentences, few of its words links."""
    return (
        not unit.is_heading
        and unit.text.endswith(SENTENCE_ENDS)
        and unit.link_density <= _MAX_PROSE_LINK_DENSITY
    )


def _is_own_host(netloc: str, element: HtmlElement) -> bool:
    """Whether a link's host, ``netloc``, is the page's own: none (a relative address), or
    that of the address the page declares for itself (canonical, ``og:url``)."""
    if not netloc:
        return True
    host = host_of(f"//{netloc}")
    root = element.getroottree()
    for path in _OWN_ADDRESS_PATHS:
        declared = root.find(path)
        if declared is not None:
            return host is not None and host == host_of(
                declared.get("href") or declared.get("content")
            )
    return False
