"""A support box between the story's paragraphs, its pitch closed by a link to the
subscription page, goes with its own title line, whatever its class; a box classed as a
French ad insert ("encart_pub") goes whatever it links. An insert of the story's facts under
its title stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.revue-territoires.example/2025/04/VUILLEMIN/70214"
_TITLE = "Soutenez une revue sans publicité"
_PITCH = "Financée par ses seuls lecteurs"
_SUBSCRIBE = "https://boutique.revue-territoires.example/abonnement?origine=encart"


def _body(*replacements: tuple[str, str]) -> list[str]:
    html = (FIXTURES / "spip_support_box_title.html").read_text(encoding="utf-8")
    for old, new in replacements:
        html = html.replace(old, new)
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _holds(body: list[str], opening: str) -> bool:
    return any(paragraph.startswith(opening) for paragraph in body)


def test_a_support_box_goes_with_its_title_whatever_its_class() -> None:
    body = _body(("encart_pub", "encart_soutien"))
    assert not _holds(body, _TITLE)
    assert not _holds(body, _PITCH)
    assert len(body) == 6


def test_a_box_classed_as_an_ad_insert_goes_whatever_it_links() -> None:
    body = _body((_SUBSCRIBE, "/qui-sommes-nous"))
    assert not _holds(body, _TITLE)
    assert not _holds(body, _PITCH)


def test_a_fact_insert_under_its_title_stays() -> None:
    body = _body()
    assert _holds(body, "Le vignoble en chiffres")
    assert _holds(body, "Environ 2 100 hectares")
    assert body[-1].startswith("Reste la question de l’assurance")
