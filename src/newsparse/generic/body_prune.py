"""Pruning inside the story's blocks: hidden, boilerplate-named, overlay, media and
link-dominated blocks are added to a skip set (the tree itself is never modified)."""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.etree
import lxml.html

from newsparse.generic.article_urls import leads_to_quote_page
from newsparse.generic.body_boxes import button_boxes, form_boxes
from newsparse.generic.body_cards import is_profile_card_bio
from newsparse.generic.body_charts import is_chart_frame_box, is_chart_source, is_drawn_graphic
from newsparse.generic.body_cues import (
    CAPTION_CLASS_WORD,
    CHART_BOX_PARTS,
    CHART_SURFACE_PARTS,
    CREDIT_CLASS_WORD,
    DISCLAIMER_BOX_TOKENS,
    FACT_BOX_EXCLUDED_TAGS,
    GALLERY_CLASS_WORDS,
    GATED_CLASS_WORDS,
    HEADING_TAGS,
    IMAGE_TAGS,
    MEDIA_BOX_PARTS,
    MEDIA_CLASS_TOKENS,
    MEDIA_CLASS_WORDS,
    MEDIA_TAGS,
    NEGATIVE_CLASS_WORDS,
    NON_STORY_TAGS,
    OVERLAY_CLASS_WORDS,
    PICTURE_BOX_PARTS,
    PICTURE_CREDIT_PARTS,
    PICTURE_TAGS,
    PRICE_CHIP_SIGNS,
    PRICE_CHIP_TOKENS,
    QUOTE_ATTRIBUTION_TAGS,
    QUOTE_WIDGET_HINT,
    QUOTE_WIDGET_TAGS,
    QUOTE_WIDGET_TOKENS,
    SOURCE_LIST_LABELS,
    TABLE_SOURCE_LABELS,
    TITLE_CLASS_PARTS,
)
from newsparse.generic.body_embed_frames import embed_frame_furniture
from newsparse.generic.body_links import is_linked_line, is_self_anchor_heading
from newsparse.generic.body_lists import is_linked_point
from newsparse.generic.body_match_boxes import match_widget_boxes
from newsparse.generic.body_price_boxes import price_widget_boxes
from newsparse.generic.body_tables import (
    headed_tables_emptied,
    is_data_table_box,
    is_headed_table_part,
    is_linked_cell,
    is_picture_table,
)
from newsparse.generic.body_widgets import (
    contact_card,
    frame_widget,
    is_table_widget_link,
    stats_widget,
)
from newsparse.generic.body_wrappers import MEDIA_WORDS, is_beside_story
from newsparse.generic.classes import (
    holds_token,
    kind_of_class_and_id,
    names_fact_box,
    token_parts,
)
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import CONTENT_TOKENS, LIVE_PARTS
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.patterns import one_of
from newsparse.generic.scoring import (
    INVISIBLE_TAG_SET,
    NEGATIVE_TOKENS,
    Scores,
    class_words_pattern,
    names_have_word,
)
from newsparse.generic.teasers import cards_of, holds_link, is_teaser_grid
from newsparse.generic.text import is_post_card, is_quoted_post
from newsparse.generic.visibility import is_hidden
from newsparse.memo import Memo
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import has_ancestor_in, next_element, previous_element

HtmlElement = lxml.html.HtmlElement

_PRUNE_WORDS = (*NEGATIVE_CLASS_WORDS, *MEDIA_CLASS_WORDS, *OVERLAY_CLASS_WORDS)
_NEGATIVE_OR_MEDIA = class_words_pattern(_PRUNE_WORDS)
_PRUNE_TOKENS = NEGATIVE_TOKENS | frozenset(_PRUNE_WORDS) | MEDIA_CLASS_TOKENS
# Names of media blocks that may hold a gallery's own text, and the names that rule that out.
_GALLERY = re.compile(one_of(GALLERY_CLASS_WORDS))
_NOT_GALLERY_TEXT_WORDS = tuple(word for word in _PRUNE_WORDS if word not in GALLERY_CLASS_WORDS)
_NOT_GALLERY_TEXT = re.compile(one_of(_NOT_GALLERY_TEXT_WORDS))
_NOT_GALLERY_TEXT_TOKENS = NEGATIVE_TOKENS | frozenset(_NOT_GALLERY_TEXT_WORDS) | MEDIA_CLASS_TOKENS

