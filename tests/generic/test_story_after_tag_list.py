"""A local paper's story page (Newsquest's template): the first paragraph set apart in the
article's header over the byline, the story's block, then its tag list and the site's short
boxes after it (a call for readers' news, the press regulator's notice)."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "newsquest_first_paragraph_and_tail_boxes.html"
_URL = "https://www.dalescourier.example/news/24876543.lorry-driver-banned-crash-closed-a66/"


def _body() -> list[str]:
    html = (FIXTURES / _PAGE).read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_the_first_paragraph_in_the_header_over_the_byline_opens_the_story() -> None:
    # (the description repeats it and the byline follows it in the header: still no deck)
    body = _body()
    assert body[0].startswith("A lorry driver who fell asleep at the wheel")
    assert body[1].startswith("Piotr Wasik, 44, of Station Road")


def test_short_boxes_after_the_tag_list_are_no_part_of_the_story() -> None:
    body = _body()
    assert body[-1].startswith("As well as the ban, Wasik was fined")
    assert not any("Send us your stories" in line or "Have your say" in line for line in body)
    assert not any("Editors' Code of Practice" in line for line in body)
    assert len(body) == 8


def test_a_long_pointer_to_more_coverage_after_the_story_goes() -> None:
    # "For the latest court reports from across <three places>, <a>click here</a>." is as
    # long as a paragraph, in italics
    body = _body()
    assert not any(line.startswith("For the latest court reports") for line in body)


def test_a_closing_sentence_that_names_its_link_stays() -> None:
    # guard: a closing line opening "For more" whose link names what it leads to is the
    # story's, however long
    html = (FIXTURES / _PAGE).read_text(encoding="utf-8")
    html = html.replace(
        "<p><em>For the latest court reports from across Teesdale, Weardale and the Tees Valley, "
        '<a href="https://www.dalescourier.example/news/crime/">click here</a>.</em></p>',
        "<p>For more than two years the county's road safety partnership has pressed for "
        'average speed cameras on the route, as <a href="https://www.dalescourier.example/'
        'news/24001234.a66-speed-cameras/">our report on the campaign</a> explained.</p>',
    )
    body = newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")
    assert any(line.startswith("For more than two years the county's road safety") for line in body)
