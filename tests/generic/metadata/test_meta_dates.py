from __future__ import annotations

import json
import warnings
from datetime import date, datetime, timedelta, timezone

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.calendars import solar_hijri_to_gregorian
from newsparse.generic.metadata.dateparse import parse_date
from newsparse.generic.metadata.datetext import date_in_text, date_in_url


def test_structured_dates_keep_the_page_zone() -> None:
    article = parse_fixture("wordpress_yoast_graph.html")
    assert article.published == datetime(2023, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert article.modified == datetime(
        2023, 3, 15, 11, 2, 41, tzinfo=timezone(timedelta(hours=-5))
    )


def test_jsonld_zone_beats_a_utc_time_element() -> None:
    article = parse_fixture("aggregator_cross_domain_canonical.html")
    assert article.published is not None
    assert article.published.utcoffset() == timedelta(hours=8)
    assert article.published.date().isoformat() == "2019-06-06"


def test_visible_dateline_with_published_and_updated() -> None:
    # The JSON-LD is broken; the dateline gives both dates, the site header shows today's date.
    article = parse_fixture("broken_jsonld_conflicts.html")
    assert article.published == datetime(2022, 11, 2, 7, 15)
    assert article.modified == datetime(2022, 11, 3, 10, 40)


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("spanish_efe_wire.html", datetime(2019, 6, 5, 13, 45)),
        ("german_dpa.html", datetime(2019, 6, 5, 14, 30)),
        ("french_lemonde_style.html", datetime(2019, 6, 5, 14, 30)),
        ("japanese_news.html", datetime(2019, 6, 5, 18, 30)),
        ("portuguese_brazil.html", datetime(2019, 6, 5)),
        ("reuters_dateline_blog.html", datetime(2019, 6, 5)),
    ],
)
def test_visible_dates_in_many_languages(fixture: str, expected: datetime) -> None:
    assert parse_fixture(fixture).published == expected


def test_french_update_line_is_the_modified_date() -> None:
    assert parse_fixture("french_lemonde_style.html").modified == datetime(2019, 6, 6, 9, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 de junio de 2019", datetime(2019, 6, 5)),
        ("5. Juni 2019", datetime(2019, 6, 5)),
        ("2019年6月5日", datetime(2019, 6, 5)),
        ("2019년 6월 5일", datetime(2019, 6, 5)),
        ("June 5th, 2019 at 3:46 PM", datetime(2019, 6, 5, 15, 46)),
        ("Mercredi 5 juin 2019 à 14h30", datetime(2019, 6, 5, 14, 30)),
        ("5 czerwca 2019", datetime(2019, 6, 5)),
        ("5 июня 2019 г.", datetime(2019, 6, 5)),
        ("5 يونيو 2019", datetime(2019, 6, 5)),
        ("5 ביוני 2019", datetime(2019, 6, 5)),
        ("5 जून 2019", datetime(2019, 6, 5)),
        ("17 Agustus 2019", datetime(2019, 8, 17)),
        ("Nov. 19, 2019 5:50 PM", datetime(2019, 11, 19, 17, 50)),
        ("June 22, 2009 4:15:00 PM", datetime(2009, 6, 22, 16, 15)),
        ("6/22/2009 4:15:00 PM", datetime(2009, 6, 22, 16, 15)),  # .NET's default format
        (
            "प्रकाशित: शनिवार, २८ नवम्बर २०२६ ०९:१५",
            datetime(2026, 11, 28, 9, 15),
        ),  # Hindi's other spelling
        ("شائع ۲۸ نومبر ۲۰۲۶", datetime(2026, 11, 28)),  # Urdu
        # a date in a calendar the parser does not read, then the Gregorian one
        ("جمعه ۶ آذر ۱۴۰۵ - ۲۷ نوامبر ۲۰۲۶", datetime(2026, 11, 27)),
        ("05.06.2019 14:30", datetime(2019, 6, 5, 14, 30)),
        ("12-03-2024 10:30", datetime(2024, 3, 12, 10, 30)),  # day first, with hyphens
        ("١٢ مارس ٢٠٢٤", datetime(2024, 3, 12)),  # Arabic-Indic digits
        ("2019-06-05T08:00", datetime(2019, 6, 5, 8, 0)),
        ("12 أيار 2024", datetime(2024, 5, 12)),  # Levantine month names
        ("14 Μαΐου 2024", datetime(2024, 5, 14)),  # casefolding expands "ΐ"
        ("2024. május 14. 10:15", datetime(2024, 5, 14, 10, 15)),
        ("14 травня 2024", datetime(2024, 5, 14)),
        ("Thứ Ba, 19 tháng 11 năm 2019", datetime(2019, 11, 19)),
        ("14 ژوئن 2024", datetime(2024, 6, 14)),
        ("입력 2019. 12. 5. 14:30", datetime(2019, 12, 5, 14, 30)),
        # Thai: years of the Buddhist Era (2567 is 2024), months written out or abbreviated
        ("12 มีนาคม 2567", datetime(2024, 3, 12)),
        ("12 มี.ค. 2567 เวลา 10:30 น.", datetime(2024, 3, 12, 10, 30)),
        ("12 มี.ค. 67 05:31 น.", datetime(2024, 3, 12, 5, 31)),  # the era's year cut short
        ("03/04/2025 ore 09:15", datetime(2025, 4, 3, 9, 15)),  # Italian "ore" before the time
        ("12 марта 2024 года, 14:05", datetime(2024, 3, 12, 14, 5)),
        # the time before the date, a zone and a weekday between (CNN, USA TODAY)
        ("Published 12:30 AM EST, Wed March 6, 2024", datetime(2024, 3, 6, 0, 30)),
        ("Published 3:45 p.m. ET March 5, 2024", datetime(2024, 3, 5, 15, 45)),
        ("di 5 maart 2024 om 15:45", datetime(2024, 3, 5, 15, 45)),  # Dutch "om"
        ("3/12/2566", datetime(2023, 12, 3)),
        ("১২ মার্চ ২০২৪", datetime(2024, 3, 12)),  # Bengali digits and month
        ("12 Mac 2024", datetime(2024, 3, 12)),  # Malay
        ("12 Machi 2024", datetime(2024, 3, 12)),  # Swahili
        ("Marso 12, 2024", datetime(2024, 3, 12)),  # Filipino
        # a year of two digits, read only with a time after it (else a version number...)
        ("פורסם: 27.11.26, 14:05", datetime(2026, 11, 27, 14, 5)),
        ("Stand: 12.03.24 14:05 Uhr", datetime(2024, 3, 12, 14, 5)),
        ("31.12.98 23:59", datetime(1998, 12, 31, 23, 59)),
        ("version 1.12.26", None),
        ("27.11.26", None),
        ("28. 11. 2026 14:05", datetime(2026, 11, 28, 14, 5)),  # Czech: a space after dots
        # Marathi, its afternoon written before the time
        ("प्रकाशित: २८ नोव्हेंबर २०२६, दुपारी २:०५", datetime(2026, 11, 28, 14, 5)),
        ("ວັນທີ 31 ກໍລະກົດ 2025", datetime(2025, 7, 31)),  # Lao
        ("2025 ජූලි 31 ප.ව. 02:15", datetime(2025, 7, 31, 14, 15)),  # Sinhala, p.m. before
        ("ପ୍ରକାଶିତ: ଜୁଲାଇ ୩୧, ୨୦୨୫", datetime(2025, 7, 31)),  # Odia
        ("28 ноември 2026 г., 14:05", datetime(2026, 11, 28, 14, 5)),  # Bulgarian
        ("2026 m. lapkričio 28 d. 14:05", datetime(2026, 11, 28, 14, 5)),  # Lithuanian
        ("Piektdiena, 2026. gada 27. novembris, 16:40", datetime(2026, 11, 27, 16, 40)),
        ("28 қараша 2026, 14:05", datetime(2026, 11, 28, 14, 5)),  # Kazakh
        ("28 ნოემბერი, 2026 14:05", datetime(2026, 11, 28, 14, 5)),  # Georgian
        ("Նոյեմբերի 28, 2026 14:05", datetime(2026, 11, 28, 14, 5)),  # Armenian, genitive
        ("Added : நவ 28, 2026 21:40", datetime(2026, 11, 28, 21, 40)),  # Tamil, abbreviated
        ("14:05, 29.11.26", datetime(2026, 11, 29, 14, 5)),  # the time before a short year
        ("السبت 28 نونبر 2026 - 14:05", datetime(2026, 11, 28, 14, 5)),  # Moroccan Arabic
        ("الأحد 3 شباط 2025", datetime(2025, 2, 3)),  # Levantine
        ("28 de noviembre 2026, 11:40 p. m.", datetime(2026, 11, 28, 23, 40)),
        ("27-NOV-2026", datetime(2026, 11, 27)),  # EurekAlert!
        ("Publié le 28/11/26 à 14h05", datetime(2026, 11, 28, 14, 5)),  # a short year
        ("2024 жылғы 15 наурыз 10:30", datetime(2024, 3, 15, 10, 30)),  # Kazakh
        ("2024 оны 3 сарын 15, 10:23", datetime(2024, 3, 15, 10, 23)),  # Mongolian
        ("ថ្ងៃសុក្រ ទី១៥ ខែមីនា ឆ្នាំ២០២៤", datetime(2024, 3, 15)),  # Khmer, its digits
        ("မတ် ၁၅၊ ၂၀၂၄", datetime(2024, 3, 15)),  # Burmese
        ("ཕྱི་ལོ་༢༠༢༤ ཟླ་༣ ཚེས་༡༥", datetime(2024, 3, 15)),  # Tibetan
        ("12-iyun 2023, 14:05", datetime(2023, 6, 12, 14, 5)),  # Uzbek
        ("12 iyun 2023", datetime(2023, 6, 12)),  # Azerbaijani
        ("Machi 15, 2024", datetime(2024, 3, 15)),  # Swahili
        ("2024ko urriaren 28a, 09:45", datetime(2024, 10, 28, 9, 45)),  # Basque
        ("令和6年3月15日（金）", datetime(2024, 3, 15)),  # a Japanese era's year
        ("令和元年5月1日 10時30分", datetime(2019, 5, 1, 10, 30)),  # its first year
        ("平成31年4月30日", datetime(2019, 4, 30)),
        ("28/7/2009 م الساعة 14:20", datetime(2009, 7, 28, 14, 20)),  # Arabic: era, "at the hour"
        # a minute of one digit before its sign, as Japanese and Korean papers write it
        ("2012年1月31日20時5分", datetime(2012, 1, 31, 20, 5)),
        ("2014년 5월 15일 오전 9시 5분", datetime(2014, 5, 15, 9, 5)),
        ("14-03-24, 10:32", datetime(2024, 3, 14, 10, 32)),  # a Belgian short year, dashed
        ("14-03-24", None),  # (a short year without a time is no date)
        ("ΣΑΒΒΑΤΟ, 18 ΜΑΪΟΥ 2024 - 19:15", datetime(2024, 5, 18, 19, 15)),  # Greek capitals
        ("18 ΜΑΙΟΥ 2024", datetime(2024, 5, 18)),  # ...without the diaeresis too
        ("الثلاثاء 15 تشرين الأول 2024", datetime(2024, 10, 15)),  # a Levantine month of two words
        ("3 كانون الثاني 2024", datetime(2024, 1, 3)),
        ("Objavljeno 7. junija 2024 ob 12.30", datetime(2024, 6, 7, 12, 30)),  # Slovenian
        ("14 ta' Novembru 2024", datetime(2024, 11, 14)),  # Maltese
        ("Dé Máirt, 11 Márta 2025", datetime(2025, 3, 11)),  # Irish
        ("3 Meán Fómhair 2024", datetime(2024, 9, 3)),  # ...its two-word September
        ("12 Mawrth 2024", datetime(2024, 3, 12)),  # Welsh
        ("03 Säuır, 2024", datetime(2024, 4, 3)),  # Kazakh in the Latin alphabet
        ("12.03.2024 г. 14:30 ч.", datetime(2024, 3, 12, 14, 30)),  # Bulgarian: the year's "г."
        ("發布日期：中華民國114年2月20日", datetime(2025, 2, 20)),  # Taiwan's Minguo year
        ("日期：114年3月6日", datetime(2025, 3, 6)),
        ("utorok 12. 3. 2024 o 14:30", datetime(2024, 3, 12, 14, 30)),  # Slovak "o": at
        ("22 Maý 2024 | Aşgabat", datetime(2024, 5, 22)),  # Turkmen
        ("18 марти 2024, 11:20", datetime(2024, 3, 18, 11, 20)),  # Tajik
        ("Isniin, Luulyo 22, 2024 (HWO)", datetime(2024, 7, 22)),  # Somali
        ("Mmande, Julaayi 22, 2024", datetime(2024, 7, 22)),  # Luganda
        ("Kuya 22 Nyakanga 2024", datetime(2024, 7, 22)),  # Kinyarwanda
        ("07 نومبر ، 2024", datetime(2024, 11, 7)),  # Urdu, its comma before the year
        ("13. märts 2024, 16:05", datetime(2024, 3, 13, 16, 5)),  # Estonian
        ("23 мај 2024 - 11:40", datetime(2024, 5, 23, 11, 40)),  # Macedonian
        ("уторак, 13. феб 2024, 10:22", datetime(2024, 2, 13, 10, 22)),  # Serbian, short
        ("প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০ পিএম", datetime(2024, 3, 12, 22, 30)),  # Bengali "PM"
        ("By Maram Kayed - Mar 11,2024 - Last updated", datetime(2024, 3, 11)),  # no space
        ("วันที่ 8 มีนาคม พ.ศ. 2567 - 10:45 น.", datetime(2024, 3, 8, 10, 45)),  # the era's mark
        ("In 2019 May 5 people were hurt", None),  # a year and a Latin month: no date
        ("no date here", None),
        ("31 February 2019", None),
    ],
)
def test_date_in_text(text: str, expected: datetime | None) -> None:
    assert date_in_text(text) == expected


