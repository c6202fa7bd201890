"""Bad input: what is not HTML raises ParseError (TypeError for wrong types) with a message
saying what was received; broken or hostile HTML gives an Article, quickly, and nothing else
escapes. Hostile pages run in a child process whose CPU-time limit is only a hang guard."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import ParseError

# A hang guard, far above any page's real cost: the child may use this many seconds of CPU
# (counted by the kernel, so a loaded machine cannot set it off); the wall-clock limit only
# stops a child that waits on something instead of computing.
HANG_GUARD_CPU = 120
HANG_GUARD_WALL = 900


def _limit_cpu_time() -> None:
    """In the child, before it starts: killed by SIGXCPU past HANG_GUARD_CPU."""
    resource.setrlimit(resource.RLIMIT_CPU, (HANG_GUARD_CPU, HANG_GUARD_CPU))


STORY = (
    "<p>The council approved the harbour budget on Tuesday after a long debate, with twelve"
    " votes in favour and three against.</p>"
    "<p>Work on the new sea wall starts in March and should take about two years, officials"
    " said.</p>"
)


def article_page(inside: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>Harbour budget</title>{head}</head>"
        f"<body><article><h1>Harbour budget approved</h1>{STORY}{inside}</article></body></html>"
    )


# -- not HTML -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (None, "received None"),
        (b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>", "a PDF document"),
        ("%PDF-1.5\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed data"),
        ('{"headline": "Harbour budget", "body": "<p>approved</p>"}', "JSON"),
        (b'[{"id": 1}, {"id": 2}]', "JSON"),
        ('  \n{"items": []}', "JSON"),
        (bytes(range(256)) * 16, "binary data"),
        (os.urandom(0) + bytes((i * 7919) % 256 for i in range(4096)), "binary data"),
        ("", "empty input"),
        (b"   \n\t ", "empty input"),
        ("Harbour budget approved. The council met on Tuesday.", "no HTML markup"),
    ],
    ids=[
        "none",
        "pdf",
        "pdf-text",
        "png",
        "jpeg",
        "gif",
        "gzip",
        "json-with-html",
        "json-bytes",
        "json-indented",
        "binary",
        "noise",
        "empty",
        "blank",
        "plain-text",
    ],
)
def test_not_html_raises_parse_error_saying_what_it_got(value: object, says: str) -> None:
    with pytest.raises(ParseError, match="received") as caught:
        newsparse.parse(value)  # type: ignore[arg-type]
    assert says in str(caught.value)
    assert isinstance(caught.value, ValueError)  # ParseError is a ValueError


@pytest.mark.parametrize("value", [42, 3.5, ["<p>x</p>"], {"html": "<p>x</p>"}, object()])
def test_wrong_types_raise_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=f"received {type(value).__name__}"):
        newsparse.parse(value)  # type: ignore[arg-type]


def test_wrong_url_type_raises_type_error() -> None:
    with pytest.raises(TypeError, match="url"):
        newsparse.parse(article_page(), url=b"https://x.example/")  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_bytes() -> None:
    data = article_page().encode()
    assert newsparse.parse(bytearray(data)).headline == "Harbour budget approved"
    assert newsparse.parse(memoryview(data)).headline == "Harbour budget approved"


# -- broken or hostile HTML -----------------------------------------------------------------

BOMB_ENTITIES = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)).replace(
    "&lol0;", "lol"
)

HOSTILE: dict[str, object] = {
    "truncated": article_page()[: len(article_page()) // 2 + 40],
    "nul-bytes": article_page().replace("council", "coun\x00cil"),
    "nul-bytes-in-bytes": article_page().encode().replace(b"council", b"coun\x00cil"),
    "invalid-utf8": article_page().encode().replace(b"Tuesday", b"Tues\xc3\x28day\xff"),
    "lone-surrogates": article_page().replace("council", "coun\ud800cil"),
    "control-characters": article_page().replace("Work", "Work\x01\x1b\x7f"),
    "nested-divs": article_page(inside="<div>" * 100_000 + "deep" + "</div>" * 100_000),
    "unclosed-divs": article_page(inside="<div><span>x" * 50_000),
    "unclosed-inline-pile": article_page(inside="<b>" * 1500 + "Related"),
    "nested-text-containers": article_page(inside=("<div>" + "harbour " * 200) * 1800),
    # inline containers nested in one another, each with a paragraph: each reads its own text
    "nested-inline-paragraphs": article_page(
        inside=("<font>" + "harbour " * 200 + "<br><br>") * 1500
    ),
    "nested-hidden-text": article_page(
        inside=("<td>x<script>" + "var a=1;" * 4000 + "</script>") * 1500
    ),
    "billion-laughs": (
        f'<?xml version="1.0"?><!DOCTYPE html [{BOMB_ENTITIES}]>'
        + article_page(inside="<p>&lol9;</p>")
    ),
    "billion-laughs-bytes": (
        f"<!DOCTYPE html [{BOMB_ENTITIES}]>" + article_page(inside="<p>&lol9;&lol9;</p>")
    ).encode(),
    "external-entity": (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + article_page(inside="<p>&xxe;</p>")
    ),
    "broken-json-ld": article_page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<script type="application/ld+json">{"@graph": [{"@type": "Person", "name": 5}, 7]}'
        "</script>"
    ),
    "deep-json-ld": article_page(
        head='<script type="application/ld+json">'
        + '{"a":' * 50_000
        + "1"
        + "}" * 50_000
        + "</script>"
        + '<script type="application/ld+json">'
        + "[" * 100_000
        + "]" * 100_000
        + "</script>"
    ),
    "hostile-article-body": article_page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "'
        + "<b>" * 60_000
        + "harbour " * 100_000
        + '"}</script>'
    ),
    "huge-single-line": article_page(inside="<p>" + "harbour " * 1_500_000 + "</p>"),
    "huge-attribute": article_page(inside=f"<p class='{'x' * 5_000_000}'>text</p>"),
    "many-links": article_page(inside="".join(f"<a href='/{i}'>l{i}</a>" for i in range(50_000))),
    "unterminated-comment": article_page(inside="<!-- never closed <p>hidden</p>"),
    "unterminated-script": article_page().replace("</article>", "<script>var a = '<p>"),
    "bad-base-and-links": article_page(
        head="<base href='http://[::1'>", inside="<a href='http://[bad'>x</a><a href='//'>y</a>"
    ),
    "bad-logo-and-provider-links": (
        "<html><head><title>Harbour budget</title>"
        "<link rel='canonical' href='https://original.example/budget'></head><body>"
        "<a href='http://[::1'><h1>Harbour Gazette</h1></a>"
        "<a href='https://original.example/' title='http://[bad'>o</a>"
        f"<article><h1>Harbour budget approved</h1>{STORY}</article></body></html>"
    ),
    "utf16-declared-in-ascii": article_page(head='<meta charset="utf-16">').encode(),
    "xml-prolog-in-str": '<?xml version="1.0" encoding="iso-8859-1"?>' + article_page(),
    "bom-then-prolog-in-str": '\ufeff<?xml version="1.0" encoding="utf-8"?>' + article_page(),
}

CHILD = """
import json, sys, time
import newsparse
data = sys.stdin.buffer.read()
kind, payload = data[:1], data[1:]
value = payload.decode("utf-8", "surrogatepass") if kind == b"s" else payload
start = time.monotonic()
try:
    article = newsparse.parse(value, url="https://harbour.example/news/budget")