# A picture's box holds at most this much text (its caption and controls).
_MAX_PICTURE_BOX_TEXT = 300
# ...and no paragraph this long unless classed as its caption.
_MAX_CONTROL_LINE = 40
# Blocks whose text is mostly link text are navigation, teasers or tag lists.
_MAX_LINK_DENSITY = 0.75
# A boilerplate-named block is kept when it holds this share of the story's text (a wrapper).
_WRAPPER_SHARE = 0.6
# Blocks of one make dropped for their class alone, each holding paragraphs, that hold this
# share of the story are its sections.
_NAMED_STORY_SHARE = 0.5
_MIN_SECTION_PARAGRAPH = 80
# ...when the rest of the block keeps less than this much of the story's prose.
_MIN_KEPT_STORY = 200
# An embed wrapper is kept when one quote holds this share of its text, with few links.
_QUOTE_SHARE = 0.6
_MAX_QUOTE_LINK_DENSITY = 0.5
# A paragraph with fewer links than this is prose whatever its class says.
_PROSE_LINK_DENSITY = 0.3
# A paywall's block of the story's visible paragraphs holds at most this many.
_MAX_GATED_PARAGRAPHS = 3
# A flagged block is kept when this share of its text is prose.
_PROSE_SHARE = 0.5
# ... and at least this much of it (a newsletter box's one-line pitch is not a section).
_MIN_SECTION_PROSE = 150
# A stock quote's widget inside a sentence holds at most this much text ("-0.76%Add to
# watchlist"); a pull quote is longer.
_MAX_QUOTE_WIDGET_TEXT = 40
# A price chip's whole text: a signed change ("-11,8 %", "+0.5%") or price ("-1.24", "+$3.10").
_PRICE_CHIP = re.compile(r"[+\-−–] ?(?:\d+(?:[.,]\d+)? ?%|[$€£]?\d+[.,]\d+)")
_MAX_PRICE_CHIP_TEXT = 16
# A review's credit box holds this many paragraphs at least (a picture's credit is a line).
_MIN_CREDIT_BOX_LINES = 3
# A fact box's links make less than this share of its text.
_FACT_BOX_LINK_DENSITY = 0.2
# A fact box's neighbours: how many ads and teasers are passed on each side to find the
# story's paragraph, the kinds of such blocks, and the link share of a teaser's text.
_MAX_SKIPPED_NEIGHBOURS = 2
_INSERTED_KINDS = frozenset({Kind.AD, Kind.READ_ALSO, Kind.RELATED})
_INSERTED_LINK_DENSITY = 0.5
# A picture's credit line under it is this long at most ("Google Maps / Via google.com").
_MAX_PICTURE_CREDIT = 80
# ...and an embedded post's box before it this much text (its words, its author's line).
_MAX_EMBED_BOX_TEXT = 1000
# A sources label over their list is this long at most, its count in brackets after it.
_MAX_SOURCES_LABEL = 40
_SOURCES_COUNT = re.compile(r"\s*[(\[]\s*\d+\s*[)\]]\s*$")
# The tags of a list.
_LIST_TAGS = frozenset({"ul", "ol"})
# A table's source line is this long at most (characters).
_MAX_TABLE_SOURCE = 200


def is_quote_attribution(element: HtmlElement) -> bool:
    """A ``<footer>`` or ``<figcaption>`` inside a ``<blockquote>``, or in a ``<figure>``
    holding one: the quote's attribution ("Professor Ada Lowe, co-author"), a line of the
    story."""
    if element.tag not in QUOTE_ATTRIBUTION_TAGS:
        return False
    parent = element.getparent()
    if parent is None:
        return False
    if parent.tag == "blockquote":
        return True
    return (
        parent.tag == "figure"
        and next(parent.iterchildren("blockquote"), None) is not None
        and next(parent.iter(*PICTURE_TAGS), None) is None
    )


def is_negative(element: HtmlElement) -> bool:
    """True for boilerplate-named blocks and media blocks (captions, credits, galleries); a
    ``<figure>`` that shows no picture (a fact box, a list: "Key facts") is no media block,
    nor a quote's attribution."""
    if is_quote_attribution(element):
        return False
    if element.tag in MEDIA_TAGS and (
        element.tag != "figure" or next(element.iter(*PICTURE_TAGS), None) is not None
    ):
        return True
    # (most elements of a story carry no attributes: no class, no id to read; a
    # subheading's id is its anchor, a slug of its words, and names nothing)
    return (
        bool(element.keys())
        and _NEGATIVE_NAMES[
            element.get("class") or "",
            (element.get("id") or "") if element.tag not in SUBHEADING_TAGS else "",
        ]
    )


def _is_table_source(element: HtmlElement, scores: Scores) -> bool:
    """A short line opened by a source label right after a table or its box, among the
    story's lines ("<table>...</table><p class="caption-table">Fonte: Receita Federal</p>
    <h2>..."): the table's source, a line of the story whatever its class (a picture's
    caption goes, and so does a caption closing the table's own box or figure)."""
    previous = previous_element(element)
    if (
        previous is None
        or element.tag == "figcaption"
        or not 0 < scores.text_length.get(element, 0) <= _MAX_TABLE_SOURCE
        or (previous.tag != "table" and next(previous.iter("table"), None) is None)
        # (in the story's run of lines, not closing the table's own box: "<div class=
        # "table-container"><table>...</table><p class="table-caption">Source: ...")
        or (next_element(element) is None and previous_element(previous) is None)
    ):
        return False
    label, colon, _ = subtree_text(element).partition(":")
    return bool(colon) and " ".join(label.split()).casefold() in TABLE_SOURCE_LABELS


