from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html

from newsparse.generic.metadata.language import detect_language, normalise_language


def test_wordpress_fields() -> None:
    article = parse_fixture("wordpress_yoast_graph.html")
    # og:description agrees with the meta description, and it is the declared teaser.
    assert article.description == "Protected lanes on Main Street are due by next summer."
    assert article.image == (
        "https://www.riversidecourier.com/wp-content/uploads/2023/03/main-street-bikes.jpg"
    )
    assert article.site_name == "Riverside Courier"
    assert article.language == "en-US"
    assert article.tags == ("cycling", "city council", "transport", "Local News")
    assert article.canonical_url == (
        "https://www.riversidecourier.com/2023/03/14/city-council-approves-cycling-lanes/"
    )


def test_meta_description_beats_sitewide_og_description() -> None:
    article = parse_fixture("broken_jsonld_conflicts.html")
    assert article.description == (
        "Repairs to the pier will take at least seven days, the port authority said."
    )


def test_description_falls_back_to_first_paragraph_not_a_dateline() -> None:
    article = parse_fixture("portuguese_brazil.html")
    assert article.description is not None
    assert article.description.startswith("A chuva forte que atingiu Porto Alegre")


def test_relative_og_image_is_made_absolute() -> None:
    article = parse_fixture(
        "german_dpa.html", url="https://www.nordkurier.example/verkehr/bahn-prag"
    )
    assert article.image == "https://www.nordkurier.example/bilder/2019/06/zug-prag.jpg"


def test_first_large_article_image_when_no_meta() -> None:
    html = (
        "<html><body><article><img src='/img/logo.png' width='120'>"
        "<img src='/img/pier.jpg' width='800' height='500'><p>" + "Story. " * 30 + "</p>"
        "</article></body></html>"
    )
    assert parse_html(html, url="https://a.example/x").image == "https://a.example/img/pier.jpg"


@pytest.mark.parametrize(
    ("fixture", "language"),
    [
        ("broken_jsonld_conflicts.html", "en"),
        ("portuguese_brazil.html", "pt-BR"),
        ("spanish_efe_wire.html", "es-ES"),
        ("japanese_news.html", "ja"),
    ],
)
def test_language_sources(fixture: str, language: str) -> None:
    assert parse_fixture(fixture).language == language


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en_US", "en-US"),
        ("EN", "en"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("de-DE, en", "de-DE"),
        ("x", None),
        ("english", None),
        ("", None),
    ],
)
def test_normalise_language(raw: str, tag: str | None) -> None:
    assert normalise_language(raw) == tag


def test_jsonld_in_language_when_html_has_none() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle",'
        '"headline":"Titular","inLanguage":"es_MX"}</script></head><body></body></html>'
    )
    assert parse_html(html).language == "es-MX"


def test_site_name_from_jsonld_publisher_over_og() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Aktuálně.cz - Víte, co se děje">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zprávy",'
        '"publisher":{"@type":"Organization","name":"Aktuálně.cz"}}</script></head>'
        "<body></body></html>"
    )
    assert parse_html(html).site_name == "Aktuálně.cz"


def test_a_company_as_jsonld_publisher_gives_way_to_the_declared_site_name() -> None:
    # a corporate newsroom: the company owns the site the page names
    html = (
        '<html><head><meta property="og:site_name" content="Acme Robotics Newsroom">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Results",'
        '"publisher":{"@type":"Organization","name":"Acme Robotics, Inc."}}</script></head>'
        "<body></body></html>"
    )
    assert parse_html(html).site_name == "Acme Robotics Newsroom"
    # (a publishing company named by its first word: "Ediciones", "Gruppo")
    html = html.replace("Acme Robotics Newsroom", "El País").replace(
        "Acme Robotics, Inc.", "Ediciones EL PAÍS"
    )
    assert parse_html(html).site_name == "El País"


@pytest.mark.parametrize(
    "company",
    [
        "Horizont Media, spol. s r.o.",
        "Horizont Media, s.r.o.",
        "Horizont Media sp. z o.o.",
        "Horizont Média Kft.",
        "Horizont Média Zrt.",
        "Horizont Medij d.o.o.",
    ],
)
def test_a_central_european_company_as_publisher_gives_way_to_the_site_name(
    company: str,
) -> None:
    # (the company that owns the paper, named with its Central European legal form)
    html = (FIXTURES / "central_european_company_publisher.html").read_text("utf-8")
    html = html.replace("Horizont Media, spol. s r.o.", company)
    url = "https://horizont-tyzdennik.example/3318420/mesta-skusaju-dazdove-zahrady/"
    assert parse_html(html, url).site_name == "Týždenník Horizont"


def test_a_link_to_an_author_s_page_in_a_topics_list_is_no_tag() -> None:
    # ("Follow related authors and topics": the writer's page beside the topics' pages)
    article = parse_fixture(
        "follow_authors_and_topics_list.html",
        "https://www.prairieledger.example/opinion/article-transit-fares-should-follow-the-bus/",
    )
    assert article.tags == ("Public transit", "Municipal politics")


