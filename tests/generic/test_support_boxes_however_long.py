"""A reader-revenue appeal after the story or between its paragraphs goes however much prose
it holds, whatever its class, when a button to the page where readers give or subscribe
closes it: a WordPress newsroom's box after its entry content ("Before You Go", two
paragraphs, "<a href="/donate/">Donate Now</a>"), a SPIP site's donation call whose button
leads to a giving host ("<a href="https://dons.example/">Je soutiens ...</a>"), a news site's
contribution box closed by "Learn More" and "Support The Herald" to "/contribute/", and a
games site's paid-tier box closed by a button to its "/plus/" section ("Jetzt Plus
testen"). A box whose closing link asks for nothing stays; so does one of the story's own."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_WORDPRESS = FIXTURES / "wordpress_support_box_after_entry_content.html"
_SPIP = FIXTURES / "spip_share_bar_and_donation_call.html"
_JOURNAL = FIXTURES / "journal_contribution_box_two_links.html"
_GAMES = FIXTURES / "games_site_plus_teaser_between_paragraphs.html"


def _body(html: bytes, url: str) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _wordpress(html: bytes) -> list[str]:
    return _body(html, "https://tidewaterclimate.example/news/09042025/wetland-bank-delta/")


def _spip(html: bytes) -> list[str]:
    return _body(html, "https://terrevive.example/Dans-la-Drome-une-riviere")


def _journal(html: bytes) -> list[str]:
    return _body(html, "https://www.westernherald.example/galway-late-night-bus-6512345")


def _games(html: bytes) -> list[str]:
    return _body(html, "https://www.spielwelt.example/flusswerk-test,3412345.html")


def test_a_long_donation_box_after_the_entry_content_goes() -> None:
    body = _wordpress(_WORDPRESS.read_bytes())
    assert body[0].startswith("BAYOU CROSS, La.")
    assert body[-1].startswith("Parish officials said they would watch")
    assert not any("Before You Go" in line or "chip in" in line for line in body)
    assert not any("Donate Now" in line for line in body)


def test_the_box_closed_by_a_link_that_asks_for_nothing_stays() -> None:
    html = _WORDPRESS.read_bytes().replace(
        b'href="https://tidewaterclimate.example/donate/?source=story">Donate Now',
        b'href="https://tidewaterclimate.example/about/">Read about our newsroom',
    )
    body = _wordpress(html)
    assert any("thousands of readers chip in" in line for line in body)


def test_a_share_bar_and_a_donation_call_of_spip_go() -> None:
    body = _spip(_SPIP.read_bytes())
    assert body[0].startswith("Pendant un demi-siècle")
    assert body[-1].startswith("Le prochain bilan")
    assert not any("Partager sur" in line for line in body)
    assert not any("dons de ses lectrices" in line or "Merci." in line for line in body)


def test_a_donation_call_to_a_giving_host_goes_whatever_its_class() -> None:
    html = _SPIP.read_bytes().replace(
        b'<div class="appel-don" id="appel-don">', b'<div class="encadre-fin">'
    )
    body = _spip(html)
    assert body[-1].startswith("Le prochain bilan")
    assert not any("Je soutiens" in line or "Merci." in line for line in body)


def test_a_contribution_box_closed_by_two_links_goes() -> None:
    body = _journal(_JOURNAL.read_bytes())
    assert body[-1].startswith("The authority said the pilot would be reviewed")
    assert not any("Readers like you" in line or "paywall" in line for line in body)


def test_a_link_to_the_contribute_page_in_other_words_closes_no_support_box() -> None:
    # ("contribute" also names where writers pitch the site: the link's words must ask for
    # backing)
    html = _JOURNAL.read_bytes().replace(b">Support The Herald<", b">Write for the Herald<")
    body = _journal(html)
    assert any("monthly contribution" in line for line in body)


def test_a_paid_tier_box_between_paragraphs_goes_with_its_title() -> None:
    body = _games(_GAMES.read_bytes())
    assert "Schwache Kampagne, starkes Endlosspiel" in body
    assert any(line.startswith("Im Endlosmodus") for line in body)
    assert not any("Spielwelt Plus" in line or "Plus testen" in line for line in body)


def test_a_button_to_the_plus_section_offering_no_trial_closes_no_box() -> None:
    html = _GAMES.read_bytes().replace(b">Jetzt Plus testen<", b">Alle Plus-Artikel<")
    body = _games(html)
    assert any("Ohne Werbung lesen" in line for line in body)
