"""A partner outlet after a person's name in a joint byline ("by <a>A</a>, The Open Record, and
<span>B</span>, Tucson Star-Tribune") is the person's affiliation, no co-author: a name whose
last word ends, after a hyphen, as a paper's does ("Review-Journal", "Post-Gazette",
"Star-Tribune") names the paper."""

from __future__ import annotations

import pytest
from metadata_pages import parse_fixture

from newsparse.generic.metadata.bylines import parse_byline


def test_a_partner_outlet_with_a_hyphenated_name_is_no_co_author() -> None:
    page = parse_fixture("partner_byline_hyphenated_outlet.html")
    assert page.authors == ("Wendell Ashby", "Priya Calloway", "Soren Ide")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ada Quill, Pittsburgh Post-Gazette", ("Ada Quill",)),
        (
            "By Ada Quill, ProPublica, and Bo Renner, Las Vegas Review-Journal",
            ("Ada Quill", "Bo Renner"),
        ),
        # a hyphenated surname is a person's
        ("By Ada Quill-Jones and Bo Renner", ("Ada Quill-Jones", "Bo Renner")),
    ],
)
def test_hyphenated_paper_names_after_a_reporter(byline: str, names: tuple[str, ...]) -> None:
    assert parse_byline(byline).names == names
