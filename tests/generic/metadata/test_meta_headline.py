from __future__ import annotations

import pytest
from metadata_pages import FIXTURES, parse_fixture, parse_html


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}<p>{'Story text. ' * 20}</p></body></html>"


def test_jsonld_headline_wins_over_decorated_og_title() -> None:
    article = parse_fixture("wordpress_yoast_graph.html")
    assert article.headline == "City council approves new cycling lanes downtown"


def test_sitewide_og_title_is_rejected_when_title_and_h1_agree() -> None:
    # og:title is the site's generic "Latest News"; the broken JSON-LD is skipped.
    article = parse_fixture("broken_jsonld_conflicts.html")
    assert article.headline == "Storm damage closes ferry terminal for a week"


def test_og_title_site_suffix_is_stripped() -> None:
    html = _page(
        "<title>Quiet streets as lockdown begins | Metro Daily</title>"
        '<meta property="og:title" content="Quiet streets as lockdown begins | Metro Daily">'
        '<meta property="og:site_name" content="Metro Daily">',
        "<h1>Quiet streets as lockdown begins</h1>",
    )
    assert parse_html(html).headline == "Quiet streets as lockdown begins"


def test_og_title_s_site_and_section_after_it_are_stripped() -> None:
    # "Headline - Site - Section": the site, then the section it files the story in
    # (a news magazine's heading of its time: a kicker and the headline in spans of an <h2>)
    html = _page(
        "<title>Clock change: Scrap it at last! - Comment - Metro Daily</title>"
        '<meta property="og:title" content="Clock change: Scrap it at last! - Metro Daily - '
        'Politics"><meta property="og:site_name" content="Metro Daily">',
        "<h2 class='article-title'><span class='headline-intro'>Clock change</span> "
        "<span class='headline'>Scrap it at last!</span></h2>",
    )
    headline = parse_html(html).headline
    assert headline is not None
    assert headline.endswith("Scrap it at last!")
    assert "Metro Daily" not in headline
    assert "Politics" not in headline


def test_a_title_of_kicker_and_headline_gives_the_headline_the_page_shows() -> None:
    # an older paper's <title>: kicker, headline, paper and town; the kicker shown apart
    html = _page(
        '<title>Hochwasserschutz: "Die Deiche allein werden uns nicht retten" - Nordhessischer '
        "Anzeiger - Kassel</title>",
        "<div class='dachzeile'>Interview zum Hochwasserschutz</div><h1 class='titel'>\"Die "
        'Deiche allein werden uns nicht retten"</h1>',
    )
    assert parse_html(html).headline == '"Die Deiche allein werden uns nicht retten"'


def test_title_prefix_site_name_is_stripped_using_the_host() -> None:
    html = _page("<title>Herald Sun - Angry media won't buckle</title>", "<div>no heading</div>")
    article = parse_html(html, url="https://www.heraldsun.com.au/news/story-1")
    assert article.headline == "Angry media won't buckle"


def test_h1_confirmed_by_title_beats_title_with_section() -> None:
    html = _page(
        "<title>Rates held at 4% - Economy - The Ledger</title>",
        "<nav><h1>The Ledger</h1></nav><article><h1>Rates held at 4%</h1><p>x</p></article>",
    )
    assert parse_html(html).headline == "Rates held at 4%"


def test_blog_name_h1_prefix_does_not_beat_og_title() -> None:
    html = _page(
        "<title>Silicon Notes: Open tooling for programmable logic devices</title>"
        '<meta property="og:title" content="Open tooling for programmable logic devices">',
        "<h1>Silicon Notes</h1>",
    )
    assert parse_html(html).headline == "Open tooling for programmable logic devices"


def test_title_with_colon_is_kept_whole() -> None:
    html = _page("<title>Budget 2024: what it means for you</title>", "<h1>Other words</h1>")
    assert parse_html(html).headline == "Budget 2024: what it means for you"


def test_non_english_headlines() -> None:
    assert parse_fixture("japanese_news.html").headline == "新幹線、台風で終日運休へ"
    assert (
        parse_fixture("spanish_efe_wire.html").headline
        == "El Gobierno aprueba el plan de sequía para Andalucía"
    )


def test_full_width_separator_and_cjk_site_name() -> None:
    html = (
        "<html><head><title>新幹線、台風で終日運休へ｜東海日報</title>"
        '<meta property="og:site_name" content="東海日報"></head><body></body></html>'
    )
    assert parse_html(html).headline == "新幹線、台風で終日運休へ"


