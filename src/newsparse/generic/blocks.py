"""One classification of a working tree: which blocks are boilerplate, which are related.

Five passes, each linear in the size of the tree and none recursive:

1. ``measure``: text, link text and prose of every element, the kind of block its
   tag/class/role names, candidates for labels and inline paragraphs (``measure.py``);
2. ``read_labels``: blocks announced by a heading ("Related articles", "Meistgelesen") and
   inline "READ MORE: ..." paragraphs (``labelled.py``);
3. ``read_tag_links``: lists of ``rel="tag"`` links (``tag_links.py``);
4. guard, bottom-up: the prose each flagged block would keep;
5. decide, top-down: flagged blocks become boilerplate unless they hold the story (a container
   whose class merely looks suspicious); related blocks are collected in page order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import LETTER_SIGNATURE_TOKENS
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.kinds import TRANSPARENT_KINDS, Kind
from newsparse.generic.labelled import LIST_KINDS, read_labels
from newsparse.generic.lengths import effective_length
from newsparse.generic.measure import (
    END,
    FIRST,
    MIN_PARAGRAPH_PROSE,
    PROSE,
    STORY_MAX_LINK_SHARE,
    STORY_MIN_PROSE,
    STORY_PAGE_SHARE,
    TEXT,
    MarkTest,
    Measurements,
    link_share,
    measure,
    outermost_undisplayed,
    plain,
)
from newsparse.generic.newsletter_issues import unflag_newsletter_issues
from newsparse.generic.overlays import is_floating, is_modal_pitch, reads_as_consent
from newsparse.generic.tag_links import read_tag_links
from newsparse.generic.teasers import is_measured_teaser_grid
from newsparse.generic.text import is_quoted_post
from newsparse.tree_queries import has_ancestor_in, make_of

HtmlElement = lxml.html.HtmlElement

_DOCUMENT_TAGS = frozenset({"html", "body"})
# The kinds that every flagged block is compared with, read once: each read of a member
# through ``Kind`` runs EnumType's Python-level ``__getattr__`` hook (about 1,200 machine
# instructions in Python 3.11; a module's global costs a few dozen).
_HIDDEN, _SHARE, _BIO, _CHROME = Kind.HIDDEN, Kind.SHARE, Kind.BIO, Kind.CHROME
_CONSENT, _APPEAL, _RELATED, _READ_ALSO = Kind.CONSENT, Kind.APPEAL, Kind.RELATED, Kind.READ_ALSO
# Decision states of an element's ancestry: nothing flagged above it; a transparent flagged
# block above it (it is doomed already); a block above it that the decision does not enter.
_OPEN, _DOOMED, _CLOSED = 0, 1, 2
# Levels climbed to call a read-also block inline (story paragraphs follow it).
PROSE_CONTEXT_LEVELS = 3
# A block ending its container (nothing after it up to so many levels) is followed by the
# story when a later container of the same make holds its prose: a page that splits the
# story into chunks of like containers, an inline promo closing one of them.
_CHUNK_LEVELS = 8
# A quoted letter's signature (a name, an age, a place) is at most this long.
_LETTER_SIGNATURE_LENGTH = 80
# A read-also list after the story links this many stories at least, and the story's
# container before it holds this many paragraphs at least.
_MIN_LIST_LINKS = 2
_MIN_STORY_PARAGRAPHS = 2
# The elements of a table set around one box for layout, from its cell out.
_LAYOUT_TABLE_TAGS = frozenset({"td", "th", "tr", "tbody", "table"})


@dataclass
class Classification:
    """The outcome for one tree.

    ``related``: the related blocks, in page order. ``doomed``: the elements to delete
    (outermost only; related blocks included). ``kinds``: the kind of every flagged element,
    used to filter the links inside related blocks. ``measurements``: the first pass's
    findings, which the body stage reads too (one measuring walk per page).
    """

    root: HtmlElement
    measurements: Measurements
    related: list[HtmlElement] = field(default_factory=list)
    doomed: list[HtmlElement] = field(default_factory=list)
    kinds: dict[HtmlElement, Kind] = field(default_factory=dict)


def classify(root: HtmlElement, marks: MarkTest | None = None) -> Classification:
    """Classify every block under ``root`` (a working copy; nothing is changed here).
    ``marks``: see :func:`~newsparse.generic.measure.measure`."""
    found = measure(root, marks)
    read_labels(found)
    read_tag_links(found)
    unflag_newsletter_issues(found)
    return _Decision(found).decide()


@dataclass
class _Undisplayed:
    """The page's outermost undisplayed blocks: their index ranges in the measuring walk,
    their text outside links, and the prose they add to what the page keeps."""

    ranges: list[tuple[int, int]] = field(default_factory=list)
    plain: int = 0
    prose: int = 0

    def covers(self, index: int) -> bool:
        return any(first <= index < end for first, end in self.ranges)


def _overlay_kind(element: HtmlElement, kind: Kind) -> Kind | None:
    """CONSENT for a block flagged for consent, or one floating over the page (a dialog, a
    "cmp-popup"), whose text reads as a consent notice; APPEAL for a dialog's pitch; None for
    any other block. Neither is ever the story, however much text it holds (either may hold
    more than a short story)."""
    floating = kind is _CHROME and is_floating(element)
    if (kind is _CONSENT or floating) and reads_as_consent(element):
        return _CONSENT
    return _APPEAL if floating and is_modal_pitch(element) else None


def _holds_quoted_post(element: HtmlElement) -> bool:
    """Whether an embedded social post's quote sits in the element."""
    return any(is_quoted_post(quote) for quote in element.iter("blockquote"))


