"""A short line opened by a word that is also a date label ("data", the Portuguese and
Italian for "date") is no date line unless a date or time follows: "Data masuk: 100 persen"
in a list of results is the story's."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.body_lines import is_dated_line

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.kabarnusantara.example/daerah/2025/03/rekapitulasi-bupati-lembah-hijau"


def test_a_count_under_a_date_label_word_is_no_date_line() -> None:
    assert not is_dated_line("Data masuk: 100 persen")
    assert is_dated_line("Data: 5 marzo 2025")
    assert is_dated_line("Updated 5 p.m. ET Monday")


def test_a_results_list_keeps_its_data_line() -> None:
    html = (FIXTURES / "id_tally_list_data_label.html").read_bytes()
    body = newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")
    assert "Data masuk: 100 persen" in body
    assert body.index("Data masuk: 100 persen") == body.index("Partisipasi pemilih: 71 persen") - 1
