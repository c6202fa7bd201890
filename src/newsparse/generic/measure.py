"""Measure a working tree in one bottom-up walk: text and link text of every element, the
kind of block its tag/class/role names, and the candidates for labels and inline paragraphs.

This is the first pass of the classification (see ``blocks.py``); it changes nothing.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    COMMON_CONTAINER_TAGS,
    EMPHASIS_TAGS,
    INLINE_CONTAINER_TAGS,
    INLINE_FORMATTING_TAGS,
    INLINE_TEXT_TAGS,
    INVISIBLE_TAGS,
    MEDIA_LABELS,
    PARAGRAPH_TAGS,
    TEXT_CONTAINER_TAGS,
)
from newsparse.generic.classes import (
    KIND_ATTRIBUTES,
    kind_of_attributes,
    kind_of_class_and_id,
    names_fact_box,
    token_kind,
)
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import CONTROL_ROLES, TAG_KINDS
from newsparse.generic.labels import heading_kind
from newsparse.generic.metadata.class_cues import MARKING_ATTRIBUTES
from newsparse.generic.visibility import is_not_displayed
from newsparse.memo import Memo
from newsparse.tags import HEADING_TAGS as ALL_HEADING_TAGS
from newsparse.tags import SUBHEADING_TAGS, is_custom_element

HtmlElement = lxml.html.HtmlElement

HEADING_TAGS = SUBHEADING_TAGS
# Elements never flagged for their own tag or class: the document, the main region, the
# headline.
NEVER_FLAGGED = frozenset({"html", "body", "head", "main", "h1"})
# Elements that may act as a block's label when their whole text is short.
_LABEL_TAGS = HEADING_TAGS | {"h1", "p", "div", "span", "strong", "b", "header", "dt", "em", "li"}
# Elements that may be an inline "Read more: <a>...</a>" paragraph.
_INLINE_TAGS = frozenset(
    {"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "span", "strong", "b"}
)
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
        "figure",
        "blockquote",
        "form",
        "nav",
        "aside",
        "header",
        "footer",
    }
    | ALL_HEADING_TAGS
)
_LANDMARK_TAGS = frozenset({"section", "aside", "div", "nav", "ul", "ol"})
_INVISIBLE = frozenset(tag for tag, kind in TAG_KINDS.items() if kind is Kind.HIDDEN) | {"head"}

# Attributes that may keep an element from being displayed (``is_not_displayed``).
_DISPLAY_ATTRIBUTES = frozenset({"hidden", "style"})
# A disclosure's button: the ids of the blocks it shows ("aria-controls") while it is closed
# ("aria-expanded" false): an accordion's answers, a story's "Continue reading" rest.
_CONTROLS = "aria-controls"
# Attributes besides class and id that ``_own_kind`` reads, and the display attributes
# (rare: checked by name first).
_RARE_ATTRIBUTES = (frozenset((*KIND_ATTRIBUTES, "aria-label")) - {"class", "id"}) | (
    _DISPLAY_ATTRIBUTES | {_CONTROLS}
)
# The marking attributes by name: most elements of the <head> carry none of them.
_OTHER_MARKING_ATTRIBUTES = frozenset(MARKING_ATTRIBUTES) - {"class"}
# Every attribute that the kind or the mark of an element reads.
_CUE_READ = tuple(dict.fromkeys((*KIND_ATTRIBUTES, "aria-label", *MARKING_ATTRIBUTES)))
_REL_INDEX = _CUE_READ.index("rel")
# The kind of an element without such attributes: its tag's, except for the document,
# region and headline tags, and inline tags inside running text (unless hidden).
_TAG_ONLY_KINDS = {
    tag: kind
    for tag, kind in TAG_KINDS.items()
    if tag not in NEVER_FLAGGED and (tag not in INLINE_TEXT_TAGS or kind is Kind.HIDDEN)
}
# Elements whose end changes how the walk reads the rest: links, hidden elements and code.
_SCOPE_TAGS = _INVISIBLE | {"a", "pre"}
# Elements that may be a label or an inline paragraph.
_CANDIDATE_TAGS = _LABEL_TAGS | _INLINE_TAGS

# The elements the walk collects for the body's scoring, by tag: the Measurements list each
# goes to.
_COLLECTED: dict[str, str] = {
    **dict.fromkeys(PARAGRAPH_TAGS, "paragraphs"),
    **dict.fromkeys(COMMON_CONTAINER_TAGS | INLINE_CONTAINER_TAGS, "containers"),
    **dict.fromkeys(
        TEXT_CONTAINER_TAGS - COMMON_CONTAINER_TAGS - INLINE_CONTAINER_TAGS, "rare_containers"
    ),
    "a": "anchors",
    **dict.fromkeys(INVISIBLE_TAGS, "invisible"),
}

# Text facts of a text container: non-blank text of its own (its text, its children's
# tails), non-blank text inside an inline formatting child, a <br> child.
OWN_TEXT, FORMATTED_TEXT, HAS_BR = 1, 2, 4
_XML_SPACE = " \t\r\n"
# Children that may tell something about their container's text whatever their tail holds.
_TEXT_FACT_TAGS = INLINE_FORMATTING_TAGS | {"br"}

MAX_LABEL_CHARS = 80
MAX_INLINE_CHARS = 400
MAX_LINK_LABEL_CHARS = 20
# ...or, a heading inside a link, this long ("Written by Jane Doe" over an author's card)
MAX_LINKED_HEADING_CHARS = 60
# A label or inline paragraph holds at most this many elements (itself included): a short
# text under a deep pile of elements is no heading, and reading each element of such a
# pile as one would cost time quadratic in its depth.
MAX_CANDIDATE_ELEMENTS = 64
# A paragraph of prose: this much text outside links...
MIN_PARAGRAPH_PROSE = 80
# ...and links make up less than this share of its text (also for the story's container).
STORY_MAX_LINK_SHARE = 0.3
# A block is the story's prose when it holds this much text outside links.
STORY_MIN_PROSE = 300
# A block holding this share of the page's text outside links is the story, whatever its
# class says.
STORY_PAGE_SHARE = 0.5


# The figures of one element's visible text: a list of character counts indexed by these
# (it is the measuring walk's own record of the element, kept as it is: one list per
# element, no object built for it). TEXT: visible characters; LINKED: of which inside
# links; PROSE: outside links and outside class-flagged descendants; DIRECT: outside links
# in the element's own text nodes. FIRST and END place the element's subtree in page order:
# its own index and one past its last descendant's (indices in the page order of
# ``Measurements.stats``). FACTS: the text facts of one of ``Measurements.containers``
# (OWN_TEXT, FORMATTED_TEXT and HAS_BR flags; -1 for other elements). The last entry is the
# walk's: whether a child is a block.
TEXT, LINKED, PROSE, DIRECT, FIRST, END, FACTS, _BLOCK_CHILD = range(8)
Stats = list[int]


def plain(stats: Stats) -> int:
    """Visible characters outside links."""
    return stats[TEXT] - stats[LINKED]


def link_share(stats: Stats) -> float:
    """The share of the visible text inside links."""
    return stats[LINKED] / stats[TEXT] if stats[TEXT] else 0.0


def holds_page_story(stats: Stats, page_plain: int) -> bool:
    """The block (``stats``) holds story prose and most of the page's text outside links
    (``page_plain``): it is the story's, or holds it, whatever its class says."""
    own = plain(stats)
    return own >= STORY_MIN_PROSE and own >= STORY_PAGE_SHARE * page_plain