def test_a_full_width_slash_before_the_site_s_name() -> None:
    # a Japanese prefecture's page: "<heading>／<prefecture>" in its <title>
    html = (
        "<html><head><title>知事定例記者会見（令和6年6月10日）／海岸県</title></head><body>"
        "<h1>知事定例記者会見（令和6年6月10日）</h1><p>【知事】本日は三点お知らせします。まず、"
        "県内の海水浴場の開設についてです。今年は二十三か所で七月から開設します。</p></body></html>"
    )
    assert parse_html(html).headline == "知事定例記者会見（令和6年6月10日）"


@pytest.mark.parametrize(
    ("title", "lines", "headline"),
    [
        # a Japanese corporate newsroom's release: a subtitle classed as one
        (
            "協働ロボット「TR-7」を発売",
            '協働ロボット「TR-7」を発売<br><span class="c-heading-sub">― 時間を半減 ―</span>',
            "協働ロボット「TR-7」を発売",
        ),
        (
            "Harbour bridge reopens",
            'Harbour bridge reopens<br><span class="entry-subtitle">Two years late</span>',
            "Harbour bridge reopens",
        ),
        # a headline broken over two lines stays whole
        (
            "Harbour bridge reopens",
            "Harbour bridge reopens<br><span>after two years of repairs</span>",
            "Harbour bridge reopens after two years of repairs",
        ),
    ],
)
def test_a_second_line_in_the_headline(title: str, lines: str, headline: str) -> None:
    html = _page(
        f'<meta property="og:title" content="{title}">', f"<article><h1>{lines}</h1></article>"
    )
    assert parse_html(html).headline == headline


def test_a_blog_archive_label_between_the_blog_s_name_and_the_post_s_title() -> None:
    # WordPress's classic theme: "<blog> » Blog Archive » <post>", the post's title an <h2>
    html = _page(
        "<title>Muddy Boots &amp; Seed Packets  &raquo; Blog Archive   &raquo; Aunt Hattie's "
        "yellow</title>",
        "<h1><a href='/'>Muddy Boots &amp; Seed Packets</a></h1><div class='post'><h2>Aunt "
        "Hattie's yellow</h2></div>",
    )
    assert parse_html(html).headline == "Aunt Hattie's yellow"


@pytest.mark.parametrize(
    ("head", "heading", "headline"),
    [
        # a subtitle in small type inside the <h1>
        (
            '<meta property="og:title" content="Night buses return to the valley">',
            'Night buses return to the valley <small class="subtitle">Six routes restored</small>',
            "Night buses return to the valley",
        ),
        # a kicker in a span of its own at the <h1>'s head: Ippen's, Spiegel's
        (
            '<meta property="og:title" content="München verschärft Regeln für Ferienwohnungen">',
            '<span class="id-StoryElement-kicker">Kampf gegen Zweckentfremdung</span> '
            '<span class="id-StoryElement-headline-lineInside">München verschärft Regeln für '
            "Ferienwohnungen</span>",
            "München verschärft Regeln für Ferienwohnungen",
        ),
        # a station's media tag on its declared title, not on the page's heading
        (
            '<meta property="og:title" content="Tornado tears through farm town [PHOTOS]">',
            "Tornado tears through farm town",
            "Tornado tears through farm town",
        ),
        # a declared title in capitals, the heading's words as written
        (
            '<meta property="og:title" content="MAYOR RESIGNS AFTER AUDIT FINDS $40,000 MISSING">',
            "Mayor resigns after audit finds $40,000 missing",
            "Mayor resigns after audit finds $40,000 missing",
        ),
        # a structured headline cut at 110 characters, its quotes plain where the page's curl
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "\'We '
            "thought we'd lost them': lifeboat volunteers describe the three-hour search for two "
            'kayakers swept out bey"}</script>',
            "‘We thought we’d lost them’: lifeboat volunteers describe the three-hour search for "
            "two kayakers swept out beyond Gull Point",
            "‘We thought we’d lost them’: lifeboat volunteers describe the three-hour search for "
            "two kayakers swept out beyond Gull Point",
        ),
    ],
)
def test_the_headline_as_the_page_shows_it(head: str, heading: str, headline: str) -> None:
    assert parse_html(_page(head, f"<article><h1>{heading}</h1></article>")).headline == headline


