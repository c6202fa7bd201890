"""Chinese promos set in or after a story: a newsletter's sign-up box, an invitation to
download the site's app, the site's reminder between stars."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_chinese_newsletter_sign_up_box_goes() -> None:
    # "订阅环宇中文电子邮件通讯": subscribe, the newsletter's name, its noun
    body = _body(
        "zh_newsletter_sign_up_box.html", "https://www.huanyu.example/zhongwen/articles/k7m2q9/simp"
    )
    assert body[0].startswith("随着新的高铁线路开通")
    assert body[-1].endswith("本地人的就业和收入。")
    assert not any("订阅" in line or "每周三" in line for line in body)


def test_chinese_app_download_promos_go() -> None:
    # "（...请下载“青禾新闻”APP）" closing in brackets, "扫码下载青禾新闻客户端" under it
    body = _body(
        "zh_app_download_promos.html",
        "https://www.qinghe.example/news/2025-03-08/detail_88123.html",
    )
    assert body[-1].endswith("增设临时停车泊位。")
    assert "居民可以下载“城市停车”APP预约车位。" in body  # (the story's own line stays)
    assert not any("青禾新闻" in line for line in body)


def test_a_chinese_site_s_reminder_between_stars_goes() -> None:
    # "☆北港日報電子報提醒您：開車不喝酒，喝酒不開車☆": the site's reminder closing each story
    body = _body(
        "zh_starred_reminder.html",
        "https://news.beigang.example/news/life/breakingnews/5120033",
    )
    assert body[-1].endswith("「比平常多花了一個小時」。")
    assert any(line.startswith("高公局也提醒") for line in body)  # (the story's reminder stays)
