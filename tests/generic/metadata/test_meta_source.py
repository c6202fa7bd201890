from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.site import host_label

STORY = "<p>" + "The committee met on Tuesday to discuss the proposal in detail. " * 3 + "</p>"


def _page(head: str = "", body: str = STORY) -> str:
    return (
        f"<html><head><title>Harbour plan approved</title>{head}</head><body><article>"
        f"<h1>Harbour plan approved</h1>{body}</article></body></html>"
    )


def test_cross_domain_canonical_names_the_original_host() -> None:
    article = parse_fixture(
        "aggregator_cross_domain_canonical.html",
        url="https://newsroll-asia.com/port-authority-signs-deal-for-deep-water-terminal/",
    )
    assert article.source == "straitsherald.com"


def test_cross_domain_canonical_without_url_uses_og_url_as_own_host() -> None:
    assert parse_fixture("aggregator_cross_domain_canonical.html").source == "straitsherald.com"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://m.example.com/a/story", "https://www.example.com/a/story"),
        ("https://amp.example.com/a/story", "https://example.com/a/story"),
        ("https://www.example.co.uk/a/story", "https://www.example.com/a/story"),
        ("https://www.example.com/a/story", "https://www.example.com/a/story"),
    ],
)
def test_own_or_sibling_canonical_is_not_syndication(url: str, canonical: str) -> None:
    html = _page(f'<link rel="canonical" href="{canonical}">')
    assert parse_html(html, url=url).source is None


def test_jsonld_publisher_names_the_canonical_host() -> None:
    html = _page(
        '<link rel="canonical" href="https://www.cnn.com/2024/01/02/world/story">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan",'
        '"publisher":{"@type":"Organization","name":"CNN"}}</script>'
    )
    assert parse_html(html, url="https://www.msn.com/en-us/news/world/story").source == "CNN"


def test_syndication_source_link_and_meta() -> None:
    html = _page('<link rel="syndication-source" href="https://www.latimes.com/story-1">')
    assert parse_html(html, url="https://paper.example/s").source == "latimes.com"
    html = _page('<meta name="original-source" content="The Baltimore Sun">')
    assert parse_html(html, url="https://paper.example/s").source == "The Baltimore Sun"


def test_jsonld_is_based_on() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan",'
        '"isBasedOn":"https://www.theglobe.example/news/harbour-plan"}</script>'
    )
    assert parse_html(html, url="https://copy.example/x").source == "theglobe.example"


@pytest.mark.parametrize(
    ("fixture", "source"),
    [
        ("ap_wire_local_paper.html", "Associated Press"),
        ("reuters_dateline_blog.html", "Reuters"),
        ("spanish_efe_wire.html", "EFE"),
        ("german_dpa.html", "dpa"),
        ("originally_appeared.html", "The Conversation"),
        # "(भाषा)": PTI's Hindi service
        ("hindi_bhasha_wire.html", "Press Trust of India"),
        # "एएनआई, गुवाहाटी। ...": the agency first, past a standfirst classed by its block
        ("hindi_agency_first_dateline.html", "ANI"),
        # "МОСКВА, 14 июня. /ТАСС/. ...": TASS's own dateline on a regional paper's page
        ("ru_regional_tass_dateline_bitrix.html", "TASS"),
    ],
)
def test_wire_datelines_credits_and_original_notes(fixture: str, source: str) -> None:
    assert parse_fixture(fixture).source == source


def test_a_japanese_agency_named_as_a_company_is_a_wire_author() -> None:
    # JSON-LD author "共同通信社": the agency's company name ("社") beside "共同通信"
    assert parse_fixture("japanese_portal_wire_author.html").source == "Kyodo News"


def test_wire_credit_in_byline() -> None:
    html = _page(body="<p class='byline'>By Jane Doe, Associated Press</p>" + STORY)
    article = parse_html(html, url="https://paper.example/s")
    assert article.authors == ("Jane Doe",)
    assert article.source == "Associated Press"


def test_a_wire_credited_under_another_of_its_names_in_the_byline() -> None:
    # Newsquest credits PA Media's copy "By PA News Agency"
    html = _page(body="<p class='byline'>By PA News Agency</p>" + STORY)
    assert parse_html(html, url="https://paper.example/s").source == "PA Media"


def test_a_sister_station_s_story_names_the_station_it_came_from() -> None:
    # Nexstar's closing line on a story taken from another of its stations
    closing = (
        "<p><em>For the latest news, weather, sports, and streaming video, head to <a "
        "href='https://www.wjhl.example'>WJHL | Tri-Cities News &amp; Weather</a>.</em></p>"
    )
    html = _page(body=STORY * 2 + closing)
    assert parse_html(html, url="https://www.wkrn.example/news/x/").source == "WJHL"


def test_originally_published_by_the_site_itself_is_not_syndication() -> None:
    html = _page(
        body=STORY + "<p><em>This story was originally published on "
        "<a href='https://www.harbourtimes.example/2019/plan'>Harbour Times</a>.</em></p>",
        head='<meta property="og:site_name" content="Harbour Times">',
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None


def test_the_wire_agency_own_site_is_the_original() -> None:
    html = _page(
        head='<meta property="og:site_name" content="Reuters">',
        body="<p>LONDON (Reuters) - "
        + "Markets rose on Tuesday as investors cheered. " * 3
        + "</p>",
    )
    assert parse_html(html, url="https://www.reuters.com/markets/story").source is None


def test_the_agency_hosting_its_own_copy_for_a_member_paper_is_the_original() -> None:
    # The agency's own host for member papers: its site name says nothing ("Hosted"), but
    # the host is the agency's short name.
    html = _page(
        head='<meta property="og:site_name" content="Hosted">',
        body="<p>WASHINGTON (AP) — "
        + "The ambassador faces questions from lawmakers on Wednesday. " * 3
        + "</p><p>By JANE ROE, Associated Press</p>",
    )
    url = "https://hosted.ap.org/harbourgazette/article/6486944b/ambassador-questions"
    assert parse_html(html, url=url).source is None


def test_original_page_has_no_source() -> None:
    assert parse_fixture("wordpress_yoast_graph.html").source is None
    assert parse_fixture("broken_jsonld_conflicts.html").source is None


@pytest.mark.parametrize(
    ("host", "label"),
    [
        ("www.theguardian.com", "theguardian"),
        ("news.bbc.co.uk", "bbc"),
        ("jaraguadosul.sc.gov.br", "jaraguadosul"),
        ("m.example.com.au", "example"),
        # a short name under a generic domain is the name, not a regional label
        ("hosted.ap.org", "ap"),
        ("markets.ft.com", "ft"),
        ("localhost", None),
    ],
)
def test_host_label(host: str, label: str | None) -> None:
    assert host_label(host) == label


def test_prose_is_not_a_credit_line() -> None:
    html = _page(
        body=STORY + "<p>The outbreak first appeared in West Michigan at the end of August, "
        "officials said.</p><p>First published on November 19, 2019 / 8:16 AM</p>"
    )
    assert parse_html(html, url="https://paper.example/s").source is None


def test_photo_credit_is_not_a_wire_credit() -> None:
    html = _page(
        head='<meta name="author" content="Sarah Archer">',
        body="<figure><img src='/neon.jpg'><figcaption><span class='credit'>"
        "Benoit Tessier/Reuters</span></figcaption></figure>" + STORY,
    )
    article = parse_html(html, url="https://paper.example/s")
    assert article.authors == ("Sarah Archer",)
    assert article.source is None


def test_parent_company_as_source_organization_is_not_syndication() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan",'
        '"publisher":{"name":"CityDesk"},"sourceOrganization":{"name":"Big Media Group"}}'
        "</script>"
    )
    assert parse_html(html, url="https://citydesk.example/s").source is None


def test_copy_pointing_og_url_at_the_original_names_the_provider() -> None:
    # No URL given; og:url and the canonical are the original's, the site name is the copy's.
    html = _page(
        '<link rel="canonical" href="https://www.exampletimes.com/2024/05/03/storm">'
        '<meta property="og:url" content="https://www.exampletimes.com/2024/05/03/storm">'
        '<meta property="og:site_name" content="NewsHub">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm",'
        '"provider":{"@type":"Organization","name":"The Example Times"}}</script>'
    )
    article = parse_html(html)
    assert article.site_name == "NewsHub"
    assert article.source == "The Example Times"