def has_block_children(stats: Stats) -> bool:
    """Whether a child of the element is a block (a paragraph, a list, a heading, a div...)."""
    return bool(stats[_BLOCK_CHILD])


def looks_like_story(stats: Stats) -> bool:
    """Enough text outside links, and few links: the story or a big part of it."""
    return plain(stats) >= STORY_MIN_PROSE and link_share(stats) < STORY_MAX_LINK_SHARE


@dataclass
class Measurements:
    """What the first pass found; ``kinds`` grows in the later passes."""

    root: HtmlElement
    # every element's figures, in page order (the <head> without its content)
    stats: dict[HtmlElement, Stats] = field(default_factory=dict)
    kinds: dict[HtmlElement, Kind] = field(default_factory=dict)
    labels: list[HtmlElement] = field(default_factory=list)  # short heading-like elements
    # very short texts inside links ("Ad", "Sponsored"): only ad labels count there
    link_labels: list[HtmlElement] = field(default_factory=list)
    inline: list[HtmlElement] = field(default_factory=list)  # short paragraphs with links
    # the label that announced each block flagged for one ("Related posts" over its list)
    block_labels: dict[HtmlElement, HtmlElement] = field(default_factory=dict)
    # where the body's scoring starts, each in page order: paragraph tags, containers that may
    # hold text directly (common and inline ones, then rare ones), links, invisible elements
    paragraphs: list[HtmlElement] = field(default_factory=list)
    containers: list[HtmlElement] = field(default_factory=list)
    rare_containers: list[HtmlElement] = field(default_factory=list)
    anchors: list[HtmlElement] = field(default_factory=list)
    # links of one character (a heading's "¶" or "#" self-link, a footnote's number...)
    one_character_links: list[HtmlElement] = field(default_factory=list)
    # the ids of the blocks a closed disclosure's button shows when pressed: a reader's click
    # away, they are read as shown (an accordion's answers, a story's collapsed rest)
    disclosed: set[str] = field(default_factory=set)
    # the visible links that carry a rel attribute, with its value ("nofollow", "tag")
    rel_links: list[tuple[HtmlElement, str]] = field(default_factory=list)
    invisible: list[HtmlElement] = field(default_factory=list)
    # the elements not displayed (``hidden``, ``display: none``...), nested ones included, in
    # page order: see ``outermost_undisplayed``
    undisplayed: list[HtmlElement] = field(default_factory=list)
    # when the walk was given a ``marks`` test: the elements (<head> content included) whose
    # class, id, itemprop and rel values pass it, in page order, with what it returned
    marked: list[tuple[HtmlElement, str]] = field(default_factory=list)


