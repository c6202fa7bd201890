"""Page: one parse, the base URL, selection helpers, meta tags and JSON-LD on a real-looking page."""

from __future__ import annotations

from collections.abc import Callable

import lxml.html
import pytest

import newsparse
from newsparse import Page
from newsparse.hosts import host_of
from newsparse.page import is_http_url

URL = "https://rheintal-kurier.example/de/nachrichten/2023/fernwaerme-wird-teurer?utm_source=x"


@pytest.fixture
def page(read_fixture: Callable[[str], bytes]) -> Page:
    return Page.from_input(read_fixture("pages/drupal_messy_jsonld.html"), URL)


def test_base_href_is_resolved_against_the_given_url(page: Page) -> None:
    assert page.url == URL
    assert page.base_url == "https://rheintal-kurier.example/de/"
    assert page.host == "rheintal-kurier.example"
    # Relative links resolve against <base href>, not the page's own address.
    assert page.absolute_url("nachrichten") == "https://rheintal-kurier.example/de/nachrichten"
    assert page.absolute_url("../autoren/jana-roth") == (
        "https://rheintal-kurier.example/autoren/jana-roth"
    )
    assert page.canonical_hint == (
        "https://rheintal-kurier.example/de/nachrichten/2023/fernwaerme-wird-teurer"
    )


def test_indexed_elements_come_in_page_order(page: Page) -> None:
    # the same elements, in the same order, as walking the tree for each tag
    for tag in ("base", "meta", "link", "script", "title", "h1", "time"):
        assert page.elements(tag) == tuple(page.tree.iter(tag))
    landmarks = page.elements("article", "main")
    assert [e.tag for e in landmarks] == ["main", "article"]  # <main> opens first
    assert landmarks == tuple(page.tree.iter("article", "main"))
    assert page.elements("h1")[0].get("class") == "page-title"


def test_only_indexed_tags_can_be_looked_up(page: Page) -> None:
    with pytest.raises(ValueError, match="not an indexed tag"):
        page.elements("p")
    with pytest.raises(ValueError, match="not an indexed tag"):
        page.elements("h1", "h4")


def test_without_a_url_a_relative_base_gives_no_base(
    read_fixture: Callable[[str], bytes],
) -> None:
    bare = Page.from_input(read_fixture("pages/drupal_messy_jsonld.html"))
    assert bare.url is None and bare.base_url is None and bare.host is None
    assert bare.absolute_url("/de/sport") is None
    assert bare.absolute_url("/de/sport", fallback_base="https://a.example/x") == (
        "https://a.example/de/sport"
    )


def test_an_absolute_base_href_serves_without_a_url() -> None:
    page = Page.from_input(
        "<html><head><base href='https://cdn.example/site/'></head><body><p>x</p></body></html>"
    )
    assert page.base_url == "https://cdn.example/site/"
    assert page.absolute_url("img/a.png") == "https://cdn.example/site/img/a.png"


def test_a_base_href_that_is_not_http_is_ignored() -> None:
    page = Page.from_input(
        "<html><head><base href='javascript:alert(1)'></head><body><p>x</p></body></html>",
        "https://news.example/story",
    )
    assert page.base_url == "https://news.example/story"


def test_absolute_url_keeps_only_http_links(page: Page) -> None:
    for href in ("mailto:redaktion@x.example", "javascript:void(0)", "#top", "", None, "data:x"):
        assert page.absolute_url(href) is None
    assert page.absolute_url("https://other.example/a#frag") == "https://other.example/a#frag"
    assert page.absolute_url("//cdn.example/x.js") == "https://cdn.example/x.js"


def test_selection_helpers(page: Page) -> None:
    assert [a.get("href") for a in page.select("nav a")] == [
        "nachrichten",
        "/de/sport",
        "mailto:redaktion@rheintal-kurier.example",
    ]
    assert page.select_one("article h1") is not None
    assert page.select_one("aside.nothing-here") is None
    heading = page.select_one("h1.page-title")
    assert heading is not None and page.text(heading) == "Fernwärme wird teurer"
    body = page.select_one(".field--name-body")
    assert body is not None
    assert page.select("p", root=body)[0].text.startswith("Die Stadtwerke")
    assert page.xpath("string(//time/@datetime)") == ["2023-11-14T05:05:00Z"]
    assert len(page.xpath("//article//p")) == 2  # the script's markup is not parsed as HTML