def test_portal_copy_names_the_provider_from_its_logo_link() -> None:
    # A portal republishing a partner's story: the canonical is on the partner's domain,
    # and the partner's logo links to its home page with its name, which is reported
    # rather than the bare host.
    article = parse_fixture(
        "portal_provider_logo.html",
        url="https://www.newsdeck.example/news/ferry-winter-sailings/ar-AA9",
    )
    assert article.source == "The Coastal Post"
    assert article.site_name == "Newsdeck"


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("KYIV (Ukrinform) - ", "Ukrinform"),
        ("ROME (Adnkronos) - ", "Adnkronos"),
        ("CAIRO (MENA) - ", "MENA"),
        ("HANOI (VNA) - ", "Vietnam News Agency"),
        ("SÃO PAULO, SP (FOLHAPRESS) - ", "Folhapress"),
        ("Vic (ACN).- ", "ACN"),
        ("BUENOS AIRES (Télam) - ", "Télam"),
        ("NEW YORK (JTA) — ", "Jewish Telegraphic Agency"),
        ("لندن (رويترز) - ", "Reuters"),
        ("KAYSERİ (İHA) – ", "İHA"),
        ("Lefkoşa (TAK) - ", "TAK"),
        ("(대전=뉴스1) 임재원 기자 = ", "News1"),
        ("[서울=뉴시스]한서윤 기자 = ", "Newsis"),  # square brackets
        ("MONTRÉAL (La Presse Canadienne) — ", "The Canadian Press"),
        ("Kaolack, 12 mars (APS) – ", "APS"),
    ],
)
def test_national_agency_datelines(dateline: str, source: str) -> None:
    html = _page(
        body=f"<p>{dateline}"
        + "The port authority approved the new breakwater plan on Tuesday after a long review. " * 2
        + "</p>"
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


def test_portal_source_line_names_the_original_publisher() -> None:
    # Chinese portals credit the publisher they took the story from on a "来源：" line under
    # the headline.
    article = parse_fixture(
        "chinese_portal_source_line.html", url="https://news.yuanfang.example/2024/0506/a1.html"
    )
    assert article.source == "新华网"
    assert article.published is not None and article.published.date().isoformat() == "2024-05-06"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("来源：本站", None),  # "this site": the page is the original
        ("来源：<a href='https://news.example/'>人民日报</a>", "人民日报"),  # named in a link
        # where it filed from, in brackets after the link: no part of the name
        (
            "来源: <a href='https://www.xinhua.example/'>新华网</a><span class='cDRed'>(北京)</span>",
            "新华网",
        ),
        ("출처: 연합뉴스", "Yonhap"),  # a wire agency, under its readable name
        ("Источник: РИА Новости", "RIA Novosti"),
    ],
)
def test_source_lines_in_other_languages(line: str, source: str | None) -> None:
    html = _page(body=f"<p class='meta'>{line}</p>" + STORY)
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


@pytest.mark.parametrize(
    ("title", "head", "source"),
    [
        # a paper's own site names no site but ends its titles with its name: the paper is
        # its own source
        ("港口扩建方案获批_本地新闻_江南日报网", "", None),
        ("港口扩建方案获批--江南日报", "", None),
        # a portal's title ends with the portal's name: the paper it credits is the source
        ("港口扩建方案获批_新闻中心_远方门户", "", "江南日报"),
        # a site that names itself: its title's end is not asked
        (
            "港口扩建方案获批_江南日报",
            "<meta property='og:site_name' content='远方门户'>",
            "江南日报",
        ),
    ],
)
def test_a_source_line_naming_the_site_at_the_end_of_its_title(
    title: str, head: str, source: str | None
) -> None:
    html = (
        f"<html><head><title>{title}</title>{head}</head><body><article>"
        "<h1>港口扩建方案获批</h1><p class='info'>2024-05-06 来源：江南日报</p>"
        + "<p>"
        + "市政府周二批准了港口扩建方案，新码头预计三年内建成投入使用。" * 4
        + "</p>"
        + "</article></body></html>"
    )
    assert parse_html(html, url="https://news.jiangnan.example/a.html").source == source


def test_credit_line_on_a_page_without_an_article_element() -> None:
    # No <article>: the whole page is searched (its <head> skipped only when it holds no
    # paragraph), and the credit line still names the original publisher.
    html = (
        "<html><head><title>Harbour plan approved</title>"
        "<script>var note = 'This story was originally published on Example';</script></head>"
        f"<body><h1>Harbour plan approved</h1>{STORY}"
        "<p><em>This story was originally published on The Conversation.</em></p>"
        "</body></html>"
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").source == "The Conversation"


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("Madrid, 12 mar (EFE).- El Gobierno aprobó ", "EFE"),
        # dpa's regional service for Lower Saxony after the agency
        ("Hannover (dpa/lni) - Schülerinnen und Schüler können künftig ", "dpa"),
        ("New Delhi, Mar 12 (PTI) The government on Tuesday extended ", "Press Trust of India"),
        ("Paris, 12 mars (AFP) Le gouvernement a annoncé ", "Agence France-Presse"),
        ("(서울=연합뉴스) 홍길동 기자 = 정부는 12일 ", "Yonhap"),
        ("【ワシントン共同】米商務省は12日、", "Kyodo News"),
        ("　　新华社北京3月12日电　国务院总理12日主持召开国务院常务会议，", "Xinhua"),
        ("（中央社記者王小明台北12日電）行政院會今天通過", "Central News Agency"),
        # the Indian agencies as the Indian-language papers credit them
        ("नवी दिल्ली, १२ मार्च (पीटीआय) : सरकारने मंगळवारी ", "Press Trust of India"),
        ("नई दिल्ली, 12 मार्च (पीटीआई) सरकार ने मंगलवार को ", "Press Trust of India"),
        ("पटना, 12 मार्च (वार्ता) राज्य सरकार ने ", "United News of India"),
        ("कोलकाता, 12 मार्च (आईएएनएस) राज्य सरकार ने ", "IANS"),
        ("কলকাতা, ১২ মার্চ (পিটিআই) রাজ্য সরকার ", "Press Trust of India"),
        # a parenthesised credit without a dash after no place and date: no dateline
        ("The ministry's figures (PTI) show ", None),
    ],
)
def test_wire_datelines_in_house_styles(opening: str, source: str | None) -> None:
    html = _page(body=f"<p>{opening}" + "港口扩建方案获批 the plan was approved. " * 4 + "</p>")
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


@pytest.mark.parametrize(
    ("line", "source"),
    [
        (
            "<time datetime='2024-03-12'>12 de marzo de 2024</time> · Fuente: AFP",
            "Agence France-Presse",
        ),
        ("<span>12.03.2024 | Quelle: dpa</span>", "dpa"),
        ("Źródło: PAP", "PAP"),
        ("Kaynak: AA", "Anadolu Agency"),
        ("Font: EFE", "EFE"),  # Catalan
        ("المصدر: رويترز", "Reuters"),  # Arabic
        ("Πηγή: ΑΠΕ-ΜΠΕ", "ANA-MPA"),  # Greek
        ("منبع: <a href='https://isna.example/news/1'>ایسنا</a>", "ISNA"),  # Persian
        ("Source: Daily Herald", "Daily Herald"),  # an outlet's name
        ("Bron: <a href='https://www.nrc.example/'>NRC</a>", "NRC"),  # linked to another site
        ("Source: company filings", None),  # data, not a publisher
        ("Source: Statistics Norway", None),
        ("Image source: Reuters", None),  # a picture's credit
    ],
)
def test_source_labels_by_the_date_name_a_publisher(line: str, source: str | None) -> None:
    html = _page(body=f"<div class='meta'>{line}</div>" + STORY)
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


def test_a_credit_line_naming_the_publisher_before_a_link_to_the_original() -> None:
    # Gannett's line on its partners' copies: the publisher, a colon, the original's title
    # linked to it
    credit = (
        "<p>This article originally appeared on The Columbus Dispatch: <a "
        "href='https://www.dispatch.example/story/news/local/2025/05/13/parking-permits/1/'>"
        "Columbus will test overnight parking permits this summer</a></p>"
    )
    html = _page(body=STORY * 2 + credit)
    assert parse_html(html, url="https://news.portal.example/columbus-parking-1.html").source == (
        "The Columbus Dispatch"
    )


def test_a_credit_line_s_publisher_ends_before_a_bracketed_date() -> None:
    credit = (
        "<p><em>This column was first published in Cold Chain Quarterly (April 2025) and is "
        "shared here with the editor's permission.</em></p>"
    )
    html = _page(body=STORY * 2 + credit)
    article = parse_html(html, url="https://www.network.example/pulse/cold-chain-lessons-1a2b")
    assert article.source == "Cold Chain Quarterly"


@pytest.mark.parametrize(
    ("box", "source"),
    [
        # the Jannah theme's box under a post, tagDiv Newspaper's
        (
            "<div class='post-bottom-meta post-bottom-source'><div class='post-bottom-meta-title'>"
            "<span class='tie-icon-link'></span> Source</div><span class='tagcloud'><a "
            "href='https://www.businesswire.com/news/home/20250506005123/en/'>Business Wire</a>"
            "</span></div>",
            "Business Wire",
        ),
        (
            "<div class='td-post-source-via'><div class='td-post-small-box'><span>SOURCE</span>"
            "<a rel='nofollow' href='https://theconversation.com/why-spring-floods-251877'>The "
            "Conversation</a></div></div>",
            "The Conversation",
        ),
        # a box linking the site's own page, a picture's source: no other publisher
        (
            "<div class='post-source'><span>Source</span> <a href='/about'>Harbour Times</a></div>",
            None,
        ),
        (
            "<figure><img src='/map.png'><figcaption class='source'>Source <a "
            "href='https://data.example/'>City Data</a></figcaption></figure>",
            None,
        ),
    ],
)
def test_a_theme_s_source_box_under_the_story(box: str, source: str | None) -> None:
    html = _page(body=STORY * 2 + box)
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


def test_source_label_closing_the_story() -> None:
    html = _page(body=STORY * 2 + "<p><strong>Quelle:</strong> dpa</p>")
    assert parse_html(html, url="https://harbourtimes.example/plan").source == "dpa"
    # a chart's source line in the story is data, not the story's publisher
    chart = "<figure><img src='/c.png'><figcaption>Source: Reuters</figcaption></figure>"
    html = _page(body=STORY + chart)
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None
    # a label the story goes on after is no closing credit
    html = _page(body=STORY + "<p>Fuente: EFE</p>" + STORY + STORY)
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None


