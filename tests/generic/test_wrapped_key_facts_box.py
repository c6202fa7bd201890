"""A list of key points alone in a component framework's bare wrapper element, headed by a
label that names one however many words the label takes ("Das Wichtigste in Kürze"), after
the header and lead picture and before any paragraph, is the standfirst over the story: it
goes. Set among the story's paragraphs it stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

_KEY_FACTS_PAGE = "https://www.wirtschaftskurier.example/unternehmen/industrie/stahl-stahlkocher-drosseln-produktion/100098765.html"
_KEY_FACTS_LABEL = "Das Wichtigste in Kürze"
_KEY_FACT = "Drei Hersteller legen Hochöfen vorübergehend still."
_KEY_FACTS_FIRST = "Duisburg. Die deutsche Stahlindustrie"


def _body(html: str, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _key_facts_page() -> str:
    return _fixture("component_wrapped_key_facts_box.html")


def test_a_wrapped_key_facts_box_before_the_story_goes() -> None:
    body = _body(_key_facts_page(), _KEY_FACTS_PAGE)
    assert body[0].startswith(_KEY_FACTS_FIRST)
    assert _KEY_FACTS_LABEL not in body
    assert _KEY_FACT not in body


def test_the_same_box_among_the_story_paragraphs_stays() -> None:
    html = _key_facts_page()
    start = html.index('<app-storyline-element><div class="c-key-facts">')
    end = html.index("</app-storyline-element>", start) + len("</app-storyline-element>")
    box = html[start:end]
    html = html[:start] + html[end:]
    anchor = html.index("<app-storyline-subheadline>")
    html = html[:anchor] + box + "\n" + html[anchor:]
    body = _body(html, _KEY_FACTS_PAGE)
    assert body[0].startswith(_KEY_FACTS_FIRST)
    assert _KEY_FACT in body
