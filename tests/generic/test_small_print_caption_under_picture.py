"""A line in small print right under a picture in the same block ("<div><img><br><span
style="font-size:small">... Photo: ...</span></div>") is its caption, a sentence too when a
credit's label marks it; the story's paragraphs stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.weatheroffice.example/ghx/events/2025-03-03-hail-wind"


def test_a_small_print_caption_under_a_picture_is_no_paragraph() -> None:
    html = (FIXTURES / "agency_event_page_image_with_small_caption.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert not any("Photo: Office storm spotter network" in line for line in body)
    assert body[0] == "Overview"
    assert body[-1].startswith("The largest hail, two inches in diameter")
