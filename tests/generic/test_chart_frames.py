"""Charts served as frames by a chart host between a story's paragraphs: the box holding the
frame with the chart's title, subtitle and source goes whole, and a source line right after
a chart's frame goes; a table's source line and a picture's stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _library_story() -> list[str]:
    return _body(
        "body/wordpress_chart_frame_boxes.html",
        "https://numbersdesk.example/features/library-visits-small-towns/",
    )


def test_a_chart_frame_box_goes_with_its_title_subtitle_and_source() -> None:
    body = _library_story()
    # "<div class="datawrapper-embed"><h3>...</h3><p>...</p><iframe
    # src="https://datawrapper.dwcdn.net/..."></iframe><p>Source: ...</p></div>"
    assert "Small-town libraries recovered first" not in body
    assert "Visits per resident by size of population served, 2015-23" not in body
    assert "Source: State library agencies, Numbers Desk analysis" not in body
    # (a Flourish frame in a box named for a chart, its label and credit)
    assert "Where weekday hours came back" not in body
    assert "Chart: Numbers Desk" not in body
    assert body[2].startswith("Librarians we spoke with")
    assert body[3].startswith("Larger systems face a different problem.")


def test_a_table_s_source_line_stays_beside_chart_frames() -> None:
    body = _library_story()
    assert body[body.index("Over 500,000 | 2.9 | 2.1") + 1] == "Source: State library agencies"


def test_a_source_line_right_after_a_chart_frame_goes() -> None:
    body = _body(
        "body/tailwind_chart_frame_source_de.html",
        "https://www.nordkurier-daten.example/wirtschaft/strompreise-wo-haushalte-am-meisten-sparen-koennen-a-5f2e91.html",
    )
    assert "Quelle: Tarifdaten der Versorger, eigene Berechnungen" not in body
    assert body[2].startswith("Im Süden fällt der Unterschied kleiner aus.")
    # (after a picture, not a chart's frame, the line is left to the rules for pictures)
    assert "Quelle: Nordkurier-Umfrage unter 1.200 Haushalten, Oktober" in body
