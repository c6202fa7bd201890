"""A Condé Nast-style interview: every paragraph classed "paywall", the interviewer's short
questions among them; a pull quote and a video card set between the answers, both classed by
styled components ("PullQuoteWrapper-hQzTnV", "VideoTitle-gHnRwZ")."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.quarterlyreview.example/story/potter-who-learned-to-wait"


def _body(html: str) -> list[str]:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def _page() -> str:
    return (FIXTURES / "magazine_interview_styled_components.html").read_text(encoding="utf-8")


def test_short_questions_classed_as_the_story_paragraphs_stay() -> None:
    body = _body(_page())
    assert "How did you start?" in body
    assert "Any doubts?" in body
    assert "What comes after the show?" in body
    assert body[1] == "How did you start?"


def test_a_paywall_classed_line_beside_no_such_paragraph_goes() -> None:
    # (the story's paragraphs unclassed: a short line classed "paywall" shares no class
    # with them, and reads as the wall's)
    page = (
        _page()
        .replace('<p class="paywall">', "<p>")
        .replace(
            "</div>\n</div>\n</div>\n</div>\n</article>",
            '<p class="paywall">Already a member?</p>\n</div>\n</div>\n</div>\n</div>\n</article>',
        )
    )
    body = _body(page)
    assert "Already a member?" not in body
    assert body[-1].startswith("A long rest")


def test_a_styled_components_pull_quote_repeating_a_paragraph_goes() -> None:
    body = _body(_page())
    assert not any("clay was telling me" in line and line.startswith("“") for line in body)
    assert body[5].startswith("What changed was slowing everything down")


def test_a_styled_components_pull_quote_repeating_nothing_stays() -> None:
    page = _page().replace(
        "“I remember thinking the clay was telling me to find another job.”",
        "“Patience is a material too.”",
    )
    assert "“Patience is a material too.”" in _body(page)


def test_a_video_cards_title_and_duration_go() -> None:
    body = _body(_page())
    assert not any("Studio Visit" in line for line in body)
    assert body[6].startswith("The kiln itself took her two summers")
    assert len(body) == 9
