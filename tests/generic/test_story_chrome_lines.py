"""Lines of the page's chrome set inside or right after a story: a podcast player's tool line
and a subscribe bar's buttons, a transcript's toggle label, a paginated story's pointer to
its next page, a wire reporter's follow line, a media player's box (its title, play button and
duration), a wire's media markers after the story ("(foto) (vídeo)"), a
sign-off repeating the byline over its desk ("Redacción Medellín")."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import SCRIPT_NOTICE_HINT, SCRIPT_NOTICE_PHRASES
from newsparse.generic.body_lines import is_label

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _body_with(name: str, line: str, replacement: str, url: str | None = None) -> list[str]:
    """The body of the fixture ``name`` with its ``line`` written as ``replacement``."""
    html = (FIXTURES / name).read_text(encoding="utf-8").replace(line, replacement)
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_podcast_player_s_tool_line_and_subscribe_buttons_go() -> None:
    body = _body(
        "podcast_episode_player_links.html",
        "https://transitdeskpod.example/ep-87-who-pays-for-the-bus/",
    )
    assert body[0].startswith("Fares cover less than a fifth")
    assert body[2] == "Transcript"  # (the section's heading stays)
    assert not any(
        "Play in new window" in line or line.startswith(("Listen on", "Watch on")) for line in body
    )
    assert len(body) == 7


def test_a_transcript_s_toggle_label_goes_and_the_transcript_stays() -> None:
    body = _body(
        "daily_podcast_transcript_toggle.html",
        "https://www.northbayledger.example/podcasts/morning-ledger/2025/03/18/ferry-terminal-costs/",
    )
    assert "Show transcript" not in body
    assert body[3].startswith("Ama Quist: From the Northbay Ledger")
    assert body[-1].startswith("Felix Ramsden: Mostly into the piles.")


def test_a_paginated_story_s_pointer_to_its_next_page_goes() -> None:
    body = _body(
        "paginated_story_next_page_line.html",
        "https://millbrooksentinel.example/2025/06/02/library-hours-shrink-county-budget/2/",
    )
    assert len(body) == 4
    assert body[-1].startswith("Several residents asked the board to look for grants")
    assert not any("next page" in line for line in body)


def test_a_sentence_about_a_page_of_a_document_stays() -> None:
    line = (
        "<p>The auditor's letter continues on page 14, where the county's reserve fund is "
        "shown to have fallen by a third since 2021.</p>"
    )
    prose = (
        "<p>The county's budget office said the shortfall was expected and would be covered "
        "by the reserve fund, which still holds about four months of operating costs.</p>"
    )
    html = (
        "<html><head><title>Audit</title></head><body><article><h1>Audit</h1>"
        f"<div class='article-body'>{prose}{line}{prose}</div></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "continues on page 14" in body


def test_a_wire_reporter_s_follow_line_goes() -> None:
    body = _body(
        "wire_story_follow_reporter_line.html",
        "https://www.prairiecourier.example/news/national/drought-shrinks-barge-loads/article_4f1c.html",
    )
    assert not any("@hmercer_ap" in line for line in body)
    assert body[4].startswith("“We have seen this movie before")


def test_a_follow_button_s_line_naming_the_author_s_opinions_goes() -> None:
    # an opinion page's "Follow <a>Name</a><span>’s opinions</span><button>Follow</button>"
    # set between the column's paragraphs: a prompt to follow the writer, not the column's
    body = _body(
        "opinion_follow_author_button_line.html",
        "https://www.harborledger.example/opinions/2025/05/12/bus-shelters-afterthought/",
    )
    assert not any("opinions" in line for line in body)
    assert body[2].startswith("A shelter is not a luxury.")
    assert len(body) == 5


def test_a_sentence_opening_with_follow_stays() -> None:
    line = (
        "<p>Follow the river trail on foot to the old mill, then take the stairs up to the "
        "ridge, where the county plans its new lookout.</p>"
    )
    prose = (
        "<p>The parks department said the lookout would open next spring if the state grant "
        "comes through, and that the trail would stay open during construction.</p>"
    )
    html = (
        "<html><head><title>Trail</title></head><body><article><h1>Trail</h1>"
        f"<div class='article-body'>{prose}{line}{prose}</div></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "Follow the river trail on foot" in body


def test_a_media_player_s_box_goes_whole_between_the_story_s_paragraphs() -> None:
    body = _body(
        "broadcaster_story_media_players.html",
        "https://www.kystradioen.example/nyheder/region/derfor-lukker-faergelejet-i-havnsoe",
    )
    # (each player's title, button and duration go; the subheading after one stays)
    assert not any(
        line.startswith(("Lyt:", "Se:")) or line in {"28 min.", "3:45", "Afspil"} for line in body
    )
    assert body[2] == "Kommunen lover ekstra afgange"
    assert body[5].startswith("Ifølge kommunens tekniske forvaltning")
    assert len(body) == 7


def test_a_wire_s_media_markers_closing_the_story_go() -> None:
    body = _body(
        "wire_story_media_markers.html",
        "https://www.diariodelplata.example/america/2025/04/02/uruguay-adelanta-la-campana-de-vacunacion/",
    )
    assert body[-1].endswith("no llegó al 60 %. EFE")
    assert len(body) == 4


def test_chinese_editor_credits_with_a_space_for_the_colon_close_no_story() -> None:
    # "编辑 吴佳宁", "校对 郑晓": the editor's and proofreader's credits, a space after the label
    body = _body(
        "zh_spaced_editor_credits.html",
        "https://news.beichen.example/s/2025-02-20/doc-ab12cd34.shtml",
    )
    assert body[-1].endswith("低盐低糖的选择。")
    assert not any(line.startswith(("编辑", "校对")) for line in body)


def test_a_closing_sign_off_of_the_author_s_name_and_desk_goes() -> None:
    body = _body(
        "paper_story_desk_signoff.html",
        "https://www.jornadaandina.example/medellin/asi-funcionara-el-nuevo-pico-y-placa-4120",
    )
    assert body[-1].startswith("Quienes incumplan la medida")
    assert len(body) == 4


def test_a_closing_sign_off_of_the_author_s_name_and_place_in_brackets_goes() -> None:
    # "Awa Traoré (Niamey, envoyée spéciale)" last: the byline repeated with where and as what
    # she reported
    body = _body(
        "paper_story_placed_signoff.html",
        "https://www.quotidien-sahel.example/afrique/article/2025/02/11/"
        "au-niger-les-maraichers-du-fleuve-face-a-la-montee-des-eaux_40211.html",
    )
    assert body[-1].startswith("Les coopératives réclament des semences")
    assert len(body) == 4


@pytest.mark.parametrize(
    "credit",
    [
        "Propos recueillis par Issouf Zongo",
        "Entretien réalisé par Issouf Zongo",
        "Entrevista de Issouf Zongo",
        "Interview by Issouf Zongo",
    ],
)
def test_an_interview_s_credit_to_its_interviewer_goes_wherever_it_stands(credit: str) -> None:
    # "Propos recueillis par <name><br>Sahelinfo.example" closing the questions and answers,
    # a note of the story's after it
    body = _body_with(
        "interview_closing_remarks_gathered_by.html",
        "Propos recueillis par Issouf Zongo",
        credit,
        url="https://sahelinfo.example/spip.php?article50231",
    )
    assert body[-2].startswith("Un label de qualité pour notre miel")
    assert body[-1].startswith("Cet entretien a été réalisé en marge")


@pytest.mark.parametrize(
    "credit",
    [
        "Беседовала: Алия Нурланова",
        "Интервью подготовила Алия Нурланова",
        "Suhbatlashdi: Aliya Nurlanova",
        "Сұхбаттасқан: Әлия Нұрланова",
        "Розмовляла Олена Коваль",
        "Rozmawiała Anna Nowak",
        "Ptala se Jana Nováková",
        "Interview by Aliya Nurlanova",
    ],
)
def test_an_interview_s_credit_to_its_interviewer_over_the_questions_goes(credit: str) -> None:
    # "<p><em>Беседовала: <name></em></p>" opening the interview: the verb is the credit's cue
    body = _body_with("interview_head_credit_ru.html", "Беседовала: Алия Нурланова", credit)
    assert body[0].startswith("Летом асфальт в центре города")
    assert len(body) == 7


@pytest.mark.parametrize(
    "credit",
    [
        "Mit Lena Hartwig sprach Jonas Albrecht",
        "Mit ihr sprachen Jonas Albrecht und Mira Sander",
    ],
)
def test_a_german_interview_s_credit_naming_the_interviewee_first_goes(credit: str) -> None:
    # "<p><em>Mit <interviewee> sprach <interviewer></em></p>" closing the questions and
    # answers, a note of the story's after it
    html = (FIXTURES / "interview_closing_credit_de.html").read_text(encoding="utf-8")
    html = html.replace("Mit Lena Hartwig sprach Jonas Albrecht", credit)
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-2].startswith("Wir brauchen eine verlässliche Grundfinanzierung")
    assert body[-1].startswith("Das Gespräch wurde")


def test_every_script_notice_phrase_holds_the_hint_its_search_waits_for() -> None:
    # (the phrases are searched only in a line holding the hint: a phrase without it would
    # never be found)
    assert all(SCRIPT_NOTICE_HINT in phrase for phrase in SCRIPT_NOTICE_PHRASES)
    assert is_label("Please enable JavaScript to view the map.")
    assert not is_label("The site was rebuilt in JavaScript last year, the editors said.")


def test_a_show_s_platform_bar_on_one_line_goes() -> None:
    # a station's show page: "Listen to River Desk: Apple Podcasts | Spotify | RSS" over the
    # story and a bare "Subscribe: Apple Podcasts | Spotify" after it are the show's buttons
    body = _body(
        "station_show_platform_bar.html",
        "https://www.krvm.example/show/river-desk/2025-05-20/county-bridges-aging",
    )
    assert body[0].startswith("More than a third of the county's road bridges")
    assert (
        body[-1]
        == "The county board will weigh a bond measure for bridge repairs at its June meeting."
    )
    assert not any("Spotify" in line for line in body)
    assert len(body) == 4
