"""The page's furniture around a story's last lines: a sign-off written as lines of one
paragraph, a box of files to download and its note on the reader they need, an embedded
card's host line, a closing credit, an ad slot's size label, a blogger's appeal for likes,
another story's card set between paragraphs and a reference list's back-links."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_notice_s_sign_off_lines_and_its_downloads_box_go() -> None:
    body = _body(
        "body/parish_council_notice_downloads.html",
        "http://www.ashcombe-pc.gov.uk/notices/mill_lane.html",
    )
    # the clerk's name, office and date on lines of one paragraph sign the notice; the box of
    # files and its "You will need the free Adobe Reader to view ..." note are the page's
    assert body[-1].endswith("has no say over how the work is carried out.")
    assert body[-2] == "Questions about the work"
    assert len(body) == 5
    assert not any("Adobe" in line or "Downloads" in line for line in body)


def _closing(paragraph: str) -> list[str]:
    story = (
        "<p>The village hall committee has agreed to replace the hall's heating before the "
        "winter, after two years of complaints from the groups that hire it.</p>"
        "<p>The new boiler will be paid for from the hall's reserves and a grant from the "
        "district council, and fitted during the summer closure in August.</p>"
    )
    html = (
        "<html><head><title>Hall heating to be replaced</title></head><body><div id='main'>"
        f"<h1>Hall heating to be replaced</h1>{story}{paragraph}</div></body></html>"
    )
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_a_sign_off_needs_a_name_an_office_and_a_date() -> None:
    signed = _closing("<p>Peter Lanyon<br>Hall Committee Secretary<br>3 March 2007</p>")
    assert len(signed) == 2
    # (an event's lines closing a story name no office: they stay)
    event = _closing("<p>Spring Concert<br>Ashcombe Village Hall<br>3 March 2007</p>")
    assert event[-1] == "Spring Concert\nAshcombe Village Hall\n3 March 2007"


def test_a_subhead_under_the_headline_is_a_standfirst_and_later_ones_are_sections() -> None:
    body = _body(
        "body/company_press_release_subhead.html",
        "http://www.harrowgate-pumps.co.uk/news/2007_09_leeds.htm",
    )
    # the headline's second deck, "<h2 class="subhead">" right under the <h1>, stays out;
    # a section's heading of the same class further down stays
    assert body[0].startswith("Harrowgate Pumps Ltd has opened a pump repair")
    assert "Jobs and training" in body
    assert body[-1] == "Harrowgate plans to open a second regional centre, in Bristol, during 2008."
    assert len(body) == 6


def test_a_short_subhead_under_the_headline_is_a_section_heading() -> None:
    paragraphs = (
        "<p>The district council has approved plans for forty homes on the former dairy site "
        "at the edge of the village, despite objections from the parish council.</p>"
        "<p>Building is expected to start next spring, once the site has been cleared and "
        "the access road from the main street widened.</p>"
    )
    html = (
        "<html><head><title>Dairy site homes approved</title></head><body><div id='main'>"
        "<h1>Dairy site homes approved</h1><h2 class='subhead'>The decision</h2>"
        f"{paragraphs}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0] == "The decision"
