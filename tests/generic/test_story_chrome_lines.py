"""Lines of the page's chrome set inside or right after a story: a podcast player's tool line
and a subscribe bar's buttons, a transcript's toggle label, a paginated story's pointer to
its next page, a wire reporter's follow line."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_podcast_player_s_tool_line_and_subscribe_buttons_go() -> None:
    body = _body(
        "podcast_episode_player_links.html",
        "https://transitdeskpod.example/ep-87-who-pays-for-the-bus/",
    )
    assert body[0].startswith("Fares cover less than a fifth")
    assert body[2] == "Transcript"  # (the section's heading stays)
    assert not any(
        "Play in new window" in line or line.startswith(("Listen on", "Watch on")) for line in body
    )
    assert len(body) == 7


def test_a_transcript_s_toggle_label_goes_and_the_transcript_stays() -> None:
    body = _body(
        "daily_podcast_transcript_toggle.html",
        "https://www.northbayledger.example/podcasts/morning-ledger/2025/03/18/ferry-terminal-costs/",
    )
    assert "Show transcript" not in body
    assert body[3].startswith("Ama Quist: From the Northbay Ledger")
    assert body[-1].startswith("Felix Ramsden: Mostly into the piles.")
