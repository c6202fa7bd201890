"""A broadcaster's note under its interviews that its guests' words are their own views, not
the station's ("Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder",
"... does not necessarily share the views of its interviewees"), goes; a story's sentence on
someone disowning another's remarks stays."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.body_cues import OPINION_DISCLAIMER

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.radionordwelle.example/stadtbaeume-im-hitzesommer-wir-giessen-gegen-die-zeit-100.html"


def _body(html: bytes) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_broadcaster_s_closing_note_on_its_guests_views_goes() -> None:
    body = _body((FIXTURES / "radio_interview_guests_views_note.html").read_bytes())
    assert body[-1].startswith("Sievers: In manchen Vierteln sehr gut")
    assert not any("Gesprächspartner" in line for line in body)


def test_the_note_in_english_is_a_views_disclaimer() -> None:
    note = (
        "Northwave Radio does not necessarily share the views of its interviewees. The views"
        " of our guests are their own."
    )
    assert OPINION_DISCLAIMER.search(note.casefold()) is not None


def test_a_story_s_sentence_on_disowned_remarks_is_no_disclaimer() -> None:
    line = (
        "Die Landesregierung macht sich die Äußerungen des Staatssekretärs nicht zu eigen,"
        " sagte ein Sprecher am Montag."
    )
    assert OPINION_DISCLAIMER.search(line.casefold()) is None
