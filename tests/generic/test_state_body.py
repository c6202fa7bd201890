"""The rest of a story read from a script framework's embedded state when the HTML shows only
its opening (``state_body``)."""

from __future__ import annotations

import json
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://www.harbourpost.example/news/2025/04/harbour-dredge"

PARAGRAPHS = [
    f"Paragraph {word} of the council's report on the ferry terminal says the ramp must be "
    f"rebuilt before the winter timetable starts, and that the work will take {n} weeks."
    for n, word in enumerate(["one", "two", "three", "four", "five", "six"], start=3)
]


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=URL, registry=newsparse.Registry()).body.split("\n\n")


def _page(shown: int, script: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:shown])
    return (
        "<html><head><title>Ferry ramp to be rebuilt</title></head><body><main><article>"
        f"<h1>Ferry ramp to be rebuilt</h1><div class='article-body'>{paragraphs}</div>"
        f"<div class='paywall'>Subscribe to read more</div></article></main>{script}</body></html>"
    )


def test_a_next_js_page_s_rest_comes_from_its_state() -> None:
    html = (FIXTURES / "nextjs_story_rest_in_state.html").read_bytes()
    article = newsparse.parse(html, url=URL, registry=newsparse.Registry())
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 7
    # the HTML's own paragraphs first (its typographic quotes), then the state's
    assert paragraphs[0].startswith("The harbour board has approved a plan to dredge")
    assert paragraphs[2].startswith("“We have been losing landings")
    assert (
        paragraphs[-1]
        == "The board will hold a drop-in session for residents at the harbour office on 14 May."
    )
    # the state's ad and image blocks, and the teasers of other stories, stay out
    assert "mid-article" not in article.body and "The old quay at low tide." not in article.body
    assert "kayakers" not in article.body


def test_arc_content_elements_without_their_interstitial_link() -> None:
    elements = [{"type": "text", "content": text} for text in PARAGRAPHS]
    elements.insert(
        3, {"type": "interstitial_link", "content": "Read more: Ferry fares rise", "url": "/x"}
    )
    script = f"<script>Fusion.globalContent={json.dumps({'content_elements': elements})};</script>"
    assert _body(_page(2, script)) == PARAGRAPHS


def test_a_redux_store_s_html_string() -> None:
    content = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    state = {"article": {"current": {"content": content}}}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    assert _body(_page(2, script)) == PARAGRAPHS


def test_a_rich_text_document_s_paragraphs() -> None:
    # a headless CMS's rich text: each paragraph a node of text runs (one of them bold)
    nodes = [
        {
            "type": "paragraph",
            "content": [
                {"type": "text", "text": text[:70]},
                {"type": "text", "text": text[70:], "marks": [{"type": "bold"}]},
            ],
        }
        for text in PARAGRAPHS
    ]
    state = {"props": {"pageProps": {"story": {"body": {"type": "doc", "content": nodes}}}}}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    assert _body(_page(2, script)) == PARAGRAPHS


def test_a_state_that_does_not_continue_the_story_is_not_read() -> None:
    # an older, shorter version of the story, and other stories' teasers
    older = {"body": [{"text": text} for text in PARAGRAPHS[:2]]}
    teasers = {"teasers": [{"text": text.replace("ferry", "bridge")} for text in PARAGRAPHS]}
    for state in (older, teasers):
        script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
        assert _body(_page(2, script)) == PARAGRAPHS[:2]


def test_a_full_story_duplicated_in_the_state_is_read_once() -> None:
    state = {"body": [{"text": text} for text in PARAGRAPHS]}
    script = f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script>"
    assert _body(_page(6, script)) == PARAGRAPHS
