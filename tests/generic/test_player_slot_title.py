"""A media player's small box between the story's paragraphs, its empty slot marked with the
media's id or classed as a player (a CSS module's "MediaEmbed_player__x"), goes whole with
its title line: the video's, no paragraph of the story."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.infowallonie.example/article/namur-la-passerelle-cyclable-sur-la-meuse-ouvrira-cet-ete-11402233"
_TITLE = "La pose de la passerelle filmée de nuit"
_LAST = "L’échevin de la Mobilité promet de son côté"
_SLOT = '<div class="MediaEmbed_player__Rf6Tg" data-media-id="3344556"></div>'


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / "css_module_player_slot_title.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "slot",
    [
        _SLOT,
        # (marked by the media's id alone, or classed as a player alone)
        '<div class="MediaEmbed_frame__Rf6Tg" data-media-id="3344556"></div>',
        '<div class="MediaEmbed_player__Rf6Tg"></div>',
    ],
)
def test_a_player_s_title_beside_its_empty_slot_goes(slot: str) -> None:
    body = _body(_page().replace(_SLOT, slot))
    assert body[-1].startswith(_LAST)
    assert _TITLE not in body


def test_a_line_beside_an_empty_unmarked_element_stays() -> None:
    # (a callout's icon: an empty element, but no player's)
    assert any(
        paragraph.startswith("Les riverains pourront découvrir") for paragraph in _body(_page())
    )


def test_a_line_beside_a_slot_that_holds_text_stays() -> None:
    html = _page().replace(_SLOT, _SLOT.replace("></div>", ">Vidéo</div>"))
    assert _TITLE in _body(html)
