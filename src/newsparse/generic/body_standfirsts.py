"""Standfirsts set right under the headline inside the story's block: a summary the page
sets apart from the story (its class says so, or it is a list of bullet points), however
long its lines."""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Mapping

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BOLD_TAGS,
    DATELINE_DASHES,
    DESCRIBED_LEAD_TOKENS,
    DESCRIBED_STANDFIRST_TOKENS,
    EXCERPT_TOKENS,
    FIRST_PARAGRAPH_CLASS_WORDS,
    HEADER_CLOSING_TOKENS,
    HEADER_DESCRIPTION_TOKENS,
    HEADER_LEAD_TOKENS,
    HEADER_PARAGRAPH_LEAD_TOKENS,
    HEADLINE_SUBHEAD_TOKENS,
    KEY_POINTS_BOX_TOKENS,
    KEY_POINTS_HEADINGS,
    LARGE_TYPE_CLASSES,
    LARGE_TYPE_SIZES,
    MEDIA_TAGS,
    OPENING_SUMMARY_TOKENS,
    STANDFIRST_TOKENS,
    SUMMARY_LIST_TOKENS,
    SUMMARY_STANDFIRST_TOKENS,
    VIDEO_BOX_TOKENS,
)
from newsparse.generic.body_lines import is_byline
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES, LIVE_PARTS
from newsparse.generic.metadata.meta_names import DESCRIPTION_METAS
from newsparse.tags import LINE_BREAK_TAGS, SUBHEADING_TAGS, TABLE_AND_LIST_TAGS
from newsparse.tree_queries import is_wholly_in_child, next_element, previous_element

HtmlElement = lxml.html.HtmlElement

# A standfirst is among the first few elements after the headline...
_STANDFIRST_SIBLINGS = 2
# ...and opens the element that follows it, at most this many wrappers down.
_STANDFIRST_DEPTH = 3
# A subheading classed "subhead" right under the headline is a standfirst when this long at
# least (characters): a section's heading there is a word or two ("Background").
_MIN_SUBHEAD_STANDFIRST = 40
# A heading right under the headline heads no section when the block after it is no
# paragraph and shorter than this (characters): the byline and date under the deck.
_SECTION_TEXT_TAGS = frozenset({"p", "ul", "ol", "blockquote", "pre", "table", "dl"})
_MAX_LINE_UNDER_DECK = 80
# ...or, reading as a byline run on into its dates ("Par <a>Name</a><div><span>Publié le
# ...</span><span>Mis à jour le ...</span></div>"), this long at most.
_MAX_BYLINE_UNDER_DECK = 160
# A list of key points is among the first few elements after the header holding the
# headline, at most this many wrappers up from it...
_KEY_POINTS_SIBLINGS = 3
_KEY_POINTS_CLIMB = 3
# ...and links at most this share of its text (a list of links is a rail, not a summary).
_MAX_KEY_POINTS_LINK_SHARE = 0.5
# A label heading over a list of key points ("Summary", "Key takeaways") is this many words
# at most.
_MAX_LABEL_HEADING_WORDS = 3
# ...or, opening the list's own box, a title line in one of these tags.
_LABEL_LINE_TAGS = frozenset({"p", "div", "span", "strong", "b"})
# ...or, right before the list, a paragraph set wholly in one of these ("<p><strong>At a
# glance:</strong></p><ul>").
_BOLD_TAGS = frozenset({"strong", "b"})
# A summary opening the story's block is this long at most (characters), and the story after
# it this many times as long at least.
_MAX_OPENING_SUMMARY = 300
_MIN_STORY_AFTER_SUMMARY = 3
# An inline font size: a number and its unit, or a keyword ("large").
_FONT_SIZE = re.compile(r"font-size\s*:\s*(?:([\d.]+)\s*(px|pt|em|rem|%)|([a-z-]+))", re.I)
# The size of the page's base type in a relative unit.
_BASE_SIZES: Mapping[str, float] = {"em": 1.0, "rem": 1.0, "%": 100.0}
# A lead set apart is among this many elements after the headline (a byline, share buttons
# and the lead picture before it).
_DESCRIBED_LEAD_SIBLINGS = 6
# The page's declared summaries, read only when a block classed as one opens the story.
_HEAD_METAS = lxml.etree.XPath("/html/head/meta[@content]")
_DESCRIPTION_NAMES = frozenset(DESCRIPTION_METAS)
# A paragraph before the story's block is its standfirst when classed so and reading as the
# declared description: a lead's class too, as on a wrapper ("<p class="article-content__lead">
# <strong>...</strong></p>" before "<div class="article-content__text">").
_DESCRIBED_PARAGRAPH_TOKENS = (
    HEADER_DESCRIPTION_TOKENS | DESCRIBED_STANDFIRST_TOKENS | DESCRIBED_LEAD_TOKENS
)
# A lead opening with the page's declared description, the lead's first words cut short
# there ("... v náhradních bytech." over "... v náhradních bytech, a několik domů ..."), is
# its standfirst when the description is this long at least (characters).
_MIN_DESCRIPTION_OPENING = 40
_SENTENCE_CLOSE = ".…!?"
# Tags that make a lead's wrapper more than a line of bare text.
_LEAD_BLOCK_TAGS = LINE_BREAK_TAGS | TABLE_AND_LIST_TAGS
# A deck under the headline read by its sentences is this long at least (characters), closed
# by a full stop (or a danda).
_MIN_DECK_SENTENCES = 80
_DECK_CLOSE = (".", "।")
# A bold paragraph opening the story reads as the declared description when it holds this
# share of the description's words at least, in their order, and is this many times as long
# at most (the standfirst written out a little further than the description).
_MIN_DESCRIPTION_WORD_SHARE = 0.8
_MAX_DESCRIPTION_STRETCH = 1.5
_WORD = re.compile(r"\w+")


