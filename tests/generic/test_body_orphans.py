"""Headings and labels left alone once the block they head is dropped go with it; a
section's heading whose text goes on under a lower heading stays."""

from __future__ import annotations

import newsparse

PARAGRAPHS = [
    "The festival committee confirmed on Monday that the summer fair will move to the "
    "riverside meadow, after three years on the school playing field.",
    "Organisers said the new site had room for twice as many stalls and its own car park, "
    "which should ease the queues on the high street.",
    "Tickets go on sale in May and children under twelve will again be admitted free.",
]


def _body(inside: str, after: int = len(PARAGRAPHS)) -> list[str]:
    """The story's body with ``inside`` (HTML) in its block after its first ``after``
    paragraphs."""
    parts = [f"<p>{text}</p>" for text in PARAGRAPHS]
    story = "".join([*parts[:after], inside, *parts[after:]])
    article = newsparse.parse(
        f"<html><head><title>Fair moves to the meadow</title></head><body><article><h1>Fair "
        f"moves to the meadow</h1><div class='story-body'>{story}</div></article>"
        "</body></html>",
        registry=newsparse.Registry(),
    )
    return article.body.split("\n\n")


def test_a_table_of_contents_title_goes_with_its_links() -> None:
    toc = (
        "<div class='table-container toc'><h5 class='toc-title'>Jump To</h5><ul>"
        "<li><a href='#site'>The new site</a></li><li><a href='#tickets'>Tickets</a></li>"
        "</ul></div>"
    )
    assert _body(toc, after=1) == PARAGRAPHS  # (under the story's opening paragraph)


def test_a_link_list_s_title_line_goes_with_its_links() -> None:
    box = (
        "<div class='NA_article_link'><p class='NA_article_link_title'>関連する特集</p><ul>"
        "<li><a href='/feature/fair-history'>夏祭りの歴史を振り返る</a></li></ul></div>"
    )
    assert _body(box) == PARAGRAPHS


def test_a_section_heading_whose_text_goes_on_under_a_subheading_stays() -> None:
    section = (
        "<h2>Getting there</h2><div role='note' class='hatnote'>Main article: "
        "<a href='/wiki/Meadow'>Riverside meadow</a></div><h3>By bus</h3>"
        "<p>The number 7 bus stops at the meadow gate every twenty minutes.</p>"
    )
    body = _body(section)
    assert "Getting there" in body
    assert "By bus" in body


def test_a_heading_in_its_own_box_keeps_its_section_whatever_its_tools() -> None:
    # MediaWiki 1.42: the heading and its "[edit]" link in a "mw-heading" box
    section = (
        "<div class='mw-heading mw-heading2'><h2 id='History'>History</h2><span "
        "class='mw-editsection'>[<a href='/w/index.php?action=edit&amp;section=1'>edit</a>]"
        "</span></div>"
    )
    body = _body(section, after=1)
    assert body[1] == "History"
    assert "edit" not in body
