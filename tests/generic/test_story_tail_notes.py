"""Lines closing a story that are the site's, not the story's: a Nordic wire's sign-off in
slashes ("/ritzau/", the story's source)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.metadata.bylines import slashed_wire_name

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _article(name: str, url: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def test_a_wire_s_sign_off_in_slashes_goes_and_names_the_source() -> None:
    article = _article(
        "wire_signoff_in_slashes_da.html",
        "https://oestkysten.example/indland/art2201457/Havnebusserne-i-Aarhus-faar-ny-koereplan-fra-august",
    )
    body = article.body.split("\n\n")
    assert body[-1].startswith("Byrådet skal drøfte sagen")
    assert "/ritzau/" not in body
    # (no byline nor declared author names the agency: its sign-off alone does)
    assert article.source == "Ritzau"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("/ritzau/", "Ritzau"),
        ("/NTB/", "NTB"),
        ("/TT/", "TT"),
        ("/ritzau/AFP", "Ritzau"),  # (the foreign agency it drew on after it)
        # (no agency between the slashes, or more than agencies after them)
        ("/kbh/", None),
        ("/ritzau/ Foto: Jens Holm", None),
    ],
)
def test_a_sign_off_in_slashes_names_an_agency_only(line: str, agency: str | None) -> None:
    assert slashed_wire_name(line) == agency
