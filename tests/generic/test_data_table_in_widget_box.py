"""A box inside the story named as page chrome ("tally-widget", an embed's wrapper) that is
mostly a data table, a header row over rows of cells, is the story's table: its rows stay
under the heading that introduces them."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.valleycourier.example/news/politics/hollowfield-council-result-55120"


def test_a_results_table_in_a_widget_box_stays() -> None:
    html = (FIXTURES / "council_results_widget_table.html").read_bytes()
    body = newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")
    heading = body.index("Hollowfield Borough Council: the result")
    assert body[heading + 1 : heading + 6] == [
        "Party | Seats | Change",
        "Green | 22 | +15",
        "Liberal Democrats | 9 | -2",
        "Labour | 7 | -4",
        "Conservatives | 1 | -9",
    ]
    assert body[heading + 6].startswith("The new leader of the council")
    assert not any("Most read" in line or "Bakery" in line for line in body)
