"""A Dotdash Meredith story (People's make): the "NEED TO KNOW" list opening it is its
summary and goes; the line that signs the reader up to "<site>'s free daily newsletter"
between its paragraphs goes (the site's name in the possessive, as "our" would be); and the
"Related Articles" box in the footer after a sticky player titled "Trending Videos" is
related: the player's title heads the player, not the labelled box after it."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://starwatch.example/mara-quinn-joel-avery-welcome-twins-11804512"
_NAME = "dotdash_celebrity_story_need_to_know.html"


def _parse(html: bytes | None = None) -> newsparse.Article:
    html = (FIXTURES / _NAME).read_bytes() if html is None else html
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())


def _body(html: bytes | None = None) -> list[str]:
    return _parse(html).body.split("\n\n")


def test_the_need_to_know_list_opening_the_story_goes() -> None:
    body = _body()
    assert "NEED TO KNOW" not in body
    assert not any(line.startswith("The couple shared the news") for line in body)
    assert body[0] == "Mara Quinn and Joel Avery are now a family of four."


def test_a_linked_sign_up_to_the_sites_newsletter_goes() -> None:
    body = _body()
    assert not any(line.startswith("Never miss a story") for line in body)
    assert body[3].startswith("Avery, 39, posted")


def test_a_sentence_naming_a_newsletter_without_a_link_stays() -> None:
    html = (FIXTURES / _NAME).read_bytes()
    html = html.replace(
        b'<a href="https://starwatch.example/newsletters" data-component="link">'
        b"STARWATCH's free daily newsletter</a>",
        b"STARWATCH's free daily newsletter",
    )
    assert any(line.startswith("Never miss a story") for line in _body(html))


def test_the_footers_related_articles_are_related() -> None:
    assert [link.url for link in _parse().related] == [
        "https://starwatch.example/celebrity-twins-born-2025-11790233",
        "https://starwatch.example/joel-avery-tallow-cookbook-interview-11771840",
        "https://starwatch.example/harbor-lights-season-two-cast-11763309",
    ]
