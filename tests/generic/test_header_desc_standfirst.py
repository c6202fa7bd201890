"""A paragraph classed as the description ("desc", its usual abbreviation) right under the
headline in the headline's own header, reading as the page's declared description, with only
the byline and share buttons after it there, is the standfirst: no paragraph of the story."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.gazette-piemont.example/economie/article/2025/03/08/a-lannemezan-la-vieille-usine-d-aluminium-reve-d-une-seconde-vie_4412078_3234.html"
_STANDFIRST = "Fermé depuis 2008, le site industriel des Hautes-Pyrénées doit accueillir"
_FIRST = "Les grandes halles de brique sont encore là"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / "header_desc_standfirst_over_byline.html").read_text(encoding="utf-8")


def test_a_desc_classed_standfirst_over_the_byline_stays_out() -> None:
    body = _body(_page())
    assert body[0].startswith(_FIRST)
    assert not any(paragraph.startswith(_STANDFIRST) for paragraph in body)


def test_such_a_paragraph_not_reading_as_the_declared_description_stays() -> None:
    # (the page declares another description: nothing says the paragraph is no story's)
    html = _page().replace(
        '<meta name="description" content="Fermé depuis 2008',
        '<meta name="description" content="Un fabricant de batteries reprend le site',
    )
    assert _body(html)[0].startswith(_STANDFIRST)
