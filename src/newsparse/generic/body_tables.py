"""Tables in the story that are no tables of data: linked cells, and pictures laid out as
tables.

A table cell that is one link (an app's name linking to its store page, a company linking to
its site) is data of its row, not navigation, when the row as a whole is not a row of links.
A table of a picture's row and a short line's row is a picture and its caption, as rich-text
editors of the 2000s laid them out.
"""

from __future__ import annotations

from collections.abc import Collection

import lxml.html

from newsparse.generic.classes import kind_of_class_and_id
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.scoring import Scores

HtmlElement = lxml.html.HtmlElement

_CELL_TAGS = frozenset({"td", "th"})
# How far up from a pruning candidate its cell is looked for (td > div > span...).
_MAX_CELL_DEPTH = 3
# The share of linked text above which a row is a row of links (as in body_prune.py).
_MAX_ROW_LINK_DENSITY = 0.75
# A data table's row: cells, at least this many (as in text.py).
_MIN_ROW_CELLS = 2


def is_linked_cell(element: HtmlElement, scores: Scores) -> bool:
    """True for a table cell, or a block inside one, in a row that is not all links."""
    row = _row_of(element)
    return row is not None and scores.link_density(row) <= _MAX_ROW_LINK_DENSITY


def is_data_cell(element: HtmlElement, scores: Scores) -> bool:
    """True for a table cell, or a block inside one, in a row of two cells or more that is
    not all links: a data table's cell, whose figure alone is the row's data."""
    row = _row_of(element)
    return (
        row is not None
        and sum(1 for cell in row if cell.tag in _CELL_TAGS) >= _MIN_ROW_CELLS
        and scores.link_density(row) <= _MAX_ROW_LINK_DENSITY
    )


def _row_of(element: HtmlElement) -> HtmlElement | None:
    """The table row of the cell that is, or holds, ``element`` (a few levels up at most)."""
    node: HtmlElement | None = element
    for _ in range(_MAX_CELL_DEPTH):
        if node is None:
            return None
        if node.tag in _CELL_TAGS:
            row = node.getparent()
            return row if row is not None and row.tag == "tr" else None
        node = node.getparent()
    return None


# How far up from a pruning candidate its table is looked for (table > tbody > tr > td >
# div > span).
_MAX_TABLE_DEPTH = 6


def is_headed_table_part(element: HtmlElement) -> bool:
    """True for a data table with a header row, or a row, cell or block inside one: its rows
    are the table's data, however linked ("<thead><tr><th>Specification</th></tr></thead>"
    over a row that is one linked cell)."""
    node: HtmlElement | None = element
    for _ in range(_MAX_TABLE_DEPTH):
        if node is None or node.tag in ("thead", "th"):
            return False
        if node.tag == "table":
            return _has_header_row(node)
        node = node.getparent()
    return False


# A box of page chrome inside the story is its data table when that table has this many rows
# of data cells at least, and holds this share of the box's text.
_MIN_DATA_ROWS = 3
_DATA_TABLE_BOX_SHARE = 0.6
_WEAK_KINDS = frozenset({None, Kind.CHROME})


def is_data_table_box(element: HtmlElement, scores: Scores) -> bool:
    """A block inside the story named as page chrome ("<div class="results-widget">") that
    is mostly one data table, a header row over rows of cells: the story's table, an embed's
    wrapper whatever its name (a sidebar's widget never sits in the story)."""
    # (only a weak name: an ad's or a related block's table is never the story's)
    if kind_of_class_and_id(element.get("class"), element.get("id")) not in _WEAK_KINDS:
        return False
    table = element if element.tag == "table" else next(element.iter("table"), None)
    if table is None or not _has_header_row(table):
        return False
    rows = 0
    for row in table.iter("tr"):
        rows += sum(1 for cell in row if cell.tag == "td") >= _MIN_ROW_CELLS
    if rows < _MIN_DATA_ROWS:
        return False
    box = len(element.text_content().strip())
    return len(table.text_content().strip()) >= box * _DATA_TABLE_BOX_SHARE


def _has_header_row(table: HtmlElement) -> bool:
    """Whether the table opens with a header row: a ``<thead>`` of header cells, or a first
    row of two header cells or more (a one-cell title row heads an infobox or a navbox)."""
    head = table.find("thead")
    if head is not None:
        return head.find("tr/th") is not None
    row = table.find("tr")
    if row is None:
        body = table.find("tbody")
        row = body.find("tr") if body is not None else None
    if row is None:
        return False
    cells = [cell for cell in row if cell.tag in _CELL_TAGS]
    return len(cells) >= _MIN_ROW_CELLS and all(cell.tag == "th" for cell in cells)


def headed_tables_emptied(
    rows_gone: list[HtmlElement], skip: Collection[HtmlElement]
) -> list[HtmlElement]:
    """The tables of ``rows_gone`` (rows dropped) whose data rows all went: their header and
    caption rows, left alone, go with them ("<table class="IndexEntries"><tr><th>Index
    entries for this article</th></tr>" over rows of links)."""
    found: list[HtmlElement] = []
    for row in rows_gone:
        table = next(row.iterancestors("table"), None)
        if table is None or table in found:
            continue
        # (its own rows: those of a table nested in a cell are that table's)
        rows = [own for own in table.iter("tr") if next(own.iterancestors("table")) is table]
        data = [own for own in rows if not _is_header_row(own)]
        if data and all(own in skip for own in data):
            found.append(table)
    return found


def _is_header_row(row: HtmlElement) -> bool:
    """A row of header cells only."""
    cells = [cell for cell in row if cell.tag in _CELL_TAGS]
    return bool(cells) and all(cell.tag == "th" for cell in cells)


# A picture's table: its rows (a picture's, then a caption's, a credit's)...
_PICTURE_TABLE_ROWS = (2, 3)
# ...and the text of its caption and credit, at most.
_MAX_CAPTION_CHARS = 300


def is_picture_table(table: HtmlElement, scores: Scores) -> bool:
    """True for a ``<table>`` laid out as a picture and its caption: one row holding a
    picture and no text, the others a short line each and no picture ("<tr><td><img></td>
    </tr><tr><td><span style="font-size: 8pt">Volunteers empty the cellar. Photo: ...
    </span></td></tr>")."""
    if not 0 < scores.text_length.get(table, 0) <= _MAX_CAPTION_CHARS:
        return False
    # (its own rows: those of a table nested in a cell are that table's)
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    if len(rows) not in _PICTURE_TABLE_ROWS:
        return False
    pictures = [row for row in rows if next(row.iter("img", "picture"), None) is not None]
    return len(pictures) == 1 and not scores.text_length.get(pictures[0], 0)
