"""Turkish read-also labels ("Bu habere de göz atın:", "have a look at this story too";
"Okumadan geçmeyin:", "don't skip reading") open a read-also line, dropped between the story's
paragraphs as "Ayrıca okuyun:" is; the story's related block after it stays related."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind, is_inline_label

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "tr-news-read-also-line.html"


@pytest.mark.parametrize(
    "label",
    ["Bu habere de göz atın", "Bu haberlere de göz atın", "Okumadan geçmeyin"],
)
def test_turkish_read_also_labels(label: str) -> None:
    assert is_inline_label(label)
    assert heading_kind(label) is Kind.READ_ALSO


def _parse(html: str) -> newsparse.Article:
    url = json.loads(_PAGE.with_suffix(".expected.json").read_text("utf-8"))["url"]
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def test_a_read_also_line_between_paragraphs_goes() -> None:
    article = _parse(_PAGE.read_text("utf-8"))
    assert "göz atın" not in article.body
    assert "Kuru üzüm ihracatında rekor beklentisi" not in article.body
    assert "mevsimlik işçilerin sağlık taramalarının" in article.body
    assert [link.url for link in article.related] == [
        "https://www.batihaber.example/yerel/manisa/bag-yangini-kontrol-altina-alindi-2208712",
        "https://www.batihaber.example/yerel/izmir/incir-hasadi-tamamlandi-2207730",
    ]


def test_the_same_line_under_another_label_stays() -> None:
    # (a line of the story that happens to link, no read-also label: it stays)
    html = _PAGE.read_text("utf-8").replace(
        "<b>Bu habere de göz atın:</b> ", "Kooperatifin açıklaması için: "
    )
    assert "Kuru üzüm ihracatında rekor beklentisi" in _parse(html).body
