"""A picture's credit line under an abbreviated label and its full stop ("Fot. 12 BZ",
Polish; "Zdj.", "Nuotr.") is no line of the story, wherever it stands, when it is a short
whole line that ends no sentence."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_credits import is_photo_credit
from newsparse.generic.scoring import Unit

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.obronadzis.example/lad/brygada-konczy-cwiczenia-na-poligonie"


def test_an_abbreviated_credit_between_paragraphs_goes() -> None:
    html = (FIXTURES / "polish_defence_abbreviated_photo_credit.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert "Fot. 12 BZ" not in body
    assert len(body) == 4
    assert body[2].startswith("Jak podkreśla dowódca brygady")


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Fot. 12 BZ", True),
        ("fot. PAP/Leszek Szymański", True),
        ("Fot.: Jan Nowak", True),
        ("Zdj. Anna Lis / MON", True),
        ("Nuotr. Jonas Jonaitis", True),
        # (a sentence, or a long line, is no credit)
        ("Fot. archiwum pokazuje, że jednostka ćwiczyła tu już wcześniej.", False),
        ("Fotografia kosztowała wtedy majątek", False),
    ],
)
def test_abbreviated_credit_lines(text: str, credit: bool) -> None:
    element = lxml.html.fragment_fromstring(f"<p>{text}</p>")
    assert (
        is_photo_credit(Unit(element, text, len(text), link_length=0, commas=text.count(",")))
        is credit
    )