def test_space_separated_meta_properties() -> None:
    html = (
        "<html><head><title>Title Element</title>"
        '<meta property="dc:title og:x" content="Preferred title">'
        '<meta property="dc:creator twitter:x" content="Creator Name">'
        '<meta name="author" content="Someone Else">'
        '<meta property="dc:description og:description" content="Preferred description">'
        "</head><body></body></html>"
    )
    article = parse_html(html)
    assert article.headline == "Preferred title"
    assert article.authors == ("Creator Name",)
    assert article.description == "Preferred description"


def test_html_entities_in_meta_are_decoded() -> None:
    html = '<html><head><meta name="description" content="That&amp;#039;s it"></head></html>'
    assert parse_html(html).description == "That's it"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die Deutsche Bahn will ihr Angebot zwischen Berlin und Prag deutlich ausbauen. "
            "Ab Dezember sollen täglich vier Züge mehr fahren, teilte das Unternehmen mit.",
            "de",
        ),
        (
            "El Consejo de Ministros ha aprobado este miércoles un plan de 200 millones de euros "
            "para paliar los efectos de la sequía en Andalucía, según ha informado el Gobierno.",
            "es",
        ),
        (
            "台風の接近に伴い、JR東海は東海道新幹線の東京―新大阪間で5日、終日運転を見合わせると発表した。",
            "ja",
        ),
        (
            "인공지능 연구진은 새로운 컴퓨터가 기억을 이용해 스스로 학습할 수 있다고 밝혔다 이번 연구는",
            "ko",
        ),
        ("Скайрим: скорость бега и как её увеличить — подробное руководство для игроков", "ru"),
        (
            "Sunod-sunuran ang aktres sa kanyang manager at hindi siya pumapayag na mawala ito "
            "sa mga proyekto ng network, ayon sa mga nakausap namin.",
            "tl",
        ),
        # Persian by its commonest letters (yeh and keheh), not only the four Arabic lacks
        ("شهرداری روز سه‌شنبه خط جدید اتوبوسی را افتتاح کرد که محله‌های شرقی را به مرکز شهر", "fa"),
        ("افتتحت بلدية المدينة يوم الثلاثاء خطا جديدا للحافلات يربط الأحياء الشرقية", "ar"),
        # languages that sites publish under a template's "en": Welsh, Maltese
        (
            "Mae'r cyngor wedi cyhoeddi y bydd yr ysgol yn cau ar ddiwedd y flwyddyn, ac mae "
            "rhieni wedi bod yn galw am ymgynghoriad hefyd.",
            "cy",
        ),
        (
            "Il-kunsill lokali qal li x-xogħlijiet fit-triq il-ġdida se jibdew fil-bidu tas-sena "
            "u huwa mistenni li jieħdu tliet xhur biex jitlestew, u dan kien ikkonfermat.",
            "mt",
        ),
        ("Short text", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_declared_language_kept_unless_text_plainly_differs() -> None:
    german = (
        "<p>Die elektronische Patientenakte ist nicht mehr aufzuhalten. Sie wird auch für die "
        "Praxen eine große Veränderung, und das ist für viele Ärzte ein Problem mit den Daten.</p>"
    )
    wrong = (
        f"<html lang='en-US'><body><article><h1>Patientenakte</h1>{german}</article></body></html>"
    )
    assert parse_html(wrong).language == "de"
    right = wrong.replace("lang='en-US'", "lang='de-DE'")
    assert parse_html(right).language == "de-DE"
    undeclared = wrong.replace(" lang='en-US'", "")
    assert parse_html(undeclared).language == "de"


@pytest.mark.parametrize(
    ("declared", "text"),
    [
        ("ur", "شہر میں نئی بس سروس شروع کر دی گئی ہے جس سے روزانہ ہزاروں مسافروں کو سہولت ملے گی"),
        ("bg", "Общината откри нова автобусна линия, която свързва източните квартали с центъра"),
        ("mr", "महापालिकेने मंगळवारी पूर्वेकडील भागांना शहराच्या मध्यवर्ती भागाशी जोडणारी नवी बससेवा सुरू केली"),
    ],
)
def test_a_declared_language_stands_in_its_own_script(declared: str, text: str) -> None:
    # the detector names a script's commonest language; a page declaring another language
    # written in that script keeps its declaration
    html = f"<html lang='{declared}'><body><article><h1>x</h1><p>{text}</p></article></body></html>"
    assert parse_html(html).language == declared


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ភ្នំពេញ៖ ក្រសួងសាធារណការ និងដឹកជញ្ជូន បានប្រកាសថា ផ្លូវថ្មីនឹងបើកនៅខែក្រោយ", "km"),
        ("ရန်ကုန်မြို့တော် စည်ပင်သာယာရေးကော်မတီက လမ်းသစ်ကို လာမည့်လတွင် ဖွင့်မည်ဟု ကြေညာသည်", "my"),
        ("ಬೆಂಗಳೂರು ನಗರದಲ್ಲಿ ಹೊಸ ಮೆಟ್ರೋ ಮಾರ್ಗವನ್ನು ಮುಂದಿನ ತಿಂಗಳು ಉದ್ಘಾಟಿಸಲಾಗುವುದು ಎಂದು ತಿಳಿಸಲಾಗಿದೆ", "kn"),
    ],
)
def test_scripts_that_name_their_language(text: str, language: str) -> None:
    html = f"<html lang='en-US'><body><article><h1>x</h1><p>{text}</p></article></body></html>"
    assert parse_html(html).language == language


