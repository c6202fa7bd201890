"""A weather site's radar map widget set between the story's paragraphs ("Current Radar", the
map's picture, "Open Interactive Map"; ``data-testid="radar-embed"``) is no text of the
story."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://stormfront.example/news/weather/news/2025-03-11-ice-jam-floods-northern-plains"


def test_a_radar_widget_between_paragraphs_goes() -> None:
    html = (FIXTURES / "weather_site_radar_widget_between_paragraphs.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert "Current Radar" not in body
    assert "Open Interactive Map" not in body
    assert len(body) == 4
    assert body[2].startswith("Emergency managers in two counties")
