"""Questions about where an element sits in an lxml tree (which block holds it, which element
stands beside it, which others are of its make); they change nothing (see ``tree_edits`` for
the edits)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable
from itertools import islice

import lxml.etree
import lxml.html

HtmlElement = lxml.html.HtmlElement


def is_descendant(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``element`` is inside ``block`` (strictly: a block is not its own
    descendant)."""
    return any(ancestor is block for ancestor in element.iterancestors())


def is_near_descendant(element: HtmlElement, block: HtmlElement, levels: int) -> bool:
    """Whether ``element`` is inside ``block`` at most ``levels`` levels below its child
    (``levels`` 0: a child of it)."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if ancestor is block:
            return True
        if depth >= levels:
            return False
    return False


def is_within(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``element`` is ``block`` or inside it."""
    return element is block or is_descendant(element, block)


def has_ancestor_in(element: HtmlElement, blocks: Container[HtmlElement]) -> bool:
    """Whether one of ``element``'s ancestors (not the element itself) is in ``blocks`` (a
    set or dict of elements)."""
    return any(ancestor in blocks for ancestor in element.iterancestors())


def is_near_box_below(
    element: HtmlElement,
    levels: int,
    blocks: Container[HtmlElement],
    is_box: Callable[[HtmlElement], bool],
) -> bool:
    """Whether ``element`` or one of the wrappers above it, ``levels`` elements in all, is a
    box by ``is_box``, looking no higher than the first of ``blocks`` (which is never one):
    the player or card a short line sits in, below the story's blocks."""
    box: HtmlElement | None = element
    for _ in range(levels):
        if box is None or box in blocks:
            return False
        if is_box(box):
            return True
        box = box.getparent()
    return False


def holds_few_elements(element: HtmlElement, most: int) -> bool:
    """Whether the element holds at most ``most`` elements (itself included), counted in C
    and no further: reading the text of each of a pile of nested elements would cost time
    quadratic in its depth."""
    return sum(1 for _ in islice(element.iter(), most + 1)) <= most


def is_wholly_in_child(element: HtmlElement, tags: Container[str]) -> bool:
    """Whether the element's whole text sits in one child element named in ``tags`` ("<p><b>
    Contacts</b></p>" for the bold tags)."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in tags
        and not (element.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def wrapped_alone(
    element: HtmlElement, targets: Container[HtmlElement], wrappers: int
) -> HtmlElement | None:
    """The one of ``targets`` that ``element`` is, or wraps alone at most ``wrappers`` bare
    wrappers down (each holding that one element and no text of its own: a slot's or a page
    builder's row around a box), else None."""
    node = element
    for _ in range(wrappers + 1):
        if node in targets:
            return node
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) != 1 or (node.text or "").strip() or (children[0].tail or "").strip():
            return None
        node = children[0]
    return None


def previous_element(element: HtmlElement) -> HtmlElement | None:
    """The element right before ``element`` among its siblings, comments passed over."""
    return next(element.itersiblings(lxml.etree.Element, preceding=True), None)


def next_element(element: HtmlElement) -> HtmlElement | None:
    """The element right after ``element`` among its siblings, comments passed over."""
    return next(element.itersiblings(lxml.etree.Element), None)


def make_of(element: HtmlElement) -> tuple[str, str] | None:
    """The element's make, its tag and class, when it has a class; None otherwise."""
    classes = element.get("class")
    return (str(element.tag), classes) if classes else None


def repeated_makes(elements: Iterable[HtmlElement]) -> set[tuple[str, str]]:
    """The makes (:func:`make_of`) that two or more of ``elements`` share: a feed's entries'
    headings, a teaser list's titles."""
    counts = Counter(make for make in map(make_of, elements) if make is not None)
    return {make for make, count in counts.items() if count > 1}


def holds_more_than(element: HtmlElement, count: int) -> bool:
    """Whether ``element`` holds more than ``count`` elements (itself included), read no
    further than that: a cheap bound before reading an element's whole text."""
    return next(islice(element.iter(), count, None), None) is not None


# The commas a field's label ends with when read out ("Author,", Arabic "الكاتب،", "作者，").
_FIELD_COMMAS = (",", "،", "，")
# A field's label is this long at most (characters).
_MAX_FIELD_LABEL = 30


def comma_field_label(item: HtmlElement) -> str | None:
    """The label of a list item laid out as a field read out to screen readers, a label
    ending with a comma in an element of its own before the value's
    ("<li><span>Author,</span><span>Jane Doe</span></li>"), casefolded without its comma;
    else None."""
    if len(item) < 2 or (item.text or "").strip():
        return None
    label = item[0]
    text = (label.text or "").strip()
    if len(label) or not text.endswith(_FIELD_COMMAS) or len(text) > _MAX_FIELD_LABEL:
        return None
    return text[:-1].strip().casefold() or None
