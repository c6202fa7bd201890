"""Summary boxes that repeat the story's own sentences word for word."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def test_key_points_box_repeating_story_sentences_is_dropped_with_its_label() -> None:
    html = (FIXTURES / "story_with_highlights_box.html").read_bytes()
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body is not None
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("The environment regulator fined")
    assert paragraphs[1] == (
        "The company must also pay for a new monitoring network on three rivers, the "
        "regulator said."
    )
    assert len(paragraphs) == 5
    assert "Key points" not in body


def test_a_paragraph_the_story_repeats_itself_stays_twice() -> None:
    refrain = "Is the river clean enough to swim in yet? Not this summer, the engineers said."
    html = f"""<html><body><article><h1>Swimming season</h1>
    <p>The town's bathing spot has been closed since June after tests found bacteria levels
    far above the legal limit, and the council has no date for reopening it.</p>
    <p>{refrain}</p>
    <p>The council said a new filter would be fitted in the autumn, with more tests to
    follow before any decision on reopening the spot to the public next year.</p>
    <p>{refrain}</p></article></body></html>"""
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body is not None
    assert body.split("\n\n").count(refrain) == 2