@pytest.mark.parametrize(
    ("notice", "source"),
    [
        ("Copyright 2024 Thomson Reuters.", "Reuters"),
        (
            "Copyright 2024 The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed.",
            "Associated Press",
        ),
        ("© 2024 AFP", "Agence France-Presse"),
        ("© 2024 Harbour Times. All rights reserved.", None),  # the site's own notice
    ],
)
def test_closing_wire_rights_notice(notice: str, source: str | None) -> None:
    html = _page(body=STORY * 2 + f"<p class='copyright'>{notice}</p>")
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


@pytest.mark.parametrize(
    "opening",
    [
        # the dateline set as a line of its own
        "<p>VALLADOLID, 12 (EUROPA PRESS)</p>",
        # the dateline opening the story after a standfirst set as its first paragraph
        "<p class='summary-art'>La giunta ha approvato il piano dopo una lunga discussione "
        "con i comitati di quartiere.</p><p>(ANSA) - MILANO, 12 MAR - </p>",
    ],
)
def test_a_wire_dateline_on_its_own_line_or_after_a_standfirst(opening: str) -> None:
    article = parse_html(_page(body=opening + STORY), url="https://harbourtimes.example/plan")
    assert article.source in ("Europa Press", "ANSA")
    assert (article.source == "ANSA") == ("ANSA" in opening)


@pytest.mark.parametrize(
    ("closing", "source"),
    [
        ("“We are ready to expand,” he said. (NAN)", "News Agency of Nigeria"),
        ("The talks resume on Monday.</p><p>(PTI)", "Press Trust of India"),
        # a signed story drawing on a wire ("according to": VnExpress's)
        (
            "The launch went ahead.</p><p><strong>Như Tâm</strong> (Theo <em>Reuters</em>)",
            "Reuters",
        ),
        # the name spelled out before its abbreviation is the sentence's, not a credit
        ("the minister told the Associated Press (AP).", None),
        # a Japanese story's last sentence closed by the agency's short name
        ("運転状況を確認するよう呼び掛けている。（時事）", "Jiji Press"),
        ("港湾局が詳しい経緯を調べている。(共同)", "Kyodo News"),
        # (a photo's credit, not after a sentence's full stop)
        ("写真は運転を見合わせた東京駅のホーム（時事）", None),
    ],
)
def test_an_agency_s_mark_closing_the_story(closing: str, source: str | None) -> None:
    story = STORY * 2 + f"<p>{closing}</p><div class='support'><p>Support our journalism.</p></div>"
    assert parse_html(_page(body=story), url="https://harbourtimes.example/plan").source == source
    # (readers' comments and a related box's short lines after the story, in the article)
    comments = "".join(
        f"<li class='comment'><div class='comment-content'><p>Comment {n}: a fair point about "
        "the plan.</p></div></li>"
        for n in range(6)
    )
    related = "<div class='jp-relatedposts'><p>May 2, 2025</p><p>In \"News\"</p></div>" * 2
    story += f"<div class='comments-area'><ol>{comments}</ol></div>{related}"
    assert parse_html(_page(body=story), url="https://harbourtimes.example/plan").source == source


def test_a_cookie_banner_s_paragraph_is_no_opening_of_the_story() -> None:
    # an Italian regional paper: the consent banner's <p> comes first on the page
    banner = (
        "<div id='iubenda-cs-banner'><p class='iub-p'>Noi e terze parti selezionate utilizziamo "
        "cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per "
        "altre finalità.</p></div>"
    )
    story = (
        "<p>(ANSA) - TARANTO, 12 MAR - " + "Il porto ha registrato un aumento dei traffici. " * 3
    )
    html = f"<html><body>{banner}<div class='article'><h1>Porto</h1>{story}</p></div></body></html>"
    assert parse_html(html, url="https://www.quotidianodipuglia.example/a.html").source == "ANSA"


def test_a_source_label_closing_a_story_written_with_line_breaks() -> None:
    # DataLife Engine: the story is text split by <br><br>, its credit the last line
    story = "На вокзалі запрацював цілодобовий пункт незламності для пасажирів. " * 3
    html = _page(
        body=f"<div id='news-id-58213'>{story}<br><br>{story}<br><br><b>Джерело:</b> "
        "<a href='https://ukrinform-like.example/rubric-regions/3839211.html'>Укрінформ-лайк</a>"
        "</div>"
    )
    assert parse_html(html, url="https://poltava-news.example/58213.html").source == (
        "Укрінформ-лайк"
    )