def test_a_declared_language_the_word_lists_lack_stands_over_its_neighbour() -> None:
    # Catalan's function words read as Spanish ones: that is no sign the declaration is wrong
    catalan = (
        "<p>El Govern ha aprovat aquest dimarts un pla per reduir les llistes d'espera als "
        "hospitals públics, amb una inversió de 120 milions d'euros en els propers dos anys, "
        "segons ha explicat la consellera de Salut en una roda de premsa.</p>"
    )
    html = (
        f"<html lang='ca'><body><article><h1>Llistes d'espera</h1>{catalan}</article></body></html>"
    )
    assert parse_html(html).language == "ca"
    # a page declaring a language of another script keeps its text's language
    english = (
        "<p>The council opened a new bus line on Tuesday that links the eastern districts "
        "with the centre of the city, and the service will run every ten minutes.</p>"
    )
    html = f"<html lang='ja'><body><article><h1>Bus line</h1>{english}</article></body></html>"
    assert parse_html(html).language == "en"


@pytest.mark.parametrize(
    ("title", "site_name"),
    [
        ("老城区改造首批居民回迁_本地新闻_江南日报网", "江南日报网"),
        ("台風で新幹線が運休_社会_東洋新聞", "東洋新聞"),
        ("老城区改造首批居民回迁", None),  # one segment: the story's own title
        # keywords after the headline, and the site's own name (a host could spell it) last
        ("杭州加装电梯投用：一楼住户不出资|电梯|住户_网易订阅", "网易订阅"),
        ("Harbour plan approved_Local news_City Daily", None),  # a host could spell it
    ],
)
def test_site_name_at_the_end_of_a_chinese_or_japanese_cms_title(
    title: str, site_name: str | None
) -> None:
    # "标题_栏目_网站名": a name in a script the site's romanised host cannot spell
    html = f"<html><head><title>{title}</title></head><body><p>x</p></body></html>"
    assert parse_html(html, url="https://www.jiangnanribao.example/a.html").site_name == site_name


def test_site_name_from_title_segment_naming_the_host() -> None:
    html = "<html><head><title>Pearl dress stolen -- again | TMZ.com</title></head><body></body></html>"
    assert parse_html(html, url="https://www.tmz.com/2015/02/26/dress/").site_name == "TMZ.com"
    html = "<html><head><title>Pearl dress stolen | Celebrity</title></head><body></body></html>"
    assert parse_html(html, url="https://www.tmz.com/2015/02/26/dress/").site_name is None


def test_wire_publisher_is_not_the_site_name() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Valley Gazette">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote",'
        '"publisher":{"@type":"Organization","name":"Associated Press"}}</script></head>'
        "<body></body></html>"
    )
    assert parse_html(html).site_name == "Valley Gazette"


def test_description_from_a_text_div_but_not_a_caption() -> None:
    html = (
        "<html><body><article><h1>Lorem</h1>"
        "<div><img src='/a.jpg'><div class='info2'>The core stage after installation in the "
        "assembly hall</div></div>"
        "<div>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod.</div>"
        "<p>Links</p></article></body></html>"
    )
    assert parse_html(html).description == (
        "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod."
    )


def test_jsonld_image_object_when_no_og_image() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x",'
        '"image":[{"@type":"ImageObject","url":"/img/lead.jpg","width":1200}]}</script></head>'
        "<body></body></html>"
    )
    assert parse_html(html, url="https://a.example/s").image == "https://a.example/img/lead.jpg"


def test_article_tags_and_section() -> None:
    html = (
        '<html><head><meta property="article:tag" content="Elections">'
        '<meta property="article:tag" content="Senate">'
        '<meta property="article:tag" content="elections">'
        '<meta property="article:section" content="Politics"></head><body></body></html>'
    )
    assert parse_html(html).tags == ("Elections", "Senate", "Politics")


@pytest.mark.parametrize(
    ("keywords", "tags"),
    [
        ("اقتصاد، مصر، تضخم", ("اقتصاد", "مصر", "تضخم")),  # the Arabic script's comma
        ("東京、選挙", ("東京", "選挙")),  # the CJK comma
        ("Elections, Senate", ("Elections", "Senate")),
        # a legal form after a comma ends the name before it: no tag of its own
        ("Kessler Werkzeuge, GmbH, Tools", ("Kessler Werkzeuge, GmbH", "Tools")),
        ("Andina Minera, S.A., Copper", ("Andina Minera, S.A.", "Copper")),
        ("Ports, AI, Shipping", ("Ports", "AI", "Shipping")),
    ],
)
def test_keywords_split_at_each_script_s_commas(keywords: str, tags: tuple[str, ...]) -> None:
    html = f'<html><head><meta name="keywords" content="{keywords}"></head><body></body></html>'
    assert parse_html(html).tags == tags


def test_a_company_s_legal_form_in_the_keywords_is_no_tag_of_its_own() -> None:
    # a newswire's release lists the issuing company, "Name, Inc.", among its keywords
    article = parse_fixture("newswire_company_release.html")
    assert article.tags == ("Brightwater Analytics, Inc.", "Software", "Expansion", "Nova Scotia")


