"""A line between the story's paragraphs inviting the reader to the site's community on a
messaging app, linking its invite ("<div class="whatsapp-embed"><p><b>Join our new WhatsApp
community ...</b> <a href="https://chat.whatsapp.com/...">Click here to join</a></p></div>"),
goes, set in bold or not; the story's paragraphs stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "tabloid_whatsapp_community_invite.html"
_URL = "https://www.dailycourier.example/news/uk-news/dog-walker-finds-roman-coin-33120987"


def _body(html: bytes) -> str:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body


def test_an_invite_to_the_site_s_whatsapp_community_goes() -> None:
    body = _body(_PAGE.read_bytes())
    assert "WhatsApp" not in body
    assert "Click here to join" not in body
    assert len(body.split("\n\n")) == 6


def test_the_same_words_linking_elsewhere_outside_an_app_s_box_stay() -> None:
    # (no invite link, no box classed for the app: a line of the story, as far as it shows)
    html = (
        _PAGE.read_bytes()
        .replace(b'class="whatsapp-embed"', b'class="story-note"')
        .replace(b"https://chat.whatsapp.com/Hk2CourierNews", b"/news/uk-news/hoard-33120001")
    )
    assert "Join our new WhatsApp community" in _body(html)
