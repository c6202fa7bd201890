"""A closing "More Top Reads From <site>" line over a list heads related stories, as "More
News From ..." and "More Top Stories From ..." do ("reads" names stories too)."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = (
    "https://gridwatchdaily.example/Energy/Power/Baltic-Grid-Operators-Agree-On-Shared-Reserve.html"
)


def test_more_top_reads_from_the_site_heads_related_stories() -> None:
    html = (FIXTURES / "more_top_reads_from_site.html").read_text("utf-8")
    article = newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())
    assert [link.title for link in article.related] == [
        "Nordic Hydro Reservoirs Fall Below Seasonal Average",
        "Poland Signs New Long-Term LNG Supply Deal",
        "Finland's Newest Nuclear Unit Returns to Service",
    ]
    assert "More Top Reads" not in article.body
    assert article.body.endswith("a decision is expected before the summer.")


def test_reads_headings_are_read_as_related() -> None:
    for heading in ("More Top Reads From Oilprice.com", "More reads from The Herald"):
        assert heading_kind(heading) is Kind.RELATED
    # a sentence that mentions reads is no heading
    assert heading_kind("More readers wrote to us about the closure than ever before") is None
