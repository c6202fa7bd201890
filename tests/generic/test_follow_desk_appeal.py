"""A short line asking the reader to follow the site or its desk, its links all to social or
messaging platforms, is an appeal and goes; a linked line so worded pointing elsewhere
stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.cerradohoje.example/goias/feira-de-agricultura-familiar-volta-a-praca-central-de-anapolis"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_closing_follow_the_desk_and_whatsapp_lines_go() -> None:
    body = _body((FIXTURES / "portal_follow_desk_on_platform.html").read_bytes())
    assert len(body) == 4
    assert body[-1].startswith("A feira funciona das 6h às 12h")


def test_a_follow_line_linking_a_page_of_the_city_stays() -> None:
    html = (FIXTURES / "portal_follow_desk_on_platform.html").read_bytes()
    html = html.replace(
        b"https://www.instagram.com/cerradohoje", b"https://www.anapolis.example/feira"
    )
    assert _body(html)[-1].startswith("Siga a editoria de Goiás no Instagram")
