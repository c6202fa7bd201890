"""Parts of a page a streaming React server sent hidden are moved where its scripts put them."""

from __future__ import annotations

from pathlib import Path

import lxml.html

import newsparse
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "body"


def _body_markup(html: str) -> str:
    root = Page.from_input(html).tree
    body = root.find("body")
    assert body is not None
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in body)


def test_a_completed_boundary_takes_the_hidden_part_s_content() -> None:
    html = (
        '<html><body><main><h1>Title</h1><template id="B:0"></template>'
        '<div class="skeleton"></div></main>'
        '<div hidden id="S:0"><p>First</p><p>Second</p></div>'
        '<script>$RC("B:0","S:0")</script></body></html>'
    )
    assert _body_markup(html) == (
        '<main><h1>Title</h1><p>First</p><p>Second</p><div class="skeleton"></div></main>'
        '<script>$RC("B:0","S:0")</script>'
    )


def test_a_segment_fills_its_placeholder_and_ids_need_not_match() -> None:
    # $RS(part, placeholder) takes its arguments the other way round from $RC
    html = (
        '<html><body><div><template id="P:1"></template> after</div>'
        '<div hidden id="S:3"><p>Streamed</p></div>'
        '<script>$RS("S:3","P:1")</script></body></html>'
    )
    assert _body_markup(html).startswith("<div><p>Streamed</p> after</div>")


def test_without_a_script_call_nothing_moves() -> None:
    html = (
        '<html><body><template id="B:0"></template>'
        '<div hidden id="S:0"><p>Kept hidden</p></div></body></html>'
    )
    assert _body_markup(html) == (
        '<template id="B:0"></template><div hidden id="S:0"><p>Kept hidden</p></div>'
    )


def test_a_next_js_app_router_story_streamed_hidden_is_the_body() -> None:
    # the shell holds the headline, a skeleton and a cookie banner; the story and its
    # "Read next" rail arrive at the end of the document in <div hidden id="S:0">
    url = "https://northwindpost.example/news/regional-airline-grounds-turboprop-fleet"
    article = newsparse.parse(
        (FIXTURES / "next_app_router_streamed_story.html").read_bytes(),
        url=url,
        registry=newsparse.Registry(),
    )
    body = article.body.split("\n\n")
    assert body[1].startswith("Northwind Regional Airlines has grounded its entire fleet")
    assert body[-1].startswith("The airline's chief operating officer, Jonas Aaltonen, said")
    assert "cookies" not in article.body
    assert article.headline == "Regional airline grounds turboprop fleet after engine inspections"
    assert len(article.related) == 3
