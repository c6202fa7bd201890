"""A short line after the story linking two messaging platforms goes when a link is on a
platform's short host ("<a href="https://wa.me/...">WhatsApp</a> или <a
href="https://t.me/..._bot">Telegram-бот</a>"): wa.me is WhatsApp as t.me is Telegram. A
paragraph of the story naming the same two channels stays."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = "https://stepnye-vesti.example/city_news/v-karagande-otkroyut-novuyu-liniyu-avtobusa-41877/"


def _body() -> list[str]:
    html = (FIXTURES / "ru_news_closing_messenger_short_hosts.html").read_text(encoding="utf-8")
    return newsparse.parse(html, url=_PAGE, registry=newsparse.Registry()).body.split("\n\n")


def test_a_tip_line_linking_whatsapp_short_host_and_telegram_goes() -> None:
    body = _body()
    assert not any(paragraph.startswith("Есть интересная новость") for paragraph in body)
    assert body[-1].startswith("Стоимость проезда останется прежней")


def test_a_story_paragraph_naming_the_same_channels_stays() -> None:
    assert any(paragraph.startswith("Жители могут задать вопросы") for paragraph in _body())