def test_numeric_dates_follow_us_order_when_asked_or_when_a_us_time_zone_follows() -> None:
    assert date_in_text("06/05/2019") == datetime(2019, 5, 6)
    assert date_in_text("06/05/2019", month_first=True) == datetime(2019, 6, 5)
    assert date_in_text("13/05/2019", month_first=True) == datetime(2019, 5, 13)
    # a 2008 MediaNews page declares no language, but its time is in Mountain time
    assert date_in_text("Article Last Updated: 06/12/2008 11:35:42 PM MDT") == datetime(
        2008, 6, 12, 23, 35
    )
    assert date_in_text("Posted 06/12/2008 9:10 a.m. ET") == datetime(2008, 6, 12, 9, 10)
    assert date_in_text("06/12/2008 11:35 CET") == datetime(2008, 12, 6, 11, 35)


def test_a_date_of_another_calendar_before_the_gregorian_one_is_passed_over() -> None:
    # Al Jazeera (2011): the Hijri date, then "corresponding to" the Gregorian one, with its
    # time after the era mark
    text = "الخميس 7/3/1432 هـ - الموافق 10/2/2011 م الساعة 18:42"
    assert date_in_text(text) == datetime(2011, 2, 10, 18, 42)


def test_the_c_librarys_date_with_its_time_and_zone_before_the_year() -> None:
    # mailing-list archives and forum posts: "Thu Sep 21 14:07:52 BST 2006"
    assert date_in_text("Thu Sep 21 14:07:52 BST 2006") == datetime(2006, 9, 21, 14, 7)
    assert date_in_text("Sat Jan 13 18:52:00 2007") == datetime(2007, 1, 13, 18, 52)
    found = date_in_text("Thu Sep 21 14:07:52 EDT 2006", zoned=True)
    assert found is not None and found.isoformat() == "2006-09-21T14:07:00-04:00"


def test_url_date_is_the_last_resort() -> None:
    html = "<html><body><h1>Budget day</h1><p>" + "Words of the story. " * 10 + "</p></body></html>"
    article = parse_html(html, url="https://news.example/2018/11/29/budget-day/")
    assert article.published == datetime(2018, 11, 29)
    assert date_in_url("https://x.example/politics/20190605-vote.html") == datetime(2019, 6, 5)
    assert date_in_url("https://x.example/2019/13/45/nope") is None


def test_future_and_ancient_dates_are_rejected() -> None:
    future = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    html = (
        f"<html><head><meta property='article:published_time' content='{future}'>"
        "<meta name='date' content='1970-01-01'></head><body><h1>x</h1></body></html>"
    )
    assert parse_html(html).published is None


def test_an_archive_s_old_date_stated_in_its_metadata_is_kept() -> None:
    # a digitised newspaper's article: a date before 1990 stated as a date, not written in text
    html = (
        "<html><head><meta name='DC.date' content='1906-11-22'>"
        "<meta name='citation_date' content='1900-01-01'></head><body><h1>The show</h1>"
        "<p>Founded in 1887, the society held its first show that year.</p></body></html>"
    )
    assert parse_html(html).published == datetime(1906, 11, 22)


