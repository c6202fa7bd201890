"""A donation box set between a story's last paragraph and its closing note goes in the
languages of Central and Eastern Europe too: its button's words ("Donează acum", "Дарете
сега") or the support page it leads to ("/sustine-gazeta/" is no segment, the button's words
tell it) make it a call to action. The story's own words on backing ("Primăria susține că
...") and the funding note after the box stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "romanian_jnews_donation_box_before_funding_note.html"
_URL = "https://www.gazetadeprut.example/anchete/apa-din-fantanile-a-trei-sate-improprie-pentru-consum/"
_BOX_TITLE = "Susține Gazeta de Prut!"
_PITCH_START = "Gazeta de Prut este o redacție locală independentă"
_BUTTON = (
    '<a class="gazeta-btn" href="https://www.gazetadeprut.example/sustine-gazeta/">Donează acum</a>'
)


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / _PAGE).read_text(encoding="utf-8")


def test_a_romanian_donation_box_before_the_funding_note_goes() -> None:
    body = _body(_page())
    assert _BOX_TITLE not in body
    assert not any(paragraph.startswith(_PITCH_START) for paragraph in body)
    assert body[-2].startswith("Specialiștii recomandă")
    assert body[-1].startswith("Această anchetă a fost realizată cu sprijinul")
    assert body[3].startswith("Primăria susține că")


@pytest.mark.parametrize(
    ("title", "pitch", "button"),
    [
        (
            "Подкрепете ни!",
            "Ние сме независима местна медия. Ако цените работата ни, подкрепете ни с дарение.",
            '<a class="btn" href="https://www.gazetadeprut.example/podkrepete-ni/">Дарете сега</a>',
        ),
        (
            "Podržite nas!",
            "Mi smo nezavisna lokalna redakcija. Ako cenite naš rad, podržite nas donacijom.",
            '<a class="btn" href="https://www.gazetadeprut.example/doniraj/">Podržite nas</a>',
        ),
    ],
)
def test_a_donation_box_in_another_language_goes(title: str, pitch: str, button: str) -> None:
    html = _page().replace(_BOX_TITLE, title).replace(_BUTTON, button)
    html = html.replace(html[html.index(_PITCH_START) : html.index("donație lunară.") + 15], pitch)
    body = _body(html)
    assert title not in body and pitch not in body
    assert body[-1].startswith("Această anchetă a fost realizată cu sprijinul")
