"""A reporter's contact line closing the story ("Contact <name> at <phone> or <address>.")
and an author's tagline with contact details go; a tagline without them stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_CONTACT_PAGE = "https://elmsteadcourier.example/news/local/harbor-board-delays-vote-on-marina-dredging/article_5f2c.html"
_TAGLINE_PAGE = "https://www.northfordtribune.example/story/news/local/2025/07/09/county-opens-cooling-centers-heat-wave/84400112007/"


def _body(html: bytes, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_closing_contact_line_with_phone_address_and_handle_goes() -> None:
    html = (FIXTURES / "town_paper_reporter_contact_line.html").read_bytes()
    body = _body(html, _CONTACT_PAGE)
    assert body[-1].startswith("The board will meet again on Aug. 27")
    assert not any("555-0187" in line for line in body)


def test_an_author_s_closing_tagline_with_contact_details_goes() -> None:
    html = (FIXTURES / "chain_paper_author_tagline_contact.html").read_bytes()
    body = _body(html, _TAGLINE_PAGE)
    assert body[-1].startswith("The county's transit agency is offering free rides")
    assert not any(line.startswith("Renata Osei covers") for line in body)


def test_an_author_s_closing_tagline_without_contact_details_stays() -> None:
    html = (FIXTURES / "chain_paper_author_tagline_contact.html").read_bytes()
    html = html.replace(
        b" Reach her at rosei@northfordtribune.example or follow her on X at @RenataOseiNT.", b""
    )
    body = _body(html, _TAGLINE_PAGE)
    assert body[-1] == "Renata Osei covers public safety for the Northford Tribune."


_REACHED_PAGE = "https://www.lakeportherald.example/news/2025/09/03/library-board-picks-architect-riverside-branch/"


def test_a_closing_name_can_be_reached_at_line_goes() -> None:
    html = (FIXTURES / "metro_paper_reporter_reached_line.html").read_bytes()
    body = _body(html, _REACHED_PAGE)
    assert body[-1].startswith("Design work is expected to take about a year")
    assert not any("can be reached" in line for line in body)


def test_a_closing_can_be_reached_line_without_contact_details_stays() -> None:
    html = (FIXTURES / "metro_paper_reporter_reached_line.html").read_bytes()
    html = html.replace(
        b"marisol.vantongeren@lakeportherald.example or 555-0163.", b"the branch's temporary desk."
    )
    body = _body(html, _REACHED_PAGE)
    assert body[-1] == "Marisol Vantongeren can be reached at the branch's temporary desk."
