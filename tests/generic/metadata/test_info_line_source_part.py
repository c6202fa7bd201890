"""An unlinked "Source : <Name>" in the part of the headline's info line classed as the
source, beside the author's part and the date's ("<span class="article_source">Source : La
Voix du Sahel</span>"), names the paper the portal took the story from. A generic word
("Agences"), the author's own name, the site's name and a part classed otherwise credit no
publisher."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "portal_info_line_unlinked_source.html"
_URL = (
    "https://www.teranga-actu.example/actualites/Societe/thies-les-maraichers-de-pout_n_90412.html"
)
_SOURCE_PART = "Source : La Voix du Sahel"


def _with(old: str, new: str) -> str:
    return (FIXTURES / _PAGE).read_text("utf-8").replace(old, new)


def test_an_unlinked_source_in_the_info_line_s_source_part_is_the_source() -> None:
    article = parse_fixture(_PAGE, _URL)
    assert article.source == "La Voix du Sahel"
    assert article.authors == ("Fatou Sarr",)


@pytest.mark.parametrize(
    "value",
    ["Source : Agences", "Source : La Rédaction", "Source : Fatou Sarr", "Source : Teranga Actu"],
)
def test_a_generic_word_the_author_or_the_site_is_no_source(value: str) -> None:
    assert parse_html(_with(_SOURCE_PART, value), _URL).source is None


def test_a_part_not_classed_as_the_source_names_none() -> None:
    html = _with('class="article_source"', 'class="article_origin"')
    assert parse_html(html, _URL).source is None
