"""A site laid out in a table (``<table class="layout"><tr><td>`` holding the headline and
the story) credits its stories' source inside that table: "Източник: БТА" in the headline's
info line names the agency. Only a data table's own credit ("Източник: ..." in a row under
its figures) is a chart's, not the story's."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "layout_table_portal_info_line_source.html"
_URL = "https://www.dunavskivestnik.example/obshtinata-spria-remonta-na-mosta-news58231.html"
_INFO_SOURCE = '<span class="source">Източник: БТА</span>'
_LAST_PARAGRAPH_END = "на сайта на общината.</p>"
_DATA_TABLE = (
    "<table class='data'><caption>Трафик по моста</caption>"
    "<tr><th>Месец</th><th>Автомобили</th></tr><tr><td>Юли</td><td>41 200</td></tr>"
    "<tr><td>Август</td><td>38 900</td></tr>"
    "<tr><td colspan='2'>Източник: Reuters</td></tr></table>"
)


def _with(old: str, new: str) -> str:
    return (FIXTURES / _PAGE).read_text("utf-8").replace(old, new)


def test_a_source_in_the_info_line_of_a_layout_table_page_is_the_source() -> None:
    assert parse_fixture(_PAGE, _URL).source == "BTA"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Източник: БТА", "BTA"),
        ("Sursă: Agerpres", "Agerpres"),
        # (a label long known: only the table kept it from being read)
        ("Fuente: AFP", "Agence France-Presse"),
    ],
)
def test_a_closing_source_line_inside_the_layout_table_is_the_source(
    line: str, source: str
) -> None:
    html = _with(_INFO_SOURCE, "").replace(
        _LAST_PARAGRAPH_END, f"{_LAST_PARAGRAPH_END}<p>{line}</p>"
    )
    assert parse_html(html, _URL).source == source


def test_a_data_table_s_source_row_inside_the_layout_table_names_no_source() -> None:
    html = _with(_INFO_SOURCE, "").replace(_LAST_PARAGRAPH_END, _LAST_PARAGRAPH_END + _DATA_TABLE)
    assert parse_html(html, _URL).source is None
