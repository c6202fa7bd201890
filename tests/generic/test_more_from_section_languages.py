""" "More from <section>" in languages the English cue lacked: Greek "Περισσότερα από
Κοινωνία", Dutch "Meer uit Binnenland", Bulgarian "Още от България" head related stories, only
before a capitalised name: the same words say "more than" ("Περισσότερα από 300 δέντρα", a
story's own subheading) or open a phrase ("Meer uit je tuin halen")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Περισσότερα από Κοινωνία", Kind.RELATED),
        ("Meer uit Binnenland", Kind.RELATED),
        ("Още от България", Kind.RELATED),
        ("Περισσότερα από 300 δέντρα", None),
        ("Περισσότερα από τα μισά σπίτια", None),
        ("Meer uit je tuin halen", None),
        ("Още от 1990 година", None),
    ],
)
def test_more_from_a_named_section(heading: str, kind: Kind | None) -> None:
    assert heading_kind(heading) is kind


def test_greek_more_from_section_block_is_related_and_the_subheading_stays() -> None:
    page = FIXTURES / "el-wp-more-from-section.html"
    url = json.loads(page.with_suffix(".expected.json").read_text("utf-8"))["url"]
    article = newsparse.parse(page.read_bytes(), url=url, registry=newsparse.Registry())
    assert [link.url for link in article.related] == [
        "https://www.achaikostypos.example/poli/41870/anaplasi-stin-plateia-olgas/",
        "https://www.achaikostypos.example/poli/41851/nea-dromologia-sto-proastiako/",
    ]
    assert "Περισσότερα από 300 δέντρα" in article.body
    assert "Περισσότερα από Πόλη" not in article.body
