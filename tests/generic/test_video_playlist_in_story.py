"""A video player's queue of clips ("video-playlist": a heading over links to clips) set
between a story's paragraphs is no line of the story; the paragraphs around it stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_SUN = "https://www.morningbugle.example/news/4412873/allotment-shed-hay-bale/"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_video_playlist_between_paragraphs_goes() -> None:
    body = _body("tabloid_video_playlist_in_story.html", _SUN)
    assert len(body) == 5
    assert not any("Video Playlist" in line or "Runaway tractor" in line for line in body)
    assert body[2].startswith('"I heard a thump')
