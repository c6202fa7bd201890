"""Live pages: a match's minute-by-minute commentary and a feed of dated posts under the
page's headline. The posts are the story; their headlines stay, the commentary is no
readers' comments."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _parse(name: str) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(
        html, url="https://www.ledger.example/live/1", registry=newsparse.Registry()
    )


def test_a_match_commentary_is_the_story_not_readers_comments() -> None:
    article = _parse("live_match_commentary.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[1].startswith("Full time at Cobb Lane")
    assert paragraphs[-1].startswith("Good evening and welcome to live commentary")
    assert "GOAL! Harrowgate lead again" in article.body
    for boilerplate in ("Copy link", "Show earlier updates", "Most read", "Manager sacked"):
        assert boilerplate not in article.body


def test_a_live_blog_without_a_publication_date_is_dated_from_its_coverage_start() -> None:
    article = _parse("live_match_commentary.html")
    assert article.published == datetime(2024, 2, 13, 18, 30, tzinfo=timezone.utc)
    assert article.authors == ("Gwen Lascelles",)


def test_every_live_post_keeps_its_headline_the_newest_included() -> None:
    article = _parse("live_updates_feed.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == "Mayors of three port towns ask the ministry to intervene"
    assert "Why some shelves could look emptier next week" in paragraphs
    assert "Picket lines are back at the eastern docks" in paragraphs
    assert paragraphs[-1].startswith("Dock workers returned to the picket lines")
    assert article.headline == "Dock strike enters third day as talks stall"


def test_the_page_s_byline_and_publication_stay_the_page_s() -> None:
    article = _parse("live_updates_feed.html")
    assert article.published is not None
    assert article.published.isoformat() == "2024-01-07T23:05:40+00:00"  # (not made local)
    assert article.authors == ("Rhea Santos",)


def test_a_live_blog_s_first_entry_keeps_its_heading() -> None:
    # each entry headed alike; the newest one's heading holds a figure, as a date line does,
    # and opens the story after the entry's time
    body = _parse("live_updates_headed_entries.html").body
    for heading in (
        "More than 400,000 customers without power",
        "Storm surge floods downtown Port Amelia",
    ):
        assert heading in body
    assert body.index("More than 400,000") < body.index("Utility outage maps showed")


def test_every_entry_heading_of_a_live_blog_of_short_articles_stays() -> None:
    # entries as <article>s, each headed alike in a <header> beside its time
    entries = [
        ("2:47 p.m.", "More than 400,000 customers without power", "Utility outage maps"),
        ("1:15 p.m.", "Storm surge floods downtown Port Amelia", "Water from the bay"),
        ("11:58 a.m.", "Hurricane makes landfall as Category 3", "The eye crossed the coast"),
    ]
    text = (
        " showed the storm's toll across the county as it moved inland during the day, and "
        "emergency managers urged residents to stay off the roads until further notice."
    )
    html = (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "LiveBlogPosting", "headline": "Hurricane Delia live updates"}</script>'
        "</head><body><main><h1>Hurricane Delia live updates</h1><div class='live-feed'>"
    )
    for time, heading, opening in entries:
        html += (
            f"<article class='live-update'><header><time>{time}</time>"
            f"<h2 class='live-update__headline'>{heading}</h2></header><p>{opening}{text}</p>"
            "</article>"
        )
    html += "</div></main></body></html>"
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    for _time, heading, opening in entries:
        assert heading in body and opening in body


_ENTRY = (
    "<div class='block'><p class='time'>{time}</p><p>{text} Engineers from three counties "
    "have been sent to the worst-hit villages, and the council has opened two rest centres "
    "for people who cannot stay at home tonight.</p></div>"
)


def _live_body(standfirst: str) -> str:
    """The body of a live page whose header holds ``standfirst`` under its headline."""
    entries = "".join(
        _ENTRY.format(time=time, text=text)
        for time, text in (
            ("11.48 GMT", "Gusts of 90mph were recorded on the coast this morning."),
            ("10.31 GMT", "The Met Office has extended its red warning until 3pm."),
        )
    )
    html = (
        "<html><head><title>Storm live</title></head><body><main><div class='header'><h1>Storm "
        f"live: gusts hit the coast as thousands lose power</h1>{standfirst}</div>"
        f"<div class='live-blog'>{entries}</div></main></body></html>"
    )
    return newsparse.parse(html, registry=newsparse.Registry()).body


def test_a_live_blog_s_bullet_point_standfirst_is_no_part_of_its_posts() -> None:
    body = _live_body(
        "<div class='standfirst'><ul><li><p>Met Office red warning in force until 3pm for "
        "parts of Wales and north-west England</p></li><li><p>More than 120,000 homes without "
        "power, says Electricity North West</p></li></ul></div>"
    )
    assert "Met Office red warning" not in body
    assert "Gusts of 90mph were recorded" in body


def test_a_standfirst_paragraph_under_the_headline_opens_the_story() -> None:
    # (as readers take a one-paragraph intro set under the title, in the story's block)
    paragraphs = "".join(
        f"<p>{text} Engineers from three counties have been sent to the worst-hit villages, "
        "and the council has opened two rest centres.</p>"
        for text in ("Gusts of 90mph hit the coast.", "The red warning runs until 3pm.")
    )
    html = (
        "<html><head><title>Storm</title></head><body><article><h1>Storm brings 90mph gusts "
        "to the coast</h1><div class='intro'><p>Thousands of homes are without power as the "
        f"storm reaches the west coast.</p></div>{paragraphs}</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.startswith("Thousands of homes are without power")


def _body_lines(html: str) -> list[str]:
    """The generic engine's body paragraphs of ``html``."""
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_live_entries_classed_as_comments_are_the_newsroom_s_commentary() -> None:
    # El Comercio's live pages class each entry "live-event2-comment": the newsroom's
    # updates, not readers' comments
    entries = [
        ("Schools move classes online in 14 districts", "The education ministry said public "
         "schools in 14 districts of the north and east of the city may teach online today."),
        ("Metro buses run a full fleet", "The transport authority said its rapid buses and "
         "the red, purple and blue corridors run with their whole fleet this morning."),
    ]  # fmt: skip
    page = (
        "<html><head><title>Transport strike: live</title></head><body><article>"
        "<h1>Transport strike: live</h1><div class='story-contents__content'><p>Hundreds of "
        "bus companies joined the strike from the early hours, leaving thousands of commuters "
        "waiting at stops across the city.</p><div class='live-event2'>"
        + "".join(
            f"<div class='live-event2-comment score'><h3 class='live-event2-comment__title'>"
            f"{title}</h3><p>{text}</p></div>"
            for title, text in entries
        )
        + "</div></div></article></body></html>"
    )
    body = _body_lines(page)
    assert body[1:] == [line for entry in entries for line in entry]