# A test of an element's marking attributes ("class id itemprop rel" values joined by spaces):
# what to record for it, or None. It must depend on the value alone (its answers are cached).
MarkTest = Callable[[str], "str | None"]


def measure(root: HtmlElement, marks: MarkTest | None = None) -> Measurements:
    """Walk ``root`` once (iteratively) and measure every element (the ``<head>`` as one
    empty element: nothing inside it is recorded). With ``marks``, also collect the
    elements whose marking attributes pass that test (``Measurements.marked``): the
    metadata's look at class and id values rides on this walk instead of making its own."""
    found = Measurements(root)
    marked = found.marked
    kinds = found.kinds
    all_stats = found.stats
    labels = found.labels
    link_labels = found.link_labels
    inline = found.inline
    rel_links = found.rel_links
    one_character_links = found.one_character_links
    disclosed = found.disclosed
    undisplayed = found.undisplayed
    collected = {tag: getattr(found, name) for tag, name in _COLLECTED.items()}
    containers = found.containers
    describe, describe_all = _describers(marks)
    in_link = 0
    in_code = 0  # (open <pre> elements)
    hidden = 0
    prose_classes: set[str | None] = set()  # (the classes of paragraphs unflagged as prose)
    # The walk reads each element once, in page order (``iter`` in C, elements only), and
    # closes an element when the next one read is not inside it (all left open at the end):
    # the parent of each element tells which are closed, and costs less than the end events
    # of an ``iterwalk``. The open elements, each with its tag, its kind and its figures, which
    # its children add to (one tuple per element: one push, one pop); first the root's parent
    # with a stand-in's figures (every element has a parent):
    open_frames: list[tuple[HtmlElement, str, Kind | None, Stats]] = [
        # (the root's parent may be None: that frame is never closed)
        (root.getparent(), "", None, [0, 0, 0, 0, 0, 0, -1, 0])  # type: ignore[list-item]
    ]
    elements = root.iter(lxml.etree.Element)
    # (``index``: the node's in page order, the number of elements read before it; the None
    # after the last element closes those left open)
    for index, node in enumerate(itertools.chain(elements, (None,))):
        parent_node = open_frames[0][0] if node is None else node.getparent()
        while open_frames[-1][0] is not parent_node:
            # an element closes: its figures are complete and go to its parent's
            closed, tag, kind, stats = open_frames.pop()
            stats[END] = index
            if tag in _SCOPE_TAGS:
                if tag == "a":
                    in_link -= 1
                    if stats[TEXT] == 1:
                        one_character_links.append(closed)
                elif tag == "pre":
                    in_code -= 1
                else:
                    hidden -= 1
            parent = open_frames[-1][3]
            if tag in _BLOCK_CHILD_TAGS:
                parent[_BLOCK_CHILD] = 1
            size = stats[TEXT]
            if size:
                if (
                    tag == "p"
                    and kind is not None  # (tested first: an unclassed paragraph needs no figures)
                    and _is_prose_paragraph(kind, _emphasised_figures(closed, stats, all_stats))
                ):
                    # <p class="paywall"> on every paragraph of a gated story: a paragraph of
                    # prose is the story's, whatever its class says (and so are its short
                    # paragraphs of that class, see below)
                    del kinds[closed]
                    kind = None
                    prose_classes.add(closed.get("class"))
                if (
                    size <= MAX_INLINE_CHARS
                    and tag in _CANDIDATE_TAGS
                    and index - stats[FIRST] <= MAX_CANDIDATE_ELEMENTS
                    and not in_code
                ):
                    if not in_link:
                        is_label = (
                            size <= MAX_LABEL_CHARS
                            and tag in _LABEL_TAGS
                            and (tag in ALL_HEADING_TAGS or not stats[LINKED])
                        )
                        is_inline = stats[LINKED] and tag in _INLINE_TAGS
                        if (is_label or is_inline) and not stats[_BLOCK_CHILD]:
                            if is_label:
                                labels.append(closed)
                            if is_inline:
                                inline.append(closed)
                    elif tag in _LABEL_TAGS and (
                        size <= MAX_LINK_LABEL_CHARS
                        or (size <= MAX_LINKED_HEADING_CHARS and tag in ALL_HEADING_TAGS)
                    ):
                        link_labels.append(closed)
                parent[TEXT] += size
                parent[LINKED] += stats[LINKED]
                if kind is None:
                    parent[PROSE] += stats[PROSE]
            # the tail without XML whitespace: "" for the layout between tags (most tails);
            # stripping the rest of Unicode's whitespace from it gives the visible text
            tail = closed.tail
            if tail:
                tail = tail.strip(_XML_SPACE)
            facts = parent[FACTS]
            if facts >= 0 and (tag in _TEXT_FACT_TAGS or tail):
                parent[FACTS] = facts | _text_facts(closed, tag, tail, facts)
            if tail and not hidden:
                size = len(tail.strip())
                if size:
                    parent[TEXT] += size
                    if in_link:
                        parent[LINKED] += size
                    else:
                        parent[PROSE] += size
                        parent[DIRECT] += size
        if node is None:
            break
        tag = node.tag  # type: ignore[assignment]  # (elements only: str tags)
        text = node.text
        facts = -1
        bucket = collected.get(tag)
        if bucket is None and "-" in tag:
            # (a custom element, tags.is_custom_element, inlined: a <div> by another name)
            bucket = containers
        if bucket is not None:
            bucket.append(node)
            if bucket is containers:
                facts = OWN_TEXT if text and text.strip(_XML_SPACE) else 0
        if not hidden and not in_code:
            # (inside a code block, the highlighter's classes name the code's parts: "token
            # comment", "hljs-comment", Chroma's "c"; none is a block of the page)
            # (inside a hidden element, an <svg>'s paths or a <noscript>'s fallback, the
            # hidden element's own kind closes the block: nothing within it counts)
            names = node.keys()
            if not names:
                kind, mark, relation = _TAG_ONLY_KINDS.get(tag), None, None
                if kind is None and "-" in tag:  # (a custom element: _tag_only_kind)
                    kind = token_kind(tag)
            elif _RARE_ATTRIBUTES.isdisjoint(names):
                # (class, id and rel alone decide: most elements, and pages repeat them)
                # (ids are rare: a name test is cheaper than reading the attribute)
                relation = node.get("rel") if "rel" in names else None
                kind, mark = describe[
                    tag, node.get("class"), node.get("id") if "id" in names else None, relation
                ]
            else:
                if not _DISPLAY_ATTRIBUTES.isdisjoint(names) and is_not_displayed(node):
                    undisplayed.append(node)
                if _CONTROLS in names and node.get("aria-expanded") == "false":
                    disclosed.update((node.get(_CONTROLS) or "").split())
                values = _cue_values(node)
                kind, mark = describe_all[tag, values]
                relation = values[_REL_INDEX]
            if relation is not None and tag == "a":
                rel_links.append((node, relation))
            if kind is not None:
                kinds[node] = kind
            if mark is not None:
                marked.append((node, mark))
        else:
            kind = None
            if marks is not None and not in_code:
                mark_element(node, marks, marked)
        # (after the element's own kind: a hidden element's tag names its kind; one test for
        # the three scopes, most elements open none)
        if tag in _SCOPE_TAGS:
            if tag == "a":
                in_link += 1
            elif tag == "pre":
                in_code += 1
            else:
                hidden += 1
                if tag == "head":
                    # metadata and scripts: no visible text, no block to classify or score
                    # (its elements are taken from the walk's iterator unread)
                    head_content = list(node.iterdescendants(lxml.etree.Element))
                    next(itertools.islice(elements, len(head_content), len(head_content)), None)
                    if marks is not None:
                        for element in head_content:
                            mark_element(element, marks, marked)
        size = len(text.strip()) if text and not hidden else 0
        if in_link:  # (its text is linked, no prose)
            stats = [size, size, 0, 0, index, 0, facts, 0]
        else:
            stats = [size, 0, size, size, index, 0, facts, 0]
        all_stats[node] = stats
        open_frames.append((node, tag, kind, stats))
    if disclosed:
        undisplayed[:] = [element for element in undisplayed if element.get("id") not in disclosed]
    if prose_classes:
        _unflag_story_paragraphs(kinds, prose_classes)
    return found


