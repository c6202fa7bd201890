"""Lists of other stories' teaser cards inside the story's block: a linked title over an
excerpt cut short in each card."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(html: str | bytes) -> str:
    return newsparse.parse(html, registry=newsparse.Registry()).body


def test_coverage_cards_with_cut_excerpts_go_with_their_heading() -> None:
    body = _body((FIXTURES / "aggregator_coverage_cards.html").read_bytes())
    for kept in ("The harbour authority approved a plan", "Officials said the port expects"):
        assert kept in body
    for gone in (
        "41 Articles",
        "Coast Herald",
        "The vote ends a long dispute",
        "Critics say the turbine makers",
        "Skippers in the inner basin",
        "Read Full Article",
    ):
        assert gone not in body


_SECTION = """<div class="pick"><h3><a href="https://example.com/{slug}">{title}</a></h3>
<p>{text}</p></div>"""


def test_a_roundup_whose_entries_end_in_full_stays() -> None:
    entries = [
        (
            "trail",
            "The coast trail",
            "A two-hour walk along the cliffs, with benches at the "
            "lookouts and a café at the far end that opens at ten.",
        ),
        (
            "lake",
            "The lake loop",
            "Flat and shaded, the loop suits families with prams and "
            "passes the old boathouse, now a small museum.",
        ),
        (
            "ridge",
            "The ridge path",
            "Steep in places, the path rewards walkers with a view "
            "over three valleys on a clear day.",
        ),
    ]
    sections = "".join(
        _SECTION.format(slug=slug, title=title, text=text) for slug, title, text in entries
    )
    html = f"""<html><body><article><h1>Three walks for the weekend</h1>
    <p>Spring has come early this year, and the paths around town are already dry enough for
    a long walk: here are three of our favourites, from an easy loop to a proper climb.</p>
    <div class="picks">{sections}</div>
    <p>All three start from car parks that charge a small fee at weekends, and the tourist
    office in the square sells a map that shows them all.</p></article></body></html>"""
    body = _body(html)
    for _, title, text in entries:
        assert title in body
        assert text in body