def test_a_readers_comment_s_time_named_in_german_is_no_publication_date() -> None:
    html = (
        "<html lang='de'><head><title>Brücke gesperrt</title></head><body><article>"
        "<h1>Brücke gesperrt</h1><span class='artikel__datum'>11.03.2024, 18:30 Uhr</span><p>"
        + "Die Brücke über den Main bleibt wegen Bauarbeiten bis Ende April gesperrt. "
        * 3
        + "</p></article><section class='kommentare'><article class='kommentar'><time "
        "class='kommentar__datum' datetime='2024-03-12T07:14:00+01:00'>12.03.2024</time><p>"
        "Endlich wird da etwas gemacht.</p></article></section></body></html>"
    )
    assert parse_html(html).published == datetime(2024, 3, 11, 18, 30)


def test_modified_before_published_is_dropped() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2020-05-02T10:00:00Z'>"
        "<meta property='article:modified_time' content='2020-05-01T10:00:00Z'></head>"
        "<body><h1>x</h1></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(2020, 5, 2, 10, tzinfo=timezone.utc)
    assert article.modified is None


def test_parsely_and_unix_timestamps() -> None:
    html = (
        "<html><head><meta name='parsely-pub-date' content='2021-02-03T04:05:06Z'></head>"
        "<body><h1>x</h1></body></html>"
    )
    assert parse_html(html).published == datetime(2021, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
    html = "<html><head><meta name='sailthru.date' content='1612325106'></head><body></body></html>"
    assert parse_html(html).published == datetime(2021, 2, 3, 4, 5, 6, tzinfo=timezone.utc)


def test_utc_structured_date_is_moved_into_the_page_zone() -> None:
    # JSON-LD in UTC, the visible dateline in local time (8 hours behind): the page's day.
    html = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Late vote","datePublished":"2019-11-20T01:50:59Z"}</script></head>'
        "<body><article><h1>Late vote</h1><p class='timestamp'>Nov. 19, 2019 5:50 PM</p>"
        "<p>" + "The council voted late in the evening. " * 5 + "</p></article></body></html>"
    )
    published = parse_html(html, url="https://paper.example/story").published
    assert published is not None
    assert published.isoformat() == "2019-11-19T17:50:59-08:00"


def test_date_only_values_do_not_invent_a_zone() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2018-08-16T10:29:20Z'>"
        "<meta name='date' content='2018-08-16'></head><body><h1>x</h1></body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.isoformat() == "2018-08-16T10:29:20+00:00"


@pytest.mark.parametrize(
    ("head", "dateline", "expected"),
    [
        ("<html lang='ko'>", "기사입력 : 2018-09-28 17:32", datetime(2018, 9, 28, 17, 32)),
        # the date as the last field of a metadata line: the paper's name, then the date
        (
            "<html>",
            "<a href='/pdi'>Philippine Daily Inquirer</a> / 05:40 AM April 08, 2024",
            datetime(2024, 4, 8, 5, 40),
        ),
    ],
)
def test_unmarked_dateline_under_the_headline(head: str, dateline: str, expected: datetime) -> None:
    html = (
        f"{head}<body><div id='wrap'><h1>A headline of the story</h1><div>{dateline}</div><div>"
        + "The text of the story goes on here. " * 8
        + "</div></div></body></html>"
    )
    assert parse_html(html).published == expected


def test_the_site_headers_date_is_the_days_and_an_update_on_the_byline_line_is_not_the_date() -> (
    None
):
    # a Drupal 7 page: the day's date in the site's #header strip, then the byline line
    # holding the publication and its update
    html = (
        "<html><body><div id='header'><div class='section'><div class='header-date'>Friday, "
        "March 15, 2024 - 5 Ramadan 1445</div><a href='/' id='logo'>Daily Times</a></div></div>"
        "<div id='main'><h1 id='page-title'>Farmers turn to solar irrigation</h1><div "
        "class='field-name-field-author-name'>By Maram Kayed - Mar 11,2024 - Last updated at "
        "Mar 12,2024</div><div class='content'>"
        + "<p>Farmers in the valley have installed solar pumps to water their fields. </p>" * 5
        + "</div></div></body></html>"
    )
    assert parse_html(html).published == datetime(2024, 3, 11)