def test_text_skips_scripts_and_collapses_whitespace(page: Page) -> None:
    article = page.select_one("article")
    assert article is not None
    text = page.text(article)
    assert "document.write" not in text and "injected" not in text
    assert "1.\xa0Januar" not in text and "1. Januar" in text
    assert "  " not in text


def test_text_spaces_block_boundaries_and_skips_embedded_markup() -> None:
    page = Page.from_input(
        "<html><body><div class='standfirst'><p>Storm<br>hits <em>the</em>coast<script>"
        "var shareCount = 12;</script> today<svg><title>Share</title></svg></p><ul><li>One"
        "</li><li>Two<noscript><p>Enable JavaScript</p></noscript></li></ul>Last</div>"
        "</body></html>"
    )
    block = page.select_one("div.standfirst")
    assert block is not None
    # <br>, <p> and <li> break words apart; inline <em> does not; script, svg and noscript
    # contents are never text, the text after them is
    assert page.text(block) == "Storm hits thecoast today One Two Last"
    assert page.text(page.select("li")[1]) == "Two"


def test_meta_reads_property_name_and_itemprop_case_insensitively(page: Page) -> None:
    assert page.meta("og:site_name") == "Rheintal Kurier"
    assert page.meta("og:type") == "article"  # written as property="OG:Type"
    assert page.meta("generator") == "Drupal 9 (https://www.drupal.org)"
    assert page.meta("datePublished") == "2023-11-14T06:05:00+01:00"
    assert page.meta("missing", "description", "og:title") == (
        "Die Stadtwerke erhöhen die Fernwärmepreise zum 1. Januar um elf Prozent."
    )
    assert page.meta("nothing") is None
    assert page.meta_all("article:tag") == ["Energie", "Stadtwerke"]  # the blank one dropped


def test_link_href_matches_rel_tokens(page: Page) -> None:
    assert page.link_href("shortlink") == "https://rheintal-kurier.example/node/48213"
    assert page.link_href("alternate") == (
        "https://rheintal-kurier.example/fr/actualites/2023/chauffage-urbain"
    )
    assert page.link_href("amphtml") is None


def test_json_ld_is_read_tolerantly_from_every_block(page: Page) -> None:
    types = [obj.get("@type") for obj in page.json_ld]
    # Comments, trailing commas, a raw newline in a string, an HTML-comment wrapper, a CDATA
    # wrapper, two objects in one block and a list; the broken and the empty block skipped.
    assert types == ["NewsArticle", "Person", "Organization", "WebSite", "BreadcrumbList"]
    (article,) = page.json_ld_of_type("NewsArticle")
    assert article["keywords"] == ["Energie", "Stadtwerke"]
    assert article["description"] == "Die Stadtwerke erhöhen die Preise. Neue Tarife ab Januar."
    assert article["dateModified"] == "2023-11-14T08:40:00+01:00"
    assert page.json_ld_resolve(article["author"])["name"] == "Jana Roth"
    assert page.json_ld_resolve(article["publisher"])["name"] == "Rheintal Kurier"
    assert page.json_ld_resolve({"@id": "#unknown"}) == {"@id": "#unknown"}
    assert page.json_ld_resolve("plain") == "plain"


def test_working_copy_is_independent(page: Page) -> None:
    copy = page.working_copy()
    for node in copy.iter("article"):
        node.drop_tree()
    assert page.select_one("article") is not None


def test_the_tree_is_parsed_once_and_cached_selectors_are_reused(page: Page) -> None:
    from newsparse.page import css

    css.cache_clear()
    page.select("nav a")
    page.select("nav a")
    assert css.cache_info().hits >= 1


def test_soup_is_built_on_demand(page: Page) -> None:
    soup = page.soup()
    assert soup.find("h1") is not None
    assert page.soup() is soup


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.Example.COM./a", "example.com"),
        ("http://m.example.com:8080/a", "m.example.com"),
        ("https://user@example.com.evil.net/", "example.com.evil.net"),
        ("not a url", None),
        ("http://[::1", None),
        (None, None),
    ],
)
def test_host_of(url: str | None, host: str | None) -> None:
    assert host_of(url) == host


def test_is_http_url() -> None:
    assert is_http_url("https://a.example/")
    assert not is_http_url("ftp://a.example/")
    assert not is_http_url("https://")
    assert not is_http_url("http://[::1")


