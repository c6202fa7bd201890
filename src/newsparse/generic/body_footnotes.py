"""Notes under the story and their marks in it: a note's link back to its marker, a
footnote's bare number glued to the word before it, the notes' block."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Mapping, MutableMapping, Sequence

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    BUTTON_TAGS,
    CLOSING_NOTE_LABELS,
    CORRECTION_TOKENS,
    FOOTNOTE_BACK_MARKS,
    FOOTNOTE_MARK_ATTRIBUTES,
    FOOTNOTE_MARK_TOKENS,
    FOOTNOTE_TOKENS,
    IDENTIFIER_LINE,
    MORE_INFORMATION_HEADINGS,
    NOTE_ANCHOR_PREFIXES,
    SOURCE_LABEL_WORDS,
    SOURCE_LIST_HEADINGS,
    SOURCE_LIST_TOKENS,
)
from newsparse.generic.body_lines import is_feedback_question
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.urls import CITATION_FILE_SUFFIXES
from newsparse.generic.labelled import lead_and_first_link
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata.patterns import one_of
from newsparse.generic.scoring import Scores, Unit
from newsparse.hosts import path_of
from newsparse.tags import HEADING_TAGS
from newsparse.tree_queries import next_element, previous_element, wrapped_alone

HtmlElement = lxml.html.HtmlElement

# A footnote's marker linked to its note: a number of a few digits, the note's id naming a
# footnote ("#footnote-1", "#fn:2", "#fn3", "#note-4").
_FOOTNOTE_MARK_DIGITS = 3
_FOOTNOTE_WRAPPERS = 2
_FOOTNOTE_TARGET = re.compile(r"(?:footnote|fn|note)[-_:]?\d", re.I)
# A note's opening link: to an anchor named after notes and numbered, showing the note's
# number, perhaps in brackets ("<a href="#_ftnref3" id="_ftn3">[3]</a> 15 U.S.C. ...").
_NOTE_ANCHOR = re.compile(
    rf"{one_of(sorted(NOTE_ANCHOR_PREFIXES, key=len, reverse=True))}"
    r"[-_:]?\d",
    re.I,
)
_NOTE_NUMBER = re.compile(r"\[?\d{1,3}\]?\.?")
# A footnote's link back to its marker shows a sign this long at most ("^", "↑"), this many
# levels inside the note the marker leads to.
_MAX_BACK_MARK = 2
_BACK_LINK_LEVELS = 3
# (how an arrow is asked to show as text or as an emoji: "↩︎")
_VARIATION_SELECTORS = "\ufe0e\ufe0f"
# A back link's mark opening a line ("↑", "^", "↩︎") is a character or two.
_BACK_MARK_LENGTH = 2
# A work's citation names it in this many words at least before its link ("U.S. Food and Drug
# Administration. <a>...</a>").
_MIN_CITATION_WORDS = 2
# The list of sources is named this many levels above its entry at most (its item, the list,
# the list's box: "<div class="sources"><ol><li><div>...").
_SOURCE_LIST_LEVELS = 4
# Its heading sits right before the list or before this many wrappers the list opens.
_SOURCE_HEADING_WRAPPERS = 2
_MAX_SOURCE_HEADING = 40
# A longer label over a list of sources, a line of its own closed by a colon, is this short.
_MAX_SOURCE_LABEL = 100
# The tags of a list of sources.
_LIST_TAGS = frozenset({"ul", "ol"})
# A sentence pointing to further reading opens with this many words before its link, under
# one of these headings.
_MORE_INFORMATION = frozenset(map(normalise, MORE_INFORMATION_HEADINGS))
_MIN_POINTER_WORDS = 3
# A block of the story's sources after its container is found this many levels above the
# story's last block at most, past this many boxes between (a newsletter's sign-up, an ad).
_SOURCES_BLOCK_LEVELS = 3
_MAX_BOXES_BEFORE_SOURCES = 2
# Such a box is judged not the story itself or inside this many wrappers that hold it alone
# (a page builder's row: "<section class="t-row"><div class="t-row__center"><div class="...
# share">").
_BOX_WRAPPERS = 3
# A feedback widget's box there holds its question alone, this short, beside its buttons.
_MAX_FEEDBACK_QUESTION = 90
# A line naming the story's identifier there is this short.
_MAX_IDENTIFIER_LINE = 80
# Its heading is its first text, among its first elements (past its wrappers).
_SOURCES_HEADING_REACH = 8
# The tags that bound the climb: the page's own.
_PAGE_TAGS = frozenset({"body", "html"})
# The story's closing note in a box of its own after its container is this short at most.
_MAX_CLOSING_NOTE = 500
# ...or titled by one of those labels alone, on a line of its own above the note's text
# ("<div><p class="title">Fe de errores</p><p>Una versión anterior ...</p></div>").
_CLOSING_NOTE_TITLES = frozenset(CLOSING_NOTE_LABELS)
_MAX_NOTE_TITLE = 30
_CLOSING_NOTE_LABEL = re.compile(rf"{one_of(CLOSING_NOTE_LABELS)}\s*:", re.IGNORECASE)


def links_back_only(unit: Unit, markers: Mapping[str, str]) -> bool:
    """A line whose only links lead back up the page to where it is cited: a footnote, no
    link to elsewhere (``markers`` as ``note_markers`` gives them)."""
    return all(is_back_link(link, markers) for link in unit.element.iter("a"))


def note_markers(links: Iterable[HtmlElement]) -> dict[str, str]:
    """The ids of the story's links to a place on the page (a note's marker in the text,
    "<a id="ref_1_0" href="#ref_1">[1]</a>", or its superscript's: MediaWiki's "<sup
    id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup>"), each with the id it leads to."""
    markers: dict[str, str] = {}
    for link in links:
        href = link.get("href")
        if not href or not href.startswith("#"):
            continue
        marker = _marker_id(link)
        if marker:
            markers[marker] = href[1:]
    return markers