def test_wire_rights_notice_of_a_photo_is_no_source() -> None:
    photo = "<div class='img'><img src='/a.jpg'><span>© Reuters. FILE PHOTO: a port.</span></div>"
    html = _page(body=photo + STORY * 2)
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None
    # nor under a picture that closes the story
    photo = (
        "<figure><img src='/a.jpg'><figcaption><span>© 2024 Reuters.</span></figcaption></figure>"
    )
    html = _page(body=STORY * 2 + photo)
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        (
            "This article is republished from The Conversation under a Creative Commons "
            "license. Read the original article.",
            "The Conversation",
        ),
        (
            "This story was originally published by ProPublica, a Pulitzer Prize-winning "
            "investigative newsroom. Sign up for The Big Story newsletter.",
            "ProPublica",
        ),
        ("This story was originally published by The 19th.", "The 19th"),
        # Hebrew: "the story first appeared on the site <name>"
        ("הכתבה פורסמה לראשונה באתר <a href='https://zman.example/a'>זמן ישראל</a>", "זמן ישראל"),
        # a science syndicator's credit of the institution whose release it ran
        (
            "<a href='https://coastal.example/news/1'>Materials</a> provided by <a "
            "href='https://coastal.example/'><strong>Institute for Coastal Studies</strong></a>. "
            "<em>Note: Content may be edited for style and length.</em>",
            "Institute for Coastal Studies",
        ),
        # German, the name in quotes after what it is
        ("Dieser Kommentar erschien zuerst in der Wochenzeitung „Der Abend“.", "Der Abend"),
        ("This article was originally published in the Minnesota Reformer.", "Minnesota Reformer"),
        (
            "This article originally appeared on WNYC and has been republished here with "
            "permission.",
            "WNYC",
        ),
        (
            "This story was produced by Grist and is republished here in partnership with the "
            "Harbour Times.",
            "Grist",
        ),
        # a bare domain: the readable name the page gives it, else the domain as written
        (
            "This article was reprinted from <a href='https://kffhealthnews.example/'>"
            "kffhealthnews.example</a>, a national newsroom. <a href='https://kffhealthnews"
            ".example/'><img src='/k.png' alt='KFF Health News logo'></a>",
            "KFF Health News",
        ),
        ("This article was reprinted from Stateline.example with permission.", "Stateline.example"),
        # the site's own newsletter, where the story "appeared" before
        ("This story first appeared in Harbour Weekend. Sign up here.", None),
        # another publisher's, named again in the invitation
        ("This story originally appeared on Grist. Sign up for Grist's newsletter.", "Grist"),
        # a date is no publisher
        ("First published on November 19, 2019.", None),
        # the line closing every story of The Canadian Press
        (
            "This report by The Canadian Press was first published April 28, 2024.",
            "The Canadian Press",
        ),
    ],
)
def test_credit_lines_naming_the_original_publisher(credit: str, source: str | None) -> None:
    html = _page(
        head='<meta property="og:site_name" content="Harbour Times">',
        body=STORY * 2 + f"<p><em>{credit}</em></p>",
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


def test_cross_domain_canonical_named_by_the_credit_line_or_a_partner_logo() -> None:
    canonical = '<link rel="canonical" href="https://grist.example/food/oysters/">'
    credit = (
        "<p><em>This story was originally published by <a href='https://grist.example/food/"
        "oysters/'>Grist</a> with the headline <a href='https://grist.example/food/oysters/'>"
        "Oyster farmers turn to breeding</a> on Mar 12, 2024.</em></p>"
    )
    html = _page(canonical, body=STORY + credit)
    assert parse_html(html, url="https://coastal.example/oysters/").source == "Grist"
    logo = "<a href='https://grist.example/'><img src='/g.png' alt='Grist logo'></a>"
    html = _page(canonical, body=logo + STORY)
    assert parse_html(html, url="https://coastal.example/oysters/").source == "Grist"


@pytest.mark.parametrize("byline", ["AP Herald Correspondent", "AP Bureau"])
def test_a_site_named_with_a_wire_abbreviation_is_not_that_wire(byline: str) -> None:
    # "AP" on the AP Herald is the site (or the state), not the Associated Press
    html = _page(
        head='<meta property="og:site_name" content="AP Herald">',
        body=f"<p class='byline'>{byline}</p>" + STORY,
    )
    article = parse_html(html, url="https://www.apherald.example/ap-govt-colleges-1093342")
    assert article.source is None
    assert "Associated Press" not in article.authors


def test_aggregator_copy_keeping_the_original_publisher_in_its_jsonld() -> None:
    head = (
        '<meta property="og:site_name" content="NewsHub">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lead pipes",'
        '"publisher":{"@type":"Organization","name":"Axios","url":"https://www.axios.example"}}'
        "</script>"
    )
    provider = (
        "<div class='provider'><a href='https://www.axios.example/'><img src='/ax.png' "
        "alt='Axios'></a> via Axios</div>"
    )
    url = "https://news.newshub.example/cities-race-replace-lead-pipes-103012345.html"
    article = parse_html(_page(head, body=provider + STORY), url=url)
    assert (article.site_name, article.source) == ("NewsHub", "Axios")
    # a parent company linked from the site's footer is no original publisher
    head = head.replace("Axios", "Verity Media").replace("axios", "veritymedia")
    footer = "<footer><a href='https://www.veritymedia.example/'>Verity Media</a></footer>"
    article = parse_html(_page(head, body=STORY + footer), url=url)
    assert article.source is None


def test_a_wire_dateline_is_read_in_a_story_of_divs_beside_teaser_articles() -> None:
    # the story sits in <div>s; the only <article> elements are the rail's teaser cards (a
    # sponsored one with a line of text): none of them is the story's element
    teasers = "".join(
        f"<article class='card card--small'><a href='/news/{slug}'>{title}</a>"
        "<span>2 hours ago</span></article>"
        for slug, title in (
            ("fair-board", "County fair board names new director"),
            ("wheat-prices", "Wheat prices climb on export demand"),
        )
    ) + (
        "<article class='card card--sponsored'><p><a href='/promo/truck-sale'>Local "
        "dealership announces spring sale</a> Save on new and used trucks this month at "
        "Prairie Motors.</p></article>"
    )
    story = "".join(
        f"<div class='story-paragraph'>{text}</div>"
        for text in (
            "March 14 (Reuters) - Wheat futures rose for a third day on Thursday as buyers "
            "in North Africa booked cargoes ahead of the spring harvest.",
            "Traders said dry weather in the southern plains also lifted prices, though "
            "forecasts of rain next week limited the gains.",
        )
    )
    html = (
        "<html><head><title>Wheat rises again</title></head><body><div id='storyBody'>"
        f"<h1>Wheat rises again</h1>{story}</div><aside class='rail'>{teasers}</aside>"
        "</body></html>"
    )
    assert parse_html(html, url="https://plainsledger.example/business/wheat").source == "Reuters"


def test_an_agency_s_own_page_under_another_of_its_names_is_the_original() -> None:
    # Yonhap's page calls itself 연합뉴스; its dateline credits 연합뉴스 too
    html = _page(
        head='<meta property="og:site_name" content="연합뉴스">',
        body="<p>(서울=연합뉴스) 김지훈 기자 = "
        + "전국 아파트 전셋값이 30주 연속 올랐다. " * 4
        + "</p>",
    )
    assert parse_html(html, url="https://www.yna.example/view/AKR2024").source is None
    # Xinhua's page: its name only in the title's end, after a hyphen between CJK characters
    xinhua = (
        "<html><head><title>我国首条跨海高铁全线铺轨完成-新华网</title></head><body><article>"
        "<h1>我国首条跨海高铁全线铺轨完成</h1><p>新华社福州4月16日电（记者张伟）"
        + "记者从中国铁路南昌局集团有限公司获悉，福厦高铁全线铺轨完成。" * 3
        + "</p><div class='source'>来源：新华网</div></article></body></html>"
    )
    assert parse_html(xinhua, url="https://www.news-cn.example/20240416/c_1130.htm").source is None


@pytest.mark.parametrize(
    ("bio_classes", "donate_class", "notice", "source"),
    [
        (("AuthorBio", "AuthorBio-description"), "DonateModule", "Thomson Reuters.", "Reuters"),
        # a member station's copy of an NPR story, its boxes named in camelCase (Grove's
        # "AuthorInfo-bio", "DonationCallToAction")
        (("AuthorInfo", "AuthorInfo-bio"), "DonationCallToAction", "NPR", "NPR"),
    ],
)
def test_a_wire_rights_notice_before_an_author_bio_still_closes_the_story(
    bio_classes: tuple[str, str], donate_class: str, notice: str, source: str
) -> None:
    outer, inner = bio_classes
    bio = (
        f"<div class='{outer}'><div class='{inner}'><p>Lena Ortiz covers transport and city "
        "hall for the station's newsroom and has reported from the region for ten years.</p>"
        "</div></div>"
    )
    donate = (
        f"<div class='{donate_class}'><p>Independent, nonprofit local journalism depends on "
        "listeners like you. Give today and keep this reporting free for everyone.</p></div>"
    )
    html = _page(body=STORY + f"<p>Copyright 2024 {notice}</p>" + bio + donate)
    assert parse_html(html, url="https://wnpr.example/2024/05/story").source == source
    # ...but the wire's own site names no other source
    assert parse_html(html, url=f"https://www.{source.lower()}.example/2024/story").source is None


def test_more_credit_lines_and_labels_name_the_original() -> None:
    # Business Insider's partner copies close with a link to the original
    partner = _page(
        body=STORY + "<p><a href='https://www.businessinsider.example/remote-workers-2024-4'>"
        "Read the original article on Business Insider</a></p>"
    )
    assert parse_html(partner, "https://newsharbor.example/b/1").source == "Business Insider"
    # a French byline giving only the agency: its credit, not a person
    agency = _page(body="<p class='article-full__author'>Par AFP</p>" + STORY)
    article = parse_html(agency, "https://www.ladepeche.example/2024/03/12/x.html")
    assert article.authors == ("Agence France-Presse",)
    assert article.source == "Agence France-Presse"
    # a portal's source line with its "report" link right after the name
    portal = _page(
        body="<div class='post_info'>2024-03-12 10:21:05 来源: <a href='https://www.xinhua"
        ".example/'>新华网</a> <a class='post_jubao' href='/jubao'>举报</a></div>" + STORY
    )
    assert parse_html(portal, "https://www.163.example/news/article/ABC123.html").source == "新华网"


def test_a_share_link_inside_the_byline_is_no_author() -> None:
    byline = (
        "<div class='Page-byline'><span class='Page-authors'>By <a href='/author/ruth-aldana'>"
        "RUTH ALDANA</a></span><div class='Page-actions'><a href='#copy'>Copy Link</a></div>"
        "</div>"
    )
    assert parse_html(_page(body=byline + STORY)).authors == ("Ruth Aldana",)


def test_a_korean_portal_s_copy_names_its_paper_in_a_meta() -> None:
    story = "<p>" + "서울시는 내년부터 시내버스 노선을 대폭 개편한다고 28일 밝혔다. " * 6 + "</p>"
    head = (
        "<meta property='og:site_name' content='다음뉴스'>"
        "<meta property='article:media_name' content='새날통신'>"
    )
    html = _page(head=head, body=story)
    assert parse_html(html, "https://v.daum.example/v/20261128140500123").source == "새날통신"
    # the paper's own page naming itself is an original
    own = _page(
        head="<meta property='og:site_name' content='새날통신'>"
        "<meta property='article:media_name' content='새날통신'>",
        body=story,
    )
    assert parse_html(own, "https://www.saenal.example/news/123").source is None


def test_a_portal_s_link_to_the_original_beside_the_headline_names_its_publisher() -> None:
    # Naver: the paper's logo links its home page, "기사원문" its copy of the story
    url = "https://news.portal.example/article/099/0000410077"
    article = parse_fixture("korean_news_portal_copy.html", url)
    assert article.source == "바다경제"
    assert [link.title for link in article.related] == [
        "부산항 신항 자동화 터미널 첫 시험 운영",
        '화물차 반입 예약제 확대…운송업계 "준비 기간 부족"',
    ]
    # the time of the update is shown without its zone, in the zone of the publication's
    assert article.modified == datetime(2025, 3, 11, 11, 42, tzinfo=timezone(timedelta(hours=9)))
    assert article.body.startswith("부산과 인천의 컨테이너 터미널을 중심으로")
    assert article.body.endswith("유예 기간을 충분히 둬야 한다고 요구하고 있다.")


def test_a_link_to_the_original_on_the_site_itself_names_no_source() -> None:
    html = (FIXTURES / "korean_news_portal_copy.html").read_text(encoding="utf-8")
    own = html.replace("https://www.badaeconomy.example/article/", "/article/")
    article = parse_html(own, "https://news.portal.example/article/099/0000410077")
    assert article.source is None


@pytest.mark.parametrize("keep", ["logo", "meta"])
def test_a_portal_s_copy_names_the_original_by_the_name_it_gives_the_paper(keep: str) -> None:
    # the paper's logo links the portal's own page on the paper: its alt text, else the
    # metas naming the paper ("바다경제 | 네이버" without the portal's own name), not its host
    html = (FIXTURES / "korean_news_portal_copy.html").read_text(encoding="utf-8")
    html = html.replace(
        'href="https://www.badaeconomy.example/" class="media_end_head_top_logo"',
        'href="https://media.portal.example/press/099" class="media_end_head_top_logo"',
    ).replace('<meta name="twitter:creator" content="바다경제">', "")
    if keep == "meta":
        html = html.replace('alt="바다경제" title="바다경제" ', 'alt="" ')
    else:
        html = html.replace('content="바다경제 | 네이버"', 'content="네이버"')
    article = parse_html(html, "https://news.portal.example/article/099/0000410077")
    assert article.source == "바다경제"


def test_a_portal_s_title_names_its_provider_in_brackets_before_its_own_name() -> None:
    # "<headline>（瀬戸内タイムズ） - みなとニュース": the provider the JSON-LD gives as the
    # article's author organisation
    url = "https://news.minato.example/articles/9c1e0b7a"
    assert parse_fixture("ja_portal_provider_title.html", url).source == "瀬戸内タイムズ"
    html = (FIXTURES / "ja_portal_provider_title.html").read_text(encoding="utf-8")
    # (a bracketed word the JSON-LD does not name as the author is no provider)
    other = html.replace(
        '"@type":"Organization","name":"瀬戸内タイムズ"', '"@type":"Person","name":"岡本 亮"'
    )
    assert parse_html(other, url).source is None


@pytest.mark.parametrize("paper", ["中部日日新聞", "中部新聞NEXT"])  # (a brand's Latin capitals)
def test_a_japanese_portal_s_copy_credits_its_paper(paper: str) -> None:
    story = "<p>" + "県は28日、山間部の分校を来春で閉じると発表した。児童は3人だった。" * 5 + "</p>"
    credit = f"<p class='sc-gdv5m1-9'>記事の内容は配信元の{paper}に帰属します。</p>"
    html = _page(body=story + credit)
    assert parse_html(html, "https://news.yahoo.example/articles/abc123").source == paper


@pytest.mark.parametrize(
    "credit",
    [
        # MSN: the provider's logo (its name as alt text) and name above the headline
        '<div class="provider-info"><a class="provider-logo-link" href="https://ledger.example/">'
        '<img class="provider-logo" alt="The Riverside Ledger" src="/logo.png"></a>'
        '<span class="provider-name">The Riverside Ledger</span><button>Follow</button></div>',
        # NewsBreak: the source's name under the headline, in hashed CSS-module classes
        '<div class="ArticleSource_wrapper__a7"><a class="ArticleSource_name__b3" '
        'href="/the-riverside-ledger-1583211">The Riverside Ledger</a>'
        '<span class="ArticleSource_time__c4">2024-03-07</span></div>',
    ],
)
def test_an_aggregator_s_provider_credit_by_the_headline_names_the_source(credit: str) -> None:
    more = (
        "<section class='more-for-you'><h2>More for You</h2><ul><li><a href='/a/1'>Storm "
        "closes Highway 9 through weekend</a><span class='provider'>KRVS News</span></li>"
        "</ul></section>"
    )
    html = (
        "<html><head><title>Council approves levee plan</title><meta property='og:site_name' "
        "content='Newsroll'></head><body><main><div class='article-header'>"
        f"{credit}<h1>Council approves levee plan</h1></div>{STORY}{more}</main></body></html>"
    )
    assert parse_html(html).source == "The Riverside Ledger"
    # the providers of the stories in a list under the story credit no copy of this one
    alone = html.replace(credit, "")
    assert parse_html(alone).source is None


def test_a_cross_post_between_two_publications_of_one_platform_names_the_first() -> None:
    # Two newsletters on one platform's subdomains are two publishers: the copy's canonical
    # link points at the other one.
    html = (
        "<html><head><title>Tide tables</title><link rel='canonical' "
        "href='https://harbourlights.substack.example/p/tide-tables'><script "
        'type="application/ld+json">{"@type": "NewsArticle", "headline": "Tide tables", '
        '"publisher": {"@type": "Organization", "name": "Harbour Lights"}}</script></head>'
        f"<body><article><h1>Tide tables</h1>{STORY}</article></body></html>"
    )
    article = parse_html(html, url="https://saltroad.substack.example/p/tide-tables")
    assert article.source == "Harbour Lights"


def test_an_agency_s_own_site_under_its_brand_is_no_copy_of_the_agency() -> None:
    # AP's site calls itself "AP News": its "(AP) —" datelines credit its own stories.
    html = (
        "<html><head><title>Canal traffic recovers</title><meta property='og:site_name' "
        "content='AP News'></head><body><article><h1>Canal traffic recovers</h1><p>PANAMA "
        "CITY (AP) — Ship traffic through the canal returned to normal levels this week after "
        "months of drought restrictions, officials said on Tuesday.</p></article></body></html>"
    )
    assert parse_html(html, url="https://apnews.example/article/canal-traffic").source is None


def test_a_web_archive_capture_is_read_as_the_original_site() -> None:
    # The capture's address holds the original's: the <title>'s site part names that host.
    html = (
        "<html><head><title>Mill pond restored | The Valley Echo</title></head><body><article>"
        f"<h1>Mill pond restored</h1>{STORY}</article></body></html>"
    )
    url = "https://web.archive.org/web/20110922181000/http://www.valleyecho.example/news/mill-pond"
    article = parse_html(html, url=url)
    assert article.site_name == "The Valley Echo"
    assert article.source is None


def test_an_outlet_after_the_name_in_a_copys_byline_is_its_source_not_an_author() -> None:
    byline = "<div class='td-post-author-name'><a href='/author/wib/'>Kendra Baptiste, Word In Black</a></div>"
    credit = "<p><em>This article was originally published by Word In Black.</em></p>"
    article = parse_html(_page(body=byline + credit + STORY * 2), url="https://defender.example/x")
    assert article.authors == ("Kendra Baptiste",)
    assert article.source == "Word In Black"


def _portal_page(date_line: str) -> str:
    """A Chinese portal's story whose date line is ``date_line`` (HTML), beside the headline."""
    return (
        "<html lang='zh-CN'><head><meta charset='utf-8'><title>港口新防波堤获批_新闻中心_港湾网"
        "</title></head><body><div class='left-main'><h1 class='main-title'>港口新防波堤获批</h1>"
        f"<div class='date-source'><span class='date'>2026年03月02日 18:30</span> {date_line}"
        "</div><div class='article' id='artibody'><p>港口管理委员会2日批准了新建防波堤的计划。"
        "该计划历经两年公众咨询和三次设计修改，工程将于今年春季开工。</p><p>当地渔民表示，旧防波堤"
        "在五年内被冬季风暴损坏了四次，终于可以安心出海了。</p></div></div></body></html>"
    )


URL = "https://news.harbour.example/news/2026-03-02/breakwater.shtml"


def test_a_link_classed_as_the_source_beside_the_headline_names_the_publisher() -> None:
    # no "来源：" label: the portal's class says it
    line = "<a class='source ent-source' href='https://harbour-daily.example/'>港湾日报</a>"
    assert parse_html(_portal_page(line), URL).source == "港湾日报"


@pytest.mark.parametrize(
    "line",
    [
        # the portal's own channel
        "<a class='source' href='https://news.harbour.example/finance/'>港湾网财经</a>",
        # a picture's credit, in its figure
        "<figure><img src='/p.jpg' alt=''><figcaption><a class='source' "
        "href='https://photos.example/'>Harbour Photo Agency</a></figcaption></figure>",
        # a social network's post
        "<a class='source' href='https://twitter.com/harbourdaily'>Harbour Daily</a>",
    ],
)
def test_a_source_link_to_the_site_itself_a_picture_or_a_network_credits_none(line: str) -> None:
    assert parse_html(_portal_page(line), URL).source is None


def test_a_mobile_page_whose_canonical_is_its_desktop_copy_under_the_group_s_domain() -> None:
    # m.timesofindia.example's canonical is timesofindia.indiatimes.example: the same
    # publisher (its name a subdomain of the group's domain), no syndicated copy
    story = (
        "<p>" + "The monsoon reached the Kerala coast two days early, the weather office said. " * 4
    )
    html = (
        "<html><head><link rel='canonical' href='https://timesofindia.indiatimes.example/india/"
        "monsoon-arrives/articleshow/101.cms'></head><body><div class='article'><h1>Monsoon "
        f"arrives early</h1>{story}</p></div></body></html>"
    )
    article = parse_html(html, url="https://m.timesofindia.example/india/monsoon/101.cms")
    assert article.source is None
    other = html.replace("timesofindia.indiatimes", "dailyherald.newsgroup")
    assert parse_html(other, url="https://m.timesofindia.example/india/monsoon/101.cms").source


def test_an_e_mail_campaign_s_archive_and_short_link_hosts_are_one_site() -> None:
    # Mailchimp serves a campaign at us12.campaign-archive.com and as mailchi.mp/...
    story = (
        "<p>" + "The river trail reopens on Saturday after the spring floods washed it out. " * 4
    )
    html = (
        "<html><head><meta property='og:url' content='https://mailchi.mp/riverbend/dispatch-212'>"
        f"</head><body><table><tr><td class='mcnTextContent'>{story}</p></td></tr></table>"
        "</body></html>"
    )
    url = "https://us12.campaign-archive.com/?u=6a2f0c9d81&id=b4e81c27d3"
    assert parse_html(html, url=url).source is None


def test_a_credit_line_linked_through_a_click_tracking_redirect_names_its_publisher() -> None:
    # Campaign Monitor rewrites every link as a redirect on the sender's own host ("/t/...")
    story = (
        "<p>" + "Oyster-shell sills slow the erosion of the marsh edge by half, a study found. " * 4
    )
    html = (
        "<html><body><div class='layout__inner'><h1>Living shorelines</h1><p><em>This article "
        "originally appeared in <a href='https://trust.createsend1.example/t/j-l-abc-def/'>Tidewater "
        f"Report</a> and is republished here with permission.</em></p>{story}</p></div></body></html>"
    )
    url = "https://trust.createsend1.example/t/ViewEmail/j/5D2B8A3E/C67FD2F3"
    assert parse_html(html, url=url).source == "Tidewater Report"


def test_a_syndicators_provided_by_line_names_the_institution() -> None:
    # "Provided by" and the institution's linked name, alone under the story (the link
    # leads to the syndicator's own page on that partner).
    article = parse_fixture(
        "science_aggregator_provided_by.html",
        url="https://labdigest.example.net/news/2024-09-honeybees-avoid-pesticide-flowers.html",
    )
    assert article.source == "University of Westmoor"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Photo provided by <a href='/people/ana'>Ana Ruiz</a></p>",
        "<p>Provided by <a href='/partners/x'>Ana Ruiz</a> and friends of the harbour</p>",
        "<p>Provided by the harbour office</p>",
    ],
)
def test_other_provided_by_lines_name_no_source(line: str) -> None:
    assert parse_html(_page(body=STORY + line), url="https://paper.example/s").source is None


