"""A newsroom's closing note that its story does not necessarily represent the position of its
parent company ("This story does not necessarily represent the position of our parent
company, ..."), the parent-company form of a platform's note that the views it carries are
not its own, goes; a story's sentence on whose views someone represents stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import OPINION_DISCLAIMER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://skylineweather.example/forecast/news/2025-07-18-heat-dome-plains-records"


def test_a_closing_note_on_the_parent_company_s_position_goes() -> None:
    html = (FIXTURES / "parent_company_views_note.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("The ridge is expected to drift east early next week")
    assert not any("parent company" in line for line in body)


@pytest.mark.parametrize(
    ("line", "disclaimer"),
    [
        (
            "This story does not necessarily represent the position of our parent company, IBM.",
            True,
        ),
        ("This article does not necessarily reflect the views of its owner.", True),
        ("Critics say the union does not necessarily represent the views of its members.", False),
    ],
)
def test_the_parent_company_form_is_a_views_disclaimer(line: str, disclaimer: bool) -> None:
    assert (OPINION_DISCLAIMER.search(line.casefold()) is not None) is disclaimer