def _unflag_story_paragraphs(
    kinds: dict[HtmlElement, Kind], prose_classes: set[str | None]
) -> None:
    """Unflag the short paragraphs whose class a paragraph of prose carries: the story's own
    class for its paragraphs (Condé Nast's "<p class="paywall">" on each, a short quote or a
    credit line among them), not a notice's; and the subheadings of that class over such a
    paragraph ("<h2 class="paywall">...</h2><p class="paywall">"), the story's own."""
    flagged = [
        element
        for element, kind in kinds.items()
        if element.get("class") in prose_classes and kind not in _NEVER_PROSE_KINDS
    ]
    for element in flagged:
        if element.tag == "p":
            del kinds[element]
    for element in flagged:
        if element.tag in SUBHEADING_TAGS and _opens_story_paragraph(element, kinds):
            del kinds[element]


def _opens_story_paragraph(heading: HtmlElement, kinds: dict[HtmlElement, Kind]) -> bool:
    """Whether the element right after ``heading`` is an unflagged paragraph of its class."""
    following = heading.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()  # (a comment between them)
    return (
        following is not None
        and following.tag == "p"
        and following not in kinds
        and following.get("class") == heading.get("class")
    )


def outermost_undisplayed(found: Measurements) -> list[HtmlElement]:
    """The outermost of the elements the walk found not displayed, in page order."""
    stats = found.stats
    outermost: list[HtmlElement] = []
    end = -1  # where the last one kept ends: the elements before it are inside it
    for element in found.undisplayed:
        figures = stats[element]
        if figures[FIRST] >= end:
            outermost.append(element)
            end = figures[END]
    return outermost