@pytest.mark.parametrize("section", ["posts", "Uncategorized", "Articles"])
def test_a_section_that_names_no_topic_is_no_tag(section: str) -> None:
    # Hugo's content folder, WordPress's default category, a CMS's content type
    html = (
        '<html><head><meta property="article:tag" content="restic">'
        f'<meta property="article:section" content="{section}"></head><body></body></html>'
    )
    assert parse_html(html).tags == ("restic",)


_STORY_PARAGRAPHS = (
    "<p>The island ferry will add two late crossings on Fridays and Saturdays from May, the "
    "operator said on Monday, after years of complaints from restaurant staff.</p>"
    "<p>The new sailings will use the smaller vessel, which carries 120 passengers and no "
    "cars, and will be reviewed after the first month.</p>"
)


def test_visible_tag_links_are_the_tags_of_a_page_that_declares_none() -> None:
    # WordPress's entry footer: the category links ("category tag") are the section's, the
    # tag links the post's; a sidebar's tag cloud and the teasers' tags are not the post's
    html = (
        "<html><head><title>Night sailings from May</title></head><body>"
        "<article class='post-81 post type-post'><h1 class='entry-title'>Night sailings from "
        f"May</h1><div class='entry-content'>{_STORY_PARAGRAPHS}</div>"
        "<footer class='entry-footer'><span class='cat-links'>Posted in <a href='/category/"
        "news/' rel='category tag'>News</a></span> <span class='tags-links'>Tagged <a "
        "href='/tag/ferries/' rel='tag'>ferries</a>, <a href='/tag/islands/' rel='tag'>"
        "islands</a></span></footer></article>"
        "<section class='more-stories'><article class='teaser'><h3><a href='/2026/03/pier/'>"
        "Pier repairs finished</a></h3><a href='/tag/harbour/' rel='tag'>harbour</a></article>"
        "</section>"
        "<aside id='secondary' class='widget-area'><section class='widget widget_tag_cloud'>"
        "<h2>Tags</h2><a href='/tag/weather/' rel='tag'>weather</a> <a href='/tag/boats/' "
        "rel='tag'>boats</a></section></aside></body></html>"
    )
    assert parse_html(html).tags == ("ferries", "islands")


def test_blogger_labels_are_the_post_s_tags() -> None:
    html = (
        "<html><head><title>Low tide at Gull Point</title></head><body>"
        "<div class='post hentry'><h3 class='post-title entry-title'>Low tide at Gull Point"
        f"</h3><div class='post-body entry-content'>{_STORY_PARAGRAPHS}</div>"
        "<div class='post-footer'><span class='post-labels'>Labels: <a href='/search/label/"
        "coast%20path' rel='tag'>coast path</a>, <a href='/search/label/winter' rel='tag'>"
        "winter</a></span></div></div></body></html>"
    )
    assert parse_html(html).tags == ("coast path", "winter")


def test_a_block_classed_as_the_post_s_tags_gives_them() -> None:
    # Drupal's field of tags (no rel="tag"), in the node's <article>, under a headline the
    # theme sets outside it
    html = (
        "<html><head><title>Night sailings from May</title></head><body><main><h1 "
        "class='page-title'>Night sailings from May</h1><article role='article' class='node "
        f"node--type-news'><div class='node__content'>{_STORY_PARAGRAPHS}<div class='field "
        "field--name-field-tags field--type-entity-reference'><div class='field__label'>Tags"
        "</div><div class='field__items'><div class='field__item'><a href='/taxonomy/term/12'>"
        "Ferries</a></div><div class='field__item'><a href='/taxonomy/term/31'>Islands</a>"
        "</div></div></div></div></article></main></body></html>"
    )
    assert parse_html(html).tags == ("Ferries", "Islands")


def test_a_theme_s_hash_before_each_tag_link_is_no_part_of_the_tag() -> None:
    # Tumblr's post footer shows each tag as "#tag"; a tags block's links the same
    footer = (
        "<footer class='post-footer'><div class='tags'><a class='tag' href='/tagged/knitting'>"
        "#knitting</a> <a class='tag' href='/tagged/fair+isle'>#fair isle</a></div></footer>"
    )
    html = (
        "<html><head><title>Three winters, one cardigan</title></head><body><article "
        f"class='post'><h1>Three winters, one cardigan</h1>{_STORY_PARAGRAPHS}{footer}</article>"
        "</body></html>"
    )
    assert parse_html(html).tags == ("knitting", "fair isle")
    linked = html.replace("class='tag' href", "rel='tag' href")
    assert parse_html(linked).tags == ("knitting", "fair isle")


def test_tag_links_each_classed_as_a_tag_are_read_as_their_list() -> None:
    # El País's "Archivado En": each link is the element classed a tag, not its list
    tags = "".join(
        f"<li><a href='/noticias/{slug}/' class='tag'>{name}</a></li>"
        for slug, name in (("sequia", "Sequía"), ("regadio", "Regadío"), ("agua", "Agua"))
    )
    html = (
        "<html><head><title>Night sailings from May</title></head><body><article><h1>Night "
        f"sailings from May</h1>{_STORY_PARAGRAPHS}<div class='w-t'><div class='w-t_t'>"
        f"Archivado En</div><ul class='_df'>{tags}</ul></div></article></body></html>"
    )
    assert parse_html(html).tags == ("Sequía", "Regadío", "Agua")


