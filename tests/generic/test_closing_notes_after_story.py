"""The story's closing note in a short box of its own right after the story's container (a
correction, an editor's or author's note) is read with the story, whatever the box's class."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_correction_box_after_the_story_s_container_is_kept() -> None:
    body = _body(
        "student_paper_correction_after_body.html",
        "https://www.campuslantern.example/news/2025/10/senate-passes-dining-hall-hours-resolution",
    )
    assert body[-1].startswith("Correction: An earlier version of this story")
    assert body[-2].startswith("The senate also approved $18,000")
    assert not any("newsletter" in line or "gift of any size" in line for line in body)


def test_an_author_s_note_in_a_disclaimer_box_after_the_text_is_kept() -> None:
    body = _body(
        "turkish_opinion_author_note_after_text.html",
        "https://kentdefteri.example/yazarlar/selin-aydemir/mahalle-bostanlarinin-sessiz-ekonomisi,5120",
    )
    assert body[-1].startswith("Yazarın Notu: Bu yazıdaki görüşmecilerin adları")
    assert body[-2].startswith("Kentleşme tartışmalarında")
    assert "Yazarın Diğer Yazıları" not in body


def test_a_closing_note_past_the_story_s_topic_links_is_kept() -> None:
    body = _body(
        "brief_site_note_after_topic_links.html",
        "https://www.pointwise.example/2025/09/08/four-day-school-week-teacher-retention",
    )
    assert body[-1].startswith("Correction: An earlier version of this story")
    assert body[-2].startswith("What's next:")
    assert not any(line.startswith("Education") for line in body)


def test_a_box_titled_by_a_correction_label_alone_after_the_story_is_kept() -> None:
    """A correction box whose label is a title line of its own, with no colon ("<p
    class="a_ei_t">Fe de errores</p><p>Una versión anterior ...</p>")."""
    body = _body(
        "spanish_housing_law_titled_erratum_box.html",
        "https://www.diariodelturia.example/economia/2025-09-18/cinco-preguntas-ley-alquileres.html",
    )
    assert body[-2:] == [
        "Fe de errores",
        "Una versión anterior de este artículo situaba la entrada en vigor de la ley el 1 de"
        " octubre; lo hará a los veinte días de su publicación.",
    ]
    assert body[-3].startswith("Las asociaciones de propietarios")
    assert not any("redactora de Economía" in line for line in body)
