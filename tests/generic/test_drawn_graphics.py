"""A graphic drawn as a picture with its words laid over it (ai2html's box, artboard and
placed labels) between a story's paragraphs: its title, labels, legend and source go whole,
the story's paragraphs around it stay."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body() -> list[str]:
    page = (FIXTURES / "body/nyt_style_ai2html_graphic.html").read_bytes()
    url = (
        "https://www.dailyledger.example/interactive/2025/04/02/upshot/bus-ridership-recovery.html"
    )
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_an_ai2html_box_goes_with_its_title_labels_and_source() -> None:
    body = _body()
    for line in ("Bus ridership in 2024 compared with 2019", "Richmond", "+12%", "−38%"):
        assert line not in body
    assert "Fewer riders" not in body
    assert "Source: National Transit Database" not in body
    assert body[2].startswith("Richmond, Va., which made its buses free")


def test_an_artboard_s_placed_labels_go_without_its_box() -> None:
    body = _body()
    assert "Frequent-network cities" not in body
    assert "Other cities" not in body
    assert body[-1].startswith("Several agencies are now studying")
    assert len(body) == 5