def test_a_declared_title_keeps_its_own_quotes_where_the_heading_sets_typographic_ones() -> None:
    # (JSON-LD and og:title write "county's", the <h1> "county’s": the publisher's declared
    # text is given as written, as it is where a heading differs in any other small way)
    headline = parse_fixture("explainer_heading_typographic_quotes.html").headline
    assert headline == "Explainer: What the county's new flood maps mean for your insurance"


def test_a_section_label_is_dropped_when_the_heading_differs_only_in_its_quotes() -> None:
    # (RankMath's "Opinion: ... can't ... - Site" over the <h1> "... can’t ...")
    html = (FIXTURES.parent / "body" / "wp_opinion_large_bold_lead.html").read_text("utf-8")
    headline = parse_html(html).headline
    assert headline == "Why the ferry timetable can't wait another summer"


def test_hidden_and_screen_reader_headings_are_skipped() -> None:
    html = (
        "<html><head><title>Ferry service resumes after storm</title></head><body>"
        "<h1 class='screen-reader-text'>Harbour Times</h1>"
        "<h1 style='display: none'>Old headline</h1>"
        "<article><h1>Ferry service resumes after storm</h1><p>x</p></article></body></html>"
    )
    assert parse_html(html).headline == "Ferry service resumes after storm"


def test_truncated_structured_headline_is_completed_from_the_page() -> None:
    full = "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon's strategy with Whole Foods"
    html = _page(
        '<meta property="og:title" content="Alaskan halibut, caught by a century-old Seattle boat...">'
        f"<title>{full} | The Seattle Times</title>",
        f"<h1>{full}</h1>",
    )
    assert parse_html(html).headline == full


def test_short_host_label_names_the_site() -> None:
    html = _page("<title>Protesters killed near fuel plant — RT World News</title>", "<div>x</div>")
    assert parse_html(html, url="https://www.rt.com/news/473123-bolivia/").headline == (
        "Protesters killed near fuel plant"
    )


def test_section_label_is_a_title_decoration() -> None:
    html = _page(
        "<title>Senate passes highway bill | Politics | The Ledger</title>"
        '<meta property="article:section" content="Politics">'
        '<meta property="og:site_name" content="The Ledger">',
        "<h1>Politics</h1>",
    )
    assert parse_html(html).headline == "Senate passes highway bill"


def test_short_title_yields_to_the_article_heading_it_starts() -> None:
    html = _page(
        "<title>Harbour budget</title>", "<article><h1>Harbour budget approved</h1></article>"
    )
    assert parse_html(html).headline == "Harbour budget approved"


def test_a_title_part_cut_short_beside_a_site_name_the_host_cannot_spell() -> None:
    # a 2010 Arabic portal: "<site> | <the headline's first words>", an <h1> outside any
    # article element, and a site name in a script its host cannot confirm
    heading = "افتتاح صالة الحجاج الجديدة في مطار جدة قبل موسم الحج المقبل"
    html = _page(
        "<title>العربية.نت | افتتاح صالة الحجاج الجديدة في مطار جدة قبل موسم الحج</title>",
        f"<div class='article'><h1 class='article_title'>{heading}</h1></div>",
    )
    assert parse_html(html, url="https://www.alarabiya.example/articles/1.html").headline == heading


def test_a_blog_posts_heading_linked_to_its_permalink_is_the_headline() -> None:
    url = "http://nightbus.tumblr.example/post/24418862011/the-woman-with-the-bread"
    story = (
        "She got on at the hospital stop, a little after one, carrying a paper bag with three "
        "long loaves in it, and sat down across the aisle from me."
    )
    html = (
        "<html><head><title>notes from the night bus</title>"
        "<meta property='og:site_name' content='notes from the night bus'></head><body>"
        "<div id='sidebar'><h1><a href='/'>notes from the night bus</a></h1></div>"
        f"<div class='post text'><h2><a href='{url}'>the woman with the bread</a></h2>"
        f"<p>{story}</p><p>{story}</p></div></body></html>"
    )
    article = parse_html(html, url=url)
    assert article.headline == "the woman with the bread"
    assert article.body.split("\n\n") == [story, story]
    # Blogger's "Blog: Post" title over the post's linked <h3 class="post-title">
    url = "http://debugging.blogspot.example/2010/10/cron.html"
    html = (
        "<html><head><title>Debugging the Obvious: Why your cron job fails</title></head><body>"
        "<h1><a href='http://debugging.blogspot.example/'>Debugging the Obvious</a></h1>"
        f"<div class='post'><h3 class='post-title'><a href='{url}'>Why your cron job fails"
        f"</a></h3><div class='post-body'><p>{story}</p></div></div></body></html>"
    )
    assert parse_html(html, url=url).headline == "Why your cron job fails"