def test_page_is_exported_for_plugin_authors() -> None:
    assert newsparse.Page is Page


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="utf-8">',
        '<meta charset="iso-8859-1">',  # a declaration the bytes contradict
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "",
    ],
)
def test_utf8_bytes_parse_like_their_decoded_text(head: str) -> None:
    html = (
        f"<html><head>{head}<title>Café crème</title></head>"
        "<body><p>Le café du coin – « ouvert » jusqu’à 22 h.</p></body></html>"
    )
    from_bytes = Page.from_input(html.encode("utf-8"))
    from_text = Page.from_input(html)
    assert from_bytes.encoding == "utf-8"
    assert from_bytes.text(from_bytes.tree.find("body/p")) == (
        "Le café du coin – « ouvert » jusqu’à 22 h."
    )
    assert lxml.html.tostring(from_bytes.tree) == lxml.html.tostring(from_text.tree)


def test_cleaned_utf8_text_is_parsed_as_cleaned() -> None:
    html = "<html><body><p>Before\x00after\x85 the controls</p></body></html>"
    page = Page.from_input(html.encode("utf-8"))
    assert page.text(page.tree.find("body/p")) == "Beforeafter the controls"


def test_each_kind_of_invisible_character_in_utf8_bytes_is_cleaned() -> None:
    # each alone: an ASCII control, a C1 control (two bytes in UTF-8), a noncharacter
    for invisible in ("\x0b", "\x9f", "\uffff"):
        html = f"<html><body><p>Before{invisible}after — the end</p></body></html>"
        page = Page.from_input(html.encode("utf-8"))
        assert page.text(page.tree.find("body/p")) == "Beforeafter — the end"
        assert invisible not in page.html


def test_c1_control_after_visible_latin1_punctuation_in_utf8_bytes_is_cleaned() -> None:
    # «, no-break space and © share the C1 controls' lead byte 0xC2: the control after them
    # is still found
    html = "<html><body><p>«Quote»\xa0© 2024\x85 next</p></body></html>"
    page = Page.from_input(html.encode("utf-8"))
    assert page.text(page.tree.find("body/p")) == "«Quote» © 2024 next"
    assert "\x85" not in page.html


def test_utf8_bytes_with_only_visible_characters_keep_their_text() -> None:
    # "\xa0" is 0xC2 0xA0 in UTF-8: the same lead byte as a C1 control, but visible
    html = "<html><body><p>Price:\xa012\u00a0€ — «ok»</p></body></html>"
    page = Page.from_input(html.encode("utf-8"))
    assert page.html == html


def test_lazy_loaded_paragraphs_left_in_a_noscript_are_the_story() -> None:
    first = "The drivers' union called a weekend strike after talks over rosters broke down. " * 2
    later = [
        "The dispute centres on a proposal to schedule drivers for up to eleven days in a row. ",
        "Both sides said they were willing to return to talks, but no date had been set yet. ",
    ]
    html = (
        "<html><body><noscript><iframe src='https://tags.example/ns.html?id=GTM-1'></iframe>"
        "</noscript><article><h1>Bus drivers to strike</h1>"
        f"<p>{first}</p><div class='article-body__lazy js-lazy-paragraphs' data-src='/api/p'>"
        f"<div class='spinner'></div><noscript><p>{later[0] * 2}</p><p>{later[1] * 2}</p>"
        "</noscript></div><div id='disqus_thread'></div><noscript>Please enable JavaScript to "
        "view the comments.</noscript></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert (later[1] * 2).strip() in body
    assert "enable JavaScript" not in body


def test_end_br_tags_break_lines_as_in_a_browser() -> None:
    lines = [
        "The county will close the old landfill to new waste at the end of the month.",
        "Residents can take household waste to the transfer station on Route 9 instead.",
    ]
    html = (
        "<html><body><div class='post-body entry-content'>"
        f"{lines[0] * 2}</br></br>{lines[1] * 2}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == [(lines[0] * 2).strip(), (lines[1] * 2).strip()]


def test_the_declared_language_survives_text_before_the_document() -> None:
    # a PHP warning printed before <!DOCTYPE>: the parser drops <html lang="en">'s attributes
    html = (
        "<br />\n<b>Warning</b>: Undefined variable $ad in <b>/var/www/header.php</b><br />\n"
        "<!DOCTYPE html><html lang='en'><head><title>Bridge opens</title></head><body>"
        "<article><h1>Bridge opens</h1><p>"
        + "The new bridge opened to traffic today. " * 5
        + "</p></article></body></html>"
    )
    page = Page.from_input(html)
    assert page.tree.get("lang") == "en"
    assert newsparse.parse(html, registry=newsparse.Registry()).language == "en"
