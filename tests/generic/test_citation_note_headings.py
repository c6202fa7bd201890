"""How-to-cite notes after the story go under their headings in other languages too
("Zitiervorschlag" over the suggested citation, and the box pointing to its explanation);
the story's last paragraph stays."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.rechtsblick.example/recht/nachrichten/n/ovg-2a1425-dachgauben-denkmalbereich-ausnahme/"


def test_a_german_citation_box_after_the_story_goes() -> None:
    html = (FIXTURES / "legal_news_citation_box.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("Die Revision hat das OVG nicht zugelassen.")
    assert not any("Zitiervorschlag" in line or "abgerufen am" in line for line in body)


def test_citation_headings_in_several_languages_are_notes() -> None:
    for heading in ("Zitiervorschlag", "Zitierweise", "Citer cet article", "Cómo citar"):
        assert heading_kind(heading) is Kind.NOTES, heading
