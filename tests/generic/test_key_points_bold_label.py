"""A list of key points headed by a label set as a paragraph wholly in bold ("<p><strong>In
brief:</strong></p><ul>"), opening the story's block before any paragraph (the headline's
header beside that block, a lead video player's box in a bare wrapper before the list), is
the summary over the story and goes with its label; the same kind of box among the story's
paragraphs is the story's and stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://skylineweather.example/storms/winter/news/2025-01-09-ice-storm-ozarks"


def _body() -> list[str]:
    html = (FIXTURES / "weather_key_points_bold_label.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_key_points_under_a_bold_label_before_the_story_go_with_the_label() -> None:
    body = _body()
    assert body[0].startswith("A prolonged round of freezing rain coated")
    assert "In brief:" not in body
    assert "Over 140,000 customers were without power by Thursday morning." not in body


def test_a_bold_labelled_box_among_the_story_s_paragraphs_stays() -> None:
    body = _body()
    assert "Key facts" in body
    assert "Ice accretion: 0.45 inch in Springfield." in body
