"""A box between an interview's answers holding a label that names its topic ("Mehr zu
Bienen") over one story's link is an inline read-also box: dropped from the body, not
returned as related."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://www.tagesblatt.example/schweiz/imkerin-im-interview-id30112233.html"


def _article(html: bytes) -> newsparse.Article:
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry())


def test_a_topic_label_over_one_link_between_answers_goes() -> None:
    article = _article((FIXTURES / "swiss_interview_inline_teaser.html").read_bytes())
    body = article.body.split("\n\n")
    assert len(body) == 7
    assert not any("Varroamilbe" in line or "Mehr zu Bienen" in line for line in body)
    assert body[3] == "Was können Gartenbesitzer tun?"
    assert not any("varroa" in link.url for link in article.related)


def test_a_sentence_opening_so_stays() -> None:
    html = (FIXTURES / "swiss_interview_inline_teaser.html").read_bytes()
    html = html.replace(b"Mehr zu Bienen", "Mehr zu den Bienen im Tal erzählt die Imkerin".encode())
    body = _article(html).body.split("\n\n")
    assert any(line.startswith("Mehr zu den Bienen im Tal") for line in body)
