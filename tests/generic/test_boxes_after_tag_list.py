"""Short boxes after the story's tag list are the site's, however many stand between the
list and the last of them (Newsquest's "get-involved-box" then "ipso-box"): they stay out."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_NAME = "boxes_after_tag_list_newsquest.html"
_URL = "https://www.westerngazette.example/news/25712044.ferry-operator-confirms-winter-timetable-island-routes/"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_short_boxes_after_the_tag_list_stay_out() -> None:
    body = _body((FIXTURES / _NAME).read_text(encoding="utf-8"))
    assert body[0].startswith("The island ferry operator has confirmed its winter timetable")
    assert body[-1].startswith("A spokesperson added that bookings for the winter sailings")
    assert "Send your stories and photos now" not in body
    assert not any(line.startswith("This website and associated newspapers") for line in body)


def test_a_long_box_after_the_tag_list_is_no_notice() -> None:
    html = (FIXTURES / _NAME).read_text(encoding="utf-8")
    start = html.index('<div class="ipso-box">')
    end = html.index("</div>", start) + len("</div>")
    long_line = (
        "The ferry committee will hold a public meeting in the village hall on the main island"
        " next Thursday evening, when the operator's chief executive and the council's head of"
        " transport will answer questions on the timetable, the chartered vessel and the works"
        " at the northern pier; islanders who cannot attend can send their questions in advance"
        " to the committee's secretary, who will read them out at the meeting and publish the"
        " answers on the committee's noticeboard."
    )
    assert len(long_line) > 400
    body = _body(html[:start] + f'<div class="ipso-box"><p>{long_line}</p></div>' + html[end:])
    assert long_line in body