def _is_picture_box(element: HtmlElement) -> bool:
    """A wrapper named after a picture ("<div class="articlePhotoC">", "<div class="Image">")
    holding one picture beside a little text: the picture's caption and controls. Not a
    listicle's item around its picture ("subbuzz-image": a heading, a paragraph of prose).
    A box named for any medium ("<div class="media">") is a picture's when it also holds the
    picture's credit."""
    classes = element.get("class")
    if not classes or element.tag == "p":
        return False
    parts = _class_parts(classes)
    names_media = parts.isdisjoint(PICTURE_BOX_PARTS)
    if names_media and parts.isdisjoint(MEDIA_BOX_PARTS):
        return False
    pictures = element.iter("img")
    if next(pictures, None) is None or next(pictures, None) is not None:
        return False
    if names_media and not _holds_picture_credit(element):
        return False
    return next(element.iter(*HEADING_TAGS), None) is None and all(
        CAPTION_CLASS_WORD in (paragraph.get("class") or "").lower()
        or len(subtree_text(paragraph).strip()) < _MAX_CONTROL_LINE
        for paragraph in element.iter("p")
    )


def _is_chart_box(element: HtmlElement) -> bool:
    """A wrapper named after a chart ("<div class="c-chart">") holding the empty surface a
    script draws the chart on (a ``<canvas>``, "<div class="c-chart__canvas"
    data-chart-id="...">") beside a little text: the chart's title and its credit
    ("Quelle: Handelsblatt Research"), furniture like a picture's caption. Not a box that
    holds a table: a table's source line is the table's."""
    classes = element.get("class")
    if not classes or element.tag == "p" or _class_parts(classes).isdisjoint(CHART_BOX_PARTS):
        return False
    if next(element.iter("table"), None) is not None:
        return False
    return any(_is_chart_surface(part) for part in element.iterdescendants())


def _is_chart_surface(element: HtmlElement) -> bool:
    """A ``<canvas>``, or an empty element classed as a chart's canvas or plot."""
    if element.tag == "canvas":
        return True
    classes = element.get("class") if isinstance(element.tag, str) else None
    return (
        classes is not None
        and not _class_parts(classes).isdisjoint(CHART_SURFACE_PARTS)
        and not subtree_text(element).strip()
    )


def _class_parts(classes: str) -> set[str]:
    """The parts of all the class tokens in ``classes`` ("media__copyright" -> media,
    copyright)."""
    return {part for token in classes.split() for part in token_parts(token)}


def _is_credit_under_picture(element: HtmlElement, scores: Scores) -> bool:
    """A short line classed as a credit (``PICTURE_CREDIT_PARTS``) right after a picture's
    box (a picture and a caption's worth of text at most) or an embedded post, none in it
    ("<div class="subbuzz-image__wrapper"><img></div><div class="subbuzz__attribution">
    Netflix / Via youtube.com</div>"): the picture's credit, wherever it stands (a pull
    quote's attribution after its quote stays)."""
    classes = element.get("class")
    if not classes or not any(part in classes.lower() for part in PICTURE_CREDIT_PARTS):
        return False  # (the cheap test first)
    if PICTURE_CREDIT_PARTS.isdisjoint(_class_parts(classes)):
        return False
    previous = previous_element(element)
    if previous is None or next(element.iter(*PICTURE_TAGS), None) is not None:
        return False
    shown = scores.text_length.get(previous, 0)
    if shown > _MAX_EMBED_BOX_TEXT:
        return False
    if any(is_quoted_post(quote) for quote in previous.iter("blockquote")):
        return True
    return shown <= _MAX_PICTURE_BOX_TEXT and (
        previous.tag in MEDIA_TAGS or next(previous.iter(*PICTURE_TAGS), None) is not None
    )


def _holds_picture_credit(element: HtmlElement) -> bool:
    """Whether a part of the box is classed as a picture's credit ("media__copyright")."""
    return any(
        not PICTURE_CREDIT_PARTS.isdisjoint(_class_parts(part.get("class") or ""))
        for part in element.iterdescendants()
        if isinstance(part.tag, str)
    )


def _is_link_card(element: HtmlElement, scores: Scores) -> bool:
    """Whether the element is a card of another story: all its text in links, every link
    to one address, a picture among them."""
    if not scores.holds_links_only(element) or next(element.iter("img"), None) is None:
        return False
    addresses = {(link.get("href") or "").strip() for link in element.iter("a")}
    return len(addresses) == 1 and "" not in addresses


