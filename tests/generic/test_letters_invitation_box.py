"""A paper's invitation to send it letters, boxed with its form after the story's footer
("At ..., we publish thoughtful letters from readers ... By submitting your name, you grant
us permission to publish it with your letter."), goes with its heading; the story stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://campusledger.example/rural-school-counselor-caseloads/"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> bytes:
    return (FIXTURES / "wordpress_letters_to_editor_box.html").read_bytes()


def test_a_letters_invitation_box_goes_with_its_heading() -> None:
    body = _body(_page())
    assert body[-1].startswith("For now, Ferreira has recruited two teachers")
    assert not any("letter" in line.casefold() for line in body)
    assert body[0].startswith("MILL CREEK, Ore. —")


def test_a_story_line_on_readers_letters_stays() -> None:
    html = _page().replace(
        b"Attendance, she said, has been better than she expected.",
        b"She keeps a folder of thank-you letters from readers of the school newsletter.",
    )
    body = _body(html)
    assert body[-1].endswith("thank-you letters from readers of the school newsletter.")
