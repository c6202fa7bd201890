"""A "Read More" embed classed as the site's recirculation ("ContentRecircEmbedWrapper", no
word saying "related") closing one chunk of a story split into like containers, the next
``body__container`` going on after an ad, is a read-also box between paragraphs: dropped,
its link no related one; after the story's last chunk it is related, and a "Related"
label keeps it related wherever it stands."""

from __future__ import annotations

import re
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "related"
_PAGE = FIXTURES / "verso-recirc-embed-closing-chunk.html"
_URL = "https://www.larderweekly.example/story/sourdough-starter-revival"
_EMBED_LINK = "https://www.larderweekly.example/story/feeding-schedule-myths"
_KEEP_READING = [
    "https://www.larderweekly.example/story/best-bread-flour",
    "https://www.larderweekly.example/recipe/seeded-rye-loaf",
]


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html.encode(), url=_URL, registry=newsparse.Registry())


def test_a_read_more_recirc_embed_closing_a_chunk_is_no_related_link() -> None:
    article = _parse(_PAGE.read_text("utf-8"))
    assert [link.url for link in article.related] == _KEEP_READING
    assert "Feeding Schedule" not in article.body
    assert article.body.endswith("still alive when I came back to it.")


def test_the_embed_after_the_story_s_last_chunk_is_related() -> None:
    # (the second chunk gone: nothing of the story follows the box)
    html = re.sub(
        r'<div class="ad ad--in-content">.*?</div></div></div>\n</div>\n',
        "</div>\n",
        _PAGE.read_text("utf-8"),
        count=1,
        flags=re.DOTALL,
    )
    assert "By the third day" not in html
    article = _parse(html)
    assert [link.url for link in article.related] == [_EMBED_LINK, *_KEEP_READING]


def test_a_related_label_keeps_the_embed_related_between_chunks() -> None:
    html = _PAGE.read_text("utf-8").replace(">Read More</div>", ">Related</div>")
    article = _parse(html)
    assert [link.url for link in article.related] == [_EMBED_LINK, *_KEEP_READING]
    assert "Feeding Schedule" not in article.body
