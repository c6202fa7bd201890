"""Live pages: a match's minute-by-minute commentary and a feed of dated posts under the
page's headline. The posts are the story; their headlines stay, the commentary is no
readers' comments."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _parse(name: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(
        html, url="https://www.ledger.example/live/1", registry=newsparse.Registry()
    )


def test_a_match_commentary_is_the_story_not_readers_comments() -> None:
    article = _parse("live_match_commentary.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1].startswith("Full time at Cobb Lane")
    assert paragraphs[-1].startswith("Good evening and welcome to live commentary")
    assert "GOAL! Harrowgate lead again" in article.body
    for boilerplate in ("Copy link", "Show earlier updates", "Most read", "Manager sacked"):
        assert boilerplate not in article.body


def test_a_live_blog_without_a_publication_date_is_dated_from_its_coverage_start() -> None:
    article = _parse("live_match_commentary.html")
    assert article.published == datetime(2024, 2, 13, 18, 30, tzinfo=timezone.utc)
    assert article.authors == ("Gwen Lascelles",)


def test_every_live_post_keeps_its_headline_the_newest_included() -> None:
    article = _parse("live_updates_feed.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == "Mayors of three port towns ask the ministry to intervene"
    assert "Why some shelves could look emptier next week" in paragraphs
    assert "Picket lines are back at the eastern docks" in paragraphs
    assert paragraphs[-1].startswith("Dock workers returned to the picket lines")
    assert article.headline == "Dock strike enters third day as talks stall"


def test_the_page_s_byline_and_publication_stay_the_page_s() -> None:
    article = _parse("live_updates_feed.html")
    assert article.published is not None
    assert article.published.isoformat() == "2024-01-07T23:05:40+00:00"  # (not made local)
    assert article.authors == ("Rhea Santos",)


def test_a_live_blog_s_first_entry_keeps_its_heading() -> None:
    # each entry headed alike; the newest one's heading holds a figure, as a date line does,
    # and opens the story after the entry's time
    body = _parse("live_updates_headed_entries.html").body
    for heading in (
        "More than 400,000 customers without power",
        "Storm surge floods downtown Port Amelia",
    ):
        assert heading in body
    assert body.index("More than 400,000") < body.index("Utility outage maps showed")