def _marker_id(link: HtmlElement) -> str | None:
    """The id a note's link back leads to: the marker's own, or its superscript's."""
    marker = link.get("id")
    if not marker:
        parent = link.getparent()
        marker = parent.get("id") if parent is not None and parent.tag == "sup" else None
    return marker or None


def answered_markers(links: Iterable[HtmlElement], markers: Mapping[str, str]) -> set[str]:
    """The ids of the markers (``markers`` as ``note_markers`` gives them) that the note each
    leads to links back to: one of ``links`` leads to the marker from within the element the
    marker leads to ("<a href="#a1" id="a1-link">1</a>" ... "<li id="a1">... <a
    href="#a1-link">↩︎</a></li>"), whatever either id reads."""
    answered: set[str] = set()
    for link in links:
        href = link.get("href") or ""
        note = markers.get(href[1:]) if href.startswith("#") else None
        if note is not None and any(
            holder.get("id") == note
            for holder in itertools.islice(link.iterancestors(), _BACK_LINK_LEVELS)
        ):
            answered.add(href[1:])
    return answered


def is_back_link(link: HtmlElement, markers: Mapping[str, str]) -> bool:
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


def opens_with_note_link(unit: Unit) -> bool:
    """A line that opens with a link to a numbered note's anchor on the page, showing the
    number ("<p><a href="#_ftnref3" id="_ftn3">[3]</a> 15 U.S.C. §§ 45(m)(1)(A).</p>", Word's
    and WordPress's notes after an <hr>): a footnote, however short."""
    element = unit.element
    if (element.text or "").strip():
        return False
    first = next((child for child in element if isinstance(child.tag, str)), None)
    while first is not None and first.tag != "a" and not (first.text or "").strip():
        first = next((child for child in first if isinstance(child.tag, str)), None)
    if first is None or first.tag != "a":
        return False
    href = first.get("href") or ""
    return (
        href.startswith("#")
        and _NOTE_ANCHOR.match(href[1:]) is not None
        and _NOTE_NUMBER.fullmatch(subtree_text(first).strip()) is not None
    )


