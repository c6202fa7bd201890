""" "More from the author" in languages the data lacked heads a columnist's other columns,
related: Turkish "Yazarın Diğer Yazıları" (or the columnist's name before "Diğer Yazıları"),
French "Du même auteur", Spanish "Más del autor", Italian "Dello stesso autore" and more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"


@pytest.mark.parametrize(
    "heading",
    [
        "Yazarın Diğer Yazıları",
        "Selin Aydemir'in Diğer Yazıları",
        "Yazarın son yazıları",
        "Du même auteur",
        "Más del autor",
        "Do mesmo autor",
        "Dello stesso autore",
        "Mehr vom Autor",
        "Другие статьи автора",
        "Άλλα άρθρα του συντάκτη",
    ],
)
def test_more_from_the_author_heads_related(heading: str) -> None:
    assert heading_kind(heading) is Kind.RELATED


def test_a_turkish_column_s_other_writings_are_related() -> None:
    page = FIXTURES / "tr-column-author-other-writings.html"
    url = json.loads(page.with_suffix(".expected.json").read_text("utf-8"))["url"]
    article = newsparse.parse(page.read_bytes(), url=url, registry=newsparse.Registry())
    assert [link.url for link in article.related] == [
        "https://www.egepostasi.example/yazarlar/selin-aydemir/korfezin-kiyisinda-bir-sabah-50177",
        "https://www.egepostasi.example/yazarlar/selin-aydemir/otobus-duraklarinda-golge-49930",
    ]
    assert "Yazarın Diğer Yazıları" not in article.body
