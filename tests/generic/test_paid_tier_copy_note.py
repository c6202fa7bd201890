"""A note at the story's edge that it is also offered to a paid tier's subscribers ("This
article is also available to POLITICO Pro Trade subscribers. <a>Find out more about Pro
Trade.</a>"), or ran there first, is the site's, not the story's, and goes; the story's own
sentence on who saw it first stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.capitalwire.example/article/ports-eu-customs-data-hub-timeline/"

_STORY = "".join(
    f"<p>The harbour board met on day {day} of the session and approved one more line of"
    " the sea wall budget after a long debate among its members.</p>"
    for day in range(1, 5)
)


def _body() -> list[str]:
    html = (FIXTURES / "paid_tier_copy_note_opening_story.html").read_bytes()
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_the_note_opening_the_story_goes() -> None:
    body = _body()
    assert body[0].startswith("ROTTERDAM — Europe's largest ports")
    assert not any("Pro Customs" in paragraph for paragraph in body)


def test_the_story_s_own_sentence_on_who_saw_it_first_stays() -> None:
    body = _body()
    assert len(body) == 5
    assert body[-1].startswith("This story was first published to a small group")


@pytest.mark.parametrize(
    "note",
    [
        "<p><em>First published to Harbour Ledger Pro subscribers on May 30. <a "
        "href='/pro/'>Get a free demo.</a></em></p>",
        "<p><em>Dieser Artikel ist zuerst für Abonnenten von Hafen.Briefing erschienen.</em></p>",
        "<p><i>Cet article a d'abord été publié pour les abonnés de Ports Pro.</i></p>",
    ],
)
def test_the_note_closing_the_story_goes(note: str) -> None:
    html = (
        "<html><body><article><h1>Harbour budget</h1>"
        f"<div class='body'>{_STORY}{note}</div></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert len(body) == 4
    assert body[-1].startswith("The harbour board met on day 4")
