"""African wire agencies credited in full with their abbreviation in brackets ("African
News Agency (ANA)"): beside the byline's name the agency is the story's source, and alone
on the story's last line the credit goes from the body."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.metadata.bylines import wire_name

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://coastline.example/durban-post/news/2025-04-02-durban-harbour-tug-crews-end-go-slow/"


def _article() -> newsparse.Article:
    html = (FIXTURES / "agency_credit_spelt_out.html").read_bytes()
    return newsparse.parse(html, url=URL, registry=newsparse.Registry())


def test_an_agency_spelt_out_beside_the_byline_is_the_source() -> None:
    article = _article()
    assert article.authors == ("Lindiwe Zungu",)
    assert article.source == "African News Agency"


def test_an_agency_spelt_out_alone_on_the_last_line_goes() -> None:
    body = _article().body.split("\n\n")
    assert (
        body[-1]
        == "The port operator said it expected the backlog of vessels to be cleared by the weekend."
    )
    assert "African News Agency (ANA)" not in body


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("African News Agency (ANA)", "African News Agency"),
        ("News Agency of Nigeria (NAN)", "News Agency of Nigeria"),
        ("Tunis Afrique Presse (TAP)", "Tunis Afrique Presse"),
        ("South African Press Association (Sapa)", "South African Press Association"),
        # (the bracket names another agency, or no agency: no credit of one)
        ("African News Agency (AFP)", None),
        ("Ghana News Agency (Accra)", None),
        ("ANA-MPA", "ANA-MPA"),
    ],
)
def test_an_agency_s_name_with_its_abbreviation(credit: str, agency: str | None) -> None:
    assert wire_name(credit) == agency
