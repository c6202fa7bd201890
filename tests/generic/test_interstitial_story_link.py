"""A paragraph that is one link to another story of the site's, its title set between the
story's paragraphs (Arc XP's interstitial link: "<p class="c-paragraph"><a class="c-link"
href="https://<site>/2024/12/02/<slug>/">title</a></p>"), goes; a link to a document, to
another site's story, or a sentence of the story linked whole stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.coastlinedaily.example/2025/03/18/water-authority-replace-ageing-mains-three-parishes/"
_LINK = (
    '<p class="c-paragraph"><a class="c-link" href="https://www.coastlinedaily.example/2024/12/'
    '02/residents-north-go-days-without-water/">Residents in the north go days without water</a>'
    "</p>"
)


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _html() -> str:
    html = (FIXTURES / "arc_interstitial_story_link.html").read_text()
    assert _LINK in html
    return html


@pytest.mark.parametrize(
    "line",
    [
        _LINK,
        # (without classes, in bold, by a relative address, a slug without a date)
        "<p><a href='https://www.coastlinedaily.example/2024/12/02/residents-north-go-days-"
        "without-water/'>Residents in the north go days without water</a></p>",
        "<p><strong><a href='/2024/12/02/residents-north-go-days-without-water/'>Residents in "
        "the north go days without water</a></strong></p>",
        "<p><a href='/local-news/residents-in-the-north-go-days-without-water'>Residents in the "
        "north go days without water as crews struggle to keep up with breaks</a></p>",
    ],
)
def test_another_story_s_title_linked_alone_between_the_paragraphs_goes(line: str) -> None:
    body = _body(_html().replace(_LINK, line))
    assert not any(text.startswith("Residents in the north") for text in body)
    assert body[4].startswith("Moore said households would get at least 48 hours")
    assert len(body) == 9


def test_a_document_s_link_and_a_sentence_s_link_alone_between_the_paragraphs_stay() -> None:
    body = _body(_html())
    # (the plan's file on the site's own host: a source document of the story)
    assert "Mains replacement programme 2025" in body
    sentence = (
        "<p class='c-paragraph'><a class='c-link' href='/2024/12/02/residents-north-go-days-"
        "without-water/'>Residents in the north went days without water last December.</a></p>"
    )
    body = _body(_html().replace(_LINK, sentence))
    assert body[4] == "Residents in the north went days without water last December."


def test_another_site_s_story_linked_alone_between_the_paragraphs_stays() -> None:
    html = _html().replace(
        "https://www.coastlinedaily.example/2024/12/02/",
        "https://www.other-paper.example/2024/12/02/",
    )
    body = _body(html)
    assert body[4] == "Residents in the north go days without water"