def test_a_permalink_written_another_way_is_still_the_pages_own_link() -> None:
    story = (
        "The allotment society met in the church hall to settle, at last, who may keep bees "
        "on the plots by the railway line, and on what terms."
    )
    page = (
        "<html><head><title>Hedgerow Notes</title></head><body>"
        "<div id='sidebar'><h1><a href='/'>Hedgerow Notes</a></h1>"
        "<h2><a href='http://[broken/link'>Archive</a></h2></div>"
        "<div class='post'><h2><a href='{href}'>Bees on the allotments</a></h2>"
        f"<p>{story}</p><p>{story}</p></div></body></html>"
    )
    url = "https://hedgerow.blog.example/2011/05/bees-on-the-allotments/"
    # the heading links the same page over http, without the trailing slash, with a fragment
    href = "http://hedgerow.blog.example/2011/05/Bees-On-The-Allotments#more-212"
    assert parse_html(page.format(href=href), url=url).headline == "Bees on the allotments"
    # a link to another post with the same last segment is not the page's own
    href = "https://hedgerow.blog.example/2012/05/bees-on-the-allotments/"
    assert parse_html(page.format(href=href), url=url).headline != "Bees on the allotments"


def test_the_pages_version_in_its_title_is_a_decoration() -> None:
    heading = "El ayuntamiento aprueba la nueva depuradora"
    html = _page(
        "<title>Diario del Valle - Móvil</title>"
        "<meta property='og:site_name' content='Diario del Valle'>",
        f"<h1>{heading}</h1>",
    )
    assert parse_html(html).headline == heading
    html = _page(
        "<title>Tri-County Ledger - Print Article</title>"
        "<meta property='og:site_name' content='Tri-County Ledger'>",
        "<h1>Grain elevator fire smolders for third day</h1>",
    )
    assert parse_html(html).headline == "Grain elevator fire smolders for third day"


def test_a_chain_of_labels_after_the_heading_is_a_decoration_however_long() -> None:
    html = _page(
        "<title>GEOG 214: Rivers and Floodplains - Department of Geography - Northfield "
        "University</title>",
        "<div id='content'><h1>GEOG 214: Rivers and Floodplains</h1></div>",
    )
    assert parse_html(html).headline == "GEOG 214: Rivers and Floodplains"
    # one long part after a short heading is the story's: the heading is the site's label
    html = _page(
        "<title>India Post - With shattered dreams, deportees return home</title>",
        "<div id='masthead'><h1>India Post</h1></div>",
    )
    assert parse_html(html).headline != "India Post"


def test_a_forums_view_topic_label_is_a_title_decoration() -> None:
    html = _page(
        "<title>Model Engineers :: View topic - Restoring a 1950s lathe: what I learned</title>"
        "<meta property='og:site_name' content='Model Engineers'>",
        "<table class='forumline'><tr><td><span class='maintitle'>Restoring a 1950s lathe"
        "</span></td></tr></table>",
    )
    assert parse_html(html).headline == "Restoring a 1950s lathe: what I learned"


def _opinion_page(og_title: str, heading: str) -> str:
    return (
        "<html><head>"
        f"<title>{og_title} | Opinion | The Harbour Herald</title>"
        f'<meta property="og:title" content="{og_title}">'
        '<meta property="og:site_name" content="The Harbour Herald">'
        f"</head><body><article><h1>{heading}</h1>"
        "<p>The council has a choice to make about the old pier, and it should make it soon "
        "rather than let another winter of storms make it for them.</p>"
        "</article></body></html>"
    )


def test_og_title_label_after_the_visible_headline_is_dropped() -> None:
    # "| Editorial" names the column, not the story: the h1 that <title> confirms is the
    # headline, even though "Editorial" is not the site, a section meta or an author.
    heading = "The Herald view on the pier: repair it before winter"
    html = _opinion_page(f"{heading} | Editorial", heading)
    assert parse_html(html).headline == heading


def test_og_title_continuing_the_heading_after_a_colon_is_kept_whole() -> None:
    # A colon continues the headline; the longer declared title is the headline.
    og_title = "Pier repairs 2024: what the council decided"
    html = _opinion_page(og_title, "Pier repairs 2024")
    assert parse_html(html).headline == og_title


