"""The story's edges: the headline, byline, date and caption lines before its first real
paragraph, short link and heading lines after its last, and boilerplate label lines
("Advertisement") anywhere. Works on units, and again on the rendered paragraphs for blocks
that hold several paragraphs of their own (``<br>`` layouts)."""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BOILERPLATE_LABELS,
    BYLINE_OPENERS,
    CALL_TO_ACTION_TEXTS,
    CREDIT_OPENERS,
    HEAD_METADATA_WORDS,
    HEADING_TAGS,
    RIGHTS_NOTICE_PHRASES,
    SENTENCE_END_CHARACTERS,
    SHARE_OPENERS,
)
from newsparse.generic.body_extent import is_followed_by_text
from newsparse.generic.body_lists import is_address
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES
from newsparse.generic.labels import heading_kind, normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.bylines import TRAILING_ROLE_BYLINE
from newsparse.generic.metadata.date_words import MODIFIED_CUES, PUBLISHED_CUES
from newsparse.generic.metadata.patterns import (
    CaselessWords,
    byline_places,
)
from newsparse.generic.metadata.source_words import ORIGINALLY_PUBLISHED
from newsparse.generic.scoring import Scores, Unit, effective_length

HtmlElement = lxml.html.HtmlElement

_HEAD_METADATA = re.compile("|".join(re.escape(word) for word in HEAD_METADATA_WORDS))
_RIGHTS_NOTICE = re.compile("|".join(map(re.escape, RIGHTS_NOTICE_PHRASES)))
_PUNCTUATION = re.compile(r"[\W_]+")
SENTENCE_ENDS = tuple(SENTENCE_END_CHARACTERS)
_DIGIT = re.compile(r"\d")
# A line opening with a date label: "Updated at 1:23 p.m.", "Publicado el 5 de mayo".
_DATE_LABEL = CaselessWords((*MODIFIED_CUES, *PUBLISHED_CUES), before="^", after=r"\b")
# ...is a date line when this short (a sentence may open with "Updated figures show...").
_DATED_LINE_LENGTH = 60
# A syndicated copy's credit ("This article originally appeared on <a>The Atlantic</a>."):
# part of the story's text, though short and linked like the leftovers after it.
_ORIGINAL_CREDIT = CaselessWords(ORIGINALLY_PUBLISHED)
# A line that is one WordPress shortcode the page left unrendered: "[name attr=...]text
# [/name]", or a lone opening tag with attributes or a closing tag. (Lowercase names only:
# an editor's "[Updated]" or "[Video]" is text.)
_SHORTCODE = re.compile(
    r"\[([a-z][a-z0-9_-]*)(?:\s[^\]]*)?\].*\[/\1\]\Z"
    r"|\[[a-z][a-z0-9_-]*\s[^\]=]*=[^\]]*\]\Z"
    r"|\[/[a-z][a-z0-9_-]*\]\Z",
    re.DOTALL,
)
# A reporter's sign-off closing a story: a byline and an e-mail address ("김민준 기자
# mjkim@example.com", "By Jane Doe, jdoe@example.com").
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The first word as _normal() splits words, and the words a label or share button opens with.
_FIRST_WORD = re.compile(r"[^\W_]+")
_LABEL_OPENERS = SHARE_OPENERS | {label.split()[0] for label in BOILERPLATE_LABELS if label}

# A paragraph long enough, and made of enough words, to anchor the story's start and end.
ANCHOR_LENGTH = 80
_ANCHOR_WORDS = 6
# Text at the head or tail of the story shorter than this may be metadata or leftovers.
_SHORT = 120
_BYLINE_LENGTH = 80
_BUTTON_WORDS = 5
# A rights notice after the story is a line of at most this length.
_RIGHTS_NOTICE_LENGTH = 200
# The separators of a breadcrumb's parts and of a row of tools' labels, and how many words
# each part has at most.
_BREADCRUMB = re.compile(r"\s[>»›/]\s")
_TOOLS = re.compile(r"\s[|•·]\s")
_LABEL_WORDS = 4
# The kinds of heading an appeal line opens like, and how many of its first words are read.
_APPEAL_KINDS = frozenset({Kind.SHARE, Kind.APPEAL, Kind.NEWSLETTER})
_APPEAL_WORDS = 6
# A date written out: a month's name or number beside a day and a four-digit year, and a time.
_WRITTEN_DATE = re.compile(
    # "Tue 5 Nov 2024", "August 19, 2024", "05/11/2024"...
    r"(?:(?:\b[^\W\d_]{3,9}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?[.,]?\s+[^\W\d_]{3,9}\.?,?\s+\d{4}"
    r"|\b[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
    # ...and a time: "14.32 GMT", "at 9:12 a.m."
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?",
    re.I,
)
# A line that is a date alone is shorter than this.
_DATE_ALONE_LENGTH = 40
# A sign-up or support box holds at most this many elements (a pitch or two and a button).
_BOX_CHILDREN = 3
# A section label over the headline (its kicker) is shorter than this.
_KICKER_LENGTH = 40
# How many lines after a standfirst may still be the head's byline or date.
_AFTER_STANDFIRST = 3


