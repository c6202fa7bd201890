"""A Thai "read other news" label ("อ่านข่าวอื่น :", "ข่าวอื่นๆ") over a run of linked lines
closing the story is a read-also label like "อ่านเพิ่มเติม :": the label leaves the body and
the lines under it go to related; between paragraphs the label and its line go and the story
after it stays."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
URL = "https://news.southdaily.example/news/content/78214"
SITE = "https://news.southdaily.example/news/content/"
LAST = (
    "กรมอุตุนิยมวิทยาคาดว่าภาคใต้ตอนล่างจะยังมีฝนตกหนักถึงหนักมากในบางแห่งไปจนถึงสุดสัปดาห์นี้ "
    "โดยเฉพาะพื้นที่ลาดเชิงเขาและที่ลุ่มต่ำ"
)
LABEL = "<p>อ่านข่าวอื่น :</p>"


def _html() -> str:
    return (FIXTURES / "th_read_other_news_label_links.html").read_text()


def _parse(html: str) -> newsparse.Article:
    return newsparse.parse(html, url=URL, registry=newsparse.Registry())


@pytest.mark.parametrize("label", ["อ่านข่าวอื่น :", "ข่าวอื่นๆ", "อ่านข่าวเพิ่มเติม :"])
def test_a_closing_read_other_news_label_leaves_and_its_links_are_related(label: str) -> None:
    article = _parse(_html().replace(LABEL, f"<p>{label}</p>"))
    body = article.body.split("\n\n")
    assert body[-1] == LAST
    assert len(body) == 4
    assert [link.url for link in article.related] == [
        SITE + "78201",
        SITE + "78195",
        SITE + "78187",
    ]


def test_a_read_other_news_label_between_paragraphs_goes_with_its_line() -> None:
    html = _html()
    closing = html[html.index(LABEL) : html.index("</div>", html.index(LABEL))]
    first_link = closing.split("\n")[1]
    last = html.index("<p>กรมอุตุนิยมวิทยา")
    moved = html[:last] + f"{LABEL}\n{first_link}\n" + html[last:].replace(closing, "")
    body = _parse(moved).body.split("\n\n")
    assert body[-1] == LAST
    assert len(body) == 4
    assert not any("ข่าวอื่น" in paragraph or "สงขลา" in paragraph for paragraph in body)
