"""A closing line whose one link shows the address it leads to, on another host ("Weitere
Informationen: <a>www.stadtwerke.example/...</a>"), is the release's own line and stays; under a
read-also label, or on the site's own host, it is a promo and goes."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.presseportal-sued.example/meldung/PPS_20250611_0042/stadtwerke-lindach-fernwaerme-nordbezirk"
_LINE = "Weitere Informationen und Anschlusspläne: www.stadtwerke-lindach.example/fernwaerme-nord"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> bytes:
    return (FIXTURES / "press_release_closing_address_line.html").read_bytes()


def test_a_closing_line_showing_another_host_s_address_stays() -> None:
    assert _LINE in _body(_page())


def test_such_a_line_under_a_read_also_label_goes() -> None:
    html = _page().replace("Weitere Informationen und Anschlusspläne:".encode(), b"Lesen Sie auch:")
    body = _body(html)
    assert body[-1].startswith("Die Kosten für den Ausbau")


def test_such_a_line_on_the_site_s_own_host_goes() -> None:
    html = _page().replace(b"www.stadtwerke-lindach.example", b"www.presseportal-sued.example")
    body = _body(html)
    assert body[-1].startswith("Die Kosten für den Ausbau")


def test_such_a_link_after_a_credit_with_no_label_s_colon_goes() -> None:
    html = _page().replace("Weitere Informationen und Anschlusspläne:".encode(), b"Via")
    body = _body(html)
    assert body[-1].startswith("Die Kosten für den Ausbau")


@pytest.mark.parametrize("path", ["tag/fernwaerme", "hub/fernwaerme-2026"])
def test_such_a_line_leading_to_a_tag_page_or_a_hub_goes(path: str) -> None:
    # (a hub of more coverage, as an agency's "AP Winter Olympics: https://apnews.com/hub/...")
    html = _page().replace(
        b"www.stadtwerke-lindach.example/fernwaerme-nord",
        f"www.stadtwerke-lindach.example/{path}".encode(),
    )
    body = _body(html)
    assert body[-1].startswith("Die Kosten für den Ausbau")