def trim_paragraphs(paragraphs: list[str], titles: Collection[str]) -> list[str]:
    """The same head and label rules on the rendered text, for what one block held as
    several paragraphs (``<br>`` layouts): a headline, byline or date line before the first
    real paragraph, and label lines anywhere."""
    kept: list[str] = []
    in_head = any(_reads_as_prose(paragraph) for paragraph in paragraphs)
    after_head = 0  # lines read since the first real paragraph, while a date may follow it
    for paragraph in paragraphs:
        if is_label(paragraph) or (in_head and kept and paragraph == kept[-1]):
            continue  # (a line twice in a row above the story: a standfirst shown again)
        if 0 < after_head <= _AFTER_STANDFIRST:
            after_head += 1
            # a standfirst can open the story before its date lines ("Tue 5 Nov 2024 14.32
            # GMT", "Last modified on ..."): on strong signs only, as for units
            if _is_dated_line(paragraph) or _is_date_alone(paragraph):
                continue
        if in_head and "\n" in paragraph:
            # a head written as lines of one block, "Headline<br>By Name<br>March 6, 2024":
            # from a headline or byline line, the head lines go
            lines = paragraph.split("\n")
            if _is_title_text(lines[0], titles) or _is_byline(lines[0]):
                while lines and _is_head_line(lines[0], titles):
                    del lines[0]
                if not lines:
                    continue
                paragraph = "\n".join(lines)
        if in_head:
            if _is_byline(paragraph):
                continue  # (a long metadata line reads as prose too)
            if _reads_as_prose(paragraph):
                in_head = False
                after_head = 1
            elif _is_head_line(paragraph, titles) or _is_row_of_labels(paragraph, _BREADCRUMB):
                continue
        kept.append(paragraph)
    while len(kept) > 1 and (_is_signoff(kept[-1]) or _is_row_of_labels(kept[-1], _TOOLS)):
        kept.pop()
    return kept


def _is_row_of_labels(text: str, separators: re.Pattern[str]) -> bool:
    """A short line of two or more short labels, no sentence among them, split by
    ``separators``: a breadcrumb ("Home > Local News") or a row of tools ("Email this story
    | Printer-friendly version") in a layout that writes them as lines of text."""
    if len(text) >= ANCHOR_LENGTH or "\n" in text:
        return False
    parts = [part.strip() for part in separators.split(text)]
    return len(parts) > 1 and all(
        part and len(part.split()) <= _LABEL_WORDS and not part.endswith(SENTENCE_ENDS)
        for part in parts
    )


def _is_signoff(text: str) -> bool:
    """A reporter's sign-off line: a byline and an e-mail address, nothing else."""
    if len(text) > _BYLINE_LENGTH:
        return False
    found = _EMAIL.search(text)
    if found is None:
        return False
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip(" ,;:|/()<>[]·-–—")
    role = TRAILING_ROLE_BYLINE.match(rest)
    return _opens_with_byline(rest) or (role is not None and role.end() == len(rest))


def _is_head_line(text: str, titles: Collection[str]) -> bool:
    """A headline, byline or date line (above the story's first real paragraph)."""
    return _is_title_text(text, titles) or _is_metadata_line(text)


def is_label(text: str) -> bool:
    """A line that is only a boilerplate label, a share button or an unrendered shortcode."""
    if text.startswith("[") and _SHORTCODE.match(text):
        return True  # ("[button link=...]Send us your review[/button]": markup, not text)
    first = _FIRST_WORD.search(text)
    if first is None or first.group().casefold() not in _LABEL_OPENERS:
        return False  # (the cheap test first: paragraphs are many and long)
    normal = _normal(text)
    if normal in BOILERPLATE_LABELS:
        return True
    words = normal.split()
    return 0 < len(words) <= _BUTTON_WORDS and words[0] in SHARE_OPENERS


