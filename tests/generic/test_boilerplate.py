"""Boilerplate recognition: whole-token class cues, labels in many languages, and the guard
that keeps a story whose container merely looks suspicious."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

import newsparse
from newsparse.generic.classes import class_kind, token_kind
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labelled import lead_and_first_link
from newsparse.generic.labels import heading_kind, is_inline_label

STORY = (
    "<p>The harbour authority approved a plan on Tuesday to dredge the eastern channel, "
    "which has silted up since the storms of last winter and now limits larger ships.</p>"
    "<p>Work will start in June and take about four months, the authority said, at a cost "
    "of nine million euros shared between the port and the regional government.</p>"
    "<p>Fishing crews welcomed the decision but asked for the work to pause during the "
    "autumn herring season, when the channel is at its busiest.</p>"
)
STORY_SENTENCES = (
    "The harbour authority approved a plan on Tuesday",
    "Work will start in June and take about four months",
    "Fishing crews welcomed the decision",
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _parse(
    body: str, url: str | None = "https://port.example/news/dredging-plan-approved"
) -> newsparse.Article:
    html = f"<html><head><title>Dredging plan approved</title></head><body>{body}</body></html>"
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


def _assert_story_kept(article: newsparse.Article) -> None:
    for sentence in STORY_SENTENCES:
        assert sentence in article.body


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("related-posts", Kind.RELATED),
        ("td_block_related_posts", Kind.RELATED),
        # a call-to-action box ("Join us at TechCrunch Sessions ... REGISTER NOW")
        ("wp-block-techcrunch-inline-cta", Kind.APPEAL),
        # Drupal Paragraphs' call-to-action item between the story's text items
        ("paragraph--type--call-to-action", Kind.APPEAL),
        # AMP's element for an ad network's recommendations widget
        ("amp-embed", Kind.AD),
        # a story's table of contents
        ("toc", Kind.NAV),
        ("ez-toc-container", Kind.NAV),
        # a reader-revenue box (not "contributor", the author)
        ("c-article-contribute", Kind.APPEAL),
        # an access check's placeholder over the story
        ("gateway-content", Kind.APPEAL),
        # embedded video players (their title and duration are no lines of the story)
        ("video-player", Kind.CHROME),
        ("jw-player", Kind.CHROME),
        ("playerVideo", Kind.CHROME),
        ("VideoPlayer", Kind.CHROME),
        # camelCase author boxes, and a CSS module's root element
        ("AuthorBox", Kind.BIO),
        ("AuthorBios_root__Gh3Jk", Kind.BIO),
        # a magazine's writer's note, a hash of letters after the name
        ("ContributorBio-jkNhAu", Kind.BIO),
        ("ContributorBioWrapper-kkZtpw", Kind.BIO),
        ("guestbook-entry", Kind.COMMENTS),
        ("RelatedCoverage-container-3AnSP", Kind.RELATED),
        ("post-tags", Kind.TAGS),
        ("b-tag-list", Kind.TAGS),
        ("article-share", Kind.SHARE),
        ("share-buttons-wrap", Kind.SHARE),
        ("ArticleBody-read-time-and-social-2VOIr", Kind.SHARE),
        # a hash in the middle, the rest of it after a separator
        ("WSJTheme--comments-tool-2liSY2X3AC-ypRFjPwlCKz", Kind.COMMENTS),
        ("ad300x250", Kind.AD),  # a name and a size, not a hash
        ("sp_message_container_873921", Kind.CONSENT),
        ("newsletter-signup", Kind.NEWSLETTER),
        ("comments-area", Kind.COMMENTS),
        ("most-read", Kind.POPULAR),
        ("taboola-below-article", Kind.AD),
        ("trc_related_container", Kind.AD),
        ("breadcrumbs", Kind.BREADCRUMB),
        ("nav-links", Kind.PAGINATION),
        ("related-searches", Kind.TAGS),
        ("post__categories", Kind.TAGS),  # BEM's double separator, folded
        ("relatedPosts", Kind.RELATED),
        ("nextprev", Kind.PAGINATION),
        ("tooltip-content", Kind.HIDDEN),
        ("print-header", Kind.HIDDEN),
        ("jetpack-slideshow-noscript", Kind.HIDDEN),  # "This slideshow requires JavaScript."
        ("robots-nocontent", Kind.CHROME),
        # class names in the site's own language
        ("artikel-kommentare", Kind.COMMENTS),
        ("lista-comentarios", Kind.COMMENTS),
        ("bloc-commentaires", Kind.COMMENTS),
        ("teilen-buttons", Kind.SHARE),
        ("boutons-partager", Kind.SHARE),
        ("lesen-sie-auch", Kind.READ_ALSO),
        ("mas-leidos", Kind.POPULAR),
        ("fil-ariane", Kind.BREADCRUMB),
        ("seitenleiste", Kind.CHROME),
        ("advertentie-blok", Kind.AD),
        # Chinese pinyin and CMS initials, Japanese romaji, Turkish, Czech, Swedish
        ("xgwz", Kind.RELATED),
        ("pinglun-list", Kind.COMMENTS),
        ("bdsharebuttonbox", Kind.SHARE),
        ("guanggao_right", Kind.AD),
        ("kanren-kiji", Kind.RELATED),
        ("snsBtn", Kind.SHARE),
        ("yorumlar-alani", Kind.COMMENTS),
        ("souvisejici-clanky", Kind.RELATED),
        ("relaterade-artiklar", Kind.RELATED),
        # phrases, wherever they stand in the token
        ("pie-de-pagina__disclaimer", Kind.CHROME),
        ("BarraLateral", Kind.CHROME),
        ("bloc-lire-aussi", Kind.READ_ALSO),
        ("weitere-artikel-box", Kind.RELATED),
        ("xiangGuanWenZhang", Kind.RELATED),
        ("tin-lien-quan", Kind.RELATED),
        ("box-binh-luan", Kind.COMMENTS),
        ("baca-juga", Kind.READ_ALSO),
        ("abo-box", Kind.PAYWALL),  # German: a subscription offer
        ("abonnement-teaser", Kind.PAYWALL),
        ("articleDisclaimer_disclaimer__1aB4c", Kind.CHROME),  # a CSS module's hashed name
        # camelCase and capitals still name their kind beside hashes of letters
        ("AdBox", Kind.AD),
        ("HTMLAd", Kind.AD),
        ("ADVERTISEMENT", Kind.AD),
        ("tmp_inquiry", Kind.CHROME),  # a Japanese local government's contact box
        # text for screen readers only: older WordPress themes', Foundation's
        ("assistive-text", Kind.HIDDEN),
        ("show-for-sr", Kind.HIDDEN),
        ("teaching-guide", Kind.CHROME),  # a lesson's blocks after a story for young readers
        ("check-understanding", Kind.CHROME),
        ("support-block", Kind.APPEAL),
        ("Story_support__c8Hq1", Kind.APPEAL),
        ("contributions-epic", Kind.APPEAL),
        ("follow_us", Kind.APPEAL),
        ("hawk-wrapper", Kind.AD),  # a review's price comparison widget
        ("mw-editsection", Kind.HIDDEN),  # MediaWiki's "[edit]" links
        ("postmetadata", Kind.TAGS),
        ("ue-c-article__premium-box", Kind.PAYWALL),
        # embedded videos' wrappers and title lines
        ("video-embed__title", Kind.CHROME),
        ("video_title", Kind.CHROME),
        ("embed_video", Kind.CHROME),
        ("video-inline-embed", Kind.CHROME),
        ("video-wrapper_root__9sJk2", Kind.CHROME),
        ("video-article-embed", Kind.CHROME),
        ("wp-player__title", Kind.CHROME),
        ("vf-player", Kind.CHROME),
        ("dm-player", Kind.CHROME),
        ("mod-video", Kind.CHROME),
        ("vjs-title", Kind.HIDDEN),  # video.js's own controls and title
        ("stock-quote", Kind.CHROME),
        ("boxout-story-tips", Kind.APPEAL),
        ("community-guidelines", Kind.COMMENTS),
        ("vgtv-player", Kind.CHROME),
        ("dre-video", Kind.CHROME),
        ("vplayer", Kind.CHROME),
        ("tip-box", Kind.APPEAL),
        ("articleTools", Kind.SHARE),  # a whole-token cue in camelCase ("article-tools")
        ("current_mood", Kind.TAGS),  # LiveJournal's "Current Mood:" line
        ("signature", Kind.BIO),  # a forum member's line under every post
        ("disclosure-box", Kind.AD),  # "we may earn an affiliate commission"
        ("article-disclosure", Kind.AD),  # an outlet's notice on its owners and policies
        ("post__disclosure", Kind.AD),
        ("whitepaper-teaser__label", Kind.APPEAL),  # a whitepaper's download promo
        ("ebook-promo", Kind.APPEAL),
        ("siteSub", Kind.CHROME),  # MediaWiki's "From <wiki name>" line
        ("sp-c-lineups", Kind.CHROME),  # a match report's line-ups and statistics
        ("match-stats-block", Kind.CHROME),
        ("video-player__playlist", Kind.CHROME),
        ("embed-product", Kind.AD),  # a shop's product box inside a story
        ("wprm-call-to-action", Kind.APPEAL),  # "Did you make this recipe? Tag us"
        ("kepalairas", Kind.CHROME),  # Hungarian: a picture's caption
        ("tamogatas-box", Kind.APPEAL),  # Hungarian: a support box
        # shopping embeds and the affiliate note over a shopping piece
        ("duet--article--product-pricing", Kind.AD),
        ("shop-the-look", Kind.AD),
        ("PostShoppable", Kind.AD),
        ("mntl-sc-block-commerce", Kind.AD),
        ("commerce-module", Kind.AD),
        ("duet--article--affiliate-disclosure", Kind.AD),
        ("article-pitch-container", Kind.AD),  # "Should you invest $1,000 in ...?"
        ("a-opt-in", Kind.CONSENT),  # an embed's consent placeholder
        ("onward-journey", Kind.RELATED),
        ("mntl-recirc-section", Kind.RELATED),
        ("SummaryCollectionGridWrapper", Kind.RELATED),
        ("gem-c-related-navigation", Kind.RELATED),  # related links, not the site's menu
        ("embedded-post-wrap", Kind.READ_ALSO),  # another post's card in a newsletter
        ("mc4wp-form", Kind.NEWSLETTER),  # Mailchimp for WordPress
        ("formkit-form", Kind.NEWSLETTER),  # ConvertKit
        ("saboxplugin-wrap", Kind.BIO),  # Simple Author Box
        ("lwptoc", Kind.NAV),  # LuckyWP's table of contents
        ("lasso-container", Kind.AD),  # affiliate product boxes
        ("aawp-product", Kind.AD),
        ("o-where-to-watch", Kind.AD),  # a streaming guide's widget
        ("govuk-!-display-none-print", Kind.CHROME),  # hidden from print only
        ("duet--cta--contribution-ask", Kind.APPEAL),  # a reader-revenue ask
        ("video-resource", Kind.CHROME),  # an embedded video's card
        ("ConsentBox", Kind.CONSENT),  # an embed's consent placeholder
        ("click-to-view", Kind.CONSENT),
        ("c-up-next", Kind.RELATED),  # the next story's preview
        ("ArticlePage-upNext", Kind.RELATED),
        ("company-card", Kind.CHROME),  # a stock's quote card
        ("slide-counter", Kind.CHROME),  # "2 of 5"
        ("wb-inv", Kind.HIDDEN),  # the Web Experience Toolkit's screen-reader text
        ("pagedetails", Kind.CHROME),  # "Page details: Was this page useful?"
        ("PDS_Poll", Kind.CHROME),  # a reader poll's form (Crowdsignal)
        ("knowledge-quiz", Kind.CHROME),  # a quiz's questions and answers
        ("piano-inline-offer", Kind.PAYWALL),  # Piano's offer box in the story
        ("o-barrier", Kind.PAYWALL),  # a financial paper's subscription offer
        # appeals to subscribe, join or give in Catalan, Basque, Spanish; a prayer-request box
        ("vw-subscriu-box", Kind.APPEAL),
        ("harpidetza-deia", Kind.APPEAL),
        ("fes-te-soci-article", Kind.APPEAL),
        ("caja-donacion", Kind.APPEAL),
        ("wp-block-group prayer-box", Kind.APPEAL),
        ("take-action-covers-block", Kind.APPEAL),  # an advocacy group's petition cards
        ("poll-embed", Kind.CHROME),  # a newsletter platform's reader poll
        ("quiz-embed", Kind.CHROME),  # a quiz between paragraphs
        ("wp-block-embed poll-daddy", Kind.CHROME),  # a hosted poll's wrappers
        ("pd-embed", Kind.CHROME),
        ("crowdsignal-poll-wrap", Kind.CHROME),
        ("caas-review-score", Kind.CHROME),  # a review's score box
        ("b-news-tip c-stack", Kind.APPEAL),  # a newsroom's call for tips
        ("reader-reactions", Kind.COMMENTS),
        ("odds-box", Kind.AD),  # a bookmaker's odds beside a match report
        ("sportsbook-odds", Kind.AD),
        ("ArticlePage-aiSummary AiSummary", Kind.NOTES),  # a machine's summary of the story
        ("box-tinlienquan", Kind.RELATED),  # Vietnamese: related news
        ("kbwscwl-relatedbox", Kind.RELATED),
        ("PianoInline_container__x7Yz", Kind.PAYWALL),
        ("file-embed-wrapper", Kind.CHROME),  # a file's download card (Substack)
        ("paging__wrap", Kind.PAGINATION),  # a paged story's page links (Kompas)
        ("tengdar-frettir", Kind.RELATED),  # Icelandic: related news
        ("republish-box", Kind.APPEAL),  # a newsroom's terms for republishing its story
        ("Betting", Kind.AD),  # a bookmaker's odds box
        ("box-quote-scommesse", Kind.AD),
        ("lineups", Kind.CHROME),  # a match report's line-ups
        ("more-news", Kind.RELATED),
        ("end-of-article-ask", Kind.APPEAL),  # a donation appeal closing the story
        ("recommendation-block", Kind.RELATED),  # (Telex's box under the story)
        ("wp-review-10984", Kind.CHROME),  # (the WP Review plugin's box of scores)
        ("live-event2-comment", None),  # (a live page's entry: the newsroom's commentary)
        ("art_tools", Kind.SHARE),  # (an article's print, send-to-a-friend and comments row)
        ("article-tools", Kind.SHARE),
        ("tools-list", None),  # (a review's list of tools)
        ("dablink", Kind.NAV),  # (a wiki's "For the village, see ..." note)
        ("hatnote", Kind.NAV),
        ("related-services", Kind.CHROME),  # (a footer of the site's services, no stories)
        ("dmr-readalso", Kind.READ_ALSO),
        ("view-recomandari", Kind.RELATED),  # Romanian: recommendations
        ("more-recaps", Kind.RELATED),  # a show's other episodes' recaps
        # Drupal's "node-" prefix before a related box (no content type is "related")
        ("node-inline-related", Kind.RELATED),
        ("node-related", Kind.RELATED),
        ("node-gallery", None),  # (the story's own content type)
        ("node-type-related", None),
        # a consent platform's block (AEM's "cmp-<component>" classes name none, below)
        ("qc-cmp2-container", Kind.CONSENT),
        ("cmp", Kind.CONSENT),
        # SPIP's breadcrumb, readers' forum and a messaging channel's box
        ("arbo", Kind.BREADCRUMB),
        ("forum-article", Kind.COMMENTS),
        ("whatsapp-channel", Kind.APPEAL),
        ("st-whatsapp", None),  # (a share button, named by its bar)
    ],
)
def test_tokens_that_name_a_kind_of_block(token: str, kind: Kind | None) -> None:
    assert token_kind(token) is kind


@pytest.mark.parametrize(
    "token",
    [
        "gdpr-article",  # an article about the GDPR
        "headline-subscribed",  # "subscribed" is not "subscribe"
        "tag-politics",  # WordPress taxonomy class of the story itself
        "category-advertising",
        "node--promoted",  # Drupal's promoted-to-front-page flag
        "entry-content",
        "shared-content",
        "commentary",
        "adventure",
        "header",
        "social-media-embed",  # an embedded tweet quoted by the story
        "col-md-8",
        "css-1dbjc4n",  # a generated class: no part names anything
        "c3ad5f0b2",  # a hash whose digits cut "ad" out of it
        "Box-3xAd7Q-inner",  # the same inside a CSS module's class, before its last part
        "has-tooltip",  # the visible term a tooltip explains
        "kommentar",  # German for an opinion column, not the readers' comments
        "komentar",  # Czech and Slovak for the same
        "sns-embed",  # an embedded social post the story quotes
        "commento-editoriale",
        "category-mas-leidos",  # WordPress taxonomy class of the story itself
        "pie-chart",
        "contributor",
        "player",  # a sports table's cell
        "player-name",
        "jeg_pagination_disable",  # a JNews post block's setting: it has no pagination
        "jeg_pagination_loadmore",
        # what comes after "with" or "has" is what the block holds or sits beside
        "anchorWithStickyNavbar_LWe7",  # Docusaurus's headings
        "layout-with-sidebar",
        "has-sidebar",
        "product-card",  # a buying guide's item, with its review
        "poll-results",  # an election story's figures
        "poll-tracker-chart",
        "e-commerce",
        # what the element lacks: DataTables' "no-footer" table, a layout's "no-sidebar"
        "no-footer",
        "no_sidebar",
        # generated names of letters alone, whose humps are no words (Wix)
        "BAdBQ",
        "KEakQ",
        "YVwEV",
        # Adobe Experience Manager's core components ("cmp-" is their prefix, no consent)
        "cmp-container",
        "cmp-list",
        "cmp-text",
        "cmp-list__item",
        "disclosure-line",  # a line of the story that reads as a disclosure, its prose judged
        "disclosure-panel",  # an accordion's panel, shown by its button
        "whitepaper-detail",  # a whitepaper's own page
    ],
)
def test_tokens_that_only_look_suspicious(token: str) -> None:
    assert token_kind(token) is None


def test_story_container_tokens_win_over_suspicious_ones() -> None:
    div = lxml.html.fragment_fromstring(
        '<div class="entry-content single-content social-ready"><p>text</p></div>'
    )
    article = lxml.html.fragment_fromstring('<article class="post tag-politics"><p>t</p></article>')
    assert class_kind(div) is None
    assert class_kind(article) is None


def test_story_in_a_wordpress_post_with_suspicious_classes_is_kept() -> None:
    article = _parse(
        '<article class="post type-post tag-social-media tag-share-prices category-ads">'
        f'<div class="entry-content single-content social-ready">{STORY}</div></article>'
    )
    _assert_story_kept(article)


def test_block_holding_the_page_prose_is_never_dropped() -> None:
    # a theme that calls the story column "sidebar-layout", and an ASP.NET page in one form
    article = _parse(f'<div class="main has-sidebar sidebar-left-layout">{STORY}</div>')
    _assert_story_kept(article)
    article = _parse(f'<form id="aspnetForm" action="/news"><div id="story">{STORY}</div></form>')
    _assert_story_kept(article)


def test_boilerplate_around_and_inside_the_story_is_dropped() -> None:
    first, rest = STORY.split("</p>", 1)
    article = _parse(
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a></nav>'
        '<div class="share-bar"><a href="https://twitter.com/intent/tweet?u=x">Tweet this</a></div>'
        f'<div class="article-body">{first}</p>'
        '<div class="newsletter-box"><h3>Get our morning briefing</h3><p>Every weekday at 7am.</p>'
        '<form><input type="email"></form></div>'
        f"{rest}"
        '<div class="ad-slot"><span>Advertisement</span></div>'
        "</div>"
        '<div class="author-box"><p>Ines Duarte covers the port and shipping.</p></div>'
        '<div id="comments"><h3>2 Comments</h3><p>Great news for the town at last.</p></div>'
        '<div class="cookie-banner">This site uses cookies to improve your experience.</div>'
    )
    _assert_story_kept(article)
    for text in (
        "Tweet this",
        "morning briefing",
        "Every weekday",
        "Advertisement",
        "covers the port",
        "Great news for the town",
        "uses cookies",
        "Home",
    ):
        assert text not in article.body


def test_a_contributor_bio_and_an_inline_embed_between_story_chunks() -> None:
    page = (FIXTURES / "magazine_contributor_bio_hashed.html").read_bytes()
    article = newsparse.parse(
        page,
        url="https://www.lanternreview.example/magazine/2025/06/02/"
        "the-orchard-at-the-edge-of-the-flood-plain",
        registry=newsparse.Registry(),
    )
    body = article.body.split("\n\n")
    assert (
        body[-1]
        == "“You don't open it wide,” she tells them. “You open it a little, and you watch.”"
    )
    assert not any("staff writer" in line for line in body)
    # (the inline "Read More" embed closing the second chunk of the story, the story going
    # on in the next like container, is a promotion, not the related block)
    assert [link.url for link in article.related] == [
        "https://www.lanternreview.example/magazine/2025/06/09/the-salt-marsh-surveyors",
        "https://www.lanternreview.example/magazine/2025/06/09/a-year-of-bees",
    ]
    assert not any("The Levee and the Town" in line for line in body)


def test_single_inline_read_more_paragraph_is_dropped_but_not_harvested() -> None:
    paragraphs = STORY.split("</p>")
    body = (
        f'<div class="story-text">{paragraphs[0]}</p>'
        '<p><strong>READ MORE:</strong> <a href="/news/channel-silting-worries-skippers">'
        "Channel silting worries skippers</a></p>"
        f"{paragraphs[1]}</p>"
        '<p>Related: <a href="/news/port-budget-2024">Port budget for 2024 agreed</a></p>'
        # (an access badge between the label and the link: Le Monde's subscribers' stories)
        '<p class="catcher__title">Read more | <span>Subscribers only</span> <a '
        'href="/news/pilots-strike">Harbour pilots vote to strike over night shifts</a></p>'
        # (the label as the link's first part: NZZ's inline teaser)
        '<div class="teaser teaser--inline"><a class="teaser__link" href="/news/dredging-1">'
        '<span class="teaser__flag">Read more</span><span class="teaser__title">Dredging '
        "contract goes to Harbour Works as the port plans a deeper channel</span></a></div>"
        f"{paragraphs[2]}</p></div>"
    )
    article = _parse(body)
    _assert_story_kept(article)
    for teaser in ("Channel silting", "Port budget", "Dredging contract", "Harbour pilots"):
        assert teaser not in article.body
    assert article.related == ()


@pytest.mark.parametrize("box_class", ["tlg-read-also", "also-read"])
def test_a_box_classed_read_also_is_related_only_after_the_story(box_class: str) -> None:
    paragraphs = STORY.split("</p>")
    box = (
        f'<div class="{box_class}"><span>MORE</span><ul>'
        '<li><a href="/news/2024/03/channel-silting-worries-skippers">Channel silting worries '
        'skippers</a></li><li><a href="/news/2024/01/port-budget-agreed">Port budget for 2024 '
        "agreed</a></li></ul></div>"
    )
    # between the story's paragraphs: a promotion set in the text, neither body nor related
    inside = _parse(
        f'<div class="story-text">{paragraphs[0]}</p>{box}{paragraphs[1]}</p>'
        f"{paragraphs[2]}</p></div>"
    )
    _assert_story_kept(inside)
    assert "Channel silting" not in inside.body
    assert inside.related == ()
    # after the story's last paragraph: the page's related block
    after = _parse(f'<div class="story-text">{STORY}{box}</div>')
    _assert_story_kept(after)
    assert [link.title for link in after.related] == [
        "Channel silting worries skippers",
        "Port budget for 2024 agreed",
    ]


@pytest.mark.parametrize(
    ("paragraph", "lead", "link"),
    [
        ("<p> <a>Title</a></p>", "", "Title"),
        ('<p><strong>READ MORE:</strong> <a href="/x">Title</a></p>', "READ MORE:  ", "Title"),
        # a comment is passed over with its tail; nested elements are read in order
        (
            "<p>Also <!-- note -->read<b>: <i>now</i></b> <a>Title</a> later</p>",
            "Also  :  now  ",
            "Title",
        ),
        ("<p>No link <b>here</b></p>", "", None),
    ],
)
def test_the_text_before_a_paragraphs_first_link(
    paragraph: str, lead: str, link: str | None
) -> None:
    found_lead, first_link = lead_and_first_link(lxml.html.fragment_fromstring(paragraph))
    assert found_lead == lead
    assert (first_link.text if first_link is not None else None) == link


def test_labelled_blocks_in_many_languages_are_dropped() -> None:
    article = _parse(
        f'<div class="content-main">{STORY}</div>'
        '<div class="box"><h3>Meistgelesen</h3><ul><li><a href="/news/a-1">Hafen wächst</a></li></ul></div>'
        '<div class="box"><h3>Les plus lus</h3><ul><li><a href="/news/b-2">Le port grandit</a></li></ul></div>'
        '<div class="box"><h3>Newsletter</h3><p>Sign up today for free updates.</p></div>'
    )
    _assert_story_kept(article)
    for text in (
        "Meistgelesen",
        "Hafen wächst",
        "Les plus lus",
        "Le port grandit",
        "Sign up today",
    ):
        assert text not in article.body


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("You May Also Like", Kind.RELATED),
        ("More from Gizmodo", Kind.RELATED),
        ("Related articles:", Kind.RELATED),
        ("Mehr zum Thema", Kind.RELATED),
        ("Mehr im Internet", Kind.RELATED),  # (links to other sites' pages on the subject)
        ("Ezt is ajánljuk a témában", Kind.RELATED),  # (Index.hu's box: "we recommend this")
        ("Weitere Faktenchecks zum Thema", Kind.RELATED),
        ("Similar stories", Kind.RELATED),
        ("Extra reading", Kind.RELATED),
        # a newsletter's sponsor label, in capitals too ("TOGETHER WITH <sponsor>")
        ("TOGETHER WITH KINGSBRIDGE COMMUNITY CREDIT UNION", Kind.AD),
        ("Presented by Northwind Airways", Kind.AD),
        ("More Press Releases", Kind.RELATED),
        # a law firm's lists of its own practices beside an article: no stories
        ("Related Practice Areas", Kind.TAGS),
        ("Related Services", Kind.TAGS),
        ("Das könnte Sie auch interessieren", Kind.RELATED),
        ("Sur le même sujet", Kind.RELATED),
        ("Noticias relacionadas", Kind.RELATED),
        ("Notícias relacionadas", Kind.RELATED),
        ("Articoli correlati", Kind.RELATED),
        ("Gerelateerde artikelen", Kind.RELATED),
        ("Powiązane artykuły", Kind.RELATED),
        ("Похожие статьи", Kind.RELATED),
        ("Вас может заинтересовать", Kind.RELATED),
        ("Promoted Content", Kind.AD),
        ("More work from Concordia", Kind.RELATED),
        ("Have a news tip?", Kind.APPEAL),
        ("اقرأ أيضًا:", Kind.READ_ALSO),  # Arabic, with its optional vowel mark
        ("مقالات في نفس الموضوع", Kind.RELATED),
        ("AI-generated summary", Kind.NOTES),
        ("How we test phones", Kind.APPEAL),
        ("So testet CHIP", Kind.APPEAL),
        ("Comment testons-nous ?", Kind.APPEAL),
        ("אולי יעניין אותך", Kind.RELATED),
        ("Vous avez un scoop qui pourrait intéresser nos lecteurs?", Kind.APPEAL),
        ("Mais artigos", Kind.RELATED),
        ("Advertiser Disclosure", Kind.AD),
        ("Editorial policy", Kind.APPEAL),
        ("関連企業・業界", Kind.TAGS),
        ("Другие новости по теме", Kind.RELATED),
        ("Останні новини з цієї теми", Kind.RELATED),
        ("ព័ត៌មានទាក់ទង", Kind.RELATED),  # Khmer: related news
        ("相关文章", Kind.RELATED),
        ("Seguí leyendo:", Kind.READ_ALSO),  # (Argentina's voseo, as "Seguir leyendo")
        ("Baca berikutnya", Kind.RELATED),  # Indonesian: read next
        ("Top Picks For You", Kind.RELATED),
        ("Check Also", Kind.RELATED),
        ("Ezeket is ajánljuk", Kind.RELATED),  # Hungarian: we recommend these too
        ("Us pot interessar", Kind.RELATED),  # Catalan: you may be interested
        ("Sobre la firma", Kind.BIO),  # (El País's author box)
        ("相关新闻推荐", Kind.RELATED),  # (a few characters after the cue)
        ("関連記事", Kind.RELATED),
        ("관련기사", Kind.RELATED),
        ("Lesen Sie auch", Kind.READ_ALSO),
        ("À lire aussi", Kind.READ_ALSO),
        ("Leia também", Kind.READ_ALSO),
        ("Читайте также", Kind.READ_ALSO),
        ("Сондай-ақ оқыңыз:", Kind.READ_ALSO),
        ("Most Popular", Kind.POPULAR),
        ("Trending now", Kind.POPULAR),
        ("Lo más leído", Kind.POPULAR),
        ("Najczęściej czytane", Kind.POPULAR),
        ("人気記事", Kind.POPULAR),
        ("Sign Up for Our Newsletters", Kind.NEWSLETTER),
        ("Leave a Reply", Kind.COMMENTS),
        ("Kommentare", Kind.COMMENTS),
        ("Share this article", Kind.SHARE),
        ("Sponsored stories", Kind.AD),
        ("About the author", Kind.BIO),
        ("Berita Terkait", Kind.RELATED),
        ("Baca Juga", Kind.READ_ALSO),
        ("İlgili Haberler", Kind.RELATED),  # Turkish dotted capital I
        ("EN ÇOK OKUNANLAR", Kind.POPULAR),
        ("Tin liên quan", Kind.RELATED),
        ("أخبار ذات صلة", Kind.RELATED),
        ("اقرأ أيضاً", Kind.READ_ALSO),
        ("संबंधित खबरें", Kind.RELATED),  # Devanagari vowel signs stay in their words
        ("ये भी पढ़ें", Kind.READ_ALSO),
        ("पानी से जुड़ी ये खबरें भी पढ़ें…", Kind.READ_ALSO),  # a topic before the cue
        ("प्रदेश से जुड़ी और खबरें", Kind.RELATED),
        ("कानपुर की और खबरें", Kind.RELATED),
        ("Läs också", Kind.READ_ALSO),
        ("Související články", Kind.RELATED),
        ("Σχετικά άρθρα", Kind.RELATED),
        ("Коментарі", Kind.COMMENTS),
        ("Cele mai citite", Kind.POPULAR),
        ("Самые популярные диеты", Kind.POPULAR),
        ("Ähnliche Beiträge", Kind.RELATED),  # German WordPress related-posts plugins
        ("Weitere Beiträge zum Thema", Kind.RELATED),
        ("Ver también", Kind.READ_ALSO),
        ("Relaterte saker", Kind.RELATED),
        ("Súvisiace články", Kind.RELATED),
        ("Pročitajte još", Kind.READ_ALSO),
        ("Прочетете още", Kind.READ_ALSO),
        ("Preberite še", Kind.READ_ALSO),
        ("Loe ka", Kind.READ_ALSO),
        ("ข่าวที่เกี่ยวข้อง", Kind.RELATED),  # Thai: combining vowel marks stay in the word
        ("Notícies relacionades", Kind.RELATED),
        ("Отзывы", Kind.COMMENTS),
        ("Keep reading", Kind.RELATED),
        ("Read next", Kind.RELATED),  # a list of next reads, however much prose follows it
        ("Explore more on these topics", Kind.TAGS),
        ("Más información", Kind.RELATED),
        ("Sigue leyendo", Kind.READ_ALSO),
        ("یہ بھی پڑھیں", Kind.READ_ALSO),  # Urdu
        ("More in Politics", Kind.RELATED),
        ("More recipes", Kind.RELATED),
        ("부산바다신문 관련뉴스", Kind.RELATED),  # the publisher's name before the cue
        ("新华网 相关新闻", Kind.RELATED),
        ("Más noticias de Economía", Kind.RELATED),  # section rails in other languages
        ("Más de Deportes", Kind.RELATED),
        ("Otras noticias", Kind.RELATED),
        ("Mais de Esportes", Kind.RELATED),
        ("Mais notícias de Política", Kind.RELATED),
        ("Altre notizie di Cronaca", Kind.RELATED),
        ("Plus d'articles Culture", Kind.RELATED),
        ("More galleries", Kind.RELATED),
        ("More local news", Kind.RELATED),
        ("Other Local News", Kind.POPULAR),  # the day's other stories
        ("Más en Economía", Kind.RELATED),
        ("Viac k téme", Kind.RELATED),  # Slovak
        ("Dans le même dossier", Kind.RELATED),
        ("Go deeper", Kind.RELATED),
        ("More Transportation News", Kind.RELATED),  # a section's rail
        ("More Opinion", Kind.RELATED),
        ("More Explained", Kind.RELATED),  # an explainer section's rail
        ("More Explainers", Kind.RELATED),
        ("More photo essays", Kind.RELATED),
        ("More news from Economy", Kind.RELATED),
        ("Новини по темі", Kind.RELATED),  # Ukrainian
        ("ተዛማጅ ዜና፦", Kind.READ_ALSO),  # Amharic, its own colon
        ("Ẹ ka èyí náà:", Kind.READ_ALSO),  # Yoruba
        ("More for You", Kind.RELATED),
        ("You'll Also Love", Kind.RELATED),
        ("Latest on Water utilities", Kind.RELATED),  # a topic's rail
        ("More Great Fashion Stories From Vogue", Kind.RELATED),
        ("This issue is sponsored by Saltmarsh Hardware.", Kind.AD),  # a newsletter's sponsor
        ("More election coverage", Kind.RELATED),
        ("Articles associés", Kind.RELATED),
        ("Ligas de interés", Kind.RELATED),  # Mexican Spanish
        ("Subscribe to The Daily Briefing", Kind.NEWSLETTER),  # a named newsletter
        ("Get breaking news alerts directly to your phone", Kind.NEWSLETTER),
        ("Máis novas", Kind.RELATED),  # Galician
        ("Lotutako albisteak", Kind.RELATED),  # Basque
        ("Irakurri ere:", Kind.READ_ALSO),
        ("Le tamén:", Kind.READ_ALSO),
        ("More episodes", Kind.RELATED),
        ("Más columnas de Lucía Ferrándiz", Kind.RELATED),  # a columnist's other columns
        ("Seguir leyendo:", Kind.READ_ALSO),  # Infobae's links closing the story
        ("How we report", Kind.APPEAL),  # a newsroom's box on its standards
        ("Submit your photo", Kind.APPEAL),  # a call for readers' pictures
        ("Bunlara da göz atın / You may also like", Kind.RELATED),  # in two languages
        ("Why you can trust us", Kind.APPEAL),
        ("Mirá también", Kind.READ_ALSO),  # Argentina's voseo
        ("Mira también:", Kind.READ_ALSO),
        ("Le puede interesar:", Kind.READ_ALSO),
        ("Mehr News aus Essen:", Kind.RELATED),  # a regional section's rail
        ("Nos recommandations", Kind.RELATED),
        ("À voir en vidéo", Kind.READ_ALSO),
        ("Tengdar fréttir", Kind.RELATED),  # Icelandic
        ("Straeon perthnasol", Kind.RELATED),  # Welsh
        ("مزید خبریں", Kind.RELATED),  # Urdu: more news
        ("இதையும் படிக்க:", Kind.READ_ALSO),  # Tamil
        # "recommended" and "we recommend" in more languages
        ("Știri recomandate", Kind.RELATED),
        ("Recomandări", Kind.RELATED),
        ("Vă recomandăm", Kind.RELATED),
        ("Ar putea să te intereseze", Kind.RELATED),
        ("Mai multe din Evenimente", Kind.RELATED),  # a rubric's other stories
        ("Sugestões", Kind.RELATED),
        ("Προτεινόμενα", Kind.RELATED),
        ("ΠΡΟΤΕΙΝΟΥΜΕ", Kind.RELATED),
        ("Doporučujeme", Kind.RELATED),
        ("Preporučujemo", Kind.RELATED),
        ("Препоручујемо", Kind.RELATED),
        ("Preporuka urednika", Kind.POPULAR),  # an editor's picks, as "Editor's picks"
        ("Anbefalt for deg", Kind.RELATED),
        ("Vi anbefaler", Kind.RELATED),
        ("Anbefalede artikler", Kind.RELATED),
        ("এই সংক্রান্ত আরও খবর", Kind.RELATED),  # Bengali: more news on this
        ("এই বিষয়ে আরও খবর", Kind.RELATED),
        ("இதையும் படிங்க:", Kind.READ_ALSO),  # Tamil, spoken
        ("மேலும் படிங்க", Kind.READ_ALSO),
        ("More Harbor Lights Recaps", Kind.RELATED),  # a show's name between "More" and its noun
        ("More recaps", Kind.RELATED),
    ],
)
def test_headings_name_their_block(heading: str, kind: Kind) -> None:
    assert heading_kind(heading) is kind


@pytest.mark.parametrize(
    "label",
    ["Прочитајте повеќе", "ასევე წაიკითხეთ", "Կարդացեք նաև", "இதையும் படிக்க", "இதையும் படிங்க"],
)
def test_labels_of_an_inline_link_to_another_story(label: str) -> None:
    # Macedonian, Georgian, Armenian, Tamil: "read also: <a>...</a>" between paragraphs
    assert is_inline_label(label)


@pytest.mark.parametrize(
    "heading",
    [
        "Together with the mayor, residents planted trees",  # no name after the cue
        "Relatedness in family firms",
        "How we got more from less",
        "A story that goes on for quite a long while and mentions related articles late",
        "The harbour",
        "Σχετικά με την απόφαση του δημάρχου",  # "About the mayor's decision"
        "Del 1 al 5 de mayo",
        "More delays expected on the coast road",
        "서울 시민 관련 설문조사 결과 발표",  # a cue word not closing the heading
        "Más de 200 heridos en el incendio",  # "más de" is a cue only before a name
        "Más de la mitad de los votantes",
        "MÁS DE LA MITAD DE LOS VOTANTES",
        "Mais de metade dos eleitores",
        "Más en serio de lo que parece",
        "You can subscribe to this newsletter here",  # an issue's own line
        # teasers' titles opening with a cue's characters: "popular", "related"
        "热门景区预约为何总是“秒空”",
        "相关新闻显示物价持续上涨",
        # words that name a block only alone open a story's own subheadings too
        "Recomandări pentru șoferi",
        "Προτεινόμενα μέτρα για την ακρίβεια",
        "Sugestões para o fim de semana",
        "Doporučujeme vyhnout se centru",
        "Mai multe din cele 40 de case au fost evacuate",
    ],
)
def test_ordinary_headings_name_no_block(heading: str) -> None:
    assert heading_kind(heading) is None


def test_a_spoken_tamil_read_also_line_between_paragraphs_is_no_story_text() -> None:
    link = '<a href="/news/harbour-fees-rise-next-year">துறைமுக கட்டணம் உயர்கிறது</a>'
    article = _parse(
        '<div class="story-text">'
        + STORY.replace("</p>", f"</p><p><b>இதையும் படிங்க:</b> {link}</p>", 1)
        + "</div>"
    )
    _assert_story_kept(article)
    assert "இதையும்" not in article.body
    assert "துறைமுக" not in article.body


def test_paragraphs_of_a_gated_story_are_kept_whatever_their_class() -> None:
    paragraphs = STORY.replace("<p>", '<p class="paywall">')
    article = _parse(f'<div class="article-body">{paragraphs}</div>')
    _assert_story_kept(article)


def test_a_terms_pop_up_definition_inside_a_sentence_is_no_text_of_it() -> None:
    term = (
        '<span class="glossary-term"><a href="/glossary/dredging">dredge</a><span '
        'class="glossary-term__tooltip" role="tooltip" aria-hidden="true"><strong>Dredging'
        "</strong> Digging up the silt of a channel's bed. <a href='/glossary'>Learn more</a>"
        "</span></span>"
    )
    article = _parse(f'<div class="article-body">{STORY.replace("dredge", term, 1)}</div>')
    _assert_story_kept(article)
    assert "Digging up the silt" not in article.body
    assert "plan on Tuesday to dredge the eastern channel" in article.body


def test_an_authors_bio_paragraph_goes_however_much_prose_it_holds() -> None:
    bio = (
        '<p class="c-globalAuthor_bio">Rosa covers ports, shipping and the coast for the '
        "paper, and before that reported on fisheries for a decade from the northern isles.</p>"
    )
    article = _parse(f'<div class="article-body">{STORY}{bio}</div>')
    _assert_story_kept(article)
    assert "Rosa covers ports" not in article.body


def test_a_comment_section_longer_than_the_story_is_still_dropped() -> None:
    comment = (
        '<li class="comment"><div class="comment-body"><p>I have lived by the harbour for forty '
        "years and the channel has never been this shallow; the dredging is long overdue and "
        "I hope they finish before the herring season starts.</p></div></li>"
    )
    article = _parse(
        f'<div class="article-body">{STORY}</div>'
        f'<div id="comments" class="comments-area"><ol class="comment-list">{comment * 8}</ol></div>'
    )
    _assert_story_kept(article)
    assert "lived by the harbour for forty years" not in article.body


@pytest.mark.parametrize(
    ("attribute", "value", "kind"),
    [
        ("data-testid", "newsletter-signup", Kind.NEWSLETTER),
        ("data-component", "related-stories", Kind.RELATED),
        ("data-hook", "share-buttons", Kind.SHARE),  # Wix
        ("data-hook", "comments", Kind.COMMENTS),
    ],
)
def test_component_names_in_data_attributes_name_their_block(
    attribute: str, value: str, kind: Kind
) -> None:
    # site builders and JavaScript frameworks hash their class names but name their
    # components in data attributes
    element = lxml.html.fragment_fromstring(
        f"<section class='_3VEwE' {attribute}='{value}'>x</section>"
    )
    assert class_kind(element) is kind


@pytest.mark.parametrize("token", ["hidden-print", "noprint", "d-print-none"])
def test_tokens_that_hide_a_block_from_print_only_name_chrome(token: str) -> None:
    # Bootstrap's "hidden-print" on ScienceDaily's share bar, citation box and related
    # stories: shown on screen, left off paper as the site's furniture, whose related
    # blocks are still read (chrome, not hidden)
    assert token_kind(token) is Kind.CHROME


def test_a_paid_post_s_chapters_named_sponsored_are_its_story() -> None:
    # a native ad whose chapters, each a "sponsored-section" beside a stat box, a video and
    # an end card of the same class, hold the whole story: class names must not empty it
    html = (FIXTURES / "paid_post_chapters.html").read_bytes()
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "Every December, the departure hall at Terminal 2 fills" in body
    assert "Amira Haddad has worked at the transfer desk for eleven years." in body


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Responses have been edited for length and/or clarity.", None),
        ("Comments have been condensed and edited for clarity.", None),
        ("Comments are closed.", Kind.COMMENTS),
        ("Responses (12)", Kind.COMMENTS),
        ("More News From Corvane Therapeutics, Inc.", Kind.RELATED),  # (title case: a heading)
    ],
)
def test_a_sentence_opening_with_a_cue_word_is_no_heading(text: str, kind: Kind | None) -> None:
    # a listicle's closing note about its readers' answers is a line of the story, and
    # a comments heading there would end the story before it
    assert heading_kind(text) is kind


def test_a_closing_editor_s_note_on_readers_responses_stays_in_the_story() -> None:
    answers = [
        "My snake plant survived three moves, a month without water while I was travelling "
        "for work and a whole winter by a drafty window, and it still puts out new leaves.",
        "I water my pothos once a week, give it a little fertiliser in spring, and it has "
        "taken over the bookshelf, the curtain rail and most of the kitchen windowsill.",
    ]
    note = "Responses have been edited for length and/or clarity."
    html = (
        "<html><head><title>Readers' toughest houseplants</title></head><body><article>"
        "<h1>Readers' toughest houseplants</h1>"
        + "".join(f"<div class='subbuzz'><p>{answer}</p></div>" for answer in answers)
        + f"<div class='subbuzz-text'><p><em>{note}</em></p></div></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == [*answers, note]


def test_a_box_of_links_to_other_sites_leaves_neither_heading_nor_disclaimer() -> None:
    story = "".join(
        f"<p>{sentence} Die Kommission will die Zeitumstellung abschaffen, doch die "
        "Mitgliedstaaten streiten noch darüber, welche Zeit dann gelten soll.</p>"
        for sentence in ("Zweimal im Jahr drehen wir an der Uhr.", "Die Umfrage ist eindeutig.")
    )
    html = (
        "<html><body><div class='spArticleContent'><h2>Schafft sie endlich ab!</h2>"
        f"{story}<div class='asset-box'><h3>Mehr im Internet</h3><ul><li>"
        "<a href='https://ec.europa.example/consultations/summertime'>EU-Kommission: Ergebnisse "
        "der Konsultation</a></li></ul><p>Das Magazin ist "
        "nicht verantwortlich für die Inhalte externer Internetseiten.</p></div></div>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "Mehr im Internet" not in body
    assert "nicht verantwortlich" not in body


def test_a_line_opening_with_an_ad_label_between_paragraphs_is_no_paragraph() -> None:
    article = newsparse.parse(
        (FIXTURES / "interview_with_text_ad.html").read_bytes(), registry=newsparse.Registry()
    )
    assert "TEXT AD" not in article.body and "generators" not in article.body
    assert article.body.split("\n\n")[-1].startswith("Okafor: I am a barge man.")
    # (the word opening a sentence of the story, in no bold and no capitals, is no label)
    assert "Advertisement: spending on billboards" in article.body


def test_a_subheading_classed_as_tags_without_a_link_stays() -> None:
    # (a broadcaster's "<h3 class="edTag">" reads "ed" + "tag": with no link it heads the
    # interview's highlights; the tags box with its links still goes)
    html = (FIXTURES / "interview_subheading_classed_tag.html").read_bytes()
    body = newsparse.parse(
        html,
        url="https://www.lakeshoreradio.example/2025/01/14/ferry-captain-early-ice-interview",
        registry=newsparse.Registry(),
    ).body
    assert "clarity.\n\nInterview highlights\n\nOn the morning the ice came in" in body
    assert "More stories about" not in body
    assert "Great Lakes" not in body


def test_an_inline_element_inside_a_sentence_is_never_a_label() -> None:
    # "dated to about <span>AD 540</span>, left...": words on both sides make the span part
    # of the sentence, not an ad's label; the page's real "Advertisement" label still goes
    page = FIXTURES / "science_news_era_years_in_running_text.html"
    article = newsparse.parse(
        page.read_bytes(),
        url="https://www.scienceweekly.example/articles/d41586-025-01022-0",
        registry=newsparse.Registry(),
    )
    assert "dated to about AD 540, left a thin layer" in article.body
    assert "somewhere between AD 500 and 600." in article.body
    assert "Layers from AD 536 and AD 547 hold" in article.body
    assert "Advertisement" not in article.body
    assert article.body.startswith("A single eruption")
    assert article.body.endswith("even more tightly together.")
    assert [link.url for link in article.related] == [
        "https://www.scienceweekly.example/articles/d41586-025-00911-2",
        "https://www.scienceweekly.example/articles/d41586-025-00734-1",
    ]


def test_a_short_label_opening_its_line_still_announces_its_block() -> None:
    # (no words before it: "<p><strong>Related</strong> ..." stays a heading)
    assert heading_kind("Related") is Kind.RELATED
    article = _parse(
        "<article>" + STORY + "<div><p><strong>Related</strong></p><ul>"
        '<li><a href="/news/pier-repairs">Pier repairs finished early</a></li>'
        '<li><a href="/news/ferry-timetable">New ferry timetable from May</a></li></ul></div>'
        "</article>"
    )
    assert "Related" not in article.body
    assert [link.url for link in article.related] == [
        "https://port.example/news/pier-repairs",
        "https://port.example/news/ferry-timetable",
    ]


def test_a_tagdiv_ad_slot_between_paragraphs_goes() -> None:
    # "<div class="td-a-rec td-a-rec-id-content_inline ..."><span class="td-adspot-title">-
    # Talla -</span>...</div>" inside the story's block: tagDiv's ad slot and its label
    html = (FIXTURES / "hausa_tagdiv_inline_ad_slot.html").read_bytes()
    url = "https://jaridar-arewa.example/manoma-a-kano-sun-fara-girbin-alkama/"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")
    assert not any("Talla" in line for line in body)
    assert body[0].startswith("Manoman alkama a kananan hukumomin")
    assert body[-1].startswith("Hukumar bunkasa noma")
    assert len(body) == 5
    assert token_kind("td-a-rec") is Kind.AD
    assert token_kind("td-adspot-title") is Kind.AD


@pytest.mark.parametrize(
    "label",
    ["- Talla -", "Tangazo", "— Xayeysiis —", "Ìpolówó", "ISIKHANGISO", "- Advertisement -"],
)
def test_ad_labels_in_african_languages_name_an_ad(label: str) -> None:
    # Hausa, Swahili, Somali, Yoruba, isiZulu; between dashes as ad slots print them
    assert heading_kind(label) is Kind.AD


def test_a_quiz_embed_and_a_hosted_poll_between_paragraphs_go() -> None:
    page = (FIXTURES / "column_quiz_and_hosted_poll_embeds.html").read_bytes()
    article = newsparse.parse(page, registry=newsparse.Registry())
    for widget_text in (
        "how well do you know the river",
        "first ferry cross",
        "1934",
        "Next question",
        "Would you ride a new ferry",
        "Maybe",
        "View Results",
    ):
        assert widget_text not in article.body
    assert "For forty years the little ferry" in article.body
    assert "A modern electric ferry would cost" in article.body
    assert article.body.rstrip().endswith("who lives in Mill Landing.")


def test_a_follow_topic_label_beside_its_button_is_no_paragraph() -> None:
    page = (FIXTURES / "spanish_explainer_feedback_and_follow_topic.html").read_bytes()
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert "Sigue el tema" not in body
    assert len(body.split("\n\n")) == 4


def test_a_sentence_beside_a_button_stays() -> None:
    story = STORY.replace("</p>", " The full plan can be read online: <button>Open</button></p>", 1)
    article = _parse(f"<article>{story}</article>")
    assert "The full plan can be read online:" in article.body