def test_a_column_named_sidebar_that_holds_the_headline_is_the_storys() -> None:
    # VnExpress: the main column is "sidebar-1", the date above the <h1> inside it
    html = (
        "<html lang='vi'><body><header class='header'><a class='logo' href='/'>VnE</a></header>"
        "<div class='sidebar-1'><div class='header-content'><span class='date'>Thứ bảy, "
        "28/11/2026, 09:15 (GMT+7)</span></div><h1 class='title-detail'>Hà Nội mở thêm ba "
        "tuyến xe buýt điện</h1><article class='fck_detail'>"
        + "<p class='Normal'>Thành phố sẽ mở thêm ba tuyến xe buýt điện từ tháng sau.</p>"
        * 5
        + "</article></div><div class='sidebar-2'><span class='date'>27/11/2026</span></div>"
        "</body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2026, 11, 28, 9, 15)


def test_the_dates_of_a_related_list_named_in_other_words_are_not_the_storys() -> None:
    # a portal's copy of a wire story: its own date in an unnamed span, then the related
    # news ("relation_lst"), each item dated in a span classed "date"
    related = "".join(
        f"<li><a href='/read?aid={day}'>서울 임대주택 소식 {day}</a> "
        f"<span class='date'>2014-05-0{day}</span></li>"
        for day in (8, 6)
    )
    html = (
        "<html lang='ko'><head><title>서울시, 노후 임대주택 리모델링에 3천억 투입 : 네이버 뉴스</title>"
        "</head><body><div class='article_header'><div class='article_info'><h3 "
        "id='articleTitle'>서울시, 노후 임대주택 리모델링에 3천억 투입</h3><div class='sponsor'>"
        "<span class='t11'>2014-05-15 10:23</span> 최종수정 <span class='t11'>2014-05-15 "
        "11:02</span></div></div></div><div id='articleBodyContents'>"
        + "서울시가 지은 지 20년이 넘은 노후 공공임대주택의 리모델링에 3천억원을 투입한다.<br><br>"
        * 4
        + f"</div><div class='relation_lst'><h4>관련기사</h4><ul>{related}</ul></div>"
        "</body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2014, 5, 15, 10, 23)


def test_a_blog_s_day_header_gives_way_to_the_post_s_time_that_day() -> None:
    # a blog's header for the day over its posts, and the post's own line with its time
    html = (
        "<html><head><title>Your new water bill, explained</title></head><body><div id='content'>"
        "<h2 class='date-header'>May 21, 2014</h2><div class='entry'><h3 class='entry-header'>"
        "Your new water bill, explained</h3><div class='entry-body'>"
        + "<p>The authority will bill every household on four tiers from July, and the first "
        "tier stays the cheapest of all.</p>"
        * 4
        + "</div><div class='entry-footer'><span class='posted-on'>Posted on May 21, 2014 at "
        "07:45 AM</span></div></div></div></body></html>"
    )
    assert parse_html(html).published == datetime(2014, 5, 21, 7, 45)


def test_an_unnamed_abbr_s_machine_time_in_a_byline_block_dates_the_story() -> None:
    # a 2008 portal's byline: the visible time has no year, its <abbr> title the instant
    html = (
        "<html><head><title>Wildfire forces thousands from homes</title></head><body><div "
        "class='yn-story'><h1>Wildfire forces thousands from homes</h1><div class='byline'>By "
        "GREG TALAVERA, Associated Press Writer <abbr title='2008-10-15T22:48:07Z'>Wed Oct 15, "
        "6:48 PM ET</abbr></div><div id='storybody'>"
        + "<p>Gusty Santa Ana winds pushed a wildfire through brushy foothills east of Los "
        "Angeles on Wednesday, forcing about 9,000 people from their homes.</p>"
        * 4
        + "</div></div></body></html>"
    )
    assert parse_html(html).published == datetime(2008, 10, 15, 22, 48, 7, tzinfo=timezone.utc)


def test_prose_dates_under_the_headline_are_not_datelines() -> None:
    html = (
        "<html><body><h1>Budget approved</h1><p>The council approved the budget, which takes "
        "effect on 1 January 2020 after a long debate in the chamber.</p></body></html>"
    )
    assert parse_html(html).published is None


def test_time_element_text_shows_the_page_zone() -> None:
    html = (
        "<html><head><meta property='article:published_time' content='2019-11-19T07:03:25+00:00'>"
        "<meta property='article:modified_time' content='2019-11-19T16:43:09+00:00'></head>"
        "<body><article><h1>Inquiry opened</h1><time class='the-time' "
        "datetime='2019-11-19T07:03:25+00:00'>November 18, 2019 11:03 PM</time>"
        "<p>" + "The attorney general opened an inquiry. " * 5 + "</p></article></body></html>"
    )
    article = parse_html(html, url="https://news.example/2019/11/18/inquiry/")
    assert article.published is not None and article.modified is not None
    assert article.published.isoformat() == "2019-11-18T23:03:25-08:00"
    assert article.modified.isoformat() == "2019-11-19T08:43:09-08:00"


def test_zone_abbreviations_read_without_warnings() -> None:
    # Known abbreviations get their offset; an unknown one is read as local time, and
    # python-dateutil's UnknownTimezoneWarning never reaches the caller.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ist = parse_date("Wed, 5 Jun 2019 10:00:00 IST")
        est = parse_date("June 5, 2019 10:00 AM EST")
        unknown = parse_date("June 5, 2019 10:00 AM XYZT")
    assert caught == []
    assert ist == datetime(2019, 6, 5, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert est == datetime(2019, 6, 5, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert unknown == datetime(2019, 6, 5, 10, 0)


def test_loose_dateline_after_a_headline_without_h1() -> None:
    # The <h1> is the logo (inside a link to the front page); the headline is a <dt> that
    # matches <title>, and the dateline is loose text right after its wrapper.
    article = parse_fixture(
        "korean_portal_no_headline_tag.html",
        url="https://www.hanbitdaily.example/news/view.html?idx=1203",
    )
    assert article.published == datetime(2021, 3, 4, 9, 15)
    assert article.headline == "지역 도서관 야간 개방 확대, 주민 반응 엇갈려"


def test_date_before_the_publicado_por_cue_is_read_day_first() -> None:
    # "08/04/2019 - Publicado por: ...": the date precedes the cue; a pt-BR page reads it
    # day first.
    article = parse_fixture("portuguese_city_hall_news.html")
    assert article.published == datetime(2019, 4, 8)
    assert article.authors == ("Marina Costa",)


def test_a_time_element_without_a_datetime_attribute_is_a_dateline() -> None:
    # a science release site: "NEWS RELEASE <time>12-MAR-2025</time>", no metadata date
    html = (
        "<html><head><title>Coral reefs recover faster with fish</title></head><body>"
        "<article><p class='type'>NEWS RELEASE <time>12-MAR-2025</time></p>"
        "<h1>Coral reefs recover faster with fish</h1><p>"
        + "Reefs with more grazing fish recovered twice as fast after bleaching. " * 4
        + "</p></article></body></html>"
    )
    assert parse_html(html).published == datetime(2025, 3, 12)


def test_cued_dateline_just_above_the_headline() -> None:
    article = parse_fixture("german_hubspot_blog.html")
    assert article.published == datetime(2020, 3, 12)
    assert article.authors == ("Lena Hartmann",)


@pytest.mark.parametrize("value", ["12:55 AM", "at 9:40", "June", "Monday"])
def test_a_time_or_a_lone_month_is_not_a_date(value: str) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("June 5, 2019", datetime(2019, 6, 5)), ("January 1, 2001", datetime(2001, 1, 1))],
)
def test_free_form_dates_that_name_a_day_are_kept(value: str, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "offset"),
    [
        ("2019-11-19T21:57:01+0000", timedelta(0)),
        ("2019-11-19T13:16-0800", timedelta(hours=-8)),
        ("2019-11-19T21:57:01.250+0530", timedelta(hours=5, minutes=30)),
    ],
)
def test_iso_offsets_without_a_colon(value: str, offset: timedelta) -> None:
    parsed = parse_date(value)
    assert parsed is not None and parsed.utcoffset() == offset
    assert parsed.date() == datetime(2019, 11, 19).date()


def test_blogger_post_date_and_author_from_its_footer_microdata() -> None:
    # Classic Blogger templates: itemprop=datePublished on an <abbr> whose text is only the
    # time of day; the date is in its title.
    html = (
        "<html><head><title>Open tools for small FPGAs</title></head><body>"
        "<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
        "<div class='post hentry' itemscope itemtype='http://schema.org/BlogPosting'>"
        "<h3 class='post-title entry-title' itemprop='name'>Open tools for small FPGAs</h3>"
        "<div class='post-body entry-content' itemprop='description articleBody'>"
        # (a Blogger post body: text broken by <br /> pairs, dozens of elements)
        + "This week I finally got the place-and-route step working for the smallest parts, "
        "which means the whole flow now runs without any vendor tools at all.<br /><br />"
        * 20
        + "</div>"
        "<div class='post-footer'><span class='post-author vcard'>Posted by "
        "<span itemprop='author' itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop='name'>Andrea Novak</span></span></span> "
        "<span class='post-timestamp'>at <a class='timestamp-link' href='/2016/05/tools.html' "
        "rel='bookmark' title='permanent link'><abbr class='published' "
        "itemprop='datePublished' title='2016-05-08T00:55:00-07:00'>12:55 AM</abbr></a>"
        "</span></div></div></div></div></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(2016, 5, 8, 0, 55, tzinfo=timezone(timedelta(hours=-7)))
    # the author microdata sits in the post's footer, inside the BlogPosting item (the
    # whole blog is a "widget" block, which elsewhere holds a sidebar's bylines)
    assert article.authors == ("Andrea Novak",)


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        (
            "Publiceret 14. maj 2024 kl. 10.15 | Opdateret 15. maj 2024 kl. 08.00",
            datetime(2024, 5, 14, 10, 15),
            datetime(2024, 5, 15, 8, 0),
        ),
        (
            "Julkaistu 14.5.2024 | Päivitetty 15.5.2024",
            datetime(2024, 5, 14),
            datetime(2024, 5, 15),
        ),
        (
            "تاريخ النشر: 12 مايو 2024 - آخر تحديث: 13 مايو 2024",
            datetime(2024, 5, 12),
            datetime(2024, 5, 13),
        ),
    ],
)
def test_published_and_updated_cues_in_more_languages(
    line: str, published: datetime, modified: datetime
) -> None:
    html = (
        "<html><head><title>Ny færgerute</title></head><body><article><h1>Ny færgerute</h1>"
        f"<div class='article-date'>{line}</div>"
        "<p>Færgen sejler fra næste måned to gange dagligt mellem havnen og øen, oplyser "
        "rederiet.</p></article></body></html>"
    )
    article = parse_html(html)
    assert article.published == published
    assert article.modified == modified


def test_drupal_7_rdfa_date_is_read_and_a_comment_s_is_not() -> None:
    # Drupal 7 (Bartik) wraps "Submitted by ... on Mon, 09/08/2014 - 10:22" in an RDFa
    # <span property="dc:date dc:created" content="...">; a comment further down has its own
    article = parse_fixture("drupal7_rdfa_bartik.html")
    assert article.published == datetime(2014, 9, 8, 10, 22, tzinfo=timezone(timedelta(hours=-5)))
    assert article.modified is None
    assert article.authors == ("Maria Kowalski",)


def test_xml_lang_alone_declares_an_english_page_s_month_first_dates() -> None:
    # XHTML pages (Drupal 7's among them) declare their language with xml:lang only
    html = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><body><h1>Bus routes</h1>'
        "<div class='submitted'>Submitted on Mon, 09/08/2014 - 10:22</div><p>"
        + "The district will run four new bus routes this fall. " * 5
        + "</p></body></html>"
    )
    assert parse_html(html).published == datetime(2014, 9, 8, 10, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mrt. 2024, 14:32", datetime(2024, 3, 12, 14, 32)),  # Dutch "maart" abbreviated
        # AM/PM in other languages: after the time in Arabic, before it in East Asia
        ("الثلاثاء ١٢ مارس ٢٠٢٤ - ٠٢:٣٢ م", datetime(2024, 3, 12, 14, 32)),
        ("12 مارس 2024 09:15 ص", datetime(2024, 3, 12, 9, 15)),
        ("2024.03.12. 오후 2:32", datetime(2024, 3, 12, 14, 32)),
        ("입력 2024.03.12. 오전 12:05", datetime(2024, 3, 12, 0, 5)),
        ("2024年3月12日 下午2:32", datetime(2024, 3, 12, 14, 32)),
        ("2024年3月12日 午後2時32分", datetime(2024, 3, 12, 14, 32)),
        # the time before the date
        ("14:32, 12 марта 2024", datetime(2024, 3, 12, 14, 32)),
        ("Updated: Sat 8:31 PM, Feb 17, 2018", datetime(2018, 2, 17, 20, 31)),
        ("9:05 | 12.03.2024", datetime(2024, 3, 12, 9, 5)),
        ("Seite 3 von 12, 12.03.2024", datetime(2024, 3, 12)),
    ],
)
def test_times_and_abbreviations_in_more_languages(text: str, expected: datetime) -> None:
    assert date_in_text(text) == expected


