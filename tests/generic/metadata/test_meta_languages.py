"""One page per language, written the way its news sites write a story's head: the byline,
the dateline and the heading of the related-stories block in that language."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsparse

_STORY = (
    "<p>The city opened a new bus line on Tuesday that links the eastern districts with the "
    "centre, officials said, adding that about twenty thousand riders a day are expected.</p>"
) * 4

# language, byline line, dateline, related heading, the author, the date
CASES: list[tuple[str, str, str, str, str, tuple[int, int, int, int, int]]] = [
    (
        "cy",
        "Gan Elin Roberts",
        "12 Mawrth 2024",
        "Straeon perthnasol",
        "Elin Roberts",
        (2024, 3, 12, 0, 0),
    ),
    ("ar", "بقلم محمد علي", "12 مارس 2024", "أخبار ذات صلة", "محمد علي", (2024, 3, 12, 0, 0)),
    ("hi", "लेखक: राहुल शर्मा", "12 मार्च 2024", "संबंधित खबरें", "राहुल शर्मा", (2024, 3, 12, 0, 0)),
    (
        "vi",
        "Tác giả: Nguyễn Văn An",
        "12 tháng 3, 2024",
        "Tin liên quan",
        "Nguyễn Văn An",
        (2024, 3, 12, 0, 0),
    ),
    (
        "id",
        "Oleh Budi Santoso",
        "12 Maret 2024",
        "Berita Terkait",
        "Budi Santoso",
        (2024, 3, 12, 0, 0),
    ),
    (
        "tr",
        "Yazan: Ayşe Yılmaz",
        "12 Mart 2024",
        "İlgili Haberler",
        "Ayşe Yılmaz",
        (2024, 3, 12, 0, 0),
    ),
    ("ja", "記者 山田太郎", "2024年3月12日", "関連記事", "山田太郎", (2024, 3, 12, 0, 0)),
    ("ko", "홍길동 기자", "2024년 3월 12일", "관련 기사", "홍길동", (2024, 3, 12, 0, 0)),
    ("fa", "نویسنده: علی رضایی", "12 مارس 2024", "اخبار مرتبط", "علی رضایی", (2024, 3, 12, 0, 0)),
    (
        "el",
        "Του Γιώργου Παπαδόπουλου",
        "12 Μαρτίου 2024",
        "Σχετικά άρθρα",
        "Γιώργου Παπαδόπουλου",
        (2024, 3, 12, 0, 0),
    ),
    ("he", "מאת דני כהן", "12 במרץ 2024", "כתבות נוספות", "דני כהן", (2024, 3, 12, 0, 0)),
    (
        "uk",
        "Автор: Ірина Коваль",
        "12 березня 2024",
        "Читайте також",
        "Ірина Коваль",
        (2024, 3, 12, 0, 0),
    ),
    (
        "be",
        "Аўтар: Ганна Мельнік",
        "12 сакавіка 2024",
        "Па тэме",
        "Ганна Мельнік",
        (2024, 3, 12, 0, 0),
    ),
    (
        "pl",
        "Autor: Anna Kowalska",
        "12 marca 2024",
        "Zobacz także",
        "Anna Kowalska",
        (2024, 3, 12, 0, 0),
    ),
    (
        "sv",
        "Av Erik Lindqvist",
        "Publicerad 12 mars 2024 kl. 10.30",
        "Läs också",
        "Erik Lindqvist",
        (2024, 3, 12, 10, 30),
    ),
    (
        "nl",
        "Door Jan de Vries",
        "12 maart 2024, 10:30",
        "Lees ook",
        "Jan de Vries",
        (2024, 3, 12, 10, 30),
    ),
    (
        "cs",
        "Autor: Petr Novák",
        "12. března 2024 10:30",
        "Související články",
        "Petr Novák",
        (2024, 3, 12, 10, 30),
    ),
    (
        "ro",
        "de Andrei Popescu",
        "12 martie 2024, 10:30",
        "Articole similare",
        "Andrei Popescu",
        (2024, 3, 12, 10, 30),
    ),
    (
        "hu",
        "Szerző: Kovács Péter",
        "2024. március 12. 10:30",
        "Kapcsolódó cikkek",
        "Kovács Péter",
        (2024, 3, 12, 10, 30),
    ),
    (
        "fi",
        "Kirjoittanut Matti Virtanen",
        "12.3.2024 10:30",
        "Lue myös",
        "Matti Virtanen",
        (2024, 3, 12, 10, 30),
    ),
    (
        "da",
        "Af Mette Hansen",
        "12. marts 2024 kl. 10.30",
        "Læs også",
        "Mette Hansen",
        (2024, 3, 12, 10, 30),
    ),
    (
        "no",
        "Av Ola Nordmann",
        "12. mars 2024 kl. 10.30",
        "Les også",
        "Ola Nordmann",
        (2024, 3, 12, 10, 30),
    ),
    ("pt", "Por Ana Souza", "12/03/2024 10h30", "Leia também", "Ana Souza", (2024, 3, 12, 10, 30)),
    (
        "es",
        "Por María García",
        "12 de marzo de 2024, 10:30",
        "Noticias relacionadas",
        "María García",
        (2024, 3, 12, 10, 30),
    ),
    (
        "it",
        "di Marco Rossi",
        "12 marzo 2024, 10:30",
        "Leggi anche",
        "Marco Rossi",
        (2024, 3, 12, 10, 30),
    ),
    (
        "fr",
        "Par Claire Dubois",
        "Publié le 12 mars 2024 à 10h30",
        "À lire aussi",
        "Claire Dubois",
        (2024, 3, 12, 10, 30),
    ),
    (
        "de",
        "Von Anna Schmidt",
        "12.03.2024, 10:30 Uhr",
        "Mehr zum Thema",
        "Anna Schmidt",
        (2024, 3, 12, 10, 30),
    ),
    ("bn", "লেখক: রাহুল দাস", "১২ মার্চ ২০২৪", "আরও পড়ুন", "রাহুল দাস", (2024, 3, 12, 0, 0)),
    (
        "ms",
        "Oleh Ahmad Ismail",
        "12 Mac 2024",
        "Berita berkaitan",
        "Ahmad Ismail",
        (2024, 3, 12, 0, 0),
    ),
    (
        "sw",
        "Na Juma Mwangi",
        "12 Machi 2024",
        "Habari zinazohusiana",
        "Juma Mwangi",
        (2024, 3, 12, 0, 0),
    ),
    (
        "tl",
        "Ni Jose Santos",
        "Marso 12, 2024",
        "Kaugnay na balita",
        "Jose Santos",
        (2024, 3, 12, 0, 0),
    ),
]


@pytest.mark.parametrize(("language", "byline", "dateline", "heading", "author", "when"), CASES)
def test_a_story_head_in_the_site_s_language(
    language: str,
    byline: str,
    dateline: str,
    heading: str,
    author: str,
    when: tuple[int, int, int, int, int],
) -> None:
    html = (
        f"<!DOCTYPE html><html lang='{language}'><head><meta charset='utf-8'>"
        "<title>Bus line opens | City News</title></head><body><div class='wrap'>"
        f"<h1>Bus line opens</h1><div class='info'><span>{byline}</span> "
        f"<span>{dateline}</span></div><div class='content'>{_STORY}</div>"
        f"<div class='box'><h3>{heading}</h3><ul>"
        "<li><a href='/news/2024/03/one'>Another story from this week</a></li>"
        "<li><a href='/news/2024/02/two'>A story from last month</a></li></ul></div>"
        "</div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://citynews.example/2024/03/bus", registry=newsparse.Registry()
    )
    assert article.authors == (author,)
    assert article.published is not None
    assert article.published.replace(tzinfo=None) == datetime(*when)
    assert [link.url for link in article.related] == [
        "https://citynews.example/news/2024/03/one",
        "https://citynews.example/news/2024/02/two",
    ]
    assert len(article.body.split("\n\n")) == 4


def test_a_story_with_no_paragraph_element_is_read_for_its_language() -> None:
    # A 2000s table layout: the story is text in a <font> split by <br><br>, nothing is
    # declared, and the description is one short line.
    lines = [
        "The county council voted on Monday to rebuild the Mill Street bridge, which has been "
        "closed to trucks since an inspection found cracked beams in the spring.",
        "Engineers said the new bridge would be wider and would carry a sidewalk on both "
        "sides, and that the work should take about eighteen months once a contractor is "
        "chosen.",
        "Bids for the project will be opened in March, and the council expects to award the "
        "contract at its April meeting.",
    ]
    html = (
        "<html><head><title>Council votes to rebuild bridge</title>"
        "<meta name='description' content='Bridge vote'></head><body>"
        "<table width='760'><tr><td width='160'><a href='/'>Home</a><br><a href='/news/'>News"
        "</a></td><td><font size='4'><b>Council votes to rebuild bridge</b></font><br>"
        f"<font face='Arial' size='2'>{'<br><br>'.join(lines)}</font></td></tr></table>"
        "</body></html>"
    )
    article = newsparse.parse(html, registry=newsparse.Registry())
    assert lines[1] in article.body
    assert article.language == "en"


@pytest.mark.parametrize(
    ("declared", "text"),
    [
        # Uzbek still written in Cyrillic: its words read close to Russian's
        (
            "uz-Cyrl",
            "Тошкент шаҳрида янги автобус йўналиши очилди. Шаҳар ҳокимлиги маълумотига кўра, "
            "йўналиш кунига ўн минг йўловчига хизмат кўрсатади ва эрталаб соат олтидан бошлаб "
            "ишлайди.",
        ),
        # Tigrinya, in the Ethiopic script that Amharic shares
        (
            "ti",
            "ኣብ ከተማ ኣስመራ ሓድሽ መስመር ኣውቶቡስ ተኸፊቱ። እቲ መስመር ንመንበሪ ከባቢታት ምስ ማእከል "
            "ከተማ ዘራኽብ ኮይኑ ኣብ መዓልቲ ንኣሽሓት ተሳፈርቲ ከገልግል እዩ።",
        ),
    ],
)
def test_a_declared_language_that_shares_its_script_is_kept(declared: str, text: str) -> None:
    html = (
        f"<html lang='{declared}'><head><meta charset='utf-8'><title>Bus</title></head>"
        f"<body><article><h1>Bus</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    article = newsparse.parse(html, registry=newsparse.Registry())
    assert article.language == declared


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Bulgarian: "ъ" in many words, never "ы" nor "э"
        (
            "Общинският съвет в Русе одобри в четвъртък проекта за ремонт на пешеходния мост "
            "над пристанището. Строителството ще започне през пролетта и ще продължи осем "
            "месеца, съобщиха от общината.",
            "bg",
        ),
        (
            "Городской совет в четверг одобрил проект ремонта пешеходного моста над портом. "
            "Строительство начнётся весной и продлится восемь месяцев, сообщили в мэрии.",
            "ru",
        ),
        (
            "Градско веће је у четвртак усвојило пројекат обнове пешачког моста преко луке. "
            "Радови ће почети на пролеће и трајаће осам месеци, саопштили су из општине.",
            "sr",
        ),
    ],
)
def test_cyrillic_languages_told_apart_by_their_letters(text: str, language: str) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>Мост</title></head><body><article>"
        f"<h1>Мост</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a bilingual portal's Kazakh page left with the template's lang="ru"
        (
            "Алматы қаласында жаңа автобус бағыты ашылды. Қала әкімдігінің мәліметінше, бағыт "
            "күніне он мың жолаушыға қызмет көрсетеді және таңғы алтыдан бастап жұмыс істейді.",
            "kk",
        ),
        # a Russian story quoting one Ukrainian place name keeps its declaration
        (
            "Городской совет в четверг одобрил проект ремонта моста в Києві над рекой. "
            "Строительство начнётся весной и продлится восемь месяцев, сообщили в мэрии.",
            "ru",
        ),
    ],
)
def test_letters_a_declared_language_never_writes_overrule_it(text: str, language: str) -> None:
    html = (
        "<html lang='ru'><head><meta charset='utf-8'><title>Автобус</title></head><body>"
        f"<article><h1>Автобус</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).language == language


def test_portuguese_declared_nowhere_is_read_from_its_commonest_words() -> None:
    # an island paper's table layout: no lang, no metadata
    text = (
        "O Governo Regional aprovou ontem o plano de obras do porto da Horta, que prevê a "
        "ampliação do cais comercial e a construção de uma nova gare para os passageiros das "
        "ligações entre as ilhas do grupo central."
    )
    html = (
        "<html><head><title>Porto da Horta</title></head><body><table><tr><td>"
        f"<b>Porto da Horta vai ser ampliado</b><br><br>{text}<br><br>{text}</td></tr></table>"
        "</body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).language == "pt"


def test_one_short_word_repeated_overrules_no_declared_language() -> None:
    # a fact-check's claim box as the first paragraph: English's "a" is Hungarian's article
    claim = (
        "A photograph shows a lighthouse keeper named Walter Briggs carrying a dozen kittens "
        "out of a flooded boathouse after a storm."
    )
    html = (
        "<html lang='en'><head><title>Fact check: kittens</title></head><body><article>"
        f"<h1>Fact check: kittens</h1><div class='claim_text'><p>{claim}</p></div>"
        "</article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).language == "en"
