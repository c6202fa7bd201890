"""Summary boxes that repeat the story's own sentences.

Many CMSs show a few sentences of the story again above it ("Highlights", "Key points",
a pull quote): a field or list item holding, word for word, the text of one of the story's
paragraphs. The story keeps its paragraph and loses the repeat. Paragraphs repeated as
paragraphs (a refrain, a question asked twice in an interview) are the story's own and stay.
A box classed as a pull quote (by any cue attribute) or set out as a quote (a blockquote in a
figure of its own) goes when a paragraph holds its quote, even as a part of it: a real
blockquote quotes another source, which the story does not repeat.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import lxml.html

from newsparse.generic.body_cues import (
    PULL_QUOTE_TOKENS,
    QUOTE_BOX_TOKENS,
    QUOTE_CREDIT_DASHES,
    QUOTE_EDGE_CHARACTERS,
    SPEECH_VERBS,
)
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.tokens import CUE_ATTRIBUTES
from newsparse.generic.scoring import MIN_PROSE_LENGTH, Scores
from newsparse.tree_queries import previous_element

HtmlElement = lxml.html.HtmlElement

_PARAGRAPH = "p"
# Text besides the excerpts that a summary box may hold: its label.
_LABEL_LENGTH = 40
# A pull quote's box is a line's element or one of its few wrappers ("<div class="pullquote">
# <p class="pullquote-text">").
_PULL_QUOTE_LEVELS = 3
# A pull quote's box holds a few sentences and a name at most (not a story's wrapper classed
# "has-pullquote").
_MAX_PULL_QUOTE = 600
# (a cheap look at a cue attribute's value before it is split into words)
_PULL_QUOTE_HINT = "uote"
# Elements set out as a quote whatever their class: a blockquote, and a figure around one.
_QUOTE_TAG = "blockquote"
_QUOTE_WRAPPER_TAG = "figure"
_CUE_ATTRIBUTES = frozenset(CUE_ATTRIBUTES)
_SPEECH_VERB = "|".join(SPEECH_VERBS)
# A speech tag splitting a quote in two ("“The napkin is still faster,” she said. “But now
# ...”", a release's "“...,” said Jo Lind, executive director of the group. “...”", the name
# right after the verb): a pull quote joins the halves.
_SPEECH_TAG = re.compile(
    rf"[”\"]\s*(?:(?:[^\W\d_][\w.'’-]*\s+){{1,3}}(?:{_SPEECH_VERB})[,.]?"
    rf"|(?:{_SPEECH_VERB})\s(?-i:[A-Z])[^“”\"]{{1,120}}?[,.])"
    r"\s*[“\"]",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
# The words a paragraph must hold as the pull quote's opening before it is read apart.
_OPENING_WORDS = 3


def repeated_excerpts(
    blocks: list[HtmlElement], scores: Scores, skip: Collection[HtmlElement]
) -> list[HtmlElement]:
    """Units of ``blocks`` that are not paragraphs and whose whole text is also the text of
    one of their paragraphs, and pull quotes' boxes that one of them quotes."""
    paragraphs: set[str] = set()
    others: list[tuple[HtmlElement, str]] = []
    pull_quotes: dict[HtmlElement, list[str]] = {}
    quote_boxes: dict[HtmlElement, list[str]] = {}
    unit_of = scores.unit_of
    for block in blocks:
        for element in block.iter():
            unit = unit_of.get(element)
            if unit is None or unit.encloses_units or unit.length < MIN_PROSE_LENGTH:
                continue
            box, set_out = _pull_quote_box(element, blocks, scores)
            if box is not None:
                (pull_quotes if set_out else quote_boxes).setdefault(box, []).append(unit.text)
            elif element.tag == _PARAGRAPH:
                paragraphs.add(unit.text)
            elif not unit.is_heading:
                others.append((element, unit.text))
    excerpts = [element for element, text in others if text in paragraphs and element not in skip]
    boxes = _boxes(excerpts, blocks, scores)
    if pull_quotes:  # (most stories have none)
        boxes.extend(_repeating_pull_quotes(pull_quotes, paragraphs, skip))
    for box, texts in quote_boxes.items():
        if _repeats_paragraph_before(box, texts, scores, skip):
            boxes.append(box)
    return boxes


