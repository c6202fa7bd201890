"""A house tour's survey set as paragraphs opened by bold labels ("<p><strong>Size:</strong>
1,150 square feet</p>" among "Name:", "Location:", "Type of Home:") is the story's, whatever
figures its answers give; and an item of the story's list that links the shop it names after
its own words ("<li>Pendant lamp — <a rel="sponsored nofollow">Lumen &amp; Co.</a></li>", its
sibling items plain text) is a line of the list, no short link line after the story."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "house_tour_survey_answers.html"
_URL = "https://www.hearthside.example/pittsburgh-duplex-house-tour-2240"
_SURVEY_START = "<p><strong>Name:"
_SURVEY_END = "<p><em>Tell us"


def _paragraphs(html: str) -> list[str]:
    article = newsparse.parse(html.encode(), url=_URL, registry=newsparse.Registry())
    return article.body.split("\n\n")


def test_survey_answers_giving_figures_stay_with_the_others() -> None:
    paragraphs = _paragraphs(_PAGE.read_text("utf-8"))
    assert paragraphs[:5] == [
        "Name: Dev Okafor and our cat, Pickle",
        "Location: Lawrenceville — Pittsburgh, Pennsylvania",
        "Size: 1,150 square feet",
        "Type of Home: Duplex",
        "Years lived in: 3 years, owning",
    ]


def test_a_list_item_naming_its_shop_in_a_link_stays_among_plain_items() -> None:
    paragraphs = _paragraphs(_PAGE.read_text("utf-8"))
    assert paragraphs[-4:] == [
        "Dining table — estate sale in Squirrel Hill",
        "Kitchen tile — original to the house",
        "Pendant lamp — Lumen & Co.",
        "Thanks, Dev!",
    ]


def test_head_fields_in_bold_labels_still_go() -> None:
    # (a head's fields written the same way, bylines and dates but for one: its reading
    # time is no survey's answer)
    html = _PAGE.read_text("utf-8")
    head = (
        "<p><strong>Written by:</strong> Marisol Keane</p>"
        "<p><strong>Updated:</strong> 2 Apr 2025</p>"
        "<p><strong>Reading time:</strong> 6 min</p>"
        "<p><strong>Section:</strong> House Tours</p>"
    )
    html = html[: html.index(_SURVEY_START)] + head + html[html.index(_SURVEY_END) :]
    paragraphs = _paragraphs(html)
    assert not any(
        line.startswith(("Reading time", "Updated", "Written by")) for line in paragraphs
    )