def test_a_wire_dateline_after_the_storys_opening_photo_names_the_agency() -> None:
    # The story is bare text in its block after a photo and its caption: its dateline
    # (a Korean wire's "(부산=뉴시스) 한지민 기자 = ...") follows the photo's block.
    article = parse_fixture(
        "korean_wire_copy_after_photo.html",
        url="https://www.saenuri-ilbo.example.kr/society/20180626-0012.html",
    )
    assert article.source == "Newsis"
    assert article.authors == ("한지민",)


@pytest.mark.parametrize(
    "box",
    [
        # a company's home page credited as where the news came from
        "<div class='post-source'>Source <a href='http://www.lanternfox.example/'>Lantern Fox</a>"
        "</div>",
        # a blog's "Via: ... Source: ..." credits
        "<div class='post-meta-bottom'><span class='via'><strong>Via:</strong> <a href='https:"
        "//www.androidnews.example/tab8'>Android News</a></span> <span class='source'><strong>"
        "Source:</strong> <a href='http://www.halcyon.example/news/tab8'>Halcyon</a></span></div>",
    ],
)
def test_a_tech_blog_s_source_credit_is_no_syndicated_original(box: str) -> None:
    story = "<p>" + "The new tablet has an eight-inch screen and costs $199, the company said. " * 4
    html = (
        "<html><body><article><h1>Halcyon's new tablet</h1>"
        f"<div class='post-body'>{story}</p></div>{box}</article></body></html>"
    )
    assert (
        parse_html(html, url="https://www.gadgets.example/2013/06/11/halcyon-tab-8/").source is None
    )


