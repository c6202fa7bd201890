"""A closing paragraph whose link, mid-sentence, offers a free trial of the paid tier and
leads through the subscription pages ("... <a href="/account/subscribe/digital-pass/">Try
The Morning Ledger free for 1 month</a> with unlimited access ...") is the site's pitch and
goes; the story's paragraphs stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = FIXTURES / "broadsheet_closing_free_trial_pitch.html"
_URL = "https://www.morningledger.example/business/2025/11/20/rail-fares-rise-march/"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_closing_free_trial_pitch_goes() -> None:
    body = _body(_PAGE.read_bytes())
    assert body[-1].startswith("A spokesman for the Department for Transport")
    assert not any("free for 1 month" in paragraph for paragraph in body)


def test_a_free_offer_linking_no_subscription_page_stays() -> None:
    # (a story's link to another story that happens to offer something free)
    html = _PAGE.read_bytes().replace(
        b"/account/subscribe/digital-pass/", b"/business/2025/11/19/rail-railcard-offer/"
    )
    assert _body(html)[-1].startswith("Look beyond the headlines")