def _reads_as_prose(text: str) -> bool:
    length = effective_length(text)
    return length >= ANCHOR_LENGTH and (length > len(text) or _has_words(text, _ANCHOR_WORDS))


def _has_words(text: str, count: int) -> bool:
    """True when the text holds at least ``count`` words (it is split no further)."""
    return len(text.split(None, count - 1)) >= count


def _is_metadata_line(text: str) -> bool:
    if len(text) >= _SHORT or text.endswith(SENTENCE_ENDS):
        return _is_byline(text) or _is_dated_line(text)
    return _is_byline(text) or bool(_DIGIT.search(text))


def _is_date_alone(text: str) -> bool:
    """A short line that is a date and little else ("August 19, 2024", "Tue 5 Nov 2024 14.32
    GMT"): a date written in full, at most two words beside it."""
    if len(text) >= _DATE_ALONE_LENGTH or text.endswith(SENTENCE_ENDS):
        return False
    found = _WRITTEN_DATE.search(text)
    return found is not None and len(_without(text, found).split()) <= 2


def _without(text: str, found: re.Match[str]) -> str:
    return f"{text[: found.start()]} {text[found.end() :]}"


def _is_dated_line(text: str) -> bool:
    """A short line that gives a date or time under a label ("Updated at 1:23 p.m.")."""
    return (
        len(text) <= _DATED_LINE_LENGTH
        and _DATE_LABEL.span(text) is not None
        and _DIGIT.search(text) is not None
    )


def _normal(text: str) -> str:
    return _PUNCTUATION.sub(" ", text).casefold().strip()


def _is_title(unit: Unit, titles: Collection[str]) -> bool:
    return _is_title_text(unit.text, titles)


def _is_title_text(raw: str, titles: Collection[str]) -> bool:
    text = _normal(raw)
    if not text:
        return False
    for title in titles:
        normal = _normal(title)
        if normal and (text == normal or (len(text) > 0.5 * len(normal) and text in normal)):
            return True
    return False


def _looks_like_metadata(unit: Unit, blocks: list[HtmlElement], scores: Scores) -> bool:
    """A short unit at the story's head that reads as a byline, date or label."""
    element = unit.element
    has_time = _holds(element, "time")
    # (a date line with its dates spelled out runs longer: "Le Monde | 04.05.2015 à 13h36 •
    # Mis à jour le 05.05.2015 à 20h13 | Par ...")
    if unit.length >= (_SHORT * 2 if has_time else _SHORT):
        return False
    if has_time:
        return True
    if _in_metadata_block(element, blocks, scores):
        return True
    text = unit.text
    if _is_byline(text) or _is_dated_line(text):
        return True
    if unit.is_heading or text.endswith(SENTENCE_ENDS):
        return False
    # not a sentence: a date line, or a caption under a picture
    return bool(_DIGIT.search(text)) or _follows_image(element, scores)


def _call_to_action_box(element: HtmlElement) -> HtmlElement | None:
    """The small box holding ``element`` when a call-to-action button closes it (a sign-up or
    support pitch and "Become a member"); None otherwise."""
    box = element.getparent()
    if box is None:
        return None
    children = [child for child in box if isinstance(child.tag, str)]
    if not 1 < len(children) <= _BOX_CHILDREN or children[-1] is element:
        return None
    button = children[-1]
    if button.tag != "a" and (len(button) != 1 or button[0].tag != "a"):
        return None
    text = normalise(" ".join(subtree_text(button).split()))
    return box if text in CALL_TO_ACTION_TEXTS else None


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
    return unit.length < _SHORT and (unit.element.tag == "time" or _holds(unit.element, "time"))