def test_a_dutch_time_element_with_an_abbreviated_month() -> None:
    html = (
        "<html lang='nl'><head><title>Nieuwe fietsbrug</title></head><body><article>"
        "<h1>Nieuwe fietsbrug</h1><div class='meta'><time class='datum'>12 mrt. 2024, 14:32"
        "</time></div><p>"
        + "De gemeente opent volgende maand een nieuwe fietsbrug over het kanaal. " * 4
        + "</p></article></body></html>"
    )
    assert parse_html(html).published == datetime(2024, 3, 12, 14, 32)


_SYDNEY = timezone(timedelta(hours=11))


@pytest.mark.parametrize(
    ("timestamps", "published", "modified"),
    [
        # the words before each <time> say which date it is
        (
            "<p><span>Posted </span><time datetime='2024-11-04T18:30:00.000Z'>Tue 5 Nov 2024 "
            "at 5:30am</time><span>, updated </span><time datetime='2024-11-05T01:10:00.000Z'>"
            "8 hours ago</time></p>",
            datetime(2024, 11, 5, 5, 30, tzinfo=_SYDNEY),
            datetime(2024, 11, 5, 12, 10, tzinfo=_SYDNEY),
        ),
        # the labelled time is the update; the first publication is a time on that day
        (
            "<div><span>Updated </span><time datetime='2024-11-04T22:12:00.000Z'>November 5, "
            "2024 — 9.12am</time><span>, first published at 5.30am</span></div>",
            datetime(2024, 11, 5, 5, 30, tzinfo=_SYDNEY),
            datetime(2024, 11, 5, 9, 12, tzinfo=_SYDNEY),
        ),
        # ... or on the day before, when that time is later than the update's
        (
            "<div>Updated <time datetime='2024-11-04T14:05:00.000Z'>November 5, 2024 — "
            "1.05am</time>, first published at 10.40pm</div>",
            datetime(2024, 11, 4, 22, 40, tzinfo=_SYDNEY),
            datetime(2024, 11, 5, 1, 5, tzinfo=_SYDNEY),
        ),
        # the update first, its label inside the <time> itself
        (
            "<div class='entry-date'><time datetime='2024-11-05T01:10:00.000Z'>Updated 5 "
            "November 2024</time></div><div class='byline'>Ana Ruiz</div><div class='entry-date'>"
            "<time datetime='2024-11-04T18:30:00.000Z'>November 5, 2024 5:30</time></div>",
            datetime(2024, 11, 5, 5, 30, tzinfo=_SYDNEY),
            datetime(2024, 11, 5, 12, 10, tzinfo=_SYDNEY),
        ),
    ],
)
def test_posted_and_updated_times_told_apart_by_their_labels(
    timestamps: str, published: datetime, modified: datetime
) -> None:
    html = (
        "<html lang='en-AU'><body><article><h1>Light rail extension to open late</h1>"
        f"{timestamps}<p>" + "The second stage will open at least six months late. " * 4 + "</p>"
        "</article></body></html>"
    )
    article = parse_html(html)
    assert (article.published, article.modified) == (published, modified)
    assert (article.published.utcoffset(), article.modified.utcoffset()) == (
        timedelta(hours=11),
        timedelta(hours=11),
    )


@pytest.mark.parametrize(
    ("more_dates", "published"),
    [
        # a date that reads only day first ("30/10/2024") says how the page writes them
        (
            "<li>Council budget gap widens <span>30/10/2024</span></li>",
            datetime(2024, 11, 5, 10, 32),
        ),
        # one that reads only month first says the other
        (
            "<li>Council budget gap widens <span>10/30/2024</span></li>",
            datetime(2024, 5, 11, 10, 32),
        ),
        # none, or both: English without a country reads month first
        (
            "<li>Council budget gap widens <span>03/11/2024</span></li>",
            datetime(2024, 5, 11, 10, 32),
        ),
        (
            "<li><span>30/10/2024</span></li><li><span>10/29/2024</span></li>",
            datetime(2024, 5, 11, 10, 32),
        ),
    ],
)
def test_an_english_page_s_own_dates_say_if_it_writes_the_day_first(
    more_dates: str, published: datetime
) -> None:
    html = (
        "<html lang='en'><body><article><h1>Harbour wall repairs to start</h1>"
        "<span class='article-date'>Published: 05/11/2024 10:32</span><p>"
        + "Work to repair the storm-damaged harbour wall will begin next week. " * 4
        + f"</p></article><aside class='latest'><ul>{more_dates}</ul></aside></body></html>"
    )
    assert parse_html(html).published == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nov 5, 2024 / 06:00 AM CST",
            datetime(2024, 11, 5, 6, tzinfo=timezone(timedelta(hours=-6))),
        ),
        (
            "Nov 05, 2024 03:42 PM IST",
            datetime(2024, 11, 5, 15, 42, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("Tue 5 Nov 2024 14.32 GMT", datetime(2024, 11, 5, 14, 32, tzinfo=timezone.utc)),
        (
            "5 Nov 2024, 10:15 (GMT+5:45)",
            datetime(2024, 11, 5, 10, 15, tzinfo=timezone(timedelta(hours=5, minutes=45))),
        ),
        ("12 Mar 2024 09:00 EAT", datetime(2024, 3, 12, 9, tzinfo=timezone(timedelta(hours=3)))),
        # a zone that does not say whether summer time is on: the date decides
        (
            "Mar 04, 2025, 08:00 ET",
            datetime(2025, 3, 4, 8, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "July 4, 2025 9:31 p.m. PT",
            datetime(2025, 7, 4, 21, 31, tzinfo=timezone(timedelta(hours=-7))),
        ),
        (
            "3:45 p.m. ET July 5, 2024",
            datetime(2024, 7, 5, 15, 45, tzinfo=timezone(timedelta(hours=-4))),
        ),
        ("Nov 5, 2024 CST", datetime(2024, 11, 5)),  # no time: no zone
        ("Nov 5, 2024 06:00 CSTX", datetime(2024, 11, 5, 6)),
    ],
)
def test_the_zone_after_a_visible_time_is_kept(text: str, expected: datetime) -> None:
    assert date_in_text(text, zoned=True) == expected
    assert date_in_text(text) == expected.replace(tzinfo=None)


def test_a_dateline_s_zone_is_kept() -> None:
    html = (
        "<html lang='en-US'><body><article><h1>Crews restore power after storms</h1>"
        "<p class='article-meta__dates'><span class='article-meta__date'>Posted: <time>Nov 5, "
        "2024 / 06:00 AM CST</time></span><br><span class='article-meta__date'>Updated: <time>"
        "Nov 5, 2024 / 03:42 PM CST</time></span></p><p>"
        + "Utility crews had restored electricity to most customers. " * 4
        + "</p></article></body></html>"
    )
    article = parse_html(html)
    central = timezone(timedelta(hours=-6))
    assert (article.published, article.modified) == (
        datetime(2024, 11, 5, 6, tzinfo=central),
        datetime(2024, 11, 5, 15, 42, tzinfo=central),
    )
    assert article.published.utcoffset() == timedelta(hours=-6)


def test_a_fact_check_s_claim_review_dates_it_and_a_day_alone_takes_the_time_given_elsewhere() -> (
    None
):
    claim_review = (
        '{"@context": "https://schema.org", "@type": "ClaimReview", "datePublished": '
        '"2023-06-14", "url": "https://checkdesk.example/factchecks/2023/jun/14/state-tax/", '
        '"itemReviewed": {"@type": "Claim", "datePublished": "2023-06-08", "author": '
        '{"@type": "Person", "name": "A. Poster"}}, "reviewRating": {"@type": "Rating", '
        '"alternateName": "False"}}'
    )
    story = "<p>" + "The post claimed the state would tax every bicycle sold after July. " * 4
    html = (
        f"<html><head><script type='application/ld+json'>{claim_review}</script></head><body>"
        "<article><h1>No, the state will not tax bicycles</h1><div class='m-statement__desc'>"
        "stated on June 8, 2023 in a Facebook post:</div>"
        f"{story}</p></article></body></html>"
    )
    assert parse_html(html).published == datetime(2023, 6, 14)
    timed = html.replace(
        "</head>",
        "<meta property='article:published_time' content='2023-06-14T09:30:00-05:00'></head>",
    )
    published = parse_html(timed).published
    assert published is not None and published.isoformat() == "2023-06-14T09:30:00-05:00"


@pytest.mark.parametrize("work", ["Recipe", "HowTo", ["HowTo"]])
def test_a_recipe_or_how_to_page_without_an_article_object_is_dated_by_its_work(
    work: str | list[str],
) -> None:
    data = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": work,
            "name": "How to reseal a bathtub",
            "datePublished": "2019-05-02T08:00:00-04:00",
            "author": {"@type": "Person", "name": "Colleen Marsh"},
        }
    )
    story = "<p>" + "Cut away the old caulk with a utility knife and clean the joint. " * 4
    html = (
        f"<html><head><script type='application/ld+json'>{data}</script></head><body>"
        f"<article><h1>How to reseal a bathtub</h1>{story}</p></article></body></html>"
    )
    published = parse_html(html).published
    assert published is not None and published.date().isoformat() == "2019-05-02"


