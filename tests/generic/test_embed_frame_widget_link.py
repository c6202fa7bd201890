"""The lone short link closing an embed's box whose other content is the frame and at most
a short label over it ("<div><div>LIVE</div><iframe ...></iframe><a>Open the tracker in full
screen</a></div>") is the widget's way to the site's own page and goes with the label and
the frame. A box that also holds a sentence of the story keeps its link."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://windward.example/offshore/news/harrow-leads-round-island-fleet-night-1204471"


def _body() -> list[str]:
    html = (FIXTURES / "sailing_live_tracker_embed_link.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_live_embed_s_closing_link_goes_with_its_label() -> None:
    body = _body()
    assert "Open the tracker in full screen" not in body
    assert "LIVE" not in body
    assert body[3].startswith("Behind the leaders, the fight")


def test_an_embed_box_holding_a_sentence_keeps_its_link() -> None:
    body = _body()
    assert (
        "The map below traces the course the leaders took inshore under the cliffs through the afternoon."
        in body
    )
    assert "Explore the course map" in body
