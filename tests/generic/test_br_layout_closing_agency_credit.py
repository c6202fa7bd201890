"""An agency's credit alone on the story's last line goes however the page writes it: as
bare text after the story's last ``<br><br>`` ("...in the second half.<br><br>(Yonhap)"), a
Korean paper's close of wire copy, as in a paragraph of its own. A line naming no agency
stays, and so does the agency's mark inside the story's last sentence."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "br_layout_closing_agency_credit.html"
_URL = "https://www.harbortimes.example/article/20250514000123"
_LAST = '"New shipping routes to Ho Chi Minh City'


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def _with_last_line(line: bytes) -> bytes:
    return _PAGE.read_bytes().replace(b"<br><br>\n(Yonhap)\n", b"<br><br>\n" + line + b"\n")


def test_a_bare_closing_agency_credit_goes() -> None:
    body = _body(_PAGE.read_bytes())
    assert body[0].startswith("INCHEON, May 14 (Yonhap) -- The Port of Incheon")
    assert body[-1].startswith(_LAST)
    assert "(Yonhap)" not in body


def test_a_bare_credit_of_copy_drawn_on_goes() -> None:
    for credit in (b"(With AFP)", b"(PTI)", b"/ritzau/"):
        assert _body(_with_last_line(credit))[-1].startswith(_LAST), credit


def test_a_bare_closing_line_naming_no_agency_stays() -> None:
    body = _body(_with_last_line(b"(Reporting continues.)"))
    assert body[-1] == "(Reporting continues.)"
