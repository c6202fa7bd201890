"""Posts as publishing platforms write them: Substack's subscribe widgets inside the post,
Wix's hashed classes named by data-hook, Medium's hashed classes named by data-testid, an
AMP page's custom elements. The body is the story alone; the author and date are read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"

# fixture, URL, paragraphs, first words, last words, author, date, related links
CASES = [
    (
        # BLOX/TownNews: the lede's paragraphs alone in "subscriber-preview", a paywall's
        # offer, the rest in "subscriber-only", another offer box after it
        "blox_subscriber_preview.html",
        "https://www.cedarherald.example/news/local/demolition-derby-moves/article_9c.html",
        6,
        "WHEATON — The Cedar County Fair will move its demolition derby",
        "The fair runs July 16-20",
        "Gus Halloran",
        datetime(2024, 6, 5, 18, 30, tzinfo=timezone(timedelta(hours=-5))),
        0,
    ),
    (
        "substack_post.html",
        "https://riverbend.substack.example/p/river-towns",
        5,
        "For thirty years the towns along the lower river",
        "None of this is guaranteed to last.",
        "Lena Ortiz",
        datetime(2024, 3, 12),
        0,
    ),
    (
        "wix_blog_post.html",
        "https://greenpatch.example/post/spring-planting",
        4,
        "Small gardens reward careful planning.",
        "Herbs such as thyme and rosemary",
        None,
        datetime(2024, 3, 12),
        0,
    ),
    (
        "medium_post.html",
        "https://medium.com/@priya/what-i-learned-running-a-night-market-4f2a",
        5,
        "Three summers ago I rented a car park",
        "By the third summer we had sponsors",
        "Priya Nair",
        datetime(2024, 3, 12, 8, 0, tzinfo=timezone.utc),
        2,
    ),
    (
        "amp_article.html",
        "https://harbourherald.example/amp/news/ferry-fares",
        3,
        "Ferry fares between the mainland and the islands",
        "Island councillors said the increase",
        "Tom Becker",
        datetime(2024, 5, 2, 7, 0, tzinfo=timezone.utc),
        2,
    ),
]


@pytest.mark.parametrize(
    ("name", "url", "count", "first", "last", "author", "published", "related"), CASES
)
def test_a_platform_post(
    name: str,
    url: str,
    count: int,
    first: str,
    last: str,
    author: str | None,
    published: datetime,
    related: int,
) -> None:
    article = newsparse.parse(
        (FIXTURES / name).read_bytes(), url=url, registry=newsparse.Registry()
    )
    body = article.body.split("\n\n")
    assert len(body) == count
    assert body[0].startswith(first)
    assert body[-1].startswith(last)
    for boilerplate in ("Subscribe", "Leave a comment", "Share", "Advertisement", "Great tips"):
        assert boilerplate not in article.body
    assert article.authors == ((author,) if author else ())
    assert article.published == published
    assert len(article.related) == related


def test_a_medium_post_loses_its_subtitle_publication_line_and_author_card() -> None:
    # Medium wraps the headline and the subtitle each in a <div> of their own, writes
    # "Published in <publication> · 4 min read · date" in parts that are lines of their own,
    # and closes the post with an author card under a linked "Written by ..." heading.
    url = "https://medium.com/civic-notes/why-our-town-library-stopped-charging-late-fees-5b7e01c9a2d4"
    html = (FIXTURES / "medium_post_subtitle_author_card.html").read_bytes()
    article = newsparse.parse(html, url=url, registry=newsparse.Registry())
    openings = [" ".join(paragraph.split()[:3]) for paragraph in article.body.split("\n\n")]
    assert openings == [
        "For most of",
        "The decision came",
        "Who stayed away",
        "The larger cost",
        "“We had kids",
        "In the six",
        "The board will",
    ]
    for furniture in ("Fines brought in less", "Published in", "4 min read", "Reporter covering"):
        assert furniture not in article.body
    assert article.authors == ("Marta Quist",)
    assert [link.title for link in article.related] == [
        "The Snowplow Routes Nobody Audits",
        "What a School Bus Costs per Mile",
    ]


def test_a_wechat_post_shown_by_its_script_keeps_its_text_without_captions() -> None:
    # the post's text is set "visibility: hidden" until a script shows it: nothing readers
    # see weighs a fraction of it, so it is the story; the source line over it, the
    # captions closed by their photographer's "摄" and the editors' sign-off go
    html = (FIXTURES / "wechat_account_article.html").read_bytes()
    article = newsparse.parse(
        html, url="https://mp.weixin.qq.com/s/Qc7xZ2", registry=newsparse.Registry()
    )
    paragraphs = article.body.split("\n\n")
    assert [paragraph[:6] for paragraph in paragraphs] == [
        "记者从市交通",
        "青川大桥全长",
        "“合龙误差控",
        "不少市民专程",
    ]
    assert article.source == "青川日报"
    assert len(article.related) == 2


def test_a_chinese_post_s_source_line_captions_and_editors_sign_off_go() -> None:
    sentence = (
        "记者从市交通运输局获悉，今天上午十时，青川大桥主桥顺利合龙，两岸之间的车程将大大缩短。"
    )
    html = (
        "<html><body><article><h1>大桥合龙</h1><p>来源：青川日报</p>"
        + f"<p>{sentence}</p>" * 3
        + "<p><img src='a.jpg'></p><p>施工人员在合龙现场庆祝。本报记者 许文涛 摄</p>"
        + f"<p>{sentence}</p><p>编辑：何静　审核：陈立</p></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == [sentence] * 4


def test_an_aem_page_keeps_its_component_fact_box_and_related_list() -> None:
    # Adobe Experience Manager classes every block "cmp-<component>": the fact box is a
    # "cmp-container" in the story, the related stories a "cmp-list"; neither is a consent
    # platform's banner, which the page holds too ("cmp-banner")
    url = "https://news.valleybroadcast.example/en/2025/03/02/water-bill-questions/"
    html = (FIXTURES / "aem_components_explainer.html").read_bytes()
    article = newsparse.parse(html, url=url, registry=newsparse.Registry())
    paragraphs = article.body.split("\n\n")
    assert paragraphs[6:8] == [
        "What is a peak hour?",
        "The peak hour is the single hour of the month in which your meter recorded the most"
        " water flowing into the home. A bath and a dishwasher running at the same time can"
        " set it; the smart meter keeps the figure for each month.",
    ]
    assert len(paragraphs) == 13
    assert "privacy" not in article.body
    assert [link.title for link in article.related] == [
        "Reservoir levels back to normal after a wet winter",
        "Smart meter rollout reaches the last villages",
        "Water board approves its budget for next year",
    ]
