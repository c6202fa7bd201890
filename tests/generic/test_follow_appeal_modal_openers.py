"""A short line saying the reader can follow the site ("Puedes seguir a ...", "You can follow
...", "Sie können uns ... folgen"), its links to two social platforms or more, goes even
between the recipe's steps and a closing contact line, which stays; the same line linking
the site's own pages stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://elpais.com/gastronomia/el-comidista/2025-07-02/gazpacho-de-sandia.html"
_APPEAL = (
    'Puedes seguir a EL COMIDISTA en <a href="https://www.facebook.com/elcomidista">Facebook'
    '</a>, <a href="https://www.instagram.com/elcomidista">Instagram</a> o <a href="https://'
    'twitter.com/elcomidista">X</a>.'
)
_LINKS = (
    '<a href="https://www.facebook.com/elcomidista">Facebook</a> and <a href="https://www.'
    'instagram.com/elcomidista">Instagram</a>'
)
_LAST_STEP = "Colar, probar de sal y vinagre"
_CONTACT = "Si te ha quedado alguna duda"


def _body(appeal: str = _APPEAL) -> list[str]:
    html = (FIXTURES / "elpais_recipe_follow_platforms_before_contact.html").read_text(
        encoding="utf-8"
    )
    assert _APPEAL in html
    html = html.replace(_APPEAL, appeal)
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


@pytest.mark.parametrize(
    "appeal",
    [
        _APPEAL,
        f"Você pode seguir o Comidista no {_LINKS}.",
        f"Vous pouvez nous suivre sur {_LINKS}.",
        f"You can follow us on {_LINKS}.",
        f"Sie können uns auch auf {_LINKS} folgen.",
    ],
)
def test_a_follow_appeal_before_the_closing_contact_line_goes(appeal: str) -> None:
    body = _body(appeal)
    assert body[-2].startswith(_LAST_STEP)
    assert body[-1].startswith(_CONTACT)


def test_the_same_line_linking_the_sites_own_pages_stays() -> None:
    line = (
        'Puedes seguir a EL COMIDISTA en <a href="https://elpais.com/gastronomia/el-comidista/">'
        'su portada</a> y en <a href="https://elpais.com/noticias/recetas/">Recetas</a>.'
    )
    body = _body(line)
    assert body[-2] == "Puedes seguir a EL COMIDISTA en su portada y en Recetas."
    assert body[-1].startswith(_CONTACT)
