"""A story's list of sources: the entries citing a work ("Org. <a>Title</a>.") in a list
classed or headed as the story's sources are its text, not read-also lines."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_cited_entries_of_a_list_of_sources_stay() -> None:
    body = _body(
        "health_news_cited_sources.html",
        "https://www.brightwellhealth.example/saline-spray-recall-9912345",
    )
    assert body[-5:] == [
        "Sources",
        "U.S. Food and Drug Administration. Recalls and safety notices.",
        "National Sinus Institute. Mold and the sinuses.",
        "References",
        "Nasal irrigation: Safe use at home. (2024). https://www.nih.example/nasal-irrigation",
    ]
