"""The page's notices set in or around a story: shopping disclosures however worded,
disclaimers, date lines, tipline boxes and a table of contents's label."""

from __future__ import annotations

from pathlib import Path

import lxml.html

import newsparse
from newsparse.generic.body_notices import is_page_notice
from newsparse.generic.scoring import score_tree

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _is_notice(text: str) -> bool:
    """``is_page_notice`` of a paragraph holding ``text`` alone."""
    root = lxml.html.fromstring(f"<div><p>{text}</p></div>")
    return is_page_notice(score_tree(root).unit_of[root[0]])


def test_a_review_s_disclosure_opening_the_story_goes() -> None:
    body = _body(
        "body/road_test_review_disclosure.html",
        "https://www.motorfield.example/reviews/a5501/2025-halden-vireo-hybrid-test/",
    )
    # "We may earn money when you buy through our links": no fixed phrase, the same notice
    assert body[0].startswith("Station wagons have all but vanished")
    assert not any("through our links" in line for line in body)
    assert len(body) == 8


def test_a_shopping_disclaimer_box_over_the_story_goes() -> None:
    body = _body(
        "body/fashion_gallery_affiliate_disclaimer.html",
        "https://www.starwire.example/news/88123/dara-quill-velvet-suit-winter-gala",
    )
    assert body[0].startswith("Dara Quill turned the Winter Gala's red carpet")
    assert body[-1].startswith("Want to borrow her palette?")
    assert len(body) == 5


def test_an_affiliate_disclosure_needs_the_earning_and_the_buying() -> None:
    assert _is_notice("We may get a commission if you purchase something through our links.")
    assert _is_notice("Starwire has affiliate relationships with the retailers linked below.")
    assert _is_notice("Reviews are independent, but we may make money when you shop our links.")
    # (a story's sentence on earnings names no buying through links)
    assert not _is_notice("Farmers may earn money from the new grazing scheme next spring.")