def _follows_image(element: HtmlElement, scores: Scores) -> bool:
    """True when the element comes right after a block holding only a picture."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None or scores.text_length.get(previous, 0):
        return False
    return previous.tag == "img" or _holds(previous, "img")


def _is_byline(text: str) -> bool:
    """ "By Jane Doe", "Por Ana Ruiz, enviada especial": an opener, then a capitalised name;
    or a short metadata line with such a byline among its first parts ("05/10/2018 -
    Publicado por: Ana Lima - Categoria: Saúde - Tags: ...")."""
    if _opens_with_byline(text):
        return True
    if len(text) > _SHORT:
        return False
    return any(_opens_with_byline(part) for part in byline_places(text))


def _opens_with_byline(text: str) -> bool:
    if len(text) > _BYLINE_LENGTH:
        return False
    words = text.split()
    for count in (1, 2, 3):
        opener = " ".join(words[:count]).casefold().rstrip(":")
        if (opener in BYLINE_OPENERS or opener in CREDIT_OPENERS) and (
            len(words) > count and words[count][:1].isupper()
        ):
            return True
    return False


def _holds(element: HtmlElement, tag: str) -> bool:
    """True when an element named ``tag`` sits inside the element."""
    return next(element.iterdescendants(tag), None) is not None


def _is_anchor(unit: Unit) -> bool:
    """A real paragraph: long, few links, not a heading, and made of words (not a URL)."""
    return (
        unit.length >= ANCHOR_LENGTH
        and unit.link_density < 0.3
        and unit.element.tag not in HEADING_TAGS
        and (unit.length > len(unit.text) or _has_words(unit.text, _ANCHOR_WORDS))
        # a dateline that spells its dates out is long, but holds <time> elements
        and not (unit.length < _SHORT * 2 and _holds(unit.element, "time"))
        and not _is_appeal(unit)
    )


def _is_appeal(unit: Unit) -> bool:
    """A linked line that opens as a follow-us, sign-up or support appeal does ("Follow us
    on Telegram to...", "Подписывайтесь на наш канал..."): a long one still is no paragraph
    of the story."""
    if not unit.link_length or unit.length >= _SHORT * 2:
        return False
    return heading_kind(" ".join(unit.text.split()[:_APPEAL_WORDS])) in _APPEAL_KINDS


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


def edge_leftovers(
    blocks: list[HtmlElement], scores: Scores, titles: Collection[str], skip: set[HtmlElement]
) -> list[HtmlElement]:
    """Elements to skip at the story's edges and in between: before its first real paragraph,
    the headline, byline and date; after its last, short link and heading lines; anywhere,
    lines that are just a boilerplate label ("Advertisement")."""
    units = _story_units(blocks, scores, skip)
    anchors = [index for index, unit in enumerate(units) if _is_anchor(unit)]
    if not anchors:
        return []
    dropped: list[HtmlElement] = []
    # a pitch closed by its button ("... join 4,200 members." + "Become a member") reads as a
    # paragraph: its box goes, and the story ends before it
    while len(anchors) > 1:
        box = _call_to_action_box(units[anchors[-1]].element)
        if box is None:
            break
        dropped.append(box)
        anchors.pop()
    first, last = anchors[0], anchors[-1]
    second = anchors[1] if len(anchors) > 1 else first
    trailing_headings: list[int] = []  # indices of the headings after the last anchor
    for index, unit in enumerate(units):
        if unit.encloses_units:
            if index < first:
                dropped.extend(_metadata_children(unit.element, scores))
            continue  # dropping it would drop the paragraphs inside it
        if is_label(unit.text):
            dropped.append(unit.element)
        elif index < first:
            if (
                unit.element.tag == "h1"
                or _is_title(unit, titles)
                or _looks_like_metadata(unit, blocks, scores)
            ):
                dropped.append(unit.element)
        elif index < second and index <= first + _AFTER_STANDFIRST:
            # a standfirst can open the story's block before the headline, byline or date
            # ("Opinion | <standfirst> | By | <date> | <story>"): those lines still go, on
            # strong signs only (the first paragraph of a story may be followed by anything)
            if (
                _is_title(unit, titles)
                or _is_byline(unit.text)
                or _has_time(unit)
                or (
                    unit.length < _SHORT
                    and _in_metadata_block(unit.element, blocks, scores, small=True)
                )
            ):
                dropped.append(unit.element)
        elif index > last and unit.element.tag in HEADING_TAGS:
            if not is_followed_by_text(unit.element):
                trailing_headings.append(index)
        elif index > last and (
            (
                unit.length < _SHORT
                and unit.link_length > 0
                and not is_address(unit.text)
                and _ORIGINAL_CREDIT.span(unit.text) is None
            )
            or _is_dated_line(unit.text)
            or _is_signoff(unit.text)
            or (unit.length < _RIGHTS_NOTICE_LENGTH and _RIGHTS_NOTICE.search(unit.text.casefold()))
        ):
            dropped.append(unit.element)
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
            or len(child.text_content()) >= _SHORT  # a wrapper, not a date line
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
    names a byline, date or label block."""
    if not element.keys():
        return False
    raw = " ".join(filter(None, map(element.get, CUE_ATTRIBUTES))).lower()
    return bool(raw.strip()) and _HEAD_METADATA.search(raw) is not None
