"""A box classed as a teaser's, holding one other story's card under a short label of its own
("<div class="teaserBox"><div class="boxHead">GARTENWELT Pflanzen-Tipp</div><a>...</a>"),
goes whole between the story's blocks: the label does not stay behind."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.gartenwelt.example/wohnen/pflanzen/zimmerpflanzen-gelbe-blaetter-winter_id_260114572.html"


def test_a_teaser_box_s_label_goes_with_its_card() -> None:
    html = (FIXTURES / "magazine_portal_labelled_teaser_box.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert "GARTENWELT Pflanzen-Tipp" not in body
    assert not any("Richtig gießen im Winter" in line for line in body)
    assert body[2] == "Trockene Heizungsluft als zweiter Auslöser"
    assert len(body) == 5
