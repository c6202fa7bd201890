"""A Chinese story's link lines and notes that are the page's, not the story's: a topic
line between paragraphs, a platform's note that the views are its writer's own (and the
"back to the site" link above it), and a list of the author's other posts after it."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _parse(name: str, url: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def test_a_topic_link_line_between_paragraphs_goes() -> None:
    # "<p><a href="/zt_d/..."><strong>专题：东湖绿道十年</strong></a></p>": a line of one
    # link to the topic's page, labelled "专题："
    body = _parse(
        "zh_topic_link_line.html",
        "https://news.jiangcheng.example/c/2025-04-20/doc-ikmq4471209.shtml",
    ).body.split("\n\n")
    assert not any(line.startswith("专题") for line in body)
    assert len(body) == 6
    # (a sentence of the story that speaks of a "专题讲座" and links a few words stays)
    assert body[-1].startswith("明年起，市园林部门还将举办绿道主题的专题讲座")


def test_a_platform_s_views_note_and_the_link_back_to_the_site_go() -> None:
    # "平台声明：该文观点仅代表作者本人，..." after the post, "返回展号，查看更多" closing it
    article = _parse(
        "zh_platform_views_note.html", "https://www.zhanhao.example/a/770112345_330021"
    )
    body = article.body.split("\n\n")
    assert body[-1].endswith("具体还要征求居民意见。")  # ("只代表街道的初步设想": the story's)
    assert not any("平台声明" in line or "返回展号" in line for line in body)


def test_the_author_s_latest_posts_are_related() -> None:
    # "<h3>作者最新文章</h3><ul>...": more from the author
    article = _parse(
        "zh_platform_views_note.html", "https://www.zhanhao.example/a/770112345_330021"
    )
    assert [link.url for link in article.related] == [
        "https://www.zhanhao.example/a/769988120_330021",
        "https://www.zhanhao.example/a/769540071_330021",
    ]