def test_title_named_h2_opening_the_title_beats_a_logo_h1() -> None:
    # A fiction archive: the only <h1> is the logo, the work's title is an <h2 class="title
    # heading">, and <title> adds chapter, author, fandom and site after it.
    article = parse_fixture("fiction_archive_logo_h1.html")
    assert article.headline == "The Lighthouse Keeper's Ledger"
    assert "The ledger had a green cloth cover" in article.body
    assert article.body.endswith("so that he could read it for himself.")
    assert "Kudos" not in article.body and "Log In" not in article.body


def test_title_named_h2_that_does_not_open_the_title_is_not_the_headline() -> None:
    html = _page(
        "<title>Harbour reopens after the storm - The Coast Gazette</title>"
        '<meta property="og:site_name" content="The Coast Gazette">',
        '<h1 class="logo">The Coast Gazette</h1>'
        '<aside><h2 class="widget-title">Most read</h2></aside>'
        '<h2 class="section-title">Harbour</h2>',
    )
    assert parse_html(html).headline == "Harbour reopens after the storm"


def test_title_only_pages_lose_site_section_and_site_prefix_decorations() -> None:
    # no heading, no title meta: the <title> is all there is
    cases = {
        "Harbour plan approved « Local « The Daily Planet": "Harbour plan approved",
        "Harbour plan approved | Local News | dailyplanet.example": "Harbour plan approved",
        "The Daily Planet: Harbour plan approved": "Harbour plan approved",
        # a topic before a colon, and two halves of one title, stay
        "Brexit: what next for the harbour": "Brexit: what next for the harbour",
        "Plan approved | Local News | dailyplanet.example": "Plan approved | Local News",
        # Chinese and Japanese CMSs: "标题_栏目_网站名"
        "老城区改造首批居民回迁_本地新闻_江南日报网": "老城区改造首批居民回迁",
        "台風で新幹線が運休_社会_東洋新聞": "台風で新幹線が運休",
    }
    for title, headline in cases.items():
        html = _page(f"<title>{title}</title>", "<div>no heading</div>")
        assert parse_html(html, url="https://dailyplanet.example/a").headline == headline, title


def test_a_keyword_label_before_the_visible_headline_is_not_part_of_it() -> None:
    # Indian portals open their og:title and <title> with English keywords before the
    # headline in the page's script
    heading = "భద్రాచలం వద్ద గోదావరి రెండో ప్రమాద హెచ్చరిక జారీ"
    html = (
        f"<html lang='te'><head><title>Godavari Floods: {heading} | Eenadu Vaartha</title>"
        f"<meta property='og:title' content='Godavari Floods: {heading}'></head><body>"
        f"<article><h1>{heading}</h1><p>{'గోదావరి నీటిమట్టం పెరుగుతోంది. ' * 8}</p>"
        "</article></body></html>"
    )
    assert parse_html(html).headline == heading


def test_an_unnamed_h2_is_the_headline_of_a_page_without_h1() -> None:
    # an old layout: the date in a <font>, the headline a bare <h2>, "::" in the <title>
    html = _page(
        "<title>Библиотеки Твери переходят на электронные каталоги :: Новости :: "
        "Тверской Вестник</title>",
        "<table><tr><td><font class='date'>12.10.2011</font><h2>Библиотеки Твери переходят на "
        "электронные каталоги</h2></td></tr></table>",
    )
    assert parse_html(html).headline == "Библиотеки Твери переходят на электронные каталоги"


def test_an_entry_title_heading_under_a_blog_name_title() -> None:
    # old Blogger: "<blog name>: <post title>" and the post title in h3.entry-title
    html = _page(
        "<title>Le Carnet de Saint-Aubin: Le marché couvert rouvrira en septembre</title>",
        "<h1 class='title'><a href='/'>Le Carnet de Saint-Aubin</a></h1><div class='post'>"
        "<h3 class='post-title entry-title'><a href='/2009/04/marche.html'>Le marché couvert "
        "rouvrira en septembre</a></h3></div>",
    )
    assert parse_html(html).headline == "Le marché couvert rouvrira en septembre"


def test_wordpress_s_blog_archive_label_is_a_title_decoration() -> None:
    html = _page(
        "<title>Small Town Ledger &raquo; Blog Archive &raquo; Why our county library is "
        "worth the levy</title>",
        "<h1><a href='https://smalltownledger.example/'>Small Town Ledger</a></h1>"
        "<div class='post'><h2><a href='/2008/09/09/library-levy/' rel='bookmark'>Why our "
        "county library is worth the levy</a></h2></div>",
    )
    article = parse_html(html, "https://smalltownledger.example/2008/09/09/library-levy/")
    assert article.headline == "Why our county library is worth the levy"


