"""A hashed-class paragraph right under the headline reading as the page's declared
description, over a byline run on into its published and updated dates (a styled-components
header: "Par <a>Name</a><div><span>Publié le ...</span><span>Mis à jour le ...</span></div>"),
is the deck: it goes, and the byline and dates at the story's head with it. Over a line as
long that is no byline, it stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

_DECK_PAGE = "https://www.quotidien-littoral.example/economie/transports/le-port-de-sete-mise-sur-les-ferries-electriques-2158834"
_DECK = "Le port héraultais va équiper ses quais"
_DECK_FIRST = "Le chantier doit commencer à l'automne."
_BYLINE = (
    '<div class="sc-u6x2ek-0 bWqNfe"><span class="sc-u6x2ek-1">Par </span><a class="sc-u6x2ek-2'
    ' author" href="/@mathilde-ferrand">Mathilde Ferrand</a><div class="sc-u6x2ek-3"><span>Publié'
    " le 3 avr. 2025 à 09:15</span><span>Mis à jour le 3 avr. 2025 à 11:42</span></div></div>"
)


def _body(html: str, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _deck_page() -> str:
    return _fixture("styled_header_deck_over_dated_byline.html")


def test_a_deck_over_a_dated_byline_goes_with_the_byline() -> None:
    body = _body(_deck_page(), _DECK_PAGE)
    assert body[0].startswith(_DECK_FIRST)
    assert not any(paragraph.startswith(_DECK) for paragraph in body)
    assert "Par" not in body
    assert not any(paragraph.startswith("Publié le") for paragraph in body)


def test_such_a_paragraph_over_a_long_line_that_is_no_byline_stays() -> None:
    # (a note as long as the dated byline, no byline: nothing sets the paragraph apart)
    note = (
        '<div class="sc-u6x2ek-0 bWqNfe">Un projet soutenu par la région Occitanie et par'
        " des fonds européens pour la transition des ports.</div>"
    )
    html = _deck_page().replace(_BYLINE, note)
    assert _body(html, _DECK_PAGE)[0].startswith(_DECK)