def test_a_masthead_s_date_of_the_day_is_not_the_story_s() -> None:
    story = "<p>" + "The valley's new bridge opened to traffic after two years of work. " * 3
    html = (
        "<html><head><title>Bridge opens</title></head><body><header><div class='date-today'>"
        "<span class='date'>Saturday, August 2, 2025</span></div></header><article>"
        f"<h1>Bridge opens</h1>{story}</p></article></body></html>"
    )
    assert parse_html(html).published is None
    dated = html.replace(
        "<h1>Bridge opens</h1>", "<h1>Bridge opens</h1><span class='date'>July 31, 2025</span>"
    )
    assert parse_html(dated).published == datetime(2025, 7, 31)


@pytest.mark.parametrize(("lang", "day"), [("en-GB", 12), ("fr", 12), ("en-US", 3)])
def test_an_ambiguous_numeric_meta_date_is_read_as_the_page_s_language_writes_it(
    lang: str, day: int
) -> None:
    story = "<p>" + "The commission proposed new rules on the sale of batteries today. " * 4
    html = (
        f"<html lang='{lang}'><head><meta name='Date' content='12/03/2024'></head><body>"
        f"<article><h1>Battery rules proposed</h1>{story}</p></article></body></html>"
    )
    published = parse_html(html).published
    assert published is not None and published.day == day


def test_dates_of_old_layouts() -> None:
    story = "<p>" + "The new library wing will open to readers in the autumn, the board said. " * 4
    # Joomla 1.5: the date in a table cell, in German with "um" before the time
    joomla = (
        "<html lang='de-de'><body><table class='contentpaneopen'><tr><td class='contentheading'>"
        "Bibliothek wächst</td></tr><tr><td class='createdate'>Donnerstag, 12. März 2009 um "
        f"18:40</td></tr><tr><td>{story}</p></td></tr></table></body></html>"
    )
    assert parse_html(joomla).published == datetime(2009, 3, 12, 18, 40)
    # a 2008 newspaper's meta, with slashes
    bbc = (
        "<html><head><meta name='OriginalPublicationDate' content='2008/10/15 14:22:31'></head>"
        f"<body><table><tr><td class='storybody'>{story}</p></td></tr></table></body></html>"
    )
    assert parse_html(bbc).published == datetime(2008, 10, 15, 14, 22, 31)


def test_an_hatom_post_in_a_blog_widget_is_dated_and_signed() -> None:
    # old Blogger: the post (div.post.hentry) inside the "widget Blog", its date in an
    # <abbr class="published" title=...> and its author in a vcard, in the post's footer
    story = "Le marché couvert rouvrira ses portes en septembre, après deux ans de travaux."
    html = (
        "<html><body><div class='main section'><div class='widget Blog' id='Blog1'>"
        "<div class='blog-posts hfeed'><h2 class='date-header'>mercredi 22 avril 2009</h2>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Le marché rouvre</h3>"
        f"<div class='post-body entry-content'>{(story + '<br><br>') * 4}</div>"
        "<div class='post-footer'><span class='post-author vcard'>Publié par <span class='fn'>"
        "Claire Dubreuil</span></span> <span class='post-timestamp'>à <a class='timestamp-link' "
        "href='/2009/04/marche.html' rel='bookmark'><abbr class='published' "
        "title='2009-04-22T21:14:00+02:00'>21:14</abbr></a></span></div></div></div></div>"
        "</div></body></html>"
    )
    article = parse_html(html)
    assert article.published is not None
    assert article.published.isoformat() == "2009-04-22T21:14:00+02:00"
    assert article.authors == ("Claire Dubreuil",)


def test_an_hatom_post_beside_hatom_teasers_in_the_sidebar_is_dated_and_signed() -> None:
    # Genesis: the sidebar's "Featured Posts" widget marks its teasers "post hentry" too, and
    # the post and the sidebar share a wrapper named after both ("content-sidebar-wrap")
    story = "<p>The county board voted on Tuesday to reopen the Miller Creek trail.</p>" * 3
    teaser = (
        "<div class='post type-post hentry'><h2><a href='/2013/02/snow-report/'>Snow report"
        "</a></h2><p>Snowshoes are still needed above the second switchback. [...]</p></div>"
    )
    html = (
        "<html><body><div id='slider'><h2><a href='/2013/03/river-levels/' rel='bookmark'>"
        "High spring river levels expected</a></h2></div><div id='content-sidebar-wrap'>"
        "<div id='content' class='hfeed'>"
        "<div class='post type-post status-publish hentry "
        "entry'><h1 class='entry-title'>Miller Creek trail reopens</h1><div class='post-info'>"
        "<span class='date published time' title='2013-03-05T17:30:12+00:00'>March 5, 2013"
        "</span> By <span class='author vcard'><span class='fn'><a href='/author/dana/' "
        f"rel='author'>Dana Walsh</a></span></span></div><div class='entry-content'>{story}"
        f"</div></div></div><div id='sidebar'>{teaser * 2}</div></div></body></html>"
    )
    article = parse_html(html)
    assert article.published is not None and article.published.date().isoformat() == "2013-03-05"
    assert article.authors == ("Dana Walsh",)


def test_an_update_line_beside_a_time_element_gives_the_modified_date() -> None:
    story = "<p>" + "Le chantier de la deuxième ligne de tramway prend six mois de retard. " * 4
    html = (
        "<html lang='fr'><body><article><h1>Le chantier prend du retard</h1><div "
        "class='om-article__infos'><time class='om-article__published' "
        "datetime='2024-06-18T07:12:00+02:00'>Publié il y a 3 heures</time> <span "
        "class='om-article__updated'>Modifié le 18/06/2024 à 10h05</span></div>"
        f"{story}</p></article></body></html>"
    )
    article = parse_html(html)
    assert article.published is not None and article.modified is not None
    assert article.published.isoformat() == "2024-06-18T07:12:00+02:00"
    assert (article.modified.date().isoformat(), article.modified.hour) == ("2024-06-18", 10)