def test_an_empty_tags_block_gives_no_tags_from_the_next_one() -> None:
    # the post's own tag block is empty; the block of category links after it is the blog's
    html = (
        "<html><head><title>Night sailings from May</title></head><body><main><article>"
        f"<h1>Night sailings from May</h1>{_STORY_PARAGRAPHS}<footer class='post-meta'><div "
        "class='post-meta__tags'></div></footer></article><section class='blog-topics'><ul "
        "class='topics'><li><a href='/blog/press'>Press</a></li><li><a href='/blog/updates'>"
        "Updates</a></li></ul></section></main></body></html>"
    )
    assert parse_html(html).tags == ()


def test_declared_tags_come_before_the_visible_ones() -> None:
    html = (
        "<html><head><meta property='article:tag' content='Transport'></head><body>"
        f"<article><h1>Night sailings from May</h1>{_STORY_PARAGRAPHS}<p class='tags'>"
        "<a href='/tag/ferries/' rel='tag'>ferries</a></p></article></body></html>"
    )
    assert parse_html(html).tags == ("Transport",)


def test_wire_agency_own_site_keeps_its_publisher_name() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="U.S.">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Vote",'
        '"publisher":{"@type":"Organization","name":"Reuters"}}</script></head>'
        "<body></body></html>"
    )
    assert parse_html(html, url="https://www.reuters.com/article/x").site_name == "Reuters"


def test_undeclared_description_is_the_story_lead_not_page_furniture() -> None:
    # No JSON-LD, Open Graph or meta description: the description is the body's first
    # paragraph that reads as a sentence, not the edition line or the navigation above the
    # story, nor the short kicker line that opens it.
    article = parse_fixture("undeclared_description_newsletter.html")
    assert article.description == (
        "Few open-hardware projects have been as widely copied as the small sensor board "
        "that started in a university lab, but popularity has not spared it a dispute over "
        "who may use its name on derivative designs."
    )
    assert article.body.startswith("Board makers versus the foundation\n\nFew open-hardware")


def _site_page(heads: str) -> str:
    return (
        f"<html><head><title>Ferry timetable changes</title>{heads}</head><body><article>"
        "<h1>Ferry timetable changes</h1><p>The winter timetable adds two crossings a day "
        "between the mainland and the islands from January.</p></article></body></html>"
    )


def test_blogging_platform_as_publisher_is_not_the_site_name() -> None:
    # Blogger templates declare the platform as the publisher on custom-domain blogs.
    html = _site_page(
        '<meta property="og:site_name" content="Lagos Bulletin">'
        '<script type="application/ld+json">{"@context": "http://schema.org", '
        '"@type": "BlogPosting", "headline": "Ferry timetable changes", '
        '"publisher": {"@type": "Organization", "name": "Blogger"}}</script>'
    )
    assert parse_html(html).site_name == "Lagos Bulletin"


def test_platform_site_name_yields_to_the_publication() -> None:
    html = _site_page(
        '<meta property="og:site_name" content="Medium">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Ferry timetable changes", '
        '"publisher": {"@type": "Organization", "name": "Island Engineering"}}</script>'
    )
    assert parse_html(html).site_name == "Island Engineering"


def test_social_handle_as_site_name_loses_its_at_sign() -> None:
    html = _site_page('<meta property="og:site_name" content="@harbourherald">')
    assert parse_html(html).site_name == "harbourherald"


def test_in_language_on_the_webpage_of_a_yoast_graph() -> None:
    # Yoast puts inLanguage on the WebPage and WebSite nodes, not on the Article; the text
    # (a race calendar: "1a etapa", "2a etapa") must not be read as another language.
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "@id": "https://corrida.example/#website", "name": "Corrida",'
        ' "inLanguage": "pt-BR"},'
        '{"@type": "WebPage", "@id": "https://corrida.example/calendario/#webpage",'
        ' "inLanguage": "pt-BR", "isPartOf": {"@id": "https://corrida.example/#website"}},'
        '{"@type": "Article", "headline": "Calendário 2018",'
        ' "isPartOf": {"@id": "https://corrida.example/calendario/#webpage"}}]}'
    )
    stages = " ".join(
        f"{n}a etapa: {day} de {month} – {track}"
        for n, day, month, track in [
            (1, 10, "março", "Interlagos"),
            (2, 8, "abril", "Curitiba"),
            (3, 22, "abril", "Velopark"),
            (4, 6, "maio", "Londrina"),
            (5, 20, "maio", "Santa Cruz do Sul"),
            (6, 5, "agosto", "Goiânia"),
        ]
    )
    html = (
        f'<html><head><script type="application/ld+json">{graph}</script></head><body>'
        f"<article><h1>Calendário 2018</h1><p>{stages}</p></article></body></html>"
    )
    assert parse_html(html).language == "pt-BR"
    assert detect_language(stages) != "hu"


