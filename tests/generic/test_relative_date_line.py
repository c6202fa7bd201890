"""A byline's date line naming the day relative to the page's own ("Publié aujourd'hui à
06h00, modifié à 09h41", "Mis à jour hier à 18h30", "Hoje às 18h30"), a clock time after
it, is a date line wherever one with the date written out is: after a standfirst opening
the story's block it goes, as "Publié le 14 juin 2025 à 06h00" does. A sentence opening
with such a day stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_lines import is_bare_date_line, is_dated_line

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.quotidiendusud.example/planete/article/2025/06/14/"
    "dans-la-drome-les-lavandiculteurs-face-a-une-floraison-avancee_6611223_3244.html"
)
_DATE_LINE = "Publié aujourd’hui à 06h00, modifié à 09h41"
_STANDFIRST = "La chaleur précoce bouscule le calendrier"
_FIRST = "Sur le plateau, les rangs de lavande"


def _body(line: str) -> list[str]:
    html = (FIXTURES / "french_daily_relative_date_line.html").read_text(encoding="utf-8")
    html = html.replace(_DATE_LINE, line)
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


@pytest.mark.parametrize(
    "line",
    [
        _DATE_LINE,
        "Publié hier à 18h30",
        "Mis à jour aujourd’hui à 09h41",
        "Publicado ontem às 18h30",
        # (the day and its time alone, unlabelled)
        "Aujourd’hui à 06h00",
        "Today at 6 p.m.",
    ],
)
def test_a_date_line_relative_to_the_day_goes_after_the_standfirst(line: str) -> None:
    body = _body(line)
    assert body[0].startswith(_STANDFIRST)
    assert body[1].startswith(_FIRST)


def test_a_line_opening_with_such_a_day_but_no_time_stays() -> None:
    line = "Hier à Nyons, 300 producteurs"
    assert line in _body(line)


@pytest.mark.parametrize(
    ("text", "dated", "bare"),
    [
        ("Updated yesterday at 6:05 p.m.", True, False),
        ("Veröffentlicht gestern um 18:30 Uhr", True, False),
        ("Heute, 14:20 Uhr", False, True),
        ("Ayer a las 18:30", False, True),
        # (a sentence, however it opens; a day with no time)
        ("Today at 6:05 p.m. the council voted to close the bridge", False, False),
        ("Publié aujourd’hui", False, False),
    ],
)
def test_relative_date_lines_read_as_date_lines(text: str, dated: bool, bare: bool) -> None:
    assert is_dated_line(text) is dated
    assert is_bare_date_line(text) is bare
