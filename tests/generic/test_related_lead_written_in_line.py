"""A "Related:" label written as a paragraph's opening text before its link, in a plain
``<span>`` of the same paragraph ("<p><span>Related: </span><a>...</a></p>", an AMP page's
inline rich link), is a read-also line, as "<p>Related: <a>" is: dropped between the story's
paragraphs, no related link. A label set apart in bold, or a card's label on a line of its
own, still makes the card related."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "amp-inline-rich-link-related-lead.html"
_URL = "https://www.westernledger.example/environment/2025/apr/22/otters-return-upper-severn"
_INLINE = (
    "https://www.westernledger.example/environment/2024/aug/09/river-wye-phosphate-levels-farms"
)
_ONWARD = [
    "https://www.westernledger.example/environment/2025/jan/30/beavers-licensed-release-wales",
    "https://www.westernledger.example/environment/2024/nov/12/salmon-counts-severn-weirs",
]
_LEAD = "<p><span>Related: </span><a"
_TITLE = "Phosphate in the Wye still rising"


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


@pytest.mark.parametrize(
    "lead", [_LEAD, "<p><span>Related:</span> <a", "<p>Related: <a"], ids=["span", "spaced", "text"]
)
def test_a_related_lead_written_in_the_paragraph_is_a_read_also_line(lead: str) -> None:
    article = _parse(_PAGE.read_text("utf-8").replace(_LEAD, lead))
    assert [link.url for link in article.related] == _ONWARD
    assert _TITLE not in article.body
    assert "The species vanished from much of England and Wales" in article.body


@pytest.mark.parametrize(
    "lead",
    ["<p><strong>Related:</strong> <a", '<div class="rich-link__label">Related</div><p><a'],
    ids=["bold-label", "label-line"],
)
def test_a_related_label_set_apart_keeps_the_card_related(lead: str) -> None:
    # (guard: a bold label, or a label on a line of its own, heads the card)
    article = _parse(_PAGE.read_text("utf-8").replace(_LEAD, lead))
    assert [link.url for link in article.related] == [_INLINE, *_ONWARD]
    assert _TITLE not in article.body