def _negative_names(names: tuple[str, str]) -> bool:
    """Whether class and id values name boilerplate or media (not when a whole class name
    names the story's own container: BLOX's "subscriber-preview" holds the story's lede)."""
    classes = names[0]
    if not CONTENT_TOKENS.isdisjoint(classes.lower().split()):
        return False
    if "omment" in classes and _LIVE_COMMENTARY.search(classes):
        # (a live page's entries: "live-event2-comment" is the newsroom's commentary)
        classes = _LIVE_COMMENTARY.sub(" ", classes)
    return names_have_word(classes, names[1], _NEGATIVE_OR_MEDIA, _PRUNE_TOKENS)


# A class token of a live page's entry named a comment (see ``LIVE_PARTS``).
_LIVE_COMMENTARY = re.compile(
    rf"(?<!\S)(?:{'|'.join(sorted(LIVE_PARTS, key=len, reverse=True))})[-_]\S*comment\S*",
    re.I,
)


# (pages repeat class values, and the search runs through many words)
_NEGATIVE_NAMES = Memo(_negative_names, 8192)


def _is_embedded_quote(element: HtmlElement, scores: Scores) -> bool:
    """An embed wrapper (often named "widget" or "social") around one quoted post: a tweet's
    words quoted in the story belong to it. (A comment thread quoting someone does not
    qualify: the quote is a small part of it.)"""
    quotes = list(element.iter("blockquote"))
    if len(quotes) != 1:
        return False
    length = scores.text_length.get(element, 0)
    return (
        scores.text_length.get(quotes[0], 0) >= length * _QUOTE_SHARE
        and scores.link_density(element) < _MAX_QUOTE_LINK_DENSITY
    )


def _is_story_paragraph(element: HtmlElement, scores: Scores) -> bool:
    """A <p> that reads as prose: its class ("paywall", "premium") does not make it
    boilerplate, gated stories mark every paragraph so."""
    if element.tag != "p" or CAPTION_CLASS_WORD in (element.get("class") or "").lower():
        return False  # (but a picture's caption is written as a sentence too)
    unit = scores.unit_of.get(element)
    return unit is not None and unit.prose_score > 0 and unit.link_density < _PROSE_LINK_DENSITY


def _is_credit_box(element: HtmlElement, scores: Scores) -> bool:
    """A block named for credits that belongs to no picture: several paragraphs of text,
    hardly a link, no picture in it or right before it, and no other boilerplate or media
    word in its names (a review's "<div class="c-review-credits"><p>Production: ...</p><p>
    Crew: ...</p><p>With: ...</p></div>" closing the story): the story's box of facts."""
    classes = element.get("class") or ""
    if CREDIT_CLASS_WORD not in classes.lower() or element.tag in MEDIA_TAGS:
        return False
    lines = [child for child in element if child.tag == "p"]
    if len(lines) < _MIN_CREDIT_BOX_LINES or next(element.iter(*PICTURE_TAGS), None) is not None:
        return False
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is not None and (
        previous.tag in MEDIA_TAGS or next(previous.iter(*PICTURE_TAGS), None) is not None
    ):
        return False
    others = " ".join(word for word in classes.split() if CREDIT_CLASS_WORD not in word.lower())
    return (
        scores.link_density(element) < _FACT_BOX_LINK_DENSITY
        and not _NEGATIVE_NAMES[others, element.get("id") or ""]
    )


def _is_titled_subheading(element: HtmlElement, scores: Scores) -> bool:
    """A heading classed as a title over a paragraph of the story ("<h2
    class="gallery__slide-title">3. ...</h2><p>Built in 1911 ...</p>"): a slide's own
    section of the story, not a caption, whatever media word its class holds."""
    if element.tag not in HEADING_TAGS:
        return False
    parts = {part for token in (element.get("class") or "").split() for part in token_parts(token)}
    if parts.isdisjoint(TITLE_CLASS_PARTS):
        return False
    following = next_element(element)  # (a comment between them passed over)
    return (
        following is not None
        and not is_negative(following)
        and _is_story_paragraph(following, scores)
    )


def _is_story_class_subheading(element: HtmlElement, scores: Scores) -> bool:
    """A subheading over a paragraph of the story that carries the same class as that
    paragraph ("<h2 class="paywall">...</h2><p class="paywall">...": Condé Nast classes every
    block of the story so): the story's own heading, whatever its class says."""
    if element.tag not in SUBHEADING_TAGS or not element.get("class"):
        return False
    following = next_element(element)  # (a comment between them passed over)
    return (
        following is not None
        and following.get("class") == element.get("class")
        and _is_story_paragraph(following, scores)
    )


def _is_story_class_paragraph(element: HtmlElement, scores: Scores) -> bool:
    """A short <p> beside a paragraph of the story that carries the same class ("<p
    class="paywall"><strong>What comes next?</strong></p>" over "<p class="paywall">...":
    Condé Nast classes every paragraph of the story so): a short question, quote or credit
    of the story, whatever its class says."""
    classes = element.get("class")
    if element.tag != "p" or not classes:
        return False
    return any(
        neighbour is not None
        and neighbour.get("class") == classes
        and _is_story_paragraph(neighbour, scores)
        for neighbour in (previous_element(element), next_element(element))
    )


