"""A media player's small box between paragraphs, the media's id on the box itself and its
slot holding only the play button, goes with its title line, whatever its hashed classes; a
box with a button and a line but no media's id (a map's caption) stays, as does a title
beside a slot that holds text of its own."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.omroeprivierland.example/artikel/88412-veerpont-schoonhoven-gelkenes-vaart-weer"
)
_TITLE = "De pont vaart weer de eerste rondjes over de Lek"
_BUTTON = 'aria-label="Video afspelen">Afspelen</button>'


def _body(old: str = "", new: str = "") -> list[str]:
    html = (FIXTURES / "styled_components_video_box_play_button.html").read_text(encoding="utf-8")
    html = html.replace(old, new) if old else html
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_video_box_marked_with_its_id_goes_with_its_title() -> None:
    body = _body()
    assert _TITLE not in body
    assert len(body) == 5


def test_a_box_with_a_button_and_no_media_id_stays() -> None:
    assert "De omweg via Gorinchem is ruim twintig kilometer lang." in _body()


def test_a_title_beside_a_slot_holding_text_stays() -> None:
    body = _body(_BUTTON, _BUTTON + "<span>Bekijk hoe de monteurs de schroefas vervangen</span>")
    assert _TITLE in body
