"""A video player's box opening the story, before its first paragraph (a regional portal's
"<div class="content-video"><div class="content-video__placeholder__title">...</div><div
class="content-media__description">...</div></div>"): its title and its caption are the
video's, no paragraph of the story. And a closing line pointing to more news of the region
at the section's front ("Veja mais notícias da região no <a>Portal Vale</a>.") gives no
related article: its link names the place."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://portalregional.example/sp/vale-regiao/noticia/2025/03/04/"
    "ponte-de-madeira-desaba-apos-cheia-do-rio-em-piracema-do-sul.ghtml"
)
_VIDEO_TITLE = "Correnteza leva ponte de madeira em Piracema do Sul"
_FIRST = "Uma ponte de madeira de 30 metros"
_SECTION_FRONT = "https://portalregional.example/sp/vale-regiao/"
_TITLE_BOX = (
    '<div class="content-video__placeholder"><div class="content-video__placeholder__title">'
    f"{_VIDEO_TITLE}</div></div>"
)
_CAPTION = f'<div class="content-media__description">{_VIDEO_TITLE}</div>'
_CLOSING = (
    'Veja mais notícias da região no <a href="https://portalregional.example/sp/vale-regiao/">'
    "Portal Vale</a>."
)


def _page() -> str:
    return (FIXTURES / "regional_portal_video_box_opening.html").read_text(encoding="utf-8")


def _article(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())


@pytest.mark.parametrize(
    "without",
    [
        "",
        # (its title alone, or its caption alone)
        _CAPTION,
        _TITLE_BOX,
    ],
)
def test_a_video_box_opening_the_story_gives_no_paragraph(without: str) -> None:
    html = _page().replace(without, "") if without else _page()
    body = _article(html).body.split("\n\n")
    assert body[0].startswith(_FIRST)
    assert _VIDEO_TITLE not in body


def test_a_line_opening_the_story_outside_a_video_box_stays() -> None:
    html = _page().replace("content-media content-video", "content-text")
    html = html.replace(_TITLE_BOX, "").replace(
        _CAPTION,
        '<p class="content-text__container">A cheia do Rio Pardinho é a maior registrada'
        " em Piracema do Sul desde 1998, segundo a Defesa Civil.</p>",
    )
    body = _article(html).body.split("\n\n")
    assert body[0].startswith("A cheia do Rio Pardinho é a maior")


def test_a_more_news_line_s_link_to_a_section_front_is_no_related_article() -> None:
    related = [link.url for link in _article(_page()).related]
    assert _SECTION_FRONT not in related
    assert len(related) == 2  # (the related block's stories stay)


def test_a_story_linked_after_a_label_stays_related() -> None:
    story = (
        "https://portalregional.example/sp/vale-regiao/noticia/2025/03/01/barragem-em-alerta.ghtml"
    )
    html = _page().replace(
        _CLOSING, f'Leia mais notícias: <a href="{story}">Barragem do Pardinho entra em alerta</a>'
    )
    assert story in [link.url for link in _article(html).related]
