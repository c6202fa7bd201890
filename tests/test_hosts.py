"""Hosts of URLs, and the original URL a web archive's capture or an AMP cache's address holds."""

from __future__ import annotations

import pytest

from newsparse.hosts import archived_original, host_of, original_url


def test_host_of_drops_www_and_case() -> None:
    assert host_of("https://WWW.Harbour.example/news/") == "harbour.example"
    assert host_of("not a url") is None


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://web.archive.org/web/20150312094512/http://www.valleyecho.example/a.html",
            "http://www.valleyecho.example/a.html",
        ),
        # a mode after the timestamp, a query kept
        (
            "https://web.archive.org/web/20150312094512id_/https://x.example/story?id=7",
            "https://x.example/story?id=7",
        ),
        # a pywb collection's address, the original's "//" folded
        (
            "http://archive.example/wayback/20200101000000/http:/site.example/x",
            "http://site.example/x",
        ),
        ("https://site.example/2024/05/12/story", None),  # a dated path is no capture
        ("https://site.example/web/2024/story", None),
        (None, None),
    ],
)
def test_the_original_url_of_a_web_archive_capture(url: str | None, original: str | None) -> None:
    assert archived_original(url) == original


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://www-paper-example.cdn.ampproject.org/c/s/www.paper.example/a/story.amp",
            "https://www.paper.example/a/story.amp",
        ),
        (
            "https://www.google.com/amp/s/paper.example/a/story?x=1",
            "https://paper.example/a/story?x=1",
        ),
        ("https://www.google.com/amp/paper.example/a/story", "http://paper.example/a/story"),
        ("https://www.google.com/search?q=amp", None),
        ("https://paper.example/c/s/other.example/a", None),
    ],
)
def test_the_publisher_s_url_an_amp_cache_serves(url: str, original: str | None) -> None:
    assert original_url(url) == original
