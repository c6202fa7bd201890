"""National wire agencies credited by their bare names, as a byline or a JSON-LD author
organisation ("TASR" on a Slovak paper): the story's source (data: ``WIRE_AGENCIES``), while
abbreviations that also name other things count only in full."""

from __future__ import annotations

import pytest
from metadata_pages import parse_fixture

from newsparse.generic.metadata.bylines import wire_name

_PAGE = "slovak_agency_bare_byline.html"


def test_a_national_agency_credited_by_its_bare_name_is_the_source() -> None:
    article = parse_fixture(_PAGE)
    assert article.source == "TASR"
    assert article.body.split("\n\n")[-1].startswith("Na opravy prispeje")


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("TASR", "TASR"),
        ("Tlačová agentúra Slovenskej republiky", "TASR"),
        ("SITA", "SITA"),
        ("Moldpres", "Moldpres"),
        ("KCNA", "KCNA"),
        ("Macedonian Information Agency", "MIA"),
        ("Philippine News Agency", "Philippine News Agency"),
        # (abbreviations that name other things too: only in full)
        ("MIA", None),
        ("ATA", None),
        ("PNA", None),
    ],
)
def test_national_agency_names(credit: str, agency: str | None) -> None:
    assert wire_name(credit) == agency
