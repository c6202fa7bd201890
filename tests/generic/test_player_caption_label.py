"""A line opening with a media player's caption label for screen readers ("Media caption,
", the BBC's, as "Image caption, " opens a picture's) inside a player's box goes: the
player's caption, no text of the story; so does such a caption in a ``<figcaption>`` with
its label visually hidden. The story's paragraphs around the players stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.kidsnewshour.example/kidsnews/articles/c2x7wq4m8k1o"


def _body() -> list[str]:
    html = (FIXTURES / "bbc_media_player_caption_label.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_player_s_placeholder_caption_goes() -> None:
    body = _body()
    assert not any("roof meadow grew" in line for line in body)


def test_a_player_s_figcaption_goes() -> None:
    body = _body()
    assert not any("which seeds to plant" in line for line in body)


def test_the_paragraphs_around_the_players_stay() -> None:
    body = _body()
    index = body.index(
        "They then planted seeds of poppies, cornflowers and clover, and put up small wooden"
        " boxes for solitary bees to nest in."
    )
    assert body[index + 1] == (
        "Within two months, the pupils had counted eleven different kinds of insect visiting"
        " the flowers."
    )
    assert body[-1] == "The school now hopes other schools in the city will copy the idea."