def without_back_mark(unit: Unit) -> str:
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


def join_numbers_set_apart(
    blocks: list[HtmlElement], scores: Scores, texts: MutableMapping[HtmlElement, str]
) -> list[HtmlElement]:
    """Notes' numbers linked back up the page and set apart from their text ("<div
    class="footnote"><a href="#footnote-anchor-1">1</a><div><p>text</p></div></div>",
    Substack's): each goes, and its note's first paragraph in ``texts`` opens with it ("1
    text"), as a note written on one line keeps it ("[3] text")."""
    numbers: list[HtmlElement] = []
    for block in blocks:
        for link in scores.loose_links_in(block):
            mark = (link.text or "").strip()
            if not (
                0 < len(mark) <= _FOOTNOTE_MARK_DIGITS
                and mark.isdigit()
                and (link.get("href") or "").startswith("#")
                and not len(link)
                and not (link.tail or "").strip()
            ):
                continue
            note = next_element(link)
            first = (
                None
                if note is None or note.tag == "a"
                else next((inner for inner in note.iter() if inner in texts), None)
            )
            if first is not None:
                texts[first] = f"{mark} {texts[first]}"
                numbers.append(link)
    return numbers


def is_footnote_marker(link: HtmlElement, answered: Collection[str]) -> bool:
    """A footnote's bare number in the text, linked down to its note ("...by itself.<a
    href='#footnote-1'>1</a>", Substack's): glued to the word before it in plain text, it
    would read as part of it. A note it leads to is named so in its id, or links back to the
    marker (its id among ``answered``, as ``answered_markers`` gives them), or the marker's
    superscript is WordPress's footnote mark. (A bracketed marker, Wikipedia's "[12]", reads
    apart, as does a number the sentence spells as a word: "see footnote <a>1</a>"; both
    stay.)"""
    href = link.get("href")
    if not href or not href.startswith("#"):
        return False
    mark = _marker_number(link)
    if not (0 < len(mark) <= _FOOTNOTE_MARK_DIGITS and mark.isdigit()):
        return False
    if not (
        _FOOTNOTE_TARGET.match(href[1:]) is not None
        or _marker_id(link) in answered
        or _in_footnote_mark(link)
    ):
        return False
    before = _text_before(link)
    return bool(before) and not before[-1].isspace()


def _marker_number(link: HtmlElement) -> str:
    """The number a marker's link shows: its own text, or its one superscript's when the
    superscript is inside the link ("<a class="ref" href="#note-1"><sup>1</sup></a>"); else
    nothing."""
    if not len(link):
        return (link.text or "").strip()
    sup = link[0]
    if len(link) != 1 or sup.tag != "sup" or len(sup) or (link.text or "").strip():
        return ""
    return "" if (sup.tail or "").strip() else (sup.text or "").strip()


def _in_footnote_mark(link: HtmlElement) -> bool:
    """Whether the link is alone in a superscript marked as a footnote's marker (WordPress's
    "<sup data-fn="..." class="fn">")."""
    sup = link.getparent()
    if sup is None or sup.tag != "sup" or len(sup) != 1:
        return False
    return holds_token(FOOTNOTE_MARK_TOKENS, sup.get("class")) or any(
        sup.get(attribute) for attribute in FOOTNOTE_MARK_ATTRIBUTES
    )


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


def in_footnotes(element: HtmlElement, blocks: list[HtmlElement], scores: Scores) -> bool:
    """Whether the element, or an ancestor within the story's blocks, is named as footnotes."""
    for ancestor in (element, *scores.ancestors(element)):
        if holds_token(FOOTNOTE_TOKENS, ancestor.get("class"), ancestor.get("id")):
            return True
        if any(ancestor is block for block in blocks):
            break
    return False


