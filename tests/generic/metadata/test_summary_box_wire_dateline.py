"""A wire's dateline opening the story's first paragraph credits the agency when a summary
box headed as one ("<div class="article-sar"><h2>सार</h2><p>...</p></div>") stands before
the story's text: the box is no first paragraph."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "hindi_portal_summary_box_bhasha.html"


def test_the_dateline_after_a_summary_box_credits_the_wire() -> None:
    # "जयपुर, 4 फरवरी (भाषा)": PTI's Hindi service
    assert parse_fixture(_PAGE).source == "Press Trust of India"


def test_a_box_headed_otherwise_is_still_read_as_the_first_paragraph() -> None:
    # (a section's heading over a paragraph of the story: no summary, the dateline then
    # opens no first paragraph)
    html = (
        (FIXTURES / _PAGE)
        .read_text("utf-8")
        .replace('<h2 class="sar-hd">सार</h2>', '<h2 class="sar-hd">कैबिनेट बैठक</h2>')
    )
    assert parse_html(html).source is None
