"""A reviewer's credit in a byline block names no author in other languages either, even
when the reviewer's name links to an expert's page ("Revisado por <a href="/expertos/...">Dra.
Inés Castellote</a>, dermatóloga" under "Por <a>Lucía Ferrándiz Ortega</a>"): the
labels are data, ``NON_AUTHOR_CREDITS``."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_html

_PAGE = "spanish_health_byline_reviewer.html"
_LABEL = "Revisado por"


@pytest.mark.parametrize(
    "label",
    [
        _LABEL,
        "Revisto por",
        "Geprüft von",
        "Medizinisch geprüft von",
        "Relu par",
        "Revisionato da",
        "Beoordeeld door",
    ],
)
def test_a_reviewer_after_a_review_label_is_no_author(label: str) -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(_LABEL, label)
    assert parse_html(html).authors == ("Lucía Ferrándiz Ortega",)


def test_a_second_writer_after_a_byline_cue_is_still_an_author() -> None:
    reviewer = (
        'Revisado por <a href="/expertos/dra-ines-castellote/">Dra. Inés Castellote</a>, '
        "dermatóloga"
    )
    writer = 'Por <a href="/autores/ines-castellote/">Inés Castellote</a>'
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(reviewer, writer)
    assert parse_html(html).authors == ("Lucía Ferrándiz Ortega", "Inés Castellote")