except (newsparse.ParseError, TypeError) as error:
    result = {"raised": type(error).__name__, "message": str(error)}
else:
    result = {"article": article.to_dict()}
result["seconds"] = time.monotonic() - start
print(json.dumps(result))
"""


def parse_in_child(value: object) -> dict[str, object]:
    if isinstance(value, str):
        data = b"s" + value.encode("utf-8", "surrogatepass")
    else:
        assert isinstance(value, bytes)
        data = b"b" + value
    src = str(Path(newsparse.__file__).resolve().parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=data,
        capture_output=True,
        timeout=HANG_GUARD_WALL,
        preexec_fn=_limit_cpu_time,
        check=False,
        env={**os.environ, "PYTHONPATH": src},
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_html_gives_an_article(name: str) -> None:
    report = parse_in_child(HOSTILE[name])
    assert "raised" not in report, report
    article = report["article"]
    assert isinstance(article, dict)
    assert article["errors"] == []
    if name != "deep-json-ld":
        assert article["headline"] in ("Harbour budget approved", "Harbour budget")
    body = article["body"]
    assert isinstance(body, str)
    if name in ("nested-divs", "billion-laughs", "external-entity", "broken-json-ld"):
        assert "twelve votes in favour" in body
    assert "root:" not in body  # no external entity was read
    assert "lollollol" not in body  # no entity was expanded


def test_the_story_survives_broken_markup_around_it() -> None:
    for name in ("truncated", "nul-bytes", "invalid-utf8", "control-characters"):
        article = newsparse.parse(HOSTILE[name])  # type: ignore[arg-type]
        assert "council" in article.body or "coun" in article.body
        assert "\x00" not in article.body and "\x01" not in article.body


def test_lone_surrogates_become_replacement_characters() -> None:
    article = newsparse.parse(HOSTILE["lone-surrogates"])  # type: ignore[arg-type]
    assert "coun\ufffdcil" in article.body


def test_text_kept_beside_a_skipped_box_is_found_under_a_deep_pile_of_tags() -> None:
    # A pile of unclosed <b> tags (a broken template, or a fuzzed page) nests the text
    # over a thousand levels deep; the look for text that stays beside a skipped box walks it
    # without recursion (it raised RecursionError and emptied the body, headline and authors).
    from newsparse.generic.body_orphans import _holds_kept_text
    from newsparse.page import Page

    page = Page.from_input(article_page(inside="<p>" + "<b>" * 1500 + "The master spoke.</p>"))
    pile = page.tree.findall(".//p")[-1]
    deepest = next(element for element in pile.iter("b") if len(element) == 0)
    assert _holds_kept_text(pile, skipped=())
    assert not _holds_kept_text(pile, skipped=(deepest,))
    deepest.tail = "Tail text after the skipped box."
    assert _holds_kept_text(pile, skipped=(deepest,))


def test_a_heading_that_swallowed_the_page_is_no_card_headline() -> None:
    # An unclosed heading can hold the rest of a broken page; an empty link's card headline
    # is looked for in it once per link, so such a "heading" is passed over (reading it for
    # each of a thousand empty links took most of a minute), while a card's headline is read.
    from newsparse.generic.links import _sole_card_headline
    from newsparse.page import Page

    card = "<div class='card'><h3>Harbour wall opens</h3><a href='/news/wall'></a></div>"
    swallowed = "<div><h3>Harbour " + "<span>word</span>" * 60 + "<a href='/news/x'></a></h3></div>"
    tree = Page.from_input(article_page(inside=card + swallowed)).tree
    card_link, swallowed_link = tree.xpath("//a[@href='/news/wall'] | //a[@href='/news/x']")
    assert _sole_card_headline(card_link) == "Harbour wall opens"
    assert _sole_card_headline(swallowed_link) is None
