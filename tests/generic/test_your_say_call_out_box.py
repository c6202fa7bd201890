"""A short box opened by a heading asking readers for their views ("<div
class="...yourSay..."><h3>What do you think?</h3><p>... Email your views to <a
href="mailto:...">...</a> ...</p></div>") is a call-out to readers and goes whole, whatever
its class. A story's own section headed "What do you think?" over its text, no e-mail link,
stays."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.body_cues import CALL_OUT_HEADINGS
from newsparse.generic.labels import normalise

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = "https://www.youngreporter.example/news/school/should-schools-swap-homework-for-reading"


def _body() -> list[str]:
    html = (FIXTURES / "kids_magazine_your_say_box.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_your_say_box_with_an_email_link_goes_whole() -> None:
    body = _body()
    assert not any("Email your views" in line for line in body)
    assert (
        body[-1]
        == "The schools will decide in the summer whether to keep the new plan for next year."
    )


def test_a_story_section_headed_what_do_you_think_stays() -> None:
    body = _body()
    heading = body.index("What do you think?")
    assert body[heading + 1].startswith("That is the question the schools put")
    assert body[heading + 2].startswith("Some parents were less sure")


def test_views_headings_are_call_out_headings_in_several_languages() -> None:
    for heading in ("What do you think?", "Qu'en penses-tu ?", "Was meinst du?", "¿Qué opinas?"):
        assert normalise(heading) in CALL_OUT_HEADINGS