def test_a_live_blog_s_entries_signed_each_by_name_keep_their_text() -> None:
    # The Guardian's live blocks: each signed in its header by its writer's name; the last
    # (oldest) block's name is no bio box's heading closing the story
    writers = ("Tom Pereira", "Nadia Kovac")
    blocks = [
        (writers[0], "Senate sits for the first time", "The Senate has sat for the first time "
         "since the election, with the new crossbench taking their seats this morning."),
        (writers[1], "Treasurer outlines the budget", "The treasurer has outlined the "
         "government's first budget priorities, starting with the cost of energy."),
        (writers[1], "Good morning", "Good morning and welcome to our live coverage of the day "
         "in federal politics. It is a big day in Canberra."),
    ]  # fmt: skip
    page = (
        "<html><head><title>Politics live</title><script type='application/ld+json'>"
        '{"@type": "LiveBlogPosting", "headline": "Politics live", "author": [{"@type": '
        '"Person", "name": "Tom Pereira"}, {"@type": "Person", "name": "Nadia Kovac"}]}'
        "</script></head><body><main><h1>Politics live</h1><div class='live-blog'>"
        + "".join(
            f"<article class='block' data-block-contributor='{name}'><header><h2>{title}</h2>"
            f"<div class='dcr-pahsyd'><span>{name}</span></div></header><p>{text}</p></article>"
            for name, title, text in blocks
        )
        + "</div></main></body></html>"
    )
    body = _body_lines(page)
    assert body == [line for _, title, text in blocks for line in (title, text)]


