"""A widget's class written as a BEM ``block--modifier`` ("embed--radar") names the same box
as the known class it turns around ("radar-embed"): a TV station's radar map set between
the story's paragraphs is no text of the story."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.classes import token_kind
from newsparse.generic.cues.kinds import Kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.kvly9.example/article/dense-fog-advisory-river-valley-saturday/71200458"


def test_a_radar_widget_classed_as_a_bem_modifier_goes() -> None:
    html = (FIXTURES / "tv_station_radar_widget_bem_modifier.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert "Live Radar" not in body
    assert "See the full radar" not in body
    assert len(body) == 4
    assert body[2].startswith("Drivers on the interstate bridges")


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("embed--radar", Kind.CHROME),
        ("banner--cookie", Kind.CONSENT),
        # (an element's modifier, or a second modifier, names no known widget)
        ("embed__map--radar", None),
        ("embed--radar--wide", None),
        ("embed--radar-header", None),
    ],
)
def test_bem_modifier_tokens(token: str, kind: Kind | None) -> None:
    assert token_kind(token) is kind
