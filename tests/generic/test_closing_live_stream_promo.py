"""A station's linked line promoting its live stream or app ("Watch KBRT 7 News live on
YouTube, Roku ... <a>Stream live now.</a>") closing the story goes."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import LIVE_STREAM_PROMO

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.kbrt7.example/article/news/local/county-library-extends-weekend-hours/281-5c1e2a90"
)


def test_a_closing_live_stream_promo_goes() -> None:
    html = (FIXTURES / "local_tv_closing_live_stream_promo.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("The Eastgate, Millbrook, Riverside and Hollow Creek branches")
    assert len(body) == 5


@pytest.mark.parametrize(
    "line",
    ["Watch the council meeting tonight at 7 p.m.", "Download the agenda from the city's site."],
)
def test_ordinary_lines_are_no_live_stream_promo(line: str) -> None:
    assert LIVE_STREAM_PROMO.match(line.casefold()) is None
