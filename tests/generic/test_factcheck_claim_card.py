"""A fact check's claim and rating card set before the story ("Claim:", "Rating:", "What's
True", "What's False") summarises it: the story's block does not grow to take it in."""

from __future__ import annotations

from pathlib import Path

import lxml.html

import newsparse
from newsparse.generic.body_cards import is_claim_card

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def test_a_claim_and_rating_card_before_the_story_stays_out() -> None:
    html = (FIXTURES / "factcheck_claim_rating_card.html").read_bytes()
    url = "https://www.truthscope.example/fact-check/city-overnight-ev-charging-ban/"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("In early July 2025, posts on Facebook and X claimed")
    assert body[-1].endswith('we rate this claim "Mostly False."')
    assert not any(
        line.startswith(("Claim", "What's True", "What's False", "The city of Lakeport banned"))
        for line in body
    )


def test_a_box_headed_by_one_claim_label_is_no_card() -> None:
    box = lxml.html.fragment_fromstring(
        "<div><h3>The claim</h3><p>Posts said the bridge would close for a year.</p>"
        "<p>Engineers said the work would take three weekends.</p></div>"
    )
    assert not is_claim_card(box)
