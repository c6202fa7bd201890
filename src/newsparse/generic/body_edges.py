"""The story's edges: the headline, byline, date and caption lines before its first real
paragraph, the labels above its headline, short link and heading lines after its last, and
boilerplate label lines ("Advertisement") anywhere, among the units and elements of the
story's blocks (what each line of text is: ``body_lines.py``)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping
from urllib.parse import urlsplit

import lxml.etree
import lxml.html

from newsparse.generic.body_boxes import is_call_to_action, pitch_box
from newsparse.generic.body_captions import is_loose_caption
from newsparse.generic.body_cues import (
    BOLD_TAGS,
    CALL_TO_ACTION_VERBS,
    CHANNEL_APPEAL,
    CJK_DATELINE_ENDINGS,
    CLICK_TO_SIGN_UP,
    CLOSING_CREDIT_OPENERS,
    CODE_LANGUAGE_NAMES,
    DATELINE_DASHES,
    DATELINE_PART_TOKENS,
    EMPHASIS_TAGS,
    FOOTNOTE_BACK_MARKS,
    FOOTNOTE_TOKENS,
    HEAD_METADATA_TAGS,
    HEAD_METADATA_TOKENS,
    HEAD_METADATA_WORDS,
    HEADING_TAGS,
    NEWS_APPEAL_OPENERS,
    NEWS_APPEAL_WORDS,
    NEWSLETTER_LINK_ENDINGS,
    NEWSLETTER_PATH_SEGMENTS,
    PAYWALL_NOTICE_OPENERS,
    PHOTO_CREDIT_LABELS,
    PRESS_RELEASE_TRAILER,
    SECTION_WORD_LABELS,
    SIGNOFF_TOKENS,
    SOCIAL_PLATFORM_LABELS,
    VALEDICTIONS,
    WIRE_STAFF_CREDIT,
)
from newsparse.generic.body_extent import is_followed_by_text
from newsparse.generic.body_lines import (
    AFTER_STANDFIRST,
    ANCHOR_LENGTH,
    SENTENCE_ENDS,
    SHORT_LINE,
    is_bare_date_line,
    is_byline,
    is_dated_line,
    is_end_mark,
    is_label,
    is_made_of_words,
    is_number_alone,
    is_signoff,
    is_title_text,
    opens_with_byline,
)
from newsparse.generic.body_links import is_attribution, labelled_link_lines, teaser_cards
from newsparse.generic.body_lists import is_address
from newsparse.generic.body_notices import (
    is_ad_line,
    is_channel_appeal,
    is_channel_link,
    is_page_notice,
    is_promo_line,
    is_reader_action_appeal,
    is_rights_notice,
    is_save_appeal,
    is_sourcing_blurb,
    is_vendor_credit,
)
from newsparse.generic.body_standfirsts import standfirsts_under_headline
from newsparse.generic.body_tables import is_data_cell, is_headed_table_part
from newsparse.generic.body_titles import shares_subject
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.kinds import APPEAL_KINDS, Kind
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES
from newsparse.generic.labelled import lead_and_first_link
from newsparse.generic.labels import heading_kind, normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.authors import author_page_slug
from newsparse.generic.metadata.byline_words import NAME_JOINERS
from newsparse.generic.metadata.bylines import wire_name
from newsparse.generic.metadata.patterns import CaselessWords
from newsparse.generic.metadata.site import host_label
from newsparse.generic.metadata.source import is_wire_dateline_line
from newsparse.generic.metadata.source_words import (
    ORIGINALLY_PUBLISHED,
    PUBLISHER_SOURCE_LABELS,
    SOURCE_LABELS,
)
from newsparse.generic.scoring import Scores, Unit
from newsparse.hosts import host_of
from newsparse.page import text_of
from newsparse.tree_queries import (
    is_descendant,
    is_wholly_in_child,
    make_of,
    next_element,
    previous_element,
    repeated_makes,
)

HtmlElement = lxml.html.HtmlElement

# A picture's credit line: its label, a colon, a name ("Photo: Reuters", "Фото: РИА Новости").
_PHOTO_CREDIT = re.compile(
    "(?:" + "|".join(map(re.escape, PHOTO_CREDIT_LABELS)) + r")\s*[:：]\s*\S", re.IGNORECASE
)
# ...at most this long ("Photo: Jane Doe/The Daily Telegraph via Getty Images").
_MAX_PHOTO_CREDIT = 80
# A Chinese caption's closing credit: the photographer's name and "摄" (photographed), perhaps
# in brackets ("新华社记者 林海川 摄", "（林海川 摄）").
_CJK_PHOTO_CREDIT = re.compile(
    r"[\u4e00-\u9fff·]{2,8}\s*(?:/\s*)?摄[)）]?$|记者\s*[\u4e00-\u9fff·]{2,4}\s*图$"
)

_DIGIT = re.compile(r"\d")
# A clock time in a date line ("12:20", "9.05"): what an entry's stamp gives beside its date.
_CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![.:]?\d)")
_HEAD_METADATA = re.compile("|".join(re.escape(word) for word in HEAD_METADATA_WORDS))
# A syndicated copy's credit ("This article originally appeared on <a>The Atlantic</a>."):
# part of the story's text, though short and linked like the leftovers after it.
_ORIGINAL_CREDIT = CaselessWords(ORIGINALLY_PUBLISHED)

# A wire agency's name alone closing a story is this short ("(Tanjug)").
_MAX_WIRE_CREDIT = 40
# A dateline's place set on a line of its own is this short.
_MAX_DATELINE_PLACE = 40
# The platforms a follow-us line links at least; Telegram's short host ("t" is t.co's too).
_APPEAL_PLATFORMS = 2
_TELEGRAM_HOST, _TELEGRAM = "t.me", "telegram"
# The unlinked text of a short linked line that makes it a sentence of the story (characters).
_LINKED_SENTENCE_WORDS_LENGTH = 45
# How many of an appeal line's first words are read.
_APPEAL_WORDS = 6
# A source line after the story: a label, a colon, a name; shorter than this.
_SOURCE_LINE = CaselessWords(
    (*SOURCE_LABELS, *PUBLISHER_SOURCE_LABELS), before=r"^\W{0,2}", after=r"\s*[:：]\s*\S"
)
_SOURCE_LINE_LENGTH = 60
# A name signing the story is shorter than this, in at most this many words.
_SIGNED_NAME_LENGTH = 60
# A byline right under a heading in the story is this short at most.
_MAX_BYLINE_UNDER_HEADING = 60
_SIGNED_NAME_WORDS = 5
# ...unless a list's items follow it within this many lines (it labels them).
_LIST_LOOKAHEAD = 4
_NAME_JOINERS = frozenset(NAME_JOINERS)
# A credit in brackets after a signed name ("(Theo Reuters)", "(AFP)").
_TRAILING_CREDIT = re.compile(r"\s*\([^()]{1,30}\)$")
# A section label over the headline (its kicker) is shorter than this.
_KICKER_LENGTH = 40
# A field's label in a list of labelled fields above the story ("Date:", "Source:") is at
# most this long.
_MAX_FIELD_LABEL = 24
# A paywall's notice is in a box this many levels above it at most, of a few short lines.
_PAYWALL_NOTICE = CaselessWords(PAYWALL_NOTICE_OPENERS, before="^", after=r"\b")
_PAYWALL_BOX_LEVELS = 2
_MAX_PAYWALL_LINES = 8
_MAX_PAYWALL_LINE = 200
# "(Martin Hödl, 7.5.2025)": a name and a date in brackets.
_DATED_SIGNATURE = re.compile(r"\(\s*([^(),\d]{3,60}),\s*([^()]{6,30}?)\s*\)")
# A footnote's marker linked to its note: a number of a few digits, the note's id naming a
# footnote ("#footnote-1", "#fn:2", "#fn3", "#note-4").
_FOOTNOTE_MARK_DIGITS = 3
_FOOTNOTE_WRAPPERS = 2
_FOOTNOTE_TARGET = re.compile(r"(?:footnote|fn|note)[-_:]?\d", re.I)
# An embedded card's host line is in this many wrappers at most ("<cite><a>host</a></cite>").
_CARD_HOST_WRAPPERS = 2
# A footnote's link back to its marker shows a sign this long at most ("^", "↑"), this many
# levels inside the note the marker leads to.
_MAX_BACK_MARK = 2
_BACK_LINK_LEVELS = 3
# (how an arrow is asked to show as text or as an emoji: "↩︎")
_VARIATION_SELECTORS = "\ufe0e\ufe0f"
# A back link's mark opening a line ("↑", "^", "↩︎") is a character or two.
_BACK_MARK_LENGTH = 2
# A sign-up to a newsletter written in a sentence ("sign up to our daily newsletter").
# ("... to this newsletter" is the newsletter the page is an issue of)
_NEWSLETTER_SIGN_UP = re.compile(
    r"\b(?:sign up|subscribe)\s+(?:to|for)\s+(?:our|the)\b(?:\s+[\w'’&.-]+){0,5}\s+newsletters?\b",
    re.IGNORECASE,
)


def _is_title(unit: Unit, titles: Collection[str]) -> bool:
    return is_title_text(unit.text, titles)


def _is_section_h1(unit: Unit, titles: Collection[str]) -> bool:
    """An ``<h1>`` over the story's first section that shares no word with any of the page's
    titles: the heading of an e-mail's lead item ("Our mobile pantry is on the road" in
    "Spring Update from Upper Valley Food Share"), not the headline shown again."""
    return bool(titles) and not shares_subject(unit.text, titles)


def _looks_like_metadata(unit: Unit, blocks: list[HtmlElement], scores: Scores) -> bool:
    """A short unit at the story's head that reads as a byline, date or label."""
    element = unit.element
    has_time = _holds(element, "time")
    # (a date line with its dates spelled out runs longer: "Le Monde | 04.05.2015 à 13h36 •
    # Mis à jour le 05.05.2015 à 20h13 | Par ...")
    if unit.length >= (SHORT_LINE * 2 if has_time else SHORT_LINE):
        return False
    if has_time:
        return True
    if _in_metadata_block(element, blocks, scores):
        return True
    text = unit.text
    if is_byline(text) or is_dated_line(text):
        return True
    if unit.is_heading or text.endswith(SENTENCE_ENDS) or text.endswith(CJK_DATELINE_ENDINGS):
        return False  # (a Chinese story's dateline opens it: "TNW中文站 10月14日报道")
    # not a sentence: a date line, or a caption under a picture (an item of a list is
    # neither: a press release's highlights, "Revenue of $84.2 million, up 21%")
    return (element.tag != "li" and bool(_DIGIT.search(text))) or _follows_image(element, scores)


