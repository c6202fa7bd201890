"""Lines closing a story that are the site's, not the story's: a Nordic wire's sign-off in
slashes ("/ritzau/", the story's source), a developing story's note that it is being
updated ("Juttua päivitetään."), a premium story's paywall reminder, a market site's note that
its experts' views are their own and its line inviting the reader to download its app."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body_appeals import is_appeal
from newsparse.generic.body_lines import is_label
from newsparse.generic.body_notices import is_page_notice
from newsparse.generic.metadata.bylines import slashed_wire_name
from newsparse.generic.scoring import Unit, score_tree

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _article(name: str, url: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def _unit(markup: str) -> Unit:
    """The unit of a paragraph written as ``markup`` alone in a box."""
    root = lxml.html.fromstring(f"<div>{markup}</div>")
    return score_tree(root).unit_of[root[0]]


def test_a_wire_s_sign_off_in_slashes_goes_and_names_the_source() -> None:
    article = _article(
        "wire_signoff_in_slashes_da.html",
        "https://oestkysten.example/indland/art2201457/Havnebusserne-i-Aarhus-faar-ny-koereplan-fra-august",
    )
    body = article.body.split("\n\n")
    assert body[-1].startswith("Byrådet skal drøfte sagen")
    assert "/ritzau/" not in body
    # (no byline nor declared author names the agency: its sign-off alone does)
    assert article.source == "Ritzau"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("/ritzau/", "Ritzau"),
        ("/NTB/", "NTB"),
        ("/TT/", "TT"),
        ("/ritzau/AFP", "Ritzau"),  # (the foreign agency it drew on after it)
        # (no agency between the slashes, or more than agencies after them)
        ("/kbh/", None),
        ("/ritzau/ Foto: Jens Holm", None),
    ],
)
def test_a_sign_off_in_slashes_names_an_agency_only(line: str, agency: str | None) -> None:
    assert slashed_wire_name(line) == agency


def test_a_developing_story_s_update_note_goes_but_the_sentence_naming_updates_stays() -> None:
    body = _article(
        "developing_story_update_note_fi.html", "https://jarviseutu.example/uutiset/3-20250614"
    ).body.split("\n\n")
    assert "Juttua päivitetään." not in body
    # (the same words opening a sentence of the story are the story's)
    assert body[-1].startswith("Poliisi selvittää palon syttymissyytä. Juttua päivitetään, kun")


def test_a_newsroom_s_note_that_it_updates_the_story_goes() -> None:
    body = _article(
        "newsroom_update_note_sv.html",
        "https://norrkanalen.example/nyheter/lokalt/vattenlacka-stanger-simhallen-i-gavle",
    ).body.split("\n\n")
    assert "Norrkanalen Nyheter uppdaterar artikeln." not in body
    assert body[-1].startswith("– Vi vet i dag inte hur länge hallen blir stängd")


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Juttua päivitetään.", True),
        ("Artikeln uppdateras.", True),
        ("Saken oppdateres.", True),
        ("Artiklen opdateres løbende.", True),
        ("Der Artikel wird aktualisiert.", True),
        ("This is a developing story and will be updated.", True),
        ("(This story will be updated.)", True),
        ("NRK Vestland oppdaterer saken.", True),
        ("Juttua päivitetään, kun poliisi tiedottaa lisää.", False),
        ("Polisen meddelar att kommunen nu uppdaterar artikeln om badhuset.", False),
        ("The council said this story will be updated in its next report.", False),
    ],
)
def test_an_update_note_is_the_whole_line(line: str, note: bool) -> None:
    assert is_label(line) is note


def test_a_premium_story_s_paywall_reminder_goes() -> None:
    body = _article(
        "premium_reminder_closing_story.html",
        "https://baycourier.example/bay-of-plenty-news/tauranga-ferry-trial-extended-after-strong-summer-demand/N3QKX7Z/",
    ).body.split("\n\n")
    assert body[-1] == "A decision on a permanent service is expected in November."
    assert not any("Premium article" in line for line in body)


def test_a_market_site_s_views_disclaimer_and_app_line_go_after_the_story() -> None:
    body = _article(
        "market_story_disclaimer_and_app_line.html",
        "https://www.marketpulse.example/news/markets/closing-bell-sensex-snaps-rally-metal-stocks-slide-4471023.html",
    ).body.split("\n\n")
    assert body[-1].startswith("Traders will watch the inflation data")
    # (a sentence of the story naming an app to download, no store linked, stays)
    assert any("can download the exchange's own app" in line for line in body)
    assert len(body) == 5


def test_experts_views_are_their_own_is_a_platform_s_disclaimer() -> None:
    assert is_page_notice(
        _unit(
            "<p><strong>Disclaimer:</strong> The views and investment tips expressed by investment"
            " experts on MarketPulse are their own and not those of the website or its"
            " management.</p>"
        )
    )
    # (a story's sentence on views expressed by others is no disclaimer)
    assert not is_page_notice(
        _unit("<p>Analysts said the views expressed by investors at the meeting were mixed.</p>")
    )


def test_a_line_linking_an_app_store_and_asking_to_download_the_app_is_an_appeal() -> None:
    store = "https://play.google.com/store/apps/details?id=example.news"
    assert is_appeal(
        _unit(
            '<p>Find the latest market news and stock quotes on <a href="/">MarketPulse</a> or'
            f' download the <a href="{store}">MarketPulse App</a> to stay updated!</p>'
        )
    )
    # (a sentence saying an app is free to download, the store linked, is the story's)
    assert not is_appeal(
        _unit(
            "<p>The council's new parking app is free to download from"
            f' <a href="{store}">Google Play</a> and works across the city centre.</p>'
        )
    )