def test_a_source_line_listing_the_site_itself_beside_an_agency_is_no_copy() -> None:
    # a live coverage closing "Źródło: PAP, Portal Odrzański": the site's own reporting,
    # which draws on the agency (the photo's "Źródło: PAP" credits a picture)
    article = parse_fixture(
        "polish_live_coverage_sources.html", url="https://odrzanski.example/burza-relacja"
    )
    assert article.source is None
    assert article.authors == ("Marta Kowalczyk",)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Źródło: PAP, Harbour Times", None),  # the site's own name beside the agency
        ("Quelle: dpa / Harbour Times", None),
        ("Źródło: PAP, Reuters", "PAP"),  # two agencies: the first still named
        ("Źródło: PAP", "PAP"),
    ],
)
def test_a_closing_source_list_naming_the_site_credits_no_original(
    line: str, source: str | None
) -> None:
    html = _page(body=STORY * 2 + f"<p>{line}</p>")
    assert parse_html(html, url="https://harbourtimes.example/plan").source == source


def test_a_closing_wire_mark_under_a_source_line_naming_the_site_credits_no_original() -> None:
    # "... przed wakacjami. (PAP)" over "Źródło: Portal Nadbałtycki, PAP": the site's own
    # story, by its staff reporter, drawing on the agency
    article = parse_fixture(
        "polish_portal_own_coverage_wire_mark.html",
        url="https://wiadomosci.nadbaltycki.example/kraj/gminy-dostana-wiecej-na-remonty-szkol/4kq2zrm",
    )
    assert article.source is None
    assert article.authors == ("Katarzyna Wójcik",)


def test_an_aggregator_s_provider_organisation_is_named_before_its_host() -> None:
    # JSON-LD "provider": {"@type": "Organization", "name": ..., "url": ...} on an MSN-like copy
    article = parse_fixture(
        "aggregator_provider_organization.html",
        url="https://www.newsdeck.example/en-us/news/us/lakeshore-school-board-delays-vote/ar-BB9x2Lq",
    )
    assert article.source == "Lakeshore Tribune"


def test_an_original_s_host_takes_the_name_the_page_spells_for_it() -> None:
    # "Originally published on hollowdispatch.com" beside "Read full story on Hollow Dispatch"
    article = parse_fixture(
        "contributor_network_live_copy.html",
        url="https://www.newsloop.example/pine-hollow-or/7712093-storm-knocks-out-power-to-thousands",
    )
    assert article.source == "Hollow Dispatch"


@pytest.mark.parametrize(
    "url",
    [
        "https://www-ridgelinecourier-com.cdn.ampproject.org/c/s/www.ridgelinecourier.com"
        "/opinion/2025/04/02/finish-the-bike-path/amp/",
        "https://www.google.com/amp/s/www.ridgelinecourier.com/opinion/2025/04/02/finish-the-bike-path/amp/",
    ],
)
def test_an_amp_cache_s_copy_of_the_publisher_s_own_page_has_no_source(url: str) -> None:
    assert parse_fixture("amp_cache_own_page.html", url=url).source is None


def test_a_release_reposted_by_a_science_service_names_its_institution() -> None:
    # the JSON-LD author organisation is also the Dublin Core publisher; the JSON-LD
    # publisher is the site itself
    article = parse_fixture(
        "science_service_reposted_release.html",
        url="https://www.sciencewire.example/news-releases/552210",
    )
    assert article.source == "University of Innsbrook"


def test_an_author_organisation_the_page_does_not_declare_as_publisher_is_no_source() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan",'
        '"author":{"@type":"Organization","name":"Harbour Desk"},'
        '"publisher":{"@type":"Organization","name":"Harbour Times"}}</script>'
        '<meta property="og:site_name" content="Harbour Times">'
    )
    assert parse_html(html, url="https://harbourtimes.example/plan").source is None


_READING_APP_URL = (
    "https://www.leafwise.example/news/why-the-ferry-timetable-is-changing-this-spring"
)


def test_a_reading_app_s_copy_names_its_publisher_by_the_headline_or_its_original_link() -> None:
    # the publisher's logo and name above the headline ("publisher-link")
    article = parse_fixture("reading_app_publisher_copy.html", _READING_APP_URL)
    assert article.source == "The Tidewater Gazette"
    assert article.site_name == "Leafwise"
    # without it, the link under the story names the publisher after "on" or "at"
    html = (FIXTURES / "reading_app_publisher_copy.html").read_text(encoding="utf-8")
    unclassed = html.replace("story__publisher", "story__kicker").replace("publisher-link", "card")
    assert parse_html(unclassed, _READING_APP_URL).source == "The Tidewater Gazette"
    at = unclassed.replace("full article on The", "original article at the")
    assert parse_html(at, _READING_APP_URL).source == "Tidewater Gazette"
    # (such a link to the site's own page names no source)
    own = unclassed.replace(
        "https://www.tidewatergazette.example/", "https://www.leafwise.example/"
    )
    assert parse_html(own, _READING_APP_URL).source is None


_FACT_CHECK_URL = "https://kisumuledger.example/2025/06/02/fact-check-no-the-lake-ferry-fares-were-not-cut-by-half/"


def test_a_closing_writer_credit_linking_the_writer_s_site_names_the_original() -> None:
    article = parse_fixture("republished_fact_check_credit.html", _FACT_CHECK_URL)
    assert article.source == "Shoreline Facts"
    assert article.authors == ("Shoreline Facts",)
    html = (FIXTURES / "republished_fact_check_credit.html").read_text(encoding="utf-8")
    # without a link to the writer's own site it is the site's note on its author
    unlinked = html.replace("https://shorelinefacts.example/", "https://kisumuledger.example/")
    assert parse_html(unlinked, _FACT_CHECK_URL).source is None
    # nor does a person's credit linking their employer name a publisher
    person = html.replace("written by Shoreline Facts, an", "written by Dr Amina Otieno, an")
    assert parse_html(person, _FACT_CHECK_URL).source is None


def test_a_news_app_s_copy_declaring_its_original_keeps_its_own_site_name() -> None:
    # the JSON-LD publisher is the original's, whose host spells its "&" as "and"
    url = "https://read.newsstand.example/Ab3kX9qLmZ"
    article = parse_fixture("news_app_web_copy.html", url)
    assert article.source == "Fell & Fjord Quarterly"
    assert article.site_name == "Newsstand"
    html = (FIXTURES / "news_app_web_copy.html").read_text(encoding="utf-8")
    # (without the declared original the publisher is the site's own name)
    alone = html.replace('<link rel="original-source"', '<link rel="preconnect"')
    article = parse_html(alone, url)
    assert (article.source, article.site_name) == (None, "Fell & Fjord Quarterly")