def standfirsts_under_headline(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """The standfirsts set right under the headline, when the story's block holds its header:
    one classed as a summary ("<p class="post-dek">", ``SUMMARY_STANDFIRST_TOKENS``) or one
    of bullet points (a live blog's "<div class="standfirst"><ul><li>Met Office red warning
    ..."), however long its lines. (A lead paragraph there, "<p class="lead">", is read as
    the story's opening, as readers of such pages take it.) The headline and the standfirst
    may each sit in a wrapper of their own, as a platform's layout divs wrap every line
    (Medium's "<div><h1>" then "<div><h2 class="pw-subtitle-paragraph">" over its byline)."""
    found: list[HtmlElement] = []
    if len(blocks) > 1 and _is_standfirst_block(blocks[0], blocks[1:]):
        found.append(blocks[0])
    for block in blocks:
        headlines = list(block.iter("h1"))
        if not headlines and len(block):
            # (the headline outside the story's block: a box of key points opening it, "<div
            # class="ArticleBody"><div class="RenderKeyPoints-keyPoints"><h2>Key Points</h2>
            # <ul>...", is the summary over the story)
            found.extend(_key_points_among(block[0], include=True))
            found.extend(
                _described_standfirst(block)
                or _opening_summary(block)
                or _described_in_intro_header(block)
            )
        for headline in headlines:
            siblings = _alone_in_wrappers(headline, block).itersiblings(lxml.etree.Element)
            for place, sibling in enumerate(itertools.islice(siblings, _STANDFIRST_SIBLINGS)):
                standfirst = _summary_opening(sibling)
                if (
                    standfirst is None
                    and place == 0
                    and (
                        _is_headline_subhead(sibling)
                        or _closes_header(sibling, headline, block)
                        or _is_described_deck(sibling)
                        or _leads_header(sibling, headline, block)
                    )
                ):
                    standfirst = sibling
                if standfirst is not None:
                    found.append(standfirst)
            found.extend(_key_points_after(headline, block))
            found.extend(_described_lead_after(headline, block))
            found.extend(_header_leads(headline, block))
            found.extend(_summary_after_header(headline, block))
    return found


def _is_standfirst_block(block: HtmlElement, rest: list[HtmlElement]) -> bool:
    """Whether the first of the story's blocks, the story's blocks after it, is its
    standfirst: an excerpt (``_is_summary_block``), a block classed as the lead reading as
    the page's declared description (``_is_described_lead``), or the deck right under the
    headline over the byline (``_is_described_deck``). (Not one classed as a summary so
    reading: such a block set with the lead picture is often the story's opening.)"""
    if _is_summary_block(block, rest) or _is_described_lead(block):
        return True
    previous = previous_element(block)
    return previous is not None and previous.tag == "h1" and _is_described_deck(block)


def _is_summary_block(block: HtmlElement, rest: list[HtmlElement]) -> bool:
    """The first of the story's blocks, bare text classed as an excerpt, short, the story's
    blocks after it ("<div class="story__excerpt">Officials say ...</div>" over "<div
    class="story__content"><p>..."): the standfirst under a headline the blocks leave out."""
    if block.tag == "p" or len(block) or not holds_token(EXCERPT_TOKENS, block.get("class")):
        return False
    length = _text_length(block)
    return (
        0 < length <= _MAX_OPENING_SUMMARY
        and sum(map(_text_length, rest)) > length * _MIN_STORY_AFTER_SUMMARY
    )


def _described_lead_after(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """The lead set apart as a field or component of its own among the few elements after
    the headline, before the story's first paragraph (past the byline, share buttons and
    lead picture: "<div class="field--name-field-lead"><p>...</p></div>" over "<div
    class="field--name-body">"), reading as the page's declared description."""
    siblings = _alone_in_wrappers(headline, block).itersiblings(lxml.etree.Element)
    for sibling in itertools.islice(siblings, _DESCRIBED_LEAD_SIBLINGS):
        if _is_described_lead(sibling):
            return [sibling]
        if next(sibling.iter("p"), None) is not None:
            return []  # (the story has begun)
    return []


def _header_leads(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """The standfirst around the headline's own header, the page marking that header apart
    ("<header>"): a paragraph in it after the headline classed as a lead, a summary or a
    subhead ("<header><h1>...</h1><p class="headline__lead">"), or the short block right
    after it named as the story's intro by its class or component name ("</header><div
    data-testid="ArticleBody.Intro"><p>...") with the story after it."""
    header = _header_of(headline, block)
    if header is None:
        return []
    found = [
        sibling
        for sibling in _alone_in_wrappers(headline, header).itersiblings(lxml.etree.Element)
        if sibling.tag == "p"
        and holds_token(HEADER_PARAGRAPH_LEAD_TOKENS, *(map(sibling.get, CUE_ATTRIBUTES)))
    ]
    intro = next_element(header)
    if intro is not None and _is_intro_block(intro):
        found.append(intro)
    elif intro is not None:
        found.extend(_bold_described_opening(intro))
    return found


def _bold_described_opening(element: HtmlElement) -> list[HtmlElement]:
    """The paragraph opening the story's text block at ``element`` or after it, past the
    lead picture, when wholly in bold and reading as the page's declared description
    (``_is_bold_described_lead``): "</header><figure>...</figure><div><p><strong>...")."""
    for sibling in itertools.chain((element,), element.itersiblings(lxml.etree.Element)):
        if sibling.tag in MEDIA_TAGS:
            continue
        opening = next(sibling.iterchildren(lxml.etree.Element), None)
        if opening is not None and opening.tag == "p" and _is_bold_described_lead(opening):
            return [opening]
        return []
    return []


def _summary_after_header(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """A short block classed as a summary or a standfirst right after the block holding the
    headline (past a picture), the story's paragraphs after it under the same parent
    ("<div class="header"><h1>...</h1>...</div><div class="summary"><p>...</p></div><p>..."):
    set apart from the story as its paragraphs are not. (A lead so wrapped counts when it
    reads as the page's declared description, ``_is_described_lead``.)"""
    header = _outermost_wrapper(headline, block)
    if header is headline or header.getparent() is not block:
        return []  # (the headline's siblings are read by the other rules)
    for sibling in itertools.islice(header.itersiblings(lxml.etree.Element), _STANDFIRST_SIBLINGS):
        if sibling.tag in MEDIA_TAGS:
            continue
        if sibling.tag == "p" or not (
            holds_token(SUMMARY_STANDFIRST_TOKENS, sibling.get("class"))
            or _is_described_lead(sibling)
        ):
            return []
        length = _text_length(sibling)
        if (
            _story_follows(sibling)
            and 0 < length <= _MAX_OPENING_SUMMARY
            and len(list(itertools.islice(sibling.iter("p"), 2))) <= 1
        ):
            return [sibling]
        return []
    return []


def _story_follows(element: HtmlElement) -> bool:
    """Whether the story's paragraphs follow ``element`` under its parent: a paragraph next,
    or, past a few blocks holding none (the byline, the lead picture, share buttons), a block
    opening with one a few wrappers down (a CMS's run of components: "<div class="component
    rich-text"><div class="component-content"><p>...")."""
    siblings = element.itersiblings(lxml.etree.Element)
    for sibling in itertools.islice(siblings, _DESCRIBED_LEAD_SIBLINGS):
        if sibling.tag == "p":
            return True
        if next(sibling.iter("p"), None) is None:
            continue
        for _ in range(_STANDFIRST_DEPTH):
            if (sibling.text and sibling.text.strip()) or not len(sibling):
                return False
            sibling = sibling[0]
            if sibling.tag == "p":
                return True
        return False
    return False


def _outermost_wrapper(headline: HtmlElement, block: HtmlElement) -> HtmlElement:
    """The outermost of ``headline``'s few nearest wrappers inside ``block`` (the headline
    itself when it is ``block``'s child): the header holding it."""
    header = headline
    for _ in range(_KEY_POINTS_CLIMB):
        parent = header.getparent()
        if parent is None or parent is block:
            break
        header = parent
    return header


def _header_of(headline: HtmlElement, block: HtmlElement) -> HtmlElement | None:
    """The ``<header>`` holding ``headline`` inside ``block``, a few wrappers up at most."""
    element = headline
    for _ in range(_KEY_POINTS_CLIMB):
        parent = element.getparent()
        if parent is None or parent is block:
            return None
        if parent.tag == "header":
            return parent
        element = parent
    return None


def _is_intro_block(element: HtmlElement) -> bool:
    """A short block, no paragraph itself and holding one at most, named as the story's
    intro (a component name's dotted parts read as words: "ArticleBody.Intro"), with more
    of the story after it."""
    if element.tag == "p" or len(list(itertools.islice(element.iter("p"), 2))) > 1:
        return False
    if not holds_token(HEADER_LEAD_TOKENS, *_component_names(element)):
        return False
    length = _text_length(element)
    following = next_element(element)
    return (
        0 < length <= _MAX_OPENING_SUMMARY
        and following is not None
        and _text_length(following) > length * _MIN_STORY_AFTER_SUMMARY
    )


def _component_names(element: HtmlElement) -> list[str]:
    """The element's cue attributes' values, a component name's dotted parts read as words
    ("ArticleBody.Intro")."""
    return [(element.get(attribute) or "").replace(".", " ") for attribute in CUE_ATTRIBUTES]


def _key_points_after(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """A list of the story's key points after the header holding the headline, before any
    paragraph ("<div class="article__header"><h1>...</h1></div><figure>...</figure><div
    class="article__summary-list"><ul><li>..."): a summary, however its lines read."""
    header = _outermost_wrapper(headline, block)
    return _key_points_among(header, include=False) or _classed_opening_key_points(header)


def _classed_opening_key_points(header: HtmlElement) -> list[HtmlElement]:
    """A box classed as key points opening the story's first text block after the header
    (past the byline, share bar and lead picture), a few bare wrappers down, before its first
    paragraph ("<div data-component="text-block"><div><div class="ssrcss-keypoints"><h2>Key
    points</h2><ul>...</ul></div><p>..."). (Only so classed: a summary or callout box there
    may be the story's own opening.)"""
    siblings = header.itersiblings(lxml.etree.Element)
    for sibling in itertools.islice(siblings, _DESCRIBED_LEAD_SIBLINGS):
        if next(sibling.iter("p"), None) is None:
            continue
        element = sibling
        for _ in range(_STANDFIRST_DEPTH):
            if holds_token(KEY_POINTS_BOX_TOKENS, element.get("class")):
                return [element] if _is_key_points(element, None) else []
            if (element.text and element.text.strip()) or not len(element):
                return []
            element = element[0]
            if element.tag == "p":
                return []
        return []
    return []


def _key_points_among(start: HtmlElement, *, include: bool) -> list[HtmlElement]:
    """The first list of key points among the few elements from ``start`` on (``start``
    itself when ``include``), before any paragraph, with the label heading right before it
    ("<div class="summary-title"><h2>Summary</h2></div><div class="article-summary"><ul>"):
    the label goes with its list. A deck under the headline and a block classed as the
    standfirst come before it uncounted ("<h2 class="article-desc">", "<div
    class="ArticleSummary"><p>")."""
    siblings = start.itersiblings(lxml.etree.Element)
    if include:
        siblings = itertools.chain((start,), siblings)
    previous: HtmlElement | None = None
    counted = 0
    for sibling in siblings:
        if _is_key_points(sibling, previous) or _is_wrapped_key_points(sibling, previous):
            label = previous is not None and (
                _is_label_heading(previous) or _is_bold_label_line(previous)
            )
            return [previous, sibling] if label and previous is not None else [sibling]
        standfirst = holds_token(STANDFIRST_TOKENS, sibling.get("class"))
        if (
            next(sibling.iter("p", "ul", "ol"), None) is not None
            and not standfirst
            and not _is_media_box(sibling)
            and not (_is_bold_label_line(sibling) and _reads_key_points(sibling))
        ):
            return []  # (the story has begun)
        if not standfirst and sibling.tag not in SUBHEADING_TAGS:
            counted += 1
            if counted == _KEY_POINTS_SIBLINGS:
                return []
        previous = sibling
    return []


def _is_wrapped_key_points(element: HtmlElement, previous: HtmlElement | None) -> bool:
    """A list of key points alone in a few bare wrappers, a component framework's element
    around each of the story's parts ("<app-storyline-element><div class="c-key-facts"><h2>
    Das Wichtigste in Kürze</h2><ul>...")."""
    inner = _inside_bare_wrappers(element)
    return inner is not element and _is_key_points(inner, previous)


def _inside_bare_wrappers(element: HtmlElement) -> HtmlElement:
    """The element that ``element`` wraps, a few levels down, each wrapper holding it alone
    and no text of its own (``element`` itself when it is no such wrapper)."""
    for _ in range(_STANDFIRST_DEPTH):
        if len(element) != 1 or (element.text and element.text.strip()):
            break
        child = element[0]
        if not isinstance(child.tag, str) or (child.tail and child.tail.strip()):
            break
        element = child
    return element


def _is_media_box(element: HtmlElement) -> bool:
    """A picture's or a video player's box, its caption or title in a paragraph ("<div
    class="video-player-box"><div data-video-id=...></div><p>...</p></div>"), or a bare
    wrapper holding one alone ("<div class="LeadMedia--leadMedia--x"><div
    class="VideoPlayer--VideoPlayer--y">"): no story."""
    return any(
        box.tag in MEDIA_TAGS or holds_token(VIDEO_BOX_TOKENS, box.get("class"))
        for box in (element, _inside_bare_wrappers(element))
    )


def _is_bold_label_line(element: HtmlElement) -> bool:
    """A paragraph set wholly in bold, no text outside its one bold child ("<p><strong>At a
    glance:</strong></p>"): a label line, as a heading is."""
    if element.tag != "p" or len(element) != 1 or (element.text and element.text.strip()):
        return False
    bold = element[0]
    return bold.tag in _BOLD_TAGS and not (bold.tail and bold.tail.strip()) and not len(bold)


def _is_label_heading(element: HtmlElement) -> bool:
    """A heading a word or two long, alone in its wrappers ("<div><h2>Summary</h2></div>")."""
    while element.tag not in SUBHEADING_TAGS and len(element) == 1:
        if element.text and element.text.strip():
            return False
        element = element[0]
    return (
        element.tag in SUBHEADING_TAGS
        and len(element.text_content().split()) <= _MAX_LABEL_HEADING_WORDS
    )


def _is_key_points(element: HtmlElement, previous: HtmlElement | None) -> bool:
    """A block holding a list of plain lines, classed as a summary or key points, or headed
    as one by its own first child or by the label heading right before it ("<div
    class="byo-block"><h2>Key takeaways:</h2><ul>", "<h3>At a glance</h3><ul>")."""
    if not (
        holds_token(SUMMARY_LIST_TOKENS, element.get("class"), element.get("id"))
        or (previous is not None and _reads_key_points(previous))
        or (len(element) > 0 and _reads_key_points(element[0], line=_is_still(element)))
    ):
        return False
    items = list(element.iter("li"))
    text = sum(len(item.text_content().strip()) for item in items)
    linked = sum(len(link.text_content().strip()) for link in element.iter("a"))
    return bool(items) and linked <= text * _MAX_KEY_POINTS_LINK_SHARE


def _is_still(box: HtmlElement) -> bool:
    """A box that names no live feed: a live ticker's summary of the latest ("<div
    class="liveticker-box"><p>Das Wichtigste in Kürze</p><ul>") is kept up as its entries are."""
    return not holds_token(LIVE_PARTS, box.get("class"))


def _reads_key_points(element: HtmlElement, *, line: bool = False) -> bool:
    """A label heading that names a list of key points ("Key takeaways:", "At a glance"), or
    when ``line`` a box's title line that does ("<p class="box__title">À retenir</p>"). (A
    heading naming one is a label however many words the name takes: "Das Wichtigste in
    Kürze".)"""
    if not (
        _is_label_heading(element)
        or element.tag in SUBHEADING_TAGS
        or _is_bold_label_line(element)
        or (line and element.tag in _LABEL_LINE_TAGS)
    ):
        return False
    words = " ".join(element.text_content().split()).rstrip(":").strip().lower()
    return words.replace("\u2019", "'") in KEY_POINTS_HEADINGS


def _is_headline_subhead(element: HtmlElement) -> bool:
    """A heading right under the headline, a line long, classed as a subhead or heading no
    text of its own: the headline's second deck ("<h1>...</h1><h2 class="subhead">Clamp-on
    meter brings laboratory accuracy to field measurement</h2>", or an <h2> over the byline
    and date), not a section's heading."""
    return (
        element.tag in SUBHEADING_TAGS
        and len(element.text_content().strip()) >= _MIN_SUBHEAD_STANDFIRST
        and (
            holds_token(HEADLINE_SUBHEAD_TOKENS, element.get("class"))
            or _heads_no_text(element)
            or _deck_over_byline(element)
        )
    )


def _deck_over_byline(heading: HtmlElement) -> bool:
    """Whether a heading reads as sentences ("... लाई गई है।") over a block that is no
    section's text however long (a byline block with the author's desk, name and date): a
    section's heading is no sentence."""
    following = next_element(heading)
    text = heading.text_content().strip()
    return (
        following is not None
        and following.tag not in _SECTION_TEXT_TAGS
        and len(text) >= _MIN_DECK_SENTENCES
        and text.endswith(_DECK_CLOSE)
    )


def _closes_header(element: HtmlElement, headline: HtmlElement, block: HtmlElement) -> bool:
    """A paragraph classed as a description or the intro that closes the headline's own
    header, the headline's wrapper holding the two alone ("<div class="contentHeader"><h1>
    ...</h1><p class="contentHeader_description">"): a standfirst set apart from the story's
    paragraphs (a story's opening so classed has the story's next paragraphs after it)."""
    return (
        element.tag == "p"
        and headline.getparent() is not block
        and next_element(element) is None
        and holds_token(HEADER_CLOSING_TOKENS, element.get("class"))
    )


def _leads_header(element: HtmlElement, headline: HtmlElement, block: HtmlElement) -> bool:
    """A paragraph classed as the lead or the description right under the headline in the
    headline's own wrapper, reading as the page's declared description (or opening with it),
    with no story text after it there, only the lead picture and a short byline ("<div
    class="article-header"><h1>...</h1><p class="lead">...</p><figure>...</figure><div
    class="byline">...</div></div>"): the header's standfirst, whatever follows the header
    (a live page's box of key points, its feed). The wrapper may be a block of its own beside
    the story's ("<header class="article__header"><h1>...</h1><p class="article__desc">...
    </p><section class="meta">...</section></header>")."""
    if (
        element.tag != "p"
        or headline.getparent() is not element.getparent()
        or not holds_token(HEADER_CLOSING_TOKENS, element.get("class"))
    ):
        return False
    rest = 0
    for sibling in element.itersiblings(lxml.etree.Element):
        if sibling.tag in MEDIA_TAGS:
            continue
        if sibling.tag == "p" or next(sibling.iter("p"), None) is not None:
            return False  # (the story goes on in the header)
        rest += _text_length(sibling)
        if rest > _MAX_OPENING_SUMMARY:
            return False
    text = " ".join(element.text_content().split())
    return bool(text) and _is_declared_description(element, text, opening=True)


def _is_described_deck(element: HtmlElement) -> bool:
    """A paragraph right under the headline, whatever its class, reading as the page's
    declared description (or opening with it, the description cut short), over a short line
    that is no paragraph (or a byline run on into its dates, ``_is_line_under_deck``): the
    deck over the byline ("<h1>...</h1><p class="text-lg">Follow
    along as ...</p><div>by <a>...</a></div>"), or a block of bare text so set, over the
    byline's name and date perhaps as lines of their own ("<h1>...</h1><div class="text-lg">
    ...</div><div><p><a>Name</a></p><p>date</p></div>"). (The story's first paragraph, often
    repeated as the description, has the story's next paragraph or picture after it; one
    classed as the story's first paragraph opens it, the byline after it or not: Newsquest's
    "<h1>...</h1><p class="article-first-paragraph">...</p><div class="mar-author-wrapper">".)"""
    bare = element.tag == "div" and not len(element)
    if (element.tag != "p" and not bare) or is_classed_first_paragraph(element):
        return False
    following = next_element(element)
    if (
        following is None
        or following.tag in _SECTION_TEXT_TAGS
        or following.tag in MEDIA_TAGS
        or not _is_line_under_deck(following)
        or _under_deck_paragraphs(following) == 1
        or (not bare and _under_deck_paragraphs(following))
    ):
        return False
    text = " ".join(element.text_content().split())
    return bool(text) and _is_declared_description(element, text, opening=True)


def _is_line_under_deck(element: HtmlElement) -> bool:
    """Whether ``element`` may be the byline under a deck: a short line, or a longer one
    reading as a byline run on into its published and updated dates ("Par <a>Name</a><div>
    <span>Publié le ...</span><span>Mis à jour le ...</span></div>")."""
    length = _text_length(element)
    if length < _MAX_LINE_UNDER_DECK:
        return True
    return length <= _MAX_BYLINE_UNDER_DECK and is_byline(" ".join(element.text_content().split()))


def is_classed_first_paragraph(element: HtmlElement) -> bool:
    """Whether the element is classed as the story's first paragraph
    (``FIRST_PARAGRAPH_CLASS_WORDS``: Newsquest's "article-first-paragraph")."""
    classes = (element.get("class") or "").lower()
    return any(word in classes for word in FIRST_PARAGRAPH_CLASS_WORDS)


def _under_deck_paragraphs(element: HtmlElement) -> int:
    """How many paragraphs the block under a deck holds, counted up to two: one may be the
    story's next paragraph, two short ones the byline's name and date lines."""
    return len(list(itertools.islice(element.iter("p"), 2)))


def _heads_no_text(heading: HtmlElement) -> bool:
    """Whether what follows ``heading`` is no section's text: a short line or block that is
    no paragraph (the byline and date under a deck), or nothing."""
    following = next_element(heading)
    if following is None:
        return True
    return (
        following.tag not in _SECTION_TEXT_TAGS and _text_length(following) < _MAX_LINE_UNDER_DECK
    )


def _alone_in_wrappers(element: HtmlElement, block: HtmlElement) -> HtmlElement:
    """The outermost wrapper inside ``block`` that holds ``element`` and nothing else."""
    while element is not block:
        parent = element.getparent()
        if parent is None or parent is block or len(parent) != 1:
            break
        element = parent
    return element


def _summary_opening(element: HtmlElement) -> HtmlElement | None:
    """``element`` or the first element opening it, a few levels down, when it is a
    standfirst: classed as a summary, or classed as a standfirst and holding a list."""
    for _ in range(_STANDFIRST_DEPTH):
        # (its class, or a component name under hashed classes: the Post's
        # "<h2 data-qa="subheadline" class="wpds-c-gxtXUc">")
        names = [element.get(attribute) for attribute in CUE_ATTRIBUTES]
        if holds_token(SUMMARY_STANDFIRST_TOKENS, *names) or (
            holds_token(STANDFIRST_TOKENS, *names)
            and next(element.iter("ul", "ol"), None) is not None
        ):
            return element
        if (element.text and element.text.strip()) or not len(element):
            return None  # (text of its own before any child: the wrapper is no layout div)
        element = element[0]
    return None


def _opens_with_heading(element: HtmlElement) -> bool:
    """Whether ``element``'s first child is a subheading, no text before it."""
    first = next(element.iterchildren(lxml.etree.Element), None)
    return (
        first is not None
        and first.tag in SUBHEADING_TAGS
        and not (element.text and element.text.strip())
    )


def _opening_summary(block: HtmlElement) -> list[HtmlElement]:
    """The short block classed as a summary that opens the story's block (its headline
    outside it), no text before it and the story after it: the standfirst over the story
    ("<strong class="media_end_summary">...<br>...</strong><br><br>..."). (Not one under a
    heading of its own: a release's first section, "<section class="summary"><h2>概要</h2>
    <p>...", as the sections after it are.)"""
    opening = block[0]
    if (block.text and block.text.strip()) or opening.tag == "p" or _opens_with_heading(opening):
        return []
    if not holds_token(OPENING_SUMMARY_TOKENS, opening.get("class")):
        return []
    length = _text_length(opening)
    if not length or length > _MAX_OPENING_SUMMARY:
        return []
    rest = _text_length(block) - length
    return [opening] if rest > length * _MIN_STORY_AFTER_SUMMARY else []


def _described_standfirst(block: HtmlElement) -> list[HtmlElement]:
    """The block opening the story's block (its headline outside it), classed as a summary
    or an overview, when its text is the page's declared description: the standfirst the
    page sets over the story ("<div class="article__text__overview"><span>..."); or a
    wrapper of one paragraph classed as the lead reading so (``_is_described_lead``: "<div
    class="publication-lead"><p>...", the byline and lead picture between it and the
    headline)."""
    opening = next(block.iterchildren(lxml.etree.Element), None)
    if opening is None:
        return []
    if opening.tag == "p":
        return [opening] if _is_bold_described_lead(opening) else []
    if _is_described_lead(opening):
        return [opening]
    names = [opening.get(attribute) for attribute in CUE_ATTRIBUTES]
    if not holds_token(DESCRIBED_STANDFIRST_TOKENS, *names):
        return []
    text = " ".join(opening.text_content().split())
    return [opening] if text and _is_declared_description(opening, text) else []


def _described_in_intro_header(block: HtmlElement) -> list[HtmlElement]:
    """The block after the heading in the ``<header>`` opening the story's block (no
    ``<h1>`` on the page), before any paragraph, whose text is the page's declared
    description: the standfirst under the headline shown as a kicker and title ("<header
    data-area="intro"><h2>...</h2><div class="RichText"><strong>...</strong></div>")."""
    header = next(block.iterchildren(lxml.etree.Element), None)
    if header is None or header.tag != "header":
        return []
    children = header.iterchildren(lxml.etree.Element)
    heading = next(children, None)
    if heading is None or heading.tag not in SUBHEADING_TAGS:
        return []
    for child in itertools.islice(children, _STANDFIRST_SIBLINGS):
        text = " ".join(child.text_content().split())
        if text and _is_declared_description(child, text):
            return [child]
        if child.tag == "p":
            return []
    return []


def _is_bold_described_lead(paragraph: HtmlElement) -> bool:
    """A paragraph wholly in bold, classed or named as the lead and reading as the page's
    declared description ("<p class="lead"><strong>...</strong></p>", "<p
    data-testid="ArticleBody.Intro">"), or, whatever its class, the one a declared
    description was rewritten from (``_is_rewritten_description``): the standfirst set in
    bold over the story. (A lead in plain type, or an unclassed one that the description
    only repeats or cuts short, often opens the story itself.)"""
    if not is_wholly_in_child(paragraph, BOLD_TAGS):
        return False
    text = " ".join(paragraph.text_content().split())
    if not text:
        return False
    if holds_token(DESCRIBED_LEAD_TOKENS, *_component_names(paragraph)) or _is_set_large(paragraph):
        return _is_declared_description(paragraph, text)
    return _is_rewritten_description(paragraph, text)


def _is_set_large(paragraph: HtmlElement) -> bool:
    """Whether the paragraph is set in larger type than the story's: classed so ("<p
    class="has-medium-font-size">"), or styled in a larger keyword size, a relative size
    above the base type's, or one above the next paragraph's in the same unit."""
    if LARGE_TYPE_CLASSES.intersection((paragraph.get("class") or "").split()):
        return True
    size = _font_size(paragraph)
    if size is None:
        return False
    value, unit = size
    if unit in LARGE_TYPE_SIZES or value > _BASE_SIZES.get(unit, float("inf")):
        return True
    following = next_element(paragraph)
    other = _font_size(following) if following is not None and following.tag == "p" else None
    return other is not None and other[1] == unit and value > other[0]


def _font_size(element: HtmlElement) -> tuple[float, str] | None:
    """The element's inline font size: its number and unit, or 0 and a keyword."""
    match = _FONT_SIZE.search(element.get("style") or "")
    if match is None:
        return None
    number, unit, keyword = match.groups()
    if keyword is not None:
        return 0.0, keyword.lower()
    try:
        return float(number), unit.lower()
    except ValueError:
        return None  # ("1.2.3px")


def _is_declared_description(element: HtmlElement, text: str, *, opening: bool = False) -> bool:
    """Whether ``text`` (of ``element``'s page) is one of the page's declared descriptions,
    or, with ``opening``, opens with one (its closing full stop aside)."""
    for declared in _declared_descriptions(element):
        if declared == text:
            return True
        start = declared.rstrip(_SENTENCE_CLOSE)
        if opening and len(start) >= _MIN_DESCRIPTION_OPENING and text.startswith(start):
            return True
    return False


def _is_rewritten_description(element: HtmlElement, text: str) -> bool:
    """Whether one of the page's declared descriptions was written from ``text``, neither
    repeating it nor cutting it short (as a CMS excerpts a story's first paragraph) but
    holding most of its words in their order (``_holds_description_words``)."""
    return any(
        not text.lower().startswith(declared.rstrip(_SENTENCE_CLOSE).lower())
        and _holds_description_words(text, declared)
        for declared in _declared_descriptions(element)
    )


def _declared_descriptions(element: HtmlElement) -> list[str]:
    """The descriptions ``element``'s page declares in its metas, whitespace collapsed."""
    metas = _HEAD_METAS(element.getroottree())
    if not isinstance(metas, list):
        return []
    return [
        " ".join((meta.get("content") or "").split())
        for meta in metas
        if isinstance(meta, HtmlElement)
        and (meta.get("name") or meta.get("property") or "").lower() in _DESCRIPTION_NAMES
    ]


def _holds_description_words(text: str, declared: str) -> bool:
    """Whether ``text`` holds most of ``declared``'s words in their order, and is not much
    longer: the standfirst the description was trimmed from ("Die USA erhöhen die Zölle auf
    europäische Autos auf 25 Prozent. ..." for "Die USA erhöhen die Zölle auf europäische
    Autos. ...")."""
    words = _WORD.findall(text.lower())
    declared_words = _WORD.findall(declared.lower())
    if not declared_words or len(words) > len(declared_words) * _MAX_DESCRIPTION_STRETCH:
        return False
    matcher = difflib.SequenceMatcher(None, declared_words, words, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared >= len(declared_words) * _MIN_DESCRIPTION_WORD_SHARE


def _is_described_lead(element: HtmlElement) -> bool:
    """A wrapper holding a single paragraph and nothing else, or its bare text alone, classed
    as the story's lead or intro, whose text is the page's declared description or opens with
    it: the standfirst a page sets apart from the story's paragraphs, as a field or component
    of its own ("<div class="field--name-field-lead"><p>...</p></div>" before "<div
    class="field--name-body">", "<div class="component intro"><p>" under the headline's,
    "<div class="item-lead">..." between the lead picture and the story's block). (A paragraph
    classed so opens the story: readers of such pages take it as its first.)"""
    if element.tag == "p":
        return False
    names = [element.get(attribute) for attribute in CUE_ATTRIBUTES]
    if not holds_token(DESCRIBED_LEAD_TOKENS, *names):
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if any(child.tag in _LEAD_BLOCK_TAGS for child in children):
        if (element.text or "").strip() or len(children) != 1 or children[0].tag != "p":
            return False
        if (children[0].tail or "").strip():
            return False
    text = " ".join(element.text_content().split())
    return bool(text) and _is_declared_description(element, text, opening=True)


def is_described_paragraph(element: HtmlElement) -> bool:
    """A paragraph classed as a description, a summary or the lead whose text is the page's
    declared description ("<p class="article-description">" between the byline and the story's
    block), perhaps after a stamp of its own ("<p class="description"><span>Hà Nội</span>Từ
    ngày ..."): the standfirst, set apart from the story."""
    if element.tag != "p" or not holds_token(_DESCRIBED_PARAGRAPH_TOKENS, element.get("class")):
        return False
    text = " ".join(element.text_content().split())
    if not text:
        return False
    if _is_declared_description(element, text):
        return True
    if len(element) == 0 or (element.text or "").strip() or not isinstance(element[0].tag, str):
        return False
    # (the text after the stamp opening the paragraph, its first child)
    stamp = element[0].text_content()
    rest = " ".join(element.text_content()[len(stamp) :].split())
    return _is_declared_description(element, rest) or _is_stamped_description(
        element, " ".join(stamp.split()), rest
    )


def _is_stamped_description(element: HtmlElement, stamp: str, rest: str) -> bool:
    """Whether one of the page's declared descriptions is ``rest`` under the same place
    ``stamp``, the two joined by a dash as a dateline ("Hà Nội - Từ ngày ..." for the
    paragraph's "<span>Hà Nội</span>Từ ngày ...")."""
    if not stamp or not rest:
        return False
    for declared in _declared_descriptions(element):
        if not declared.startswith(stamp):
            continue
        after_stamp = declared[len(stamp) :].lstrip()
        if after_stamp.startswith(DATELINE_DASHES) and after_stamp[1:].lstrip() == rest:
            return True
    return False


def _text_length(element: HtmlElement) -> int:
    """The length of the element's text, its whitespace collapsed."""
    return len(" ".join(element.text_content().split()))
