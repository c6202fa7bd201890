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


def test_a_version_appearing_in_print_line_goes_and_the_story_s_print_sentence_stays() -> None:
    html = (FIXTURES / "version_appears_in_print_line.html").read_bytes()
    body = newsparse.parse(
        html,
        url="https://valleycourier.example/valley/2025/04/04/valley-municipalities-landfill",
        registry=newsparse.Registry(),
    ).body.split("\n\n")
    assert body[-1].startswith("Engineers expect the first cell to open")
    assert any("budget for the site appears in print on Monday" in line for line in body)
    assert len(body) == 6


def test_the_new_york_form_of_the_print_line_goes() -> None:
    story = "".join(
        f"<p>The harbour board met on day {day} of the session and approved one more line of"
        " the sea wall budget after a long debate among its members.</p>"
        for day in range(1, 5)
    )
    note = (
        "<p><em>A version of this article appears in print on April 4, 2025, Section A, Page 1"
        " of the New York edition with the headline: Harbour Budget Approved.</em></p>"
    )
    html = f"<html><body><article><h1>Harbour budget</h1>{story}{note}</article></body></html>"
    assert "A version of this article" not in newsparse.parse(html).body
