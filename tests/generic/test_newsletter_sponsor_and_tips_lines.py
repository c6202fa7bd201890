"""A newsletter's sponsor label set as a line of the issue ("A message from <sponsor>:") goes
with the sponsor's paragraph under it, and its closing tips line ("Send <name> tips to
<addresses>.") goes; the issue's own sections stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.harborline.example/newsletters/capitol-morning/2025/05/14/budget-writers-race-the-clock-00412233"


def _body() -> list[str]:
    html = (FIXTURES / "newsletter_issue_sponsor_message_and_tips_line.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_sponsor_message_line_and_its_paragraph_go() -> None:
    body = _body()
    assert not any("Coastal Ferry Workers Union" in line for line in body)
    assert not any(line.startswith("Ferries keep the coast moving.") for line in body)
    assert "ON THE FLOOR" in body
    assert body[body.index("ON THE FLOOR") - 1].startswith("“We are closer than we were")


def test_a_closing_tips_line_with_addresses_goes() -> None:
    body = _body()
    assert body[-1].startswith("COMINGS AND GOINGS — Dorian Pell has joined")
    assert not any("lmarsh@harborline.example" in line for line in body)
