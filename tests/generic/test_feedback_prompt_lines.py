"""A feedback widget's question closing its line, perhaps after a plea ("Ihre Meinung ist uns
wichtig: War dieser Artikel hilfreich?"), is furniture; a question of the story stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_lines import is_label

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.nordportal.example/finanzen/wohngeld-steigt-neuer-antrag/id_100553201/"


def test_a_feedback_prompt_after_the_story_goes() -> None:
    html = (FIXTURES / "news_portal_feedback_prompt_after_story.html").read_bytes()
    body = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")
    assert body[-1].startswith("Der Antrag wird bei der Wohngeldstelle")
    assert len(body) == 5


@pytest.mark.parametrize(
    "line",
    [
        "Ihre Meinung ist uns wichtig: War dieser Artikel hilfreich?",
        "Was this article helpful?",
        "¿Te resultó útil este artículo?",
        "¿Te ha resultado útil este artículo?",
        "Cet article vous a été utile ?",
        "Este artigo foi útil?",
        "Ti è stato utile questo articolo?",
        "Apakah artikel ini bermanfaat?",
    ],
)
def test_feedback_questions_are_labels(line: str) -> None:
    assert is_label(line)


def test_a_question_of_the_story_is_no_label() -> None:
    assert not is_label("Was the minister's plan ever helpful to renters?")


def test_a_spanish_feedback_question_inside_the_story_s_container_goes() -> None:
    html = (FIXTURES / "spanish_explainer_feedback_and_follow_topic.html").read_bytes()
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "resultado útil" not in body
    assert body.rstrip().endswith("tras un mes de alegaciones vecinales.")