def test_a_live_post_s_headline_beside_its_time_and_byline_stays() -> None:
    # CNBC's posts: a header of the time, the headline and a byline (dropped), then the text;
    # the headline is no label of the dropped byline
    posts = [
        ("Stocks close lower, Nasdaq leads the decline", "The Nasdaq Composite dropped 2.4% "
         "as chip stocks fell after the Commerce Department broadened its export rules."),
        ("Consumer prices rose less than expected", "Consumer prices rose 0.1% in March, "
         "cooler than the 0.3% economists had forecast, the Labor Department said."),
    ]  # fmt: skip
    page = (
        "<html><head><title>Stock market today</title></head><body><h1>Stock market today</h1>"
        "<div class='ArticleBody-articleBody'><p>Stocks fell on Thursday, giving back part of "
        "the previous session's rally as investors weighed the latest round of tariffs.</p>"
        + "".join(
            f"<div class='LiveBlogPost'><div class='LiveBlogPost-header'><time>1:02 PM EDT"
            f"</time><h2 class='LiveBlogPost-headline'>{title}</h2><div "
            f"class='LiveBlogPost-byline'>By <a class='Author-authorName' href='/jo/'>Jo Lee"
            f"</a></div></div><div class='LiveBlogPost-body'><p>{text}</p></div></div>"
            for title, text in posts
        )
        + "</div></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    for title, text in posts:
        assert f"{title}\n\n{text}" in body


def test_a_live_post_s_time_alone_over_its_heading_is_no_paragraph() -> None:
    # "<div class="c-live-post__header"><time>14h31</time></div>" over each post: the
    # entry's time, a date line, not a line of the story
    paragraphs = _parse("live_posts_time_headers.html").body.split("\n\n")
    for time in ("14h31", "12h10", "09h02"):
        assert time not in paragraphs
    assert "Les écoles des îles fermées mercredi" in paragraphs
    assert paragraphs[-1] == "La vente à la criée de mercredi matin a elle aussi été annulée."


def test_a_live_entry_s_date_and_time_written_as_spans_is_no_paragraph() -> None:
    # "<div class="vc-live-stamp"><span>13 May 2025</span> <span>12:20</span></div>" over
    # each entry, without <time>: the entry's stamp, a date line like the others
    paragraphs = _parse("live_entries_date_time_spans.html").body.split("\n\n")
    assert not any(paragraph.startswith("13 May 2025") for paragraph in paragraphs)
    assert paragraphs[1] == "Trains running again on the coast line"
    assert paragraphs[-1].startswith("The environment agency's gauge at the town bridge")
    assert len(paragraphs) == 9


def test_a_live_feed_s_note_on_its_automatic_refreshing_is_no_paragraph() -> None:
    # "Relacja jest aktualizowana automatycznie" beside the feed's refresh button: the
    # page's control, not a line of the coverage
    paragraphs = _parse("live_feed_refresh_notice.html").body.split("\n\n")
    assert "Relacja jest aktualizowana automatycznie" not in paragraphs
    assert paragraphs[0] == "Strażacy wyjeżdżali ponad trzysta razy"
    assert len(paragraphs) == 6


def test_a_live_copy_keeps_its_first_timed_heading_and_drops_the_platform_disclaimer() -> None:
    html = (FIXTURES.parent / "metadata" / "contributor_network_live_copy.html").read_bytes()
    article = newsparse.parse(
        html,
        url="https://www.newsloop.example/pine-hollow-or/7712093-storm-knocks-out-power-to-thousands",
        registry=newsparse.Registry(),
    )
    paragraphs = article.body.split("\n\n")
    # a clock time and what happened then is an entry's heading, not a date line to drop
    assert "4:25 p.m.: Crews restore power to the west side" in paragraphs
    assert "1:50 p.m.: Schools to reopen Monday" in paragraphs
    assert "Opinions expressed by Newsloop contributors" not in article.body


def test_a_clock_time_heading_each_live_entry_is_no_paragraph() -> None:
    # "<div class="post"><time>11h15</time><h3>...": the French clock time over each
    # entry, though not its parent's whole text, is the entry's stamp
    paragraphs = _parse("live_entries_clock_time_heads.html").body.split("\n\n")
    for stamp in ("11h15", "09h40", "07h05"):
        assert stamp not in paragraphs
    assert paragraphs[0] == "Les ferries reprennent leurs rotations"
    assert paragraphs[-1].startswith("Selon la préfecture maritime")
    assert len(paragraphs) == 4


def test_a_live_entry_s_time_zone_and_yearless_date_in_spans_is_no_paragraph() -> None:
    # "<div class="sh-time"><span>16:10 (IST)</span><span>Apr 22</span></div>" over each
    # entry: a clock time, its zone and a date of no year run together, the entry's stamp
    paragraphs = _parse("live_entries_time_zone_date_spans.html").body.split("\n\n")
    assert not any("(IST)" in paragraph for paragraph in paragraphs)
    assert paragraphs[1] == "Water tankers sent to north Chennai"
    assert paragraphs[-1].startswith("The state disaster management authority")
    assert len(paragraphs) == 9


def test_a_live_label_the_heading_leaves_out_is_no_part_of_the_headline() -> None:
    # JSON-LD and og:title write "DIRECT. <title>", the <h1> the title alone: the <h1>
    article = _parse("live_entries_clock_time_heads.html")
    assert article.headline == (
        "Tempête sur la côte : les vents faiblissent, les ports rouvrent, suivez notre direct"
    )


def test_a_signature_block_under_the_headline_is_no_paragraph() -> None:
    # "<div class="cl-signature"><span>Rédaction du Courrier</span> - <span>Agence ...":
    # the byline block, not a line of the story
    body = _parse("live_entries_clock_time_heads.html").body
    assert "Rédaction du Courrier" not in body
    assert body.startswith("Les ferries reprennent leurs rotations")


def test_an_italian_live_page_drops_its_highlights_refresh_note_and_own_newsroom() -> None:
    # the "In evidenza" (highlighted) box of key points after the video's box and before the
    # story's first paragraph is its summary; "La diretta si aggiorna automaticamente" is
    # the feed's control; the JSON-LD author "Redazione Vallenews" is the site's own newsroom
    article = _parse("italian_live_feed_highlights.html")
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Una nevicata più abbondante del previsto")
    assert "In evidenza" not in paragraphs
    assert "Chiusi quattro passi dolomitici per rischio valanghe" not in article.body
    assert "La diretta si aggiorna automaticamente" not in article.body
    assert "Riaperto il passo Sella" in paragraphs
    assert article.authors == ()


def test_the_first_of_a_live_story_s_recurring_entry_stamps_stays_like_the_others() -> None:
    # ("<p class="update"><strong>Aggiornamento 09:15</strong></p>" opens the story and
    # recurs between its paragraphs: it heads the newest entry, it does not date the page)
    paragraphs = _parse("live_entry_stamps_as_paragraphs.html").body.split("\n\n")
    assert paragraphs[0] == "Aggiornamento 09:15"
    assert paragraphs[1].startswith("I tecnici dell'Anas hanno completato")
    assert [line for line in paragraphs if line.startswith("Aggiornamento")] == [
        "Aggiornamento 09:15",
        "Aggiornamento 07:50",
        "Aggiornamento 06:10",
    ]


def test_a_live_entry_s_stamp_of_glued_spans_and_a_badge_is_no_paragraph() -> None:
    # "<span class="time">14:35</span><span class="date">14 Jul 2025</span><span
    # class="badge">Key Event</span>" over each entry, no space between the spans: it reads
    # "14:3514 Jul 2025Key Event", still the entry's stamp
    paragraphs = _parse("live_entries_glued_stamp_spans.html").body.split("\n\n")
    assert not any(paragraph[:2].isdigit() for paragraph in paragraphs)
    assert "Temperature reaches 38C at Kelmscott weather station" in paragraphs
    assert paragraphs[-1].startswith("Water companies have urged customers")
    assert len(paragraphs) == 8


def test_a_live_page_s_first_entry_heading_with_a_figure_stays_though_unclassed() -> None:
    # "<div class="feed-entry-body"><h3>Council: 45 gritters out on the roads</h3><p>..."
    # opening the story: the first entry's heading, like the next ones, no date line
    paragraphs = _parse("live_entries_unclassed_headings.html").body.split("\n\n")
    assert paragraphs[0] == "Council: 45 gritters out on the roads"
    assert "Schools close in 12 villages" in paragraphs
    assert len(paragraphs) == 8


def test_a_match_s_scoreboard_over_the_live_posts_is_no_paragraph() -> None:
    # "<div class="scoreboard">" with the teams, the score, "FT" and the scorers: the
    # page's furniture over the live posts, not their text
    paragraphs = _parse("live_match_scoreboard.html").body.split("\n\n")
    assert paragraphs[0].startswith("Full time at Mill Road")
    assert "FT" not in paragraphs
    assert not any(paragraph.startswith("Mensah 12'") for paragraph in paragraphs)
    assert len(paragraphs) == 5


def test_an_entry_s_badge_beside_its_time_goes_with_the_time() -> None:
    # "<span class="entry-flag">Key event</span><a><time>14.40 BST</time></a><h2>...": the
    # entry's badge, set beside its stamp, is the stamp's, not a line of the story
    paragraphs = _parse("live_entries_badge_beside_time.html").body.split("\n\n")
    assert "Key event" not in paragraphs
    assert paragraphs[1] == "Wind turns flames towards outlying farms"
    assert "Sixty firefighters now at the scene" in paragraphs
    assert len(paragraphs) == 5


def test_an_entry_s_clock_time_and_badge_spans_are_its_stamp() -> None:
    # "<span>12:40</span><span>Última hora</span>" heading the entry: a stamp and its badge
    paragraphs = _parse("live_entries_clock_and_badge_spans.html").body.split("\n\n")
    assert not any(paragraph[:2].isdigit() for paragraph in paragraphs)
    assert paragraphs[0].startswith("Cortada la RM-15")
    assert len(paragraphs) == 6


def test_a_live_entry_s_contributor_block_is_its_byline() -> None:
    # "<div class="stream-post__contributor"><p>Imogen Castell</p><p>Reporting from
    # Portmere</p></div>" between an entry's heading and its text: a byline, no text
    paragraphs = _parse("live_entries_contributor_blocks.html").body.split("\n\n")
    for byline in ("Imogen Castell", "Reporting from Portmere", "Owen Tally"):
        assert byline not in paragraphs
    assert paragraphs[0] == "Passengers turned away at the terminal"
    assert paragraphs[1].startswith("About forty foot passengers")
    assert len(paragraphs) == 6


def test_a_get_in_touch_box_between_live_entries_is_no_text() -> None:
    # "<div class="feed-get-in-touch"><h3>Get in touch</h3><p>...</p><p>Email <a
    # href="mailto:...">": a reader call-out between the entries
    paragraphs = _parse("live_entries_get_in_touch_box.html").body.split("\n\n")
    assert "Get in touch" not in paragraphs
    assert not any("newsdesk@" in paragraph for paragraph in paragraphs)


def test_a_box_headed_as_a_call_out_with_a_phone_number_is_no_text() -> None:
    # "<div class="feed-panel"><h3>Tell us your story</h3><p>...</p><p>Call or text the
    # newsdesk on 0121 ...</p></div>": a call-out, its class naming nothing
    paragraphs = _parse("live_entries_get_in_touch_box.html").body.split("\n\n")
    assert "Tell us your story" not in paragraphs
    assert not any("0121 496 0733" in paragraph for paragraph in paragraphs)
    assert len(paragraphs) == 4
    assert paragraphs[-1].startswith("Head teachers at several secondary schools")
    assert len(paragraphs) == 4


def test_a_social_embed_s_quoted_post_is_no_share_bar() -> None:
    # "<div class="einbettung einbettung--social"><blockquote class="twitter-tweet">": the
    # wrapper's "social" names the embed, whose quoted post is part of the story
    paragraphs = _parse("live_ticker_social_embed.html").body.split("\n\n")
    assert any(paragraph.startswith("Wegen Sturms fallen heute") for paragraph in paragraphs)
    assert "Teilen" not in " ".join(paragraphs)
    assert paragraphs[-1].startswith("Wegen Böen von mehr als 100")


def test_a_post_s_opening_before_its_live_feed_opens_the_story() -> None:
    # "<div class="entry-content"><p>More than 14,000 runners ...</p><div
    # id="live-updates-container"><div class="live-updates-feed">": the feed scores best, but
    # the post's paragraph over it is the story's opening
    paragraphs = _parse("live_feed_after_opening_paragraph.html").body.split("\n\n")
    assert paragraphs[0].startswith("More than 14,000 runners set off")
    assert paragraphs[1].startswith("Course record falls.")
    assert paragraphs[-1].startswith("The elite field is away.")


def test_the_first_entry_s_heading_stays_beside_its_badge_and_time() -> None:
    # the story opening with an entry whose header sets a badge and its time beside its
    # heading ("<header><span>Key event</span><a><time>15.31 BST</time></a><h2>..."): the
    # header is no line of metadata, and the heading is the entry's like the others'
    paragraphs = _parse("live_first_entry_badge_beside_time.html").body.split("\n\n")
    assert paragraphs[0] == "Union and operators agree to resume talks"
    assert paragraphs[1].startswith("The drivers' union and the two train operators")
    assert "Key event" not in paragraphs
    assert "Bus operators add extra services" in paragraphs
    assert len(paragraphs) == 6
