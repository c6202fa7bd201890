"""A health page's review dates closing it ("Page last reviewed: 02 February 2024<br>Next
review due: 02 February 2027") are a date line's labels over dates alone, as "Zuletzt
aktualisiert: ..." is: the line goes, also with two labels and their dates run on at the
line break ("2024Next"). A sentence opening with such words stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_lines import is_dated_line

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.publichealth.example/conditions/chilblains/"


def test_a_health_page_s_review_dates_leave_the_body() -> None:
    html = (FIXTURES / "health_page_review_dates.html").read_text(encoding="utf-8")
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert not any("review" in paragraph.casefold() for paragraph in body)
    assert body[-1].startswith("Your chilblains have not healed after 2 weeks")


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Page last reviewed: 02 February 2024Next review due: 02 February 2027", True),
        ("Page last reviewed: 02 February 2024 | Next review due: 02 February 2027", True),
        ("Last reviewed: 3 May 2025", True),
        ("Medically reviewed on May 3, 2025", True),
        ("Zuletzt überprüft: 03.05.2025", True),
        # (words after the label that are no date, or a second label over no date)
        ("Last reviewed by the board in a closed session", False),
        ("Page last reviewed: 02 February 2024 Next review due: when the guidance changes", False),
    ],
)
def test_review_date_labels_read_as_date_lines(text: str, dated: bool) -> None:
    assert is_dated_line(text) is dated
