"""Where a promo inside the story ends: a read-also block ends at its last link (the story's
subheading after it stays), and a bold line closing the story over a video playlist is the
embed's label."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_URL = (
    "https://portalinterior.example/sp/campinas/noticia/2025/02/11/temporal-derruba-arvores.ghtml"
)


def _body() -> list[str]:
    html = (FIXTURES / "portal_update_read_also_and_video_label.html").read_bytes()
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry()).body.split("\n\n")


def test_a_read_also_block_ends_at_its_last_link() -> None:
    body = _body()
    assert not any(line.startswith(("VEJA TAMBÉM", "Campinas tem o fevereiro")) for line in body)
    assert body[2] == "Regiões mais atingidas"
    assert body[3].startswith("Segundo a Defesa Civil")


def test_a_bold_line_over_a_closing_video_playlist_goes() -> None:
    body = _body()
    assert body[-1].startswith("A previsão para quarta-feira")
    assert len(body) == 9


def test_a_hindi_app_download_promo_after_the_story_stays_out() -> None:
    # ("डाउनलोड करें ... App": download the app; then a line of the site's news in Hindi)
    html = (FIXTURES / "hindi_app_promo_after_story.html").read_bytes()
    url = "https://janprahari.example/desh/railway-tatkal-booking-new-time-2025-03-10"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body
    assert body.endswith("चिंता भी जताई है।")
    assert "डाउनलोड करें" not in body
    assert "live update" not in body


def test_a_promo_named_by_the_heading_that_labels_it_goes_whole() -> None:
    # "<section class="ws-1ve2c2u" aria-labelledby="podcast-promo"><h2 id="podcast-promo">
    # Podcast</h2><a>...</a><p>End of Podcast</p></section>" between the story's paragraphs:
    # its classes are hashed, its heading's id names it, and its closing line goes with it
    html = (FIXTURES / "world_service_podcast_promo.html").read_bytes()
    url = "https://www.worldservice.example/news/articles/c7kq2m9x4plo"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert not {"Podcast", "End of Podcast", "Episodes"} & set(body)
    assert not any("The Morning Edition" in line for line in body)
    assert body[1].startswith("The union said nine in ten members")
    assert body[2].startswith("Island councils warned")
    assert body[-1].startswith("Crew members say the longer runs")


@pytest.mark.parametrize("label", ["לקריאה נוספת", "כתבה נוספת", "עוד באתר"])
@pytest.mark.parametrize("name", ["c-inline-teaser", "box"])
def test_a_hebrew_read_also_line_between_paragraphs_goes(label: str, name: str) -> None:
    # "<div class="c-inline-teaser"><span>לקריאה נוספת</span><a>...?</a></div>" ("for further
    # reading") between an interview's answer and its next question: a read-also line, its
    # title no question however it ends
    html = (FIXTURES / "he_culture_inline_teaser.html").read_text("utf-8")
    page = html.replace("לקריאה נוספת", label).replace('"c-inline-teaser"', f'"{name}"')
    url = "https://www.tarbut-daily.example/culture/theater/2025-04-02/article/a1b2c3"
    body = newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert not any("מוזיאון הנמל בחיפה" in line for line in body)
    assert len(body) == 7
    assert body[3] == "מה ישתנה באולם המשופץ?"


def test_a_web_story_player_between_paragraphs_is_no_paragraph_nor_related() -> None:
    # "<amp-story-player><a href=".../stories/...">Eight folk festivals ...</a>": a promo
    # of another story set between the answers, its link only the player's fallback
    html = (FIXTURES / "amp_interview_story_player.html").read_bytes()
    article = newsparse.parse(
        html,
        url="https://www.dalereview.example/culture/2025/4/2/maren-holt-interview-2210.html",
        registry=newsparse.Registry(),
    )
    body = article.body.split("\n\n")
    assert "Eight folk festivals to visit this summer" not in body
    assert body[-2] == "What comes next?"
    assert len(body) == 7
    assert not any("/stories/" in link.url for link in article.related)


def test_an_inline_video_player_between_paragraphs_leaves_no_line() -> None:
    # "<div class="inline-video">" with its placeholder's notices ("Video Unavailable",
    # "The video will auto-play soon5Cancel", "Play now"): the player's, not the story's
    html = (FIXTURES / "court_story_inline_video_player.html").read_bytes()
    body = newsparse.parse(
        html,
        url="https://www.riversidepost.example/news/van-driver-jailed-31050",
        registry=newsparse.Registry(),
    ).body.split("\n\n")
    assert body[1].startswith("Gareth Pollard, 41,")
    assert body[2].startswith("The cyclist, a 58-year-old")
    assert len(body) == 6
