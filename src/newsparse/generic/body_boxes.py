"""Small boxes inside a story that ask the reader something, whatever their class names say:
a form's box (a newsletter sign-up, a poll: a heading, a pitch, a form), a sign-up
``<button>``'s box, a box closed by a call-to-action link (a pitch and "Sign me up",
"Donate now"), a media player's box (its title, its play button, its duration), a row of
sponsored shop buttons ("$145 at REI") and a product's box around
one (its name, its price)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import lxml.html

from newsparse.generic.body_cues import (
    APP_LISTING_PREFIXES,
    BUTTON_CLASS_PARTS,
    CALL_OUT_HEADING_ASKS,
    CALL_OUT_HEADINGS,
    CALL_OUT_PATH_SEGMENTS,
    CALL_TO_ACTION_TEXTS,
    DISCOUNT_LINE,
    FACT_BOX_EXCLUDED_TAGS,
    FULL_STOP_CHARACTERS,
    INVESTIGATING_AUTHORITIES,
    ITALIC_TAGS,
    PAID_TIER_SECTION_SEGMENTS,
    PLAYER_SLOT_ATTRIBUTES,
    PRICE_LINE,
    SUBSCRIPTION_PATH_SEGMENTS,
    SUPPORT_CALL_OPENERS,
    SUPPORT_HOST_LABELS,
    SUPPORT_PATH_SEGMENTS,
    SUPPORT_PITCH_WORDS,
    TIER_TRIAL_CALL_WORDS,
    VIDEO_BOX_TOKENS,
    VIDEO_CARD_ATTRIBUTES,
    VIDEO_CARD_PARTS,
    WATCH_CALL_TEXTS,
)
from newsparse.generic.body_lines import SENTENCE_ENDS, is_duration
from newsparse.generic.classes import holds_token, token_parts
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.patterns import CaselessWords
from newsparse.generic.scoring import Scores, Unit
from newsparse.generic.text import BLOCK_TAGS
from newsparse.hosts import host_of, path_holds_segment, path_of
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import is_descendant, is_near_box_below, is_wholly_in_child

HtmlElement = lxml.html.HtmlElement

# A form's box holds at most this much text, a few levels above it...
_FORM_BOX_CHARS = 300
_FORM_BOX_LEVELS = 3
# ...and a field the reader fills in or picks: an address, an answer, a choice.
_ANSWER_FIELDS = frozenset({"text", "email", "radio", "checkbox", "tel", "number", "search"})
# A sign-up button's box may also carry its privacy notice.
_SIGNUP_BOX_CHARS = 600
# A call-to-action box holds at most this many elements (a heading, a pitch or two, the
# button) and this much text.
_BOX_CHILDREN = 4
_BUTTON_BOX_CHARS = 300
# A support box closed by a button to the page where readers give holds a reader-revenue
# appeal, however much prose ("Perhaps you noticed: This story ... is free to read ..."): a
# heading and two paragraphs, this many characters at most, and less than this share of the
# story's block (a box holding most of it is the story's container).
_SUPPORT_BOX_CHARS = 1000
_SUPPORT_BOX_SHARE = 0.5
# A button is wrapped in at most this many elements of its own (Gutenberg's
# <div class="wp-block-buttons"><div class="wp-block-button"><a>).
_BUTTON_WRAPPERS = 3
# A table's rows and cells, within the one wrapper its table counts for.
_TABLE_PART_TAGS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot"})
# A media player's box (its title, its button, its duration) holds at most this much text.
_PLAYER_BOX_CHARS = 240
# A video card's box is at most this many wrappers above its title.
_VIDEO_CARD_LEVELS = 3
# A label beside a paragraph's buttons ("Follow this topic:") has at most this many words.
_BUTTON_LABEL_WORDS = 5
# A button's text, spaces around it included, is at most this long.
_MAX_BUTTON_TEXT = 60
# A video card's line beside its button (its title, its episode) is at most this long.
_CARD_LINE = 80
# A product box's line (a product's name, its price) is at most this long.
_PRODUCT_LINE = 100
# What ends a sentence, and a product's name never does ("Laptop 16 (2025)" may end in a
# bracket).
_FULL_STOPS = tuple(FULL_STOP_CHARACTERS)
# A reader call-out box is this short at most (characters)...
_CALL_OUT_CHARS = 400
# ...and gives an e-mail link or a phone number.
_PHONE_NUMBER = re.compile(r"\+?\d[\d ().-]{7,}\d")
# A witness appeal's box, classed as a tip line, is this short at most (characters)...
_MAX_AUTHORITY_APPEAL = 500
# ...and one of its sentences (split where a stop and a space end one) names an
# investigating authority and gives its number.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
_AUTHORITY = CaselessWords(INVESTIGATING_AUTHORITIES, before=r"\b", after=r"(?!\w)")


def form_boxes(block: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """The boxes around the forms inside ``block`` that ask the reader something, and around
    its sign-up buttons (a ``<button>`` reading "Sign up", "Subscribe": never the story's):
    for each, its highest ancestor below ``block``, a few levels up at most, whose text is a
    box's; and its media players' boxes (``_player_box``)."""
    boxes: list[HtmlElement] = []
    for form in block.iter("form"):
        if not any(
            (field.get("type") or "text").lower() in _ANSWER_FIELDS for field in form.iter("input")
        ):
            continue  # (a print or share button in a form asks the reader nothing)
        box = _box_around(form, block, scores, _FORM_BOX_CHARS)
        if box is not None:
            boxes.append(box)
    for button in block.iter("button"):
        if is_call_to_action(button):
            box = _box_around(button, block, scores, _SIGNUP_BOX_CHARS)
        else:
            box = _player_box(button, block, scores)
            if box is None:
                box = _labelled_button_line(button, block)
        if box is not None:
            boxes.append(box)
    for heading in block.iter(*SUBHEADING_TAGS):
        box = _video_title_box(heading, block, scores)
        if box is not None:
            boxes.append(box)
    for line in block.iter("p"):
        box = _player_slot_box(line, block, scores)
        if box is not None:
            boxes.append(box)
    return boxes


def _labelled_button_line(button: HtmlElement, block: HtmlElement) -> HtmlElement | None:
    """The paragraph holding ``button`` when its text beside its buttons is only a short
    label ending in a colon ("<p>Sigue el tema: <button>Vivienda</button></p>", "Follow
    this topic:"): a widget's line, no sentence of the story; else None."""
    line = button.getparent()
    if line is None or line is block or line.tag != "p":
        return None
    parts = [line.text or ""]
    for child in line:
        if child.tag != "button":
            parts.append(subtree_text(child))
        parts.append(child.tail or "")
    label = " ".join("".join(parts).split())
    if not label.endswith(":") or len(label.split()) > _BUTTON_LABEL_WORDS:
        return None
    return line


def _player_box(button: HtmlElement, block: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The small box of a media player that the button plays: the few lines around it
    (wrapped in a few elements of its own at most), one of them a duration alone ("<div>
    <div>Lyt: Genstart</div><button>Afspil</button><span>28 min.</span></div>"); else None.
    Its title and its length are the player's, no text of the story."""
    control = button
    for _ in range(_BUTTON_WRAPPERS):
        box = control.getparent()
        if box is None or box is block:
            return None
        if scores.text_length.get(box, 0) >= _PLAYER_BOX_CHARS:
            return None
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) > 1:
            break
        control = box
    else:
        return None
    if len(children) > _BOX_CHILDREN:
        return None
    lines = (" ".join(subtree_text(child).split()) for child in children if child is not control)
    return box if any(is_duration(line) for line in lines) else None


def _video_title_box(
    heading: HtmlElement, block: HtmlElement, scores: Scores
) -> HtmlElement | None:
    """The small box of a video's embed or card around ``heading`` (a few levels up at most),
    classed or marked as a video (``VIDEO_CARD_PARTS``, ``VIDEO_CARD_ATTRIBUTES``: "<div
    class="body-part--video"><div data-video-id=...><h3>...</h3><span>04:12</span></div>");
    else None. The heading is the video's title, no subheading of the story. (A duration
    beside a heading is no sign: a live entry's clock time reads the same, "10:42".)"""
    box = heading.getparent()
    for _ in range(_VIDEO_CARD_LEVELS):
        if box is None or box is block or scores.text_length.get(box, 0) >= _PLAYER_BOX_CHARS:
            return None
        if _marks_video(box):
            return box
        box = box.getparent()
    return None


def _player_slot_box(line: HtmlElement, block: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The small box holding ``line`` beside a media player's empty slot, the slot classed as a
    player or a video or marked with its media's id (``PLAYER_SLOT_ATTRIBUTES``: "<div
    class="AuvioEmbed_wrapper__x"><div class="AuvioEmbed_player__y" data-media-id="...">
    </div><p>...</p></div>"), or the box itself marked so, its slot holding only the button
    that plays the media ("<div data-video-id="..."><div><button>Afspelen</button></div>
    <p>...</p></div>"); else None. The line is the video's title, no paragraph of the
    story."""
    box = line.getparent()
    if box is None or box is block or scores.text_length.get(box, 0) >= _PLAYER_BOX_CHARS:
        return None
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) > _BOX_CHILDREN:
        return None
    others = [child for child in children if child is not line]
    if any(_is_player_slot(child) for child in others):
        return box
    marked = any(box.get(name) is not None for name in PLAYER_SLOT_ATTRIBUTES)
    return box if marked and any(_holds_only_a_button(child) for child in others) else None


def _is_player_slot(element: HtmlElement) -> bool:
    """Whether ``element`` is a media player's empty slot, its script's to fill: no text, and
    marked with its media's id or classed as a player or a video."""
    if subtree_text(element).strip():
        return False
    return any(element.get(name) is not None for name in PLAYER_SLOT_ATTRIBUTES) or holds_token(
        VIDEO_BOX_TOKENS, element.get("class")
    )


def _holds_only_a_button(element: HtmlElement) -> bool:
    """Whether ``element`` is a short button, or holds one and no text besides: a player's
    slot showing only its play button before its script fills it."""
    buttons = [element] if element.tag == "button" else list(element.iter("button"))
    if len(buttons) != 1:
        return False
    text = subtree_text(element).strip()
    return len(text) <= _MAX_BUTTON_TEXT and text == subtree_text(buttons[0]).strip()


def in_video_box(element: HtmlElement, blocks: list[HtmlElement], scores: Scores) -> bool:
    """Whether ``element`` lies in the small box of a video player or card inside one of
    ``blocks`` (``_video_title_box``: "<div class="content-video"><div
    class="content-video__placeholder__title">..."): its title or caption, no story."""
    block = next((block for block in blocks if is_descendant(element, block)), None)
    return block is not None and _video_title_box(element, block, scores) is not None


def is_video_card_line(element: HtmlElement, blocks: list[HtmlElement], scores: Scores) -> bool:
    """Whether ``element`` is a video card's line of its own: its title and its duration
    side by side ("<div class="cne-interlude-video"><span class="VideoTitle-x">...</span>
    <span class="duration">04:12</span></div>", read as one line), the line or a box a few
    levels above it below the story's blocks classed or marked as a video (``_marks_video``).
    (A duration beside a title is no sign alone: a live entry's clock time reads the same.)"""
    if scores.text_length.get(element, 0) >= _PLAYER_BOX_CHARS:
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if not 1 < len(children) <= _BOX_CHILDREN:
        return False
    lines = [" ".join(subtree_text(child).split()) for child in children]
    durations = [line for line in lines if is_duration(line)]
    if len(durations) != 1 or not all(
        len(line) <= _CARD_LINE and not line.endswith(SENTENCE_ENDS) for line in lines
    ):
        return False
    return is_near_box_below(element, _VIDEO_CARD_LEVELS, blocks, _marks_video)


def _marks_video(element: HtmlElement) -> bool:
    """Whether ``element`` carries a video's attribute or a class naming a video."""
    if any(element.get(name) is not None for name in VIDEO_CARD_ATTRIBUTES):
        return True
    classes = element.get("class") or ""
    return any(part in VIDEO_CARD_PARTS for token in classes.split() for part in token_parts(token))


def _box_around(
    element: HtmlElement, block: HtmlElement, scores: Scores, most: int
) -> HtmlElement | None:
    """The highest ancestor of ``element`` below ``block``, a few levels up at most, whose
    text is a box's (``most`` characters at most; None when its parent already holds more)."""
    box: HtmlElement | None = None
    ancestor = element.getparent()
    for _ in range(_FORM_BOX_LEVELS):
        if ancestor is None or ancestor is block:
            break
        if scores.text_length.get(ancestor, 0) > most:
            break
        box, ancestor = ancestor, ancestor.getparent()
    return box


def button_boxes(block: HtmlElement, scores: Scores, story_length: int) -> list[HtmlElement]:
    """The small boxes inside ``block`` that a call-to-action button closes, and such buttons
    standing on a line of their own between the story's paragraphs (a newsletter's
    "<p class=button-wrapper><a>Subscribe now</a></p>"); a support box however much prose it
    holds (``_is_support_box``: a small share of the story's ``story_length`` characters),
    ``block`` itself too."""
    boxes: list[HtmlElement] = []
    for link in block.iter("a"):
        if not _is_button(link):
            card = _watch_card(link, block, scores)
            if card is not None:
                boxes.append(card)
            continue  # (most links: each is tested once)
        box = _box_closed_by(link)
        if box is None:
            line = _button_line(link)
            if line is not None and line is not block:
                boxes.append(line)
                pitch = _pitch_block_before(line, scores)
                if pitch is not None:
                    boxes.append(pitch)
        elif (
            box is not block and scores.text_length.get(box, _BUTTON_BOX_CHARS) < _BUTTON_BOX_CHARS
        ) or _is_support_box(box, link, scores, story_length):
            boxes.append(_with_title_line(box, block, scores))
    return boxes


def _is_support_box(
    box: HtmlElement, button: HtmlElement, scores: Scores, story_length: int
) -> bool:
    """Whether ``box``, closed by ``button``, is a reader-revenue appeal however much prose
    it holds: the button leads to the page where readers give or back the site
    (``_leads_to_giving_page``), the box says a pitch's words (``SUPPORT_PITCH_WORDS``) and
    it is a box's size, a small share of the story's text (``story_length``). Such a box may
    be a whole block set after the story's (WordPress's section after its entry content)."""
    length = scores.text_length.get(box, _SUPPORT_BOX_CHARS)
    if length >= _SUPPORT_BOX_CHARS or length >= _SUPPORT_BOX_SHARE * story_length:
        return False
    if not _leads_to_giving_page(button):
        return False
    text = subtree_text(box).casefold()
    return any(word in text for word in SUPPORT_PITCH_WORDS)


def _leads_to_giving_page(link: HtmlElement) -> bool:
    """Whether the link leads to the page where readers give or back the site: a part of
    its path names one (``SUPPORT_PATH_SEGMENTS``: "/donate/", "/contribute/") or its host is
    one where readers give (``SUPPORT_HOST_LABELS``: "dons.reporterre.net")."""
    href = link.get("href")
    if not href:
        return False
    return path_holds_segment(href, SUPPORT_PATH_SEGMENTS) or _on_giving_host(href)


def _on_giving_host(href: str | None) -> bool:
    """Whether the address is on a host where readers give (its first label one of
    ``SUPPORT_HOST_LABELS``: "dons.reporterre.net")."""
    host = host_of(href)
    return host is not None and host.split(".", 1)[0] in SUPPORT_HOST_LABELS


def _pitch_block_before(line: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The pitch's own content block right before ``line``, a block holding only a
    call-to-action button, as page builders set every block apart (Squarespace's sibling
    "sqs-block"s: "<div class="sqs-block html-block"><div><div><p><em>... is a nonprofit
    newsroom supported by readers ... please consider becoming a member.</em></p>" over
    "<div class="sqs-block button-block"><div><div><a href="/donate">Support local
    news</a>"): a sibling of the button's block of its tag, sharing a class with it, short,
    with no link of its own and saying a pitch's words (``SUPPORT_PITCH_WORDS``); else None.
    A plain paragraph before a button's block shares no class with it and stays, and so does
    the story's short last block ("The hearing resumes Monday.") before a donation button."""
    pitch = line.getprevious()
    if (
        pitch is None
        or pitch.tag != line.tag
        or (pitch.tail or "").strip()
        or not set(pitch.get("class", "").split()) & set(line.get("class", "").split())
    ):
        return None
    length = scores.text_length.get(pitch, _BUTTON_BOX_CHARS)
    if not 0 < length < _BUTTON_BOX_CHARS or next(pitch.iter("a"), None) is not None:
        return None
    text = subtree_text(pitch).casefold()
    return pitch if any(word in text for word in SUPPORT_PITCH_WORDS) else None


def _with_title_line(line: HtmlElement, block: HtmlElement, scores: Scores) -> HtmlElement:
    """The box around ``line``, a pitch's paragraph closed by its button, when that box holds
    only the pitch under its title lines, short and none a sentence ("<div><p>Soutenez un
    journal indépendant</p><p>... <a href='/abonnement'>Abonnez-vous</a></p></div>"): the
    support box's title goes with it. Else ``line`` itself."""
    box = line.getparent()
    if line.tag != "p" or box is None or box is block:
        return line
    children = [child for child in box if isinstance(child.tag, str)]
    if not 1 < len(children) <= _BOX_CHILDREN or children[-1] is not line:
        return line
    if scores.text_length.get(box, _BUTTON_BOX_CHARS) >= _BUTTON_BOX_CHARS:
        return line
    titles = (" ".join(subtree_text(child).split()) for child in children[:-1])
    return box if all(title and _is_card_line(title) for title in titles) else line


def _watch_card(link: HtmlElement, block: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The small box of a video's card that ``link``, a button to play the video
    (``WATCH_CALL_TEXTS``: "Watch Now"), closes: every link in it leads where the button does
    (the thumbnail's), and its other lines are short, none a sentence (the title, "Episode 1");
    else None. The card, its title and all, is no part of the story."""
    text = subtree_text(link)
    if len(text) > _MAX_BUTTON_TEXT or normalise(text) not in WATCH_CALL_TEXTS:
        return None
    box = _box_closed_by(link)
    if (
        box is None
        or box is block
        or scores.text_length.get(box, _PLAYER_BOX_CHARS) >= _PLAYER_BOX_CHARS
        or any(other.get("href") != link.get("href") for other in box.iter("a"))
    ):
        return None
    lines = (" ".join(subtree_text(child).split()) for child in box if child is not link)
    return box if all(_is_card_line(line) for line in lines) else None


def _is_card_line(line: str) -> bool:
    """Whether a line of a card is short and no sentence (a title, an episode's number)."""
    return len(line) <= _CARD_LINE and not line.endswith(SENTENCE_ENDS)


def _button_line(button: HtmlElement) -> HtmlElement | None:
    """The line a call-to-action button (``_is_button``) stands on alone: its highest
    wrapper (a few at most) that holds nothing else, when that is a block (a paragraph, a
    div); None for a button inside a sentence ("You can <a>subscribe</a> here")."""
    line = button
    for _ in range(_BUTTON_WRAPPERS):
        wrapper = line.getparent()
        if (
            wrapper is None
            or len(wrapper) != 1
            or (wrapper.text or "").strip()
            or (line.tail or "").strip()
        ):
            break  # (the wrapper holds more than the line)
        line = wrapper
    return line if line.tag in BLOCK_TAGS else None


def button_box(link: HtmlElement) -> HtmlElement | None:
    """The small box that the link closes when it is a call-to-action button (its text "Sign
    me up", "Become a member"...; or a short link to a page where readers subscribe, pay or
    give: "<a href='/upgrade'>Upgrade to Kilowatt Pro</a>"; wrapped in a few elements of its
    own at most), else None."""
    return _box_closed_by(link) if _is_button(link) else None


def _is_button(link: HtmlElement) -> bool:
    """Whether the link is a call-to-action button (see ``button_box``)."""
    return (
        is_call_to_action(link)
        or _leads_to_subscription(link)
        or _is_support_call(link)
        or _is_paid_tier_call(link)
        or _leads_to_app_listing(link)
    )


def _leads_to_app_listing(link: HtmlElement) -> bool:
    """Whether the link is short and leads to an app's listing in an app store
    (``APP_LISTING_PREFIXES``: "<a href="https://play.google.com/store/apps/details?id=...">ऐप
    डाउनलोड करें</a>", "Get it on Google Play"): a button promoting the site's app, however
    worded."""
    href = link.get("href")
    host = host_of(href)
    if host is None or len(subtree_text(link)) > _MAX_BUTTON_TEXT:
        return False
    return f"{host}{path_of(href)}".casefold().startswith(APP_LISTING_PREFIXES)


def _is_support_call(link: HtmlElement) -> bool:
    """Whether the link is a short call to back the site that leads to the page where
    readers give: on a host where readers give, whatever it reads ("<a
    href="https://dons.example.net/">Je soutiens Example</a>"), or to a support page
    ("/contribute/") in words asking for backing (``SUPPORT_CALL_OPENERS``: "Support The
    Journal"; not "Learn more")."""
    text = " ".join(subtree_text(link).split()).casefold()
    if not text or len(text) > _MAX_BUTTON_TEXT or not _leads_to_giving_page(link):
        return False
    return _on_giving_host(link.get("href")) or text.startswith(SUPPORT_CALL_OPENERS)


def _is_paid_tier_call(link: HtmlElement) -> bool:
    """Whether the link is a button (its class says so: ``BUTTON_CLASS_PARTS``) to the site's
    paid-tier section (the last part of its path: ``PAID_TIER_SECTION_SEGMENTS``, "/plus/")
    whose short words offer a trial or a subscription (``TIER_TRIAL_CALL_WORDS``: "Jetzt Plus
    testen")."""
    if not holds_token(BUTTON_CLASS_PARTS, link.get("class")):
        return False
    segments = [part for part in path_of(link.get("href")).casefold().split("/") if part]
    if not segments or segments[-1] not in PAID_TIER_SECTION_SEGMENTS:
        return False
    text = subtree_text(link)
    return len(text) <= _MAX_BUTTON_TEXT and not TIER_TRIAL_CALL_WORDS.isdisjoint(
        normalise(text).split()
    )


def _box_closed_by(button: HtmlElement) -> HtmlElement | None:
    """The small box that a call-to-action button closes, wrapped in a few elements of its
    own at most, else None."""
    closing = button
    wrappers = 0
    while wrappers <= _BUTTON_WRAPPERS:
        box = closing.getparent()
        if box is None:
            return None
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) > 1:
            return box if len(children) <= _BOX_CHILDREN and children[-1] is closing else None
        # (an e-mail's button is a table of one cell in a table of one cell: its rows and
        # cells are the layout's, one wrapper each table)
        if box.tag not in _TABLE_PART_TAGS:
            wrappers += 1
        closing = box
    return None


def _leads_to_subscription(link: HtmlElement) -> bool:
    """A short link to a page where readers subscribe, pay or give
    (``SUBSCRIPTION_PATH_SEGMENTS``)."""
    href = link.get("href")
    if not href or len(subtree_text(link)) > _MAX_BUTTON_TEXT:
        return False
    return path_holds_segment(href, SUBSCRIPTION_PATH_SEGMENTS)


def is_call_to_action(element: HtmlElement) -> bool:
    """Whether the element's text is a call to action ("Sign me up", "Donate now")."""
    text = subtree_text(element)
    return len(text) <= _MAX_BUTTON_TEXT and normalise(text) in CALL_TO_ACTION_TEXTS


def pitch_box(line: HtmlElement) -> HtmlElement | None:
    """The small box holding ``line`` (a line of a pitch) when a call-to-action button
    closes it, else None."""
    box = line.getparent()
    if box is None:
        return None
    children = [child for child in box if isinstance(child.tag, str)]
    if not 1 < len(children) <= _BOX_CHILDREN or children[-1] is line:
        return None
    closing = children[-1]
    links = [closing] if closing.tag == "a" else list(closing.iter("a"))
    return box if len(links) == 1 and button_box(links[0]) is box else None


def sponsored_link_rows(links: Iterable[tuple[HtmlElement, str]]) -> list[HtmlElement]:
    """The rows of shop buttons among the page's ``links`` (each with its ``rel`` value: the
    measuring walk's ``rel_links``): elements holding nothing but links marked
    ``rel="sponsored"`` ("$145 at REI", "Check price at Amazon"), and the product boxes such
    a button, or an outbound ``rel="nofollow"`` one, is in (``_product_box``: a listing's
    card, its address, "$595,000" and "See the listing"). A sponsored link inside a sentence
    stays: the row must hold no text of its own; so does a link that is a list's item among
    items of plain text (a recipe card's equipment, one of them linked to a shop)."""
    rows: list[HtmlElement] = []
    for link, rel in links:
        sponsored = _names_sponsored(rel)
        if not sponsored and not _is_outbound_nofollow(link, rel):
            continue
        row = link.getparent()
        if row is None or row.tag not in _ROW_TAGS or (rows and rows[-1] is row):
            continue  # (a link in a <strong> is a sentence's, however alone in it)
        box = _product_box(link)
        if sponsored and box is None and _is_button_row(row):
            card = _media_card(row)
            rows.append(row if card is None else card)
            continue
        if box is not None and box not in rows:
            rows.append(box)
    return rows


def _is_button_row(row: HtmlElement) -> bool:
    """Whether the row holds sponsored links and nothing else, and is no list's point."""
    return (
        len(row) <= _MAX_ROW_BUTTONS
        and not (row.text or "").strip(_ROW_SEPARATORS)
        and all(
            child.tag == "a"
            and _is_sponsored(child)
            and not (child.tail or "").strip(_ROW_SEPARATORS)
            for child in row
        )
        and not _is_item_among_plain_items(row)
    )


def _media_card(row: HtmlElement) -> HtmlElement | None:
    """The box a row of sponsored buttons closes when its other parts are a short title and a
    list of labels and values, no sentence among them (a show's card: "<h5>The Harbor
    Line</h5><dl><dt>Network</dt><dd>Streamline+</dd>...</dl>" over "See at Streamline+"):
    the shop's card, whatever its class; else None."""
    box = row.getparent()
    if box is None or (box.text or "").strip() or row.getnext() is not None:
        return None
    parts = [child for child in box if isinstance(child.tag, str) and child is not row]
    if len(parts) != 2 or any((part.tail or "").strip() for part in parts):
        return None
    title, fields = (
        parts if parts[1].find(".//dl") is not None or parts[1].tag == "dl" else parts[::-1]
    )
    items = [subtree_text(item).strip() for item in fields.iter("dt", "dd")]
    if (
        not items
        or len(subtree_text(title).strip()) > _PRODUCT_LINE
        or any(len(item) > _PRODUCT_LINE or item.endswith(SENTENCE_ENDS) for item in items)
    ):
        return None
    # (the list's part holds the list alone: its words are the items')
    return box if "".join(subtree_text(fields).split()) == "".join("".join(items).split()) else None


def _product_box(button: HtmlElement) -> HtmlElement | None:
    """The small box around a sponsored button (wrapped in a few elements of its own at
    most) whose other lines are a product's short name and its price, one of them a price
    alone ("<div><p>Wren Calloway, Saltmarsh (Vinyl)</p><p>$29.98</p><a rel='sponsored'>Buy
    on Amazon</a></div>"), or whose one other line is the name when the button opens with
    the price ("<div><div>Name</div><div><a>$1,899 at Shop</a></div></div>"): an ad,
    whatever its class; else None. (A buying guide's card holds its review, no short line.)"""
    button_text = " ".join(subtree_text(button).split())
    if len(button_text) > _MAX_BUTTON_TEXT:
        return None
    for _ in range(_BUTTON_WRAPPERS):
        box = button.getparent()
        if box is None:
            return None
        children = [child for child in box if isinstance(child.tag, str)]
        if len(children) > 1:
            break
        button = box
    else:
        return None
    if len(children) > _BOX_CHILDREN or (box.text or "").strip():
        return None
    lines = [" ".join(subtree_text(child).split()) for child in children if child is not button]
    if any(len(line) > _PRODUCT_LINE for line in lines) or any(
        (child.tail or "").strip() for child in children
    ):
        return None
    if any(PRICE_LINE.fullmatch(line) or DISCOUNT_LINE.fullmatch(line) for line in lines):
        return box  # (a dealer's "jusqu'à -18 % de remise" stands for the price)
    return box if _names_product(lines) and _opens_with_price(button_text) else None


def _names_product(lines: list[str]) -> bool:
    """Whether a box's lines beside its button are one short name, no sentence (empty
    lines, a picture's wrapper, aside)."""
    named = [line for line in lines if line]
    return len(named) == 1 and not named[0].endswith(_FULL_STOPS)


def _opens_with_price(text: str) -> bool:
    """Whether a button's text opens with a price followed by a word or two of its shop
    ("$1,899 at Tidepool", "49,90 € bei Amazon")."""
    price = PRICE_LINE.match(text)
    return price is not None and text[price.end() : price.end() + 1] == " "


def _is_item_among_plain_items(row: HtmlElement) -> bool:
    """Whether the row is the whole of a list's item (or wrapped alone in one, a few levels
    deep at most) whose list holds an item of plain text, no link in it: the list's own
    point, not a shop's button."""
    item: HtmlElement | None = row
    for _ in range(_BUTTON_WRAPPERS):
        if item is None or item.tag == "li":
            break
        parent = item.getparent()
        if parent is None or len(parent) != 1 or (parent.text or "").strip():
            return False
        item = parent
    holder = item.getparent() if item is not None and item.tag == "li" else None
    return holder is not None and any(
        sibling is not item and _is_plain_item(sibling) for sibling in holder
    )


def _is_plain_item(element: HtmlElement) -> bool:
    """A list's item of text without a link."""
    return (
        element.tag == "li"
        and next(element.iter("a"), None) is None
        and bool(subtree_text(element).strip())
    )


# Blocks that may be a row of buttons (not inline formatting around one link).
_ROW_TAGS = frozenset({"div", "p", "li", "section", "aside", "footer", "figure", "td"})
# A row holds a few buttons at most (a block of many sponsored links is a list, not a row).
_MAX_ROW_BUTTONS = 6
# What may stand between a row's buttons.
_ROW_SEPARATORS = " \t\r\n\xa0|·•/"


def _is_outbound_nofollow(link: HtmlElement, rel: str) -> bool:
    """Whether the link is marked ``rel="nofollow"`` and leads to an absolute web address: a
    shop's or a listing site's button as often as a sponsored one."""
    return "nofollow" in rel and (link.get("href") or "").startswith(("http://", "https://"))


def _is_sponsored(link: HtmlElement) -> bool:
    return _names_sponsored(link.get("rel"))


def is_sponsored_italic_line(unit: Unit) -> bool:
    """A line set wholly in italics whose link is marked ``rel="sponsored"`` ("<p><em>If
    you're considering going solar, ... check out <a rel="sponsored">EnergySage</a>, a free
    service ...</em></p>"): an advertiser's pitch set apart from the story, not its text
    (asked only of the lines after the story's last paragraph)."""
    element = unit.element
    return (
        unit.link_length > 0
        and is_wholly_in_child(element, ITALIC_TAGS)
        and any(_is_sponsored(link) for link in element.iter("a"))
    )


def _names_sponsored(rel: str | None) -> bool:
    """Whether a ``rel`` value holds "sponsored"."""
    return rel is not None and "sponsored" in rel.lower().split()


def call_out_boxes(units: list[Unit], blocks: list[HtmlElement]) -> list[HtmlElement]:
    """Short boxes opened by a call-out's heading (``CALL_OUT_HEADINGS``: "<div><h3>Get in
    touch</h3><p>Tell us your story.</p><p>Email <a href="mailto:...">") that give an
    e-mail link or a phone number: an appeal to readers, no text of the story."""
    found: list[HtmlElement] = []
    for unit in units:
        if not unit.is_heading:
            continue
        heading = normalise(unit.text)
        named = heading in CALL_OUT_HEADINGS
        if not named and not any(ask in heading for ask in CALL_OUT_HEADING_ASKS):
            continue
        box = unit.element.getparent()
        if (
            box is not None
            and box[0] is unit.element
            and not (box.text or "").strip()
            and not any(box is block for block in blocks)
            and ((named and _gives_contact(box)) or _closes_with_call_out_button(box))
        ):
            found.append(box)
    return found


def is_authority_appeal_box(box: HtmlElement) -> bool:
    """A short box, no link and no control, one of whose sentences gives the number of the
    police or another investigating authority (``INVESTIGATING_AUTHORITIES``: "<div
    class="callout--tipline"><p><strong>Have information?</strong> ... call the Pell County
    Sheriff's Office tip line at 541-555-0163.</p></div>"): the story's witness appeal,
    whatever a tip line's class makes of it. A newsroom's call for tips gives its own desk, a
    form or an e-mail link ("Send us your tips at ...")."""
    text = subtree_text(box)
    if len(text) > _MAX_AUTHORITY_APPEAL or _PHONE_NUMBER.search(text) is None:
        return False  # (the cheap tests first: most such boxes give no number)
    if next(box.iter(*FACT_BOX_EXCLUDED_TAGS), None) is not None:
        return False
    return any(
        _PHONE_NUMBER.search(sentence) is not None and _AUTHORITY.span(sentence) is not None
        for sentence in _SENTENCE_BREAK.split(" ".join(text.split()))
    )


def _closes_with_call_out_button(box: HtmlElement) -> bool:
    """Whether a short box ends with a line holding only a link to a page collecting readers'
    stories ("<p><a class="btn" href="/getinvolved/...">Tell Us What Happened</a></p>")."""
    last = box[-1]
    links = list(last.iter("a"))
    return (
        len(subtree_text(box)) <= _CALL_OUT_CHARS
        and len(links) == 1
        and leads_to_call_out_page(links[0])
        and subtree_text(last).strip() == subtree_text(links[0]).strip()
    )


def leads_to_call_out_page(link: HtmlElement) -> bool:
    """Whether a link leads to a newsroom's page collecting readers' stories (a path segment
    of ``CALL_OUT_PATH_SEGMENTS``: "/share-your-story/", "/getinvolved/...")."""
    return path_holds_segment(link.get("href"), CALL_OUT_PATH_SEGMENTS)


def _gives_contact(box: HtmlElement) -> bool:
    """Whether a short box gives an e-mail link or a phone number."""
    text = subtree_text(box)
    return len(text) <= _CALL_OUT_CHARS and (
        any((link.get("href") or "").startswith("mailto:") for link in box.iter("a"))
        or _PHONE_NUMBER.search(text) is not None
    )
