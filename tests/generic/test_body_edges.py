"""Head, tail and label rules on rendered paragraphs."""

from __future__ import annotations

from newsparse.generic.body_edges import is_label, trim_paragraphs

STORY = (
    "The harbour authority approved the new breakwater on Monday after two years of public "
    "consultation and three revised designs."
)


def test_labels_and_share_buttons_in_several_languages() -> None:
    assert is_label("Advertisement")
    assert is_label("ANZEIGE")
    assert is_label("Share this on WhatsApp")
    assert is_label("Partager sur Facebook")
    assert not is_label(
        "Share prices fell sharply on Monday after the bank's results were published."
    )
    assert not is_label("Del 1 al 5 de mayo")


def test_head_of_a_br_layout_loses_title_byline_and_date_but_keeps_the_story() -> None:
    paragraphs = [
        "Harbour board approves breakwater",
        "Por Ana Ruiz",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
        STORY,
        "Work will start in 2025.",
        "Compartilhe no Twitter",
    ]
    assert trim_paragraphs(paragraphs, ["Harbour board approves breakwater | Port News"]) == [
        STORY,
        "Work will start in 2025.",
    ]


def test_a_page_without_prose_keeps_its_short_lines() -> None:
    assert trim_paragraphs(["Test Case 1", "Test Case 2"], []) == ["Test Case 1", "Test Case 2"]
