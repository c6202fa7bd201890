"""Summary boxes that repeat the story's own sentences.

Many CMSs show a few sentences of the story again above it ("Highlights", "Key points",
a pull quote): a field or list item holding, word for word, the text of one of the story's
paragraphs. The story keeps its paragraph and loses the repeat. Paragraphs repeated as
paragraphs (a refrain, a question asked twice in an interview) are the story's own and stay.
"""

from __future__ import annotations

from collections.abc import Collection

import lxml.html

from newsparse.generic.scoring import MIN_PROSE_LENGTH, Scores

HtmlElement = lxml.html.HtmlElement

_PARAGRAPH = "p"
# Text besides the excerpts that a summary box may hold: its label.
_LABEL_LENGTH = 40


def repeated_excerpts(
    blocks: list[HtmlElement], scores: Scores, skip: Collection[HtmlElement]
) -> list[HtmlElement]:
    """Units of ``blocks`` that are not paragraphs and whose whole text is also the text of
    one of their paragraphs."""
    paragraphs: set[str] = set()
    others: list[tuple[HtmlElement, str]] = []
    unit_of = scores.unit_of
    for block in blocks:
        for element in block.iter():
            unit = unit_of.get(element)
            if unit is None or unit.encloses_units or unit.length < MIN_PROSE_LENGTH:
                continue
            if element.tag == _PARAGRAPH:
                paragraphs.add(unit.text)
            elif not unit.is_heading:
                others.append((element, unit.text))
    excerpts = [element for element, text in others if text in paragraphs and element not in skip]
    return _boxes(excerpts, blocks, scores)


def _boxes(
    excerpts: list[HtmlElement], blocks: list[HtmlElement], scores: Scores
) -> list[HtmlElement]:
    """For each repeated excerpt, the largest block around it (below the story's blocks)
    that holds nothing else but other excerpts and a short label ("Key points")."""
    repeated: dict[HtmlElement, int] = {}
    for excerpt in excerpts:
        length = scores.text_length.get(excerpt, 0)
        for ancestor in [excerpt, *scores.ancestors(excerpt)]:
            if ancestor in blocks:
                break
            repeated[ancestor] = repeated.get(ancestor, 0) + length
    boxes: list[HtmlElement] = []
    for excerpt in excerpts:
        box = excerpt
        for ancestor in scores.ancestors(excerpt):
            if ancestor in blocks:
                break
            if scores.text_length.get(ancestor, 0) - repeated.get(ancestor, 0) > _LABEL_LENGTH:
                break
            box = ancestor
        boxes.append(box)
    return boxes
