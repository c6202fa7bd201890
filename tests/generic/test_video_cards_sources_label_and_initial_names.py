"""A K-drama news story (Soompi's make): a video service's card between its paragraphs (a
thumbnail, its title and episode, a "Watch Now" button) goes whole; the "Source (1)" label
over a list of bare numbered links goes with the list; and the writer "K. Min", an initial
and a surname, is a name (the noise word "min" of a reading time counts only in lowercase)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.metadata.bylines import parse_byline

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.hallyubeat.example/article/2208311kxq/"
    "oh-ha-neul-and-seo-jun-confirmed-for-new-mystery-drama"
)
_NAME = "kdrama_news_video_cards_and_sources.html"


def _parse(html: bytes | None = None) -> newsparse.Article:
    html = (FIXTURES / _NAME).read_bytes() if html is None else html
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())


def _body(html: bytes | None = None) -> list[str]:
    return _parse(html).body.split("\n\n")


def test_a_video_services_cards_go_whole() -> None:
    body = _body()
    for line in ("Paper Moon Bakery", "Tidewater", "Episode 1", "Watch Now"):
        assert line not in body
    assert body[-2].startswith("While you wait, watch")
    assert body[-1] == "And catch Seo Jun in “Tidewater”:"


def test_a_card_with_a_sentence_beside_its_button_stays() -> None:
    html = (
        (FIXTURES / _NAME)
        .read_bytes()
        .replace(
            b'<p class="vodstream-embed__ep">Episode 1</p></div><a class="vodstream-embed__btn" '
            b'href="https://www.vodstream.example/videos/5550456v',
            b'<p class="vodstream-embed__ep">In the first episode, the harbor floods and the '
            b"whole town moves into the old cannery.</p></div>"
            b'<a class="vodstream-embed__btn" href="https://www.vodstream.example/videos/5550456v',
        )
    )
    assert any(line.startswith("In the first episode, the harbor floods") for line in _body(html))


def test_the_sources_label_goes_with_its_list() -> None:
    assert "Source (1)" not in _body()


def test_an_initial_and_a_surname_is_the_author() -> None:
    assert _parse().authors == ("K. Min",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("by J. Min", ("J. Min",)),
        ("Min Seo Yeon", ("Min Seo Yeon",)),
        ("Jane Doe 5 min read", ("Jane Doe",)),
        ("Min read", ()),
        ("4 min", ()),
    ],
)
def test_min_is_noise_only_in_lowercase(byline: str, names: tuple[str, ...]) -> None:
    assert parse_byline(byline).names == names
