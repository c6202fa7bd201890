"""Notes of the page's on the story's own history go, their neighbours of the story stay: a
line giving when it first appeared and when it was updated ("This article was first
published June 2021 and updated April 2025"), an affiliate site's note that offers it names
have expired ("Editor's Note: Some of the offers mentioned below are no longer available.
View the current offers here."), a German paper's short line on where it ran in print
("Dieser Artikel erschien in der Ausgabe 19/2025 ...")."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _travel() -> list[str]:
    return _body(
        "travel_guide_first_published_and_updated.html",
        "https://www.wayfarer-guides.example/articles/best-day-trips-from-valencia",
    )


def _lounge() -> list[str]:
    return _body(
        "affiliate_guide_expired_offers_note.html",
        "https://milesdesk.example/news/harbor-club-lounge-seattle-review/",
    )


def _warehouses() -> list[str]:
    return _body(
        "trade_paper_print_edition_note_de.html",
        "https://www.logistik-wochenblatt.example/artikel/lagerflaechen-in-leipzig-werden-knapp-88412/",
    )


def test_a_first_published_and_updated_line_goes() -> None:
    body = _travel()
    assert not any(paragraph.startswith("This article was first published") for paragraph in body)
    assert body[-1].startswith("This guide was last reviewed by our editors")


def test_an_expired_offers_note_goes_and_a_story_editors_note_stays() -> None:
    body = _lounge()
    assert body[0].startswith("The Harbor Club opened its doors")
    assert any(paragraph.startswith("Editor's Note: The lounge's hours") for paragraph in body)


def test_a_german_print_edition_note_goes_and_a_story_sentence_with_its_words_stays() -> None:
    body = _warehouses()
    assert body[-1].startswith("Für das laufende Jahr erwarten")
    assert any(
        paragraph.startswith("Dieser Artikel erschien in der Fachpresse") for paragraph in body
    )
