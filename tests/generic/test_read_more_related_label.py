"""A "Related Articles" label set as a span under a "Read More" one, over a box of links
between the story's paragraphs ("<span>Read More</span><span>Related Articles</span><div>
<a>...</a></div>", Reach's read-more box), names a related block wherever it stands: its
links are related; the box stays out of the body either way."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "reach-read-more-related-spans.html"
_URL = "https://www.northgateecho.example/news/local-news/seaside-pier-reopens-after-4m-31200456"


def _parse(html: bytes) -> newsparse.Article:
    return newsparse.parse(html, url=_URL, registry=newsparse.Registry())


def test_a_related_articles_label_under_read_more_names_its_links_related() -> None:
    article = _parse(_PAGE.read_bytes())
    assert [link.title for link in article.related] == [
        "Pier repair bill rises again as storm damage proves worse than feared",
        "Plans for new seafront cafe approved despite objections",
    ]
    assert "Pier repair bill" not in article.body


def test_a_read_more_label_alone_leaves_its_links_no_related_ones() -> None:
    # (a read-also box between paragraphs: dropped, not harvested)
    html = _PAGE.read_bytes().replace(
        b'<span class="read-more-links-subtitle">Related Articles</span>', b""
    )
    article = _parse(html)
    assert article.related == ()
    assert "Pier repair bill" not in article.body
