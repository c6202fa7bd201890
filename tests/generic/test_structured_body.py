"""The JSON-LD articleBody as the story's text, when the HTML holds only a teaser of it."""

from __future__ import annotations

import json
from pathlib import Path

import newsparse
from newsparse.generic.structured_body import structured_paragraphs
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://baycourier.example/news/2024/04/09/ferry-electric-boats"
PARAGRAPH = (
    "The harbour authority approved the new breakwater on Monday after two years of public "
    "consultation and three revised designs, ending a long dispute with the fishing fleet."
)


def _page(article_body: object, html_body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Breakwater"}
    data["articleBody"] = article_body
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    return f"<html><head><title>Breakwater</title>{script}</head><body>{html_body}</body></html>"


def _body(html: str) -> str:
    return newsparse.parse(html, url=URL, registry=newsparse.Registry()).body


def test_a_script_rendered_shell_gives_the_json_ld_story() -> None:
    body = _body((FIXTURES / "script_rendered_shell.html").read_text("utf-8")).split("\n\n")
    assert len(body) == 5
    assert body[0].startswith("The Bay Ferry Authority has ordered two battery-electric")
    assert body[-1].startswith("Crew unions said they welcomed the order")
    assert "Loading the full story" not in " ".join(body)


def test_the_html_story_wins_over_a_cut_short_article_body() -> None:
    story = "".join(f"<p>{PARAGRAPH} Part {n}.</p>" for n in range(4))
    html = _page(PARAGRAPH[:200] + "...", f"<article>{story}</article>")
    assert _body(html) == "\n\n".join(f"{PARAGRAPH} Part {n}." for n in range(4))
    # an article body about as long as the HTML's story does not replace it either
    html = _page("\n".join([PARAGRAPH] * 5), f"<article>{story}</article>")
    assert _body(html).endswith("Part 3.")


def test_markup_inside_the_article_body_is_rendered() -> None:
    stated = "".join(f"<p>{PARAGRAPH} <em>Note {n}</em>.</p>" for n in range(4))
    html = _page(stated, "<main><p>Loading…</p></main>")
    assert _body(html).split("\n\n") == [f"{PARAGRAPH} Note {n}." for n in range(4)]


def test_pages_without_a_usable_article_body_state_none() -> None:
    for value in (None, 42, ["a", "list"], "", "   "):
        page = Page.from_input(_page(value, "<p>Story.</p>"), URL)
        assert structured_paragraphs(page) == []
    page = Page.from_input(_page("One line.\r\n\r\n  Another   line. ", "<p>x</p>"), URL)
    assert structured_paragraphs(page) == ["One line.", "Another line."]


def test_a_metered_teaser_gives_the_json_ld_story_it_opens() -> None:
    # the HTML shows the first three paragraphs, then a paywall; the JSON-LD states all ten
    paragraphs = [f"{PARAGRAPH} Part {n}." for n in range(10)]
    teaser = "".join(f"<p>{text}</p>" for text in paragraphs[:3])
    html = _page(
        "\n\n".join(paragraphs),
        f"<article>{teaser}<div class='paywall'>Subscribe to keep reading</div></article>",
    )
    assert _body(html).split("\n\n") == paragraphs
    # three paragraphs that are not its opening ones keep the HTML's text
    other = "".join(f"<p>{PARAGRAPH} Other {n}.</p>" for n in range(3))
    html = _page("\n\n".join(paragraphs), f"<article>{other}</article>")
    assert _body(html).endswith("Other 2.")
