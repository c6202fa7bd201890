"""A portal's line pointing to its channel on a messaging app by the channel's address, a
label before the link, goes wherever it stands; so do a site's terms for reprinting its
stories closing the story, in the languages that spread them over a sentence. A label and an
address on another host, and a story's line naming consent, stay."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_notices import is_channel_address

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"
_PAGE = (
    "https://www.ziniuuostas.example/naujienos/regionai/"
    "panevezyje-atnaujintas-miesto-baseinas-120077312"
)
_STORY = [
    "The harbour board approved the new ferry timetable on Tuesday after a three-hour "
    "meeting, and the first crossings under it will leave the north pier in early June.",
    "Board chair Mirela Ostrand said the extra evening sailings were the change residents "
    "had asked for most often during the consultation held over the winter months.",
    "The operator will also add a second vessel on weekends between June and September, "
    "when the island's population more than doubles with summer visitors and workers.",
]


def _body(html: str | bytes, url: str | None = None) -> list[str]:
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def _page(*closing: str) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    tail = "".join(closing)
    return (
        "<html><head><link rel='canonical' href='https://www.harbournews.example/ferry'></head>"
        "<body><article><h1>Ferry timetable approved</h1><div class='article-body'>"
        f"{paragraphs}{tail}<p>{_STORY[0]}</p></div></article></body></html>"
    )


def test_a_portal_s_channel_line_and_its_reprint_terms_go() -> None:
    html = (FIXTURES / "fragment_portal_channel_line_and_reprint_terms_lt.html").read_bytes()
    body = _body(html, _PAGE)
    assert not any("Telegram" in line or "Griežtai draudžiama" in line for line in body)
    assert body[-1].startswith("Savivaldybė taip pat planuoja")
    assert len(body) == 4


@pytest.mark.parametrize(
    "line",
    [
        "<p><strong>Daugiau naujienų – Uosto Telegram kanale: "
        "<a href='https://t.me/harbournews'>t.me/harbournews</a></strong></p>",
        "<p>Daugiau naujienų – Uosto Telegram kanale: "
        "<a href='https://t.me/harbournews'>čia</a></p>",
        "<p>Більше новин: <a href='https://t.me/harbournews'>t.me/harbournews</a></p>",
        "<p>Najnowsze wiadomości na WhatsApp: "
        "<a href='https://whatsapp.com/channel/0029VaHarbour'>kanał</a></p>",
    ],
)
def test_a_line_closed_by_the_site_s_channel_address_goes(line: str) -> None:
    body = _body(_page(line))
    assert body == [*_STORY, _STORY[0]]


@pytest.mark.parametrize(
    "line",
    [
        # a label and an address on another host: where to learn more
        "<p>Weitere Informationen und Pläne: "
        "<a href='https://www.transit.example/line27'>www.transit.example/line27</a></p>",
        # a source line: the quoted official's channel, the app named in the link alone...
        "<p><strong>Джерело:</strong> голова ОВА Іван Петренко в "
        "<a href='https://t.me/oblast_gov'>Telegram</a></p>",
        # ...or its address after the label
        "<p>Джерело: Telegram-канал ОВА, <a href='https://t.me/oblast_gov'>t.me/oblast_gov</a></p>",
        # a sentence of the story going on past the channel's link
        "<p>The operator posts delays on <a href='https://t.me/islandferries'>its channel</a> "
        "and at the pier.</p>",
    ],
)
def test_other_lines_closed_by_a_link_stay(line: str) -> None:
    kept = newsparse.parse(_page(line), registry=newsparse.Registry()).body
    assert kept.count(_STORY[0]) == 2
    assert len(kept.split("\n\n")) == len(_STORY) + 2


@pytest.mark.parametrize(
    "terms",
    [
        # Lithuanian, Latvian, Estonian, Ukrainian, Polish
        "Griežtai draudžiama portalo paskelbtą informaciją panaudoti kitose svetainėse be "
        "raštiško sutikimo.",
        "Aizliegts portāla materiālus pārpublicēt vai kopēt bez redakcijas rakstiskas atļaujas.",
        "Portaali materjale on keelatud avaldada või kopeerida ilma toimetuse kirjaliku loata.",
        "Передрук матеріалів порталу без письмової згоди редакції заборонено.",
        "Kopiowanie i przedruk materiałów portalu bez zgody redakcji jest zabronione.",
    ],
)
def test_a_site_s_reprint_terms_closing_the_story_go(terms: str) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    html = (
        "<html><body><article><h1>Ferry timetable approved</h1><div class='article-body'>"
        f"{paragraphs}<p><i>{terms}</i></p></div></article></body></html>"
    )
    assert _body(html) == _STORY


def test_a_story_s_closing_line_naming_consent_stays() -> None:
    # one wording alone ("be ... sutikimo": without consent) is the story's
    line = "Pasak merijos, nė vienas pastatas nebus nugriautas be gyventojų sutikimo."
    paragraphs = "".join(f"<p>{text}</p>" for text in _STORY)
    html = (
        "<html><body><article><h1>Ferry timetable approved</h1><div class='article-body'>"
        f"{paragraphs}<p>{line}</p></div></article></body></html>"
    )
    assert _body(html) == [*_STORY, line]


def test_a_share_button_s_address_is_no_channel_s() -> None:
    # (the line "Share the timetable with your crew: <a href='https://t.me/share/url?...'>"
    # goes all the same, as a share button's line: is_share_button_line)
    assert not is_channel_address("https://t.me/share/url?url=https://www.harbournews.example/x")
    assert is_channel_address("https://t.me/islandferries")
    html = _page(
        "<p>Share the timetable with your crew: "
        "<a href='https://t.me/share/url?url=x'>t.me/share</a></p>"
    )
    assert not any("Share the timetable" in paragraph for paragraph in _body(html))