def is_cited_source(unit: Unit, scores: Scores) -> bool:
    """An entry of the story's list of sources citing a work: its author or title, closed by
    a full stop, before its link ("U.S. Food and Drug Administration. <a>Recalls ...</a>.",
    "Magnesium: Fact sheet for health professionals. (2024). <a>https://...</a>"), in a list
    classed or headed as the story's sources ("Sources", "References", "Quellen"): the
    story's text, not a "Read more: <a>...</a>" line's label and link."""
    element = unit.element
    item = element if element.tag == "li" else element.getparent()
    if item is None or item.tag != "li":
        return False
    lead, link = lead_and_first_link(element)
    lead = lead.strip()
    if link is None or not lead.endswith(".") or len(lead.split()) < _MIN_CITATION_WORDS:
        return False
    chain = [element, *scores.ancestors(element)][: _SOURCE_LIST_LEVELS + 1]
    if any(holds_token(SOURCE_LIST_TOKENS, node.get("class"), node.get("id")) for node in chain):
        return True
    return _headed_as_sources(item.getparent())


def _headed_as_sources(listing: HtmlElement | None) -> bool:
    """Whether a heading or label reading "Sources", "References"... stands right before the
    list, or before the wrappers it opens."""
    node = listing
    for _ in range(_SOURCE_HEADING_WRAPPERS + 1):
        if node is None:
            return False
        previous = previous_element(node)
        if previous is not None:
            text = subtree_text(previous)
            return len(text) <= _MAX_SOURCE_HEADING and normalise(text) in SOURCE_LIST_HEADINGS
        node = node.getparent()
    return False


def sources_after_story(
    story: Sequence[HtmlElement], scores: Scores, boxes: Collection[HtmlElement]
) -> HtmlElement | None:
    """The block of the story's sources that follows the story's container, headed as its
    sources ("<section id="sources"><h4>Our Sources</h4><p>...", "<h3>Sources:</h3>"), or
    the story's own notes (``is_own_notes``): the element after the story's last block (of
    ``story``) or after the wrappers it closes, past the boxes between them that are not the
    story (``boxes``, a newsletter's form, an ad's empty slot); None when another block
    comes first or there is none."""
    node = story[-1]
    for _ in range(_SOURCES_BLOCK_LEVELS + 1):
        skipped = 0
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if is_sources_block(sibling, scores) or is_own_notes(sibling, story):
                return sibling
            if skipped == _MAX_BOXES_BEFORE_SOURCES or not _is_box_between(sibling, scores, boxes):
                return None
            skipped += 1
        parent = node.getparent()
        if parent is None or parent.tag in _PAGE_TAGS:
            return None
        node = parent
    return None


def is_own_notes(element: HtmlElement, story: Iterable[HtmlElement]) -> bool:
    """A block classed as footnotes or endnotes whose notes (its list's items) are each
    cited in the story: the target of one of its markers ("<sup><a href="#fn1" id="fnref1">
    1</a></sup>" ... "<li id="fn1">..."), or linking back to one ("<a href="#fnref1">↩</a>")."""
    if not holds_token(FOOTNOTE_TOKENS, element.get("class"), element.get("id")):
        return False
    notes = list(element.iter("li"))
    if not notes:
        return False
    # (the story's links are read only here, behind a block classed as notes)
    markers = note_markers(link for block in story for link in block.iter("a"))
    targets = set(markers.values())
    return all(
        note.get("id") in targets
        or any((link.get("href") or "#")[1:] in markers for link in note.iter("a"))
        for note in notes
    )


