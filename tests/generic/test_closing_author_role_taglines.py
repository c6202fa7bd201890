"""An author's closing tagline naming their role at the outlet with contact details ("Jo
Lind is the bureau chief for the Journal. Contact Jo at ...") goes, as a beat's tagline
does; the same line without contact details stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.lakeshorelearning.example/riverton/2025/05/14/riverton-bus-routes-cut-budget/"
_LAST_STORY_LINE = "The board is expected to vote on the full budget for next school year in June."


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> bytes:
    return (FIXTURES / "newspack_author_role_taglines.html").read_bytes()


def test_closing_taglines_with_a_role_and_contact_details_go() -> None:
    body = _body(_page())
    assert body[-1] == _LAST_STORY_LINE
    assert not any("Contact" in line for line in body)


def test_a_role_tagline_without_contact_details_stays() -> None:
    html = _page().replace(
        b' Contact Anjali at <a href="mailto:amarwood@lakeshorelearning.example">'
        b"amarwood@lakeshorelearning.example</a>.",
        b"",
    )
    body = _body(html)
    assert body[-1] == "Anjali Marwood is the managing editor for the Lakeshore Learning Desk."


def test_a_role_sentence_about_someone_else_stays() -> None:
    html = _page().replace(
        b"<em>Anjali Marwood is the managing editor",
        b"<em>Delphine Arroyo is the treasurer for the parent council",
    )
    body = _body(html)
    assert body[-1].startswith("Delphine Arroyo is the treasurer for the parent council")