def subtree_text(element: HtmlElement) -> str:
    """The element's text without its tail: serialised in C (much faster than
    text_content), or its own text when it has no children (many links and paragraphs)."""
    if not len(element):
        return element.text or ""
    return lxml.etree.tostring(element, method="text", encoding=str, with_tail=False)


def mark_element(node: HtmlElement, marks: MarkTest, marked: list[tuple[HtmlElement, str]]) -> None:
    """Record ``node`` in ``marked`` when its class, id, itemprop and rel values pass
    ``marks`` (the walk's own test, also used by walks that make no measurements)."""
    # (one look at the names: most elements carry no marking attribute but a class, and a
    # <meta>, a <script> or an <svg>'s paths none at all)
    names = node.keys()
    if not names:
        return
    if _OTHER_MARKING_ATTRIBUTES.isdisjoint(names):
        value = node.get("class")
    else:
        value = _marking_value(node.get)
    if value:
        mark = marks(value)
        if mark is not None:
            marked.append((node, mark))


def _marking_value(get: Callable[[str], str | None]) -> str:
    """The marking attributes' values (read by ``get``) joined by spaces."""
    return " ".join(filter(None, map(get, MARKING_ATTRIBUTES)))


def _text_facts(child: HtmlElement, tag: str, tail: str | None, facts: int) -> int:
    """What one child tells about its container's text: a line break, text in its tail (a
    text node of the container's own; ``tail`` is stripped of XML whitespace), or text
    inside it when it is inline formatting. Blank means XPath's whitespace (space, tab, CR,
    LF): "&nbsp;" counts as text."""
    found = HAS_BR if tag == "br" else 0
    if tail:
        found |= OWN_TEXT
    if (
        not facts & FORMATTED_TEXT
        and tag in INLINE_FORMATTING_TAGS
        and subtree_text(child).strip(_XML_SPACE)
    ):
        found |= FORMATTED_TEXT
    return found


