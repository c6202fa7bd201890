"""Hosts of URLs, and the original URL a web archive's capture address holds."""

from __future__ import annotations

import pytest

from newsparse.hosts import archived_original, host_of


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