def test_a_title_with_the_site_before_a_full_width_colon_and_a_section_after() -> None:
    html = _page(
        "<title>asahi.example：山あいの分校、最後の運動会 - 社会</title>",
        "<h1>山あいの分校、最後の運動会</h1>",
    )
    article = parse_html(html, "https://www.asahi.example/articles/ASN9Z3.html")
    assert article.headline == "山あいの分校、最後の運動会"


def test_a_declared_headline_that_says_something_else_than_the_confirmed_heading() -> None:
    # MediaWiki fills JSON-LD's "headline" with the article's short description
    data = (
        '{"@context": "https://schema.org", "@type": "Article", "name": "Harrowgate Point '
        'Lighthouse", "headline": "lighthouse on the north-east coast of Eastmarch"}'
    )
    html = _page(
        f"<title>Harrowgate Point Lighthouse - Openpedia</title><script "
        f"type='application/ld+json'>{data}</script>",
        "<h1 id='firstHeading' class='firstHeading'>Harrowgate Point Lighthouse</h1>",
    )
    assert parse_html(html).headline == "Harrowgate Point Lighthouse"


def test_a_place_before_the_heading_in_the_declared_title_is_a_label() -> None:
    # French regional papers open their <title> and og:title with the town: "Brest. ..."
    heading = "Le chantier de la deuxième ligne de tramway prend six mois de retard"
    html = _page(
        f"<title>Brest. {heading}</title><meta property='og:title' content='Brest. {heading}'>",
        f"<h1 class='om-article__title' itemprop='headline'>{heading}</h1>",
    )
    assert parse_html(html).headline == heading


def test_a_kicker_shown_above_the_heading_is_no_part_of_the_declared_headline() -> None:
    # German business papers declare "Kicker: Headline" everywhere but show the kicker as a
    # line of its own above the <h1>.
    heading = "Auftragseingang bricht ein – Krauss Werke streicht 2000 Stellen"
    declared = f"Maschinenbau: {heading}"
    html = _page(
        f"<title>{declared}</title><meta property='og:title' content='{declared}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"{declared}"}}</script>',
        f"<span class='c-overline'>Maschinenbau</span><h1 class='c-headline'>{heading}</h1>",
    )
    assert parse_html(html).headline == heading
    # without the kicker above it, the declared headline's label may be its own words
    html = _page(
        f"<title>{declared}</title><meta property='og:title' content='{declared}'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        f'"{declared}"}}</script>',
        f"<h1 class='c-headline'>{heading}</h1>",
    )
    assert parse_html(html).headline == declared


def test_a_headline_span_when_the_title_names_only_the_site_and_its_section() -> None:
    # A 2014 weekly's table layout: no heading element, a <title> of the paper's name and
    # the page's section, and the story's headline in a span classed as one.
    html = (
        "<html><head><title>The Grant County Herald - Front Page</title></head><body><table>"
        "<tr><td><span class='storyheadline'>Graduation set for 49 seniors at Pine Valley"
        "</span><br><span class='storydate'>Posted: Wednesday, May 14, 2014</span><div "
        "class='storytext'>Pine Valley High School will graduate 49 seniors on Saturday in "
        "the school gymnasium, the largest class in a decade.<br><br>The ceremony starts at "
        "two o'clock and is open to the public.</div></td></tr></table></body></html>"
    )
    url = "https://www.grantcountyherald.example/news/2014-05-14/graduation.html"
    assert parse_html(html, url=url).headline == "Graduation set for 49 seniors at Pine Valley"


def test_a_japanese_titles_site_after_a_full_width_colon_is_a_decoration() -> None:
    heading = "裁判員経験者の半数「守秘義務が重荷」　最高裁が初の追跡調査"
    html = _page(
        f"<title>{heading}：朝日新聞デジタル</title><meta property='og:title' "
        f"content='{heading}：朝日新聞デジタル'><meta property='og:site_name' content='朝日新聞デジタル'>",
        "<div class='article'><p>最高裁は裁判員経験者への初の追跡調査の結果を公表した。</p></div>",
    )
    assert parse_html(html).headline == heading  # (its ideographic space kept)
    # a colon inside the headline itself stays ("首相：増税を否定")
    own = _page("<title>首相：増税を否定</title>", "")
    assert parse_html(own).headline == "首相：増税を否定"