# What the walk learns of an element from its cue attributes: its kind and its mark.
Description = tuple["Kind | None", "str | None"]
# The descriptions without a mark, one shared tuple per kind: most memo entries hold one of
# these rather than a tuple of their own (a tuple holding a kind is tracked by the collector).
_UNMARKED: dict[Kind | None, Description] = {kind: (kind, None) for kind in (*Kind, None)}
# ``_describe``'s arguments but the test: the tag, and the class, id and rel values.
DescribeKey = tuple[str, "str | None", "str | None", "str | None"]
# ``_describe_all``'s arguments but the test: the tag and the ``_cue_values``.
DescribeAllKey = tuple[str, tuple["str | None", ...]]


@functools.lru_cache(maxsize=8)
def _describers(
    marks: MarkTest | None,
) -> tuple[Memo[DescribeKey, Description], Memo[DescribeAllKey, Description]]:
    """Memos of ``_describe`` and ``_describe_all`` for one ``marks`` test (pages repeat the
    same tags and attribute values a lot). Their keys hold only the element's strings: keys
    that also held the test would stay tracked by the garbage collector."""

    def describe(key: DescribeKey) -> Description:
        return _describe(*key, marks)

    def describe_all(key: DescribeAllKey) -> Description:
        return _describe_all(*key, marks)

    return Memo(describe, 16384), Memo(describe_all, 4096)


def _describe(
    tag: str, classes: str | None, ident: str | None, rel: str | None, marks: MarkTest | None
) -> Description:
    """The kind of an element whose only cue attributes are class and id (most are), and
    what ``marks`` says of its marking attributes (None without a test)."""
    # (a subheading's id is its anchor, a slug of its own words: "line-ups",
    # "player-of-the-match"; it names no block of the page, though the metadata may read it)
    named = None if tag in HEADING_TAGS else ident
    kind = _class_id_kind(tag, classes, named) if classes or named else _tag_only_kind(tag)
    # (its only marking attributes: class, id and rel, in MARKING_ATTRIBUTES's order)
    value = " ".join(filter(None, (classes, ident, rel)))
    return _description(kind, value, marks)


def _class_id_kind(tag: str, classes: str | None, ident: str | None) -> Kind | None:
    """``_own_kind`` of an element whose only cue attributes are class and id."""
    if tag in NEVER_FLAGGED:
        return None
    tag_kind = _tag_kind(tag)
    if tag_kind is Kind.HIDDEN:
        return tag_kind
    kind = kind_of_class_and_id(classes, ident)
    if kind is None and tag == "aside" and names_fact_box(classes, ident):
        return None  # (the story's own box of facts or tips, not the page's furniture)
    return _kind_for_tag(tag, kind, tag_kind, None)


def _tag_kind(tag: str) -> Kind | None:
    """The kind a tag names: a known tag's (``<nav>``, ``<aside>``...), or for a custom
    element what its name says, read like a class token (``<ps-newsletter-module>``,
    ``<phoenix-ad>``, ``<related-stories>``)."""
    if is_custom_element(tag):
        return token_kind(tag)
    return TAG_KINDS.get(tag)


def _tag_only_kind(tag: str) -> Kind | None:
    """``_TAG_ONLY_KINDS`` of a tag, a custom element's read from its name."""
    return token_kind(tag) if is_custom_element(tag) else _TAG_ONLY_KINDS.get(tag)


