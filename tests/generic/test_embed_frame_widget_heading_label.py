"""An embed's box holding nothing but a short label over its frame and the lone short link
closing it goes whole, its label with it, whether the label is a ``<div>`` or a heading
(TownNews BLOX's "<div class="tncms-block"><h4 class="block-title">Incident Map</h4><iframe>
</iframe><a>View the full incident map</a></div>"). A box whose heading stands over a
sentence of the story keeps its heading, its sentence and its link."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = (
    "https://www.millbrookherald.example/news/local/crime-courts/"
    "man-charged-after-string-of-mailbox-break-ins/"
    "article_5c1e0a7e-2f4b-11f0-9d1a-3b8f6c2e7a10.html"
)


def _body() -> list[str]:
    html = (FIXTURES / "blox_crime_map_embed_heading.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_map_embed_s_heading_label_goes_with_its_box() -> None:
    body = _body()
    assert "Incident Map" not in body
    assert "View the full incident map" not in body
    assert body[2].startswith("Residents began reporting missing mail")
    assert body[3].startswith("According to a criminal complaint")


def test_an_embed_box_whose_heading_is_over_a_sentence_stays_whole() -> None:
    body = _body()
    heading = body.index("Reported thefts by month")
    assert body[heading + 1].startswith("Reports of stolen mail in the county more than tripled")
    assert body[heading + 2] == "See the data"
    assert body[-1].startswith("He is being held at the county jail")