def test_an_update_cue_before_the_publication_cue_in_one_line() -> None:
    story = "<p>" + "The state's new dam will hold water for three districts next summer. " * 4
    html = (
        "<html lang='ta'><body><article><h1>Dam opens</h1><div class='date'>Updated : நவ 29, "
        f"2026 07:12 | Added : நவ 28, 2026 21:40</div>{story}</p></article></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(2026, 11, 28, 21, 40)
    assert article.modified == datetime(2026, 11, 29, 7, 12)


def test_a_short_year_with_slashes_is_read_month_first_on_a_us_page() -> None:
    assert date_in_text("3/09/15 8:00am", month_first=True) == datetime(2015, 3, 9, 8, 0)
    assert date_in_text("3/09/15 8:00am") == datetime(2015, 9, 3, 8, 0)


def test_drupals_submitted_by_line_dates_the_story() -> None:
    html = (
        "<html><body><h1>Library bond heads to May ballot</h1><div class='node'>"
        "<div class='submitted'><span>Submitted by <span class='username'>Gwen Alcott</span> "
        "on Tue, 04/15/2014 - 10:12</span></div><div class='content'><p>Voters in the Cedar "
        "Valley Library District will decide in May whether to borrow $11.5 million.</p>"
        "</div></div></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(2014, 4, 15, 10, 12)


def test_a_video_pages_upload_date_when_nothing_else_dates_it() -> None:
    video = (
        '{"@context": "https://schema.org", "@type": "VideoObject", "name": "The worst '
        'commute", "uploadDate": "2023-05-16T14:00:00+00:00"}'
    )
    html = (
        f"<html><head><script type='application/ld+json'>{video}</script></head><body>"
        "<h1>The worst commute of my life</h1><p>I want to tell you about the worst commute of "
        "my life. It was twelve kilometres, and it took me three hours.</p></body></html>"
    )
    published = parse_html(html).published
    assert published is not None and published.date().isoformat() == "2023-05-16"
    # an article's own date wins over its embedded clip's
    dated = html.replace(
        "<h1>", "<meta property='article:published_time' content='2024-02-01T09:00:00+00:00'><h1>"
    )
    published = parse_html(dated).published
    assert published is not None and published.date().isoformat() == "2024-02-01"


def test_old_bloggers_posts_widget_is_no_sidebar_widget() -> None:
    # Minima without hAtom classes: the posts sit in the "widget Blog", the date in the
    # date header above the post, the author in its footer
    html = (
        "<html><body><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
        "<div class='blog-posts'><h2 class='date-header'>Tuesday, October 19, 2010</h2>"
        "<div class='post'><h3 class='post-title'>Why your cron job fails</h3>"
        "<div class='post-body'><p>If I had a pound for every time someone told me it works "
        "when they run it themselves, I could retire early and never debug again.</p></div>"
        "<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>"
        "Alasdair Finch</span></span></div></div></div></div></div><div id='sidebar'><div "
        "class='widget BlogArchive'><h2>Blog Archive</h2><ul><li>October 2010</li></ul></div>"
        "</div></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(2010, 10, 19)
    assert article.authors == ("Alasdair Finch",)


def test_a_themes_one_post_date_classed_updated_is_the_publication() -> None:
    # tagDiv's Newspaper theme marks its post's only date "entry-date updated": the class of
    # the post's date wins over the word "updated".
    html = (
        "<html><body><article><h1>Tbilisi opens a new cable car line</h1><div "
        'class="td-module-meta-info"><span class="td-post-date"><time class="entry-date '
        'updated td-module-date" datetime="2024-03-15T14:32:11+04:00">15 March 2024</time>'
        "</span></div><p>The new line links the old town with the plateau above it and "
        "carries up to a thousand passengers an hour, the city said on Friday.</p>"
        "</article></body></html>"
    )
    article = parse_html(html)
    assert article.published == datetime(
        2024, 3, 15, 14, 32, 11, tzinfo=timezone(timedelta(hours=4))
    )
    assert article.modified is None


def test_a_dateline_given_in_gmt_shows_no_local_clock() -> None:
    # the update in a disclosure's <summary> over "First published on ...", both in GMT: read
    # as a local clock, 04.35 beside the UTC publication made up a +05:30 zone and moved the
    # publication to the next day
    html = (
        "<html><head><title>Australia v Pakistan: third Test, day three – live</title>"
        "<meta property='article:published_time' content='2024-01-07T23:05:40Z'></head><body>"
        "<article><h1>Australia v Pakistan: third Test, day three – live</h1>"
        "<div class='dateline'><details><summary>Mon 8 Jan 2024 04.35 GMT</summary>"
        "First published on Sun 7 Jan 2024 23.05 GMT</details></div>"
        "<p>Pakistan were bowled out for 115 in their second innings after lunch on the third "
        "day, leaving Australia a small target and most of two days to reach it. The openers "
        "walked out under grey skies with the floodlights on and the crowd thinning. Rain is "
        "forecast for the evening session, and the groundstaff have the covers ready.</p>"
        "</article></body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.isoformat() == "2024-01-07T23:05:40+00:00"


def test_the_weekday_before_a_numeric_date_tells_which_way_it_reads() -> None:
    # 11 March 2025 was a Tuesday, 3 November 2025 a Monday: on a page read month first
    assert date_in_text("Tuesday 11/03/2025", month_first=True) == datetime(2025, 3, 11)
    assert date_in_text("Mon, 11/03/2025", month_first=False) == datetime(2025, 11, 3)
    assert date_in_text("mardi 04/03/2025") == datetime(2025, 3, 4)
    # a weekday that fits neither reading, or both, leaves the page's own way
    assert date_in_text("Tuesday 12/03/2025", month_first=True) == datetime(2025, 12, 3)
    assert date_in_text("Tuesday 12/03/2025") == datetime(2025, 3, 12)


def test_a_dateline_opening_a_line_of_byline_and_view_count_dates_the_story() -> None:
    # a Hungarian county paper: readers' comments dated the next day further down
    html = (
        "<html lang='hu'><head><title>Új híd épül a Tiszán</title></head><body>"
        "<div class='cikk'><h1>Új híd épül a Tiszán</h1>"
        "<div class='hirinfo'>2024.04.05. 09:12 | Írta: Szabó Gergő | Olvasták: 856</div>"
        "<p>A megyei közgyűlés csütörtökön döntött arról, hogy jövő tavasszal megkezdődik az "
        "új Tisza-híd építése, amely a két partot köti össze a város északi részén.</p></div>"
        "<div class='hozzaszolasok'><h3>Hozzászólások (1)</h3><div class='hsz'>"
        "<span class='ido'>2024.04.06. 08:15</span><p>Végre!</p></div></div></body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.replace(tzinfo=None) == datetime(2024, 4, 5, 9, 12)


def test_a_date_in_a_font_tag_under_a_table_layout_s_headline() -> None:
    html = (
        "<html><head><title>Band reunites for one last gig - Laugh Track</title></head><body>"
        "<table><tr><td>"
        "<font size='5'><b>Band reunites for one last gig</b></font><br>"
        "<font face='Verdana' size='1' color='#666666'>June 12, 2009</font><br><p>The band "
        "that split up in a bitter row over a van in 1994 will play one more show at the "
        "county fair, its drummer said on Thursday, to nobody's surprise but the band's.</p>"
        "</td></tr></table></body></html>"
    )
    published = parse_html(html).published
    assert published is not None
    assert published.date().isoformat() == "2009-06-12"


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1357, 11, 22), date(1979, 2, 11)),  # 22 Bahman 1357
        ((1403, 1, 1), date(2024, 3, 20)),  # Nowruz
        ((1404, 1, 1), date(2025, 3, 21)),  # after the leap year 1403
        ((1403, 12, 30), date(2025, 3, 20)),  # the leap day
        ((1404, 10, 11), date(2026, 1, 1)),
        ((1405, 8, 12), date(2026, 11, 3)),
    ],
)
def test_solar_hijri_dates_are_converted(solar: tuple[int, int, int], gregorian: date) -> None:
    assert solar_hijri_to_gregorian(*solar) == gregorian


def test_no_such_solar_hijri_day() -> None:
    assert solar_hijri_to_gregorian(1405, 7, 31) is None  # Mehr has 30 days
    assert solar_hijri_to_gregorian(1402, 12, 30) is None  # 1402 is no leap year
    assert solar_hijri_to_gregorian(1405, 13, 1) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تاریخ انتشار: ۱۲ آبان ۱۴۰۵ - ۰۹:۱۵", datetime(2026, 11, 3, 9, 15)),
        ("سه‌شنبه ۱۲ آبان ۱۴۰۵ ساعت ۰۹:۱۵", datetime(2026, 11, 3, 9, 15)),
        ("12 مهر 1404 ساعت 10:30", datetime(2025, 10, 4, 10, 30)),
        # Afghanistan's Dari month names
        ("۱۵ حمل ۱۴۰۳", datetime(2024, 4, 3)),
        # the Gregorian date beside it agrees
        ("جمعه ۶ آذر ۱۴۰۵ - ۲۷ نوامبر ۲۰۲۶", datetime(2026, 11, 27)),
    ],
)
def test_solar_hijri_dates_in_text(text: str, expected: datetime) -> None:
    assert date_in_text(text) == expected


def test_a_persian_story_dated_only_in_the_solar_hijri_calendar() -> None:
    html = (
        "<html lang='fa' dir='rtl'><head><meta charset='utf-8'><title>افتتاح بازار سرپوشیده - "
        "خبرگزاری بندر</title></head><body><article><h1>افتتاح بازار سرپوشیده در انبار قدیمی"
        "</h1><div class='news-date'>تاریخ انتشار: ۱۲ آبان ۱۴۰۵ - ۰۹:۱۵</div><p>شورای شهر روز "
        "سه‌شنبه با تبدیل انبار قدیمی تراموا در خیابان بندر به بازار سرپوشیده موافقت کرد و به "
        "اختلافی شش‌ساله پایان داد.</p><p>بر اساس این طرح، سالن‌های آجری سازه‌های آهنی سقف خود "
        "را حفظ می‌کنند و به شصت غرفه تقسیم می‌شوند.</p></article></body></html>"
    )
    assert parse_html(html).published == datetime(2026, 11, 3, 9, 15)


