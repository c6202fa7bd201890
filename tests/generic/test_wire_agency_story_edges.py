"""A news agency's own pages set its marks around the story in their own ways: the
dateline's place as a heading right over the first paragraph ("<h6>IZMIR</h6>"), the lead
picture's caption in a box of its own before the story's block, the agency's sign-off after a
rule ("==Kyodo"), and the reporter's e-mail address and the end mark on two lines of one
paragraph ("smpark@...<br>(END)"). None of them is the story's text."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _html(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _body(html: str) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


# -- a dateline's place set as a heading ---------------------------------------------------

_DATELINE_PAGE = "agency_dateline_heading_over_story.html"


def test_a_place_heading_right_over_the_first_paragraph_is_the_dateline() -> None:
    body = _body(_html(_DATELINE_PAGE))
    assert body[0].startswith("Olive oil exports from the Aegean region")
    assert "IZMIR" not in body
    assert len(body) == 6


def test_a_subheading_in_capitals_in_the_story_stays() -> None:
    body = _body(_html(_DATELINE_PAGE))
    heading = body.index("SMALL PRODUCERS")
    assert body[heading + 1].startswith("Cooperatives representing small producers")


def test_a_place_heading_after_other_text_in_its_container_is_no_dateline() -> None:
    # (a heading over the first paragraph but after a line of the container's own: a section)
    html = _html(_DATELINE_PAGE).replace(
        "<div>\n      <h6>IZMIR</h6>", "<div>Harvest report\n      <h6>IZMIR</h6>"
    )
    assert "IZMIR" in _body(html)


# -- a picture's box before the story ------------------------------------------------------

_PICTURE_PAGE = "agency_picture_box_caption_and_rule_signoff.html"
_FIRST = "Ferry operators serving remote islands"
_LAST = "Passenger numbers on the routes rose 18 percent in the year to March"


@pytest.mark.parametrize(
    "caption",
    [
        "Photo taken in June 2025 shows a passenger ferry leaving the port of Kagoshima for "
        "the Amami Islands. (Kyodo)",
        "<em>A passenger ferry leaves the port of Kagoshima for the Amami Islands.</em>",
        # (no credit, a sentence: still the picture's line)
        "Photo taken in June 2025 shows a passenger ferry leaving the port of Kagoshima for "
        "the islands.",
    ],
)
def test_the_caption_in_a_picture_s_box_before_the_story_goes(caption: str) -> None:
    html = _html(_PICTURE_PAGE)
    original = (
        "Photo taken in June 2025 shows a passenger ferry leaving the port of Kagoshima for "
        "the Amami Islands. (Kyodo)"
    )
    assert original in html
    body = _body(html.replace(original, caption))
    assert body[0].startswith(_FIRST)


def test_a_long_paragraph_beside_a_picture_before_the_story_stays() -> None:
    # (no caption: a paragraph of prose longer than any caption, the story's lede)
    lede = (
        "The transport ministry on Wednesday unveiled plans to add overnight ferry services "
        "to eight outlying islands, a step that residents and local governments in the "
        "southwest have been demanding for years."
    )
    html = _html(_PICTURE_PAGE).replace(
        "<span>Photo taken in June 2025 shows", f"<span>{lede}</span><span hidden>"
    )
    assert _body(html)[0] == lede


@pytest.mark.parametrize("signoff", ["==Kyodo", "== Kyodo", "==Jiji"])
def test_an_agency_s_sign_off_after_a_rule_closing_the_story_goes(signoff: str) -> None:
    html = _html(_PICTURE_PAGE).replace("<p>==Kyodo</p>", f"<p>{signoff}</p>")
    body = _body(html)
    assert body[-1].startswith(_LAST)  # (the related links' label and list go too)
    assert not any(line.startswith("==") for line in body)


def test_a_rule_before_a_line_naming_no_agency_stays() -> None:
    html = _html(_PICTURE_PAGE).replace("<p>==Kyodo</p>", "<p>==Harbour desk</p>")
    assert _body(html)[-1] == "==Harbour desk"


# -- the reporter's address and the end mark in one paragraph --------------------------------

_SIGNOFF_PAGE = "agency_signoff_and_end_mark_one_paragraph.html"
_CLOSING = "The industry ministry said it will expand training programs"


@pytest.mark.parametrize(
    "closing",
    [
        "smpark@eastsea.example<br>(END)",
        "Park Soo-min smpark@eastsea.example<br>(END)",
        "smpark@eastsea.example<br> (END) ",
    ],
)
def test_a_sign_off_over_the_end_mark_in_one_paragraph_goes(closing: str) -> None:
    html = _html(_SIGNOFF_PAGE).replace("smpark@eastsea.example<br>(END)", closing)
    body = _body(html)
    assert body[-1].startswith(_CLOSING)
    assert len(body) == 5


def test_a_sentence_over_the_end_mark_stays() -> None:
    html = _html(_SIGNOFF_PAGE).replace(
        "smpark@eastsea.example<br>(END)", "Talks with the unions resume on Monday.<br>(END)"
    )
    assert _body(html)[-1] == "Talks with the unions resume on Monday.\n(END)"