def test_lead_image_after_the_headline_on_a_page_without_article_markup() -> None:
    # No og:image, no JSON-LD, no <article>: the first large picture after the headline,
    # not the logo above it, nor a "150x150" thumbnail or a licence badge in the footer.
    html = (
        "<html><head><title>Night ferry returns to the islands</title></head><body>"
        "<div id='top'><a href='/'><img src='/img/masthead.gif'></a></div>"
        "<div class='content'><h1>Night ferry returns to the islands</h1>"
        "<img src='/photo/2021/ferry-night-150x150.jpg'>"
        "<div class='text'><img src='/photo/2021/ferry-night.jpg'>"
        "<p>The night crossing is back after two winters, with a smaller boat.</p></div>"
        "</div><div class='footer'><img src='/img/88x31.png'></div></body></html>"
    )
    article = parse_html(html, url="https://islandpost.example/news/view?id=77")
    assert article.image == "https://islandpost.example/photo/2021/ferry-night.jpg"


def test_an_advertiser_s_banner_linking_away_is_no_lead_image() -> None:
    # a betting banner between the headline and the story, linked to the advertiser; a
    # picture linking to its larger copy on a file host still counts
    html = (
        "<html><head><title>Night ferry returns</title></head><body><div class='content'>"
        "<h1>Night ferry returns</h1><div class='caseta'><a href='https://bet.example/go'>"
        "<img src='/banners/bet300.gif'></a></div><div class='text'>"
        "<a href='https://files.example/full/ferry.jpg'><img src='/photo/ferry.jpg'></a>"
        "<p>The night crossing is back after two winters, with a smaller boat.</p></div>"
        "</div></body></html>"
    )
    article = parse_html(html, url="https://islandpost.example/news/view?id=78")
    assert article.image == "https://islandpost.example/photo/ferry.jpg"


def test_blogger_as_publisher_of_their_own_post_is_not_the_site_name() -> None:
    # Yoast on a one-person site: the article's publisher is the author's own Person node.
    person = '{"@type": ["Person", "Organization"], "@id": "https://slow.example/#/p/1", '
    html = _site_page(
        '<meta property="og:site_name" content="The Slow Office">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "headline": "Ferry timetable changes", '
        '"author": {"name": "Priya Raman", "@id": "https://slow.example/#/p/1"}, '
        '"publisher": {"@id": "https://slow.example/#/p/1"}}, '
        f'{person}"name": "Priya Raman"}}]}}</script>'
    )
    article = parse_html(html)
    assert (article.site_name, article.authors) == ("The Slow Office", ("Priya Raman",))


@pytest.mark.parametrize(
    ("header", "site_name"),
    [
        # a blog's header links its name home
        (
            "<h1 class='title'><a href='https://birding.example/'>Brennan's Birding Notes</a></h1>",
            "Brennan's Birding Notes",
        ),
        (
            "<a href='/' class='logo'><img src='/logo.png' alt=\"Brennan's Birding Notes\"></a>",
            "Brennan's Birding Notes",
        ),
        # a link elsewhere, or a home link naming something else, says nothing
        ("<a href='/about'>Brennan's Birding Notes</a>", None),
        ("<a href='/'>Home</a>", None),
    ],
)
def test_title_part_a_home_link_carries_is_the_site_name(
    header: str, site_name: str | None
) -> None:
    html = (
        "<html><head><title>Brennan's Birding Notes: First snow buntings of the season</title>"
        f"</head><body><header>{header}</header><article><h1>First snow buntings of the season"
        "</h1><p>A flock of about forty snow buntings turned up on the causeway.</p></article>"
        "</body></html>"
    )
    assert (
        parse_html(html, url="https://birding.example/2024/11/buntings.html").site_name == site_name
    )


def test_a_kicker_classed_as_a_tag_does_not_hide_the_visible_tag_list() -> None:
    # L'Équipe: "<div class="Article__tag"><span>Ligue 1</span></div>" over the headline (no
    # links), the post's tags as links in "ArticleTags" under the story
    story = "<p>Marseille won the derby with two late goals from the bench.</p>" * 4
    html = (
        "<html><body><article><div class='Article__tag'><span>Ligue 1</span></div><h1>OM win "
        f"the derby</h1>{story}<div class='ArticleTags'><a href='/Football/Ligue-1/'>Ligue 1</a> "
        "<a href='/Football/OM/'>OM</a> <a href='/Football/Lyon/'>Lyon</a></div></article>"
        "</body></html>"
    )
    assert parse_html(html).tags == ("Ligue 1", "OM", "Lyon")


def test_a_block_opened_by_a_tags_label_gives_the_tags_whatever_its_class() -> None:
    # a label of its own ("<span>Argomenti</span>") over the links, in a block whose class
    # names no tags
    article = parse_fixture("italian_city_news_topics_label.html")
    assert article.tags == ("Vigili del fuoco", "Via Nizza", "Condomini", "Cronaca")


def test_a_related_topics_heading_over_a_list_gives_the_tags() -> None:
    article = parse_fixture("../body/public_broadcaster_interview_newsletter_plug.html")
    assert article.tags == ("Fruit Growing", "Insurance", "Shepparton")


def test_a_topics_subheading_over_the_story_s_paragraphs_gives_no_tags() -> None:
    html = (
        "<html><head><title>Night sailings from May</title></head><body><article><h1>Night "
        f"sailings from May</h1><div><h2>Topics</h2>{_STORY_PARAGRAPHS}<p>The timetable is "
        "on <a href='/timetable'>the operator's site</a>.</p></div></article></body></html>"
    )
    assert parse_html(html).tags == ()


