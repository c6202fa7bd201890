"""Lines of a live page that are the feed's, not the story's: its note that it is being
updated ("Der Liveticker wird laufend aktualisiert.") and an entry's badge beside its time
("Key event"), whatever wraps it."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_lines import is_label

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _article(name: str, url: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def test_a_live_ticker_s_update_note_goes() -> None:
    body = _article(
        "liveticker_update_note_de.html",
        "https://moseltal-bote.example/region/hochwasser-mosel-pegel-liveticker-55120931.html",
    ).body.split("\n\n")
    assert "Der Liveticker wird fortlaufend aktualisiert." not in body
    assert body[0] == "Sandsäcke in der Altstadt verteilt"


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("Der Liveticker wird laufend aktualisiert.", True),
        ("Dieser Ticker wird fortlaufend aktualisiert.", True),
        ("Der Newsblog wird laufend aktualisiert.", True),
        ("This live blog will be updated.", True),
        ("Dit liveblog wordt doorlopend bijgewerkt.", True),
        ("Der Liveticker wird laufend aktualisiert, sobald die Polizei Neues meldet.", False),
        ("Laut Stadt wird der Ticker an den Haltestellen laufend aktualisiert.", False),
    ],
)
def test_a_live_feed_s_update_note_is_the_whole_line(line: str, note: bool) -> None:
    assert is_label(line) is note


def test_an_entry_s_badge_in_a_wrapper_of_its_own_goes_with_the_time() -> None:
    body = _article(
        "live_entry_wrapped_badge.html",
        "https://coastaldaily.example/business/live/2025/mar/06/ferry-strike-live-crossings-cancelled",
    ).body.split("\n\n")
    assert "Key event" not in body
    assert body[0] == "Union says talks will not resume before Monday"
    assert "All crossings cancelled until Sunday" in body
    assert body[-1].startswith("Passengers with tickets will be offered a full refund")
