"""A box of the story's facts set between two of its paragraphs, whatever its class, stays
when those paragraphs each stand in a wrapper of their own (an Arc page's "<div
class="article-body"><p data-el="text">...</p></div>", one per paragraph), as it does
between bare ``<p>`` siblings. A box of links so set still goes."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = (
    "https://www.lakeshorecourier.example/local/2025/03/11/"
    "parking-garage-collapse-lawsuit-reinstated/"
)


def _body() -> list[str]:
    html = (FIXTURES / "arc_wrapped_paragraphs_timeline_box.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_timeline_box_between_wrapped_paragraphs_stays() -> None:
    body = _body()
    heading = body.index("From collapse to courtroom")
    assert body[heading - 1].startswith("The collapse, on a Sunday afternoon")
    assert body[heading + 1 : heading + 5] == [
        "July 2021: A section of the garage's top deck falls onto the level below.",
        "March 2022: The owners sue the inspecting firm and two contractors.",
        "Nov. 2023: A trial judge dismisses the claims as filed too late.",
        "Aug. 2024: An appeals panel upholds the dismissal in a split vote.",
    ]
    assert body[heading + 5].startswith("Lawyers for the firm had argued")
    assert len(body) == 11


def test_a_box_of_links_between_wrapped_paragraphs_still_goes() -> None:
    body = _body()
    assert "More on the garage collapse" not in body
    assert not any("Garage deck collapses downtown" in line for line in body)
    assert body[-1].startswith("The case now returns to the trial court")
