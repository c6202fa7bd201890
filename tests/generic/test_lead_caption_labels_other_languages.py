"""A caption of the picture over the story, set as the story's last paragraph and opened by
its label in the page's language ("Imagen principal:", "Imagem do banner:", "Image de
bannière :", "Gambar utama:"), perhaps after an asterisk marking it as a note, goes; a
sentence of the story naming the picture stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://es.selvaviva.example/2026/04/humedales-chaco-aves-migratorias/"
_CAPTION = "*Imagen principal:"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def _fixture() -> str:
    return (FIXTURES / "wordpress_es_lead_caption_asterisk_note.html").read_text("utf-8")


@pytest.mark.parametrize(
    "label",
    [
        "*Imagen principal:",
        "Imagen destacada:",
        "*Imagem do banner:",
        "*Image de bannière :",
        "*Gambar utama:",
        "*Banner image:",
    ],
)
def test_a_lead_caption_under_its_label_goes(label: str) -> None:
    body = _body(_fixture().replace(_CAPTION, label))
    assert not any("Una bandada de playeros" in line for line in body)
    assert body[-1].startswith("La red propone cerrar los canales")
    assert len(body) == 5


def test_a_sentence_naming_the_picture_stays() -> None:
    sentence = "La imagen principal de este reportaje, tomada en marzo, muestra la laguna seca."
    body = _body(_fixture().replace("<p>*Imagen principal: ", f"<p>{sentence} "))
    assert body[-1].startswith(sentence)