def test_an_agency_s_mark_closing_the_story_before_an_appeal_and_an_ad() -> None:
    # a donation appeal's paragraphs and a text ad fill the page's last paragraphs after the
    # story: the mark is looked for at the end of the story the body keeps
    article = parse_fixture(
        "closing_wire_mark_before_appeal.html",
        url="https://www.lagosledger.example/business/88211-benue-fish-farmers-solar-dryers.html",
    )
    assert article.body.endswith("during the rainy season. (NAN)")
    assert article.source == "News Agency of Nigeria"


def test_a_bare_view_original_link_credits_the_publisher_named_beside_it() -> None:
    # a legal publisher's copy of a firm's briefing: "View original" links to the firm's own
    # site, and the block around it names the firm
    article = parse_fixture(
        "view_original_link_firm.html",
        url="https://www.counseldigest.example/library/item?id=5f0c1d2e",
    )
    assert article.source == "Ashgrove Partners LLP"


def test_an_agency_credited_beside_the_byline_s_name_is_the_source() -> None:
    # the author's name in its own part, the agency in a part classed as the source beside it
    article = parse_fixture(
        "wire_source_beside_byline.html",
        url="https://www.northernledger.example/news/world/europe/glacier-lake-flood-valley-road-b1204417.html",
    )
    assert article.authors == ("Runa Haldorsen",)
    assert article.source == "Associated Press"


@pytest.mark.parametrize(
    ("beside", "source"),
    [
        # the agency's logo alone
        ("<img src='/img/mark.png' alt='AFP'>", "Agence France-Presse"),
        # a part classed as the agency
        ("<span class='byline-agency'>Reuters</span>", "Reuters"),
        # no agency: a photo of the writer, a part naming no wire
        ("<img src='/img/head.jpg' alt='Runa Haldorsen'>", None),
        ("<span class='author-source'>Staff</span>", None),
    ],
)
def test_the_byline_block_s_agency_mark(beside: str, source: str | None) -> None:
    byline = (
        f"<div class='author-box'>{beside}<span class='author-name'><a href='/author/runa' "
        "rel='author'>Runa Haldorsen</a></span></div>"
    )
    assert parse_html(_page(body=byline + STORY)).source == source


def test_a_source_link_in_a_date_line_nested_in_the_portal_s_toolbar_names_the_publisher() -> None:
    # "<div class='date-source'><span class='date'>...</span><a class='source'>东湾晨报</a>",
    # four levels under the headline's block
    article = parse_fixture(
        "zh_portal_toolbar_source_link.html",
        url="https://news.harbour.example/s/2025-05-06/doc-imqx7720.shtml",
    )
    assert article.source == "东湾晨报"


def test_a_wire_s_hebrew_rights_line_names_it_and_stays() -> None:
    # "© 2025 רויטרס. כל הזכויות שמורות.": Reuters in Hebrew, its rights reserved in Hebrew;
    # the agency's notice under its story is its text, as in English
    article = parse_fixture(
        "hebrew_wire_rights_line.html", url="https://www.hanamal.example/news/world/a-1"
    )
    assert article.source == "Reuters"
    assert article.body.split("\n\n")[-1] == "© 2025 רויטרס. כל הזכויות שמורות."


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("© 2025 رویترز. کلیه حقوق محفوظ است.", "Reuters"),
        ("© 2025 خبرگزاری فرانسه. تمامی حقوق محفوظ است.", "Agence France-Presse"),
    ],
)
def test_a_wire_s_persian_rights_line_names_it_and_stays(line: str, source: str) -> None:
    article = parse_html(_page(body=STORY + f"<p>{line}</p>"), url="https://paper.example/s")
    assert article.source == source
    assert article.body.split("\n\n")[-1] == line


def test_an_editor_s_initials_and_the_agency_closing_the_story_name_it() -> None:
    # "K. B./STA": an editor's initials and the Slovenian agency, a credit, not the story's
    article = parse_fixture("slovenian_agency_closing_credit.html")
    assert article.source == "STA"
    assert not any("STA" in line for line in article.body.split("\n\n"))


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Vir: STA", "STA"),  # Slovenian "source"
        ("Izvor: Beta", "Beta"),  # Serbian
        ("Извор: СРНА", "SRNA"),
        ("Πηγή: ΑΠΕ-ΜΠΕ", "ANA-MPA"),  # Greek
        ("AP/Reuters", None),  # two agencies, no editor's initials
    ],
)
def test_a_labelled_agency_closing_a_long_story_is_its_source(
    line: str, source: str | None
) -> None:
    # (a story long enough that its closing line is no line by the headline, read so)
    html = _page(body=STORY * 32 + f"<p>{line}</p>")
    article = parse_html(html, url="https://paper.example/s")
    assert article.source == source
    assert line not in article.body


def test_a_wire_credited_as_its_news_service_is_the_wire() -> None:
    # "By Reuters News Service" (byline, author meta and JSON-LD): Reuters; the reporter its
    # closing credit names is the author
    article = parse_fixture("wire_service_byline.html")
    assert article.source == "Reuters"
    assert article.authors == ("Mara Lindqvist",)


def test_a_byline_linking_only_the_wire_s_author_page_names_no_person() -> None:
    # "By <a href="/author/reuters/">Reuters</a>" (author meta and JSON-LD Person too): the
    # wire names no person, so the reporter its closing credit names is the author
    article = parse_fixture("wire_author_page_byline.html")
    assert article.source == "Reuters"
    assert article.authors == ("Tomas Brenner",)


def test_a_source_label_in_the_info_block_under_the_standfirst_names_the_wire() -> None:
    # "Izvor: Beta" in the info block after the standfirst ("article-lead"), before the story
    assert parse_fixture("serbian_source_under_standfirst.html").source == "Beta"


def test_a_photo_s_source_under_the_standfirst_names_no_source() -> None:
    # the picture's credit after the standfirst: "Izvor: Beta" credits the photo
    html = (FIXTURES / "serbian_source_under_standfirst.html").read_text(encoding="utf-8")
    html = html.replace(
        '<span class="article-source">Izvor: Beta</span>',
        '<img src="/bus.jpg" alt=""><div class="photo-desc">Autobus '
        '<span class="photo-source">Izvor: Beta, foto: M. Ilić</span></div>',
    )
    assert parse_html(html).source is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # both the dateline and the closing credit name the agency
        ("", ""),
        # the dateline alone: the agency unbracketed after the place and the date
        ("under way. CMC</p>", "under way.</p>"),
        ("Mar 18, CMC –", "Mar 18, 2025, CMC —"),
        # the closing credit alone: the agency's short name after the last sentence
        ("CASTRIES, St Lucia, Mar 18, CMC – St Lucia", "St Lucia"),
    ],
)
def test_a_caribbean_wire_s_unbracketed_credit_names_it(old: str, new: str) -> None:
    html = (FIXTURES / "caribbean_wire_unbracketed_credit.html").read_text(encoding="utf-8")
    article = parse_html(html.replace(old, new) if old else html)
    assert article.source == "Caribbean Media Corporation"


def test_a_story_without_the_agency_s_credit_has_no_wire_source() -> None:
    html = (FIXTURES / "caribbean_wire_unbracketed_credit.html").read_text(encoding="utf-8")
    html = html.replace("Mar 18, CMC – St Lucia", "Mar 18 – St Lucia")
    # (a name spelled out in the last sentence is no credit)
    html = html.replace(
        "under way. CMC</p>", "under way, the Caribbean Media Corporation said.</p>"
    )
    assert parse_html(html).source is None


def test_a_wire_agency_as_the_byline_names_the_caribbean_wire() -> None:
    html = (FIXTURES / "caribbean_wire_unbracketed_credit.html").read_text(encoding="utf-8")
    html = html.replace("Mar 18, CMC – St Lucia", "Mar 18 – St Lucia").replace(
        "under way. CMC</p>", "under way.</p>"
    )
    html = html.replace(
        "</head>", '<meta name="author" content="Caribbean Media Corporation"></head>'
    )
    assert parse_html(html).source == "Caribbean Media Corporation"


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("（中央社）", "Central News Agency"),
        ("(中央社)", "Central News Agency"),
        ("（路透）", "Reuters"),
        ("（美聯社）", "Associated Press"),
        ("（美联社）", "Associated Press"),
        ("（法新社）", "Agence France-Presse"),
        # a reporter's name in the brackets is no agency's
        ("（王小明）", None),
    ],
)
def test_an_agency_in_full_width_brackets_closing_a_chinese_story_is_its_source(
    credit: str, source: str | None
) -> None:
    html = (FIXTURES / "chinese_paper_agency_closing_credit.html").read_text(encoding="utf-8")
    assert parse_html(html.replace("（中央社）", credit)).source == source


def test_a_cnn_wire_copy_on_a_station_names_cnn_and_keeps_its_rights_line() -> None:
    # ("(CNN) —", "Name, CNN" and the wire's trademark before its rights line)
    article = parse_fixture("cnn_wire_local_station.html")
    assert article.source == "CNN"
    assert article.body.endswith("a Warner Bros. Discovery Company. All rights reserved.")


