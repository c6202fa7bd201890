"""Render an element subtree as plain text: one paragraph per block, blank lines between."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from types import MappingProxyType

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    FULL_STOP_CHARACTERS,
    LIST_ITEM_MARKER,
    POST_CARD_HANDLE_ENDINGS,
    POST_CARD_NAME_ENDINGS,
    POST_CARD_TEXT_ENDINGS,
    QUESTION_OPENERS,
    QUOTED_POST_CARD_CLASSES,
    QUOTED_POST_CLASSES,
)
from newsparse.generic.lengths import effective_length
from newsparse.tags import HEADING_TAGS
from newsparse.tags import INVISIBLE_TAGS as SHARED_INVISIBLE_TAGS

_NOT_WORD = re.compile(r"[\W_]+")

HtmlElement = lxml.html.HtmlElement

# Elements whose start and end break the text into paragraphs.
BLOCK_TAGS = (
    frozenset(
        {
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "footer",
            "aside",
            "nav",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "figure",
            "figcaption",
            "form",
            "fieldset",
            "address",
            "hr",
            "details",
            "summary",
            "center",
            "caption",
            "body",
            "html",
        }
    )
    | HEADING_TAGS
)
# Elements whose content is never text a reader sees.
INVISIBLE_TAGS = SHARED_INVISIBLE_TAGS | {"title", "option"}

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A paragraph holds at least one word character: a lone "* * *", "</>" or byte-order mark is
# markup debris, not text. (Wire copy's "___" separators stay: they are part of the story.)
_WORD_CHARACTER = re.compile(r"\w")
_LINE_BREAK = "\n"
# Zero-width characters that no text ends with (a heading's "&#8203;" self-link: Docusaurus);
# inside a line they stay (Thai and Khmer mark word boundaries with U+200B).
_ZERO_WIDTH = "\u200b\u2060\ufeff"
# Marks that close a phrase: no space before them once a skipped inline part is gone.
_CLOSING_MARKS = ")],."


# A paragraph of at least this many lines, each opening with a list's marker, is a list.
_MIN_ITEM_LINES = 2


def _clean_paragraph(raw: str, keep_lines: bool) -> list[str]:
    if keep_lines:
        text = raw.strip("\n")
        return [text] if text.strip() else []
    if _LINE_BREAK not in raw:  # (no <br> inside: the common paragraph, one line)
        text = " ".join(raw.split()).strip(_ZERO_WIDTH)
        return [text] if text and _WORD_CHARACTER.search(text) else []
    paragraphs: list[str] = []
    for chunk in _BLANK_LINE.split(raw):
        lines = [" ".join(line.split()).strip(_ZERO_WIDTH) for line in chunk.split(_LINE_BREAK)]
        lines = [line for line in lines if line]
        if len(lines) >= _MIN_ITEM_LINES and all(map(LIST_ITEM_MARKER.match, lines)):
            # (a list written as marked lines: each item a paragraph, as an <li> is)
            paragraphs.extend(line for line in lines if _WORD_CHARACTER.search(line))
            continue
        text = "\n".join(lines)
        if text and _WORD_CHARACTER.search(text):
            paragraphs.append(text)
    return paragraphs


# A subheading set in bold on a line of its own over its section's text in the same block
# ("<strong>Plans, but no action</strong><br>Ahmedabad drew up ..."): a line this short, not
# closed by a full stop or a label's colon (unless it opens as a Q&A's question: "- 스트레스
# DSR이란."), over a line at least this long (in effective length: a CJK character counts
# three).
_BOLD_TAGS = frozenset({"strong", "b"})
_MAX_BOLD_HEADING = 120
_MIN_LINE_UNDER_HEADING = 80
_NO_HEADING_ENDS = (".", ":", "：", "।")

# Descendants that make a block's text more than one line of inline text.
_BREAKING_TAGS = BLOCK_TAGS | INVISIBLE_TAGS | {"br"}
_NO_TEXTS: Mapping[HtmlElement, str] = MappingProxyType({})
# A data table's row: cells, at least this many, none holding more text than this.
_CELL_TAGS = frozenset({"td", "th"})
_MIN_ROW_CELLS = 2
_MAX_CELL_CHARS = 200
# What a data cell never holds.
# (a code block's layout table sets its line numbers in one cell and its code in the next:
# no data row)
_NOT_IN_CELL_TAGS = INVISIBLE_TAGS | {"table", "pre"}


def _known_paragraph(
    block: HtmlElement, texts: Mapping[HtmlElement, str], skip: Collection[HtmlElement]
) -> str | None:
    """The block's text from ``texts`` when the walk would make just that of it: the block is
    not preformatted and holds only visible inline elements, none skipped, no comments."""
    text = texts.get(block)
    if text is None or block.tag == "pre":
        return None
    for node in block.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str) or tag in _BREAKING_TAGS or node in skip:
            return None
    return text


def _data_row(row: HtmlElement, skip: Collection[HtmlElement]) -> str | None:
    """A data table's row as one line, its cells' texts joined by " | " ("Olivar | 1.500 |
    900"); None for a row to read cell by cell: fewer than two cells, a cell holding a
    table, a long text (a layout table's column) or something invisible or skipped."""
    cells = [cell for cell in row if cell.tag in _CELL_TAGS]
    if len(cells) < _MIN_ROW_CELLS:
        return None
    texts: list[str] = []
    for cell in cells:
        text = _cell_text(cell, skip)
        if text is None or len(text) > _MAX_CELL_CHARS:
            return None
        texts.append(text)
    if sum(1 for text in texts if text) < _MIN_ROW_CELLS:
        return None  # (a layout row: a picture's cell and its caption's, say)
    return " | ".join(texts)


def _cell_text(cell: HtmlElement, skip: Collection[HtmlElement]) -> str | None:
    """The cell's text, whitespace collapsed, its blocks and line breaks read as spaces; None
    when it holds a table or something invisible or skipped."""
    parts: list[str] = []
    walker = lxml.etree.iterwalk(cell, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if not isinstance(tag, str):
            if event == "end" and node.tail:
                parts.append(node.tail)
            continue
        if event == "start":
            if node is not cell and (tag in _NOT_IN_CELL_TAGS or node in skip):
                return None
            if tag in _BREAKING_TAGS:
                parts.append(" ")
            if node.text:
                parts.append(node.text)
        elif node is not cell:
            if tag in _BREAKING_TAGS:
                parts.append(" ")
            if node.tail:
                parts.append(node.tail)
    return " ".join("".join(parts).split())


def _next_line_length(br: HtmlElement) -> int:
    """How long the line after ``br`` is (its effective length: a CJK character counts
    three), up to the next line break or block."""
    length = effective_length((br.tail or "").strip())
    for sibling in br.itersiblings():
        if not isinstance(sibling.tag, str):
            length += effective_length((sibling.tail or "").strip())
            continue
        if sibling.tag == "br" or sibling.tag in BLOCK_TAGS:
            break
        length += effective_length(sibling.text_content().strip())
        length += effective_length((sibling.tail or "").strip())
        if length >= _MIN_LINE_UNDER_HEADING:
            break
    return length


def _ends_bold_heading(br: HtmlElement, read: list[str]) -> bool:
    """Whether ``br`` closes a subheading in bold that is its whole line (the text ``read``
    since the paragraph began, after its last line break), over a line of the section's
    text."""
    bold = br.getprevious()
    if bold is None or bold.tag not in _BOLD_TAGS or (bold.tail or "").strip():
        return False
    heading = " ".join("".join(read).rpartition(_LINE_BREAK)[2].split())
    if (
        not heading
        or len(heading) > _MAX_BOLD_HEADING
        or (heading.endswith(_NO_HEADING_ENDS) and not heading.startswith(QUESTION_OPENERS))
        or heading != " ".join(bold.text_content().split())
    ):
        return False
    return _next_line_length(br) >= _MIN_LINE_UNDER_HEADING


def is_quoted_post(block: HtmlElement) -> bool:
    """Whether ``block`` is an embedded social post's quote (``QUOTED_POST_CLASSES``:
    "<blockquote class="twitter-tweet">")."""
    return block.tag == "blockquote" and not QUOTED_POST_CLASSES.isdisjoint(
        (block.get("class") or "").split()
    )


def _post_card_class(element: HtmlElement) -> str | None:
    """The class token that makes ``element`` a CMS's card of an embedded post
    (``QUOTED_POST_CARD_CLASSES``: "<div class="tweet">"), or None."""
    classes = element.get("class")
    if not classes:
        return None
    return next((token for token in classes.split() if token in QUOTED_POST_CARD_CLASSES), None)


def _card_part(card: HtmlElement, token: str, endings: frozenset[str]) -> str:
    """The text of the card's first part classed after the card's own class ``token`` and
    one of ``endings`` ("tweet" and "-text": "tweet-text"), whitespace collapsed; else ""."""
    for element in card.iterdescendants(lxml.etree.Element):
        classes = element.get("class")
        if classes and any(
            part.startswith(token) and part[len(token) :] in endings for part in classes.split()
        ):
            return " ".join(element.text_content().split())
    return ""


def post_card_paragraph(element: HtmlElement) -> str | None:
    """The paragraph of a CMS's card of an embedded post (``QUOTED_POST_CARD_CLASSES``): its
    words, then its attribution as a quoted post's after a space ("... this quarter. — Dana
    Okafor (@dana)"); None when ``element`` is no such card or its words are not found (its
    date and its counts of likes are no text)."""
    token = _post_card_class(element)
    if token is None:
        return None
    words = _card_part(element, token, POST_CARD_TEXT_ENDINGS)
    if not words:
        return None
    name = _card_part(element, token, POST_CARD_NAME_ENDINGS)
    handle = _card_part(element, token, POST_CARD_HANDLE_ENDINGS)
    if handle and not handle.startswith("@"):
        handle = "@" + handle
    if name and handle:
        return f"{words} \u2014 {name} ({handle})"
    author = name or handle
    return f"{words} \u2014 {author}" if author else words


def is_post_card(element: HtmlElement) -> bool:
    """Whether ``element`` is a CMS's card of an embedded post whose words are found
    (``post_card_paragraph``)."""
    return _post_card_class(element) is not None and post_card_paragraph(element) is not None


def paragraphs_of(
    root: HtmlElement,
    skip: Collection[HtmlElement] = (),
    texts: Mapping[HtmlElement, str] = _NO_TEXTS,
) -> list[str]:
    """The visible text of ``root`` as a list of paragraphs.

    Block elements start and end paragraphs; ``<br>`` breaks a line (two in a row break the
    paragraph); whitespace is collapsed except inside ``<pre>``. Elements in ``skip`` are
    stepped over with their subtrees (their tail text stays). ``texts`` may give some
    elements' whole text, whitespace collapsed (the body's scoring read it): a block of
    inline text among them is taken whole rather than walked again.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    in_pre = 0

    def flush() -> None:
        if current:
            paragraphs.extend(_clean_paragraph("".join(current), keep_lines=in_pre > 0))
            current.clear()

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    stepped_over: HtmlElement | None = None
    for event, node in walker:
        tag = node.tag
        if not isinstance(tag, str):  # comments and processing instructions
            if event == "end" and node.tail:
                current.append(node.tail)
            continue
        # (a custom element that is a unit of text, <story-paragraph>, is a block: pages style
        # it as one; tags.is_custom_element inlined, "-" in tag)
        is_block = tag in BLOCK_TAGS or ("-" in tag and node in texts)
        if event == "start":
            if tag in INVISIBLE_TAGS or node in skip:
                if node is root:
                    return []
                walker.skip_subtree()
                stepped_over = node
                if is_block:
                    flush()
                continue
            if is_block:
                flush()
                row = _data_row(node, skip) if tag == "tr" and not in_pre else None
                if row is not None:
                    if _WORD_CHARACTER.search(row):
                        paragraphs.append(row)
                    walker.skip_subtree()
                    stepped_over = node
                    continue
                if node is not root and not in_pre and is_quoted_post(node):
                    # (its words' <p>, as lines, and its attribution after them make one
                    # paragraph)
                    *lines, attribution = paragraphs_of(node, skip, texts) or [""]
                    post = " ".join(filter(None, ("\n".join(lines), attribution)))
                    if post:
                        paragraphs.append(post)
                    walker.skip_subtree()
                    stepped_over = node
                    continue
                card = None if node is root or in_pre else post_card_paragraph(node)
                if card is not None:
                    paragraphs.append(card)
                    walker.skip_subtree()
                    stepped_over = node
                    continue
                known = None if in_pre else _known_paragraph(node, texts, skip)
                if known is not None:
                    known = known.strip(_ZERO_WIDTH)
                    if _WORD_CHARACTER.search(known):
                        paragraphs.append(known)
                    walker.skip_subtree()  # (stepped over: only its tail is left to read)
                    stepped_over = node
                    continue
                if tag == "pre":
                    in_pre += 1
            elif tag == "br":
                if not in_pre and _ends_bold_heading(node, current):
                    flush()  # (the subheading is a paragraph of its own)
                else:
                    current.append(_LINE_BREAK)
            if node.text:
                current.append(node.text.replace("\n", " ") if not in_pre else node.text)
            continue
        if node is stepped_over:
            stepped_over = None
            if is_block:
                flush()
            elif not in_pre and node.tail and node.tail[0] in _CLOSING_MARKS:
                _trim_space(current)
        elif is_block:
            flush()
            if tag == "pre":
                in_pre -= 1
        if node is not root and node.tail:
            current.append(node.tail.replace("\n", " ") if not in_pre else node.tail)
    flush()
    return paragraphs


def _trim_space(current: list[str]) -> None:
    """Drop the space that ends the text read so far: a skipped inline part ("(BWEN
    <span>-1.24%</span>)") leaves none before the closing mark that followed it."""
    while current and current[-1].isspace() and current[-1] != _LINE_BREAK:
        current.pop()
    if current and current[-1] != _LINE_BREAK:
        current[-1] = current[-1].rstrip()


def paragraph_key(paragraph: str) -> str:
    """A paragraph's letters and digits, casefolded: two copies of a paragraph compare equal
    whatever their quotes and spacing (the HTML's typographic quotes, a JSON copy's plain
    ones)."""
    return _NOT_WORD.sub("", paragraph.casefold())


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs joined by one blank line (a preformatted block's line breaks at its edges,
    left where its first line was cut, go: no paragraph opens or ends with a blank line)."""
    return "\n\n".join(filter(None, (paragraph.strip("\n") for paragraph in paragraphs)))


# The story's lead (the description of last resort): a paragraph of at least this many
# characters, ending like a sentence, on at most this many lines (not a table or code).
_LEAD_MIN_CHARS = 25
_LEAD_MAX_LINES = 2
_FULL_STOPS = tuple(FULL_STOP_CHARACTERS)


def lead_sentence(paragraph: str) -> str | None:
    """The paragraph, whitespace collapsed, when it can stand as the story's lead: long
    enough, ending like a sentence and not a preformatted block; else None."""
    if paragraph.count("\n") >= _LEAD_MAX_LINES:
        return None
    text = " ".join(paragraph.split())
    if len(text) < _LEAD_MIN_CHARS or not text.endswith(_FULL_STOPS):
        return None
    return text