# Kinds a paragraph's class gives that its prose does not overrule: hidden text, a post's
# metadata line ("This entry was posted on ... and is filed under ..."), readers' comments
# and the rules for them, an author's bio ("<p class="c-globalAuthor_bio">Rosa covers...").
_NEVER_PROSE_KINDS = frozenset({Kind.HIDDEN, Kind.TAGS, Kind.COMMENTS, Kind.BIO})


def _emphasised_figures(
    paragraph: HtmlElement, stats: Stats, all_stats: dict[HtmlElement, Stats]
) -> Stats:
    """The paragraph's figures, the text of the one emphasis tag (``EMPHASIS_TAGS``) that
    holds all its words counted as its own (``DIRECT``): "<p class="disclosure"><em>The
    author has no position ...</em></p>" is a paragraph of prose."""
    if stats[DIRECT] >= MIN_PARAGRAPH_PROSE or len(paragraph) != 1:
        return stats
    child = paragraph[0]
    if (
        child.tag not in EMPHASIS_TAGS
        or (paragraph.text or "").strip()
        or (child.tail or "").strip()
    ):
        return stats
    figures = all_stats.get(child)
    if figures is None:
        return stats
    emphasised = list(stats)
    emphasised[DIRECT] += figures[DIRECT]
    return emphasised


def _is_prose_paragraph(kind: Kind | None, stats: Stats) -> bool:
    return kind is not None and kind not in _NEVER_PROSE_KINDS and reads_as_prose(stats)


def reads_as_prose(stats: Stats) -> bool:
    """A paragraph's figures (``stats``) that read as prose: enough text of its own outside
    links, and few links."""
    return stats[DIRECT] >= MIN_PARAGRAPH_PROSE and link_share(stats) < STORY_MAX_LINK_SHARE


def _cue_values(node: HtmlElement) -> tuple[str | None, ...]:
    """The element's values of the ``_CUE_READ`` attributes (all its attributes read at
    once: cheaper than reading a dozen names one by one)."""
    return tuple(map(dict(node.items()).get, _CUE_READ))


def _describe_all(tag: str, values: tuple[str | None, ...], marks: MarkTest | None) -> Description:
    """``_describe`` of an element with rare cue attributes, from its ``_cue_values``."""
    get = dict(zip(_CUE_READ, values, strict=True)).get
    return _description(_own_kind(tag, get), _marking_value(get), marks)


def _description(kind: Kind | None, value: str, marks: MarkTest | None) -> Description:
    """An element's kind with what ``marks`` says of its marking ``value`` (None without a
    test or a value)."""
    mark = marks(value) if marks is not None and value else None
    return _UNMARKED[kind] if mark is None else (kind, mark)


def _own_kind(tag: str, get: Callable[[str], str | None]) -> Kind | None:
    """The kind an element's tag, class/id/role or aria-label (read by ``get``) names."""
    if tag in NEVER_FLAGGED:
        return None
    tag_kind = _tag_kind(tag)
    if tag_kind is Kind.HIDDEN:
        return tag_kind
    if tag != "a" and (get("role") or "").strip().lower() in CONTROL_ROLES:
        return Kind.HIDDEN
    kind = kind_of_attributes(get)
    if kind is None and tag == "aside" and names_fact_box(get("class"), get("id")):
        return None
    return _kind_for_tag(tag, kind, tag_kind, get("aria-label"))


def _kind_for_tag(
    tag: str, kind: Kind | None, tag_kind: Kind | None, aria_label: str | None
) -> Kind | None:
    """The kind of an element given what its class/id/role names (``kind``), its tag and its
    aria-label."""
    if tag in INLINE_TEXT_TAGS and kind is not Kind.HIDDEN:
        # a link or span inside running text is part of the sentence, whatever its class
        # says (<a data-component="auto-linked-tag">); the block around it decides
        return None
    if kind is Kind.READ_ALSO and tag == "p":
        return None  # <p class="read-more"><a>Continue reading</a></p> is a button
    if kind is None and tag in _LANDMARK_TAGS and aria_label:
        # <section aria-label="Related stories">; a player's box, <div aria-label="Video:
        # How water gets to your tap">
        kind = heading_kind(aria_label)
        if kind is None and aria_label.partition(":")[0].strip().lower() in MEDIA_LABELS:
            kind = Kind.CHROME
    return kind or tag_kind
