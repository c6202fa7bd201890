"""The generic body engine on realistic pages: exact story paragraphs, nothing else."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.body import body_paragraphs
from newsparse.generic.engine import GenericEngine
from newsparse.page import Page, text_of

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _generic_article(name: str, url: str | None) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def _body_paragraphs(html: str) -> list[str]:
    """The generic engine's body of ``html``, split into its paragraphs."""
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def _sections(sections: dict[str, str], template: str) -> str:
    """Each heading and text of ``sections`` written by ``template`` (its ``{n}``,
    ``{heading}`` and ``{text}``), joined."""
    return "".join(
        template.format(n=n, heading=heading, text=text)
        for n, (heading, text) in enumerate(sections.items())
    )


def generic_body(name: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    article = newsparse.parse(html, url="https://example.com/story", registry=newsparse.Registry())
    return article.body.split("\n\n") if article.body else []


def test_div_and_br_layout_gives_one_paragraph_per_double_break() -> None:
    assert generic_body("div_br_layout.html") == [
        "The town council voted 6-1 on Monday night to approve a new pedestrian bridge across "
        "the Mill River, ending a debate that has run for more than three years.",
        "The bridge, which will link the library car park with the riverside path near Elm "
        "Street, is expected to cost about $2.4 million, most of it covered by a state grant "
        "awarded last autumn.",
        "Councillor Ruth Ames, who cast the only vote against, said she supported the idea but "
        "worried about maintenance costs falling on local taxpayers once the grant runs out.",
        "Construction is due to begin in the spring of next year, and the town engineer said "
        "the crossing could open before the 2016 summer festival if the weather holds.",
    ]


def test_cjk_article_without_spaces_or_latin_commas() -> None:
    assert generic_body("cjk_article.html") == [
        "记者从市交通运输局获悉，从下月起，全市一千二百余条公交线路将全面支持手机扫码和交通卡电子支付，市民乘车不再需要准备零钱。",
        "据介绍，此次改造共涉及八千多辆公交车，所有车辆均已安装新型读卡设备。试点期间，电子支付的使用比例已经超过百分之八十，高峰时段的上车速度明显加快。",
        "交通运输局相关负责人表示，现金支付方式仍将保留，老年乘客和外地游客可以继续投币乘车。同时，各公交站点将张贴操作指南，并安排志愿者现场指导。",
        "有市民表示，过去常常因为没有零钱而错过班车，现在用手机就能解决，十分方便。也有乘客希望进一步完善网络信号较弱路段的支付体验。",
    ]


def test_a_chinese_cms_naming_its_blocks_in_pinyin() -> None:
    # DedeCMS-style markup: "zhengwen" (the text), "xgwz" (related articles), "pinglun"
    # (readers' comments, longer than this short story and prose like it), "bdsharebuttonbox"
    # (Baidu's share buttons), "remen" (popular), "guanggao" (an ad), "yejiao" (the footer)
    article = _generic_article(
        "pinyin_class_names.html", "https://www.jiangnanribao.example/bendi/2024/0412/huiqian.html"
    )
    body = article.body.split("\n\n")
    assert body[0].startswith("经过两年多的施工")
    assert body[-1].startswith("区住建局负责人介绍")
    assert len(body) == 4
    assert [link.url for link in article.related] == [
        "https://www.jiangnanribao.example/bendi/2024/0301/chaiqian.html",
        "https://www.jiangnanribao.example/bendi/2024/0115/xiangzhang.html",
        "https://www.jiangnanribao.example/bendi/2023/1120/shitou.html",
    ]
    # the byline is one labelled field of the line under the headline
    assert article.authors == ("陈思远",)


def test_a_thai_article() -> None:
    # no spaces between words, vowel signs in the byline's name, a Buddhist Era date with an
    # abbreviated month ("12 มี.ค. 2567" is 12 March 2024)
    article = _generic_article("thai_article.html", "https://khaomuang.example/city/2567/03/bike")
    body = article.body.split("\n\n")
    assert len(body) == 4
    assert body[0].startswith("กรุงเทพมหานครเปิดใช้เส้นทางจักรยานสายใหม่")
    assert body[-1].startswith("สำนักการจราจรและขนส่งระบุว่า")
    assert article.headline == "กรุงเทพฯ เปิดเส้นทางจักรยานสายใหม่ริมแม่น้ำ"
    assert article.authors == ("สมชาย ใจดี",)
    assert article.published == datetime(2024, 3, 12, 10, 30)
    assert article.language == "th"
    assert [link.url for link in article.related] == [
        "https://khaomuang.example/city/2567/03/boat",
        "https://khaomuang.example/city/2567/02/park",
    ]


def test_long_comment_thread_is_not_the_story() -> None:
    body = generic_body("blog_with_comments.html")
    assert body == [
        "In December I put my smartphone in a drawer and bought a forty-dollar flip phone. I "
        "wanted to know how much of my day was shaped by a device I had never really chosen to "
        "use so much.",
        "The first week was harder than I expected. I reached for my pocket dozens of times an "
        "hour, and each time there was nothing to scroll, only a small grey screen showing the "
        "time.",
        "What I missed",
        "Maps, mostly. I printed directions before leaving the house, like it was 2004, and "
        "still got lost twice on the way to a friend's new flat across town.",
        "By the end of the month I had read four books, and I had stopped checking the weather "
        "three times before breakfast. I am back on a smartphone now, but with most of its apps "
        "gone.",
    ]


def test_nav_breadcrumb_headline_byline_caption_tags_related_and_footer_are_dropped() -> None:
    assert generic_body("news_nav_footer.html") == [
        "Fares on the harbour ferry will rise by 8 percent from the first of July, the operator "
        "announced on Thursday, blaming higher fuel and maintenance costs over the past year.",
        "A single adult ticket will go up from 3.20 to 3.45, while the monthly commuter pass "
        "will cost 96, up from 89. Fares for children under twelve and for pensioners will not "
        "change.",
        "Commuters react",
        "Regular passengers at the north pier were unhappy with the news. “It is the third rise "
        "in two years, and the boats are no more reliable than they were,” said one commuter "
        "who travels to the city centre every weekday.",
        "The operator said it would add two extra sailings on weekday evenings from September, "
        "and that a new timetable would be published in June.",
    ]


def test_story_split_over_sibling_wrappers_is_joined_without_the_ad_label() -> None:
    body = generic_body("split_story.html")
    assert len(body) == 4
    assert body[0].startswith("Ranchers across the western counties")
    assert body[2].startswith("Selling early means lighter animals")
    assert body[3].endswith("would come too late for their herds.")
    assert "Advertisement" not in "\n".join(body)


def test_headline_byline_date_caption_and_hidden_text_at_the_head_are_dropped() -> None:
    body = generic_body("head_metadata_inline.html")
    assert [paragraph.split(",")[0] for paragraph in body] == [
        "A group of about thirty volunteers has spent the summer clearing brambles and "
        "replanting the walled garden beside the old lighthouse",
        "Working from old photographs held by the local history society",
        "The garden will open to visitors on weekend afternoons from September",
    ]


@pytest.mark.parametrize("name", sorted(path.name for path in FIXTURES.glob("*.html")))
def test_body_extraction_leaves_the_page_tree_untouched(name: str) -> None:
    tree = lxml.html.document_fromstring((FIXTURES / name).read_bytes())
    before = lxml.html.tostring(tree)
    assert body_paragraphs(tree)
    assert lxml.html.tostring(tree) == before


def test_page_without_prose_gives_its_short_text() -> None:
    html = "<html><body><div><h2>Opening hours</h2><p>Mon-Fri 9-17</p></div></body></html>"
    assert body_paragraphs(lxml.html.document_fromstring(html)) == ["Opening hours", "Mon-Fri 9-17"]


def test_empty_page_gives_no_body() -> None:
    assert body_paragraphs(lxml.html.document_fromstring("<html><body></body></html>")) == []


def test_body_survives_a_failing_classification(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(root: lxml.html.HtmlElement, marks: object = None) -> None:
        raise RuntimeError("classification failed")

    monkeypatch.setattr("newsparse.generic.engine.classify", broken)
    html = (FIXTURES / "news_nav_footer.html").read_bytes()
    article = newsparse.parse(html, url="https://example.com/story", registry=newsparse.Registry())
    assert article.body.startswith("Fares on the harbour ferry will rise by 8 percent")
    assert article.related == ()
    assert any("related" in error and "classification failed" in error for error in article.errors)
    # the metadata, which reads the same walk when it succeeds, finds its elements itself
    assert article.headline is not None


def test_subheadings_inside_a_br_layout_story_are_kept_but_a_trailing_heading_is_not() -> None:
    body = generic_body("br_layout_with_subheadings.html")
    assert body[1] == "Keyboard"
    assert body[3] == "Battery life"
    assert body[5] == "Verdict"
    assert body[-1].startswith("At its launch price the Lumen 14")
    assert "More reviews" not in body
    assert len(body) == 7


def test_climbing_stops_below_a_wrapper_whose_added_text_is_a_footer() -> None:
    body = generic_body("story_with_unnamed_footer.html")
    assert body[0].startswith("Over six months our continuous integration build")
    assert body[3] == "What we changed"
    assert body[-1].startswith("Finally, we sent test logs to memory")
    assert len(body) == 7


def test_react_page_drops_the_newsletter_pitch_inside_the_story() -> None:
    # Hashed class names say nothing; data-testid names the newsletter box, whose one-line
    # pitch reads like a sentence but is not the story's.
    assert generic_body("react_hashed_classes_newsletter.html") == [
        "The city council voted on Monday to extend the tram line to the new hospital, a "
        "project that has been discussed for more than a decade and is now expected to open "
        "in 2027.",
        "Construction will close two streets for most of next year, and shops along the route "
        "will be offered compensation for lost trade during the works, the council said.",
        "Opponents say the money would be better spent on buses, which carry three times as "
        "many passengers across the city each day.",
    ]


def test_a_newsletter_pitch_of_several_sentences_goes_whatever_prose_it_holds() -> None:
    # the Guardian's sign-up embed as served before its iframe loads: three paragraphs of
    # pitch in a figure named by its component
    story = [
        "The Greens' spokesperson for water said the party had secured an additional $100m "
        "for First Nations water holdings in the negotiations.",
        "The National Farmers' Federation criticised the legislation, saying buybacks would "
        "hollow out small towns that relied on irrigated agriculture.",
        "The opposition voted against the bill and promised to repeal the buyback provisions "
        "if it won the next election.",
    ]
    pitch = (
        "<figure data-component='email-signup' id='EmailSignup-skip-link-4' class='dcr-173m'>"
        "<a href='#EmailSignup-skip-link-4-end'>skip past newsletter promotion</a><div>"
        "<p>Sign up to Guardian Australia's Morning Mail</p><p>Our Australian morning "
        "briefing email breaks down the key national and international stories of the day "
        "and why they matter</p><p><strong>Privacy Notice: </strong>Newsletters may contain "
        "info about charities, online ads, and content funded by outside parties.</p></div>"
        "<div id='EmailSignup-skip-link-4-end'>after newsletter promotion</div></figure>"
    )
    paragraphs = [f"<p class='dcr-4cudl2'>{text}</p>" for text in story]
    html = (
        "<html><head><title>Water bill passes</title></head><body><article><h1>Water bill "
        "passes</h1><div id='maincontent'>"
        + "".join(paragraphs[:2])
        + pitch
        + paragraphs[2]
        + "</div></article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n") == story


def test_react_page_related_block_is_found_by_its_heading_not_the_most_read_list() -> None:
    html = (FIXTURES / "react_hashed_classes_newsletter.html").read_bytes()
    article = newsparse.parse(
        html, url="https://metrodaily.example/news/2024/05/tram", registry=newsparse.Registry()
    )
    assert [link.url for link in article.related] == [
        "https://metrodaily.example/news/2024/04/tram-costs",
        "https://metrodaily.example/news/2024/03/hospital-opening",
    ]
    assert article.authors == ("Dana Holt",)


def test_previous_and_next_teasers_inside_the_article_are_not_the_story() -> None:
    # A Foundation-grid theme: the article cell ends with a "next-prev" box whose teasers
    # each have a linked title and an unlinked one-line excerpt (prose, but not this story).
    story = [
        "The convertible keeps the coupe's 5.0-litre V8 and ten-speed gearbox, and the fabric "
        "roof folds in fifteen seconds at speeds of up to 50 km/h.",
        "Local deliveries are expected early next year, with prices to be announced closer to "
        "launch, the distributor said on Wednesday.",
    ]
    teasers = "".join(
        f'<div class="cell medium-6"><h4><a href="/news/{slug}">{title}</a></h4>'
        f'<p class="row-excerp">{excerpt}</p><p class="meta">Carla Reyes 2019-11-20</p></div>'
        for slug, title, excerpt in [
            (
                "mini-gp",
                "Mini's hottest hatch yet",
                "The most powerful Mini to come out of Oxford has 306 HP and a huge rear wing",
            ),
            (
                "compact-mpv",
                "A seven-seater under four metres",
                "The latest seven-seat MPV measures less than four metres from end to end",
            ),
        ]
    )
    html = (
        "<html><head><title>The open-top coupe arrives</title></head><body>"
        '<div class="grid-x post-content"><div class="cell auto article" id="article">'
        "<h1>The open-top coupe arrives</h1>"
        + "".join(f"<p>{text}</p>" for text in story)
        + f'<div class="grid-container next-prev"><div class="grid-x">{teasers}</div></div>'
        + "</div></div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://cars.example/news/coupe", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_links_pushed_off_screen_are_hidden_text() -> None:
    # Hacked WordPress themes append SEO links positioned off the screen after the story.
    story = [
        "The special flight landed at the capital's main airport at six in the morning, an "
        "official said, and the passengers were released after immigration checks.",
        "Most of them had overstayed their visas, officials said, and several had tried to "
        "cross the border on foot before they were caught.",
    ]
    spam = "".join(
        f'<div style="position:absolute; top:0; left:-9999px;"><a href="https://spam{n}.example">'
        "Download Premium Themes Free</a></div>"
        for n in range(4)
    )
    html = (
        "<html><head><title>Deportees return home</title></head><body><div class='entry-content'>"
        + "".join(f"<p>{text}</p>" for text in story)
        + spam
        + "</div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://post.example/deportees", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_print_only_notice_and_article_tools_are_not_the_story() -> None:
    # A financial paper: a print-edition header (logo and a long reprint notice, shown only
    # on paper) and a tool bar (reprints, text size) sit inside the story's container.
    story = [
        "Shares of the retailer fell 5% in early trading after it cut its sales forecast for "
        "the year, citing a weaker housing market and fewer large renovation projects.",
        "Analysts said the reaction looked overdone, noting that margins held up and that the "
        "company still expects to buy back stock worth several billion dollars this year.",
    ]
    html = (
        "<html><head><title>Retailer stock falls</title></head><body><div class='main'>"
        "<div class='print-header'><img class='print-logo' src='/logo.png'>"
        "<p>This copy is for your personal, non-commercial use only. To order presentation-"
        "ready copies for distribution to your colleagues, clients or customers, use the "
        "Order Reprints tool at the bottom of any article or visit our reprints page.</p>"
        "<p>https://www.ledger.example/articles/retailer-stock-falls</p></div>"
        "<div class='article__body' itemprop='articleBody'>"
        "<ul class='js-article-tools print-tools'><li>Order Reprints</li><li>Print Article</li></ul>"
        "<div class='textresizer'><span>Text size</span><button>-</button><button>+</button></div>"
        + "".join(f"<p>{text}</p>" for text in story)
        + "</div></div></body></html>"
    )
    article = newsparse.parse(
        html,
        url="https://www.ledger.example/articles/retailer-stock-falls",
        registry=newsparse.Registry(),
    )
    assert article.body.split("\n\n") == story


def test_headline_byline_and_date_after_a_standfirst_are_dropped() -> None:
    # A fact-check layout: the claim's standfirst opens the story block, then the headline,
    # the byline and the date, then the story.
    story = [
        "The senator said on Sunday that the drugs seized at the border last year were worth "
        "more than the state's entire annual budget.",
        "Seizure figures from the border agency do not support that: the estimated street "
        "value of last year's seizures was about a third of the budget.",
        "We rate the statement Mostly False.",
    ]
    html = (
        "<html><head><title>What are border drug seizures worth? | FactDesk</title>"
        '<meta property="og:title" content="What are border drug seizures worth?"></head><body>'
        "<article class='statement'><div class='statement__body'>"
        f"<p>{story[0]}</p>"
        "<h2 class='statement__title'>What are border drug seizures worth?</h2>"
        "<p class='statement__meta'>By Carla Brent, Minh Do</p>"
        "<p class='statement__date'><time datetime='2019-11-18'>November 18, 2019</time></p>"
        + "".join(f"<p>{text}</p>" for text in story[1:])
        + "</div></article></body></html>"
    )
    article = newsparse.parse(
        html, url="https://factdesk.example/claims/border", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_long_dateline_with_time_elements_at_the_head_is_dropped() -> None:
    story = [
        "Le projet de loi sur le renseignement a été adopté mardi à une large majorité, après "
        "plusieurs semaines de débats parfois vifs entre le gouvernement et l'opposition.",
        "Le texte doit maintenant être examiné par le Sénat, où plusieurs amendements sont "
        "attendus sur le contrôle des techniques de surveillance.",
    ]
    html = (
        "<html><head><title>Renseignement : le projet de loi adopté</title></head><body>"
        "<article class='article article_normal'><h1>Renseignement : le projet de loi adopté</h1>"
        "<p class='bloc_signature'><span id='publisher'>Le Quotidien</span> | "
        "<time datetime='2015-05-04T13:36:31+02:00'>04.05.2015 à 13h36</time> • Mis à jour le "
        "<time datetime='2015-05-05T20:13:12+02:00'>05.05.2015 à 20h13</time> | "
        "<span class='signature_article'>Par <a href='/journaliste/anne-roux/'>Anne Roux</a>"
        " (avec Paul-Henri Denis, Léa Martin-Dupont et Hugo Marchand)</span></p>"
        + "".join(f"<p>{text}</p>" for text in story)
        + "</article></body></html>"
    )
    article = newsparse.parse(
        html, url="https://quotidien.example/article/loi", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_paragraphs_without_a_word_are_markup_debris() -> None:
    story = [
        "The ferry company will add a night crossing from June, the first in a decade, after "
        "a trial last summer carried more passengers than expected.",
        "Tickets go on sale next week, and season passes will be valid on the new crossing at "
        "no extra cost, the company said on Tuesday.",
    ]
    html = (
        "<html><head><title>Night ferry returns</title></head><body><div class='entry-content'>"
        f"<p>{story[0]}</p><p>\u200b</p><p>* * *</p><p>\ufeff</p><p>*/?&gt;</p>"
        f"<p>{story[1]}</p></div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://ferry.example/news/night", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_hover_cards_inside_a_sentence_are_not_its_text() -> None:
    # A politics site's "rollover" card (a photo, the name again, the person's latest
    # stories) sits inside the sentence, after the linked name; CSS shows it on hover only.
    card = (
        "<span class='rollover-people-block'><span class='rollover-block'><img src='/p.jpg'>"
        "<a class='name' href='/people/ana-ruiz'>Ana Ruiz</a><a class='people-articles' "
        "href='/news/1'>Council approves budget | Mayor defends tram plan</a></span></span>"
    )
    story = [
        "The council's finance chair, Ana Ruiz, said on Monday that the budget would be "
        "balanced without raising the property tax for a third year.",
        "Opposition members said the plan relied on one-off savings that would not be there "
        "next year, and asked for an independent review.",
    ]
    first = story[0].replace(
        "Ana Ruiz",
        "<span class='rollover-people'><a href='/people/ana-ruiz'>Ana Ruiz</a>" + card + "</span>",
    )
    html = (
        "<html><head><title>Budget balanced</title></head><body><div class='field-item'>"
        f"<p>{first}</p><p>{story[1]}</p><p>{story[1]}</p></div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://hill.example/news/budget", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n")[0] == story[0]


def test_the_article_holding_the_headline_among_the_next_posts_is_the_story() -> None:
    # A theme that prints the category's next posts, each a full <article> with a long
    # excerpt and no heading, in the same column as the story.
    story = [
        "Living a true love story is one of the great pleasures of life, and it starts with "
        "the way we learn to look after ourselves before we look after anyone else.",
        "Those who love themselves know what they need, say what they feel, and do not ask "
        "others to carry the weight of their own unhappiness.",
    ]
    others = "".join(
        f"<article class='postbox post-{n}'><img src='/p{n}.jpg'><p>{text}</p>"
        "<div class='share'>Whatsapp Facebook</div></article>"
        for n, text in [
            (
                7816,
                "Life asks us for optimism and the courage to hope for the best and to make "
                "the best happen, because pessimism only freezes the smile and stiffens the "
                "joints of the spirit. " * 2,
            ),
            (
                7908,
                "What holds a family together is love, tenderness and the wish for each "
                "other's good: a united family is strength, certainty of support and a hand "
                "held out in hard times. " * 2,
            ),
        ]
    )
    html = (
        "<html><head><title>Only those who love themselves | Thoughts</title></head><body>"
        "<div class='row'><div class='column large-8'>"
        "<article class='articlebox post-1806'><h1 class='entry-title'>Only those who love "
        "themselves</h1>" + "".join(f"<p>{text}</p>" for text in story) + "</article>"
        f"{others}</div><aside class='sidebar'><h2>Topics</h2></aside></div></body></html>"
    )
    article = newsparse.parse(
        html, url="https://thoughts.example/love", registry=newsparse.Registry()
    )
    assert article.body.split("\n\n") == story


def test_teaser_grid_with_blurbs_after_the_story_is_dropped() -> None:
    # A magazine theme's "You might also like" grid with neutral class names: each card's
    # blurb is unlinked prose, but the cards together are other stories, not a section.
    article = newsparse.parse(
        (FIXTURES / "story_with_teaser_grid.html").read_bytes(),
        url="https://parishpump.example/news/allotments/",
        registry=newsparse.Registry(),
    )
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("The parish council's allotment waiting list")
    assert paragraphs[-1].endswith("at the parish office on weekday mornings.")
    assert [link.url for link in article.related] == [
        "https://parishpump.example/gardening/tomato-blight-warning/",
        "https://parishpump.example/news/community-orchard-planted/",
        "https://parishpump.example/events/seed-swap-returns/",
        "https://parishpump.example/gardening/water-butt-scheme/",
    ]


def test_metadata_line_of_date_byline_and_category_is_not_the_story() -> None:
    # A municipal news CMS writes the date, "Publicado por", the category and the tags in
    # one line above text laid out with <br>s: the line is long enough to pass for prose.
    assert generic_body("br_layout_metadata_line.html") == [
        "A ponte sobre o Arroio Fundo, na estrada geral do Travessão, foi liberada ao tráfego "
        "nesta terça-feira, depois de seis semanas de obras de recuperação da estrutura e do "
        "piso.",
        "Segundo a Secretaria de Obras, foram trocadas as vigas de madeira que estavam "
        "comprometidas e a cabeceira do lado sul recebeu uma nova contenção de pedras, para "
        "evitar que a água da chuva volte a abrir crateras no acesso.",
        "Durante a reforma, os moradores da localidade usaram um desvio de quatro quilômetros "
        "pela comunidade de São Roque. A secretaria pede que os motoristas respeitem o limite "
        "de carga de dez toneladas indicado na placa.",
    ]


def test_list_of_rel_tag_links_without_a_telling_class_is_dropped() -> None:
    # WordPress prints a post's tags as rel="tag" links; this theme wraps them in a bare
    # <strong>, with no class to say what they are.
    paragraphs = generic_body("wordpress_rel_tag_list.html")
    assert paragraphs[0].startswith("The regional kart championship will run eight rounds")
    assert not any("kart calendar 2019" in paragraph for paragraph in paragraphs)
    assert "Entries open on 1 February." in "\n".join(paragraphs)


def test_one_wrapper_per_paragraph_still_gives_the_whole_story() -> None:
    # a React site (CSS-module class names) renders every paragraph in its own wrapper; the
    # long caption of the picture above the headline must not outscore the short paragraphs
    assert generic_body("css_modules_one_block_per_paragraph.html") == [
        "The harbour museum opened its doors again on Saturday, eleven months after a storm "
        "surge flooded its ground floor.",
        "Repairs to the walls and floors cost about £180,000, most of it raised by local appeals.",
        "The curator, Alun Rees, said almost every object had been saved because staff moved "
        "them upstairs in time.",
        "Entry remains free, and the café will reopen at Easter once its new kitchen is fitted.",
    ]


def test_blogger_post_of_div_paragraphs_drops_the_picture_caption() -> None:
    assert generic_body("blogger_div_paragraphs.html") == [
        "The first proper frost arrived on Sunday, a fortnight earlier than last year.",
        "I had left the dahlias in the ground, which was a mistake I will not make again.",
        "The leeks and the chard shrugged it off, and the broad beans look untroubled.",
        "Next week I will lift the dahlia tubers and dry them in the shed over winter.",
    ]


def test_story_cell_of_a_layout_table_without_its_neighbouring_column() -> None:
    # the story is one <td> of <br><br> paragraphs under a headline, byline and date written
    # as lines; the next cell is a column of teasers with summaries
    body = generic_body("table_layout_br_story.html")
    assert len(body) == 5
    assert body[0].startswith("The county board approved a plan on Tuesday")
    assert body[-1].startswith("Residents can comment on the detour plan")
    assert not any("More headlines" in paragraph or "Library" in paragraph for paragraph in body)


def test_a_div_of_br_text_in_a_layout_tables_cell_is_the_story_not_part_of_the_cell() -> None:
    # a 2010 portal: the story is text broken by <br><br> in a <div> of the left column's
    # cell, beside the date line, the tools bar and a comment box with its form; the right
    # column holds a poll whose question is the page's only <p>
    body = generic_body("table_layout_div_story_with_comment_form.html")
    assert len(body) == 4
    assert body[0].startswith("افتتحت المؤسسة العامة لتحلية المياه")
    assert body[-1].startswith("ويأمل السكان أن تنهي المحطة")
    assert not any("استفتاء" in paragraph or "تعليقك" in paragraph for paragraph in body)


def test_a_captions_paragraph_beside_the_story_is_no_story_paragraph() -> None:
    # a 2011 template: the lead picture's block holds its credit and a <p class="caption">
    # written as a sentence, between the dateline and the story's first block
    story = [
        "Ferry service between the harbour and the northern suburbs will expand to two new "
        "landings this summer, city officials said on Monday.",
        "The new stops will open in June and run every 30 minutes during the morning and "
        "evening rush, according to the city's transport office.",
        "Residents of the northern suburbs, which have no rail station, have long complained "
        "of being cut off from the rest of the city.",
    ]
    html = (
        "<html><body><div id='article'><h1>Ferries to stop at two new landings</h1>"
        "<h6 class='dateline'>Published: April 12, 2011</h6>"
        "<div class='articleSpanImage'><span><img src='/ferry.jpg'></span>"
        "<div class='credit'>Jane Roe/The City Times</div>"
        "<p class='caption'>A ferry at the harbour terminal in the city centre.</p></div>"
        f"<div class='articleBody'><p>{story[0]}</p><p>{story[1]}</p></div>"
        "<div class='articleInline'><h6>Related</h6><h6><a href='/2011/03/02/subway.html'>"
        "Weekend service cuts weighed</a></h6></div>"
        f"<div class='articleBody'><p>{story[2]}</p></div></div></body></html>"
    )
    article = newsparse.parse(html, registry=newsparse.Registry())
    assert article.body.split("\n\n") == story


def test_docusaurus_headings_are_kept_though_their_class_names_the_navbar() -> None:
    # Docusaurus offsets every heading for its sticky bar: "anchorWithStickyNavbar_LWe7"
    sections = {
        "New features": "Topics can now be compacted by key as well as by time, with a new "
        "setting that keeps the newest message for every key.",
        "Bug fixes": "A leak of file handles when a segment was deleted while a consumer "
        "was still reading it has been fixed.",
    }
    content = _sections(
        sections,
        "<h2 class='anchor anchorWithStickyNavbar_LWe7' id='h{n}'>{heading}<a href='#h{n}' "
        "class='hash-link' aria-label='Direct link'>&#8203;</a></h2><p>{text}</p>",
    )
    html = (
        "<html><body><nav class='navbar navbar--fixed-top'><a href='/docs'>Docs</a>"
        "<a href='/blog'>Blog</a></nav><main><article><div class='theme-doc-markdown markdown'>"
        "<h1>Release 4.2.0</h1><p>Kestrel 4.2.0 is a minor release that brings key-based "
        f"compaction and a number of fixes.</p>{content}</div></article></main></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[1:] == [part for pair in sections.items() for part in pair]


def test_headings_and_terms_lose_their_self_links_signs() -> None:
    # Sphinx and MkDocs end every heading and API term with a link to itself: "¶" or "#"
    text = (
        "A pool keeps a few connections open and lends them to the threads that ask, so "
        "that no request pays for the handshake with the server."
    )
    # (a footnote's number is a one-character link too, and stays)
    closing = "The pool never holds more connections than the server allows, see footnote "
    html = (
        "<html><body><div class='document'><div itemprop='articleBody'>"
        "<h1>Connection pooling<a class='headerlink' href='#pooling'>¶</a></h1>"
        f"<p>{text}</p><h2>Sizing the pool<a class='headerlink' href='#sizing'>#</a></h2>"
        f"<p>{text}</p><dl><dt>Pool.check(timeout=5.0)<a class='headerlink' href='#check'>¶</a>"
        "</dt><dd><p>Checks every idle connection and drops those that fail.</p></dd></dl>"
        f"<p>{closing}<a href='#fn1'>1</a>.</p></div></div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body == [
        text,
        "Sizing the pool",
        text,
        "Pool.check(timeout=5.0)",
        "Checks every idle connection and drops those that fail.",
        f"{closing}1.",
    ]


def test_an_affiliate_disclosure_in_prose_at_the_story_head_is_no_paragraph_of_it() -> None:
    story = [
        "I bought the espresso machine in September to replace a ten-year-old one that had "
        "finally started leaking from somewhere I could not find.",
        "Four months and about three hundred shots later, I have a clear idea of what it does "
        "well and where it falls short, and the steam wand is the best part of it.",
    ]
    html = (
        "<html><body><article class='post'><h1>Espresso machine review</h1>"
        "<div class='entry-content'><div class='disclosure-box'><p><em>Disclosure: Counter Top "
        "Critic is reader-supported. When you buy through links on our site, we may earn an "
        "affiliate commission at no extra cost to you.</em></p></div>"
        f"<p>{story[0]}</p><p>{story[1]}</p></div></article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n") == story


def test_a_mailing_list_archive_message_without_its_neighbours_links() -> None:
    # pipermail: "Previous message: <a>", "Next message: <a>" and "Messages sorted by:"
    # above and below the message, which is one <pre> in the page's <body>
    body = generic_body("mailing_list_archive_message.html")
    assert body[0] == "Hello everyone,"
    assert len(body) == 5
    assert not any("message" in paragraph or "sorted by" in paragraph for paragraph in body)


def test_a_mailing_list_message_loses_its_signature_and_the_list_s_footer() -> None:
    # the signature under its "-- " line (the sender's sign-off), Mailman's footer under a
    # rule of underscores and its "More information about the ... mailing list" link
    body = generic_body("mailing_list_archive_message.html")
    assert body[-1] == "Peter"
    assert not any("Lindqvist" in paragraph for paragraph in body)
    html = (
        "<html><body><h1>[boatyard] Crane booking</h1><b>Peter Lindqvist</b><br><i>Tue Oct 2 "
        "18:04:11 CEST 2007</i><!--beginarticle--><pre>The crane is booked for the morning of "
        "the last Saturday of October, and boats will be lifted in the order of the list.\n\n"
        "Cradles have to be checked before the lift, so please bring the welder's note if "
        "yours was repaired last winter.\n\n_______________________________________________\n"
        "boatyard mailing list\nboatyard at lists.harbour-sc.example\n</pre><!--endarticle-->"
        "<hr><a href='http://lists.harbour-sc.example/mailman/listinfo/boatyard'>More "
        "information about the boatyard\nmailing list</a><br></body></html>"
    )
    paragraphs = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert paragraphs[-1].startswith("Cradles have to be checked")
    assert len(paragraphs) == 2


def test_a_read_also_line_inside_br_text_keeps_the_breaks_after_it() -> None:
    # Bitrix: the story is text broken by <br><br> in one <div>; a "Читайте також:" line
    # links another story between two paragraphs, a channel appeal closes the text
    paragraphs = [
        "Міська рада затвердила план ремонту трамвайних колій на Замості, роботи почнуться "
        "у квітні і триватимуть до кінця літа.",
        "Кожен вагон розрахований на 190 пасажирів, має кондиціонер і два майданчики для "
        "візків та крісел колісних.",
        "Вартість проїзду не зміниться: розрахуватися можна карткою вінничанина або "
        "банківською карткою.",
    ]
    html = (
        "<html><body><div class='news-detail'><h1>Ремонт колій на Замості</h1>"
        f"<div class='bx-newsdetail-content'>{paragraphs[0]}<br /><br />"
        "<b>Читайте також:</b> <a href='/news/city/trolejbusy/'>У Вінниці змінять рух "
        f"тролейбусів</a><br /><br />{paragraphs[1]}<br /><br />{paragraphs[2]}<br /><br />"
        "<b>Підписуйтесь на наш <a href='https://t.me/vinnytsia_example'>Telegram-канал</a>, "
        "щоб першими дізнаватися головні новини.</b></div></div></body></html>"
    )
    assert _body_paragraphs(html) == paragraphs


def test_a_subheading_worded_like_a_widget_title_over_a_paragraph_is_the_storys() -> None:
    # "Popular methods" opens like a "Popular" widget's title, but heads a paragraph
    paragraphs = [
        "Intermittent fasting means eating only during a set window of the day and going "
        "without food for the rest of it, usually for twelve to sixteen hours.",
        "Popular methods",
        "The most common schedule is the 16:8 method, in which people eat between noon and "
        "eight in the evening and fast overnight and through the morning.",
        "Another approach limits eating on two days of the week to about 500 calories while "
        "the other five days follow a normal diet.",
    ]
    html = (
        "<html><body><article><h1>What is intermittent fasting?</h1><div class='article-body'>"
        f"<p>{paragraphs[0]}</p><h2>{paragraphs[1]}</h2><p>{paragraphs[2]}</p>"
        f"<p>{paragraphs[3]}</p></div></article></body></html>"
    )
    assert _body_paragraphs(html) == paragraphs


def test_a_font_layouts_large_headline_byline_and_role_line_leave_the_body() -> None:
    # 2004: no heading element; the headline is set in <font size=5>, the byline's second
    # line gives the reporter's role, and the <title> cuts the headline short
    story = [
        "The passenger ferry between Port Ellis and Cedar Island will carry its first "
        "passengers in almost two years on July 6, county commissioners said Thursday.",
        "The service stopped in the summer of 2002 when inspectors found cracks in the hull "
        "of the county's only boat, and repairs stretched on for two years.",
    ]
    html = (
        "<html><head><title>Lake County Gazette - Ferry service to resume in July</title>"
        "</head><body><table><tr><td><center><font size='5'><b>Ferry service to resume in "
        "July after two-year halt</b></font></center><br><font size='1'>By MARGARET "
        "OYELARAN<br>Gazette Staff Writer</font><br><br><font size='2'>"
        f"<p>{story[0]}</p><p>{story[1]}</p></font></td></tr></table></body></html>"
    )
    article = newsparse.parse(html, registry=newsparse.Registry())
    assert article.headline == "Ferry service to resume in July after two-year halt"
    assert article.body.split("\n\n") == story


def test_a_blox_storys_subscriber_only_blocks_are_the_rest_of_the_story() -> None:
    # BLOX TownNews: the lede in "subscriber-preview", the rest in "subscriber-only" blocks
    # between ad regions and a sign-up card; McClatchy-style closing timestamp line after it
    paragraphs = [
        "About half of the parents who answered a district survey this winter said they would "
        "support moving to a four-day school week, the board heard Tuesday.",
        "Support was highest among parents of high school students, 58% of whom said they "
        "favored the change, while parents of younger children were more skeptical.",
        "The district will hold three public listening sessions in April, with dates to be "
        "posted on its website.",
    ]
    html = (
        "<html><body><div class='asset-content'><h1>Four-day week draws mixed response</h1>"
        f"<div id='article-body' class='asset-body'><div class='subscriber-preview'><p>"
        f"{paragraphs[0]}</p></div><div class='tncms-region'><div class='tnt-ads "
        f"advertisement'>Advertisement</div></div><div class='subscriber-only'><p>"
        f"{paragraphs[1]}</p></div><div class='tnt-email-signup card'><h4>Get local news "
        "delivered to your inbox!</h4><form><input type='email'><button>Sign up!</button>"
        f"</form></div><div class='subscriber-only'><p>{paragraphs[2]}</p></div>"
        "<p class='story-pub-date'>This story was originally published March 4, 2024, 5:00 AM."
        "</p></div></div></body></html>"
    )
    assert _body_paragraphs(html) == paragraphs


def test_a_closed_disclosures_content_is_read_as_shown() -> None:
    # an explainer's FAQ accordion: each question a button in an <h3>, each answer a hidden
    # panel the button controls (aria-controls, aria-expanded="false")
    intro = (
        "Starting April 1, most households in the district will pay more for water, after the "
        "board approved a new rate structure that charges heavy users more per gallon."
    )
    faq = {
        "How much will my bill go up?": "A typical household using 6,000 gallons a month "
        "will pay about $4.20 more, a rise of roughly 9 percent.",
        "Can I appeal my bill?": "Customers who believe their meter is faulty can request a "
        "free test, and the district refunds any overcharge for up to 12 months.",
    }
    items = _sections(
        faq,
        "<h3 class='accordion__heading'><button class='accordion__trigger' "
        "aria-expanded='false' aria-controls='faq-{n}'>{heading}<span class='accordion__icon' "
        "aria-hidden='true'>+</span></button></h3><div id='faq-{n}' role='region' hidden>"
        "<p>{text}</p></div>",
    )
    html = (
        "<html><body><article><h1>What the new water rates mean for you</h1>"
        f"<p>{intro}</p><div class='accordion'>{items}</div></article></body></html>"
    )
    assert _body_paragraphs(html) == [intro, *(part for pair in faq.items() for part in pair)]
    # a story's collapsed rest behind its "Continue reading" button
    rest = "The developer said it would widen the junction and pay for a new footpath."
    html = (
        f"<html><body><article><h1>Homes plan</h1><p>{intro}</p><div id='more-1' "
        f"aria-hidden='true' style='display:none'><p>{rest}</p></div><button "
        "aria-expanded='false' aria-controls='more-1'>Continue reading</button></article>"
        "</body></html>"
    )
    assert _body_paragraphs(html) == [intro, rest]


def test_german_class_names_mark_comments_share_bar_ads_and_related_list() -> None:
    # a regional paper's CMS names its blocks in German: "leserkommentare", "teilen-leiste",
    # "anzeige-mitte", "weitere-artikel"; the readers' comments follow the story's last
    # paragraph inside the same container, under no heading
    article = _generic_article(
        "german_class_names.html", "https://weser-bote.example/lokales/2024/03/buslinie-klinikum"
    )
    body = article.body.split("\n\n")
    assert len(body) == 4
    assert body[0].startswith("Der Stadtrat hat am Dienstagabend")
    assert body[-1].startswith("Der Seniorenbeirat begrüßte die Entscheidung")
    assert [link.url for link in article.related] == [
        "https://weser-bote.example/lokales/2024/03/radweg-am-deich",
        "https://weser-bote.example/lokales/2024/03/parkhaus-klinikum",
    ]


def test_custom_elements_are_read_as_the_blocks_pages_style_them_as() -> None:
    # a site built of web components: the story's paragraphs are <article-paragraph>s, its
    # blocks <ad-slot>, <share-bar> and <related-stories>, which name what they hold
    article = _generic_article(
        "custom_elements.html", "https://metrowire.example/local/2024/05/night-buses"
    )
    body = article.body.split("\n\n")
    assert len(body) == 4
    assert body[0].startswith("The transit agency will run buses to the airport")
    assert body[-1].startswith("Airport staff unions welcomed the plan")
    assert [link.url for link in article.related] == [
        "https://metrowire.example/local/2024/05/bike-lanes-downtown",
        "https://metrowire.example/local/2024/05/ferry-fares",
    ]
    assert article.authors == ("Priya Raman",)


def test_an_undisplayed_print_copy_of_the_story_is_left_out() -> None:
    # a print version of the story kept under the page with display: none, and a hidden
    # print-only note inside the story: readers see neither, and the copy (longer than the
    # story, with the author's bio) must not pull the story's block towards it
    article = _generic_article(
        "hidden_print_copy.html", "https://valleyledger.example/news/2024/03/landfill"
    )
    body = article.body.split("\n\n")
    assert len(body) == 5
    assert body[0].startswith("The county will close the old landfill on Ridge Road")
    assert body[-1].startswith("The old site will be capped with soil")
    assert "Printed" not in article.body
    assert "Ana Lucero covers" not in article.body
    assert article.authors == ("Ana Lucero",)


def test_an_undisplayed_copy_does_not_doom_the_story_s_wrapper() -> None:
    # the theme's wrapper ("has-sidebar ... js-ad-section") holds most of what readers see:
    # it is the story's whatever its class says, however much text the print copy adds
    html = (FIXTURES / "hidden_print_copy.html").read_bytes()
    page = Page.from_input(html, "https://valleyledger.example/news/2024/03/landfill")
    cleaned = text_of(GenericEngine(page).clean_tree())
    # (the story and its undisplayed copy: the cleaning removes boilerplate, not hidden text)
    assert cleaned.count("The county will close the old landfill on Ridge Road") == 2
    assert "By Ana Lucero" in cleaned
    assert "Mill Street bridge" not in cleaned  # (the most-read sidebar goes)


def test_a_teaser_stream_diluted_by_a_video_player_s_menus_is_not_more_story() -> None:
    # below the story, a player's settings menu (short lines, no links) and a stream of
    # teasers (a linked title over each summary): together their links weigh under a fifth of
    # what they add, but the stream alone, the bulk of it, is a teaser list
    article = _generic_article(
        "teaser_stream_beside_player.html",
        "https://stateledger.example/courts/2024/10/eviction-law",
    )
    body = article.body.split("\n\n")
    assert len(body) == 5
    assert body[0].startswith("The state's highest court on Thursday struck down a law")
    assert body[-1].startswith("Lawmakers return in January")


def test_a_story_rendered_in_declarative_shadow_roots_is_read() -> None:
    # server-rendered web components: the story's paragraphs sit in the component's
    # <template shadowrootmode>, the headline and byline are slotted in from the light DOM
    article = _generic_article(
        "declarative_shadow_dom.html", "https://coastlinecourier.example/news/2024/06/ferry-refit"
    )
    body = article.body.split("\n\n")
    assert body[0].startswith("The Wren, the last of the harbour's wooden ferries")
    assert body[2].startswith("The crossing to the fish market takes eleven minutes")
    # the light paragraph, slotted after the shadow ones, closes the story
    assert body[3].startswith("Tickets cost the same as before")
    assert len(body) == 4
    assert "Sponsored" not in article.body
    assert article.authors == ("Tomasz Wilk",)
    assert [link.title for link in article.related] == [
        "Slipway opens its doors for a summer weekend",
        "Volunteers count a record number of seals",
    ]


def test_a_custom_element_inside_a_sentence_stays_in_it() -> None:
    html = (
        "<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1>"
        "<p>The first bus leaves the central station at midnight, <time-ago>two weeks</time-ago>"
        " after the council approved the plan, and the last one at five in the morning.</p>"
        "<p>Two routes will stop at the hospital, the university and the airport's cargo "
        "terminal, where hundreds of workers start their shifts before dawn.</p>"
        "</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0] == (
        "The first bus leaves the central station at midnight, two weeks after the council "
        "approved the plan, and the last one at five in the morning."
    )
    assert len(body) == 2


def test_a_heavily_linked_opening_paragraph_stays_with_the_story() -> None:
    # a blog that links a phrase in every sentence: its first paragraph sits in a block of
    # its own above the rest, with a third of its text in links
    assert [paragraph[:30] for paragraph in generic_body("heavily_linked_post.html")] == [
        "The December timetable adds fo",
        "As the consultation papers sho",
        "The coast line loses its late ",
        "Fares do not change until Janu",
    ]


def test_the_last_short_section_of_a_listicle_keeps_its_heading() -> None:
    # each section is a heading and a one-line paragraph, too short to count as a real
    # paragraph: the heading of the last one still heads a line that stays, unlike the
    # "More from Travel" heading over a list of links
    article = _generic_article(
        "listicle_short_sections.html",
        "https://milehighdaily.example/travel/2024/06/weekend-trips-from-denver/",
    )
    body = article.body.split("\n\n")
    assert body[-2:] == [
        "8. Fort Collins",
        "Bike between craft breweries on paved trails along the Poudre River.",
    ]
    assert [line for line in body if line[0].isdigit()] == [
        "1. Glenwood Springs",
        "2. Estes Park",
        "3. Buena Vista",
        "4. Steamboat Springs",
        "5. Salida",
        "6. Breckenridge",
        "7. Great Sand Dunes",
        "8. Fort Collins",
    ]
    assert "More from Travel" not in article.body
    assert "Most popular" not in article.body
    assert [link.title for link in article.related] == [
        "The best camping spots near Denver",
        "Colorado's hot springs, ranked",
    ]


def test_a_live_blog_keeps_its_entries_and_drops_its_badge_and_buttons() -> None:
    article = _generic_article(
        "live_blog_feed.html", "https://metrostar.example/politics/2024/11/election-night-live"
    )
    body = article.body.split("\n\n")
    # the standfirst in the live blog's header is not an entry
    assert "Polls closed at 8 p.m." not in article.body
    # (each entry's time alone over its heading is a date line: "11:40 p.m." goes)
    assert body[0] == "Mayor concedes"
    assert body[1].startswith("Mayor Ellen Park conceded in a short speech")
    assert "11:40 p.m." not in body and "9:05 p.m." not in body
    assert body[-1].startswith("Welcome to our live coverage.")
    assert "LIVE" not in body
    for boilerplate in ("Copy link", "Load more updates", "Trending", "Bridge closure"):
        assert boilerplate not in article.body
    assert article.published is not None and article.published.isoformat().startswith(
        "2024-11-05T19:00"
    )


def test_a_short_brief_keeps_its_related_teasers_and_its_byline() -> None:
    # a two-paragraph story under a classic WordPress theme: the "Related posts" teasers'
    # excerpts and the comments each hold more prose than the story, yet the story is the
    # body, the teasers are its related links and "Posted on <date> by <name>" its byline
    article = _generic_article(
        "short_brief_with_teasers_and_comments.html",
        "https://northfieldgazette.example/2024/05/library-hours",
    )
    assert article.body.split("\n\n") == [
        "The public library will open until 8 p.m. on Saturdays starting in June, the board "
        "decided Tuesday.",
        "The change costs about $14,000 a year and is paid for by a state grant.",
    ]
    assert [link.url for link in article.related] == [
        "https://northfieldgazette.example/2024/04/library-roof",
        "https://northfieldgazette.example/2024/03/book-sale",
        "https://northfieldgazette.example/2024/02/teen-room",
    ]
    assert article.authors == ("Jo Lindqvist",)


def test_a_gallery_page_s_introduction_and_captions_are_its_body() -> None:
    # the introduction sits in a block named after the gallery ("GalleryPage-description"),
    # like the slides and their captions: it holds prose and no picture; the captions say
    # more than it does, so they are the story too (without their credits)
    article = _generic_article(
        "gallery_page_intro.html",
        "https://www.valleysentinel.example/photos/harvest-festival-record-crowds-orchard-park",
    )
    body = article.body.split("\n\n")
    assert len(body) == 8
    assert body[0].startswith("Tens of thousands of visitors filled Orchard Park")
    assert body[1].endswith("Sentinel photographer Dana Whitfield spent both days at the park.")
    assert body[2] == "Visitors crowd the main aisle of vendor tents on Saturday afternoon."
    assert body[-1] == "Volunteers with the Orchard Park Conservancy pour hot cider for visitors."


def test_a_teaser_list_s_unheld_links_keep_the_story_from_climbing_into_it() -> None:
    # Tailwind utility classes only: the story's <div> shares its parent with a newsletter box
    # and a "Keep reading" list whose linked titles sit in <div>s, outside any paragraph;
    # counting those titles, the list is links, not more of the story
    article = _generic_article(
        "tailwind_utility_classes_only.html",
        "https://meridiandaily.example/education/2024/06/11/four-day-week-trial-ends",
    )
    body = article.body.split("\n\n")
    # (the section label over the headline, "Education", goes, and so does the deck under it,
    # the page's declared description over the byline)
    assert body[0].startswith("Lakeside Unified will return to a five-day school week")
    assert "Trustees ended the pilot a year early" not in article.body
    assert body[-1].startswith("The two trustees who voted against ending the trial")
    for boilerplate in ("Get the Meridian Morning newsletter", "Keep reading", "Bus driver"):
        assert boilerplate not in article.body
    assert len(article.related) == 3


def test_an_affiliation_line_in_a_component_named_byline_block_goes() -> None:
    # emotion's hashed class names; the byline block is named only by its data-component
    # attribute, and under the authors' names an affiliation line ("ABN News") stands alone
    article = _generic_article(
        "hashed_classes_component_names.html",
        "https://www.albion-news.example/news/articles/c9x2kq4lzm7o",
    )
    body = article.body.split("\n\n")
    assert body[0].startswith("More than 60,000 homes and businesses are without power")
    assert "ABN News" not in body
    assert article.authors == ("Siobhan Keane", "Gareth Morgan-Lewis")


def test_a_2000s_table_layout_s_breadcrumb_and_tool_rows_are_not_story_lines() -> None:
    # one table cell holds the breadcrumb, the byline, the story as <br><br> paragraphs in
    # <font> tags, and a row of tools ("Email this story | Printer-friendly version")
    article = _generic_article("table_font_layout_breadcrumb.html", None)
    body = article.body.split("\n\n")
    assert body[0].startswith("The Millbrook City Council voted 5-2 Monday night")
    assert body[-1].endswith(
        "The city will hold a public meeting on the design and paint color in April."
    )
    assert "Home > Local News" not in article.body
    assert "Printer-friendly" not in article.body
    assert article.authors == ("Jim Harlow",)


def test_a_standfirst_and_its_byline_and_dateline_components_are_not_story_lines() -> None:
    # a Guardian-like page: standfirst, then <address data-component="meta-byline"> and
    # <details data-component="dateline">, then the story
    article = _generic_article("dcr_style_standfirst_byline_dateline.html", None)
    body = article.body.split("\n\n")
    # the standfirst above the byline is no paragraph of the story (as the benchmarks'
    # human-made answers leave it out); the story opens with its first paragraph
    assert body[0].startswith("A train operator has been fined £3m")
    assert "Regulator says Northway Trains" not in article.body
    assert not any("GMT" in line or "Owen Pryce in Manchester" in line for line in body[:3])
    # the reader-revenue appeal after the story is prose, and no part of it
    assert "small favour to ask" not in article.body
    assert body[-1].startswith("Passenger groups said the fine was welcome")


def test_bare_topic_links_after_the_story_are_not_a_line_of_it() -> None:
    # hashed classes name nothing: a row of topic links written as bare <a> elements, with
    # no space between them, follows the last paragraph inside the story's wrapper
    body = generic_body("story_with_bare_topic_links.html")
    assert body[0].startswith("The 10.45pm crossing from Portmore will run")
    assert body[-1].startswith("The timetable will be reviewed at the end of September")
    assert len(body) == 6
    # nor is the support box closed by its button, pitch lines and all
    for leftover in ("Topics", "Ferries", "Nightlife", "Reuse", "owned by", "£3", "Support us"):
        assert not any(leftover in line for line in body)


def test_a_fact_box_aside_stays_and_a_video_player_s_prompt_goes() -> None:
    # an Arc-style story: an <aside class="c-factbox"> of tips between its paragraphs is the
    # story's own, the inline video's "Click to play video: '...'" prompt and duration are not
    body = generic_body("story_with_fact_box_and_video.html")
    assert body[4:8] == [
        "After a flood",
        "Do not switch on power in a flooded basement until an electrician has checked it.",
        "Throw out food that touched flood water.",
        "Keep children and pets away from standing water.",
    ]
    assert body[-1].startswith("The province said applications for disaster assistance")
    assert len(body) == 9
    for leftover in ("Click to play", "1:58", "Story continues", "Most popular", "Flooding"):
        assert not any(leftover in line for line in body)


def test_byline_names_written_as_bare_links_above_the_story_are_not_its_lines() -> None:
    # a Gannett-style head inside the story's <article>: each author's name a link alone in
    # a <div>, then the paper's name, all in a block whose class names it "by"
    body = generic_body("byline_names_as_bare_links.html")
    assert body[0].startswith("The Pinecrest school board postponed its vote")
    assert len(body) == 4
    for leftover in ("Hollis Grant", "Renee Okafor", "Pinecrest Ledger", "Published"):
        assert not any(leftover in line for line in body)


def test_an_aria_hidden_drop_cap_is_the_first_word_s_letter_but_an_aria_hidden_block_is_not() -> (
    None
):
    # the drop cap is shown (hidden from screen readers only); a visually hidden copy of it
    # is read by screen readers only
    opening = (
        "<p><span class='dropcap' aria-hidden='true'>I</span><span class='visually-hidden'>I"
        "</span>n the spring of 1971, when Abel Reznik was nineteen, his uncle handed him a "
        "tuning hammer and a set of mutes and told him to start on the church's upright.</p>"
    )
    rest = (
        "<p>He has tuned pianos in the valley ever since, some of them for three generations of "
        "the same family, and he keeps a notebook for each one.</p>"
    )
    menu = "<div class='offcanvas' aria-hidden='true'><p>Menu. Home. Local. Sports.</p></div>"
    html = (
        "<html><head><title>The piano tuner</title></head><body><article><h1>The piano tuner</h1>"
        f"{opening}{menu}{rest}</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("In the spring of 1971")
    assert len(body) == 2


def test_bits_of_prose_refused_one_level_up_do_not_carry_the_climb_higher() -> None:
    # the story's block sits beside an appeal (prose, no class that names it); two levels up
    # the article's grid adds a standfirst: neither level adds enough prose of its own
    story = "".join(
        f"<p>{text} Hedgehog numbers in towns rose for the first time in twenty years, the "
        "survey found, as gardens with gaps in their fences let the animals roam.</p>"
        for text in ("First.", "Second.", "Third.", "Fourth.", "Fifth.")
    )
    appeal = (
        "<gu-island name='SlotBodyEnd'><div><h2>Help us keep this journalism open</h2><p>We "
        "have no shareholders and no billionaire owner. Our reporting is free for everyone "
        "to read, because we believe that information is a public good.</p></div></gu-island>"
    )
    html = (
        "<html><head><title>Hedgehogs return to towns</title></head><body><main><div "
        "class='dcr-grid'><div class='dcr-headline'><h1>Hedgehogs return to towns</h1></div>"
        "<div class='dcr-standfirst'><p>Volunteers recorded more sightings in gardens and "
        "parks, though the animals continue to decline in the countryside</p></div>"
        f"<div class='dcr-main'><div class='article-body'>{story}</div>{appeal}</div>"
        "</div></main></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("First.") and body[-1].startswith("Fifth.")
    assert len(body) == 5


def test_a_bold_read_also_line_inside_br_separated_text_is_no_line_of_the_story() -> None:
    # Times Internet's layout: the story is text split by <br><br> in one <div>, and an
    # "Also Read" line is a <strong> label and link between two of its paragraphs
    first = (
        "The KRS reservoir reached its full level on Sunday, and the dam's officials opened "
        "the crest gates to release water into the Cauvery."
    )
    second = (
        "Villages along the river have been told to move cattle and stored grain to higher "
        "ground, and the district administration has set up relief camps."
    )
    html = (
        "<html><head><title>KRS reservoir full</title></head><body><h1>KRS reservoir full</h1>"
        f"<div class='artText'>{first}<br><br><strong>Also Read: <a href='/news/bridge-"
        f"submerged/articleshow/1234.cms'>Bridge submerged near Nanjangud</a></strong><br><br>"
        f"{second}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == [first, second]


def test_an_endless_page_s_next_story_inside_the_first_is_no_part_of_it() -> None:
    # Newspack's "auto load next post" renders the next story, <h1> and all, inside the
    # first story's <article>: the body ends where the next story's headline opens it.
    body = generic_body("endless_scroll_next_story_nested.html")
    assert body[0].startswith("The Vogel family has milked cows")
    assert body[-1].startswith('"We could stay small and hang on')
    assert not any("broadband" in paragraph for paragraph in body)


def test_on_an_endless_page_the_story_under_the_declared_headline_is_the_body() -> None:
    # The stream renders the story read before this one first, and at more length: the
    # story asked for is the one under the <h1> the page declares as its title.
    article = _generic_article("endless_scroll_requested_second.html", None)
    body = article.body.split("\n\n")
    assert article.headline == "Library eliminates fines for overdue books"
    assert body[0].startswith("The Metro Public Library will no longer charge fines")
    assert body[-1].startswith("Patrons will still have to pay")
    assert len(body) == 3


def test_an_up_next_preview_of_the_next_story_in_full_is_no_part_of_the_story() -> None:
    # The preview holds more prose than the story: only the declared headline tells which
    # is the page's own.
    body = generic_body("up_next_full_preview.html")
    assert body[0].startswith("A growing number of landlords")
    assert body[-1].startswith('"Nobody is arguing the fires')
    assert not any("thermostat" in paragraph for paragraph in body)


def test_an_email_newsletter_s_text_blocks_in_one_cell_tables_make_one_story() -> None:
    # E-mail templates wrap each text block in tables of one cell, nested two deep, side by
    # side in the body's cell: one-cell tables are wrappers, not a layout's columns.
    body = generic_body("email_newsletter_tables.html")
    assert body[0] == "Dear Friends,"
    assert body[1].startswith("After two wet winters and a great deal of digging")
    assert "Please keep dogs out of the water" in body
    assert body[-1].startswith("With thanks and best wishes for the spring")
    assert not any("unsubscribe" in paragraph for paragraph in body)


def test_a_listing_page_of_teasers_has_no_story_author_or_date() -> None:
    # A WordPress category page (Yoast declares it a CollectionPage): its teasers' summaries,
    # bylines and dates belong to other pages.
    article = _generic_article(
        "wordpress_category_listing.html", "https://coastalcourier.example/category/environment/"
    )
    assert article.body == ""
    assert article.authors == ()
    assert article.published is None
    assert article.headline == "Environment Archives"


@pytest.mark.parametrize(
    ("declared", "body_class"),
    [
        ('{"@type": "SearchResultsPage", "name": "Search"}', ""),
        ("", "error404 wp-custom-logo"),  # WordPress's "not found" page of suggestions
        ("", "path-taxonomy"),  # a Drupal tag's page
    ],
)
def test_other_listings_are_no_stories(declared: str, body_class: str) -> None:
    script = f'<script type="application/ld+json">{declared}</script>' if declared else ""
    teasers = "".join(
        f"<article class='post'><h2><a href='/2024/05/{n}/story/'>Story number {n} of the "
        f"week</a></h2><p>The summary of story number {n}, one of the week's most read, which "
        "tells the reader enough to want to open it.</p></article>"
        for n in range(1, 5)
    )
    html = (
        f"<html><head><title>Results</title>{script}</head><body class='{body_class}'>"
        f"<main>{teasers}</main></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).body == ""


def test_an_archived_newsletter_issue_is_a_story_whatever_its_body_class() -> None:
    # "archive" alone on <body> names a newsletter's archived issue on some platforms; a
    # WordPress archive also names what it lists (a category, a tag, an author, a date).
    html = (
        "<html><head><title>Allotment news</title></head><body class='archive'><main>"
        "<h1>Allotment news</h1><p>The committee has not met since the pandemic, and the "
        "waiting list now runs to ninety names, most of them families from the new estate."
        "</p></main></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.startswith("The committee has not met since the pandemic")


def test_a_story_whose_json_ld_also_declares_its_collection_is_a_story() -> None:
    html = (
        "<html><head><title>Dune work begins</title><script type='application/ld+json'>"
        '{"@graph": [{"@type": "CollectionPage", "name": "Environment"}, {"@type": '
        '"NewsArticle", "headline": "Dune work begins"}]}</script></head><body '
        "class='single single-post'><article><h1>Dune work begins</h1><p>Volunteers planted "
        "twelve thousand clumps of beach grass over the weekend to rebuild the dunes.</p>"
        "</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.startswith("Volunteers planted")


def test_a_paywalls_subscription_offer_inside_a_short_story_is_no_part_of_it() -> None:
    # A metered page served without its rest: one paragraph, then the offer, whose text is
    # longer than the story's.
    lead = (
        "Fairway Fresh, the family-owned grocery chain that has anchored neighbourhood "
        "shopping centres for four decades, will close 11 of its 38 stores by August, the "
        "company told employees on Tuesday."
    )
    offer = (
        "<div class='article-gate'><div class='regwall regwall--hard'><h2>Keep reading with a "
        "subscription</h2><p>Get unlimited access to local news, in-depth investigations and "
        "our award-winning sports coverage for just 99 cents for your first month.</p><ul>"
        "<li>Unlimited digital access on any device</li><li>The daily e-Edition, a digital "
        "replica of the print paper</li><li>Exclusive subscriber-only newsletters</li></ul><a "
        "href='/subscribe'>Subscribe now</a><p>Already a subscriber? <a href='/login'>Log in"
        "</a> to continue reading.</p></div></div>"
    )
    html = (
        "<html><head><title>Grocery chain to close 11 stores</title></head><body><article>"
        "<h1>Grocery chain to close 11 stores</h1><div class='story__byline'>By <a "
        "href='/staff/rl/' rel='author'>Rebecca Lindholm</a> <time datetime='2025-06-03'>"
        "June 3, 2025</time></div><figure><img src='/store.jpg' alt=''><figcaption>A store on "
        f"Lindell Avenue.</figcaption></figure><div class='story__body'><p>{lead}</p>{offer}"
        "</div></article></body></html>"
    )
    assert newsparse.parse(html, registry=newsparse.Registry()).body == lead


def test_a_story_built_of_page_builder_sections_is_read_whole() -> None:
    # Elementor nests each text block six wrappers deep in a section of its own, and names
    # every block a "widget": the story's sections are one story, not widgets.
    body = generic_body("elementor_sections.html")
    assert body[0].startswith("Salento wakes up wrapped in a thick fog")
    assert "Farms and small towns" in body
    assert body[-1].startswith("Our last piece of advice")
    assert len(body) == 8
    assert not any("Cocora valley, thank you" in paragraph for paragraph in body)


def test_groups_of_paragraphs_nested_deep_in_wrappers_of_one_are_one_story() -> None:
    # Page builders (WPBakery's rows, columns and wrappers) put each group of paragraphs
    # five wrappers deep; a wrapper holding one element adds nothing to climb over.
    groups = [
        [
            "Work to deepen the harbour's main channel will begin in March, the port authority "
            "said on Tuesday, after two years of surveys and a public consultation.",
            "The dredgers will work around the clock for eleven weeks and move some 400,000 "
            "cubic metres of silt to a licensed site twelve miles offshore.",
        ],
        [
            "Fishing crews asked for the work to pause during the spring herring run, and the "
            "authority agreed to stop for two weeks in April if catches fall.",
            "Ferry timetables will not change, though the island service may be delayed by up "
            "to ten minutes at low tide while the channel is marked out.",
        ],
        [
            "A public meeting on the plans will be held at the harbour office on the first "
            "Thursday of next month, and the surveys can be read on the authority's website.",
        ],
    ]
    blocks = "".join(
        "<div class='vc_row'><div class='wpb_column'><div class='vc_column-inner'><div "
        "class='wpb_wrapper'><div class='wpb_text_column'><div class='wpb_wrapper'>"
        + "".join(f"<p>{text}</p>" for text in group)
        + "</div></div></div></div></div></div>"
        for group in groups
    )
    html = (
        "<html><head><title>Harbour dredging to begin</title></head><body><article class='post'>"
        f"<h1>Harbour dredging to begin</h1><div class='entry-content'>{blocks}</div></article>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body == [text for group in groups for text in group]


def test_a_paywall_block_holding_the_storys_rest_in_divs_or_br_lines_is_the_story() -> None:
    # The locked rest of a story served whole, in a block named as a paywall: its paragraphs
    # written as <div>s, or as lines broken by <br><br>, are paragraphs all the same.
    rest = [
        "Construction will close two streets for most of next year, and shops along the route "
        "will be offered compensation for lost trade during the works.",
        "The council expects the first trams to run on the new section in the spring of 2027, "
        "a year later than first planned because of the hospital's own building work.",
    ]
    lead = (
        "The city council voted on Monday to extend the tram line to the new hospital, a "
        "project that has been discussed for more than a decade."
    )
    for locked in (
        "".join(f"<div>{text}</div>" for text in rest),
        "<br><br>".join(rest),
    ):
        html = (
            "<html><head><title>Tram line extended</title></head><body><article><h1>Tram line "
            f"extended</h1><div class='story__body'><p>{lead}</p><div class='paywall'>{locked}"
            "</div></div></article></body></html>"
        )
        body = newsparse.parse(html, registry=newsparse.Registry()).body
        assert body.split("\n\n") == [lead, *rest], locked[:20]


def test_a_preformatted_story_whose_first_line_is_the_headline_keeps_the_paragraph_format() -> None:
    # an archive's OCR text in one <pre>: its first line is the headline, cut from the body
    lines = [
        "THE NEW CANAL LOCKS.",
        "",
        "The contract for the construction of the two new",
        "locks at Fairport has been awarded to the firm of",
        "Whitcomb & Lowry, whose bid was the lowest.",
        "",
        "The new locks will be of cut stone, and will be",
        "large enough to pass the new boats.",
    ]
    page = "<html><head><title>THE NEW CANAL LOCKS.</title></head><body><h1>{}</h1><pre>{}</pre>"
    body = _body_paragraphs(page.format(lines[0], "\n".join(lines)) + "</body></html>")
    assert body[0].startswith("The contract for the construction")
    assert all(paragraph and paragraph.strip("\n") == paragraph for paragraph in body)


def test_a_story_written_in_widget_classed_text_blocks_is_kept() -> None:
    # TimesLIVE's layout: every block of the page an "article-widget", the story's text ones
    # "article-widget article-widget-text", a related card and an ad between them
    texts = [
        "Cape Town residents will pay about 9% more for water from July under the city's new "
        "tariffs, which the council approved on Tuesday after a month of public comment.",
        "The city said the increase would pay for a desalination plant and for replacing "
        "pipes that lose nearly a fifth of the water the city buys from the province.",
        "Opposition councillors said poorer households would struggle with the rise and asked "
        "for the free basic allocation to be raised from six to ten kilolitres a month.",
    ]
    text_block = (
        "<div class='article-widget article-widget-text'><div class='text'><p>{}</p></div></div>"
    )
    html = (
        "<html><head><title>Water tariffs to rise</title></head><body><article><h1>Water "
        "tariffs to rise</h1>"
        + text_block.format(texts[0])
        + "<div class='article-widget article-widget-related'><a href='/news/2025-03-01-dams/'>"
        "Dam levels drop</a></div>"
        + text_block.format(texts[1])
        + "<div class='article-widget article-widget-ad'><div id='gpt-ad-2'></div></div>"
        + text_block.format(texts[2])
        + "</article></body></html>"
    )
    assert _body_paragraphs(html) == texts


def test_a_review_s_photo_section_keeps_its_heading() -> None:
    # "Photo" is also a player's label: as a subheading over a section's text, it stays
    section = "The main camera keeps detail in low light and its colours stay natural. " * 3
    html = (
        "<html><head><title>Phone review</title></head><body><article><h1>Phone review</h1>"
        f"<p>{section}</p><h2>Photo</h2><p>{section}</p><h2>Battery</h2><p>{section}</p>"
        "</article></body></html>"
    )
    assert "Photo" in _body_paragraphs(html)


def test_a_2008_german_paper_s_head_tools_and_caption_are_not_story_lines() -> None:
    # a table layout of its time, served as ISO-8859-1, its blocks named in German: the
    # "vorspann" standfirst, the "artikelinfo" line ("autor", "datum"), the "werkzeuge" row
    # of print and e-mail tools, and the picture's "bildunterschrift" with its "bildquelle"
    article = _generic_article(
        "german_2008_regional_interview.html",
        "http://www.nordhessen-anzeiger.example/lokales/kassel/7731204-die-deiche-allein.html",
    )
    body = article.body.split("\n\n")
    assert body[0].startswith("Frau Körner, im Sommer 2006 stand die Unterneustadt unter Wasser.")
    for leftover in ("Zwei Jahre nach dem Fulda-Hochwasser", "Von Thomas Berger", "drucken"):
        assert leftover not in article.body
    assert "Foto: Jens Vogler" not in article.body
    # the interview's questions and answers stay, and so does the box on the expert
    assert "Was raten Sie Hausbesitzern in gefährdeten Lagen?" in article.body
    # (its bold title over its text is a subheading of its own)
    assert body[-2] == "Zur Person"
    assert body[-1].startswith("Dr. Sabine Körner (47) stammt aus Fritzlar")
    assert article.authors == ("Thomas Berger",)


def test_another_story_s_card_of_links_between_paragraphs_goes() -> None:
    # a 2009 public broadcaster's explainer in windows-1256: between its paragraphs, a promo
    # of another story (its picture and its title, each a link to that story, no line of
    # text) inside a story block that holds text of its own (subheadings as <span>s)
    article = _generic_article(
        "persian_2009_explainer_cp1256.html",
        "https://www.broadcaster.example/persian/iran/2009/11/091118_l23_urmia_explainer.shtml",
    )
    assert "تجمع فعالان محيط زيست در تبريز" not in article.body
    assert "چه عواملي باعث اين وضعيت شده است؟" in article.body  # (the subheading after it)


def test_a_summary_classed_under_the_headline_and_a_picture_credit_stay_out() -> None:
    # "<h1>...</h1><div class="newsDetail__anons">" before the story's block: the Russian
    # "анонс", a summary the page sets apart; the credit in the picture's box opens with
    # "Фото:" and names the agency
    article = _generic_article(
        "ru_business_news_anons.html", "https://vestnik.example/economics/19/03/2013/881203.shtml"
    )
    openings = [paragraph.split(",")[0][:24] for paragraph in article.body.split("\n\n")]
    assert openings == [
        "Министерство промышленно",
        "По его словам",
        "Ставка по таким кредитам",
        "Участники рынка встретил",
        "Ранее правительство уже ",
    ]


@pytest.mark.parametrize(
    "credit",
    ["Photo: Reuters", "Foto: dpa", "Photo : AFP/Jean Dupont", "写真：共同通信", "사진: 연합뉴스"],
)
def test_a_picture_s_credit_line_between_paragraphs_is_no_paragraph(credit: str) -> None:
    sentence = (
        "The council voted on Tuesday to extend the tram line across the river, a decision "
        "that ends years of debate among residents and shopkeepers on both banks."
    )
    story = f"<p>{sentence}</p>"
    html = (
        f"<html><body><article><h1>Tram line to cross the river</h1>{story}"
        f"<div class='media'><img src='/tram.jpg'><p>{credit}</p></div>{story}{story}"
        "</article></body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


@pytest.mark.parametrize(
    "credit",
    ["Grafik: Landespresse/Kurier.at; Quelle: Landesstatistik", "Chart: Datawrapper/Valley Times"],
)
def test_a_graphic_s_or_table_s_credit_line_is_no_paragraph(credit: str) -> None:
    sentence = (
        "Die Zahl der Übernachtungen im Bundesland ist im Sommer deutlich gestiegen, vor allem "
        "Gäste aus Deutschland und den Niederlanden kamen häufiger als im Vorjahr."
    )
    story = f"<p>{sentence}</p>"
    table = (
        "<div class='remote'><table><tr><th>Monat</th><th>Nächte</th></tr><tr><td>Juli</td>"
        f"<td>1,2 Mio.</td></tr></table><p class='source'>{credit}</p></div>"
    )
    html = (
        f"<html><body><article><h1>Mehr Gäste im Sommer</h1>{story}{story}{table}{story}"
        "</article></body></html>"
    )
    assert credit not in "\n\n".join(_body_paragraphs(html))
    assert _body_paragraphs(html).count(sentence) == 3


def test_short_paragraphs_of_the_story_s_own_paywall_class_stay() -> None:
    # Condé Nast writes "<p class="paywall">" on every paragraph of a story: the long ones
    # read as prose, and the short ones of that class (a quote, the syndication credit, the
    # closing line) are the story's too
    article = _generic_article(
        "verso_paywall_class_paragraphs.html", "https://www.wired.example/story/parking-rules/"
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == (
        "This story originally appeared on Grist and is part of the Climate Desk collaboration."
    )
    assert "“Nobody likes a surcharge,” Okwu said." in paragraphs
    assert paragraphs[-1] == "The next fight, they say, is over loading zones and the curb itself."
    assert len(paragraphs) == 7
    assert "Subscribe now" not in article.body


def test_subheadings_of_the_story_s_own_paywall_class_stay() -> None:
    # "<h2 class="paywall">" over "<p class="paywall">": the story's subheadings, as its
    # paragraphs of that class are; the offer box's heading beside them still goes
    article = _generic_article(
        "verso_paywall_class_subheadings.html",
        "https://www.wired.example/story/drinking-fountains/",
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[2] == "A Matter of Heat"
    assert paragraphs[5] == "Who Pays for the Water?"
    assert len(paragraphs) == 8
    assert "Get WIRED" not in article.body


@pytest.mark.parametrize(
    "link",
    [
        "<a href='/News/498211.aspx'><span style='color:#cc0000;'><strong>اقرأ أيضا: وزير الآثار: "
        "افتتاح المتحف جزئيا العام المقبل</strong></span></a>",
        "<a href='/news/498211'>Read also: The museum will partly open next year</a>",
    ],
)
def test_a_read_also_link_alone_between_breaks_is_no_line_of_the_story(link: str) -> None:
    # a portal's story written as text broken by <br><br>, a link whose own text opens with
    # the read-also label set between two of its paragraphs
    line = (
        "وقال وزير الآثار في بيان إن المقبرة تخص كاتبا كان مسؤولا عن مخازن الحبوب في معبد آمون "
        "خلال عهد الأسرة الثامنة عشرة، أي قبل نحو 3400 عام."
    )
    text = "<br /><br />".join([line, line, link, line, line])
    html = f"<html><body><div class='story'><h1>اكتشاف مقبرة</h1>{text}</div></body></html>"
    assert _body_paragraphs(html) == [line] * 4


def test_a_linked_line_without_a_read_also_label_between_breaks_stays() -> None:
    line = "The council met on Tuesday and agreed to keep the harbour office open all winter."
    text = "<br /><br />".join([line, line, "<a href='/harbour'>Harbour: the office</a>", line])
    html = f"<html><body><div class='story'><h1>Harbour</h1>{text}</div></body></html>"
    assert "Harbour: the office" in _body_paragraphs(html)


def test_a_portuguese_picture_box_leaves_neither_caption_nor_credit() -> None:
    # "<div class="foto"><img><p class="legenda">...</p><p class="credito-foto">...</p></div>"
    # between a mobile page's paragraphs: "foto" and "legenda" are whole class words
    sentence = (
        "As canoas de Penedo cruzam o São Francisco desde o século XIX e ainda levam moradores, "
        "feirantes e turistas entre as duas margens do rio todos os dias."
    )
    picture = (
        "<div class='foto'><img src='/canoas.jpg'><p class='legenda'>Canoas atracadas no cais "
        "de Penedo</p><p class='credito'>Ricardo Albuquerque/Estadão</p></div>"
    )
    html = (
        "<html><body><div class='corpo'><h1>As canoas do Velho Chico</h1>"
        f"<p>{sentence}</p>{picture}<p>{sentence}</p>{picture}<p>{sentence}</p></div></body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


def test_a_picture_box_classed_photo_leaves_no_caption() -> None:
    # Novinky: "<div class="photo"><a><img></a><p class="descr">Ilustrační foto</p><p
    # class="author">Foto: ...</p></div>" between the story's paragraphs
    sentence = (
        "Tarifní platy pedagogů vzrostou o deset procent, dalších pět procent půjde do "
        "nenárokových složek, o jejichž výši rozhodují ředitelé škol."
    )
    html = (
        "<html><body><h1>Vláda schválila zvýšení platů učitelů</h1><div class='articleBody'>"
        f"<p>{sentence}</p><div class='articlePhotos'><div class='photo'><a href='/g'><img src='/u.jpg'></a><p "
        "class='descr'>Ilustrační foto</p><p class='author'>Foto: Milan Malíček, Právo</p></div>"
        f"</div><p>{sentence}</p><p>{sentence}</p></div></body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


def test_highlighted_code_keeps_its_comments_and_loses_its_gutter_and_copy_button() -> None:
    # Prism's "token comment" and Chroma's "c" spans name parts of the code, no block of the
    # page ("comment", "## Tag..." read as a tags heading); Chroma's line numbers sit in a
    # table cell of their own; a copy button written as a <div> says "Copy"
    article = _generic_article("dev_blog_highlighted_code.html", None)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1].startswith("-- 20250411_add_carrier_ref_index.sql\nCREATE INDEX")
    assert "  // active_sql_transaction: retry outside the transaction" in paragraphs[3]
    assert (
        paragraphs[5] == "release: ## Tag and publish a release\n\t./scripts/release.sh $(VERSION)"
    )
    assert "Copy" not in paragraphs
    assert len(paragraphs) == 7


def test_a_latin_american_standfirst_and_gallery_captions_stay_out() -> None:
    # La Nación's "<p class="bajada">" under the headline; El Universal's Drupal gallery,
    # "ce12-Galeria" with its captions in "ce12-Galeria_Pie"
    sentence = (
        "Cientos de familias acudieron al panteón de San Andrés Mixquic para la tradicional "
        "alumbrada, que este año reunió a visitantes de todo el país."
    )
    gallery = (
        "<div class='ce12-Galeria flexslider'><ul class='slides'>"
        + "".join(
            f"<li><img src='/g{n}.jpg'><div class='ce12-Galeria_Pie'><p class='ce12-Galeria_"
            f"Descripcion'>Una mujer enciende veladoras, foto {n}.</p></div></li>"
            for n in (1, 2)
        )
        + "</ul></div>"
    )
    html = (
        "<html><body><article id='nota'><h1>La alumbrada de Mixquic</h1><p class='bajada'>Miles "
        "de velas iluminan el panteón en la noche del 2 de noviembre.</p><section id='cuerpo'>"
        f"<p>{sentence}</p><p>{sentence}</p>{gallery}<p>{sentence}</p></section></article>"
        "</body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


def test_a_match_report_keeps_its_anchored_subheadings_and_its_line_ups() -> None:
    # BBC Sport: "<h2 id="line-ups">Line-ups</h2>" (an id that is its words' slug names no
    # block); each team's name in bold over its formation and players is a label of the list,
    # no reporter signing the story
    report = (
        "Substitute Daniel Okafor scored a late header as Crystal Palace came from behind to "
        "beat Brentford at Selhurst Park on Saturday afternoon."
    )
    lineup = (
        "<div><p><b>{team}</b></p></div><div><p>Formation 3-4-2-1</p></div><div><ul>"
        "<li>1 Henderson</li><li>2 Munoz</li><li>3 Mitchell</li></ul></div>"
    )
    html = (
        "<html><head><title>Palace 2-1 Brentford</title></head><body><article>"
        f"<h1>Palace 2-1 Brentford</h1><p>{report}</p><p>{report}</p>"
        "<h2 id='player-of-the-match'>Player of the match</h2><p>Eberechi Eze</p>"
        "<h2 id='line-ups'>Line-ups</h2>"
        + lineup.format(team="Crystal Palace")
        + lineup.format(team="Brentford")
        + "</article></body></html>"
    )
    paragraphs = _body_paragraphs(html)
    for line in ("Player of the match", "Line-ups", "Crystal Palace", "Brentford"):
        assert line in paragraphs


def test_a_synopsis_and_a_list_of_key_points_before_the_story_stay_out() -> None:
    # "<p class="story__synopsis">" under the headline, "<div class="story__key-points"><ul>"
    # after the header and its picture, before the story's first paragraph
    body = newsparse.parse(
        (FIXTURES / "wire_story_with_key_points_list.html").read_bytes(),
        registry=newsparse.Registry(),
    ).body
    paragraphs = body.split("\n\n")
    assert paragraphs[0].startswith("Maize prices in Malawi's largest markets dropped")
    assert paragraphs[-1].startswith("The agency said it planned to buy grain")
    assert len(paragraphs) == 5


def test_a_picture_s_box_with_its_caption_and_controls_stays_out() -> None:
    # "<div class="Image">" holding one picture, its caption and its "写真・図版" link;
    # "<div class="storyPhotoBox">" (a camelCase class) with its caption in "<span class="txt">"
    body = newsparse.parse(
        (FIXTURES / "picture_boxes_with_controls.html").read_bytes(),
        registry=newsparse.Registry(),
    ).body
    paragraphs = body.split("\n\n")
    assert "写真・図版" not in body and "会場となる港の広場" not in body
    assert paragraphs[0].startswith("海辺町の港で")
    assert len(paragraphs) == 3


def test_a_read_also_label_s_run_ends_at_the_story_s_next_unlinked_line() -> None:
    # Youm7's live page: "<p><strong>اقرأ أيضا..</strong></p><p><a>title</a></p>" between
    # the entries; the next entry's time line "<p><strong>- 11:45 ص</strong></p>" is the story's
    sentence = (
        "قررت محافظة القاهرة رفع درجة الاستعداد في جميع الأحياء لمواجهة موجة الأمطار المتوقعة "
        "خلال الساعات المقبلة، مع نشر سيارات شفط المياه في الميادين الرئيسية."
    )
    html = (
        "<html><head><title>لحظة بلحظة</title></head><body><div class='articleCont'>"
        f"<h1>لحظة بلحظة</h1><p>{sentence}</p><p>{sentence}</p><p><strong>اقرأ أيضا..</strong>"
        "</p><p><a href='/story/2025/5/12/7011870'>الأرصاد تحذر من طقس غير مستقر</a></p>"
        f"<p><strong>- 11:45 ص</strong></p><p>{sentence}</p></div></body></html>"
    )
    assert _body_paragraphs(html) == [sentence, sentence, "- 11:45 ص", sentence]


_STATION_STORY = (
    "The city council voted 6-2 on Tuesday to rebuild the Main Street bridge, which has been "
    "closed to trucks since an inspection found cracked beams last winter."
)


@pytest.mark.parametrize(
    "layout",
    [
        "<p>{story}</p><p>{story}</p><p><em><a href='/newsletters'>Click here</a> to sign up for "
        "KWTV 9 News breaking news alerts sent straight to your inbox.</em></p>",
        # (a WorldNow page's text broken by <br>: its station's rights line closes it)
        "<div class='wnStoryBody'>{story}<br /><br />{story}<br /><br />Click here to sign up "
        "for KWTV 9 News breaking news alerts sent straight to your inbox.<br /><br />Copyright "
        "2015 KWTV. All rights reserved.</div>",
    ],
)
def test_a_station_s_alert_appeal_and_own_rights_line_close_no_story(layout: str) -> None:
    body = layout.format(story=_STATION_STORY)
    html = f"<html><body><div id='story'><h1>Bridge to be rebuilt</h1>{body}</div></body></html>"
    assert _body_paragraphs(html) == [_STATION_STORY, _STATION_STORY]


def test_chinese_caption_credit_disclaimer_and_see_more_line_stay_out() -> None:
    sentence = (
        "杨浦区将加装电梯的规划、施工许可、特种设备登记等环节合并为一窗受理，审批时限由原来的约"
        "四十五个工作日压缩至二十个工作日。"
    )
    html = (
        "<html><head><title>加装电梯审批提速</title></head><body><div class='content'>"
        f"<h1>加装电梯审批提速</h1><p>{sentence}</p><p class='image'><img src='/e.jpg'></p>"
        "<p class='image_desc'>控江路街道一处已完工的加装电梯项目。 澎湃新闻记者 陈佳怡 图</p>"
        f"<p>{sentence}</p><p>看更多 ➤ <a href='/news/story/7266/8731002'>北市YouBike擴大試辦</a>"
        f"</p><p>{sentence}</p><div class='statement'>免责声明：本内容来自平台创作者，不代表平台的"
        "观点和立场。</div></div></body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


def test_a_release_s_reference_code_closing_it_is_no_line_of_it() -> None:
    # the European Commission's "<p class="pr-ref">IP/18/3412</p>" after the release
    html = (
        "<html><body><div class='pressReleaseBody'><h1>Commission proposes new rules</h1>"
        f"<p>{_STATION_STORY}</p><p>{_STATION_STORY}</p><p>IP/18/3412</p></div></body></html>"
    )
    assert _body_paragraphs(html) == [_STATION_STORY, _STATION_STORY]


def test_a_short_closing_sentence_that_links_its_last_words_stays() -> None:
    # a minister's release: "More information about the program is available on the <a>
    # Department of Education and Training website</a>." (56 characters of its own)
    closing = (
        "More information about the program is available on the Department of Education and "
        "Training website."
    )
    html = (
        "<html><body><div class='field-name-body'><h1>New apprenticeships fund</h1>"
        f"<p>{_STATION_STORY}</p><p>{_STATION_STORY}</p><p>More information about the program "
        "is available on the <a href='https://www.education.example/apprenticeships'>Department "
        "of Education and Training website</a>.</p></div></body></html>"
    )
    assert _body_paragraphs(html)[-1] == closing


@pytest.mark.parametrize(
    "closing",
    [
        "<p><small><em>Top image by Sam Lorrie</em></small></p>",
        "<p>Have something to add to this story? Share it in the comments.</p>",
        "<div class='e_lock'><h3>Tento článok je exkluzívny pre predplatiteľov Denníka N.</h3>"
        "<p>Už máte predplatné? <a href='/prihlasenie'>Prihláste sa</a></p></div>",
    ],
)
def test_a_credit_a_comments_prompt_and_a_lock_box_close_no_story(closing: str) -> None:
    html = (
        "<html><body><div class='post-content'><h1>Smart thermostats</h1>"
        f"<p>{_STATION_STORY}</p><p>{_STATION_STORY}</p>{closing}</div></body></html>"
    )
    assert _body_paragraphs(html) == [_STATION_STORY, _STATION_STORY]


def test_a_bold_subheading_over_its_section_in_a_br_layout_is_a_paragraph_of_its_own() -> None:
    body = generic_body("br_layout_bold_subheadings.html")
    assert body[2] == "Plans exist, but where is the action"
    assert body[3].startswith("The first city heat plan was written")
    assert body[5] == "Cheap fixes, large effects"
    assert body[6].startswith("The good news is that many")
    # a label closed by its colon stays on the line over its text
    assert body[-1].startswith("Note:\nThe writer teaches urban planning")


def test_a_bold_q_and_a_question_closed_by_a_full_stop_is_a_paragraph_of_its_own() -> None:
    # "<strong>- 누진제란.</strong><br>“...”": the question's dash opens it, whatever it ends with
    body = generic_body("ko_br_layout_qa_bold_questions.html")
    assert body[1] == "- 누진제란."
    assert body[2].startswith("“전기를 많이 쓸수록")
    assert body[3] == "- 무엇이 바뀌나?"
    assert body[5] == "Q. 요금은 얼마나 줄어드나."
    assert body[6].startswith("“월 평균 350kWh를")
    # a short answer in Korean is long enough in effective length (a CJK character counts
    # three): its question still stands apart
    assert body[7] == "- 신청해야 하나."
    assert body[8] == "“별도 신청 없이 7월 사용분부터 자동으로 적용되고 고지서에 표시된다.”"
    # a label closed by its colon still stays on the line over its text
    assert body[-1].startswith("주의할 점:\n누진 구간이")


_PERSIAN_BROADCASTER = (
    "persian_broadcaster_byline_podcast.html",
    "https://www.radio-nemune.example/persian/articles/k7p2w9x1",
)


def test_a_persian_byline_and_the_site_s_name_under_it_leave_the_story_s_head() -> None:
    # "نوشته" ("written by") and the writer's name in spans of hashed classes, the site's name
    # on the line under them
    article = _generic_article(*_PERSIAN_BROADCASTER)
    assert article.body.startswith("ساکنان شیراز در هفته‌های اخیر")
    assert "نوشته سارا کاظمی" not in article.body
    assert "رادیو نمونه فارسی" not in article.body
    assert article.authors == ("سارا کاظمی",)


def test_a_podcast_promo_between_paragraphs_goes_and_suggested_stories_are_related() -> None:
    # the promo named only by its data-e2e "podcast-promo": its label, the podcast's name and
    # a line; "مطالب پیشنهادی" ("suggested stories") heads the story's related links
    article = _generic_article(*_PERSIAN_BROADCASTER)
    assert "پادکست" not in article.body
    assert "مرور خبرهای روز در ده دقیقه" not in article.body
    assert "وزارت نیرو روز شنبه اعلام کرد" in article.body  # (the paragraph after it)
    assert [link.url.rsplit("/", 1)[1] for link in article.related] == ["m3n4b5v6", "z8x7c6v5"]


def test_a_persian_podcast_label_and_its_title_after_the_story_are_a_promo_line() -> None:
    sentence = (
        "شورای شهر روز سه‌شنبه طرح گسترش خط قطار شهری را تصویب کرد؛ تصمیمی که به سال‌ها بحث "
        "میان ساکنان و کاسبان دو سوی رودخانه پایان می‌دهد."
    )
    story = f"<p>{sentence}</p>"
    html = (
        f"<html><body><article><h1>قطار شهری از رودخانه می‌گذرد</h1>{story}{story}{story}"
        "<p>پادکست: صبحگاه با خبرهای روز</p></article></body></html>"
    )
    assert _body_paragraphs(html) == [sentence] * 3


_RU_BUSINESS_DAILY = (
    "ru_business_daily_overview_channel.html",
    "https://www.kurier-biz.example/economics/03/09/2024/66d6f1a29a7947",
)


def test_an_overview_opening_the_story_s_block_as_the_description_is_its_standfirst() -> None:
    # the headline outside the block marked as the article's body; inside it, first, a block
    # classed as the overview whose text is the page's description; between paragraphs, a
    # link alone to the site's channel on a messaging app (no share button's address)
    article = _generic_article(*_RU_BUSINESS_DAILY)
    openings = [
        paragraph.split(",")[0].split(".")[0][:24] for paragraph in article.body.split("\n\n")
    ]
    assert openings == [
        "Администрация морского п",
        "По данным диспетчерской ",
        "Представитель одного из ",
        "Экспортеры зерна направи",
        "В портовой администрации",
    ]


def test_an_overview_the_description_does_not_repeat_stays() -> None:
    html = (FIXTURES / _RU_BUSINESS_DAILY[0]).read_text(encoding="utf-8")
    html = html.replace(
        "<span>Ограничения на ночную погрузку зерна продлятся до конца месяца, в очереди",
        "<span>Ночные ограничения на погрузку зерна сохранятся до конца месяца, в очереди",
    )
    body = newsparse.parse(html, url=_RU_BUSINESS_DAILY[1], registry=newsparse.Registry()).body
    assert body.startswith("Ночные ограничения на погрузку зерна сохранятся")


def test_a_link_alone_in_a_block_classed_for_a_messaging_app_is_an_appeal() -> None:
    html = (FIXTURES / _RU_BUSINESS_DAILY[0]).read_text(encoding="utf-8")
    html = html.replace(
        '<div class="story__text__channel"><a href="https://t.me/kurier_biz">',
        '<div class="story__text__telegram"><a href="https://messenger.example/kurier">',
    )
    body = newsparse.parse(html, url=_RU_BUSINESS_DAILY[1], registry=newsparse.Registry()).body
    assert "коротко о главном" not in body
    assert "Экспортеры зерна направили" in body


def test_a_key_takeaways_box_opening_the_story_stays_out() -> None:
    # "<div class="block key-takeaways"><h2>Key takeaways:</h2><ul>" opening the story's block
    # (the block holding its notes too)
    paragraphs = _generic_article("policy_commentary_key_takeaways.html", None).body.split("\n\n")
    assert paragraphs[0].startswith("Across much of the rural Midwest")
    assert not any("takeaways" in line or "nursing staff every" in line for line in paragraphs)
    assert paragraphs[-1] == "Program rules were taken from each state's health workforce office."


def test_a_list_headed_at_a_glance_before_the_story_stays_out_a_fact_box_in_it_stays() -> None:
    # "<div class="panel"><h3>At a glance</h3><ul>" before the first paragraph is the summary;
    # the same box headed "Key points" between the story's paragraphs is the story's
    paragraphs = _generic_article("council_news_at_a_glance_list.html", None).body.split("\n\n")
    assert paragraphs[0].startswith("Westbridge council has approved plans")
    assert "At a glance" not in paragraphs
    assert "Key points" in paragraphs
    assert "Forty parking spaces will move to the former bus depot." in paragraphs


def test_a_reader_reaction_widget_after_the_story_stays_out() -> None:
    # "<div class="mood-meter"><h3>How does this make you feel?</h3><ul><li>Happy</li>..."
    # inside the story's block after its last paragraph; the prompt alone says so too
    html = (FIXTURES / "explainer_with_mood_meter.html").read_text("utf-8")
    for page in (html, html.replace('class="mood-meter"', 'class="box"')):
        paragraphs = _body_paragraphs(page)
        assert paragraphs[-1].startswith("The new fare takes effect 15 days")
        assert not {"How does this make you feel?", "Happy", "Sad"} & set(paragraphs)
        assert len(paragraphs) == 6


def test_a_summary_in_bold_opening_the_story_s_block_is_its_standfirst() -> None:
    # a portal's copy: the headline outside the story's block, whose first element is the
    # paper's summary lines in bold, classed as a summary, over the story
    url = "https://news.hanbit.example/article/041/0000519902"
    article = _generic_article("ko_portal_summary_lines.html", url)
    assert "화상 진료 장비 설치" not in article.body
    assert article.body.startswith("서해의 작은 섬 여섯 곳 보건지소에")
    assert article.body.endswith("응급 이송 체계도 함께 손보겠다고 밝혔다.")


def test_a_bold_opening_line_not_classed_as_a_summary_stays() -> None:
    html = (FIXTURES / "ko_portal_summary_lines.html").read_text(encoding="utf-8")
    html = html.replace('<strong class="story_summary">', "<strong>")
    body = newsparse.parse(html, url=None, registry=newsparse.Registry()).body
    assert "화상 진료 장비 설치" in body


def _ja_signoff_body(html: str) -> str:
    return newsparse.parse(html, url=None, registry=newsparse.Registry()).body


@pytest.mark.parametrize("inline", [False, True])
def test_a_reporter_s_name_in_brackets_closing_the_story_is_its_sign_off(inline: bool) -> None:
    html = (FIXTURES / "ja_paper_bracketed_signoff.html").read_text(encoding="utf-8")
    if inline:  # (on a line of the last paragraph, after two breaks)
        html = html.replace(
            "話している。</p>\n      <p>（川村千尋）", "話している。<br><br>（川村千尋）"
        )
    body = _ja_signoff_body(html)
    assert body.endswith("町の人が集まる場所として長く続けたい」と話している。")
    assert "川村千尋" not in body


@pytest.mark.parametrize("line", ["（共同）", "（敬称略）", "（社会部）", "（共同通信）"])
def test_a_wire_a_desk_or_a_note_in_brackets_closing_the_story_is_no_reporter_s_name(
    line: str,
) -> None:
    html = (FIXTURES / "ja_paper_bracketed_signoff.html").read_text(encoding="utf-8")
    assert line in _ja_signoff_body(html.replace("（川村千尋）", line))


def test_a_members_only_wall_ends_the_story_its_teaser_kept() -> None:
    # a Japanese paper's gated story: the teaser's paragraphs, then the box saying the rest
    # is for members (its offer, its buttons, its login line), then the boxes under the story
    html = (FIXTURES / "ja_members_only_wall.html").read_bytes()
    body = newsparse.parse(html, url=None, registry=newsparse.Registry()).body
    assert body.endswith("システムの違いから手続きに時間がかかるといった課題もある。")
    for line in (
        "読み放題",
        "会員に登録する",
        "すでに会員の方は",
        "英文を",
        "Regional banks",
        "地銀再編",
    ):
        assert line not in body
    assert "人口減少で来店客が減るなか" in body


def test_the_lines_after_a_members_only_wall_stay_when_more_than_before_it() -> None:
    # (a page that serves the whole story under the box: the story goes on after it)
    html = (FIXTURES / "ja_members_only_wall.html").read_text(encoding="utf-8")
    rest = "<p>" + "両行は窓口の職員を互いに研修に送り、手続きの違いを減らすという。" * 12 + "</p>"
    html = html.replace('<div class="english_e3f7">', rest + '<div class="english_e3f7">')
    body = newsparse.parse(html, url=None, registry=newsparse.Registry()).body
    assert "両行は窓口の職員を互いに研修に送り" in body


def test_a_fact_box_aside_also_classed_as_a_widget_stays() -> None:
    # a Nordic broadcaster's "<aside class="fact widget ... cms_faktaboks">" between the
    # story's paragraphs: its own name, the Norwegian "faktaboks", says more than "widget"
    body = generic_body("nordic_fact_widget_aside.html")
    assert body[3:7] == [
        "Fakta om Vikheim svømmehall",
        "Hallen ble åpnet i 1978 og har et 25-metersbasseng.",
        "Rundt 40.000 besøkende bruker hallen hvert år.",
        "Rehabiliteringen er anslått å koste 62 millioner kroner.",
    ]
    assert body[-1] == "Kommunen lover å komme tilbake med en plan for skoleåret innen påske."
    assert len(body) == 10
    assert not any("Vis mer" in line for line in body)


def test_a_paragraph_of_marked_lines_is_a_list_of_paragraphs() -> None:
    body = _generic_article(
        "marked_lines_in_br_paragraph.html", "https://journalducentrenord.example/"
    ).body.split("\n\n")
    assert body[2:5] == [
        "- arroser tôt le matin ou en fin de journée pour limiter l’évaporation ;",
        "- couvrir le sol de paille autour des plants ;",
        "- partager les motopompes entre voisins d’un même périmètre.",
    ]
    # (lines not all marked stay one paragraph: a quote's dash, a list under its lead-in)
    assert body[5].startswith("Pour la présidente de l’union") and "\n- Nous" in body[5]
    assert body[6].startswith("Les participants") and body[6].endswith("près du marché.")
    assert len(body) == 8


def test_a_newsletter_s_web_copy_keeps_its_headed_stories_but_not_its_sign_up() -> None:
    body = _generic_article(
        "newsletter_issue_web_copy.html",
        "https://harbourdaily.example/newsletters/morning-tide-2025-10-02",
    ).body.split("\n\n")
    assert body[0] == "1. Port strike talks resume"
    assert "2. Ferry fares frozen for winter" in body
    assert body[-2:] == [
        "A grey seal has spent four mornings sunbathing on the lifeboat slipway, and the crew "
        "have built their drills around it.",
        "Volunteers have named it Barnacle.",
    ]
    assert len(body) == 10  # (no sign-up pitch, partner's item, "Go deeper" link or shares)


def test_a_funeral_home_s_tribute_wall_is_readers_comments() -> None:
    # the obituary, its service cards and the wall of condolences share one column: once the
    # wall reads as comments, the obituary's own text wins
    body = generic_body("funeral_home_obituary_tribute_wall.html")
    assert body[0].startswith("Eleanor Mae Rusk, 88, of Millbrook")
    assert body[-1].startswith("She was preceded in death")
    assert len(body) == 8


def test_a_table_s_source_line_stays_though_classed_as_a_caption() -> None:
    # ("</table><p class="caption-table">Fonte: ...</p>": the table's source; the photo's
    # "<p class="caption">" in its figure still goes)
    body = generic_body("explainer_table_source_line_classed_caption.html")
    source = body.index("Fonte: Agência Reguladora de Energia")
    assert body[source - 1] == "Acima de 220 kWh | R$ 0,94"
    assert body[source + 1] == "Como economizar"
    assert not any("Medidor de energia" in line for line in body)


def test_a_fact_box_s_share_of_lines_are_no_share_buttons() -> None:
    # "Share of midday demand met by rooftop solar: 38%" in a fact box's list names a part of a
    # whole and its figure: no share button's label; the "Share this article" bar still goes
    body = generic_body("fact_box_share_of_figures.html")
    assert "Share of midday demand met by rooftop solar: 38%" in body
    assert "Share of homes fitted: 17%" in body
    assert "Coal output on the sunniest day: 0.9 gigawatts" in body
    assert body[-1].startswith("The operator has asked for powers to curtail")
    assert not any("Share this" in line for line in body)