def note_after_story(last: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The story's closing note in a short box of its own right after the story's container
    (``last``, its last block) or after the wrappers that container closes: a box classed as
    a correction, or one whose text opens with a correction's or an editor's or author's
    note's label ("Correction: A previous version ...", "Yazarın Notu: ..."), whatever its
    other classes; None for any other box."""
    node = last
    for _ in range(_SOURCES_BLOCK_LEVELS + 1):
        sibling = next_element(node)
        if sibling is not None:
            return (
                sibling if _is_closing_note(sibling, scores) else _note_past_links(sibling, scores)
            )
        parent = node.getparent()
        if parent is None or parent.tag in _PAGE_TAGS:
            return None
        node = parent
    return None


def _note_past_links(box: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The closing note right after a row of links only that opens the box (the story's
    footer: its topics' links, then "Editor's note: ..."); None for any other box."""
    row = next(box.iterchildren(lxml.etree.Element), None)
    if row is None or (row.text or "").strip() or len(row) == 0:
        return None
    if any(link.tag != "a" or (link.tail or "").strip() for link in row):
        return None
    note = next_element(row)
    return note if note is not None and _is_closing_note(note, scores) else None


def _is_closing_note(element: HtmlElement, scores: Scores) -> bool:
    """A short box classed as a correction or opening with a note's label."""
    if not 0 < scores.text_length.get(element, 0) <= _MAX_CLOSING_NOTE:
        return False
    return (
        holds_token(CORRECTION_TOKENS, element.get("class"), element.get("id"))
        or _CLOSING_NOTE_LABEL.match(subtree_text(element).lstrip()) is not None
        or _is_titled_note(element)
    )


def _is_titled_note(element: HtmlElement) -> bool:
    """A box whose first line is a closing note's label alone (its title: "Fe de errores",
    "Correction"), with the note's text after it."""
    title = next(element.iterchildren(lxml.etree.Element), None)
    if title is None or next_element(title) is None:
        return False
    label = subtree_text(title).strip().rstrip(":").strip()
    return 0 < len(label) <= _MAX_NOTE_TITLE and label.casefold() in _CLOSING_NOTE_TITLES


def _is_box_between(element: HtmlElement, scores: Scores, boxes: Collection[HtmlElement]) -> bool:
    """A box between the story and its sources that is no text of the story: one judged not
    the story, a form's box (a newsletter's sign-up), one holding no text (an ad's slot), or
    a short line naming the story's DOI alone, or a feedback widget's box."""
    return (
        wrapped_alone(element, boxes, _BOX_WRAPPERS) is not None
        or scores.text_length.get(element, 0) == 0
        or next(element.iter("form"), None) is not None
        or _is_identifier_line(element, scores)
        or _is_feedback_widget(element, scores)
    )


def _is_feedback_widget(element: HtmlElement, scores: Scores) -> bool:
    """A feedback widget's box, known by what it holds whatever its classes: its one line a
    question asking whether the story helped, beside the buttons that answer it ("<div><p>Was
    this helpful?</p><button>Yes</button><button>No</button></div>")."""
    if not 0 < scores.text_length.get(element, 0) <= _MAX_FEEDBACK_QUESTION:
        return False  # (the cheap test first)
    if not any(_is_button(node) for node in element.iter(lxml.etree.Element)):
        return False
    lines = [scores.unit_of[node].text for node in element.iter() if node in scores.unit_of]
    return len(lines) == 1 and is_feedback_question(lines[0])


def _is_button(element: HtmlElement) -> bool:
    """A button's element, by its tag or its role."""
    return element.tag in BUTTON_TAGS or element.get("role") == "button"


def _is_identifier_line(element: HtmlElement, scores: Scores) -> bool:
    """A short line naming the story's own identifier alone ("doi: https://doi.org/10.1038/
    ..."), its text all of the element's."""
    if scores.text_length.get(element, 0) > _MAX_IDENTIFIER_LINE:
        return False
    text = subtree_text(element).strip()
    return len(text) <= _MAX_IDENTIFIER_LINE and IDENTIFIER_LINE.fullmatch(text) is not None


def is_citation_download(unit: Unit) -> bool:
    """A line wholly one link to a citation manager's file ("<a href="...-references.ris">
    Download references</a>"): a tool under the story's sources, none of them."""
    links = list(unit.element.iter("a"))
    if len(links) != 1 or unit.link_length < unit.length:
        return False
    return path_of(links[0].get("href")).casefold().endswith(CITATION_FILE_SUFFIXES)


def is_sources_block(element: HtmlElement, scores: Scores) -> bool:
    """A block opened by a heading that names the story's sources ("Sources:", "Our
    Sources"), with entries under it."""
    return _sources_heading(element, scores) is not None


def repeated_sources_heading(block: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The heading of a sources block whose first entry opens with the heading's own word as
    its label ("<h3>Sources</h3><p>SOURCES: Ridgeview University, news release ...</p>"): a
    repeat of that label; None when there is no such heading."""
    heading = _sources_heading(block, scores)
    entry = next_element(heading) if heading is not None else None
    if heading is None or entry is None:
        return None
    label, colon, _ = subtree_text(entry).partition(":")
    return heading if colon and normalise(label) == normalise(subtree_text(heading)) else None


def _sources_heading(element: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The heading naming the story's sources that opens the block, its first text, with
    entries under it; None when the block opens otherwise."""
    length = scores.text_length.get(element, 0)
    if length == 0:
        return None
    for index, node in enumerate(element.iter(lxml.etree.Element)):
        if index > _SOURCES_HEADING_REACH:
            return None
        if node.text and not node.text.isspace():
            text = subtree_text(node)
            if (
                len(text) <= _MAX_SOURCE_HEADING
                and normalise(text) in SOURCE_LIST_HEADINGS
                and length > len(text.strip())
            ):
                return node
            return None
    return None


def source_items_kept_together(dropped: Iterable[HtmlElement]) -> set[HtmlElement]:
    """Of the ``dropped`` lines, the items of a list of sources that some of its other items
    stay in (a list right under a label naming the story's sources: "<p><strong>Die
    wichtigsten, öffentlichen Quellen für diesen Faktencheck:</strong></p><ul><li>...: <a>
    Link</a></li>..."): one list's entries are kept or dropped together."""
    gone = set(dropped)
    kept: set[HtmlElement] = set()
    lists: set[HtmlElement] = set()
    for element in gone:
        listing = element.getparent()
        if element.tag == "li" and listing is not None and listing not in lists:
            lists.add(listing)
            items = [child for child in listing if child.tag == "li"]
            if not all(item in gone for item in items) and _labelled_as_sources(listing):
                kept.update(item for item in items if item in gone)
    return kept


def in_labelled_sources(element: HtmlElement) -> bool:
    """Whether the element is an item of a list right under a label naming the story's
    sources, or that label ("<p><strong>Die wichtigsten, öffentlichen Quellen für diesen
    Faktencheck:</strong></p><ul><li>...</li></ul>"): the story's closing list of sources,
    its tail before it."""
    following = next_element(element)
    if following is not None and following.tag in _LIST_TAGS and _labelled_as_sources(following):
        return True
    item = element if element.tag == "li" else element.getparent()
    listing = item.getparent() if item is not None and item.tag == "li" else None
    return listing is not None and _labelled_as_sources(listing)


def _labelled_as_sources(listing: HtmlElement) -> bool:
    """Whether the line right before the list is a label naming the story's sources: a
    heading, or a short line closed by a colon, holding a word of ``SOURCE_LABEL_WORDS``."""
    label = previous_element(listing)
    if label is None:
        return False
    text = subtree_text(label).strip()
    if not text or len(text) > _MAX_SOURCE_LABEL:
        return False
    if label.tag not in HEADING_TAGS and not text.endswith((":", "：")):
        return False
    return not SOURCE_LABEL_WORDS.isdisjoint(normalise(text).split())


def is_pointer_sentence(unit: Unit) -> bool:
    """A sentence right under a "More information" heading that points to further reading,
    its link only part of it ("The Nemours Foundation has more on <a>teens and sleep</a>."):
    the story's closing text, not a short linked promo line."""
    text = unit.text
    if not text.endswith((".", "!", "?")):
        return False
    lead, link = lead_and_first_link(unit.element)
    if link is None or len(lead.split()) < _MIN_POINTER_WORDS:
        return False
    heading = previous_element(unit.element)
    if heading is None:
        return False
    label = subtree_text(heading)
    return len(label) <= _MAX_SOURCE_HEADING and normalise(label) in _MORE_INFORMATION
