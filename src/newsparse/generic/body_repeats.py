"""Summary boxes that repeat the story's own sentences.

Many CMSs show a few sentences of the story again above it ("Highlights", "Key points",
a pull quote): a field or list item holding, word for word, the text of one of the story's
paragraphs. The story keeps its paragraph and loses the repeat. Paragraphs repeated as
paragraphs (a refrain, a question asked twice in an interview) are the story's own and stay.
A box classed as a pull quote goes when a paragraph holds its quote, even as a part of it.
"""

from __future__ import annotations

from collections.abc import Collection

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import PULL_QUOTE_TOKENS, QUOTE_EDGE_CHARACTERS
from newsparse.generic.classes import holds_token
from newsparse.generic.scoring import MIN_PROSE_LENGTH, Scores

HtmlElement = lxml.html.HtmlElement

_PARAGRAPH = "p"
# Text besides the excerpts that a summary box may hold: its label.
_LABEL_LENGTH = 40
# A pull quote's box holds a few sentences and a name at most (not a story's wrapper classed
# "has-pullquote").
_MAX_PULL_QUOTE = 600
# Elements whose class may name a pull quote (any case, written whole or apart): one search in
# C over the story's blocks, which most often finds none.
_PULL_QUOTE_CANDIDATES = lxml.etree.XPath(
    ".//*[@class][contains(translate(@class, 'PULQOTE', 'pulqote'), 'pullquote')"
    " or contains(translate(@class, 'PULQOTE', 'pulqote'), 'pull-quote')"
    " or contains(translate(@class, 'PULQOTE', 'pulqote'), 'pull_quote')]"
)


def repeated_excerpts(
    blocks: list[HtmlElement], scores: Scores, skip: Collection[HtmlElement]
) -> list[HtmlElement]:
    """Units of ``blocks`` that are not paragraphs and whose whole text is also the text of
    one of their paragraphs, and pull quotes' boxes that one of them quotes."""
    paragraphs: set[str] = set()
    others: list[tuple[HtmlElement, str]] = []
    pull_quotes: dict[HtmlElement, list[str]] = {}
    box_of = _pull_quote_boxes(blocks, scores)
    unit_of = scores.unit_of
    for block in blocks:
        for element in block.iter():
            unit = unit_of.get(element)
            if unit is None or unit.encloses_units or unit.length < MIN_PROSE_LENGTH:
                continue
            box = box_of.get(element) if box_of else None
            if box is not None:
                pull_quotes.setdefault(box, []).append(unit.text)
            elif element.tag == _PARAGRAPH:
                paragraphs.add(unit.text)
            elif not unit.is_heading:
                others.append((element, unit.text))
    excerpts = [element for element, text in others if text in paragraphs and element not in skip]
    boxes = _boxes(excerpts, blocks, scores)
    if pull_quotes:  # (most stories have none)
        boxes.extend(_repeating_pull_quotes(pull_quotes, paragraphs, skip))
    return boxes


def _pull_quote_boxes(blocks: list[HtmlElement], scores: Scores) -> dict[HtmlElement, HtmlElement]:
    """The elements of the pull quotes' boxes in ``blocks`` (the outermost elements classed
    as one, ``PULL_QUOTE_TOKENS``, that hold a quote's worth of text), each with its box."""
    box_of: dict[HtmlElement, HtmlElement] = {}
    for block in blocks:
        # (in page order: a box's own parts, "pullquote-text", come after it)
        for candidate in _PULL_QUOTE_CANDIDATES(block):
            if (
                candidate not in box_of
                and scores.text_length.get(candidate, 0) <= _MAX_PULL_QUOTE
                and holds_token(PULL_QUOTE_TOKENS, candidate.get("class"))
            ):
                box_of.update((element, candidate) for element in candidate.iter())
    return box_of


def _repeating_pull_quotes(
    pull_quotes: dict[HtmlElement, list[str]],
    paragraphs: Collection[str],
    skip: Collection[HtmlElement],
) -> list[HtmlElement]:
    """The pull quotes' boxes whose quote (their longest line, without its quotation marks and
    closing stop) one of the story's paragraphs holds word for word: the box goes with its
    name line ("<p class="pullquote-text">“... the stairs.”</p><p class="pullquote-name">—
    Name</p>" beside "“... the stairs,” said Name, ..."). A pull quote that repeats nothing
    stays."""
    repeating: list[HtmlElement] = []
    for box, texts in pull_quotes.items():
        quote = max(texts, key=len).strip(QUOTE_EDGE_CHARACTERS)
        if (
            len(quote) >= MIN_PROSE_LENGTH
            and box not in skip
            and any(quote in paragraph for paragraph in paragraphs)
        ):
            repeating.append(box)
    return repeating


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