def _body_fixture(name: str) -> str:
    return (FIXTURES.parent / "body" / name).read_text(encoding="utf-8")


def test_a_labelled_tags_block_after_the_story_s_region_in_its_wrapper_gives_the_tags() -> None:
    # "<div itemprop="articleBody">...</div>" then, beside it in the story's wrapper, "<div
    # class="story__tags"><span>Теги</span><a>...": the page declares no tags
    article = parse_html(_body_fixture("ru_business_daily_overview_channel.html"))
    assert article.tags == ("Калининград", "порты", "зерно")


def test_persian_related_topics_label_a_tags_list() -> None:
    # "<section><h2>موضوعات مرتبط</h2><ul><li><a>...": "related topics", the story's tags
    article = parse_html(_body_fixture("persian_broadcaster_byline_podcast.html"))
    assert article.tags == ("انرژی", "شیراز")


def test_a_box_of_links_to_the_site_s_search_page_gives_no_tags() -> None:
    # a portal's "Related Searches" lists queries, not the story's tags
    url = "https://www.townfeed.example/millbrook-ny/5512009-bridge-on-route-7-to-close"
    assert parse_fixture("local_feed_related_searches.html", url).tags == ()
    html = (FIXTURES / "local_feed_related_searches.html").read_text(encoding="utf-8")
    # (the same box leading to topic pages is the story's tags)
    topics = html.replace("/search?q=", "/topics/").replace("Related Searches", "Related Topics")
    assert parse_html(topics, url).tags == (
        "Route 7 bridge",
        "Millbrook road closures",
        "County Road 12",
    )


@pytest.mark.parametrize(
    ("label", "path"), [("Topics", "/search?q="), ("Onderwerpen", "/zoeken?q=")]
)
def test_topics_linked_to_the_search_page_are_the_story_s_tags(label: str, path: str) -> None:
    # a public broadcaster's "Onderwerpen" list: each topic opens a search for it, but the
    # label names them the story's topics, not searches
    url = "https://www.townfeed.example/millbrook-ny/5512009-bridge-on-route-7-to-close"
    html = (FIXTURES / "local_feed_related_searches.html").read_text(encoding="utf-8")
    html = html.replace("/search?q=", path).replace("Related Searches", label)
    assert parse_html(html, url).tags == (
        "Route 7 bridge",
        "Millbrook road closures",
        "County Road 12",
    )


def test_a_more_about_label_over_tag_links_is_the_story_s_tags() -> None:
    # a page of <div> blocks marking no story region: "Lees meer over:" ("read more about")
    # over links to the site's tag pages names the story's topics
    article = parse_fixture(
        "more_about_tag_links_no_region.html",
        url="https://www.kustbode.example/binnenland/7712003/veerdiensten-waddenzee-liggen-stil.html",
    )
    assert article.tags == ("Waddenzee", "Veerdiensten", "Weer")


@pytest.mark.parametrize(
    ("fixture", "good", "url"),
    [
        (
            "local_feed_related_searches.html",
            "https://www.townfeed.example/search?q=County+Road+12",
            "https://www.townfeed.example/millbrook-ny/5512009-bridge-on-route-7-to-close",
        ),
        (
            "more_about_tag_links_no_region.html",
            "/tag/weer",
            "https://www.kustbode.example/binnenland/7712003/veerdiensten-waddenzee-liggen-stil.html",
        ),
    ],
)
def test_a_malformed_link_among_tag_or_search_links_breaks_no_field(
    fixture: str, good: str, url: str
) -> None:
    # a link whose address is no URL ("http://[::1...", an unclosed IPv6 bracket) is read as
    # leading nowhere: the tags are still found, and no field fails
    html = (FIXTURES / fixture).read_text(encoding="utf-8")
    broken = html.replace(f'href="{good}"', 'href="http://[::1/tag/x?q=1"')
    assert broken != html
    article = parse_html(broken, url)
    assert article.errors == ()


def test_a_keywords_block_after_the_story_gives_the_tags() -> None:
    # "<div class="l-keyword"><h2>キーワード</h2><ul><li><a>...": the label names the tags
    article = parse_fixture(
        "japanese_keyword_block.html",
        "https://www.kotonippo.example/articles/KT20250412A01.html",
    )
    assert article.tags == ("空き家", "観光", "滋賀県")


def test_a_tags_block_after_the_story_on_a_page_of_bare_divs() -> None:
    # no <article> or articleBody: the tags are read after the headline in its wrapper, not
    # the share buttons a class ending in "tag" names
    article = parse_fixture(
        "div_page_tags_after_story.html",
        "https://www.dennizpravodaj.example/zpravy/kraj/most-moravice.A250410_0800",
    )
    assert article.tags == ("Mosty", "Moravice", "Doprava")


