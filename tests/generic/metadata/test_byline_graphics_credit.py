"""A byline's graphics credit beside its writers ("<span class="byline-graphics">Graphics by
<a href="/staff/...">Name</a></span>", "Illustrations by", "Data visualization by") names
no author, like a photo credit, even where the byline runs on into its date."""

from __future__ import annotations

import pytest
from metadata_pages import parse_fixture

from newsparse.generic.metadata.bylines import parse_byline


def test_a_graphics_credit_beside_the_writers_names_no_author() -> None:
    page = parse_fixture("justice_byline_graphics_credit.html")
    assert page.authors == ("Tamsin Albright", "Quentin Mayo")


@pytest.mark.parametrize(
    ("byline", "names", "credited"),
    [
        ("By Ada Quill Illustrations by Bo Renner", ("Ada Quill",), ("Bo Renner",)),
        ("By Ada Quill | Data visualization by Bo Renner", ("Ada Quill",), ("Bo Renner",)),
        # the date the byline runs on into is no part of the credited name
        ("By Ada Quill Photos by Bo Renner 4.14.2025 6:00 a.m.", ("Ada Quill",), ("Bo Renner",)),
        # a writer's own byline is left alone
        ("By Ada Quill and Bo Renner", ("Ada Quill", "Bo Renner"), ()),
    ],
)
def test_graphics_and_photo_credits_are_set_apart(
    byline: str, names: tuple[str, ...], credited: tuple[str, ...]
) -> None:
    parsed = parse_byline(byline)
    assert (parsed.names, parsed.photographers) == (names, credited)
