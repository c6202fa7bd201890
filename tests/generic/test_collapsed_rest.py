"""A story's rest collapsed behind a "Continue reading" control is read as shown; a hidden
block after any other link stays hidden."""

from __future__ import annotations

from pathlib import Path

import newsparse

OPENING = [
    "Two children were pulled from the water at Kelsby harbour on Saturday after part of the "
    "old sea wall gave way beneath a family walking along it at high tide.",
    "Witnesses said the father managed to pull both children back onto the intact section "
    "while the mother was swept towards the harbour mouth.",
]
REST = [
    "Kelsby's volunteer lifeboat crew reached her within twelve minutes and she was taken to "
    "hospital as a precaution, where she was treated for shock and released that evening.",
    "Harbour master Glyn Petrie said the wall had been fenced off at both ends since the "
    "winter storms, and that signs warned walkers to keep off it at every tide.",
]


_PAGE = (
    "<html><head><title>Children rescued after sea wall collapses</title></head><body>"
    "<article><h1>Children rescued after sea wall collapses</h1><div class='article-body'>"
    "{opening}{control}<div {hiding}>{rest}</div></div></article></body></html>"
)


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _body(control: str, hiding: str) -> list[str]:
    """The body of the story's opening, ``control`` and its rest in a block ``hiding`` (its
    attributes) hides."""
    page = _PAGE.format(
        opening=_paragraphs(OPENING), control=control, hiding=hiding, rest=_paragraphs(REST)
    )
    return newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")


# a button in its own box with a hint
CONTINUE_BUTTON = (
    "<div class='read-more-container'><button class='read-more-button' aria-expanded='false'>"
    "Continue reading</button><p class='read-more-hint'>Tap to read the rest of this story</p>"
    "</div>"
)


def test_a_continue_button_s_hidden_rest_is_the_story() -> None:
    # the rest hidden from screen readers and classed for the control
    hiding = "class='read-more-truncate' aria-hidden='true'"
    assert _body(CONTINUE_BUTTON, hiding) == OPENING + REST


def test_a_read_more_link_s_undisplayed_rest_is_the_story() -> None:
    # WordPress's "Read More Without Refresh": a link, then the rest in display: none
    control = "<p><a class='read-link' id='readlink1'>Read More »</a></p>"
    assert _body(control, "class='read_div' style='display: none;'") == OPENING + REST


def test_a_hidden_block_after_another_link_stays_hidden() -> None:
    control = "<p><a href='/gallery/harbour'>See the pictures</a></p>"
    body = _body(control, "style='display: none;'")
    assert REST[0] not in body


def test_a_read_more_link_after_its_hidden_rest_shows_it() -> None:
    # a jQuery plugin's box: the hidden rest first, then the link, both in one box
    opening = _paragraphs(OPENING)
    rest = _paragraphs(REST)
    page = (
        "<html><head><title>Children rescued</title></head><body><article><h1>Children "
        f"rescued</h1><div class='obit-text'>{opening}<div class='read-more-container'>"
        f"<div class='read-more-text' style='display:none'>{rest}</div><a href='#' "
        "class='read-more-link'>Read More</a></div></div></article></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")
    assert body == OPENING + REST


def test_a_press_release_collapsed_behind_its_show_control_is_read() -> None:
    """A gadget blog quotes a maker's press release whole under its post, hidden until the
    reader presses "Show full press release": a click away, it is the post's text."""
    html = (Path(__file__).resolve().parents[2] / "fixtures" / "body").joinpath(
        "gadget_post_collapsed_press_release.html"
    )
    article = newsparse.parse(
        html.read_bytes(),
        url="https://circuitledger.example/2013/05/14/larkspur-pebble-7-hands-on/",
        registry=newsparse.Registry(),
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[3] == "LARKSPUR LAUNCHES PEBBLE 7, ITS FIRST E-READER UNDER ITS OWN BRAND"
    assert paragraphs[-1].startswith("The Pebble 7 will be sold online")
    assert "Show full press release" not in article.body


def test_a_story_continues_button_s_hidden_rest_is_the_story() -> None:
    # Yahoo's button in its own box, the rest in the next box, undisplayed
    control = (
        "<div class='read-more-wrapper'><button class='secondary-btn readmore-button' "
        "aria-label='Story continues'>Story Continues</button></div>"
    )
    assert _body(control, "class='atoms-wrapper' style='display:none'") == OPENING + REST


def test_a_story_continues_below_line_reveals_nothing() -> None:
    # an ad slot's label is no control over the story's rest
    control = "<div class='ad-label'><a href='/ads'>Story continues below advertisement</a></div>"
    assert REST[0] not in _body(control, "style='display:none'")
