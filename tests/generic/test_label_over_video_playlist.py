"""A short line in bold in its own wrapper right over a player's queue of other clips
("SUGGESTED VIDEOS: ..." over a ``video-playlist``) is the playlist's label and goes with
it; a subheading in bold over the story's next paragraph stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.kwtx9.example/article/news/local/eastside-library-reopens-roof-repairs/500-7c1d2e3f"


def _body() -> list[str]:
    html = (FIXTURES / "tv_station_label_over_video_playlist.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_label_over_a_video_playlist_goes() -> None:
    body = _body()
    assert not any("SUGGESTED VIDEOS" in line for line in body)
    assert not any("Farmers market" in line for line in body)
    assert body[-1].startswith("Library officials said")


def test_a_bold_subheading_over_the_story_stays() -> None:
    body = _body()
    assert body[1] == "What changes for visitors"
    assert body[2].startswith("The branch adds a quiet study room")
