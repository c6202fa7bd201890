"""A partner newsroom's italic note at the story's top that asks the reader to sign up, in
its second sentence, and links to a newsletter's page ("... Sign up to get <a
href='/newsletters/...'>our sharpest investigations</a> ...") is an appeal and goes; the
italic partnership note after it stays, and so does an italic line of the story that tells
readers to sign up for something at a page that is no newsletter's."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.prairiecourier.example/news/state-auditors-find-county-skipped-water-tests"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> bytes:
    return (FIXTURES / "drupal_partner_newsroom_signup_note.html").read_bytes()


def test_an_italic_sign_up_note_linking_a_newsletter_page_goes() -> None:
    body = _body(_page())
    assert not any("Sign up to get" in line for line in body)
    assert body[0].startswith("This story was reported in partnership")
    assert body[-1].startswith("The audit recommends")


def test_an_italic_line_asking_to_sign_up_at_another_page_stays() -> None:
    body = _body(_page())
    assert any(line.startswith("Parents at the 14 schools can sign up") for line in body)


def test_the_note_stays_when_its_link_leads_to_no_newsletter_page() -> None:
    html = _page().replace(b"/newsletters/weekly-ledger", b"/investigations/water")
    assert _body(html)[0].startswith("The Open Record is a nonprofit newsroom")
