"""The headline repeated at the story's head, matched against a decorated <title>."""

from __future__ import annotations

import newsparse
from newsparse.generic.body_titles import with_title_parts

STORY = (
    "<p>The ferry between the two islands will run every hour from May, the operator said on "
    "Friday, after a year in which crossings were cut to four a day for lack of crew.</p>"
    "<p>Islanders had campaigned for the change since the winter, saying the reduced timetable "
    "made it impossible to commute to jobs and schools on the larger island.</p>"
)


def test_first_part_of_a_decorated_title_is_a_headline_hint() -> None:
    assert with_title_parts(["Hourly ferry service returns in May - Chapter 1 - Island News"]) == [
        "Hourly ferry service returns in May - Chapter 1 - Island News",
        "Hourly ferry service returns in May",
    ]
    # a short first part is a section or site label
    assert with_title_parts(["News | Hourly ferry service returns"]) == [
        "News | Hourly ferry service returns"
    ]


def test_heading_repeating_the_first_part_of_the_title_is_dropped_from_the_head() -> None:
    html = (
        "<html><head><title>Hourly ferry service returns in May - Transport - The Island "
        "Courier, your local paper since 1921</title></head><body><div class='post'>"
        f"<h2>Hourly ferry service returns in May</h2>{STORY}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body is not None
    assert body.startswith("The ferry between the two islands")
