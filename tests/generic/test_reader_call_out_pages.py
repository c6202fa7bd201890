"""A newsroom's appeal for readers' stories between paragraphs is no text of the story: an
emphasised line linking to the page collecting them ("<p><em>Have you had to travel far to
give birth? <a href="/share-your-story/">Click here ...</a></em></p>"), and a box whose
heading asks for stories, closed by a button to that page ("Do You Have a Birth Story to
Share?" ... "<a class="btn" href="/getinvolved/...">Tell Us What Happened</a>")."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "nonprofit_reader_call_outs.html"
_URL = "https://civichealthdesk.example/news/rural-birthing-units-closing/"


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


def test_reader_call_outs_linking_to_a_story_form_are_left_out() -> None:
    text = _parse(_PAGE.read_text("utf-8")).body
    assert "travel far to give birth" not in text
    assert "Birth Story to Share" not in text
    assert "We want to hear from parents" not in text
    assert "State lawmakers have proposed grants" in text
    assert "Medicaid, which covers about half" in text


def test_an_emphasised_line_linking_to_a_story_page_stays() -> None:
    # guard: the same line linking a story, not a page collecting readers' stories, stays
    html = _PAGE.read_text("utf-8").replace(
        "https://civichealthdesk.example/share-your-story/",
        "https://civichealthdesk.example/news/birth-centers-report/",
    )
    assert "travel far to give birth" in _parse(html).body