def _is_source_line(text: str) -> bool:
    """A short line that names the story's source under a label ("Źródło: PAP", "Quelle:
    F.A.Z.", "SOURCE: News agencies") or alone ("(FENA)", "ELTA"), or a wire service's
    closing line of a press release ("SOURCE Acme Robotics, Inc.", "View original content to
    download multimedia: ...")."""
    if PRESS_RELEASE_TRAILER.match(text):
        return len(text) < SHORT_LINE * 2
    if len(text) <= _MAX_WIRE_CREDIT and wire_name(text) is not None:
        return True
    return _is_labelled_source(text)


def _is_labelled_source(text: str) -> bool:
    """A short line that names the story's source under a label ("来源：新华社", "Quelle:
    dpa")."""
    return len(text) < _SOURCE_LINE_LENGTH and _SOURCE_LINE.span(text) is not None


def _is_signed_name(unit: Unit) -> bool:
    """A reporter's name signing the story, after its last real paragraph: a few words that
    are no sentence, in a small block named as a byline ("<div class="reporter">- Our
    Correspondent -</div>"), or in bold or set right as names are ("<p style="text-align:
    right"><strong>Nguyễn Đông</strong></p>"), perhaps crediting the story's source after it
    ("<strong>Như Tâm</strong> (Theo <em>Reuters</em>)")."""
    text = _TRAILING_CREDIT.sub("", unit.text)
    if (
        unit.length >= _SIGNED_NAME_LENGTH
        or len(text.split()) > _SIGNED_NAME_WORDS
        or text.endswith(SENTENCE_ENDS)
        or _DIGIT.search(text)
    ):
        return False
    element = unit.element
    if holds_token(SIGNOFF_TOKENS, element.get("class"), element.get("id")):
        return True
    return _looks_like_name(text) and (
        is_wholly_in_child(element, BOLD_TAGS) or _is_set_right(element)
    )


def _heads_a_list(units: list[Unit], index: int) -> bool:
    """Whether a list's items follow the line at ``index`` within a few lines: a name in bold
    over a team's line-up ("<b>Crystal Palace</b>", "Formation 3-4-2-1", "<li>1 Henderson"),
    a label of what follows, not a name signing the story."""
    return any(unit.element.tag == "li" for unit in units[index + 1 : index + _LIST_LOOKAHEAD])


