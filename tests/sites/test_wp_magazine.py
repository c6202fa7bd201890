"""The Jannah WordPress theme plugin on the page modelled on the seed: the full Article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest

import newsparse
from newsparse.sites.wordpress import JannahTheme

URL = "https://asiatradewire.example/2019/06/national-development-and-reform-commission/"

PARAGRAPHS = (
    "Rare earths have always been regarded as one of China’s “trump cards” against China in the"
    " trade war. Chinese officials have recently mentioned rare earth topics in public.",
    "Yesterday (5th), the relevant department of the National Development and Reform Commission"
    " held a symposium to listen to the opinions and suggestions of the responsible persons of the"
    " relevant departments of the major rare earth producing areas to strengthen the order of the"
    " rare earth industry, strengthen the ecological environment protection, and achieve"
    " high-quality development. It was emphasized that the total amount control plan should be"
    " strictly implemented.",
    "The person in charge of the meeting said that in recent years, the relevant localities have"
    " actively promoted the upstream enterprises to speed up the integration and reorganization,"
    " organize the rectification of the rare earth industry, crack down on illegal and illegal"
    " production practices, strengthen safety production and environmental protection, and"
    " promote the comprehensive development and utilization of resources. At the same time,"
    " however, there have been many problems such as the history of environmental protection of"
    " rare earth mines, the heavy management tasks, the ban on illegal production and the"
    " inadequacy of application of high-end fields in rare earth resources.",
    "The person in charge of the meeting suggested that the rare earth industry chain should be"
    " vigorously promoted to promote the development of rare earth new materials industry. Make"
    " breakthroughs in basic research and key technology R&D applications as soon as possible,"
    " promote the development of aggregated development among various entities in government,"
    " industry, research and research, promote the deep integration of industrial chain,"
    " innovation chain and capital chain, improve the service system of rare earth industry"
    " development, and effectively promote scientific research results. Industrialization"
    " supports the high-quality development of the rare earth industry.",
    "The person in charge of the relevant department of the National Development and Reform"
    " Commission said that it will seriously study and absorb the opinions and suggestions put"
    " forward by the localities, and support local efforts to strengthen the capacity building of"
    " rare earth functional materials. At the same time, the relevant local governments are"
    " required to further optimize the business environment, build a long-term supervision"
    " mechanism, strengthen the order rectification of the rare earth industry; strictly"
    " implement the total amount control plan, crack down on illegal and illegal activities;"
    " establish and improve innovative incentive mechanisms to support enterprises to strengthen"
    " intellectual property protection; Solidly promote mine ecological restoration and"
    " environmental management, and promote sustainable green development of the industry.",
)

RELATED = (
    newsparse.Link(
        url="https://asiatradewire.example/2019/06/reuters-chinas-interest-in-huluntongs-"
        "interest-reduction-delay-project-may-not-start-this-year/",
        title="Reuters: China’s interest in Huluntong’s interest reduction delay project may not"
        " start this year",
    ),
    newsparse.Link(
        url="https://asiatradewire.example/2019/06/senior-officials-in-singapore-say-china-has-"
        "a-responsibility-to-set-high-standards/",
        title="Senior officials in Singapore say China has a responsibility to set high standards"
        " in political and economic behavior",
    ),
)


@pytest.fixture(params=[URL, None], ids=["with-url", "without-url"])
def article(request: pytest.FixtureRequest, seed_page: bytes) -> newsparse.Article:
    return newsparse.parse(seed_page, url=request.param)


def test_the_theme_plugin_is_chosen_by_fingerprint(article: newsparse.Article) -> None:
    assert article.extractor == "wordpress-jannah"
    assert article.errors == ()


def test_body_is_the_five_paragraphs_exactly(article: newsparse.Article) -> None:
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_boilerplate_stays_out_of_the_body(article: newsparse.Article) -> None:
    for junk in (
        "Advertisement",
        "Sign Up for Our Newsletters",
        "Get notified of important news",
        "You May Also Like",
        "Huluntong",
        "Popular",
        "Leave a Reply",
        "cookies",
        "Tags",
        "Copyright",
    ):
        assert junk not in article.body


def test_related_links_are_the_two_teasers_with_their_titles(
    article: newsparse.Article,
) -> None:
    assert article.related == RELATED


def test_metadata(article: newsparse.Article) -> None:
    assert article.headline == "National Development and Reform Commission"
    assert article.authors == ("Daniel Ho",)
    utc = timezone.utc
    assert article.published == datetime(2019, 6, 6, 2, 14, 33, tzinfo=utc)
    assert article.modified == datetime(2019, 6, 6, 9, 40, 12, tzinfo=utc)
    assert article.published is not None and article.published.utcoffset() == timedelta(0)
    assert article.site_name == "Asia Trade Wire"
    assert article.tags == ("NDRC", "rare earth", "trade war")
    assert article.language == "en-US"
    assert article.image == (
        "https://asiatradewire.example/wp-content/uploads/2019/06/rare-earth-mine-jiangxi.jpg"
    )
    assert article.description is not None
    assert article.description.startswith("Rare earths have always been regarded")
    assert article.canonical_url == URL
    assert article.url == URL  # the given URL, or else the canonical one
    assert article.source is None


def test_json_output_round_trips(article: newsparse.Article) -> None:
    data = article.to_dict()
    assert data["published"] == "2019-06-06T02:14:33+00:00"
    assert data["related"][0] == {"url": RELATED[0].url, "title": RELATED[0].title}
    assert newsparse.Article.from_dict(data) == article


def test_plugin_serves_another_site_on_the_same_theme(seed_page: bytes) -> None:
    # Same theme, another publisher and domain: the fingerprint, not the domain, decides.
    other = seed_page.replace(b"asiatradewire.example", b"mekong-business.example").replace(
        b"Asia Trade Wire", b"Mekong Business Daily"
    )
    article = newsparse.parse(other, url="https://www.mekong-business.example/2019/06/ndrc/")
    assert article.extractor == "wordpress-jannah"
    assert article.site_name == "Mekong Business Daily"
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert [link.url.split("/")[2] for link in article.related] == ["mekong-business.example"] * 2


def test_fingerprint_needs_the_theme_not_just_wordpress(seed_page: bytes) -> None:
    page = newsparse.Page.from_input(seed_page)
    assert JannahTheme.matches(page)
    # Another WordPress theme: same generator meta and entry-content, none of Jannah's marks.
    other_theme = (
        b"<html><head><meta name='generator' content='WordPress 6.4.2'>"
        b"<link rel='stylesheet' href='/wp-content/themes/twentytwentyone/style.css'></head>"
        b"<body class='post-template-default single single-post postid-7'><main id='main'>"
        b"<article id='post-7' class='post-7 post type-post'><header class='entry-header'>"
        b"<h1 class='entry-title'>Harbour reopens</h1></header><div class='entry-content'>"
        b"<p>The harbour reopened on Monday after a week of repairs to the sea wall.</p>"
        b"</div></article></main></body></html>"
    )
    assert not JannahTheme.matches(newsparse.Page.from_input(other_theme))
    assert newsparse.parse(other_theme).extractor == "generic"


def test_the_plugin_class_can_be_forced_with_an_empty_registry(seed_page: bytes) -> None:
    forced = newsparse.parse(seed_page, extractor=JannahTheme, registry=newsparse.Registry())
    assert forced.extractor == "wordpress-jannah"
    assert forced.body == "\n\n".join(PARAGRAPHS)
    assert forced.related == RELATED


# -- another site on the same theme: full-width title layout, minified CSS, two authors --------

GULF_URL = "https://gulfenergyreview.example/oman-awards-two-green-hydrogen-blocks/"


@pytest.fixture
def gulf(read_fixture: Callable[[str], bytes]) -> newsparse.Article:
    return newsparse.parse(read_fixture("sites/wp_jannah_fullwidth.html"), url=GULF_URL)


def test_other_layout_full_article(gulf: newsparse.Article) -> None:
    assert gulf.extractor == "wordpress-jannah"
    assert gulf.errors == ()
    assert gulf.headline == "Oman awards two green hydrogen blocks to Asian consortia"
    assert gulf.body.split("\n\n") == [
        "Oman’s state hydrogen developer Hydrom has awarded two more land blocks in Dhofar"
        " governorate to consortia led by Japanese and Korean companies, bringing the number of"
        " projects it has allocated since 2023 to eight.",
        "The two blocks cover about 640 square kilometres and are expected to produce a combined"
        " 200,000 tonnes of hydrogen a year by 2030, the company said in a statement on Tuesday.",
        "Third round",
        "The awards conclude Hydrom’s third bidding round, which drew offers from 12 groups."
        " Winning bidders must:",
        "reach a final investment decision within three years;",
        "source at least 30% of services locally.",
        "“These projects move Oman closer to its 2030 production target,” the energy minister"
        " said.",
        "Oman aims to produce at least one million tonnes of renewable hydrogen a year by the end"
        " of the decade.",
    ]
    assert gulf.related == (
        newsparse.Link(
            "https://gulfenergyreview.example/neom-hydrogen-plant-80-percent-complete/",
            "Saudi Arabia’s NEOM hydrogen plant is 80% complete",
        ),
        newsparse.Link(
            "https://gulfenergyreview.example/egypt-signs-seven-hydrogen-framework-deals/",
            "Egypt signs seven hydrogen framework deals",
        ),
        newsparse.Link(
            "https://gulfenergyreview.example/omans-first-hydrogen-round-who-won-what/",
            "Oman’s first hydrogen round: who won what",
        ),
    )
    assert gulf.authors == ("Priya Menon", "Khalid Al Harthy")
    gst = timezone(timedelta(hours=4))
    assert gulf.published == datetime(2024, 3, 12, 14, 5, 31, tzinfo=gst)
    assert gulf.modified == datetime(2024, 3, 13, 8, 22, 10, tzinfo=gst)
    assert gulf.site_name == "Gulf Energy Review"
    assert gulf.tags == ("green hydrogen", "Hydrom", "Oman")
    assert gulf.source == "Hydrom"  # the theme's "Source" box
    assert gulf.language == "en-GB"
    assert gulf.canonical_url == GULF_URL


def test_other_layout_keeps_ads_and_boxes_out(gulf: newsparse.Article) -> None:
    for junk in ("Sponsored", "Advertisement", "Source", "Tags", "Check Also", "Qatar", "Brent"):
        assert junk not in gulf.body
