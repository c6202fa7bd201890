"""A source line closing the story ("Πηγή: ΑΠΕ-ΜΠΕ") still closes it when a line asking
readers to follow the site on a news reader or a messaging app follows it ("Ακολουθήστε το
kykladesnews.gr στο Google News ..."): that line is furniture, no more of the story."""

from __future__ import annotations

from metadata_pages import FIXTURES, parse_fixture, parse_html

_PAGE = "greek_portal_source_line_before_follow_appeal.html"
_APPEAL_OPENING = "<p>Ακολουθήστε το "


def test_a_follow_appeal_after_the_source_line_leaves_the_source() -> None:
    article = parse_fixture(_PAGE)
    assert article.source == "ANA-MPA"
    assert "Google News" not in article.body


def test_story_prose_after_the_source_line_still_ends_it_as_a_closing_line() -> None:
    html = (
        (FIXTURES / _PAGE)
        .read_text("utf-8")
        .replace(
            _APPEAL_OPENING,
            "<p>Η δημοτική επιχείρηση θα ανακοινώσει αργότερα το χειμερινό πρόγραμμα της"
            " γραμμής και τις στάσεις στα χωριά της ενδοχώρας.</p><p>Ακολουθήστε το ",
        )
    )
    assert parse_html(html).source is None
