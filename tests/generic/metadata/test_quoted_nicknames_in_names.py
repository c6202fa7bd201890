"""A nickname of a word or two quoted between a name's words is part of the name, as esports
sites write their writers' names ('Mikkel "Brask" Holm', in straight or typographic quotes);
a quoted title or phrase is still no name."""

from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_html

from newsparse.generic.metadata.bylines import clean_name

_PAGE = "esports_nickname_byline.html"


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’")])
def test_a_quoted_nickname_between_name_words_keeps_the_name(opening: str, closing: str) -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8")
    html = html.replace('"Brask"', f"{opening}Brask{closing}")
    assert parse_html(html).authors == (f"Mikkel {opening}Brask{closing} Holm",)


@pytest.mark.parametrize(
    "text",
    ['"Dune" Review', "Watch “The Bear”", 'Mikkel "Brask"', 'Mikkel "is the best" Holm'],
)
def test_a_quoted_title_or_phrase_is_still_no_name(text: str) -> None:
    assert clean_name(text) is None