_MERCATO = "Firenze, riapre il Mercato Centrale: ventisei banchi e un forno a legna"


@pytest.mark.parametrize(
    ("title", "og_title", "heading", "headline"),
    [
        (f"{_MERCATO} - la Gazzetta", "Firenze, riapre il Mercato Centrale", _MERCATO, _MERCATO),
        # a shorter social title beside the heading and a third wording in the <title>
        (
            "Perth heatwave: Record 40C run forces schools to shorten day | news.example",
            "Perth swelters through record run of 40C days",
            "Perth swelters through record run of 40C days as schools cut hours",
            "Perth swelters through record run of 40C days as schools cut hours",
        ),
        # a heading that only adds a label after the title's words is no longer headline
        (
            "Tram works close the ring road - Gazzetta",
            "Tram works close the ring road",
            "Tram works close the ring road: video",
            "Tram works close the ring road",
        ),
    ],
)
def test_a_social_title_cut_at_the_colon_gives_way_to_the_whole_heading(
    title: str, og_title: str, heading: str, headline: str
) -> None:
    head = f"<title>{title}</title><meta property='og:title' content='{og_title}'>"
    html = _page(head, f"<article><h1 class='story__title'>{heading}</h1></article>")
    assert parse_html(html).headline == headline


def test_the_title_part_a_table_cell_shows_is_the_headline() -> None:
    # Joomla 1.5: no <h1>, the headline in a cell, the paper's name after it in the <title>
    heading = "برنامج لتوسيع المساحات المسقية في الجنوب"
    html = _page(
        f"<title>{heading} - جريدة الشعب</title>",
        "<table class='contentpaneopen'><tr><td class='contentheading' width='100%'>"
        f"{heading}</td></tr></table>",
    )
    assert parse_html(html).headline == heading


_PORTAL_URL = "http://www.deccanpost.example/business/2008/nov/03inter.htm"


def test_a_site_and_section_after_a_spaced_colon_leave_a_font_layout_s_title() -> None:
    # an Indian portal in 2008: no heading element, the headline a bold cell in a size-4
    # <font>, and the <title> "<headline> : <site> <section>"
    article = parse_fixture("indian_portal_font_interview.html", url=_PORTAL_URL)
    assert article.headline == "'Small towns will keep our looms busy'"


@pytest.mark.parametrize(
    ("title", "shown", "headline"),
    [
        # the site's name alone after a spaced colon goes, as after a bar or a dash
        ("Harbour plan approved : Deccanpost", "", "Harbour plan approved"),
        # the site's name and a section go where the page shows the rest as its headline
        (
            "Harbour plan approved : Deccanpost Business",
            "<p><b>Harbour plan approved</b></p>",
            "Harbour plan approved",
        ),
        (
            "Harbour plan approved : Deccanpost Business",
            "",
            "Harbour plan approved : Deccanpost Business",
        ),
        # a topic before a spaced colon (French typography) stays
        ("Brexit : ce qui change pour le port", "", "Brexit : ce qui change pour le port"),
    ],
)
def test_a_spaced_colon_before_the_site_s_name(title: str, shown: str, headline: str) -> None:
    html = _page(f"<title>{title}</title>", shown or "<div>no heading</div>")
    assert parse_html(html, url=_PORTAL_URL).headline == headline


def test_a_mailing_list_s_tag_leaves_its_archived_message_s_subject() -> None:
    # Mailman's pipermail: the subject, opened by the list's tag, is the <title> and the
    # <h1>; the footer links to "More information about the fellwalkers mailing list"
    article = parse_fixture(
        "mailman_archive_message.html",
        url="http://lists.kendalrambling.example/pipermail/fellwalkers/2009-May/000413.html",
    )
    assert article.headline == "Saturday's walk over Black Crag - route change"


def test_a_bracketed_tag_the_page_names_as_no_mailing_list_stays() -> None:
    html = _page(
        "<title>[Updated] Ferry timetable for the winter</title>",
        "<h1>[Updated] Ferry timetable for the winter</h1><a href='/lists'>Our mailing lists</a>",
    )
    assert parse_html(html).headline == "[Updated] Ferry timetable for the winter"


def test_a_title_decorated_with_the_site_s_name_and_tagline() -> None:
    # "<title>Thornbury Aqueduct - Wikipedia, the free encyclopedia</title>": the site's
    # name before a comma, then its tagline, longer than the headline
    url = "http://en.wikipedia.example/wiki/Thornbury_Aqueduct"
    assert parse_fixture("mediawiki_2011_article.html", url).headline == "Thornbury Aqueduct"


