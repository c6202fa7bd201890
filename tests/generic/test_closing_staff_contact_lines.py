"""A wire's closing contact lines for its staff ("To contact the reporter on this story: <name>
in <place> at <address>", "To contact the editors responsible for this story: <name> at
<address>; <name> at <address>") go; such a line naming no address stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://news.harborlegalwire.example/daily-labor-report/labor-agency-withdraws-appeal-over-contractor-pay-rule"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_closing_reporter_and_editors_contact_lines_go() -> None:
    body = _body((FIXTURES / "wire_law_staff_contact_lines.html").read_bytes())
    assert body[-1].startswith("The case is Coastal Services Alliance v. Department of Labor")
    assert not any(line.startswith("To contact") for line in body)


def test_a_staff_contact_line_without_addresses_stays() -> None:
    html = (FIXTURES / "wire_law_staff_contact_lines.html").read_bytes()
    html = html.replace(
        b"Priya Castellanos at pcastellanos@harborlegalwire.example; Owen M. Talbot at"
        b" otalbot@harborlegalwire.example",
        b"please use the form on our newsroom page",
    )
    body = _body(html)
    assert body[-1] == (
        "To contact the editors responsible for this story: please use the form on our"
        " newsroom page"
    )
