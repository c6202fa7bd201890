"""Related links: which blocks count, and how each link's URL and title are read."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.model import Link

STORY = (
    "<p>The city council voted on Monday to extend the tram line to the new hospital, a project "
    "that has been discussed for more than a decade and is expected to open in 2027.</p>"
    "<p>Construction will close two streets for most of next year, and shops along the route "
    "will be offered compensation for lost trade during the works.</p>"
)


def _related(body: str, url: str | None, head: str = "") -> tuple[Link, ...]:
    html = f"<html><head><title>Tram line</title>{head}</head><body>"
    html += f'<div class="article-body">{STORY}</div>{body}</body></html>'
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).related


URL = "https://metro.example/news/2024/05/tram-line-extended"


def test_teaser_with_image_link_and_title_link_gives_one_link_with_the_visible_title() -> None:
    related = _related(
        '<div class="related-posts"><h3>Related</h3>'
        '<a href="/news/2024/04/tram-costs"><img src="a.jpg" alt="A tram at night"></a>'
        '<h4><a href="/news/2024/04/tram-costs">Tram costs rise again</a></h4>'
        '<a href="/news/2024/03/bus-cuts" title="Bus routes cut in the north">'
        '<img src="b.jpg" alt="Bus stop"></a>'
        '<a href="/news/2024/03/bus-cuts">Read more</a>'
        "</div>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/04/tram-costs", "Tram costs rise again"),
        Link("https://metro.example/news/2024/03/bus-cuts", "Bus routes cut in the north"),
    )


def test_only_http_links_to_other_articles_without_fragments_or_duplicates() -> None:
    related = _related(
        '<section class="related-articles">'
        '<a href="javascript:void(0)">Open menu</a>'
        '<a href="mailto:desk@metro.example">Email the desk</a>'
        '<a href="#comments">Comments</a>'
        '<a href="/news/2024/05/tram-line-extended#top">Tram line extended to hospital</a>'
        '<a href="https://metro.example/news/2024/02/depot-plans/#comments">Depot plans unveiled</a>'
        '<a href="https://metro.example/news/2024/02/depot-plans/">Depot plans unveiled</a>'
        '<a href="https://metro.example/news/2024/02/depot-plans/?utm_source=rel">Depot plans</a>'
        '<a href="https://metro.example/news/2024/05/tram-line-extended?ref=related">Self</a>'
        '<a href="ftp://files.metro.example/route.pdf">Route map</a>'
        '<a href="https://metro.example/tag/trams/" rel="tag">trams</a>'
        '<a href="https://metro.example/author/jo-smith/">Jo Smith</a>'
        '<a href="https://metro.example/news/">News</a>'
        '<a href="https://www.facebook.com/sharer.php?u=x">Share on Facebook</a>'
        "</section>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/02/depot-plans/", "Depot plans unveiled"),
    )


def test_lists_that_are_not_related_are_ignored() -> None:
    related = _related(
        '<nav class="main-menu"><a href="/news/2024/05/other-story">Other story in menu</a></nav>'
        '<div class="widget"><h3>Most read</h3><ol><li><a href="/news/2024/05/popular-one">'
        "Popular one</a></li></ol></div>"
        '<div class="trending"><a href="/news/2024/05/trending-one">Trending one</a></div>'
        '<div class="nav-links"><a rel="prev" href="/news/2024/05/previous-one">Previous one</a></div>'
        '<div class="OUTBRAIN"><a href="https://paid.outbrain.com/network/redir?x=1">Ad story</a></div>'
        '<div class="related-posts"><a href="/news/2024/05/the-related-one">The related one</a>'
        '<div class="sponsored"><a href="/news/2024/05/paid-placement">Paid placement</a></div>'
        "</div>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/05/the-related-one", "The related one"),
    )


def test_relative_links_resolve_against_base_href() -> None:
    related = _related(
        '<div class="related-posts"><a href="2024/01/tram-vote">Council to vote on trams</a></div>',
        URL,
        head='<base href="https://archive.metro.example/stories/">',
    )
    assert related == (
        Link("https://archive.metro.example/stories/2024/01/tram-vote", "Council to vote on trams"),
    )


def test_without_url_relative_links_resolve_against_the_canonical_url() -> None:
    related = _related(
        '<div class="related-posts"><a href="../01/tram-vote">Council to vote on trams</a></div>',
        None,
        head='<link rel="canonical" href="https://metro.example/news/2024/05/tram-line-extended">',
    )
    assert related == (
        Link("https://metro.example/news/2024/01/tram-vote", "Council to vote on trams"),
    )


def test_without_any_base_only_absolute_links_are_kept() -> None:
    related = _related(
        '<div class="related-posts"><a href="/news/2024/01/tram-vote">Council to vote</a>'
        '<a href="https://metro.example/news/2024/02/depot-plans">Depot plans unveiled</a></div>',
        None,
    )
    assert related == (
        Link("https://metro.example/news/2024/02/depot-plans", "Depot plans unveiled"),
    )


def test_heading_labelled_list_in_the_sidebar_is_related_in_page_order() -> None:
    related = _related(
        '<aside class="sidebar"><div class="box"><h3 class="box-title">You may also like</h3>'
        '<ul><li><a href="/news/2024/05/first">First related story</a></li>'
        '<li><a href="/news/2024/05/second">Second related story</a></li></ul></div>'
        '<div class="box"><h3 class="box-title">Latest news</h3>'
        '<ul><li><a href="/news/2024/05/latest">A latest story</a></li></ul></div></aside>'
        '<div class="more"><h2>Lesen Sie auch</h2><a href="/news/2024/05/third">Dritter Artikel</a></div>',
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/news/2024/05/first",
        "https://metro.example/news/2024/05/second",
        "https://metro.example/news/2024/05/third",
    ]


def test_german_sidebar_box_of_posts_on_the_topic_is_related() -> None:
    # a WordPress sidebar box of a German company blog: a heading over links that each wrap a
    # layout grid holding the post's title
    item = (
        '<a class="item" href="/{slug}"><div class="row"><div class="column small-9">'
        '<p>{title}</p></div><div class="column small-auto"><span class="arrow"></span>'
        "</div></div></a>"
    )
    related = _related(
        '<div class="sidebar"><div class="borderBox"><div class="items">'
        '<h3 class="h4">Weitere Beiträge zum Thema</h3>'
        + item.format(slug="2024/05/datenraum", title="Gestern Datenraum, heute Kundenlösung")
        + item.format(slug="2024/04/pwa-handel", title="Progressive Web Apps im Handel")
        + "</div></div></div>",
        URL,
    )
    assert [(link.url, link.title) for link in related] == [
        ("https://metro.example/2024/05/datenraum", "Gestern Datenraum, heute Kundenlösung"),
        ("https://metro.example/2024/04/pwa-handel", "Progressive Web Apps im Handel"),
    ]


def test_a_rail_of_the_site_s_latest_videos_is_not_related_whatever_its_class() -> None:
    # a Belgian paper's "<section class="r-block r-block--related"><h2>Nos dernières
    # vidéos</h2>": the newest videos, whatever the story, under a block class it shares
    related = _related(
        '<section class="r-block r-block--related"><h2>À lire aussi</h2><ul>'
        '<li><a href="/news/2024/05/tram-costs">Tram costs keep rising</a></li></ul></section>'
        '<section class="r-block r-block--related"><h2 class="r-block--title">Nos dernières '
        'vidéos</h2><div class="r-video-list"><a href="/videos/661100/budget-vote" '
        'class="r-video"><span>Le Parlement vote le budget</span></a></div></section>',
        URL,
    )
    assert [link.url for link in related] == ["https://metro.example/news/2024/05/tram-costs"]


def test_page_without_related_block_has_no_related_links() -> None:
    assert _related('<div class="footer-links"><a href="/news/2024/05/x">X</a></div>', URL) == ()


def test_a_plugin_related_selector_gets_the_same_url_and_title_rules() -> None:
    class MetroPlugin(newsparse.SiteExtractor):
        name = "metro-test"
        domains = ("metro.example",)
        related = "div.onward a"

    registry = newsparse.Registry()
    registry.register(MetroPlugin)
    html = (
        f'<html><body><div class="article-body">{STORY}</div><div class="onward">'
        '<a href="/news/2024/04/tram-costs"><img src="a.jpg" alt="A tram"></a>'
        '<a href="/news/2024/04/tram-costs">Tram costs rise again</a>'
        '<a href="javascript:void(0)">More</a></div></body></html>'
    )
    article = newsparse.parse(html, url=URL, registry=registry)
    assert article.extractor == "metro-test"
    assert article.related == (
        Link("https://metro.example/news/2024/04/tram-costs", "Tram costs rise again"),
    )


def test_ad_tags_mark_native_ad_blocks_and_sponsored_teasers() -> None:
    related = _related(
        '<div class="recommendations"><h4>You may like</h4>'
        '<a class="adlabel" href="https://adnetwork.example/about"><span>Ad</span></a>'
        '<ul><li><a href="https://shop.example/deal-of-the-day-2024">Deal of the day</a></li></ul>'
        "</div>"
        '<div class="related-posts"><h3>Related stories</h3><ul>'
        '<li><a href="/news/2024/05/depot-plans">Depot plans unveiled</a></li>'
        '<li><a href="https://brand.example/2024/05/tram-partner-content">'
        "<span>Sponsored</span> Our trams are the future</a></li>"
        "</ul></div>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/05/depot-plans", "Depot plans unveiled"),
    )


def test_read_next_button_takes_the_title_of_the_other_link_to_its_story() -> None:
    # A "Read Next" box: the labelled paragraph is the related block, the story's title is
    # on a second link to the same page just below it.
    related = _related(
        '<div class="read-next-wrapper">'
        '<p class="read-next"><a href="/news/2024/05/bridge-repairs">Read Next</a></p>'
        '<p class="read-next-link"><a class="desktop" href="/news/2024/05/bridge-repairs">'
        "Bridge repairs will close the north lane until August</a></p></div>",
        URL,
    )
    assert related == (
        Link(
            url="https://metro.example/news/2024/05/bridge-repairs",
            title="Bridge repairs will close the north lane until August",
        ),
    )


def test_sponsored_teaser_inside_a_related_list_is_left_out() -> None:
    related = _related(
        '<div class="related-stories"><h3>More stories</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs"><h4>Tram costs rise again</h4></a></li>'
        '<li class="js-stream-content"><div class="controller">'
        '<div><a href="https://help.adnetwork.example/why">Sponsored</a>'
        '<a href="https://clicks.adnetwork.example/c?id=91">Broker Plus</a></div>'
        '<h4><a href="https://clicks.adnetwork.example/c?id=91">Trade currencies with low '
        "fees</a></h4></div></li>"
        '<li><a href="/news/2024/03/bus-cuts"><h4>Bus routes cut in the north</h4></a></li>'
        "</ul></div>",
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/news/2024/04/tram-costs",
        "https://metro.example/news/2024/03/bus-cuts",
    ]


def test_section_rail_headed_in_spanish_is_related() -> None:
    related = _related(
        '<section class="mas-noticias-seccion"><h2>Más noticias de Economía</h2><div>'
        '<article><a href="/news/2024/04/paro-baja"><img src="a.jpg" alt=""></a>'
        '<h3><a href="/news/2024/04/paro-baja">El paro baja por tercer mes</a></h3></article>'
        '<article><a href="/news/2024/04/puerto"><img src="b.jpg" alt=""></a>'
        '<h3><a href="/news/2024/04/puerto">El puerto mueve más contenedores</a></h3></article>'
        "</div></section>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/04/paro-baja", "El paro baja por tercer mes"),
        Link("https://metro.example/news/2024/04/puerto", "El puerto mueve más contenedores"),
    )


def test_a_load_more_link_to_the_next_page_of_a_rail_is_not_related() -> None:
    related = _related(
        '<div class="more-stories"><h3>More from Travel</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs">Tram costs rise again</a></li></ul>'
        '<a class="rail__load-more" href="/travel?page=2">Load more stories</a></div>',
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/04/tram-costs", "Tram costs rise again"),
    )


def test_tracking_parameters_are_dropped_when_the_links_to_one_article_differ_in_them() -> None:
    related = _related(
        '<div class="related-posts"><h3>Related</h3>'
        '<a href="/news/2024/04/tram-costs?itm_source=rail&amp;itm_medium=more-from">'
        '<img src="a.jpg" alt=""></a>'
        '<h4><a href="/news/2024/04/tram-costs">Tram costs rise again</a></h4>'
        '<a href="/news/2024/03/bus-cuts?id=7&amp;utm_source=rel">Bus routes cut in the north</a>'
        '<a href="/news/2024/05/tram-line-extended?itm_source=rail">This story</a>'
        "</div>",
        URL,
    )
    # (a URL whose anchors agree is returned as written, tracking parameters and all)
    assert related == (
        Link("https://metro.example/news/2024/04/tram-costs", "Tram costs rise again"),
        Link(
            "https://metro.example/news/2024/03/bus-cuts?id=7&utm_source=rel",
            "Bus routes cut in the north",
        ),
    )


def test_a_badge_or_a_title_cut_short_gives_way_to_the_alt_text_that_completes_it() -> None:
    related = _related(
        '<section class="related-posts"><h3>Related</h3>'
        '<a href="/news/2024/04/tram-video"><span class="card__badge">Video</span>'
        '<img src="a.jpg" alt="Riding the night tram to the depot"></a>'
        '<a href="/news/2024/04/tram-costs"><img src="b.jpg" alt="x" '
        'title="Tram costs rise again for the third year running">'
        '<span class="title">Tram costs rise again for the…</span></a>'
        '<a href="/news/2024/03/bus-cuts"><img src="c.jpg" '
        'alt="Bus routes cut in the north as drivers leave"></a>'
        '<h4><a href="/news/2024/03/bus-cuts">Bus routes cut in the north as...</a></h4>'
        '<a href="/news/2024/02/isbn" title="International Standard Book Number">ISBN</a>'
        "</section>",
        URL,
    )
    assert [link.title for link in related] == [
        "Riding the night tram to the depot",
        "Tram costs rise again for the third year running",
        "Bus routes cut in the north as drivers leave",
        "ISBN",  # (a plain one-word link keeps its text)
    ]


def _promo(href: str, title: str, category: str) -> str:
    return (
        '<div class="PageList-items-item"><div class="PagePromo">'
        f'<div class="PagePromo-media"><a href="{href}"><img src="a.jpg" alt=""></a></div>'
        f'<div class="PagePromo-content"><div class="PagePromo-category">{category}</div>'
        f'<div class="PagePromo-title"><a href="{href}"><span>{title}</span></a></div>'
        "</div></div></div>"
    )


def test_a_sponsored_label_drops_its_teaser_from_a_list_of_div_items() -> None:
    related = _related(
        '<div class="PageListStandardE"><div class="PageList-header"><h2>More Stories</h2></div>'
        '<div class="PageList-items">'
        + _promo("/news/2024/04/tram-costs", "Tram costs rise again", '<a href="/news">News</a>')
        + _promo(
            "/partner/bank-loans-5d1e8a7b",
            "Five ways local lenders help small firms",
            '<span class="PagePromo-sponsorLabel">Sponsored Content</span>',
        )
        + _promo(
            "https://solar.example/lp/rebate?utm_source=metro",
            "Homeowners rush to claim this rebate",
            '<span class="PagePromo-sponsorLabel">Paid Content</span>',
        )
        + _promo(
            "/news/2024/03/bus-cuts", "Bus routes cut in the north", '<a href="/news">News</a>'
        )
        + "</div></div>",
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/news/2024/04/tram-costs",
        "https://metro.example/news/2024/03/bus-cuts",
    ]


def test_comment_counts_and_a_publication_front_are_not_related() -> None:
    related = _related(
        '<div class="more-from"><h2>More from Jo Smith</h2>'
        '<article><a href="/@jo/why-my-street-has-no-bins-2b7c"><h2>Why my street has no bins'
        '</h2></a><a href="/@jo/why-my-street-has-no-bins-2b7c?responsesOpen=true">'
        "<span>14</span></a></article>"
        '<article><a href="/urban-planning-collective">The Urban Planning Collective</a>'
        '<a href="/urban-planning-collective/fifteen-minute-cities-c4d5">'
        "<h2>Fifteen-minute cities are already here</h2></a></article></div>",
        URL,
    )
    assert related == (
        Link(
            "https://metro.example/@jo/why-my-street-has-no-bins-2b7c", "Why my street has no bins"
        ),
        Link(
            "https://metro.example/urban-planning-collective/fifteen-minute-cities-c4d5",
            "Fifteen-minute cities are already here",
        ),
    )


def _overlay_card(href: str, label: str, headline: str) -> str:
    return (
        f'<li><div class="card"><a href="{href}" aria-label="{label}"></a>'
        '<div class="card-media"><img src="a.jpg" alt=""></div>'
        f'<div class="card-text"><h3 class="card-headline">{headline}</h3>'
        "<footer><time>18 Sep 2024</time></footer></div></div></li>"
    )


def test_overlay_cards_under_a_heading_are_related_with_their_headlines() -> None:
    related = _related(
        '<section class="onward"><div><h2>More on this story</h2></div><div><ul>'
        + _overlay_card(
            "/news/2024/04/tram-costs",
            "Tram costs rise again for the third year",
            "<span>Tram costs rise again for the third year</span>",
        )
        + _overlay_card(
            "/comment/2024/03/trams-are-worth-it",
            "Opinion: Trams are worth every penny we spend",
            "<div><span>Opinion</span></div><span>Trams are worth every penny we spend</span>",
        )
        + "</ul></div></section>",
        URL,
    )
    assert related == (
        Link(
            "https://metro.example/news/2024/04/tram-costs",
            "Tram costs rise again for the third year",
        ),
        Link(
            "https://metro.example/comment/2024/03/trams-are-worth-it",
            "Trams are worth every penny we spend",
        ),
    )


def test_a_link_to_a_listing_is_no_related_article_whatever_its_address() -> None:
    related = _related(
        '<section class="related-news"><h3>Also from this source</h3><ul>'
        '<li><a href="/news/halvard-marine-robotics-opens-plant-12345.html">Halvard Marine '
        "Robotics opens plant in Aberdeen</a></li>"
        '<li><a href="/news/halvard-marine-robotics-q3-results-12299.html">Halvard Marine '
        "Robotics reports third-quarter results</a></li></ul>"
        '<a class="btn btn-default" href="/news/halvard-marine-robotics/">Explore More news '
        "releases from this company</a></section>",
        URL,
    )
    assert [link.title for link in related] == [
        "Halvard Marine Robotics opens plant in Aberdeen",
        "Halvard Marine Robotics reports third-quarter results",
    ]


@pytest.mark.parametrize(
    "more_link",
    [
        # PR Newswire's and Business Wire's links under a company's other releases
        '<a href="/news/halvard-marine-robotics%2C-inc./">More Releases From This Source</a>',
        '<a class="bw-more-link" href="/portal/site/home/news/company/?vnsId=9934">Read More '
        "News From Halvard Marine Robotics, Inc.</a>",
        '<a href="/firmen/halvard/">Weitere Pressemitteilungen von Halvard</a>',
    ],
)
def test_a_wire_s_link_to_a_company_s_releases_is_no_related_article(more_link: str) -> None:
    related = _related(
        '<div class="also-from-source"><h3>Also from this source</h3><div class="card-list">'
        '<div class="card"><a href="/news-releases/halvard-marine-robotics-opens-plant-3012.html">'
        "<h3>Halvard Marine Robotics opens plant in Aberdeen</h3></a></div>"
        '<div class="card"><a href="/news-releases/halvard-q3-results-3008.html"><h3>Halvard '
        f"Marine Robotics reports third-quarter results</h3></a></div></div>{more_link}</div>",
        URL,
    )
    assert [link.title for link in related] == [
        "Halvard Marine Robotics opens plant in Aberdeen",
        "Halvard Marine Robotics reports third-quarter results",
    ]


def test_short_titles_at_one_segment_addresses_are_articles_beside_a_longer_one() -> None:
    # a food blog's posts live at "/slug/": a short title reads like a section's link alone,
    # but not beside a post of the same list at such an address
    block = (
        "<section class='more-recipes'><h3>You May Also Like</h3><ul>"
        "<li><a href='/cardamom-buns/'>Swedish Cardamom Buns</a></li>"
        "<li><a href='/blueberry-buckle/'>Blueberry Buckle</a></li>"
        "<li><a href='/banana-bread/'>Brown Butter Banana Bread</a></li></ul></section>"
    )
    related = _related(block, "https://crumb.example/lemon-crumb-cake/")
    assert [link.title for link in related] == [
        "Swedish Cardamom Buns",
        "Blueberry Buckle",
        "Brown Butter Banana Bread",
    ]
    # alone, they read as a blog's sections
    alone = block.replace("<li><a href='/banana-bread/'>Brown Butter Banana Bread</a></li>", "")
    assert _related(alone, "https://crumb.example/lemon-crumb-cake/") == ()
    # a teaser's byline beside its title is no article, whatever the titles prove
    bylines = (
        "<aside class='related'><h3>Related</h3><div class='card'><a class='title' "
        "href='/2024/05/airbus-order'>Airbus wins order from Saudi carrier</a><a class='byline' "
        "href='/natasha-turak/'>Natasha Turak</a></div><div class='card'><a class='title' "
        "href='/brown-butter-banana-bread/'>Brown Butter Banana Bread</a></div></aside>"
    )
    titles = [link.title for link in _related(bylines, URL)]
    assert titles == ["Airbus wins order from Saudi carrier", "Brown Butter Banana Bread"]


def test_a_topic_page_named_as_its_address_is_no_related_article() -> None:
    # the BBC's "More on this story": the stories, then the topics they are filed under
    related = _related(
        "<section class='related'><h2>More on this story</h2><ul>"
        "<li><a href='/sport/football/articles/c4gnv7p9e0xo'>Emery: Villa 'ready' for "
        "Champions League last 16</a></li>"
        "<li><a href='/sport/football/teams/aston-villa'>Aston Villa</a></li>"
        "<li><a href='/sport/football/premier-league'>Premier League</a></li></ul></section>",
        "https://www.bbc.example/sport/football/articles/c0x1",
    )
    assert [link.title for link in related] == ["Emery: Villa 'ready' for Champions League last 16"]


def test_a_card_s_row_of_tags_is_no_part_of_its_link_s_title() -> None:
    related = _related(
        "<section class='more-from'><h3>More from Miranda Chen</h3><a href='/mc/n-plus-one-1l7x'>"
        "<p>The N+1 query you didn't know you had</p><span>#rails #sql</span></a>"
        "<a href='/mc/ranked-first-2b4c'><p>Why this index ranks</p><span>#1</span></a>"
        "</section>",
        URL,
    )
    assert [link.title for link in related] == [
        "The N+1 query you didn't know you had",
        "Why this index ranks #1",  # (a rank, no tag)
    ]


def test_a_section_named_for_related_stories_is_related() -> None:
    # Webedia's block after the story: "section" names the page's section here, not a topic
    cards = "".join(
        f"<article class='abstract-article'><a href='/videojuegos/{slug}' class='abstract-link'>"
        f"<span class='abstract-title'>{title}</span></a></article>"
        for slug, title in (
            ("switch-2-precio", "Switch 2: precio en España y juegos de lanzamiento"),
            ("despidos-2025", "La ola de despidos llega a los estudios independientes"),
        )
    )
    related = _related(
        "<section class='section-related'><h2 class='section-related-title'>Ver más temas</h2>"
        f"<div class='section-related-list'>{cards}</div></section>",
        URL,
    )
    assert [link.title for link in related] == [
        "Switch 2: precio en España y juegos de lanzamiento",
        "La ola de despidos llega a los estudios independientes",
    ]


def test_a_date_before_a_related_link_s_title_is_no_part_of_it() -> None:
    related = _related(
        "<div class='b-article-related'><h3>Related</h3><ul><li><a href='/news/2014/01/16/warm'>"
        "<span class='b-article-related__date'>16.01.2014</span> Why Europe is warm while "
        "America freezes</a></li><li><a href='/news/2014/03/11/frost'><span>11.03.2014</span> "
        "Farmers fear losing the winter wheat</a></li><li><a href='/news/2014/03/12/2014'><span>"
        "2014</span> in numbers</a></li></ul></div>",
        URL,
    )
    assert [link.title for link in related] == [
        "Why Europe is warm while America freezes",
        "Farmers fear losing the winter wheat",
        "2014 in numbers",  # (a year opening the title is its own)
    ]


def test_a_card_s_kicker_and_date_are_no_part_of_its_link_s_title() -> None:
    # Ippen's cards name the kicker a part of the headline; an archive card's heading holds
    # the title and its date
    related = _related(
        "<div class='related-posts'><h3>Related</h3><a href='/news/2024/04/empty-flats'><span "
        "class='id-Teaser-el-content-headline-kicker'>Housing</span> <span "
        "class='id-Teaser-el-content-headline-text'>Why thousands of flats stand empty</span>"
        "</a><a href='/news/2008/08/10/depot'><h3 class='kicker'>THE DEPOT</h3><h2 "
        "class='headline'><span class='title'>Tram depot moves north</span> <time>AUG. 9, 2008"
        "</time></h2></a></div>",
        URL,
    )
    assert [link.title for link in related] == [
        "Why thousands of flats stand empty",
        "Tram depot moves north",
    ]


def test_a_network_s_own_posts_are_related_on_its_own_pages() -> None:
    # LinkedIn's host is a share service's on other sites, its posts' host on its own
    block = (
        "<section class='more-articles'><h2>More articles by Temitope Adeyemi</h2><ul>"
        "<li><a href='https://www.linkedin.com/pulse/what-port-congestion-taught-us-1ds7k'>What "
        "port congestion taught us about buffer stock</a></li><li><a href='https://www.linkedin."
        "com/pulse/three-questions-before-you-buy-loggers-5mn1x'>Three questions to ask before "
        "you buy loggers</a></li></ul></section>"
    )
    own = _related(block, "https://www.linkedin.com/pulse/cold-chain-lessons-8bq2e")
    assert [link.title for link in own] == [
        "What port congestion taught us about buffer stock",
        "Three questions to ask before you buy loggers",
    ]
    assert _related(block, URL) == ()


def test_a_glossary_entry_under_terms_is_an_article_but_the_terms_page_is_not() -> None:
    related = _related(
        "<div class='related-articles'><h3>Related Articles</h3>"
        "<a href='/terms/c/callablebond.asp'>Callable Bond: Definition, How It Works</a>"
        "<a href='/terms/d/debenture.asp'>Debenture: Definition, Types, and Risks</a>"
        "<a href='/legal/terms'>Terms of Service for this site</a></div>",
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/terms/c/callablebond.asp",
        "https://metro.example/terms/d/debenture.asp",
    ]


def test_a_dated_story_filed_under_a_sections_path_is_an_article() -> None:
    related = _related(
        '<aside class="related"><h3>More Stories From NPR</h3><ul>'
        '<li><a href="/sections/shots-health-news/2024/08/20/nx-s1-5079901/melatonin-kids">'
        "Melatonin gummies for kids: what parents should know</a></li>"
        '<li><a href="/sections/shots-health-news/">Shots: Health News</a></li></ul></aside>',
        "https://www.npr.example/2024/09/10/nx-s1-5100000/tram-line",
    )
    assert [link.url for link in related] == [
        "https://www.npr.example/sections/shots-health-news/2024/08/20/nx-s1-5079901/melatonin-kids"
    ]


def test_more_related_stories_heading_names_a_related_block() -> None:
    related = _related(
        '<div class="sidebar-box"><h3>More related stories</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs">Tram costs rise again</a></li></ul></div>',
        URL,
    )
    assert [link.title for link in related] == ["Tram costs rise again"]


def test_a_related_block_left_off_paper_is_still_read() -> None:
    # ScienceDaily: the related stories carry Bootstrap's "hidden-print"
    related = _related(
        '<div id="related_stories" class="hidden-print"><h3>RELATED STORIES</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs">Tram costs rise again</a></li></ul></div>',
        URL,
    )
    assert [link.title for link in related] == ["Tram costs rise again"]


def test_a_stock_quote_page_is_no_article() -> None:
    related = _related(
        '<div class="RelatedContent"><h3>Related</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs">Tram costs rise again</a></li>'
        '<li><a href="/quotes/.KRX/">.KRX +3.10%</a></li></ul></div>',
        URL,
    )
    assert [link.title for link in related] == ["Tram costs rise again"]


def test_a_section_rail_whose_header_holds_a_see_all_link_is_related() -> None:
    cards = "".join(
        f"<article class='c'><a href='/economia/2024-02-0{day}/{slug}.html'><h4>{title}</h4>"
        "</a></article>"
        for day, slug, title in (
            (6, "el-paro-baja-en-enero", "El paro baja en enero"),
            (7, "la-vivienda-encadena-diez-meses-de-subidas", "La vivienda sube otra vez"),
        )
    )
    related = _related(
        "<section class='b b-sec'><header class='b_h'><h3 class='b_t'>Más en Economía</h3>"
        f"<a class='b_more' href='/economia/'>Ver todo</a></header>{cards}</section>",
        "https://diario.example/economia/2024-02-09/tranvia.html",
    )
    assert [link.url for link in related] == [
        "https://diario.example/economia/2024-02-06/el-paro-baja-en-enero.html",
        "https://diario.example/economia/2024-02-07/la-vivienda-encadena-diez-meses-de-subidas.html",
    ]


def test_an_author_page_and_a_link_to_more_of_a_section_are_not_related() -> None:
    related = _related(
        "<div class='ft-related'><h3>Noticias relacionadas</h3><ul>"
        "<li><a href='/galicia/2024/03/02/la-sequia-vacia-los-embalses-1234.html'>La sequía "
        "vacía los embalses</a></li>"
        "<li><a href='/autores/xoan-lorenzo.html'>Todos los artículos de Xoán Lorenzo</a></li>"
        "<li><a href='/galicia/medio-ambiente/'>Más noticias de medio ambiente</a></li>"
        "</ul></div>",
        "https://voz.example/galicia/2024/03/05/embalses-5678.html",
    )
    assert [link.url for link in related] == [
        "https://voz.example/galicia/2024/03/02/la-sequia-vacia-los-embalses-1234.html"
    ]


def test_a_story_filed_under_a_topics_path_is_a_story_but_the_topic_page_is_not() -> None:
    related = _related(
        '<section class="related-articles"><h3>Mehr zum Thema</h3>'
        '<a href="/breg-de/themen/klimaschutz/waermeplanungsgesetz-2213692">Was das '
        "Wärmeplanungsgesetz regelt</a>"
        '<a href="/breg-de/themen/klimaschutz">Klimaschutz</a>'
        '<a href="/tag/heizen-2213692">Heizen</a>'
        # a desk named "people": its stories are stories, its staff pages are not
        '<a href="/news/people/harrogate-tea-room-queue-4509871">Queue outside the tea room '
        "grows</a>"
        '<a href="/people/jane-doe">Jane Doe</a>'
        "</section>",
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/breg-de/themen/klimaschutz/waermeplanungsgesetz-2213692",
        "https://metro.example/news/people/harrogate-tea-room-queue-4509871",
    ]


def test_links_to_the_story_in_other_languages_are_not_related() -> None:
    # a magazine's "Also in: Español 简体中文" beside its related block; Drupal declares the
    # page's own language on every link, which changes nothing
    related_block = (
        '<div class="related-posts"><h3>Related</h3><ul>'
        '<li><a hreflang="en" href="/news/2024/04/tram-costs">Tram costs rise again</a></li>'
        '<li><a hreflang="es" href="/news/2024/05/tranvia-ampliado">Español</a></li>'
        '<li><a hreflang="zh-Hans" href="/news/2024/05/tram-line-extended-zh-hans">简体中文</a>'
        "</li></ul></div>"
    )
    html = (
        '<html lang="en-US"><head><title>Tram line</title></head><body>'
        f'<div class="article-body">{STORY}</div>{related_block}</body></html>'
    )
    related = newsparse.parse(html, url=URL, registry=newsparse.Registry()).related
    assert [link.url for link in related] == ["https://metro.example/news/2024/04/tram-costs"]


def test_downloads_and_job_ads_are_not_related() -> None:
    # a university's "Related files" beside its related news; a science magazine's job ads
    related = _related(
        '<div class="news-related"><h3>Related</h3><ul>'
        '<li><a href="/news/2024/04/tram-costs">Tram costs rise again</a></li>'
        '<li><a href="/fileadmin/presse/pm-38-2025.pdf">Press release (PDF)</a></li>'
        '<li><a href="https://jobs.metro.example/job/6021/transport-planner/">Transport planner'
        "</a></li></ul></div>",
        URL,
    )
    assert [link.url for link in related] == ["https://metro.example/news/2024/04/tram-costs"]


def test_a_story_filed_under_a_section_path_is_an_article() -> None:
    # "/section/<topic>/news/<slug>/": the section's own front has no slug of its own
    related = _related(
        '<div class="ea-read-more"><h4>Related</h4><ul>'
        '<li><a href="/section/energy/news/what-households-need-to-know-about-ets2/">What '
        "households need to know about ETS2</a></li>"
        '<li><a href="/section/energy/">Energy</a></li>'
        '<li><a href="/tag/emissions-trading-in-the-union/">Emissions trading</a></li></ul></div>',
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/section/energy/news/what-households-need-to-know-about-ets2/"
    ]


def test_a_press_portal_s_other_releases_of_the_sender_are_related_without_its_all_link() -> None:
    # an Austrian release service's list of the sender's other releases, with its "see all"
    related = _related(
        '<section class="release-list release-list--sender">'
        '<h2 class="release-list__title">Weitere Aussendungen des Aussenders</h2><ul>'
        '<li><time datetime="2024-04-02">2. Apr. 2024</time> '
        '<a href="/presseaussendung/OTS_20240402_OTS0031/bergbahnen-starten-sommersaison">'
        "Bergbahnen starten früher in die Sommersaison</a></li>"
        '<li><time datetime="2024-02-14">14. Feb. 2024</time> '
        '<a href="/presseaussendung/OTS_20240214_OTS0077/neue-gondel-am-hochkar">Neue Gondel '
        "am Hochkar geht in Betrieb</a></li></ul>"
        '<a class="release-list__more" href="/pressemappe/41120/bergbahnen">Alle Aussendungen'
        "</a></section>",
        URL,
    )
    assert [link.title for link in related] == [
        "Bergbahnen starten früher in die Sommersaison",
        "Neue Gondel am Hochkar geht in Betrieb",
    ]


@pytest.mark.parametrize(
    ("heading", "related"),
    [
        ("Recent news about Halvard Marine Robotics, Inc.", True),
        ("Recent news from Halvard Marine Robotics", True),
        # no name follows: the site's latest, as the class says
        ("Recent news about the storm", False),
        ("Recent news", False),
    ],
)
def test_a_recent_list_is_related_when_its_heading_names_whose_news_it_holds(
    heading: str, related: bool
) -> None:
    links = _related(
        f'<div class="aside-recent-news"><h3>{heading}</h3><ul class="recent-news-list">'
        '<li><a href="/news/2024/04/halvard-opens-plant-in-aberdeen">Halvard opens plant in '
        "Aberdeen</a></li>"
        '<li><a href="/news/2024/03/halvard-reports-third-quarter-results">Halvard reports '
        "third-quarter results</a></li></ul></div>",
        URL,
    )
    assert bool(links) is related


def test_a_card_s_rubric_link_is_no_article_and_its_short_heading_link_is_one() -> None:
    # a magazine's cards: the rubric over each title links the section ("Letter from the
    # North Sea" reads like a title), and a short title that is its own slug ("The Archive
    # Problem") is a story where the other cards' heading links are
    cards = "".join(
        f"<div class='summary-item'><div class='SummaryItemRubric-x1'><a href='{section}'>"
        f"{rubric}</a></div><a class='hed-link' href='{href}'><h3>{title}</h3></a></div>"
        for section, rubric, href, title in (
            (
                "/news/letter-from-the-north-sea",
                "Letter from the North Sea",
                "/news/letter-from-the-north-sea/the-island-that-votes-by-boat",
                "The Island That Votes by Boat",
            ),
            (
                "/culture/cultural-comment",
                "Cultural Comment",
                "/culture/cultural-comment/the-archive-problem",
                "The Archive Problem",
            ),
        )
    )
    related = _related(f"<section class='recirc-list'><h2>Read More</h2>{cards}</section>", URL)
    assert [link.title for link in related] == [
        "The Island That Votes by Boat",
        "The Archive Problem",
    ]
    # alone, a short title at its own slug may be a topic's page
    alone = cards[cards.index("<div class='summary-item'>", 1) :]
    assert _related(f"<section class='recirc-list'><h2>Read More</h2>{alone}</section>", URL) == ()


def test_a_blog_s_other_posts_in_the_category_are_related_but_not_the_category() -> None:
    # Tistory's box under a post: the heading names and links the category before its cue
    related = _related(
        "<div class='another_category'><h4>'<a href='/category/%EA%B5%90%ED%86%B5'>교통 소식</a>' "
        "카테고리의 다른 글</h4><table>"
        "<tr><th><a href='/411'>광역버스 5월 노선 개편 요약</a></th><td>2024.05.03</td></tr>"
        "<tr><th><a href='/408'>경전철 시승 행사 후기</a></th><td>2024.04.26</td></tr>"
        "</table></div>",
        "https://subway-diary.example/412",
    )
    assert [link.url for link in related] == [
        "https://subway-diary.example/411",
        "https://subway-diary.example/408",
    ]


def test_a_date_linked_to_its_day_s_archive_is_no_related_article() -> None:
    related = _related(
        "<ul class='related-entries'>"
        "<li><a href='/archive/2024/04/27'>2024-04-27</a> "
        "<a href='/entry/2024/04/27/080000'>Rusty chains and citric acid</a></li>"
        # (a title that opens with a date, at a story's address, stays)
        "<li><a href='/entry/2024/03/02/tram-diary'>2 March 2024: tram diary</a></li></ul>",
        URL,
    )
    assert [link.title for link in related] == [
        "Rusty chains and citric acid",
        "2 March 2024: tram diary",
    ]


def test_short_titles_under_a_heading_that_names_them_as_posts_are_articles() -> None:
    posts = (
        "<li><a href='/cardamom-buns/'>Swedish Cardamom Buns</a></li>"
        "<li><a href='/blueberry-buckle/'>Blueberry Buckle</a></li>"
    )
    page = "https://crumb.example/lemon-crumb-cake/"
    related = _related(
        f"<section><h3>More breakfast recipes you'll love</h3><ul>{posts}</ul></section>", page
    )
    assert [link.title for link in related] == ["Swedish Cardamom Buns", "Blueberry Buckle"]
    # a heading that does not name them leaves them a blog's sections
    assert _related(f"<section><h3>You May Also Like</h3><ul>{posts}</ul></section>", page) == ()
    # beside a proven story, a short title may be a topic's page the list mixes in
    mixed = _related(
        "<section><h3>More stories you'll love</h3><ul>"
        "<li><a href='/2024/05/tram-costs-rise'>Tram costs rise again</a></li>"
        "<li><a href='/aston-villa'>Aston Villa</a></li></ul></section>",
        URL,
    )
    assert [link.title for link in mixed] == ["Tram costs rise again"]


def test_a_picture_link_stretched_over_its_card_takes_the_card_s_headline() -> None:
    # Bootstrap's card: "<a class="stretched-link"><img alt=""></a><div class="card-body">
    # <h3 class="card-title">...</h3>": the only link to the story has no words of its own
    story = "<p>" + "The central bank kept its main rate unchanged on Tuesday, as expected. " * 4
    cards = "".join(
        f"<div class='col'><div class='card'><a class='stretched-link' href='/economy/{n}.html'>"
        f"<img src='/i/{n}.jpg' alt=''></a><div class='card-body'><h3 class='card-title'>{title}"
        "</h3><small>2 months ago</small></div></div></div>"
        for n, title in (
            (1509876, "IMF approves a new programme for Argentina"),
            (1528334, "Central bank holds its key rate at 2.25 percent"),
        )
    )
    html = (
        f"<html><body><article><h1>Rates hold</h1>{story}</p></article><section class='related'>"
        f"<h2>Related articles</h2><div class='row'>{cards}</div></section></body></html>"
    )
    article = newsparse.parse(
        html, url="https://www.news.example/economy/1533010.html", registry=newsparse.Registry()
    )
    assert [link.title for link in article.related] == [
        "IMF approves a new programme for Argentina",
        "Central bank holds its key rate at 2.25 percent",
    ]


def test_a_link_s_parts_that_meet_without_a_space_are_lines_apart() -> None:
    related = _related(
        "<section class='related'><h3>Related</h3><ul>"
        # a kicker over the title, and a title over a credit: the title alone
        "<li><a href='/news/2024/05/tram-history'><span>Archive</span>"
        "<span>How the first tram line was built in 1901</span></a></li>"
        "<li><a href='/news/2024/05/tram-fares'><span>Tram fares will rise in June</span>"
        "<span>Written by Ola Berg</span></a></li>"
        # two lines of a title's length: both, a space between them
        "<li><a href='/news/2024/05/bus-routes'><span>Bus routes change next month</span>"
        "<span>Six lines will run less often in the evening</span></a></li>"
        # a word split by the page's markup, no line break: as written
        "<li><a href='/news/2024/05/depot'><span>Depot expansion</span><span>s approved by"
        " council</span></a></li></ul></section>",
        URL,
    )
    assert [link.title for link in related] == [
        "How the first tram line was built in 1901",
        "Tram fares will rise in June",
        "Bus routes change next month Six lines will run less often in the evening",
        "Depot expansions approved by council",
    ]


def test_a_topics_heading_over_story_cards_in_a_related_block_keeps_them_related() -> None:
    # (the heading names topics, but the block's links are stories' cards, not topic hubs)
    related = _related(
        "<section class='related-articles'><h2>Related Topics</h2><div>"
        "<article><h3><a href='/news/2024/05/tram-depot-noise'>Depot neighbours complain "
        "of night noise</a></h3></article>"
        "<article><h3><a href='/news/2024/04/tram-tickets'>Tram tickets go digital</a></h3>"
        "</article></div></section>",
        URL,
    )
    assert [link.url for link in related] == [
        "https://metro.example/news/2024/05/tram-depot-noise",
        "https://metro.example/news/2024/04/tram-tickets",
    ]


@pytest.mark.parametrize(
    "heading",
    ["Wybrane dla Ciebie", "Vybrané pro vás", "Vybrané pre vás", "Mohlo by vás tiež zaujímať"],
)
def test_a_picked_for_you_heading_names_a_related_block_in_west_slavic_languages(
    heading: str,
) -> None:
    # (a block after the story, its classes hashed: the heading alone names it, as
    # Indonesian "Pilihan Untukmu" does)
    related = _related(
        f'<section class="r5Kw8Hy2"><h2>{heading}</h2>'
        '<div class="teaser"><a href="/news/2024/04/tram-costs"><h3>Tram costs rise again</h3>'
        '</a></div><div class="teaser"><a href="/news/2024/03/bus-cuts"><h3>Bus routes cut in '
        "the north</h3></a></div></section>",
        URL,
    )
    assert related == (
        Link("https://metro.example/news/2024/04/tram-costs", "Tram costs rise again"),
        Link("https://metro.example/news/2024/03/bus-cuts", "Bus routes cut in the north"),
    )