@pytest.mark.parametrize(
    ("fixture", "tags"),
    [
        # "<div class="single-header"><h1>...</h1><div>date</div></div><div>text</div><div
        # class="single-tags"><a>#suv</a>...": the "#" is no part of a tag
        ("head_wrapper_hash_tags.html", ("suv", "fermer", "Farg‘ona")),
        # Drupal 7's "node-header" and, after it, "field-name-field-tags" labelled "Tags:"
        ("drupal7_node_header_field_tags.html", ("glaciers", "climate", "rivers")),
        # the head three levels down its wrapper; "Тэги:" labels the links of a block whose
        # class names no tags
        ("ru_head_wrapper_tags_label.html", ("МЧС", "сель", "Иссык-Куль")),
    ],
)
def test_a_tags_block_after_a_wrapper_holding_only_the_story_s_head(
    fixture: str, tags: tuple[str, ...]
) -> None:
    # a page of bare <div>s whose headline's wrapper holds only its date: the story and its
    # tags follow that wrapper in the one around it
    html = (FIXTURES / fixture).read_text(encoding="utf-8")
    url = html.split('rel="canonical" href="')[1].split('"')[0]
    assert parse_html(html, url).tags == tags


def test_a_more_on_label_over_links_to_topic_pages_gives_the_tags() -> None:
    # "<div class="topic-tags"><span>More On</span><ul><li><a href="/all-about/crime">..."
    # after the story, in its <article>: the page declares only its section
    url = (
        "https://www.westmooreveningnews.example/news/westmoor-news/"
        "man-jailed-ram-raid-post-office-31002877"
    )
    article = parse_fixture("more_on_topic_pages_after_story.html", url)
    assert article.tags == ("Crime", "Courts", "Westmoor Police", "Westmoor News")
    # (the same label over other stories' addresses is no tag list)
    html = (FIXTURES / "more_on_topic_pages_after_story.html").read_text(encoding="utf-8")
    stories = html.replace('href="/all-about/', 'href="/news/westmoor-news/story-')
    assert parse_html(stories, url).tags == ("Westmoor News",)


def test_the_story_s_tags_inside_its_explore_further_box_are_read() -> None:
    # "Explore further" heads a related teaser and, under it, the row of the story's own tags
    # (links to the site's tag pages): the teaser is related, the row still the tags
    article = parse_fixture(
        "science_explore_further_tags.html",
        "https://labledger.example/news/2025-04-lichens-city-walls-air-quality.html",
    )
    assert article.tags == ("Lichens", "Air pollution", "Cities")
    assert [link.url for link in article.related] == [
        "https://labledger.example/news/2025-01-moss-roofs-trap-pollen.html",
        "https://labledger.example/news/2024-10-street-trees-cool-neighbourhoods.html",
    ]


def test_a_japanese_headline_keeps_its_ideographic_space() -> None:
    # "開業　空き家を再生": U+3000 separates the headline's parts on purpose
    article = parse_fixture(
        "japanese_keyword_block.html",
        "https://www.kotonippo.example/articles/KT20250412A01.html",
    )
    assert article.headline == "湖畔の町で古民家ホテルが開業\u3000空き家を再生"


def test_search_links_for_their_own_terms_in_a_tags_block_are_the_story_s_tags() -> None:
    # a TownNews-style page: a kicker classed as a tag linking the story's section front
    # ("Local News" to "/news/local/") over the headline, then "div.asset-tags" whose tag
    # links each search for their own term ("/search/?k=%22budget%22")
    article = parse_fixture("blox_section_kicker_search_tags.html")
    assert article.tags == ("Snow Removal", "Budget", "Public Works")
    html = (FIXTURES / "blox_section_kicker_search_tags.html").read_text(encoding="utf-8")
    # (the same links in a block named as searches are queries, not the story's tags)
    searches = html.replace(
        '<ul class="list-inline"><li><a href="/search/',
        '<h3>Related Searches</h3><ul><li><a href="/search/',
        1,
    )
    assert parse_html(searches).tags == ()


def test_a_one_link_topic_kicker_over_the_headline_gives_way_to_the_story_s_tag_list() -> None:
    # a Drupal news story: "field--name-field-news-topics" with one link over the headline,
    # then "field--name-field-news-story-tags" after the text with the story's tags
    article = parse_fixture("drupal_topic_kicker_and_story_tags.html")
    assert article.tags == ("Pacific", "groundwater", "sea level rise")
    html = (FIXTURES / "drupal_topic_kicker_and_story_tags.html").read_text(encoding="utf-8")
    # (without a tag list after the story, the kicker's topic is read)
    alone = html.replace(
        'field--name-field-news-story-tags field--label-hidden field__items"><ul class="tags">',
        'story-footer"><ul>',
        1,
    )
    assert parse_html(alone).tags == ("Climate Change",)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # as served: a CSS module's class and a test id name the tag list component
        ("", ""),
        # by its CSS module's class alone
        (' data-testid="tags"', ""),
        # a styled component's class ("Tags" component, "Wrapper" part)
        (
            'class="TagList_tags__Pq7Lm" data-testid="tags"',
            'class="TagsStyles__Wrapper-sc-9fk2x1-0"',
        ),
    ],
)
def test_a_web_app_s_tag_list_component_gives_the_tags(old: str, new: str) -> None:
    html = (FIXTURES / "css_module_tag_list_row.html").read_text(encoding="utf-8")
    assert parse_html(html.replace(old, new) if old else html).tags == (
        "Smart Home",
        "Privacy",
        "Tech",
    )


def test_links_to_social_network_profiles_are_no_tags() -> None:
    # a press release's block classed as tags, headed "Social Media Profiles", links to the
    # company's pages on LinkedIn and X
    assert parse_fixture("press_release_social_profiles_block.html").tags == ()
