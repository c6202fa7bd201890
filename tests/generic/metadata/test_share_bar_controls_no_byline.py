"""A share bar under the headline holds the page's controls, no byline: its "Text Size"
label ("<div class="_4vBn2 share">...<span>Text Size</span></div>") names no author for the
cue "Text"; the wire the byline credits is the story's author."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "portal_share_bar_text_size_control.html"


def test_a_share_bar_s_text_size_control_names_no_author() -> None:
    assert parse_fixture(_PAGE).authors == ("Press Trust of India",)


def test_a_byline_in_a_block_classed_for_the_byline_and_sharing_is_read() -> None:
    html = (
        (FIXTURES / _PAGE)
        .read_text("utf-8")
        .replace(
            '<span class="_3zPw7">Text Size</span></div>',
            '</div><div class="byline-share"><span>By Meera Pillai</span></div>',
        )
    )
    assert parse_html(html).authors == ("Meera Pillai",)