def test_a_wire_release_timestamp_above_its_headline() -> None:
    # set in the release's own block above the <h1>: it beats the dated files and the company's
    # other releases under the story; its spelled-out zone gives its offset
    article = parse_fixture("wire_release_timestamp_above_headline.html")
    assert article.published == datetime(2010, 3, 3, 8, 30, tzinfo=timezone(timedelta(hours=-8)))


def test_dates_in_a_block_of_other_stories_opened_by_its_heading() -> None:
    html = (
        "<html lang='en'><head><title>Harbour cranes to be replaced - Portside Log</title></head>"
        "<body><div class='post'><h1>Harbour cranes to be replaced</h1><p>The port authority "
        "will replace the four oldest cranes on the north quay over the next two winters, its "
        "board agreed on Monday evening.</p><p>The new cranes run on electricity from the quay's "
        "own substation and lift twice the weight of the machines they replace.</p></div>"
        "<div class='box'><h3>More news from the port</h3><ul><li><a href='/news/ferry'>Ferry "
        "timetable changes</a> <span class='date'>February 11, 2010</span></li><li><a "
        "href='/news/dredging'>Dredging starts in May</a> <span class='date'>January 19, 2010"
        "</span></li></ul></div></body></html>"
    )
    url = "https://portside.example/2010/03/03/harbour-cranes"
    assert parse_html(html, url=url).published == datetime(2010, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 21, 2009 04:05 PM Eastern Daylight Time", (2009, 10, 21, 16, 5, -4)),
        ("March 3, 2010 8:30 AM Pacific Standard Time", (2010, 3, 3, 8, 30, -8)),
        ("10/05/2009 9:00 AM Central Standard Time", (2009, 10, 5, 9, 0, -6)),
        # without saying whether summer time is on: the date decides
        ("July 5, 2009 2:00 p.m. Pacific Time", (2009, 7, 5, 14, 0, -7)),
        ("January 5, 2009 2:00 p.m. Pacific Time", (2009, 1, 5, 14, 0, -8)),
    ],
)
def test_north_american_zones_spelled_out(
    text: str, expected: tuple[int, int, int, int, int, int]
) -> None:
    *when, hours = expected
    zone = timezone(timedelta(hours=hours))
    assert date_in_text(text, zoned=True) == datetime(*when, tzinfo=zone)


def test_a_time_written_before_its_date_with_on_between() -> None:
    # "Last updated at 9:27 AM on 4th March 2009" under the byline: one timestamp (the masthead
    # shows the hour the page was built)
    article = parse_fixture("tabloid_time_on_date.html")
    assert article.published == datetime(2009, 3, 4, 9, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last updated at 10:41 AM on 18th November 2008", datetime(2008, 11, 18, 10, 41)),
        ("Posted 9:05 PM on the 3rd of May 2009", datetime(2009, 5, 3, 21, 5)),
    ],
)
def test_time_on_date(text: str, expected: datetime) -> None:
    assert date_in_text(text) == expected


def test_a_mailing_list_message_dated_in_italics_under_its_subject() -> None:
    # the C library's layout, "Tue Mar 10 19:08:33 GMT 2009", in an <I> under the <H1>
    article = parse_fixture("mailing_list_archive_message.html")
    assert article.published == datetime(2009, 3, 10, 19, 8, tzinfo=timezone.utc)


def test_a_reference_s_retrieval_date_is_no_date_of_the_page() -> None:
    # MediaWiki's citations: "<span class="reference-accessdate">. Retrieved 12 March 2011"
    article = parse_fixture("mediawiki_2011_article.html")
    assert article.published is None


def test_a_date_in_a_cite_byline_under_the_headline() -> None:
    # a 2011 portal's wire copy: "<cite class="byline vcard">By ..., <span class="provider
    # org">Associated Press</span> – <abbr title="...">Tue Jun 14, 11:40 am ET</abbr></cite>"
    story = "<p>" + "The river rose another foot overnight as crews reinforced the levees. " * 4
    html = (
        "<html><body><div class='yom-art-hd'><h1 class='headline'>River keeps rising</h1>"
        "<cite class='byline vcard'><span class='fn'>By DALE HOLLINGWORTH</span>, <span "
        "class='provider org'>Associated Press</span> – <abbr title='2011-06-14T15:40:12Z'>Tue "
        f"Jun 14, 11:40 am ET</abbr></cite></div><div class='yom-art-content'>{story}</p></div>"
        "</body></html>"
    )
    assert parse_html(html).published == datetime(2011, 6, 14, 15, 40, 12, tzinfo=timezone.utc)


def test_article_held_in_a_web_pages_main_entity_is_read() -> None:
    # The NewsArticle sits inside the WebPage's mainEntity: its zone, modification date and
    # keywords are the article's.
    article = parse_fixture("journal_news_main_entity.html")
    zone = timezone(timedelta(hours=1))
    assert article.published == datetime(2025, 3, 12, 9, 0, tzinfo=zone)
    assert article.modified == datetime(2025, 3, 14, 16, 20, tzinfo=zone)
    assert article.tags == ("Microbiology", "Glaciology", "Climate")


def test_a_wechat_article_dated_only_by_its_script_variables() -> None:
    # "var ct" (seconds since the epoch) in the zone "var createTime" writes it in
    article = parse_fixture(
        "wechat_article_script_date.html", url="https://mp.weixin.qq.com/s/Xk3mPq9LrT2vWbN8cYh4Zg"
    )
    assert article.published == datetime(2024, 10, 19, 9, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('var ct = "1729301400";', datetime(2024, 10, 19, 1, 30, tzinfo=timezone.utc)),
        ("var createTime = '2024-10-19 09:30';", datetime(2024, 10, 19, 9, 30)),
        ('var publish_time = "2024-10-19" || "";', datetime(2024, 10, 19)),
        # a number in any other variable is no date
        ('var read_num = "1729301400"; var mid = "1729301400";', None),
        ('var ct = "not a time";', None),
    ],
)
def test_a_page_dated_only_by_a_named_script_variable(
    script: str, expected: datetime | None
) -> None:
    html = (
        "<html><head><title>Harbour plan approved</title></head><body><article>"
        "<h1>Harbour plan approved</h1><p>The council approved the harbour plan on a vote of "
        f"seven to two after a long debate.</p></article><script>{script}</script></body></html>"
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").published == expected


def test_a_byline_s_time_item_beside_its_date_item_gives_the_time() -> None:
    # "<li class="entryDate">October 9, 2012</li><li class="entryTime">4:15 pm</li>"
    article = parse_fixture(
        "byline_items_date_and_time.html",
        url="http://www.gadgetdesk.example/2012/10/thermal-cameras/",
    )
    assert article.published == datetime(2012, 10, 9, 16, 15)


def test_a_dateline_set_as_year_day_and_time_elements_keeps_its_time() -> None:
    # "<span class=year><em>2025</em></span><span class=day><em>06</em>/<em>03</em></span>
    # <span class=time>16:45:09</span>": the parts read apart, year first
    url = "https://english.eastwire.example/20250603/4c1d2e3f/c.html"
    assert parse_fixture("wire_split_dateline.html", url).published == datetime(2025, 6, 3, 16, 45)
    assert date_in_text("2025 06/03 16:45:09") == datetime(2025, 6, 3, 16, 45)
    assert date_in_text("Updated 2025 06/03/2024") == datetime(2024, 3, 6)


def test_an_aired_line_gives_the_time_of_a_day_a_breadcrumb_shows_first() -> None:
    # a broadcast's transcript with no heading element: the breadcrumb's "June 11, 2025"
    # comes first, the "Aired June 11, 2025 - 09:00 ET" line under the segment's title gives
    # the time of that day
    article = parse_fixture(
        "broadcast_transcript_aired_line.html",
        url="https://transcripts.channelnine.example/show/mr/date/2025-06-11/segment/02",
    )
    assert article.published is not None
    assert article.published.isoformat() == "2025-06-11T09:00:00-04:00"


def test_an_obituary_s_service_cards_and_life_span_date_no_page() -> None:
    # a funeral home's obituary states no publication date: the visitation's card ("<p
    # class="event-date">") and the line of birth and death dates are no dateline
    page = FIXTURES / "funeral_home_obituary_services.html"
    html = page.read_text(encoding="utf-8")
    assert parse_html(html).published is None
    # without its services, the life span (classed spans, or two dates joined by a tilde)
    without_services = html[: html.index('<section class="obituary-services">')] + "</main>"
    assert parse_html(without_services).published is None
    unclassed = without_services.replace('class="birth"', "").replace('class="death"', "")
    assert parse_html(unclassed).published is None
