"""Tolerant JSON-LD reading: what real sites ship, and what hostile pages ship."""

from __future__ import annotations

import time

from newsparse import jsonld


def objects(raw: str) -> list[dict[str, object]]:
    return list(jsonld.iter_objects(jsonld.load_block(raw)))


def test_plain_block() -> None:
    assert objects('{"@type": "NewsArticle", "headline": "A"}') == [
        {"@type": "NewsArticle", "headline": "A"}
    ]


def test_comments_outside_strings_are_removed_but_urls_in_strings_kept() -> None:
    raw = """{
      // a line comment
      "url": "https://news.example/a//b", /* a block comment */
      "@type": "Article"
    }"""
    assert objects(raw) == [{"url": "https://news.example/a//b", "@type": "Article"}]


def test_trailing_commas() -> None:
    assert objects('{"@type": "Article", "keywords": ["a", "b",],}') == [
        {"@type": "Article", "keywords": ["a", "b"]}
    ]


def test_single_quoted_strings_are_read() -> None:
    # Some CMS templates quote one value with apostrophes; the rest of the block must not be
    # lost for it (publisher, keywords...).
    block = """{
        "@type": "NewsArticle",
        "description": 'Oil fell on Tuesday\\'s "glut" worries',
        "headline": "Markets don't wait",
        "publisher": {"@type": "Organization", "name": "Harbour Wire"}
    }"""
    (value,) = jsonld.load_block(block)
    assert value["description"] == 'Oil fell on Tuesday\'s "glut" worries'
    assert value["headline"] == "Markets don't wait"
    assert value["publisher"]["name"] == "Harbour Wire"


def test_cdata_and_html_comment_wrappers() -> None:
    assert objects('<![CDATA[{"@type": "Article"}]]>') == [{"@type": "Article"}]
    assert objects('//<![CDATA[\n{"@type": "Article"}\n//]]>') == [{"@type": "Article"}]
    assert objects('<!--\n{"@type": "Article"}\n-->') == [{"@type": "Article"}]


def test_raw_control_characters_inside_strings() -> None:
    assert objects('{"headline": "Line one\nline\ttwo", "x": "\x01"}') == [
        {"headline": "Line one\nline\ttwo", "x": "\x01"}
    ]


def test_several_values_in_one_block_and_lists_and_graphs_flattened() -> None:
    raw = """
    {"@type": "Organization", "name": "O"}
    [{"@type": "WebSite"}, {"@context": "https://schema.org",
      "@graph": [{"@type": "WebPage"}, [{"@type": "NewsArticle"}]]}];
    """
    assert [o["@type"] for o in objects(raw)] == [
        "Organization",
        "WebSite",
        "WebPage",
        "NewsArticle",
    ]


def test_a_graph_container_with_its_own_type_is_kept() -> None:
    found = objects('{"@type": "ItemList", "@graph": [{"@type": "Article"}]}')
    assert [o["@type"] for o in found] == ["ItemList", "Article"]


def test_broken_and_empty_blocks_give_nothing() -> None:
    assert objects('{"@type": "Article", "headline": ') == []
    assert objects("") == []
    assert objects("   ") == []
    assert objects("undefined") == []


def test_types_of_strips_schema_prefixes() -> None:
    assert jsonld.types_of({"@type": ["schema:NewsArticle", "https://schema.org/Article"]}) == (
        "NewsArticle",
        "Article",
    )
    assert jsonld.types_of({"@type": 3}) == ()
    assert jsonld.types_of({}) == ()


def test_deep_nesting_and_huge_blocks_are_refused_quickly() -> None:
    start = time.monotonic()
    assert objects("[" * 200_000 + "]" * 200_000) == []
    assert objects('{"a":' * 100_000 + "1" + "}" * 100_000) == []
    assert objects('{"x": "' + "a" * 3_000_000 + '"}') == []
    assert time.monotonic() - start < 20  # a hang guard, not a speed target


def test_object_count_is_bounded() -> None:
    raw = "[" + ",".join('{"@type": "Thing"}' for _ in range(5000)) + "]"
    assert 0 < len(objects(raw)) <= 500


def test_main_entity_objects_follow_their_holder() -> None:
    raw = '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "A"}}'
    assert [o["@type"] for o in objects(raw)] == ["WebPage", "NewsArticle"]
    # a bare reference is left to resolution by @id
    assert len(objects('{"@type": "WebPage", "mainEntity": {"@id": "#a"}}')) == 1