def _pull_quote_box(
    element: HtmlElement, blocks: list[HtmlElement], scores: Scores
) -> tuple[HtmlElement | None, bool]:
    """The outermost of a line's element and its few wrappers (below the story's blocks)
    holding a quote's worth of text and classed as a pull quote (``PULL_QUOTE_TOKENS``), or
    else classed as a quote alone (``QUOTE_BOX_TOKENS``: "<div class="quote-module">
    <blockquote class="quote-text">"), if any; and whether it is set out as a pull quote."""
    pull_quote = quote = None
    for _level in range(_PULL_QUOTE_LEVELS):
        if element in blocks:
            break
        if scores.text_length.get(element, 0) <= _MAX_PULL_QUOTE:
            if _is_quote_box(element, pull_quote):
                pull_quote = element
            elif _cue_values_hold(element, QUOTE_BOX_TOKENS):
                quote = element
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return (pull_quote, True) if pull_quote is not None else (quote, False)


def _repeats_paragraph_before(
    box: HtmlElement, texts: list[str], scores: Scores, skip: Collection[HtmlElement]
) -> bool:
    """Whether the paragraph right before a box classed as a quote alone holds its quote
    (``_repeating_pull_quotes``'s): the story's words set out again as it reads on. (A quote
    no paragraph there holds quotes another source, or is the story's own quotation, and
    stays.)"""
    before = previous_element(box)
    unit = scores.unit_of.get(before) if before is not None else None
    if unit is None or unit.is_heading or box in skip:
        return False
    return bool(_repeating_pull_quotes({box: texts}, (unit.text,), skip))


def _cue_values_hold(element: HtmlElement, tokens: frozenset[str]) -> bool:
    """Whether a cue attribute of the element holds one of ``tokens`` (all of them quote
    words: read only the values holding "uote")."""
    # (most elements have an attribute or two: read those, not every cue attribute's name)
    values = [
        value
        for name, value in element.items()
        if name in _CUE_ATTRIBUTES and _PULL_QUOTE_HINT in value.lower()
    ]
    return bool(values) and holds_token(tokens, *values)


def _is_quote_box(element: HtmlElement, inner: HtmlElement | None) -> bool:
    """Whether a cue attribute names the element a pull quote or a quote box, or it is a
    blockquote set out in a figure, or the figure around a quote box (``inner``)."""
    tag = element.tag
    if tag == _QUOTE_TAG:
        # (set out in a figure of its own, linking nothing: a quote; a bare blockquote may be
        # the story's own quoted line, an embedded post links its author)
        parent = element.getparent()
        if (
            parent is not None
            and parent.tag == _QUOTE_WRAPPER_TAG
            and next(element.iter("a"), None) is None
        ):
            return True
        # (or classed a pull quote itself, "<blockquote class="pullquote">", as a wrapper is)
    elif tag == _QUOTE_WRAPPER_TAG and inner is not None:
        return True
    return _cue_values_hold(element, PULL_QUOTE_TOKENS)


def _repeating_pull_quotes(
    pull_quotes: dict[HtmlElement, list[str]],
    paragraphs: Collection[str],
    skip: Collection[HtmlElement],
) -> list[HtmlElement]:
    """The pull quotes' boxes whose quote (their longest line that is no credit, without its
    quotation marks and closing stop) one of the story's paragraphs holds word for word, its
    first letter capitalised or not: the box goes with its name line ("<p
    class="pullquote-text">“... the stairs.”</p><p class="pullquote-name">— Name</p>" beside
    "“... the stairs,” said Name, ..."), however long the name line is. A pull quote that
    repeats nothing stays."""
    repeating: list[HtmlElement] = []
    for box, texts in pull_quotes.items():
        quotes = [text for text in texts if not text.startswith(QUOTE_CREDIT_DASHES)]
        quote = max(quotes or texts, key=len).strip(QUOTE_EDGE_CHARACTERS)
        if len(quote) < MIN_PROSE_LENGTH or box in skip:
            continue
        # (a quote lifted from mid-sentence is set out capitalised: "When I went ..." from
        # "... But when I went ...")
        uncapitalised = quote[0].lower() + quote[1:]
        if any(
            quote in paragraph or uncapitalised in paragraph or _quotes_split(quote, paragraph)
            for paragraph in paragraphs
        ):
            repeating.append(box)
    return repeating


def _quotes_split(quote: str, paragraph: str) -> bool:
    """Whether the paragraph holds the quote's words in two halves a speech tag splits ("“The
    napkin is still faster,” she said. “But now ...”" for "The napkin is still faster. But
    now ...")."""
    opening = " ".join(quote.split()[:_OPENING_WORDS])
    if opening not in paragraph or _SPEECH_TAG.search(paragraph) is None:
        return False  # (the cheap tests first)
    words = " ".join(_WORD.findall(quote.casefold()))
    return words in " ".join(_WORD.findall(_SPEECH_TAG.sub(" ", paragraph).casefold()))


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
