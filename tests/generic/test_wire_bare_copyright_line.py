"""A wire agency's bare rights line closing its copy on a station's page ("Copyright 2025
Thomson Reuters.", the word, the year and the agency, no sign and no reservation) is the
agency's notice: kept in the body, as its longer notices are. A network's own credit as its
member stations print it ("Copyright 2025 NPR") still goes."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "station_amp_wire_copy_bare_copyright.html"
_NOTICE = "Copyright 2025 Thomson Reuters."


def _body(html: str) -> list[str]:
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_a_wire_s_bare_rights_line_closing_its_copy_stays() -> None:
    body = _body((FIXTURES / _PAGE).read_text("utf-8"))
    assert body[-1] == _NOTICE
    assert body[-2].startswith("(Reporting by Rosa Quintanilla")


def test_a_network_s_bare_credit_still_goes() -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(_NOTICE, "Copyright 2025 NPR")
    assert _body(html)[-1].startswith("(Reporting by Rosa Quintanilla")


def test_a_station_s_own_bare_credit_still_goes() -> None:
    html = (FIXTURES / _PAGE).read_text("utf-8").replace(_NOTICE, "Copyright 2025 WKLT 4.")
    assert _body(html)[-1].startswith("(Reporting by Rosa Quintanilla")
