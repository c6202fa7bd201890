"""One classification of a working tree: which blocks are boilerplate, which are related.

Four passes, each linear in the size of the tree and none recursive:

1. measure, bottom-up through ``iterwalk``: text, link text and prose of every element, the
   kind its tag/class/role names, and the candidates for labels (short headings) and for
   inline "Read more: ..." paragraphs;
2. labels: a heading such as "Related articles" or "Meistgelesen" flags the block it heads,
   found by climbing to the nearest ancestor that holds links (or, inside the story's own
   container, the run of siblings that follows the heading); inline paragraphs are flagged
   as read-also;
3. guard, bottom-up: the prose each flagged block would keep;
4. decide, top-down: flagged blocks become boilerplate unless they hold the story (a container
   whose class merely looks suspicious); related blocks are collected in page order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from newsparse.generic.classes import class_kind
from newsparse.generic.cues.kinds import RELATED_KINDS, TRANSPARENT_KINDS, Kind
from newsparse.generic.cues.tokens import TAG_KINDS
from newsparse.generic.labels import heading_kind, is_inline_label, normalise, split_inline_label
from newsparse.page import text_of

HtmlElement = lxml.html.HtmlElement

_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Elements that may act as a block's label when their whole text is short.
_LABEL_TAGS = _HEADING_TAGS | {"h1", "p", "div", "span", "strong", "b", "header", "dt", "em", "li"}
# Elements that may be an inline "Read more: <a>...</a>" paragraph.
_INLINE_TAGS = frozenset({"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "span"})
_BLOCK_CHILD_TAGS = frozenset(
    {
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "table",
        "section",
        "article",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "blockquote",
        "form",
        "nav",
        "aside",
        "header",
        "footer",
    }
)
_NEVER_FLAGGED = frozenset({"html", "body", "head", "main", "h1"})
_LANDMARK_TAGS = frozenset({"section", "aside", "div", "nav", "ul", "ol"})
_INLINE_TEXT_TAGS = frozenset(
    {
        "a",
        "span",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "small",
        "abbr",
        "time",
        "mark",
        "sup",
        "sub",
        "cite",
        "q",
        "code",
        "font",
        "label",
    }
)
_LIST_KINDS = frozenset({Kind.RELATED, Kind.READ_ALSO, Kind.POPULAR})
# Label kinds that overrule a block's class saying "related" (a "Most read" heading).
_OVERRULING_KINDS = frozenset({Kind.POPULAR, Kind.AD})
_INVISIBLE = frozenset(tag for tag, kind in TAG_KINDS.items() if kind is Kind.HIDDEN) | {"head"}

MAX_LABEL_CHARS = 80
MAX_INLINE_CHARS = 400
MAX_CLIMB = 4
MAX_RUN = 10
# A label must open its block: at most this much text may precede it.
MAX_LEAD_CHARS = 20
# Largest text (besides the label) of a list block (related, most read) and of a box.
MAX_LIST_BLOCK_CHARS = 2000
MAX_BOX_CHARS = 600
# Levels climbed, and prose needed, to call a read-also block inline (between paragraphs).
PROSE_CONTEXT_LEVELS = 3
MIN_PARAGRAPH_PROSE = 80
# A sibling with more prose than this ends a heading's run of teasers.
MAX_TEASER_PROSE = 250
# A flagged block holding this share of the page's text outside links is the story.
GUARD_SHARE = 0.5
# A block is the story's prose when it holds this much text outside links...
STORY_MIN_PROSE = 300
# ...and links make up less than this share of its text.
STORY_MAX_LINK_SHARE = 0.3


@dataclass(slots=True)
class _Stats:
    text: int = 0  # visible characters
    linked: int = 0  # of which inside links
    prose: int = 0  # characters outside links and outside class-flagged descendants
    direct: int = 0  # characters outside links in the element's own text nodes

    @property
    def plain(self) -> int:
        return self.text - self.linked

    @property
    def link_share(self) -> float:
        return self.linked / self.text if self.text else 0.0


@dataclass
class Classification:
    """The outcome for one tree.

    ``related``: the related blocks, in page order. ``doomed``: the elements to delete
    (outermost only; related blocks included). ``kinds``: the kind of every flagged element,
    used to filter the links inside related blocks.
    """

    root: HtmlElement
    related: list[HtmlElement] = field(default_factory=list)
    doomed: list[HtmlElement] = field(default_factory=list)
    kinds: dict[HtmlElement, Kind] = field(default_factory=dict)


class _Classifier:
    def __init__(self, root: HtmlElement) -> None:
        self.root = root
        self.stats: dict[HtmlElement, _Stats] = {}
        self.kinds: dict[HtmlElement, Kind] = {}
        self.labels: list[HtmlElement] = []
        self.inline: list[HtmlElement] = []
        self.prose_after: dict[HtmlElement, bool] = {}
        self.order: list[HtmlElement] = []  # post-order: children before their parent
        self.kept_prose: dict[HtmlElement, int] = {}  # of flagged blocks, see guard()

    # -- pass 1: measure ----------------------------------------------------------------------

    def measure(self) -> None:
        stack: list[_Stats] = []
        in_link = 0
        hidden = 0
        for event, node in lxml.etree.iterwalk(self.root, events=("start", "end")):
            tag = node.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                if tag == "a":
                    in_link += 1
                if tag in _INVISIBLE:
                    hidden += 1
                kind = self._own_kind(node, tag)
                if kind is not None:
                    self.kinds[node] = kind
                stats = _Stats()
                if node.text and not hidden:
                    self._add_text(stats, node.text, in_link)
                stack.append(stats)
                continue
            stats = stack.pop()
            self.stats[node] = stats
            self.order.append(node)
            if tag == "a":
                in_link -= 1
            if tag in _INVISIBLE:
                hidden -= 1
            if tag == "p" and self._is_prose_paragraph(node, stats):
                # <p class="paywall"> on every paragraph of a gated story: a paragraph of
                # prose is the story's, whatever its class says
                del self.kinds[node]
            self._note_candidate(node, tag, stats, in_link)
            if not stack:
                continue
            parent = stack[-1]
            parent.text += stats.text
            parent.linked += stats.linked
            if node not in self.kinds:
                parent.prose += stats.prose
            if node.tail and not hidden:
                self._add_text(parent, node.tail, in_link)

    def _is_prose_paragraph(self, node: HtmlElement, stats: _Stats) -> bool:
        kind = self.kinds.get(node)
        return (
            kind is not None
            and kind is not Kind.HIDDEN
            and stats.direct >= MIN_PARAGRAPH_PROSE
            and stats.link_share < STORY_MAX_LINK_SHARE
        )

    @staticmethod
    def _add_text(stats: _Stats, text: str, in_link: int) -> None:
        size = len(text.strip())
        stats.text += size
        if in_link:
            stats.linked += size
        else:
            stats.prose += size
            stats.direct += size

    @staticmethod
    def _own_kind(node: HtmlElement, tag: str) -> Kind | None:
        if tag in _NEVER_FLAGGED:
            return None
        tag_kind = TAG_KINDS.get(tag)
        if tag_kind is Kind.HIDDEN:
            return tag_kind
        kind = class_kind(node)
        if tag in _INLINE_TEXT_TAGS and kind is not Kind.HIDDEN:
            # a link or span inside running text is part of the sentence, whatever its class
            # says (<a data-component="auto-linked-tag">); the block around it decides
            return None
        if kind is Kind.READ_ALSO and tag == "p":
            return None  # <p class="read-more"><a>Continue reading</a></p> is a button
        if kind is None and tag in _LANDMARK_TAGS:
            # <section aria-label="Related stories">
            kind = heading_kind(node.get("aria-label") or "")
        return kind or tag_kind

    def _note_candidate(self, node: HtmlElement, tag: str, stats: _Stats, in_link: int) -> None:
        if in_link or not stats.text:
            return
        if (
            tag in _LABEL_TAGS
            and stats.text <= MAX_LABEL_CHARS
            and (tag in _HEADING_TAGS or tag == "h1" or not stats.linked)
            and not self._has_block_child(node)
        ):
            self.labels.append(node)
        if (
            tag in _INLINE_TAGS
            and stats.linked
            and stats.text <= MAX_INLINE_CHARS
            and not self._has_block_child(node)
        ):
            self.inline.append(node)

    @staticmethod
    def _has_block_child(node: HtmlElement) -> bool:
        return any(child.tag in _BLOCK_CHILD_TAGS for child in node)

    # -- pass 2: labels and inline paragraphs ------------------------------------------------

    def read_labels(self) -> None:
        labelled: dict[HtmlElement, Kind] = {}
        for label in self.labels:
            kind = heading_kind(text_of(label))
            if kind is not None:
                labelled[label] = kind
        # "<h3><span>Related</span></h3>": keep the outer label only
        for label in list(labelled):
            parent = label.getparent()
            if parent in labelled or (parent is not None and parent.getparent() in labelled):
                del labelled[label]
        crowded = self._crowded_ancestors(labelled)
        for label, kind in labelled.items():
            block = self._labelled_block(label, kind, crowded)
            for element in block:
                current = self.kinds.get(element)
                if (
                    current is None
                    or current in (Kind.CHROME, Kind.NAV)
                    or (current in RELATED_KINDS and kind in _OVERRULING_KINDS)
                ):
                    self.kinds[element] = kind
        for paragraph in self.inline:
            if paragraph not in self.kinds and self._is_inline_related(paragraph):
                self.kinds[paragraph] = Kind.READ_ALSO

    @staticmethod
    def _crowded_ancestors(labels: Iterable[HtmlElement]) -> set[HtmlElement]:
        """Ancestors (within climbing reach) holding more than one labelled heading: such a
        container groups several blocks, so a label there heads only its following siblings."""
        seen: set[HtmlElement] = set()
        crowded: set[HtmlElement] = set()
        for label in labels:
            ancestor = label.getparent()
            for _ in range(MAX_CLIMB + 1):
                if ancestor is None:
                    break
                if ancestor in seen:
                    crowded.add(ancestor)
                seen.add(ancestor)
                ancestor = ancestor.getparent()
        return crowded

    def _is_story(self, element: HtmlElement) -> bool:
        stats = self.stats[element]
        return stats.plain >= STORY_MIN_PROSE and stats.link_share < STORY_MAX_LINK_SHARE

    def _text_before(self, child: HtmlElement, parent: HtmlElement) -> int:
        """Characters of ``parent`` that come before ``child`` (stops counting early)."""
        size = len((parent.text or "").strip())
        for sibling in child.itersiblings(preceding=True):
            if size > MAX_LEAD_CHARS:
                break
            size += len((sibling.tail or "").strip())
            if isinstance(sibling.tag, str):
                size += self.stats[sibling].text
        return size

    def _labelled_block(
        self, label: HtmlElement, kind: Kind, crowded: set[HtmlElement]
    ) -> list[HtmlElement]:
        """The block a label heads.

        Climb while the label stays the first thing in the ancestor, up to the nearest one
        holding links besides the label; a label inside the story's own container (or one
        grouping several labelled blocks) heads the run of siblings that follows it instead.
        """
        current = label
        stats = self.stats[label]
        limit = MAX_LIST_BLOCK_CHARS if kind in _LIST_KINDS else MAX_BOX_CHARS
        for _ in range(MAX_CLIMB):
            parent = current.getparent()
            if (
                parent is None
                or parent.tag in _NEVER_FLAGGED
                or parent in crowded
                or self._is_story(parent)
                or self.stats[parent].text - stats.text > limit
                or self._text_before(current, parent) > MAX_LEAD_CHARS
                or self._has_other_heading(parent, label)
            ):
                break
            if self.stats[parent].linked > stats.linked:
                if kind in _OVERRULING_KINDS:
                    self._overrule_related_ancestors(parent, kind)
                return [parent]
            current = parent
        if kind not in _LIST_KINDS:
            return [current]
        run = [current]
        for sibling in current.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if (
                sibling.tag in _HEADING_TAGS
                or self.kinds.get(sibling) not in (None, Kind.CHROME, Kind.NAV)
                or self._is_story(sibling)
                or len(run) > MAX_RUN
            ):
                break
            sibling_stats = self.stats[sibling]
            if sibling_stats.plain > MAX_TEASER_PROSE or (
                sibling_stats.plain > MIN_PARAGRAPH_PROSE and sibling_stats.link_share < 0.25
            ):
                break
            run.append(sibling)
        if not any(self.stats[element].linked for element in run[1:]):
            return [label]
        return run

    @staticmethod
    def _has_other_heading(container: HtmlElement, label: HtmlElement) -> bool:
        """True when ``container`` holds a heading other than ``label`` that is not a teaser's
        linked title: the container groups several sections."""
        for heading in container.iter(*_HEADING_TAGS):
            if heading is label or heading.find(".//a") is not None:
                continue
            # a heading inside the label itself or inside a link is not another section's
            ancestor = heading.getparent()
            while ancestor is not container and ancestor is not None:
                if ancestor is label or ancestor.tag == "a":
                    break
                ancestor = ancestor.getparent()
            else:
                return True
        return False

    def _overrule_related_ancestors(self, block: HtmlElement, kind: Kind) -> None:
        """A "Most read" or "Sponsored" label opening a block whose class says "related" makes
        the whole block what the label says (the label's own block may be an inner list)."""
        current = block
        for _ in range(MAX_CLIMB):
            parent = current.getparent()
            if parent is None or self._text_before(current, parent) > MAX_LEAD_CHARS:
                return
            if self.kinds.get(parent) in RELATED_KINDS:
                self.kinds[parent] = kind
            current = parent

    def _is_inline_related(self, paragraph: HtmlElement) -> bool:
        """A short paragraph that labels a link to another article ("READ MORE: <a>")."""
        stats = self.stats[paragraph]
        lead: list[str] = []
        first_link: HtmlElement | None = None
        for event, node in lxml.etree.iterwalk(paragraph, events=("start", "end")):
            if event == "start":
                if node.tag == "a":
                    first_link = node
                    break
                if isinstance(node.tag, str) and node.text:
                    lead.append(node.text)
            elif node is not paragraph and node.tail:
                lead.append(node.tail)
        if first_link is None:
            return False
        lead_text = " ".join(lead)
        rest = stats.text - len(lead_text.strip())
        if rest <= 0 or stats.linked < 0.6 * rest:
            return False
        if normalise(lead_text):
            return is_inline_label(lead_text)
        return split_inline_label(text_of(first_link)) is not None

    # -- pass 3: guard the story ----------------------------------------------------------------

    def guard(self) -> None:
        """Measure the prose each flagged block would keep, bottom-up (children first).

        A block's prose is its own text outside links plus the prose of its unflagged
        children and of flagged children big enough to be the story themselves (the story
        inside a ``theiaStickySidebar`` wrapper or an ``ArticlePage-content paywall``
        container). A comment section made of flagged comments keeps next to nothing.
        """
        carried: dict[HtmlElement, int] = {}
        for element in self.order:
            prose = self.stats[element].direct + carried.pop(element, 0)
            kind = self.kinds.get(element)
            if kind is not None:
                self.kept_prose[element] = prose
            could_be_story = kind is None or (kind is not Kind.HIDDEN and prose >= STORY_MIN_PROSE)
            parent = element.getparent()
            if could_be_story and parent is not None:
                carried[parent] = carried.get(parent, 0) + prose

    # -- pass 4: decide -------------------------------------------------------------------------

    def decide(self) -> Classification:
        result = Classification(self.root, kinds=self.kinds)
        root = self.stats[self.root]
        share_floor = GUARD_SHARE * root.plain
        kept = root.prose  # prose outside every flagged block
        # element, and whether an ancestor is already doomed (a sidebar holding a related block)
        stack: list[tuple[HtmlElement, bool]] = [(self.root, False)]
        while stack:
            element, doomed = stack.pop()
            if element.tag == "head":
                continue
            kind = self.kinds.get(element)
            if kind is not None and self._holds_story(element, kind, min(share_floor, kept)):
                kept += self.kept_prose[element]
                kind = None
            if kind is not None:
                if not doomed:
                    result.doomed.append(element)
                if kind is Kind.RELATED or (
                    kind is Kind.READ_ALSO and not self._followed_by_prose(element)
                ):
                    result.related.append(element)
                if kind in RELATED_KINDS:
                    continue
                if kind not in TRANSPARENT_KINDS:
                    continue
                doomed = True
            for child in reversed(element):
                if isinstance(child.tag, str):
                    stack.append((child, doomed))
        return result

    def _holds_story(self, element: HtmlElement, kind: Kind, floor: float) -> bool:
        """A flagged block is the story when it holds a large share of the page's text or more
        prose than the page keeps elsewhere, whatever its class says."""
        prose = self.kept_prose[element]
        if kind is Kind.HIDDEN or prose < max(STORY_MIN_PROSE, floor):
            return False
        # teaser lists with long excerpts can outweigh a short story; they are link-heavy
        return kind not in _LIST_KINDS or self.stats[element].link_share < STORY_MAX_LINK_SHARE

    def _followed_by_prose(self, element: HtmlElement) -> bool:
        """True when story prose follows the block within its container: the block sits
        between the story's paragraphs."""
        current: HtmlElement | None = element
        for _ in range(PROSE_CONTEXT_LEVELS):
            if current is None or current.tag in _NEVER_FLAGGED:
                return False
            if self._prose_after(current):
                return True
            current = current.getparent()
        return False

    def _is_paragraph(self, element: HtmlElement) -> bool:
        if not isinstance(element.tag, str) or element in self.kinds:
            return False
        stats = self.stats[element]
        return stats.prose >= MIN_PARAGRAPH_PROSE and stats.link_share < STORY_MAX_LINK_SHARE

    def _prose_after(self, element: HtmlElement) -> bool:
        """Whether a later sibling is a paragraph of prose (memoised: linear over a page)."""
        pending = [element]
        found = False
        sibling = element.getnext()
        while sibling is not None:
            if self._is_paragraph(sibling):
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


def classify(root: HtmlElement) -> Classification:
    """Classify every block under ``root`` (a working copy; nothing is changed here)."""
    classifier = _Classifier(root)
    classifier.measure()
    classifier.read_labels()
    classifier.guard()
    return classifier.decide()
