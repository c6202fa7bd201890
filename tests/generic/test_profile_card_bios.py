"""A part classed as a bio in one card of a row of cards of one class, each headed by a name,
set before more of the story (a race's candidates), is the story's text; the author's bio
box closing the story still goes."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.gazetteduplateau.example/municipal/2025-10-20/mairie-val-des-pins"


def test_candidate_cards_keep_their_bios() -> None:
    html = (FIXTURES / "candidate_cards_bio.html").read_bytes()
    body = newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")
    name = body.index("Pierre-Luc Gauthier")
    assert body[name + 1].startswith("Propriétaire d'une érablière, 58 ans")
    assert "Enseignante au secondaire, 37 ans, première candidature." in body
    assert "Conseillère du district 3 depuis 2017, 49 ans, pharmacienne." in body
    assert not any("couvre la politique municipale" in line for line in body)