def _is_dated_signature(text: str) -> bool:
    """The author's name and the date in brackets closing the story ("(Martin Hödl,
    7.5.2025)", Der Standard's opinion pieces)."""
    found = _DATED_SIGNATURE.fullmatch(text)
    return (
        found is not None
        and len(found.group(1).split()) <= _SIGNED_NAME_WORDS
        and _looks_like_name(found.group(1))
        and is_bare_date_line(found.group(2))
    )


def _looks_like_name(text: str) -> bool:
    """Each word opens with a capital (or is in a script without case), joiners aside."""
    words = [word for word in text.split() if word.casefold() not in _NAME_JOINERS]
    return bool(words) and all(word[0].isupper() or not word[0].islower() for word in words)


def _is_set_right(element: HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or element.get("align", "").lower() == "right"


def _in_metadata_block(
    element: HtmlElement, blocks: list[HtmlElement], scores: Scores, *, small: bool = False
) -> bool:
    """Whether the element, or an ancestor within the story's blocks, is named as a byline,
    date or label block (class, id or component name); with ``small``, only a block too
    short to wrap a paragraph counts (a rich-text wrapper's class may say "meta_field")."""
    for ancestor in (element, *scores.ancestors(element)):
        if small and scores.text_length.get(ancestor, 0) >= ANCHOR_LENGTH * 2:
            break
        if _names_head_metadata(ancestor):
            return True
        if any(ancestor is block for block in blocks):
            break
    return False


def _has_time(unit: Unit) -> bool:
    """A short line that is or holds a ``<time>`` element: a date line."""
    return unit.length < SHORT_LINE and (unit.element.tag == "time" or _holds(unit.element, "time"))


def _is_photo_credit(unit: Unit) -> bool:
    """A short line that credits a picture ("Photo: Reuters", "Фото: РИА Новости"), or a
    Chinese caption closed by its photographer's credit ("...庆祝。新华社记者 林海川 摄"),
    wherever it stands: no line of the story."""
    if unit.length <= _MAX_PHOTO_CREDIT and _PHOTO_CREDIT.match(unit.text) is not None:
        return True
    return unit.length < SHORT_LINE and _CJK_PHOTO_CREDIT.search(unit.text) is not None


# A frame's label over it: a line of at most this many words ("Result", "Live demo").
_FRAME_LABEL_WORDS = 3
# How far up from a label its wrapper beside the code block or frame is looked for
# (span > div.example-header).
_LABEL_WRAPPER_DEPTH = 3


def _is_label_over_no_text(unit: Unit) -> bool:
    """A short line right over what the body reads as no line of text: a code block's
    language name over its ``<pre>`` ("<div class="example-header"><span>js</span></div>
    <pre>"), an embed's label over its frame ("<p>Result</p><iframe>")."""
    if unit.is_heading or unit.link_length or len(unit.text.split()) > _FRAME_LABEL_WORDS:
        return False
    following = _next_beside(unit.element)
    if following is None:
        return False
    if following.tag == "iframe":
        return not unit.text.endswith(SENTENCE_ENDS)
    return unit.text.casefold() in CODE_LANGUAGE_NAMES and (
        following.tag == "pre" or following.find("pre") is not None
    )


def _next_beside(element: HtmlElement) -> HtmlElement | None:
    """The element right after ``element``, or after the wrapper it closes, no text between
    (up to a few wrappers up)."""
    node: HtmlElement | None = element
    for _ in range(_LABEL_WRAPPER_DEPTH):
        if node is None or (node.tail or "").strip():
            return None
        following = node.getnext()
        if following is not None:
            return following if isinstance(following.tag, str) else None
        node = node.getparent()
    return None


def _times_alone(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """``<time>`` elements that are their parent's whole text, short and no heading: a live
    blog's entry time over each entry ("<div class="post-time"><time>11:40 p.m.</time>
    </div>"), a date line wherever it stands in the story."""
    found: list[HtmlElement] = []
    for block in blocks:
        for element in block.iter("time"):
            parent = element.getparent()
            if parent is None or parent.tag in HEADING_TAGS:
                continue
            text = subtree_text(element).strip()
            if text and len(text) < SHORT_LINE and subtree_text(parent).strip() == text:
                found.append(element)
    return found


def _entry_date_lines(units: list[Unit]) -> list[HtmlElement]:
    """Lines that are a date and a time and nothing else, written without ``<time>``, when
    two or more of one make stand in the story: a live page's entry times over each entry
    ("<div class="live-time"><span>13 May 2025</span> <span>12:20</span></div>"). (A date
    alone repeated is a chronology's heading; a time tells an entry's stamp.)"""
    found: dict[tuple[str, str], list[HtmlElement]] = {}
    for unit in units:
        element = unit.element
        if (
            unit.length >= SHORT_LINE
            or unit.encloses_units
            or element.tag in HEADING_TAGS
            or _CLOCK_TIME.search(unit.text) is None
            or not is_bare_date_line(unit.text)
        ):
            continue
        parent = element.getparent()
        make = make_of(element) or (make_of(parent) if parent is not None else None)
        if make is not None:
            found.setdefault(make, []).append(element)
    return [element for lines in found.values() if len(lines) > 1 for element in lines]


def _follows_image(element: HtmlElement, scores: Scores) -> bool:
    """True when the element comes right after a block holding only a picture."""
    previous = previous_element(element)
    if previous is None or scores.text_length.get(previous, 0):
        return False
    return previous.tag == "img" or _holds(previous, "img")


def _holds(element: HtmlElement, tag: str) -> bool:
    """True when an element named ``tag`` sits inside the element."""
    return next(element.iterdescendants(tag), None) is not None


def _is_anchor(unit: Unit) -> bool:
    """A real paragraph: long, few links, not a heading, and made of words (not a URL)."""
    return (
        unit.length >= ANCHOR_LENGTH
        and unit.link_density < 0.3
        and unit.element.tag not in HEADING_TAGS
        and is_made_of_words(unit.text, unit.length)
        # a dateline that spells its dates out is long, but holds <time> elements
        and not (unit.length < SHORT_LINE * 2 and _holds(unit.element, "time"))
        and not _is_appeal(unit)
        and not _links_to_platforms(unit)
        and not is_page_notice(unit)
        and not is_label(unit.text)  # (a syndicator's long "Citation: ..." line)
        and PRESS_RELEASE_TRAILER.match(unit.text) is None  # (a wire's long credit line)
        # (a labelled field's long value above the story: a syndicator's "Summary:")
        and not _in_labelled_list(unit.element)
    )


def _is_wire_staff_credit(text: str) -> bool:
    """A wire's staff credit ("(Reporting by A in Kalvik; Editing by B)"): role parts joined
    by ";", or one alone in brackets; not a sentence opening "Reporting by ..." alone."""
    if len(text) >= SHORT_LINE * 2:
        return False
    bracketed = text.startswith("(") and text.endswith(")")
    inner = text[1:-1].strip() if bracketed else text
    return (bracketed or ";" in inner) and (
        WIRE_STAFF_CREDIT.fullmatch(inner.rstrip(".").casefold()) is not None
    )


class _AnchorFinder:
    """The story's real paragraphs (``_is_anchor``) among its units, each unit tested once
    and only when a search reaches it."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.known: dict[int, bool] = {}

    def _is_anchor(self, index: int) -> bool:
        found = self.known.get(index)
        if found is None:
            found = self.known[index] = _is_anchor(self.units[index])
        return found

    def after(self, start: int, stop: int) -> int | None:
        """The index of the first anchor after ``start`` and before ``stop``, or None."""
        return next((i for i in range(start + 1, stop) if self._is_anchor(i)), None)

    def before(self, start: int, stop: int) -> int | None:
        """The index of the last anchor before ``start`` and after ``stop``, or None."""
        return next((i for i in range(start - 1, stop, -1) if self._is_anchor(i)), None)


def _is_linked_sentence(unit: Unit) -> bool:
    """A sentence of the story that links a few of its words ("Residents can <a>add the
    meeting to their calendar</a>; it will be held at the village hall on Thursday."): its
    own words say more than a "Read more: <a>...</a>" line's label does."""
    text = unit.text
    return (
        unit.length - unit.link_length >= _LINKED_SENTENCE_WORDS_LENGTH
        and text.endswith(SENTENCE_ENDS)
        and text.split(None, 1)[0].casefold() not in CALL_TO_ACTION_VERBS
    )


def _links_to_platforms(unit: Unit) -> bool:
    """A short line linking two social or messaging platforms or more: a follow-us appeal
    whatever its language."""
    if (
        unit.length >= SHORT_LINE * 2
        or not unit.link_length
        or next(unit.element.iterancestors("blockquote"), None) is not None
    ):
        return False  # (an embedded post's links are the post's: its author, its pictures)
    platforms = set()
    for link in unit.element.iter("a"):
        host = host_of(link.get("href"))
        platforms.add(_TELEGRAM if host == _TELEGRAM_HOST else host_label(host))
    return len(platforms & SOCIAL_PLATFORM_LABELS) >= _APPEAL_PLATFORMS


def _is_repeated_dateline(unit: Unit, lead: Unit) -> bool:
    """A place in capitals on a line of its own above the story's first paragraph, which
    opens with it ("ANKARA" over "ANKARA (AA) - Türkiye will host ...")."""
    text = unit.text
    return (
        unit.length <= _MAX_DATELINE_PLACE
        and text.isupper()
        and lead.text.startswith(text)
        and not lead.text[len(text) : len(text) + 1].isalpha()
    )


def _is_dateline_block(unit: Unit) -> bool:
    """A dateline set as a block of its own over the story's first paragraph: a short line,
    no sentence, closed by a dash, that holds a ``<cite>`` or parts classed as a place or a
    source ("<cite><span class="source__location">Washington</span><span>CNN</span></cite>
    —")."""
    if unit.length > _MAX_DATELINE_PLACE or not unit.text.endswith(DATELINE_DASHES):
        return False
    return any(
        part.tag == "cite" or holds_token(DATELINE_PART_TOKENS, part.get("class"))
        for part in unit.element.iter()
    )


def _is_appeal(unit: Unit) -> bool:
    """An invitation to a messaging app's channel or the site's app (``is_channel_appeal``),
    a blogger's appeal for likes and follows (``is_reader_action_appeal``), or a linked line
    that opens as a follow-us, sign-up or support appeal does ("Follow us
    on Telegram to...", "Подписывайтесь на наш канал...", "Join ST's Telegram channel..."),
    or whose link is such an appeal or a newsletter's ("Start the day with ... <a>Sign up for
    our Morning Edition newsletter</a>.", "... sign up to our weekly <a>Inside Politics
    newsletter</a>"): a long one still is no paragraph of the story."""
    if is_channel_appeal(unit) or is_reader_action_appeal(unit):
        return True
    if not unit.link_length or unit.length >= SHORT_LINE * 2:
        return unit.link_length > 0 and _opens_with_newsletter_link(unit)
    if heading_kind(" ".join(unit.text.split()[:_APPEAL_WORDS])) in APPEAL_KINDS:
        return True
    text = unit.text.casefold()
    if CHANNEL_APPEAL.match(text):
        return True  # ("Join ST's Telegram channel here and get the latest breaking news")
    if text.split(None, 1)[0] in NEWS_APPEAL_OPENERS and any(
        words in text for words in NEWS_APPEAL_WORDS
    ):
        return True  # ("Get Current Updates on <a>India News</a> ... and Top Headlines")
    for link in unit.element.iter("a"):
        words = " ".join(subtree_text(link).split())
        if heading_kind(words) in APPEAL_KINDS or _names_a_newsletter(words):
            return True
    return False


def _paywall_boxes(
    units: list[Unit], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """The boxes inside the story's blocks that hold a paywall's notice ("Subscribe to continue
    reading", ``PAYWALL_NOTICE_OPENERS``) among short lines only: the wall, its offer and
    its pitch ("Get unlimited digital access for just $1 ...") go with the notice, whatever
    the box's class says."""
    boxes: list[HtmlElement] = []
    for unit in units:
        if _PAYWALL_NOTICE.span(unit.text) is None:
            continue
        for box in itertools.islice(unit.element.iterancestors(), _PAYWALL_BOX_LEVELS):
            if any(box is block or is_descendant(block, box) for block in blocks):
                break  # (the story's own block, or one around it)
            lines = [scores.unit_of[element] for element in box.iter() if element in scores.unit_of]
            if len(lines) <= _MAX_PAYWALL_LINES and all(
                line.length < _MAX_PAYWALL_LINE for line in lines
            ):
                if box not in boxes:
                    boxes.append(box)
                break
    return boxes


def _links_back_only(unit: Unit, markers: Mapping[str, str]) -> bool:
    """A line whose only links lead back up the page to where it is cited: a footnote, no
    link to elsewhere (``markers`` as ``_note_markers`` gives them)."""
    return all(_is_back_link(link, markers) for link in unit.element.iter("a"))


def _note_markers(links: Iterable[HtmlElement]) -> dict[str, str]:
    """The ids of the story's links to a place on the page (a note's marker in the text,
    "<a id="ref_1_0" href="#ref_1">[1]</a>", or its superscript's: MediaWiki's "<sup
    id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup>"), each with the id it leads to."""
    markers: dict[str, str] = {}
    for link in links:
        href = link.get("href")
        if not href or not href.startswith("#"):
            continue
        marker = link.get("id")
        if not marker:
            parent = link.getparent()
            marker = parent.get("id") if parent is not None and parent.tag == "sup" else None
        if marker:
            markers[marker] = href[1:]
    return markers


def _is_back_link(link: HtmlElement, markers: Mapping[str, str]) -> bool:
    """A footnote's link back to its marker in the text ("<a href='#fnref:1'>↩︎</a>"): a
    control, no text of the note; whatever sign it shows ("^", Zhihu's reference list), when
    it leads to a marker (``markers``) that leads to the note holding it."""
    href = link.get("href") or ""
    if not href.startswith("#"):
        return False
    mark = subtree_text(link).strip().strip(_VARIATION_SELECTORS)
    if not mark:
        return False
    if FOOTNOTE_BACK_MARKS.issuperset(mark):
        return True
    note = markers.get(href[1:])
    return (
        note is not None
        and len(mark) <= _MAX_BACK_MARK
        and not any(character.isalnum() for character in mark)
        and any(
            holder.get("id") == note
            for holder in itertools.islice(link.iterancestors(), _BACK_LINK_LEVELS)
        )
    )


def _is_card_host_line(link: HtmlElement) -> bool:
    """The host line of a card embedded as a frame: a link whose text is the host it leads
    to, right after the ``<iframe>``, alone in its wrapper or not ("<iframe class="embed-card"
    ...></iframe><cite><a href="https://example.com/entry/1">example.com</a></cite>"). The
    frame shows the card; the line is no text of the story."""
    text = (link.text or "").strip()
    if not text or len(link) or " " in text or "." not in text:
        return False  # (the cheap tests first: a host's name is one word with dots)
    if host_of(text if "//" in text else f"http://{text}") != host_of(link.get("href")):
        return False
    element = link
    for _ in range(_CARD_HOST_WRAPPERS + 1):
        previous = element.getprevious()
        if previous is not None:
            return previous.tag == "iframe" and not (previous.tail or "").strip()
        parent = element.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        element = parent
    return False


def _without_back_mark(unit: Unit) -> str:
    """The line's text without the mark of a link back up the page that opens it (a
    reference's "↑ https://...", a note's "^"): a sign, no word of the line."""
    text = unit.text
    first = next(unit.element.iter("a"), None)
    if first is None or not (first.get("href") or "").startswith("#"):
        return text
    mark = subtree_text(first).strip()
    if 0 < len(mark) <= _BACK_MARK_LENGTH and text.startswith(mark) and not mark.isalnum():
        return text[len(mark) :].lstrip()
    return text


def _is_footnote_marker(link: HtmlElement) -> bool:
    """A footnote's bare number in the text, linked down to its note ("...by itself.<a
    href='#footnote-1'>1</a>", Substack's): glued to the word before it in plain text, it
    would read as part of it. (A bracketed marker, Wikipedia's "[12]", reads apart, as does a
    number the sentence spells as a word: "see footnote <a>1</a>"; both stay.)"""
    href = link.get("href")
    if not href or not href.startswith("#"):
        return False
    mark = (link.text or "").strip()
    if not (
        0 < len(mark) <= _FOOTNOTE_MARK_DIGITS
        and mark.isdigit()
        and not len(link)
        and _FOOTNOTE_TARGET.match(href[1:]) is not None
    ):
        return False
    before = _text_before(link)
    return bool(before) and not before[-1].isspace()


def _text_before(element: HtmlElement) -> str:
    """The text right before the element, past the wrappers it is alone in (a marker's
    "<span><a>1</a></span>", "<sup><a>1</a></sup>")."""
    for _ in range(_FOOTNOTE_WRAPPERS + 1):
        previous = element.getprevious()
        if previous is not None:
            return previous.tail or subtree_text(previous)  # ("<em>itself.</em><a>1</a>")
        parent = element.getparent()
        if parent is None:
            return ""
        if parent.text and parent.text.strip():
            return parent.text
        element = parent
    return ""


def _opens_with_newsletter_link(unit: Unit) -> bool:
    """A line that opens with a link to a newsletter's sign-up page, naming a newsletter ("<a
    href='/newsletter/'>La newsletter del Corriere di Bologna</a><br>Se vuoi restare
    aggiornato ... iscriviti gratis ..."): the newsletter's pitch, however long it runs."""
    if unit.length >= SHORT_LINE * 4:
        return False
    lead, link = lead_and_first_link(unit.element)
    if link is None or lead.strip():
        return False
    words = subtree_text(link).casefold()
    if not any(ending in words for ending in NEWSLETTER_LINK_ENDINGS):
        return False
    try:
        path = urlsplit((link.get("href") or "").strip()).path
    except ValueError:
        return False
    return not NEWSLETTER_PATH_SEGMENTS.isdisjoint(path.casefold().split("/"))


def _is_newsletter_plug(unit: Unit) -> bool:
    """A short linked line between paragraphs that signs the reader up to a newsletter ("For
    more news from across Scotland, <a>sign up to our daily newsletter here</a>.", "Sign up
    to our daily newsletter <a>here</a>.")."""
    if not unit.link_length or unit.length >= SHORT_LINE * 2:
        return False
    if _NEWSLETTER_SIGN_UP.search(unit.text) or CLICK_TO_SIGN_UP.match(unit.text):
        return True
    # (a newsletter named, and a bare call to action linked: "The Opinion newsletter is a
    # weekly wrap of views ... <a>Sign up here</a>.")
    names_newsletter = any(word in unit.text.casefold() for word in NEWSLETTER_LINK_ENDINGS)
    return any(
        _is_newsletter_link(link) or (names_newsletter and is_call_to_action(link))
        for link in unit.element.iter("a")
    )


def _is_newsletter_link(link: HtmlElement) -> bool:
    """A link that names a newsletter as a heading would, or signs the reader up to one on a
    line of its own under a label ("<strong>Get more local news</strong><br><a>Sign up for
    the ABC Rural newsletter ...</a>": the line's text runs the label into it)."""
    text = " ".join(subtree_text(link).split())
    return heading_kind(text) is Kind.NEWSLETTER or _NEWSLETTER_SIGN_UP.match(text) is not None


def _names_a_newsletter(words: str) -> bool:
    """A link to a named newsletter ("Inside Politics newsletter", "subscribe to the Engadget
    Deals newsletter", "PEOPLE's free daily newsletter": a capitalised word before the word
    newsletter; "this newsletter" names none)."""
    if not words.casefold().endswith(NEWSLETTER_LINK_ENDINGS):
        return False
    return any(word[:1].isupper() for word in words.split()[:-1])


def _story_units(blocks: list[HtmlElement], scores: Scores, skip: set[HtmlElement]) -> list[Unit]:
    """The units left in the story blocks, in page order, with the block holding each."""
    unit_of = scores.unit_of
    units: list[Unit] = []
    for block in blocks:
        walker = lxml.etree.iterwalk(block, events=("start",))
        for _event, element in walker:
            if element in skip:
                walker.skip_subtree()
                continue
            unit = unit_of.get(element)
            if unit is not None:
                units.append(unit)
    return units


# A heading reading like a media player's label is at most this long (its words and marks).
_MAX_SECTION_LABEL = 2 * max(map(len, SECTION_WORD_LABELS))


def is_section_heading(unit: Unit) -> bool:
    """A subheading over text of its own that reads like a media player's label ("Photo",
    "Image", "Video": a camera or TV review's sections)."""
    if (
        unit.element.tag not in HEADING_TAGS
        or len(unit.text) > _MAX_SECTION_LABEL  # (not every long heading normalised)
        or normalise(unit.text) not in SECTION_WORD_LABELS
    ):
        return False
    following = next_element(unit.element)
    return (
        following is not None
        and following.tag not in HEADING_TAGS
        and len(following.text_content().strip()) >= ANCHOR_LENGTH
    )


def _in_labelled_list(element: HtmlElement) -> bool:
    """The line is a term or value of a list of labelled fields ("<dl><dt>Date:</dt><dd>June
    11, 2025</dd><dt>Source:</dt>..."): above the story, its metadata."""
    dl = next(element.iterancestors("dl"), None) if element.tag != "dl" else element
    if dl is None:
        return False
    terms = [text_of(term) for term in dl.iter("dt")]
    return bool(terms) and all(
        term.endswith((":", "：")) and len(term) <= _MAX_FIELD_LABEL for term in terms
    )


def _is_list_field(unit: Unit) -> bool:
    """An item of a list of several ("<li>Autora: Helena Caldas</li><li>Editora: ...</li>"):
    a book's or a show's card in the story, no byline however it reads."""
    element = unit.element
    if element.tag != "li":
        return False
    parent = element.getparent()
    return parent is not None and sum(1 for child in parent if child.tag == "li") > 1


def _after_end_mark(units: list[Unit], first: int) -> list[HtmlElement]:
    """The lines after a press release's end mark ("###", "-30-") past its first paragraph,
    when they are less than the text before it: the issuer's notes and contacts."""
    for index in range(len(units) - 1, first, -1):
        if is_end_mark(units[index].text):
            after = units[index + 1 :]
            before = sum(unit.length for unit in units[:index] if not unit.encloses_units)
            if sum(unit.length for unit in after if not unit.encloses_units) < before:
                return [unit.element for unit in after if not unit.encloses_units]
            return []
    return []


# A letter's signature: its closing words, then at most this many lines (a name, a role)...
_SIGNATURE_LINES = 2
# ... of at most this many characters each.
_SIGNATURE_LINE = 60


def _letter_signatures(units: list[Unit], first: int) -> list[HtmlElement]:
    """A letter's closing words past the story's first paragraph and the signer's name and
    role under them ("With gratitude," "Denise Albright" "Executive Director"): no
    paragraphs of it, wherever the letter ends in the page (a newsletter's other items may
    follow)."""
    found: list[HtmlElement] = []
    for index in range(first + 1, len(units)):
        text = units[index].text
        if (
            not text.endswith((",", "،"))
            or len(text) > _SIGNATURE_LINE
            or text[:-1].strip().casefold() not in VALEDICTIONS
        ):
            continue
        lines = [
            unit
            for unit in itertools.islice(units, index + 1, index + 1 + _SIGNATURE_LINES)
            if not unit.encloses_units
        ]
        signature = list(
            itertools.takewhile(
                lambda unit: (
                    unit.length <= _SIGNATURE_LINE
                    and unit.element.tag not in HEADING_TAGS
                    and not unit.text.endswith(SENTENCE_ENDS)
                ),
                lines,
            )
        )
        if signature and signature[0].link_length == 0 and _looks_like_name(signature[0].text):
            found.append(units[index].element)
            found.extend(unit.element for unit in signature)
    return found


def edge_leftovers(
    blocks: list[HtmlElement],
    scores: Scores,
    titles: Collection[str],
    skip: set[HtmlElement],
    unlabelled: set[str] | None = None,
) -> list[HtmlElement]:
    """Elements to skip at the story's edges and in between: before its first real paragraph,
    the headline, byline and date; after its last, short link and heading lines; anywhere,
    lines that are just a boilerplate label ("Advertisement"). The texts of the lines found
    no label are added to ``unlabelled`` (``trim_paragraphs`` need not test them again)."""
    standfirsts = standfirsts_under_headline(blocks)
    units = _story_units(blocks, scores, skip.union(standfirsts) if standfirsts else skip)
    # (a picture's caption written as a sentence is no real paragraph: the story's head, its
    # headline and byline, may come after it)
    captions = {unit.element for unit in units if is_loose_caption(unit, scores)}
    if captions:
        units = [unit for unit in units if unit.element not in captions]
    # (only the anchors at the story's two ends matter: those between are not looked for)
    anchor = _AnchorFinder(units)
    first = anchor.after(-1, len(units))
    if first is None:
        return []
    last = anchor.before(len(units), first - 1)
    assert last is not None  # (``first`` is one)
    dropped: list[HtmlElement] = [*standfirsts, *captions]
    # a pitch closed by its button ("... join 4,200 members." + "Become a member") reads as a
    # paragraph: its box goes, and the story ends before it
    while last > first:
        box = pitch_box(units[last].element)
        previous = anchor.before(last, first - 1)
        assert previous is not None  # (``first`` is one)
        if box is None or is_descendant(units[previous].element, box):
            break  # (a box holding the paragraph before the pitch is the story's container)
        dropped.append(box)
        last = previous
    # (the makes of subheadings that head several of the story's entries, a live blog's
    # "<h2 class="live-update__headline">": each is an entry's, however it reads)
    entry_makes = repeated_makes(unit.element for unit in units if unit.element.tag in HEADING_TAGS)
    second = anchor.after(first, last + 1) if last > first else first
    assert second is not None  # (``last`` is one)
    closing = _last_before_footnotes(units, anchor, first, last, blocks, scores)
    links = [link for block in blocks for link in block.iter("a")]
    markers = _note_markers(links)
    trailing_headings: list[int] = []  # indices of the headings after the last anchor
    for index, unit in enumerate(units):
        if unit.encloses_units:
            if index < first:
                if len(unit.text) < SHORT_LINE and _looks_like_metadata(unit, blocks, scores):
                    # a short line of metadata whose parts are lines of their own ("Published
                    # in <a><p>Civic Notes</p></a> 4 min read · Apr 9, 2025"): no paragraph
                    dropped.append(unit.element)
                else:
                    dropped.extend(_metadata_children(unit.element, scores))
            continue  # dropping it would drop the paragraphs inside it
        label = is_label(unit.text)
        if not label and unlabelled is not None:
            unlabelled.add(unit.text)
        elif label and is_number_alone(unit.text) and is_data_cell(unit.element, scores):
            label = False  # (a data table's cell: the row's figure, "<td><p>3</p></td>")
        if (
            (label and not is_section_heading(unit))
            or (is_wholly_in_child(unit.element, EMPHASIS_TAGS) and _is_appeal(unit))
            or _is_newsletter_plug(unit)
            or is_rights_notice(unit)
            or is_sourcing_blurb(unit)
            or is_ad_line(unit)
            or is_vendor_credit(unit)
            or _is_photo_credit(unit)
            or _is_label_over_no_text(unit)
            # (the story's last line or one after it: the credit itself still counts as the
            # story's end, so the graphics' links before it stay)
            or (index >= closing and _is_wire_staff_credit(unit.text))
        ):
            # (an appeal set in bold or italics between paragraphs: "<strong>Click <a>here</a>
            # to download our app</strong>"; a line whose link signs the reader up; a rights
            # notice between a short story and a box that reads as more of it; a site's
            # blurb on its sourcing over the story's list of sources; an ad)
            dropped.append(unit.element)
        elif index < first:
            if make_of(unit.element) in entry_makes:
                continue  # (a live blog's first entry: its heading is like the others')
            if (
                (unit.element.tag == "h1" and not _is_section_h1(unit, titles))
                or _is_title(unit, titles)
                or _looks_like_metadata(unit, blocks, scores)
                or _is_appeal(unit)
                or is_page_notice(unit)
                or _is_repeated_dateline(unit, units[first])
                or _is_dateline_block(unit)
                or is_wire_dateline_line(unit.text)
                or _in_labelled_list(unit.element)
                or _is_labelled_source(unit.text)
            ):
                dropped.append(unit.element)
        elif index < second and index <= first + AFTER_STANDFIRST:
            if make_of(unit.element) in entry_makes:
                continue
            # a standfirst can open the story's block before the headline, byline or date
            # ("Opinion | <standfirst> | By | <date> | <story>"): those lines still go, on
            # strong signs only (the first paragraph of a story may be followed by anything;
            # the headline's words there are its repeat only as a heading: a product box's
            # blurb may read "The best electric kettle" under "The Best Electric Kettle")
            if (
                (unit.element.tag in HEADING_TAGS and _is_title(unit, titles))
                or is_byline(unit.text)
                or is_signoff(unit.text)
                or is_dated_line(unit.text)
                or _has_time(unit)
                or (
                    unit.length < SHORT_LINE
                    and _in_metadata_block(unit.element, blocks, scores, small=True)
                )
            ):
                dropped.append(unit.element)
        elif index > last and unit.element.tag in HEADING_TAGS:
            if not is_followed_by_text(unit.element):
                trailing_headings.append(index)
        elif (
            index > closing and (index > last or not _in_footnotes(unit.element, blocks, scores))
        ) and (
            (
                unit.length < SHORT_LINE
                and unit.link_length > 0
                and not is_address(_without_back_mark(unit))
                and _ORIGINAL_CREDIT.span(unit.text) is None
                and not _is_linked_sentence(unit)
                and not _links_back_only(unit, markers)
                and not is_attribution(unit, scores)
                # (a linked row of a table with a header row: the table's data)
                and not is_headed_table_part(unit.element)
            )
            or is_dated_line(unit.text)
            or is_bare_date_line(unit.text)
            or is_signoff(unit.text)
            or (_is_signed_name(unit) and not _heads_a_list(units, index))
            or _is_dated_signature(unit.text)
            or (unit.length < SHORT_LINE and is_byline(unit.text) and not _is_list_field(unit))
            or (
                unit.length < SHORT_LINE and unit.text.casefold().startswith(CLOSING_CREDIT_OPENERS)
            )
            or _is_appeal(unit)
            or is_save_appeal(unit)
            or _links_to_platforms(unit)
            or _is_source_line(unit.text)
            or is_page_notice(unit)
            or is_promo_line(unit)
        ):
            dropped.append(unit.element)
    dropped.extend(_after_end_mark(units, first))
    dropped.extend(_letter_signatures(units, first))
    # short links that no line of text holds go like short linked lines do: before the
    # first real paragraph, the names of a byline written as bare links in <div>s ("<div
    # class="gnt_ar_by_n"><a href="/staff/...">Maria Delgado</a></div>"); after the last, a
    # row of topic tags written as bare links, "Reuse this content"
    dropped.extend(_stray_short_links(units[first].element, blocks, scores, after=False))
    dropped.extend(_stray_short_links(units[last].element, blocks, scores, after=True))
    dropped.extend(_appeal_links(blocks, scores))
    dropped.extend(teaser_cards(blocks, scores))
    dropped.extend(labelled_link_lines(links))
    dropped.extend(_writer_credit_lines(links, blocks, scores))
    dropped.extend(_bylines_under_headings(units, scores))
    dropped.extend(_times_alone(blocks))
    dropped.extend(_entry_date_lines(units))
    dropped.extend(_paywall_boxes(units, blocks, scores))
    dropped.extend(
        link
        for link in links
        if _is_back_link(link, markers) or _is_footnote_marker(link) or _is_card_host_line(link)
    )
    # a heading after the last real paragraph goes unless a line it heads stays (the last
    # item of a list of short sections: "8. Fort Collins" and its one-line paragraph)
    gone = set(dropped)
    last_kept = max(
        (
            index
            for index in range(last + 1, len(units))
            if units[index].element not in gone
            and units[index].element.tag not in HEADING_TAGS
            and not units[index].encloses_units
        ),
        default=last,
    )
    dropped.extend(units[index].element for index in trailing_headings if index > last_kept)
    return dropped


def _writer_credit_lines(
    links: list[HtmlElement], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """Lines of their own, anywhere in the story, that open with a link to a writer's page
    and go on only with their role or institution after a comma: a republished story's
    credits to its writer ("<a href=".../profiles/jo-lind-12">Jo Lind</a>, University of
    ...", above the story and, with the role, below it)."""
    found: list[HtmlElement] = []
    for link in links:
        if author_page_slug(link) is None:
            continue
        name = " ".join(subtree_text(link).split())
        line = _line_opened_by(link, blocks, scores)
        if line is None or " " not in name:
            continue
        text = " ".join(subtree_text(line).split())
        rest = text[len(name) :]
        if (
            text.startswith(name)
            and rest.startswith(",")
            and len(text) < SHORT_LINE
            and not text.endswith(SENTENCE_ENDS)
        ):
            found.append(line)
    return found


def _bylines_under_headings(units: list[Unit], scores: Scores) -> list[HtmlElement]:
    """Bylines alone (no date) standing right under a heading in the story, as lines of their
    own: a newsletter's sections each credit their writer ("<h2>...</h2><span><em>By Maya
    Ortiz</em></span>")."""
    found: list[HtmlElement] = []
    for unit in units:
        heading = unit.element
        if heading.tag not in HEADING_TAGS or (heading.tail or "").strip():
            continue
        line = heading.getnext()
        if line is None or not isinstance(line.tag, str) or (line.tail or "").strip():
            continue
        inner = scores.unit_of.get(line)
        if inner is not None and inner.encloses_units:
            continue
        text = " ".join(subtree_text(line).split())
        if (
            len(text) <= _MAX_BYLINE_UNDER_HEADING
            and not text.endswith(SENTENCE_ENDS)
            and opens_with_byline(text)
            and not _DIGIT.search(text)  # (a byline and its date head a digest's entry)
        ):
            found.append(line)
    return found


def _line_opened_by(
    link: HtmlElement, blocks: list[HtmlElement], scores: Scores
) -> HtmlElement | None:
    """The widest element up to a paragraph (a unit) that ``link`` opens and that is a line
    of its own (no text of its container's runs on after it); None if there is none."""
    line = link
    while True:
        parent = line.getparent()
        if parent is None or any(parent is block for block in blocks):
            break
        unit = scores.unit_of.get(parent)
        if unit is not None and unit.encloses_units:
            break
        if (parent.text or "").strip() or line.getprevious() is not None:
            return None  # (the link stands inside a sentence)
        line = parent
        if unit is not None:
            break
    return None if line is link or (line.tail or "").strip() else line


def _last_before_footnotes(
    units: list[Unit],
    anchor: _AnchorFinder,
    first: int,
    last: int,
    blocks: list[HtmlElement],
    scores: Scores,
) -> int:
    """The index of the story's last real paragraph outside its footnotes ("<div
    class="footnote"><p>*1: ...</p></div>" after the story): the lines between that
    paragraph and the notes are the story's tail too (a closing credit, a sign-off)."""
    closing = last
    while closing > first and _in_footnotes(units[closing].element, blocks, scores):
        previous = anchor.before(closing, first - 1)
        assert previous is not None  # (``first`` is one)
        closing = previous
    return closing


def _in_footnotes(element: HtmlElement, blocks: list[HtmlElement], scores: Scores) -> bool:
    """Whether the element, or an ancestor within the story's blocks, is named as footnotes."""
    for ancestor in (element, *scores.ancestors(element)):
        if holds_token(FOOTNOTE_TOKENS, ancestor.get("class"), ancestor.get("id")):
            return True
        if any(ancestor is block for block in blocks):
            break
    return False


def _stray_short_links(
    anchor: HtmlElement, blocks: list[HtmlElement], scores: Scores, *, after: bool
) -> list[HtmlElement]:
    """The short links that no line of text holds after (or, with ``after`` false, before)
    the element ``anchor`` in the story's blocks (``Scores.stray_links_beside``), but a
    syndicated copy's credit."""
    found: list[HtmlElement] = []
    for block in blocks:
        for link in scores.stray_links_beside(anchor, block, after=after):
            text = " ".join(subtree_text(link).split())
            if len(text) < SHORT_LINE and _ORIGINAL_CREDIT.span(text) is None:
                found.append(link)
    return found


def _appeal_links(blocks: list[HtmlElement], scores: Scores) -> list[HtmlElement]:
    """Links that no line of text holds, anywhere in the story, that ask the reader to follow
    the site ("Follow Mirror on Google News" between the standfirst and the story), or lead
    to its channel on a messaging app (``is_channel_link``)."""
    found: list[HtmlElement] = []
    for block in blocks:
        for link in scores.loose_links_in(block):
            text = " ".join(subtree_text(link).split())
            if len(text) < SHORT_LINE and (
                CHANNEL_APPEAL.match(text.casefold()) or is_channel_link(link)
            ):
                found.append(link)
    return found


def labels_above_headline(blocks: list[HtmlElement]) -> list[HtmlElement]:
    """The short lines that are no sentence above the headline (``<h1>``) of a story block
    that holds it: a section label or kicker ("Education", "Verkehrswende"), a breadcrumb.
    None when a paragraph comes before that ``<h1>``: it is then no headline but a heading
    inside the story."""
    dropped: list[HtmlElement] = []
    for block in blocks:
        headline = next(block.iterdescendants("h1"), None)
        if headline is not None:
            dropped.extend(_lines_above(headline, block))
    return dropped


def _lines_above(headline: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    labels: list[HtmlElement] = []
    child = headline
    for parent in headline.iterancestors():
        for sibling in child.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            text = " ".join(subtree_text(sibling).split())
            if len(text) >= ANCHOR_LENGTH:
                return []
            if text and len(text) < _KICKER_LENGTH and not text.endswith(SENTENCE_ENDS):
                labels.append(sibling)
        if parent is block:
            break
        child = parent
    return labels


def _metadata_children(element: HtmlElement, scores: Scores) -> list[HtmlElement]:
    """Inline children of a head block that hold its date or byline (``<time>``, a
    ``timestamp`` or ``byline`` class)."""
    found: list[HtmlElement] = []
    for child in element.iterchildren("*"):
        if (
            child in scores.unit_of
            or child.tag in HEADING_TAGS
            or len(child.text_content()) >= SHORT_LINE  # a wrapper, not a date line
        ):
            continue
        if child.tag == "time" or _holds(child, "time"):
            found.append(child)
            continue
        if _names_head_metadata(child):
            found.append(child)
    return found


def _names_head_metadata(element: HtmlElement) -> bool:
    """True when the element's class, id or component name (``data-component="byline"``)
    names a byline, date or label block (or its tag does: ``<address>``)."""
    if element.tag in HEAD_METADATA_TAGS:
        return True
    if not element.keys():
        return False
    raw = " ".join(filter(None, map(element.get, CUE_ATTRIBUTES))).lower()
    if not raw.strip():
        return False
    return _HEAD_METADATA.search(raw) is not None or holds_token(HEAD_METADATA_TOKENS, raw)
