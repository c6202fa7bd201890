"""An opinion piece's closing note on its author, a views sentence after it ("Авторът е
икономист в ... Мнението му не отразява непременно позицията на редакцията."), stays in the
languages of Central and Eastern Europe too: the line opens with the author's note, so it is
the writer's, not the outlet's. The outlet's views note alone still goes."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_notices import is_page_notice
from newsparse.generic.scoring import score_tree

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _is_page_notice_text(text: str) -> bool:
    """``is_page_notice`` of a paragraph holding ``text`` alone."""
    root = lxml.html.fromstring(f"<div><p>{text}</p></div>")
    return is_page_notice(score_tree(root).unit_of[root[0]])


def test_a_bulgarian_column_s_closing_author_note_stays_with_its_views_sentence() -> None:
    html = (FIXTURES / "bulgarian_column_author_note_with_views_sentence.html").read_text(
        encoding="utf-8"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("Авторката е транспортен икономист")
    assert body[-1].endswith("не отразява непременно позицията на редакцията.")


@pytest.mark.parametrize(
    "line",
    [
        "Авторът е икономист в Института за пазарна икономика. Мнението му не отразява "
        "непременно позицията на редакцията.",
        "Autor je profesor ekonomije u Zagrebu. Tekstovi ne odražavaju nužno stavove redakcije.",
        "Ауторка је архитекта из Новог Сада. Текстови не одражавају нужно ставове редакције.",
        "Avtorica je sociologinja. Mnenja avtorjev ne odražajo nujno stališč uredništva.",
        "Авторот е професор по право. Колумните не ги одразуваат нужно ставовите на редакцијата.",
    ],
)
def test_an_author_s_note_opening_the_line_is_no_page_notice(line: str) -> None:
    assert not _is_page_notice_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "Мнението на авторите не отразява непременно позицията на редакцията.",
        "Tekstovi ne odražavaju nužno stavove redakcije.",
    ],
)
def test_the_outlet_s_views_note_alone_still_goes(line: str) -> None:
    assert _is_page_notice_text(line)
