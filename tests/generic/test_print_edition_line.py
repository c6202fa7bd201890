"""A paper's dated line on where the story ran in print ("Appeared in the October 3, 2025,
print edition as '...'."), after the story's section, is the page's note and goes; the
reporter's contact line it followed then closes the story and goes too. The story's own
sentence on a print edition stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.dailyledger.example/business/shipping/grain-barges-mississippi-low-water-8c1d7e20"
)
_LAST = "Railroads have picked up some of the slack"


def _body() -> list[str]:
    html = (FIXTURES / "dow_jones_print_edition_line.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_the_print_edition_line_and_the_contact_line_go() -> None:
    body = _body()
    assert body[-1].startswith(_LAST)
    assert not any("print edition as 'Low River" in paragraph for paragraph in body)
    assert not any(paragraph.startswith("Write to Marcus Ellery") for paragraph in body)


def test_a_sentence_of_the_story_on_a_print_edition_stays() -> None:
    assert any("keep its print edition as long as" in paragraph for paragraph in _body())
