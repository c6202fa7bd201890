"""Hostile and malformed input: metadata never crashes and never invents values."""

from __future__ import annotations

import pytest
from metadata_pages import parse_html

from newsparse.generic import GenericEngine
from newsparse.page import Page
from newsparse.plugin import FIELDS as PLUGIN_FIELDS

# Every field but the body and the related links: the metadata fields.
FIELDS = tuple(field for field in PLUGIN_FIELDS if field not in ("body", "related"))


def _all_fields(html: str, url: str | None = None) -> dict[str, object]:
    engine = GenericEngine(Page.from_input(html, url))
    return {field: getattr(engine, field)() for field in FIELDS}


def test_very_deep_nesting_does_not_crash() -> None:
    depth = 20_000
    html = (
        "<html><body><h1>Deep</h1>" + "<div class='byline'>" * depth + "By Ada" + "</div>" * depth
    )
    fields = _all_fields(html + "</body></html>")
    assert fields["headline"] == "Deep"


def test_deeply_nested_byline_and_dateline() -> None:
    depth = 250  # near the parser's own nesting limit
    html = (
        "<html><body><article><h1>Deep</h1>"
        + "<div>" * depth
        + "<span class='byline'>By Ada Lovelace</span><span class='date'>5 June 2019</span>"
        + "</div>" * depth
        + "<p>"
        + "Text. " * 30
        + "</p></article></body></html>"
    )
    fields = _all_fields(html)
    assert fields["authors"] == ("Ada Lovelace",)
    assert str(fields["published"]).startswith("2019-06-05")


@pytest.mark.parametrize(
    "block",
    [
        '{"@type":"NewsArticle","headline":["A","B"],"author":42,"datePublished":{"x":1}}',
        '{"@type":"NewsArticle","author":[null,"",{"name":null},{"@id":"#missing"}]}',
        '{"@type":["NewsArticle"],"author":{"@type":"Person","name":["Jo Bloggs"]}}',
        '{"@graph":[{"@type":"NewsArticle","author":{"@id":"#me"}},{"@id":"#me","@type":"Person","givenName":"Jo","familyName":"Bloggs"}]}',
        '[{"@type":"NewsArticle","datePublished":"not a date","dateModified":"9999-99-99"}]',
        '{"@type":"NewsArticle","image":[[[{"url":{"@id":"#x"}}]]],"inLanguage":{"name":42}}',
        '{"@type":"NewsArticle","publisher":{"name":"<b>Tag</b> &amp; Co"},"isBasedOn":[{}]}',
        "{ broken json",
    ],
)
def test_odd_jsonld_shapes_do_not_crash(block: str) -> None:
    html = (
        f'<html><head><script type="application/ld+json">{block}</script>'
        "<title>Fallback title</title></head><body><p>text</p></body></html>"
    )
    fields = _all_fields(html, url="https://example.com/a")
    assert fields["headline"] in ("Fallback title", "A")
    authors = fields["authors"]
    assert isinstance(authors, tuple)
    assert all(isinstance(name, str) and name for name in authors)


def test_graph_person_built_from_given_and_family_names() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",'
        '"headline":"Tides","author":{"@id":"#me"}},{"@id":"#me","@type":"Person",'
        '"givenName":"Jo","familyName":"Bloggs"}]}</script></head><body></body></html>'
    )
    assert parse_html(html).authors == ("Jo Bloggs",)


def test_huge_attribute_and_meta_values_are_bounded() -> None:
    noise = "x" * 200_000
    html = (
        f"<html><head><meta name='author' content='{noise}'>"
        f"<meta property='article:published_time' content='{noise}'>"
        f"<meta property='og:title' content='{noise}'></head>"
        f"<body class='{noise} byline'><h1>Real headline</h1></body></html>"
    )
    fields = _all_fields(html)
    assert fields["authors"] == ()
    assert fields["published"] is None
    assert fields["headline"] == "Real headline"


def test_page_tree_is_not_modified() -> None:
    html = (
        "<html><head><title>T | Site</title></head><body><article><h1>T</h1>"
        "<p class='byline'>By Jane Doe</p><p>" + "Body text. " * 20 + "</p></article></body></html>"
    )
    page = Page.from_input(html)
    import lxml.html

    before = lxml.html.tostring(page.tree)
    engine = GenericEngine(page)
    for field in FIELDS:
        getattr(engine, field)()
    assert lxml.html.tostring(page.tree) == before
