"""A reader-revenue appeal after the story ("We have a small favour to ask", the Guardian's
epic under the tag list, in slot wrappers of its own, no class naming it) goes however much
prose it holds, and its prose does not make the story's block grow to the whole
``<article>``: the standfirst under the headline stays out."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.theguardian.com/music/2025/apr/14/harbour-quartet-review-hall-for-cornwall"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / "guardian_dcr_review_epic_after_submeta.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "epic_class",
    [
        "dcr-2ep9cc",  # (hashed: the heading's words name it)
        "contributions-epic",  # (named by its class, two bare wrappers down)
    ],
)
def test_the_appeal_goes_and_the_standfirst_stays_out(epic_class: str) -> None:
    body = _body(_page().replace('class="dcr-2ep9cc"', f'class="{epic_class}"'))
    assert body[0].startswith("The Harbour Quartet open with a song")
    assert body[-1] == "At Cornwall Folk festival, Wadebridge, on 24 May."
    assert len(body) == 6
    assert not any("Hall for Cornwall" in paragraph for paragraph in body)
    assert not any("small favour" in paragraph for paragraph in body)