def _is_unlinked_tags_heading(element: HtmlElement) -> bool:
    """A subheading (h2-h6) classed as tags that holds no link: no list of tags but the
    story's own subheading, its class split by camelCase humps ("<h3 class="edTag">Interview
    highlights</h3>" reads "ed" + "tag")."""
    return (
        element.tag in SUBHEADING_TAGS
        and element.get("class") is not None
        and next(element.iter("a"), None) is None
        and kind_of_class_and_id(element.get("class"), None) is Kind.TAGS
    )


def is_gated_text(element: HtmlElement, scores: Scores) -> bool:
    """A block named after the paywall that holds only paragraphs of prose and nothing to
    act on (no link): the part of a paid story readers see before the offer."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        bool(children)
        and len(children) <= _MAX_GATED_PARAGRAPHS
        and _names_gate(element)
        and not (element.text or "").strip()
        and all(_is_story_paragraph(child, scores) for child in children)
        and next(element.iter("a"), None) is None
        and next(element.iterancestors("a"), None) is None
    )


def _names_gate(element: HtmlElement) -> bool:
    """Whether the element's class or id names a paywall's gated part."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return any(word in names for word in GATED_CLASS_WORDS)


def _is_gallery_text(element: HtmlElement, scores: Scores) -> bool:
    """A block named after a gallery that holds prose and no picture, and no other
    boilerplate or caption word, nor any inside it (the slides' legends and credits): the
    gallery's introduction ("GalleryPage-description")."""
    classes, ident = element.get("class") or "", element.get("id") or ""
    return (
        bool(_GALLERY.search(f"{classes} {ident}".lower()))
        and not names_have_word(classes, ident, _NOT_GALLERY_TEXT, _NOT_GALLERY_TEXT_TOKENS)
        and next(element.iter(*IMAGE_TAGS), None) is None
        and _is_mostly_prose(element, scores)
        and not any(is_negative(inner) for inner in element.iterdescendants())
    )


def _is_story_section(element: HtmlElement, scores: Scores) -> bool:
    """True when a block another stage judged boilerplate reads as a section of the story:
    mostly prose, and not a grid of teaser cards (whose blurbs are prose too)."""
    if not _is_mostly_prose(element, scores):
        return False
    text, links = scores.text_length, scores.link_length
    # (the scoring counts the text of its units only: a card's linked title may be none)
    return not is_teaser_grid(
        cards_of(element), holds_link, lambda card: text.get(card, 0) - links.get(card, 0)
    )


def is_disclaimer_box(element: HtmlElement) -> bool:
    """A flagged box classed as the outlet's disclaimer ("articleDisclaimer"): its notice
    on its owners or its advice, however much prose it holds, never a section of the story.
    (A paragraph so classed is the story's own closing line: an opinion's note on its
    author, "... jest pedagożką ... Tekst wyraża poglądy autorki ...", stays.)"""
    return element.tag != "p" and holds_token(
        DISCLAIMER_BOX_TOKENS, element.get("class"), element.get("id")
    )


def _is_fact_box(element: HtmlElement, scores: Scores) -> bool:
    """An <aside> inside the story named as a fact box, with text and hardly a link, or one
    set between the story's paragraphs holding a heading over text without a link or a
    control: the story's own list of facts or tips, not the page's furniture."""
    return (
        element.tag == "aside"
        and scores.text_length.get(element, 0) > 0
        and scores.link_density(element) < _FACT_BOX_LINK_DENSITY
        and (
            names_fact_box(element.get("class"), element.get("id"))
            or _is_unnamed_fact_box(element, scores)
        )
    )


def _is_unnamed_fact_box(element: HtmlElement, scores: Scores) -> bool:
    """An <aside> between two of the story's paragraphs holding a heading and a list or a
    paragraph, no link and no control ("<aside class="n-content-layout"><h3>Private credit
    in numbers</h3><ul><li>$1.7tn: ...</li></ul></aside>"): a box of the story's facts. An
    ad or a link to another story set beside it does not part it from the paragraphs."""
    return (
        _is_between_story_paragraphs(element, scores)
        and next(element.iter(*SUBHEADING_TAGS), None) is not None
        and next(element.iter("ul", "ol", "p"), None) is not None
        and next(element.iter(*FACT_BOX_EXCLUDED_TAGS), None) is None
    )