def test_cnn_s_own_page_has_no_source() -> None:
    html = (FIXTURES / "cnn_wire_local_station.html").read_text(encoding="utf-8")
    url = "https://www.cnn.com/2025/05/14/economy/rents-mid-size-cities-cooling"
    html = html.replace("KRVN Riverton", "CNN")
    html = html.replace(
        "https://www.krvn-news.example/news/business/why-rents-in-mid-size-cities-are-cooling/", url
    )
    article = parse_html(html, url=url)
    assert article.source is None


def test_a_partner_s_titled_credit_names_the_source_and_leaves_the_body() -> None:
    # "Der Beitrag „<title>“ stammt von VITALPOST. Kontakt zum Verantwortlichen hier."
    # closing a partner's story on the site that runs it
    article = parse_fixture("partner_titled_credit_de.html")
    assert article.source == "VITALPOST"
    assert article.body.endswith("beim abendlichen Snack unterschätzen.")


def test_a_closing_source_line_before_a_call_to_action_box_names_the_source() -> None:
    # "Fonte: Agência Brasil" closes the story; a box classed as a call to action
    # ("whatsapp-cta": join the site's channel) after it is no more of the story
    assert parse_fixture("pt_regional_agency_copy_author_box.html").source == "Agência Brasil"


def test_a_wire_rights_notice_before_a_giving_appeal_box_still_closes_the_story() -> None:
    # a member station's copy of an NPR story: its appeal after the story, in a box of no
    # donation class ("KWLB depends on you. ... Make your gift today"), is no more of it
    article = parse_fixture(
        "station_wire_copy_giving_appeal_box.html",
        url="https://www.kwlb.example/2025-02-11/ferry-operators-cut-winter-sailings",
    )
    assert article.source == "NPR"
    assert not any("depends on you" in line for line in article.body.split("\n\n"))


def test_an_indonesian_credit_naming_the_original_s_title_names_the_source_and_leaves_the_body() -> (
    None
):
    # "Artikel ini telah tayang di <a>X</a> dengan judul "<title>", Klik untuk baca: <url>."
    # with the original's writer and editor closing a syndicated copy
    article = parse_fixture("syndicated_titled_credit_id.html")
    assert article.source == "KabarPagi.com"
    assert article.body.endswith("ketika arus lebih tenang.")


_AMHARIC_URL = "https://hawassa-zegeba.example/am/?p=41208"
_AMHARIC_DATELINE = "ሀዋሳ፣ ሚያዝያ 10/2017 (ኢዜአ)፦ "
_AMHARIC_SOURCE_LINE = "<p><strong>ምንጭ፦ ኢዜአ</strong></p>"


def test_an_amharic_dateline_and_source_line_name_the_ethiopian_news_agency() -> None:
    # "ሀዋሳ፣ ሚያዝያ 10/2017 (ኢዜአ)፦ ...": ENA's Amharic name in brackets, then Ethiopic's
    # colon; "ምንጭ፦ ኢዜአ" ("Source: ENA") closing the story, left out of the body
    html = (FIXTURES / "amharic_ena_dateline_and_source_line.html").read_text("utf-8")
    article = parse_html(html, url=_AMHARIC_URL)
    assert article.source == "Ethiopian News Agency"
    assert "ምንጭ" not in article.body
    assert article.body.split("\n\n")[0].startswith(_AMHARIC_DATELINE)
    # either alone names the agency
    assert _AMHARIC_DATELINE in html and _AMHARIC_SOURCE_LINE in html
    dateline_only = html.replace(_AMHARIC_SOURCE_LINE, "")
    assert parse_html(dateline_only, url=_AMHARIC_URL).source == "Ethiopian News Agency"
    label_only = html.replace(_AMHARIC_DATELINE, "")
    assert parse_html(label_only, url=_AMHARIC_URL).source == "Ethiopian News Agency"


def test_a_credit_line_set_after_the_body_container_names_the_source() -> None:
    # a chain paper's copy of a sister paper's story: the credit is a <div> after the body's
    # <div>, inside the same <article>, and stays out of the body
    article = parse_fixture(
        "credit_line_after_body_container.html",
        url="https://www.lakeshoresentinel.example/story/news/2025/06/02/short-term-rental-rules/71234567/",
    )
    assert article.source == "River City Tribune"
    assert article.body.endswith("until they expire.")


def test_credit_elements_keep_eight_cued_children_of_each_parent() -> None:
    # (as the XPath they were once found by, ".//*[self::p or ...][contains(., cue) or ...]
    # [position() <= 8]", whose position counts each parent's children apart)
    from newsparse.generic.metadata.source_names import (
        _CREDIT_TAGS,
        _holding_credit_terms,
        _text_bytes,
    )
    from newsparse.page import Page

    credit = "<p>Originally published by Harbour Weekly.</p>"
    page = Page.from_input(
        "<html><body><div>"
        + credit * 10
        + "</div><div>"
        + "<p>A line. <em>First published in Harbour Weekly</em></p>" * 3
        + "<p>Nothing to see.</p></div></body></html>"
    )
    elements = list(page.tree.iterdescendants(_CREDIT_TAGS))
    found = list(_holding_credit_terms(elements, [_text_bytes(e) for e in elements]))
    first = next(page.tree.iter("div"))
    assert [e for e in found if e.getparent() is first] == list(first)[:8]
    assert [e.tag for e in found if e.getparent() is not first] == ["p", "em"] * 3


def test_a_portal_s_provider_label_is_no_source_name() -> None:
    # Yahoo! Japan's "<span class="sc-provider">配信</span>" ("distributed by") after the
    # provider's logo: the provider is the one its <title> and JSON-LD author name
    article = parse_fixture("yahoo_jp_provider_label.html")
    assert article.source == "Jiji Press"


def test_a_release_distributor_credited_by_name_is_the_source() -> None:
    """A station runs EIN Presswire's release under the wire's name as byline and author:
    the distributor is the source, as PR Newswire or GlobeNewswire would be."""
    article = parse_fixture(
        "tv_station_ein_presswire_release.html",
        url="https://www.kxrt7.example/story/52817741/marlow-valley-orchards-opens-cider-mill",
    )
    assert article.source == "EIN Presswire"


@pytest.mark.parametrize("distributor", ["ACCESSWIRE", "Newsfile", "EIN Presswire"])
def test_each_release_distributor_s_byline_names_the_source(distributor: str) -> None:
    head = f'<meta name="author" content="{distributor}">'
    body = f"<p>By {distributor}</p>{STORY}"
    assert parse_html(_page(head, body), url="https://station.example/s").source == distributor


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("САНКТ-ПЕТЕРБУРГ, 12 марта /РИА Новости/. ", "RIA Novosti"),
        ("МОСКВА, 5 апреля /Интерфакс/ - ", "Interfax"),
        # (a correspondent between slashes is no agency)
        ("МОСКВА, 5 апреля. /Наш корр./. ", None),
    ],
)
def test_a_russian_agency_s_slashed_dateline_credits_it(opening: str, source: str | None) -> None:
    story = "Правительство одобрило новую программу поддержки малого бизнеса в регионах. " * 2
    html = _page(body=f"<p>{opening}{story}</p>" + STORY)
    assert parse_html(html, url="https://gazeta.example/news/1").source == source


def test_a_closing_source_label_before_an_author_box_and_the_site_s_rights_line() -> None:
    # JNews: "<p>Джерело: Укрінформ</p>" closing the story, then a follow line, the tags, the
    # author box's bio ("jeg_authorbox") and the footer's "© 2025 <site>. ..." line: no more
    # of the story
    article = parse_fixture(
        "uk_jnews_closing_source_label_before_author_box.html",
        "https://polissia-novyny.example/2025/06/03/u-zhytomyri-vidkryly-biblioteku/",
    )
    assert article.source == "Ukrinform"


_CHANNEL_LABEL_URL = "https://visti-poltava.example/news/2025/07/02/71234/"


def test_a_source_label_linking_a_messaging_channel_names_no_publisher() -> None:
    # "<strong>Джерело:</strong> <a href="https://t.me/...">Полтававодоканал</a> в Telegram":
    # the quoted organisation's own channel, no publisher
    article = parse_fixture("uk_source_label_naming_telegram_channel.html", _CHANNEL_LABEL_URL)
    assert article.source is None
    assert "Джерело: Полтававодоканал в Telegram" in article.body


def test_a_source_label_linking_an_agency_s_site_still_names_it() -> None:
    html = (FIXTURES / "uk_source_label_naming_telegram_channel.html").read_text()
    html = html.replace(
        '<a href="https://t.me/poltava_vodokanal" target="_blank">Полтававодоканал</a> в Telegram',
        '<a href="https://www.ukrinform.ua/rubric-regions/1234.html">Укрінформ</a>',
    )
    assert parse_html(html, url=_CHANNEL_LABEL_URL).source == "Ukrinform"


def test_an_agency_part_beside_a_newsroom_credit_is_the_source() -> None:
    # "<span class="article__author">Redactie</span><span class="article__source">Belga</span>":
    # the byline's block credits the agency in a part classed as its source, beside a credit
    # that names no one; the agency is the story's source, not its author
    article = parse_fixture("newsroom_byline_with_agency_part.html")
    assert article.source == "Belga"
    assert article.authors == ()


def test_a_newsroom_credit_without_an_agency_part_gives_no_source() -> None:
    html = (FIXTURES / "newsroom_byline_with_agency_part.html").read_text(encoding="utf-8")
    html = html.replace('<span class="article__source">Belga</span>', "")
    assert parse_html(html).source is None
