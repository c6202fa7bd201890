"""A trade magazine's event teaser whose BEM modifier names a webinar ("event-teaser
event-teaser--webinar": its label, linked title, date, sponsor and button) between the
paragraphs goes, as a "webinar-promo" does; so does the site's German notice on reprinting
its stories closing the story ("Diese Inhalte sind urheberrechtlich geschützt und dürfen
nicht kopiert werden. ... nehmen Sie bitte Kontakt auf"), while a story's sentence holding
one such wording stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.classes import token_kind
from newsparse.generic.cues.kinds import Kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.energiewende-praxis.example/2025/04/08/waermepumpen-absatz-zieht-wieder-an/"
_FIXTURE = "trade_magazine_event_teaser_and_german_copyright_notice.html"


def _body(html: str | bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_webinar_event_teaser_between_paragraphs_goes() -> None:
    body = _body((FIXTURES / _FIXTURE).read_bytes())
    assert not any("Webinar" in line or "Altbau" in line or "Uhr" in line for line in body)
    assert len(body) == 6
    assert body[3].startswith("Regional wuchs der Absatz")


def test_the_german_reprint_terms_closing_the_story_go() -> None:
    body = _body((FIXTURES / _FIXTURE).read_bytes())
    assert body[-1].startswith("Für das Gesamtjahr rechnet der Verband")
    assert not any("urheberrechtlich" in line for line in body)


def test_a_story_s_sentence_naming_the_copyright_stays() -> None:
    html = (FIXTURES / _FIXTURE).read_text()
    sentence = (
        "Die Baupläne der neuen Anlage sind urheberrechtlich geschützt, sagte der Hersteller, "
        "der seine Technik deshalb auch in anderen Ländern anbieten will."
    )
    html = html.replace(
        '<div class="ewp-copyright-notice">', f"<p>{sentence}</p>" + '<div class="x">', 1
    )
    assert sentence in _body(html)


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("event-teaser--webinar", Kind.APPEAL),
        ("webinar-teaser", Kind.APPEAL),
        # (an event teaser of no webinar names no furniture by its class alone)
        ("event-teaser", None),
        ("event-teaser--konferenz", None),
    ],
)
def test_webinar_teaser_tokens(token: str, kind: Kind | None) -> None:
    assert token_kind(token) is kind