def _widget_of(element: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The site's widget ``element`` tells between the story's paragraphs: a stats widget
    around a list of labels and values, a contact card around a phone link read as a button,
    the lone link closing a data table's box, or an embed frame's box whole, its label with
    it, told by its closing link (``body_widgets``); else None. (Only a ``<dl>`` and a link are asked: most elements are neither.)"""
    if element.tag == "dl":
        box = stats_widget(element)
    elif element.tag == "a":
        if is_table_widget_link(element):
            return element
        box = frame_widget(element)
        if box is not None:
            return box
        box = contact_card(element)
    else:
        return None
    return box if box is not None and _is_between_story_paragraphs(box, scores) else None


def _is_between_story_paragraphs(element: HtmlElement, scores: Scores) -> bool:
    """Whether the story's paragraphs stand on both sides of ``element``, bare or each in a
    wrapper of its own, an ad or a teaser between them passed."""
    before = _story_neighbour(element, scores, after=False)
    after = _story_neighbour(element, scores, after=True)
    return (
        before is not None
        and after is not None
        and _is_paragraph_or_its_wrapper(before)
        and _is_paragraph_or_its_wrapper(after)
    )


def _is_paragraph_or_its_wrapper(element: HtmlElement) -> bool:
    """A ``<p>``, or a wrapper holding one ``<p>`` and nothing else (an Arc page's "<div
    class="article-body"><p data-el="text">...</p></div>", one per paragraph)."""
    if element.tag == "p":
        return True
    if len(element) != 1 or (element.text or "").strip():
        return False
    child = element[0]
    return child.tag == "p" and not (child.tail or "").strip()


def _story_neighbour(element: HtmlElement, scores: Scores, *, after: bool) -> HtmlElement | None:
    """The element's nearest sibling on one side past an ad or a block of links (a "Read
    also" teaser: "<div class="inline-teaser"><span>Lesen Sie auch</span><a>...</a></div>")."""
    sibling = element.getnext() if after else element.getprevious()
    for _ in range(_MAX_SKIPPED_NEIGHBOURS):
        if (
            sibling is None
            or _is_paragraph_or_its_wrapper(sibling)
            or not _is_inserted_block(sibling, scores)
        ):
            break
        sibling = sibling.getnext() if after else sibling.getprevious()
    return sibling


def _is_inserted_block(element: HtmlElement, scores: Scores) -> bool:
    """A block set into the story that is no text of it: one classed as an ad or a link to
    other stories, or one whose text is mostly a link's."""
    if kind_of_class_and_id(element.get("class"), element.get("id")) in _INSERTED_KINDS:
        return True
    return (
        scores.text_length.get(element, 0) > 0
        and scores.link_density(element) >= _INSERTED_LINK_DENSITY
    )


def _is_price_chip(element: HtmlElement) -> bool:
    """A stock's signed change or price set inside a sentence, classed as a stock, ticker or
    quote chip, or right after the link to the stock's quote page ("<a
    href="/aktien/x-aktie/">X-Aktie</a> <span>-11,8 %</span> verlor")."""
    text = element.text
    if not text or len(element) or len(text) > _MAX_PRICE_CHIP_TEXT or element.tag == "a":
        return False
    text = text.strip()
    if not text or text[0] not in PRICE_CHIP_SIGNS or not _PRICE_CHIP.fullmatch(text):
        return False
    if holds_token(PRICE_CHIP_TOKENS, element.get("class")):
        return True
    previous = element.getprevious()
    return (
        previous is not None
        and previous.tag == "a"
        and not (previous.tail or "").strip()
        and leads_to_quote_page(previous.get("href", ""))
    )


def _is_quote_widget(element: HtmlElement) -> bool:
    """A live stock quote inside a sentence, after the linked name it prices ("S&P 500<span
    class="QuoteInBody-inlineButton">-0.76%<button>Add to watchlist</button></span>", a
    symbol's "<bg-quote>" value): a short figure and no link of its own. A part classed so
    inside a link is the linked name, the sentence's ("<a><span
    class="QuoteInBody-companyName">10-year Treasury</span></a>")."""
    if element.tag not in QUOTE_WIDGET_TAGS:
        classes = element.get("class")
        if (
            not classes
            or QUOTE_WIDGET_HINT not in classes
            or not holds_token(QUOTE_WIDGET_TOKENS, classes)
        ):
            return False
        if next(element.iterancestors("a"), None) is not None:
            return False
    text = subtree_text(element)
    return (
        len(text) <= _MAX_QUOTE_WIDGET_TEXT
        and any(character.isdigit() for character in text)
        and next(element.iter("a"), None) is None
    )


def _is_mostly_prose(element: HtmlElement, scores: Scores) -> bool:
    """True when most of the block's text is clean prose paragraphs, more than a promo's
    sentence, with few links: a section of the story, whatever another stage made of its
    name."""
    text = scores.text_length.get(element, 0)
    prose = scores.prose_length.get(element, 0)
    return (
        prose >= _MIN_SECTION_PROSE
        and prose >= text * _PROSE_SHARE
        # teasers (a linked title over each excerpt) are prose too, but link-heavy
        and scores.link_density(element) < _PROSE_LINK_DENSITY
    )


def _is_headline_badge(details: HtmlElement) -> bool:
    """A ``<details>`` set beside the ``<h1>`` in the story's ``<header>``: a status badge
    that opens on a click ("<details class="baseline-indicator"><summary>Newly available
    </summary>..."), no text of the story."""
    parent = details.getparent()
    return parent is not None and parent.tag == "header" and parent.find("h1") is not None


def _is_linked_for_heading_anchors(element: HtmlElement, scores: Scores, length: int) -> bool:
    """True when the block's links are mostly its headings' links to themselves, a docs
    page's section ("<h2><a href="#examples">Examples</a></h2>" over a table): without them
    the block is no link list."""
    anchored = sum(
        len(subtree_text(heading).strip())
        for heading in element.iter(*SUBHEADING_TAGS)
        if is_self_anchor_heading(heading)
    )
    return bool(anchored) and (
        scores.link_length.get(element, 0) - anchored <= length * _MAX_LINK_DENSITY
    )


def prune(
    block: HtmlElement,
    scores: Scores,
    story_length: int,
    skip: set[HtmlElement],
    *,
    links: bool = True,
    flagged: Collection[HtmlElement] = (),
    never_story: Collection[HtmlElement] = (),
) -> None:
    """Add to ``skip`` the hidden, boilerplate-named, non-story and (when ``links``)
    link-dominated blocks inside ``block``, and those in ``flagged`` (blocks another stage
    judged boilerplate; kept when they read as a section of the story, unless they are among
    ``never_story``); never one holding most of the story, which is a wrapper, unless it is
    among ``never_story``."""
    # (what readers do not see is never the story, however much of the text it holds)
    undisplayed = scores.undisplayed_to_skip(block)
    skip.update(form_boxes(block, scores))
    skip.update(button_boxes(block, scores, story_length))
    skip.update(price_widget_boxes(block, scores))
    skip.update(match_widget_boxes(block, scores))
    named: list[HtmlElement] = []  # (dropped for their class or kind alone)
    rows_gone: list[HtmlElement] = []  # (table rows dropped)
    lists_gone: list[HtmlElement] = []  # (lists dropped whole)
    walker = lxml.etree.iterwalk(block, events=("start",))
    for _event, element in walker:
        tag = element.tag
        if element is block or not isinstance(tag, str):
            continue
        if tag in INVISIBLE_TAG_SET:
            walker.skip_subtree()
            continue
        if element in undisplayed:
            skip.add(element)
            walker.skip_subtree()
            continue
        if element in never_story and not _is_unlinked_tags_heading(element):
            # (however much of the block they hold: readers' comments and a consent notice
            # may outweigh a short story)
            skip.add(element)
            walker.skip_subtree()
            continue
        if tag == "a" and (furniture := embed_frame_furniture(element)):
            # (an embedded post's frame for screen readers: its skip link, end anchor and
            # notices, whatever their words)
            skip.update(furniture)
            walker.skip_subtree()
            continue
        widget = _widget_of(element, scores)
        if widget is not None:
            skip.add(widget)
            walker.skip_subtree()
            continue
        if is_post_card(element):
            # (an embedded post's card: its words are linked, and it is read whole)
            walker.skip_subtree()
            continue
        length = scores.text_length.get(element, 0)
        if length >= story_length * _WRAPPER_SHARE and not is_beside_story(element, block, scores):
            continue
        if (
            (is_hidden(element) and element.get("id") not in scores.disclosed)
            or (
                tag in NON_STORY_TAGS
                and not _is_fact_box(element, scores)
                and not is_quote_attribution(element)
            )
            or tag == "form"
            or (tag == "table" and is_picture_table(element, scores))
            or (tag == "details" and _is_headline_badge(element))
            # (another story's card no line of text holds, set between the story's
            # paragraphs: its picture's link and its title's, "<div class="embedded-hyper">")
            or (links and not length and tag == "div" and _is_link_card(element, scores))
            or (
                0 < length <= _MAX_PICTURE_BOX_TEXT
                and (
                    _is_picture_box(element)
                    or _is_chart_box(element)
                    or is_chart_frame_box(element)
                    or is_chart_source(element)
                )
            )
            or (0 < length <= _MAX_PICTURE_CREDIT and _is_credit_under_picture(element, scores))
            or is_drawn_graphic(element, length)
            or _is_quote_widget(element)
            or _is_price_chip(element)
            or (
                links
                and length
                and tag not in HEADING_TAGS
                and scores.link_density(element) > _MAX_LINK_DENSITY
                and not is_linked_point(element, scores)
                and not is_linked_line(element, scores)
                and not is_linked_cell(element, scores)
                and not is_headed_table_part(element)
                and not _is_linked_for_heading_anchors(element, scores, length)
            )
        ):
            skip.add(element)
            walker.skip_subtree()
            if tag == "tr":
                rows_gone.append(element)
            elif tag in _LIST_TAGS:
                lists_gone.append(element)
        elif tag in SUBHEADING_TAGS and _is_unlinked_tags_heading(element):
            pass  # (the story's subheading: a list of tags is links)
        elif (element in flagged and _is_flagged_out(element, scores)) or (
            is_negative(element)
            and not _is_fact_box(element, scores)
            and not _is_story_paragraph(element, scores)
            and not _is_story_class_paragraph(element, scores)
            and not is_gated_text(element, scores)
            and not _is_embedded_quote(element, scores)
            and not _is_gallery_text(element, scores)
            and not _is_credit_box(element, scores)
            and not _is_titled_subheading(element, scores)
            and not _is_story_class_subheading(element, scores)
            and not _is_table_source(element, scores)
            and not is_data_table_box(element, scores)
        ):
            named.append(element)
            walker.skip_subtree()
        elif tag == "pre":
            # (a code block's highlighter names its parts, "token comment", "hljs-comment":
            # none is a block of the page)
            walker.skip_subtree()
    skip.update(named)
    skip.update(headed_tables_emptied(rows_gone, skip))
    skip.update(_sources_labels_over(lists_gone))
    sections = _named_sections(named, scores, story_length)
    if sections and _keeps_no_story(block, skip):
        skip.difference_update(sections)
        # (the blocks flagged inside them, never walked above, go as they would in the story:
        # a "Go deeper" link under a newsletter's story, its share buttons)
        kept = set(sections)
        skip.update(
            element
            for element in flagged
            if _is_flagged_out(element, scores) and has_ancestor_in(element, kept)
        )


def _sources_labels_over(lists: list[HtmlElement]) -> list[HtmlElement]:
    """The short labels naming the story's sources (``SOURCE_LIST_LABELS``, a count in
    brackets after it: "Source (1)") right over lists that go whole: no line of the story
    once its entries are gone."""
    labels: list[HtmlElement] = []
    for entries in lists:
        label = previous_element(entries)
        if label is None or label.find(".//a") is not None:
            continue
        text = subtree_text(label)
        if len(text) <= _MAX_SOURCES_LABEL and (
            normalise(_SOURCES_COUNT.sub("", text)) in SOURCE_LIST_LABELS
        ):
            labels.append(label)
    return labels


def _is_flagged_out(element: HtmlElement, scores: Scores) -> bool:
    """Whether a block another stage flagged goes: not when it reads as a section of the
    story (an <aside> is flagged for its tag alone: the story's fact box stays, and so does a
    quote's <footer>)."""
    return (
        (is_disclaimer_box(element) or not _is_story_section(element, scores))
        and not _is_fact_box(element, scores)
        and not is_gated_text(element, scores)
        and not is_quote_attribution(element)
        and not is_data_table_box(element, scores)
        and not is_profile_card_bio(element)
    )


def _named_sections(
    named: list[HtmlElement], scores: Scores, story_length: int
) -> list[HtmlElement]:
    """Of the blocks dropped for their class (or the kind the classification read in it)
    alone, those of one make (tag and class), two at least, that together hold most of the
    story: its sections (a paid post's
    chapters, "pp-chapter pp-chapter--2 sponsored-section"), which class names must not
    empty."""
    makes: dict[tuple[str, str, bool], list[HtmlElement]] = {}
    for element in named:
        # (by the first class name, "pp-chapter pp-chapter--2", and by the whole class: a
        # page of widgets classes each "article-widget", its text ones "article-widget
        # article-widget-text"; a newsletter's stories "NewsletterStory_story", its ads
        # "NewsletterStory_story NewsletterStory_sponsored")
        classes = (element.get("class") or "").split()
        tag = str(element.tag)
        makes.setdefault((tag, classes[0] if classes else "", False), []).append(element)
        makes.setdefault((tag, " ".join(classes), True), []).append(element)
    for group in makes.values():
        # (their paragraphs, in each of them: a row of widgets holds players and captions)
        lengths = [_paragraphs_length(element) for element in group]
        if (
            len(group) >= 2
            and all(lengths)
            and sum(lengths) >= story_length * _NAMED_STORY_SHARE
            and kind_of_class_and_id(group[0].get("class"), None) is not Kind.COMMENTS
            # (a gallery's slides are no sections of the story: gallery.py reads their captions)
            and MEDIA_WORDS.search((group[0].get("class") or "").lower()) is None
        ):
            return group
    return []


def _keeps_no_story(block: HtmlElement, skip: Collection[HtmlElement]) -> bool:
    """Whether the block's paragraphs of prose are all inside skipped elements."""
    kept = 0
    for paragraph in block.iter("p"):
        if paragraph in skip or has_ancestor_in(paragraph, skip):
            continue
        kept += len(subtree_text(paragraph).strip())
        if kept >= _MIN_KEPT_STORY:
            return False
    return True


def _paragraphs_length(element: HtmlElement) -> int:
    """Characters of the paragraphs of prose (``<p>`` of a sentence's length) in the element."""
    lengths = (len(subtree_text(paragraph).strip()) for paragraph in element.iter("p"))
    return sum(length for length in lengths if length >= _MIN_SECTION_PARAGRAPH)
