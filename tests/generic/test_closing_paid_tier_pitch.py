"""A closing paragraph asking the reader to subscribe to the site's paid tier, linked to the
tier's page ("... when you subscribe to <a href='/en/premium-alerts'>Skyline Premium</a>"),
goes; the story's paragraphs stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.skylineweather.example/en/weather-news/freezing-fog-to-blanket-valleys-through-thursday-morning/1822410"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_closing_pitch_for_the_site_s_paid_tier_goes() -> None:
    body = _body((FIXTURES / "weather_site_closing_paid_tier_pitch.html").read_bytes())
    assert body[-1].startswith("Relief should arrive Friday")
    assert len(body) == 5


def test_a_closing_paragraph_linking_no_tier_page_stays() -> None:
    html = (FIXTURES / "weather_site_closing_paid_tier_pitch.html").read_bytes()
    html = html.replace(b"/en/premium-alerts", b"/en/weather-news/fog-safety-tips/1822101")
    assert _body(html)[-1].startswith("Ready to stay a step ahead of the weather")
