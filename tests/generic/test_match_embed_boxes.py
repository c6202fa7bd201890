"""A match's scoreboard embedded between an esports report's paragraphs (the event, each
team with its score, the maps' scores, a link to the match's page) goes whole, whatever its
class; a box of an event's facts closed by a link to the event's page stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.fragdesk.example/news/51207/halcyon-edge-brightwater-to-reach-the-final"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def _fixture() -> str:
    return (FIXTURES / "esports_news_match_embed_box.html").read_text("utf-8")


def test_a_match_scoreboard_closed_by_a_link_to_its_match_goes_whole() -> None:
    body = _body(_fixture())
    assert not any(
        "Semi-final" in line or "Inferno 13-7" in line or line in {"Halcyon2", "Match page"}
        for line in body
    )
    assert body[1].startswith("Halcyon needed all three maps")
    assert body[2].startswith("Inferno was one-way traffic.")
    # (the event's box, closed by a link to the event's page, is no scoreboard: it stays)
    assert "Event page" in body


def test_the_same_box_closed_by_another_link_stays() -> None:
    html = _fixture().replace("/matches/2401127/", "/team/2401127/")
    assert any("Inferno 13-7" in line for line in _body(html))