def _signs_quoted_letter(element: HtmlElement) -> bool:
    """Whether a line classed as a signature closes a quoted letter: the last element of a
    ``<blockquote>``, a short line ("<p class="signature">Kim, 34, from Leeds</p>"), its
    writer's name and no bio."""
    parent = element.getparent()
    return (
        parent is not None
        and parent.tag == "blockquote"
        and element.getnext() is None
        and holds_token(LETTER_SIGNATURE_TOKENS, element.get("class"), element.get("id"))
        and len(element.text_content().strip()) <= _LETTER_SIGNATURE_LENGTH
    )


class _Decision:
    def __init__(self, found: Measurements) -> None:
        self.found = found
        self.stats = found.stats
        self.kinds = found.kinds
        # The flagged blocks in page order, each with the index range of its subtree in the
        # measuring walk: the passes below visit them alone (their ranges nest as the blocks
        # do) instead of every element of the page.
        self.flagged: list[tuple[int, int, HtmlElement]] = []
        for element in self.kinds:
            figures = self.stats.get(element)
            if figures is not None:
                self.flagged.append((figures[FIRST], figures[END], element))
        self.flagged.sort()  # (no two elements share a first index: elements never compared)
        self.kept_prose = self._kept_prose()
        self.prose_after: dict[HtmlElement, bool] = {}
        self._undisplayed: _Undisplayed | None = None

    def _kept_prose(self) -> dict[HtmlElement, int]:
        """The prose each flagged block would keep, bottom-up (children first).

        A block's prose is its own text outside links plus the prose of its unflagged
        children and of flagged children big enough to be the story themselves (the story
        inside a ``theiaStickySidebar`` wrapper or an ``ArticlePage-content paywall``
        container). A comment section made of flagged comments keeps next to nothing.

        That is the prose of its whole subtree (its text outside links) less what the
        flagged blocks nearest below it hold back: all of theirs when they keep it to
        themselves, else what they in turn hold back.
        """
        kinds = self.kinds
        stats = self.stats
        kept: dict[HtmlElement, int] = {}
        # (first index, prose held back) of the blocks visited whose flagged ancestor is not
        # yet: in reverse page order, a block's nearest flagged descendants are on top
        pending: list[tuple[int, int]] = []
        for first, end, element in reversed(self.flagged):
            held_back = 0
            while pending and pending[-1][0] < end:
                held_back += pending.pop()[1]
            subtree = plain(stats[element])
            prose = kept[element] = subtree - held_back
            if kinds[element] is not _HIDDEN and prose >= STORY_MIN_PROSE:
                subtree = held_back  # its prose is carried up to its ancestors
            pending.append((first, subtree))
        return kept

    def decide(self) -> Classification:
        result = Classification(self.found.root, self.found, kinds=self.kinds)
        stats = self.stats
        root = stats[self.found.root]
        share_floor = STORY_PAGE_SHARE * plain(root)
        kept = root[PROSE]  # prose outside every flagged block
        kinds = self.kinds
        kept_prose = self.kept_prose
        # Top-down in page order: the nearest flagged block around each one (the innermost
        # still open) says whether an ancestor is already doomed (a sidebar holding a
        # related block) or hides it from the decision altogether. Unflagged elements and
        # blocks that hold the story pass their surroundings' state on unchanged.
        around: list[tuple[int, int]] = []  # (end index, state) of enclosing decided blocks
        for first, end, element in self.flagged:
            while around and around[-1][0] <= first:
                around.pop()
            inherited = around[-1][1] if around else _OPEN
            if inherited == _CLOSED:
                continue
            kind = kinds[element]
            if kind is _SHARE and _holds_quoted_post(element):
                del kinds[element]  # (an embed's wrapper classed "social": no share bar)
                continue
            if kind is _BIO and _signs_quoted_letter(element):
                del kinds[element]
                continue
            # (most flagged blocks are neither chrome nor a consent notice, the only ones
            # that may be overlays, nor hold the prose of a story: their tests are skipped)
            overlay = _overlay_kind(element, kind) if kind is _CHROME or kind is _CONSENT else None
            if overlay is not None:
                kinds[element] = kind = overlay  # (read as the notice or pitch it is)
            elif (
                kind is not _HIDDEN
                and kept_prose[element] >= STORY_MIN_PROSE
                and (
                    self._holds_story(element, kind, min(share_floor, kept))
                    or self._holds_displayed_story(element, kind, kept)
                )
            ):
                kept += kept_prose[element]
                continue
            if inherited == _OPEN:
                result.doomed.append(element)
            if kind is _RELATED or (
                kind is _READ_ALSO
                and (not self._followed_by_prose(element) or self._list_after_story(element))
            ):
                result.related.append(element)
            around.append((end, _DOOMED if kind in TRANSPARENT_KINDS else _CLOSED))
        return result

    def _holds_story(self, element: HtmlElement, kind: Kind, floor: float) -> bool:
        """A flagged block is the story when it holds a large share of the page's text or more
        prose than the page keeps elsewhere, whatever its class says."""
        prose = self.kept_prose[element]
        if kind is _HIDDEN or prose < max(STORY_MIN_PROSE, floor):
            return False
        if kind not in LIST_KINDS:
            return True
        # teaser lists with long excerpts can outweigh a short story: they are link-heavy,
        # or, when each excerpt outweighs its linked title, a grid of teaser cards
        return link_share(self.stats[element]) < STORY_MAX_LINK_SHARE and not (
            is_measured_teaser_grid(element, self.stats)
        )

    def _holds_displayed_story(self, element: HtmlElement, kind: Kind, kept: int) -> bool:
        """``_holds_story`` against the text readers see: an undisplayed copy of the story
        (a print version, a script's template) or a hidden mega-menu must not halve the share
        a displayed block holds. Looked at only for blocks with story-sized prose that fail
        the page-wide test; the undisplayed blocks are found once, when first needed."""
        if kind is _HIDDEN or self.kept_prose[element] < STORY_MIN_PROSE:
            return False
        undisplayed = self._undisplayed
        if undisplayed is None:
            undisplayed = self._undisplayed = self._find_undisplayed()
        if not undisplayed.ranges or undisplayed.covers(self.stats[element][FIRST]):
            return False
        root = self.stats[self.found.root]
        share_floor = STORY_PAGE_SHARE * (plain(root) - undisplayed.plain)
        return self._holds_story(element, kind, min(share_floor, kept - undisplayed.prose))

    def _find_undisplayed(self) -> _Undisplayed:
        found = _Undisplayed()
        for element in outermost_undisplayed(self.found):
            figures = self.stats.get(element)
            if figures is None:
                continue
            found.ranges.append((figures[FIRST], figures[END]))
            found.plain += plain(figures)
            # (its prose counts in the page's kept prose when no flagged block holds it)
            if element not in self.kinds and not has_ancestor_in(element, self.kinds):
                found.prose += figures[PROSE]
        return found

    def _followed_by_prose(self, element: HtmlElement) -> bool:
        """True when story prose follows the block within its container: the block sits
        between the story's paragraphs. (A one-cell layout table around the block is looked
        through: "<table><tbody><tr><td><div>Baca juga: <a>..." is the line it holds.)"""
        current: HtmlElement | None = _layout_table_around(element)
        for _ in range(PROSE_CONTEXT_LEVELS):
            if current is None or current.tag in _DOCUMENT_TAGS:
                return False
            if self._prose_after(current):
                return True
            current = current.getparent()
        return self._followed_by_like_chunk(element)

    def _list_after_story(self, element: HtmlElement) -> bool:
        """Whether a read-also list that a heading opens ("<h3>Lire aussi</h3><ul>" of two
        links or more) follows the container of the story's paragraphs, not a paragraph,
        and only a short note comes after it (the site's word on its opinion pieces): the
        story has ended before the list, which is related."""
        if element not in self.found.block_labels or not _holds_at_least(
            element, "a", _MIN_LIST_LINKS
        ):
            return False
        stats = self.stats
        for sibling in element.itersiblings(lxml.etree.Element, preceding=True):
            figures = stats.get(sibling)
            if figures is None:
                continue
            if (
                sibling not in self.kinds
                and figures[PROSE] >= STORY_MIN_PROSE
                and _holds_at_least(sibling, "p", _MIN_STORY_PARAGRAPHS)
            ):
                break
            if self._is_paragraph(sibling):
                return False
        else:
            return False
        after = 0
        for sibling in element.itersiblings(lxml.etree.Element):
            figures = stats.get(sibling)
            after += figures[PROSE] if figures is not None else 0
        return after < STORY_MIN_PROSE

    def _followed_by_like_chunk(self, element: HtmlElement) -> bool:
        """Whether the block ends the container it closes (nothing after it, level after
        level, but the container's tools: a live entry's "Share" footer) and a later sibling
        of that container, of its make, holds story prose: the story goes on in its next
        chunk ("<div class="body__inner-container">...<div class="ContentEmbedWrapper">" then
        the next "<div class="body__container">"; a live blog's next "liveblog-entry")."""
        current = element
        for _ in range(_CHUNK_LEVELS):
            if not self._only_furniture_after(current):
                break
            parent = current.getparent()
            if parent is None or parent.tag in _DOCUMENT_TAGS:
                return False
            current = parent
        else:
            return False
        make = make_of(current)
        if current is element or make is None:
            return False
        return any(
            make_of(sibling) == make and self._is_paragraph(sibling)
            for sibling in current.itersiblings(lxml.etree.Element)
        )

    def _only_furniture_after(self, element: HtmlElement) -> bool:
        """Whether no sibling after the element holds prose: nothing follows it in its
        container but the container's tools ("<footer><button>Share</button></footer>")."""
        for sibling in element.itersiblings(lxml.etree.Element):
            figures = self.stats.get(sibling)
            if figures is None or figures[PROSE]:
                return False
        return True

    def _is_paragraph(self, element: HtmlElement) -> bool:
        """A block of the story's prose (an element no flagged block is, with few links)."""
        if not isinstance(element.tag, str) or element in self.kinds:
            return False
        stats = self.stats[element]
        if link_share(stats) >= STORY_MAX_LINK_SHARE:
            return False
        prose = stats[PROSE]
        # (a sentence holding a short link, an address to write to, is a paragraph all the
        # same: few of its words are linked)
        if prose >= MIN_PARAGRAPH_PROSE or not prose or stats[TEXT] >= MIN_PARAGRAPH_PROSE:
            return prose > 0
        # A CJK character carries two or three times a Latin one's information: a short
        # Japanese paragraph after a read-also box is prose all the same.
        text = element.text_content()
        return prose * effective_length(text) >= MIN_PARAGRAPH_PROSE * len(text)

    def _prose_after(self, element: HtmlElement) -> bool:
        """Whether a later sibling is a paragraph of prose, or a run of the container's own
        text is: a story set as bare text split by ``<br><br>`` has its paragraphs in the
        tails of the block and its siblings (memoised: linear over a page)."""
        if _is_text_run(element.tail):
            return True
        pending = [element]
        found = False
        sibling = element.getnext()
        while sibling is not None:
            if self._is_paragraph(sibling) or _is_text_run(sibling.tail):
                found = True
                break
            cached = self.prose_after.get(sibling)
            if cached is not None:
                found = cached
                break
            pending.append(sibling)
            sibling = sibling.getnext()
        for visited in pending:
            self.prose_after[visited] = found
        return found


def _is_text_run(text: str | None) -> bool:
    """Whether a tail is a paragraph's worth of text (CJK characters weighing more)."""
    return text is not None and effective_length(text.strip()) >= MIN_PARAGRAPH_PROSE


def _holds_at_least(element: HtmlElement, tag: str, count: int) -> bool:
    """Whether the element holds ``count`` elements of ``tag`` or more, itself included
    (read no further than the ``count``-th)."""
    return len(list(islice(element.iter(tag), count))) == count


def _layout_table_around(element: HtmlElement) -> HtmlElement:
    """The table around ``element`` when it is the one box in the table's one cell (each of
    the cell, its row and its body the only element in its parent); else ``element``."""
    current = element
    while True:
        parent = current.getparent()
        if (
            parent is None
            or parent.tag not in _LAYOUT_TABLE_TAGS
            or sum(1 for _ in parent.iterchildren(lxml.etree.Element)) != 1
        ):
            return element
        if parent.tag == "table":
            return parent
        current = parent
