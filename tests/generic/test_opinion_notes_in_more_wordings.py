"""An opinion page's notes that are the paper's, not the writer's, in wordings and languages
beyond the first ones: a paper's invitation to send it letters ("... is committed to
publishing a diversity of letters to the editor. We'd like to hear what you think about this
or any of our articles ..."), and the note that a piece's views are its writer's own in the
South Slavic languages ("... лични су ставови аутора и не одражавају нужно уређивачку
политику листа") and in German's plural ("Gastbeiträge geben nicht unbedingt die Meinung der
Redaktion wieder"). The writer's own note on who they are stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import OPINION_DISCLAIMER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_letters_invitation_closing_a_guest_essay_goes() -> None:
    body = _body(
        "guest_essay_letters_invitation.html",
        "https://www.harborcourier.example/2025/07/08/opinion/libraries-heat-cooling-centers.html",
    )
    assert not any("letters to the editor" in paragraph for paragraph in body)
    assert body[-1].startswith("If towns are going to lean on their libraries")
    assert body[0].startswith("Ms. Brenner is a reference librarian")


def test_a_serbian_column_s_views_note_goes_and_the_author_s_note_stays() -> None:
    body = _body(
        "serbian_column_views_disclaimer.html",
        "https://www.vesnik.example/pogledi/a12345/gradovi-bez-senke.html",
    )
    assert not any("уређивачку политику" in paragraph for paragraph in body)
    assert body[-1] == "Ауторка је архитекта и предаје на Факултету примењених уметности"


def test_a_german_guest_post_s_plural_views_note_goes() -> None:
    body = _body(
        "german_guest_post_views_note.html",
        "https://www.derkurier.example/wirtschaft/waermewende-kommunen-gastbeitrag-a-4f1c2e7d.html",
    )
    assert not any("Meinung der Redaktion" in paragraph for paragraph in body)
    assert body[-1] == "Heike Lindqvist leitet ein Ingenieurbüro für Energieplanung in Kassel."


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Stavovi izneti u ovoj rubrici lični su stavovi autora.", True),
        ("Tekstovi ne odražavaju nužno stavove redakcije.", True),
        ("Kolumne ne odražavaju nužno stajališta uredništva.", True),  # Croatian
        ("Mnenja avtorjev ne odražajo nujno stališč uredništva.", True),  # Slovenian
        ("Текстовете не отразяват непременно позицията на редакцията.", True),  # Bulgarian
        ("Колумните не ги одразуваат нужно ставовите на редакцијата.", True),  # Macedonian
        ("Die Texte geben nicht unbedingt die Meinung der Autorinnen wieder.", True),
        # (the same verb over another object is the story's)
        ("Cijene ne odražavaju nužno stanje na tržištu.", False),
        ("Umfragen geben nicht unbedingt die Stimmung im Land wieder.", False),
    ],
)
def test_views_notes_read_in_their_languages(line: str, note: bool) -> None:
    assert (OPINION_DISCLAIMER.search(line.casefold()) is not None) is note
