"""A box's label left alone once the rest of its box is dropped goes with it: a line classed
as a title in French or another language ("<p class="ressources-box__titre">Pour les
enseignants</p>" over a link to a lesson sheet to download), or naming the readers a box of
resources is for ("<p><strong>Pour les parents</strong></p>"). A box whose titled label
stands over a sentence of the story keeps both."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.petitcurieux.example/sciences/pourquoi-les-abeilles-dansent-elles"


def _body() -> list[str]:
    html = (FIXTURES / "wp_kids_teacher_download_box.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_title_classed_label_over_a_dropped_download_goes() -> None:
    body = _body()
    assert "Pour les enseignants" not in body
    assert not any(line.startswith("Télécharger") for line in body)


def test_a_resource_label_over_a_dropped_download_goes() -> None:
    body = _body()
    assert "Pour les parents" not in body
    assert body[-1].startswith("Les scientifiques ont mis des dizaines d'années")


def test_a_title_classed_label_over_a_sentence_of_the_story_stays() -> None:
    body = _body()
    label = body.index("Le savais-tu ?")
    assert body[label + 1].startswith("Une seule ruche peut abriter")