def test_a_print_page_s_title_with_its_site_in_brackets_confirms_the_h1() -> None:
    # Newsquest's print pages: "<title>Headline (From The Northern Echo)</title>", no og:title
    story = (
        "<p>" + "The council's cabinet backed the plan to rebuild the bus station. " * 4 + "</p>"
    )
    html = (
        "<html><head><title>Councillors back bus station rebuild (From The Northern Echo)"
        "</title></head><body><div class='print'><h1>Councillors back bus station rebuild</h1>"
        f"{story}</div></body></html>"
    )
    assert parse_html(html).headline == "Councillors back bus station rebuild"


def test_a_column_titled_with_its_writers_name_keeps_it() -> None:
    # The paper titles its columns "Title / Writer" in its metas and its heading alike: the
    # writer's name is part of the headline there, no decoration to strip.
    article = parse_fixture(
        "korean_opinion_column_signoff.html",
        url="https://www.hanbit.example.kr/opinion/column/20170321.html",
    )
    assert article.authors == ("오정훈",)
    assert article.headline == "[논단] 지방 소도시의 버스는 왜 멈추나 / 오정훈"


def test_a_title_that_is_only_the_site_s_initials_gives_way_to_the_release_s_heading() -> None:
    # India's PIB: "<title>Press Information Bureau</title>" on pib.nic.in (the host spells
    # the name's initials), the release's title an <h2> above its text
    story = "<p>" + "Over 1.2 lakh water conservation structures were completed this quarter. " * 3
    html = (
        "<html><head><title> Press Information Bureau </title></head><body><div class='hdr'>"
        "<span class='eng-title'>Press Information Bureau</span></div><div class="
        "'ReleaseTitleSubHead'><h2>Water Conservation Structures Completed under MGNREGS</h2>"
        f"</div><div class='innner-page-main-about-us-content-right-part'>{story}</p></div>"
        "</body></html>"
    )
    article = parse_html(html, url="http://pib.nic.in/newsite/erelease.aspx?relid=168342")
    assert article.headline == "Water Conservation Structures Completed under MGNREGS"


def test_a_column_named_from_the_site_keeps_its_name_in_the_headline() -> None:
    # "Riverbend Health Q and A: ..." on the Riverbend Health News Network: a column's name
    # that opens with part of the site's, which the <h1> shows whole
    url = "https://newsnetwork.riverbendhealth.example/discussion/riverbend-health-q-and-a/"
    article = parse_fixture("newsroom_column_title.html", url)
    assert article.headline == "Riverbend Health Q and A: Is a cold plunge good for your heart?"
    # the site's own name before the colon is still a decoration
    html = (FIXTURES / "newsroom_column_title.html").read_text(encoding="utf-8")
    named = html.replace("Riverbend Health Q and A:", "Riverbend Health News Network:")
    assert parse_html(named, url).headline == "Is a cold plunge good for your heart?"


def test_a_section_label_the_heading_leaves_out_is_no_part_of_the_headline() -> None:
    # JSON-LD, og:title and <title> write "Opinion: <title>", the <h1> the title alone under a
    # kicker of the section and the topic
    article = parse_fixture(
        "opinion_label_declared_title.html",
        url="https://transitdesk.example/2025/03/04/airport-lounges-new-departure-gate/",
    )
    assert article.headline == "Airport Lounges Have Become the New Departure Gate"


def test_a_declared_headline_s_kicker_that_the_heading_holds_apart_is_left_out() -> None:
    # no <h1>; JSON-LD "Pflege: <title>" where the <h2> holds the kicker and the title in
    # parts of their own: the title
    article = parse_fixture("kicker_part_h2_heading.html")
    assert article.headline == "Die Länder schieben die Reform auf die lange Bank"


def test_an_opinion_section_s_label_closing_every_title_goes() -> None:
    # the JSON-LD headline, og:title and the <h1> all end "| Letters": the section's label
    article = parse_fixture("letters_headline_section_label.html")
    assert article.headline == "Reopen the riverside library before another winter passes"


def test_a_short_headline_keeps_its_closing_label() -> None:
    # ("Readers write - Letters": too short a headline to part from its label)
    html = (FIXTURES / "letters_headline_section_label.html").read_text(encoding="utf-8")
    html = html.replace(
        "Reopen the riverside library before another winter passes", "Readers write"
    )
    assert parse_html(html).headline == "Readers write | Letters"
