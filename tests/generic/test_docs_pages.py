"""Documentation pages as site generators write them (Sphinx, MDN): data tables whose cells
hold paragraphs, headings that link to themselves, a code block's chrome. The body is the
page's text and its tables, row by row."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def parse(name: str, url: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def paragraphs(article: newsparse.Article) -> list[str]:
    return article.body.split("\n\n") if article.body else []


_SPHINX_URL = "https://larkspur.example.org/en/stable/guide/caching.html"


def test_a_number_alone_in_a_data_tables_cell_is_the_rows_figure() -> None:
    body = paragraphs(parse("docs_page_sphinx_table.html", _SPHINX_URL))
    # (each cell holds a <p>: "<td><p>256</p></td>" is no footnote's marker)
    start = body.index("Setting | Default | Meaning")
    assert body[start + 1 : start + 4] == [
        "max_entries | 256 | How many responses the store holds before it evicts the oldest.",
        "max_age | 60 | Seconds a response without caching headers stays fresh.",
        "shards | 4 | Files a directory store spreads its entries over.",
    ]


_REFERENCE_URL = "https://devref.example.org/en-US/docs/Web/API/Window/tabreturn_event"


def test_headings_linking_to_themselves_and_a_headed_tables_linked_row_stay() -> None:
    body = paragraphs(parse("docs_page_reference.html", _REFERENCE_URL))
    # (a section's heading is a link to its own fragment, "<h2><a href="#examples">")
    assert body[body.index("Examples") + 1] == "Refreshing a feed"
    # (a table with a header row whose one row is a linked cell is the table's data)
    start = body.index("Specifications")
    assert body[start + 1 : start + 3] == [
        "Specification",
        "Page Lifecycle Level 2\n# event-tabreturn",
    ]


def test_a_headings_link_to_itself_is_no_link_to_the_front_page() -> None:
    # (the <h1> ends with Sphinx's empty "<a class="headerlink" href="#...">": the headline
    # is the heading, not the <title> with the documentation's name)
    article = parse("docs_page_sphinx_table.html", _SPHINX_URL)
    assert article.headline == "Caching responses between runs"


def test_a_docs_pages_chrome_is_no_text() -> None:
    body = paragraphs(parse("docs_page_reference.html", _REFERENCE_URL))
    # (the status badge beside the <h1>, a <details> in its <header>, goes whole)
    assert body[0].startswith("The tabreturn event fires on the window")
    assert not any("Baseline" in paragraph for paragraph in body)
    # (a code block's language name over its <pre>, an embed's label over its frame)
    assert "js" not in body
    assert "Result" not in body
    assert body[body.index("Syntax") + 2].startswith('addEventListener("tabreturn"')
    # (a notice that the compatibility table needs scripts; the linked row of the headed
    # table before it stays, though no paragraph follows it)
    assert not any("JavaScript" in paragraph for paragraph in body)
    assert body[-1] == "Page Lifecycle Level 2\n# event-tabreturn"
