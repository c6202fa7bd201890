"""An event listing widget between the story's paragraphs (a box whose class or heading names
events, "Upcoming events", its items each an event's linked title and its date, no
sentence, closed by "See all events") goes whole, as it does after the last paragraph; a
story's own list of events under its subheading in its block stays, and so does a box of
events told in sentences."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://rvrtoday.example/food-drink/ferry-street-market-saturdays"
_FIXTURE = "wordpress_city_newsletter_inline_events_module.html"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_an_event_listing_widget_between_paragraphs_goes_whole() -> None:
    body = _body((FIXTURES / _FIXTURE).read_bytes())
    assert not any(
        line in {"Upcoming events", "See all events"} or line.startswith("Riverfront Jazz Night")
        for line in body
    )
    assert body[2].startswith("The market will run from 8 a.m. to noon")


def test_the_story_s_own_list_of_events_under_its_subheading_stays() -> None:
    html = (
        (FIXTURES / _FIXTURE)
        .read_bytes()
        .replace(b"<h3>What's on at the market</h3>", b"<h3>Upcoming events</h3>")
    )
    body = _body(html)
    assert "Upcoming events" in body
    assert any(line.startswith("May 9: Opening day, with free strawberry") for line in body)


def test_a_box_of_events_told_in_sentences_stays() -> None:
    html = (FIXTURES / _FIXTURE).read_bytes()
    for day in (b"Fri., May 8", b"Sat., May 16", b"Sun., May 31"):
        html = html.replace(
            day, day + b", when the market's vendors will sell there too, rain or shine."
        )
    body = _body(html)
    assert any(line.startswith("Riverfront Jazz Night Fri., May 8, when") for line in body)
