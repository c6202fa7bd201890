"""A box classed as a tip line is the newsroom's call for tips and goes, unless one of its
sentences gives the number of the police or another investigating authority, with no link
and no control in the box: that is the story's own witness appeal ("Anyone with information
is asked to call the Warren County Police Department's cold case unit at 570-555-0148."),
and it stays. A newsroom's box giving its own desk's number or an e-mail link still goes."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_boxes import is_authority_appeal_box

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://caseledger.example/2025/05/14/arrest-1998-killing-dunmore-gas-station-clerk/"


def _body() -> list[str]:
    html = (FIXTURES / "wp_crime_tipline_witness_appeal.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_police_witness_appeal_in_a_tipline_box_stays() -> None:
    body = _body()
    assert body[3] == (
        "Do you know more? Detectives believe the suspect may have lived in several towns "
        "along the river under other names. Anyone with information is asked to call the "
        "Warren County Police Department's cold case unit at 570-555-0148."
    )
    assert body[4].startswith('"We never closed this file')
    assert len(body) == 6


def test_a_newsroom_s_tipline_boxes_still_go() -> None:
    body = _body()
    assert not any("Got a tip?" in line or "tips@caseledger" in line for line in body)
    assert not any("Know something about a case?" in line for line in body)
    assert body[-1].startswith("The suspect is being held without bail")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<div><p>Anyone with information can call Crime Stoppers anonymously at "
            "1-800-555-8477.</p></div>",
            True,
        ),
        (
            "<div><p>Hinweise nimmt die Kriminalpolizei unter der Telefonnummer "
            "0221 555 0147 entgegen.</p></div>",
            True,
        ),
        (
            "<div><p>Cualquier información puede comunicarse a la Guardia Civil en el "
            "teléfono 900 555 012.</p></div>",
            True,
        ),
        # (the newsroom's own number: no authority in its sentence)
        (
            "<div><p>Have a tip about police misconduct? Call our desk at 555-010-0199.</p></div>",
            False,
        ),
        # (an authority named, but the number is the newsroom's, in another sentence)
        ("<div><p>Seen the police at work? Text us on 555-010-0142.</p></div>", False),
        # (a link or a form is the newsroom's way in)
        (
            "<div><p>Call the sheriff's tip line at 555-010-0163 or "
            '<a href="/tips/">send us a tip</a>.</p></div>',
            False,
        ),
    ],
)
def test_an_authority_s_number_marks_a_witness_appeal(markup: str, expected: bool) -> None:
    assert is_authority_appeal_box(lxml.html.fragment_fromstring(markup)) is expected
