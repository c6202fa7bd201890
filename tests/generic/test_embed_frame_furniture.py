"""An embedded post's frame for screen readers goes whatever its words: the link that skips
the embed (pointing at the anchor ending it), the end anchor and the notice beside the embed
(the BBC's World Service writes them in each of its languages); the post's quote stays, and
so does an ordinary in-page link in the story's prose."""

from __future__ import annotations

from pathlib import Path

import lxml.html

import newsparse
from newsparse.generic.body_embed_frames import embed_frame_furniture

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.bbc.com/persian/articles/c0snow0roads0o"


def _body() -> list[str]:
    html = (FIXTURES / "world_service_embed_frame.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_the_frames_skip_link_end_line_and_notice_go() -> None:
    body = _body()
    assert not any("اینستاگرام" in line for line in body)  # (the skip link and end line)
    assert not any(line.startswith("توجه:") for line in body)  # (the notice)
    assert len(body) == 9


def test_the_embedded_post_and_an_in_page_link_stay() -> None:
    body = _body()
    assert "صف طولانی خودروها در جاده چالوس، ساعت هفت صبح امروز." in body
    assert any(line.startswith("برای خواندن یادداشت‌های پایانی") for line in body)


def test_a_link_to_an_anchor_with_no_embed_between_is_no_frame() -> None:
    box = lxml.html.fragment_fromstring(
        '<div><a href="#part-2">Skip to part 2</a><p>Some text.</p><h2 id="part-2">Part 2</h2>'
        "</div>"
    )
    assert embed_frame_furniture(box[0]) == []
