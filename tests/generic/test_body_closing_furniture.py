"""The page's furniture around a story's last lines: a sign-off written as lines of one
paragraph, a box of files to download and its note on the reader they need, an embedded
card's host line, a closing credit, an ad slot's size label, a blogger's appeal for likes,
another story's card set between paragraphs and a reference list's back-links."""

from __future__ import annotations

from pathlib import Path

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _body(relative: str, url: str) -> list[str]:
    page = (FIXTURES / relative).read_bytes()
    return newsparse.parse(page, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_notice_s_sign_off_lines_and_its_downloads_box_go() -> None:
    body = _body(
        "body/parish_council_notice_downloads.html",
        "http://www.ashcombe-pc.gov.uk/notices/mill_lane.html",
    )
    # the clerk's name, office and date on lines of one paragraph sign the notice; the box of
    # files and its "You will need the free Adobe Reader to view ..." note are the page's
    assert body[-1].endswith("has no say over how the work is carried out.")
    assert body[-2] == "Questions about the work"
    assert len(body) == 5
    assert not any("Adobe" in line or "Downloads" in line for line in body)


def _closing(paragraph: str) -> list[str]:
    story = (
        "<p>The village hall committee has agreed to replace the hall's heating before the "
        "winter, after two years of complaints from the groups that hire it.</p>"
        "<p>The new boiler will be paid for from the hall's reserves and a grant from the "
        "district council, and fitted during the summer closure in August.</p>"
    )
    html = (
        "<html><head><title>Hall heating to be replaced</title></head><body><div id='main'>"
        f"<h1>Hall heating to be replaced</h1>{story}{paragraph}</div></body></html>"
    )
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_a_sign_off_needs_a_name_an_office_and_a_date() -> None:
    signed = _closing("<p>Peter Lanyon<br>Hall Committee Secretary<br>3 March 2007</p>")
    assert len(signed) == 2
    # (an event's lines closing a story name no office: they stay)
    event = _closing("<p>Spring Concert<br>Ashcombe Village Hall<br>3 March 2007</p>")
    assert event[-1] == "Spring Concert\nAshcombe Village Hall\n3 March 2007"


def test_a_subhead_under_the_headline_is_a_standfirst_and_later_ones_are_sections() -> None:
    body = _body(
        "body/company_press_release_subhead.html",
        "http://www.harrowgate-pumps.co.uk/news/2007_09_leeds.htm",
    )
    # the headline's second deck, "<h2 class="subhead">" right under the <h1>, stays out;
    # a section's heading of the same class further down stays
    assert body[0].startswith("Harrowgate Pumps Ltd has opened a pump repair")
    assert "Jobs and training" in body
    assert body[-1] == "Harrowgate plans to open a second regional centre, in Bristol, during 2008."
    assert len(body) == 6


def test_a_short_subhead_under_the_headline_is_a_section_heading() -> None:
    paragraphs = (
        "<p>The district council has approved plans for forty homes on the former dairy site "
        "at the edge of the village, despite objections from the parish council.</p>"
        "<p>Building is expected to start next spring, once the site has been cleared and "
        "the access road from the main street widened.</p>"
    )
    html = (
        "<html><head><title>Dairy site homes approved</title></head><body><div id='main'>"
        "<h1>Dairy site homes approved</h1><h2 class='subhead'>The decision</h2>"
        f"{paragraphs}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0] == "The decision"


def test_a_blog_card_s_host_line_and_the_closing_credit_before_the_footnotes_go() -> None:
    body = _body(
        "body/hatena_style_interview_card_credit.html",
        "https://sakano-techo.hatenablog.example/entry/2024/10/02/080000",
    )
    # the card embedded as a frame between the answers shows its own title: the host line
    # the page writes after the frame is no line of the story
    assert "sakano-techo.hatenablog.example" not in body
    # the bracketed credit closing the interview before its footnotes is its byline; the
    # footnote stays
    assert not any("さかのみち" in line for line in body)
    assert body[-2].startswith("大川 あとは、朝早く開けることですね。")
    assert body[-1].startswith("*1:部品代を含めた修理代が")
    assert len(body) == 10


def test_a_credit_line_closing_a_story_is_a_byline() -> None:
    for credit in ("(Text and photos: Jo Lind)", "취재·사진: 김민수", "文・写真：山田花子"):
        assert _closing(f"<p>{credit}</p>")[-1].startswith("The new boiler")
    # (a label over a clip names no one: it stays)
    assert _closing("<p>Interview: How the hall was saved</p>")[-1] == (
        "Interview: How the hall was saved"
    )


def test_a_host_line_after_a_frame_between_paragraphs_goes() -> None:
    card = (
        "<p><iframe src='https://cards.example/embed?url=x' class='card'></iframe>"
        "<cite><a href='https://www.hallnews.example/2007/boiler'>hallnews.example</a></cite></p>"
        "<p>The committee will report on the work at its annual meeting in October, when "
        "the accounts for the year are presented.</p>"
    )
    body = _closing(card)
    assert "hallnews.example" not in body
    assert len(body) == 3


def test_a_blog_s_ad_slot_and_its_closing_appeal_for_likes_go() -> None:
    body = _body(
        "body/tistory_style_post_ad_slots_appeal.html", "https://evening-pages.tistory.example/88"
    )
    # the ad slot between paragraphs ("revenue_unit_wrap") with its size label, "728x90"
    assert "728x90" not in body
    assert body[2] == "대출과 반납은 어떻게?"
    # the blogger's appeal for comments, likes and subscriptions closing the post
    assert body[-1].startswith("도서관 측은 석 달 동안")
    assert len(body) == 6


def test_an_ad_slot_s_size_alone_on_a_line_is_a_label() -> None:
    slot = "<div class='slot-3'><div>300x250</div><ins data-unit='x'></ins></div>"
    story = (
        "<p>The village hall committee has agreed to replace the hall's heating before the "
        "winter, after two years of complaints from the groups that hire it.</p>"
    )
    html = (
        "<html><head><title>Hall heating</title></head><body><div id='main'><h1>Hall heating"
        f"</h1>{story}{slot}{story.replace('village', 'town')}</div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert "300x250" not in body
    assert len(body) == 2


def test_a_line_naming_one_reader_action_stays() -> None:
    # (a question for the readers' comments is no appeal for likes and follows)
    line = "<p>여러분은 도서관 야간 개방을 어떻게 생각하시나요? 댓글로 의견을 남겨 주세요.</p>"
    assert (
        _closing(line)[-1]
        == "여러분은 도서관 야간 개방을 어떻게 생각하시나요? 댓글로 의견을 남겨 주세요."
    )


def test_a_column_s_link_card_goes_and_its_references_stay_without_back_links() -> None:
    body = _body(
        "body/zhihu_style_column_link_card_references.html",
        "https://zhuanlan.zhihu.example/p/1811122233344455566",
    )
    # the link card standing as a block between the paragraphs is another story's card
    assert not any("兑碱的三个判断方法" in line for line in body)
    assert body[4] == "二、温度决定谁占上风"
    # each reference stays, the last one too, without the "^" leading back to its marker
    assert body[-3:] == [
        "参考",
        "陈明, 赵雪. 传统酸面团中乳酸菌多样性研究. 食品科学, 2021, 42(8).",
        "面团发酵温度与风味物质. 粮油食品科技.",
    ]


def test_a_deck_over_the_byline_and_a_series_card_under_the_headline_go() -> None:
    body = _body(
        "body/devblog_deck_and_series_card.html",
        "https://mira.example.dev/redis-cache-misses",
    )
    # the <h2> right under the <h1> heads no text of its own (the byline and date follow
    # it): the headline's deck; the card naming the post's series is metadata
    assert body[0].startswith("For most of last year our product pages")
    assert "Series" not in body
    assert "Keys that changed with every release" in body
    assert len(body) == 7


def test_a_long_heading_under_the_headline_over_its_section_s_text_stays() -> None:
    html = (
        "<html><head><title>Dairy site homes approved</title></head><body><div id='main'>"
        "<h1>Dairy site homes approved</h1>"
        "<h2>What the council decided about the former dairy site</h2>"
        "<p>The district council has approved plans for forty homes on the former dairy site "
        "at the edge of the village, despite objections from the parish council.</p>"
        "<p>Building is expected to start next spring, once the site has been cleared and "
        "the access road from the main street widened.</p></div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0] == "What the council decided about the former dairy site"


def test_a_wire_s_staff_credit_closing_the_story_stays() -> None:
    body = _body(
        "body/wire_story_staff_credit.html",
        "https://www.wiredesk.example/business/port-halvard-volumes-climb-2024-03-14/",
    )
    # "Reporting by A in Halvard; Additional reporting by B in Oslo; Editing by C", in the
    # wire's sign-off box, closes the story as the benchmarks' answers read it (a rule
    # dropping it lost more than it won on them)
    assert body[-2].startswith("Freight forwarders have warned")
    assert body[-1] == (
        "Reporting by Petra Lindqvist in Halvard; Additional reporting by Jonas Ek in Oslo; "
        "Editing by Mark Fellowes"
    )
    copied = _closing("<p>(Reporting by Jo Barr and Ed Lowe; Editing by Kim Patel)</p>")
    assert copied[-1] == "(Reporting by Jo Barr and Ed Lowe; Editing by Kim Patel)"


def test_a_key_points_box_opening_the_story_s_block_goes() -> None:
    body = _body(
        "body/markets_story_key_points_quotes.html",
        "https://www.marketdesk.example/2024/05/02/treasury-yields-edge-higher.html",
    )
    # the headline sits outside the story's block, which a "Key Points" box opens: the
    # box, its heading with it, is the summary over the story
    assert body[0].startswith("Treasury yields edged higher on Thursday")
    assert not any("Key Points" in line or "payrolls report" in line for line in body)
    assert len(body) == 4


def test_a_summary_s_label_heading_goes_with_its_list() -> None:
    body = _body(
        "body/analysis_post_summary_label.html",
        "https://investnotes.example/article/4410234-orrin-rail-freight-volumes-recover",
    )
    # "<div class="summary-title"><h2>Summary</h2></div>" labels the summary list after it
    assert body[0] == "Investment Thesis"
    assert "Summary" not in body
    assert not any("carloads grew 6%" in line for line in body)


def test_a_live_quote_widget_inside_a_sentence_goes() -> None:
    body = _body(
        "body/markets_story_key_points_quotes.html",
        "https://www.marketdesk.example/2024/05/02/treasury-yields-edge-higher.html",
    )
    # the quote's change and its "Add to watchlist" button after each linked name are the
    # widget's: the sentence keeps the names
    assert body[1] == (
        "The yield on the benchmark 10-year Treasury climbed about 2 basis points, while the "
        "rate-sensitive 2-year note was little changed."
    )
    # a quote's value in its own element inside the symbol's link
    html = (
        "<html><head><title>Snack maker cuts outlook</title></head><body><article><h1>Snack "
        "maker cuts outlook</h1><div class='article-body'><p>Shares of <a class='qt-chip' "
        "href='/investing/stock/orx'><span class='qt-chip__symbol'>ORX</span><bg-quote "
        "field='percentchange'>-4.20%</bg-quote></a> Orchard Snacks fell 4% on Tuesday after "
        "the company cut its sales forecast for the year.</p><p>The company said shoppers were "
        "buying fewer multipacks, and that it would close one of its three bakeries by the end "
        "of the year to cut costs.</p></div></article></body></html>"
    )
    first = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")[0]
    assert first.startswith("Shares of ORX Orchard Snacks fell 4% on Tuesday")
    # a name inside its link, classed as the widget's, is the sentence's
    linked = html.replace(
        "Orchard Snacks",
        "<span class='QuoteInBody-inlineButton'><a href='/quotes/US10Y'><span "
        "class='QuoteInBody-companyName'>10-year Treasury</span></a></span> yields and Orchard "
        "Snacks",
    )
    first = newsparse.parse(linked, registry=newsparse.Registry()).body.split("\n\n")[0]
    assert "ORX 10-year Treasury yields and Orchard Snacks fell" in first


def test_an_unlinked_aside_between_the_story_s_paragraphs_is_its_fact_box() -> None:
    body = _body(
        "body/opinion_column_fact_box_aside.html",
        "https://www.theledger.example/content/5b1e0c2a-opinion-council-solar",
    )
    # the <aside> holding a heading over a list of unlinked facts, between two paragraphs,
    # is the story's box of facts, whatever its class says; the one of links goes
    start = body.index("Council energy bets")
    assert body[start - 1].startswith("The logic is easy to follow.")
    assert body[start + 1 : start + 4] == [
        "£2.3bn: borrowed by councils for energy projects since 2018",
        "61: schemes run directly by a council",
        "1 in 4: projects earning less than forecast",
    ]
    assert body[start + 4].startswith("But a solar farm is a trading business")
    assert not any("More on this topic" in line or "Town halls" in line for line in body)


def test_a_trading_site_s_risk_disclosure_is_no_part_of_the_story() -> None:
    url = (
        "https://www.tradefloor.example/news/commodities-news/copper-climbs-two-month-high-2841177"
    )
    page = (FIXTURES / "body/trading_site_syndicated_risk_disclosure.html").read_bytes()
    article = newsparse.parse(page, url=url, registry=newsparse.Registry())
    body = article.body.split("\n\n")
    # the legal notice far under the story ("data-test="risk-disclosure"") does not pull the
    # story's block up to the page's column: its lines and the copy's note on where it first
    # ran stay out; the wire's staff credit closing the story's block stays
    assert body[-2].startswith("Aluminium rose 0.4% and zinc added 0.6%")
    assert body[-1].startswith("(Reporting by")
    assert len(body) == 7
    # the row of instruments the story names ("article-related-instruments") is no related
    # stories
    assert [link.url for link in article.related] == [
        "https://www.tradefloor.example/news/commodities-news/iron-ore-slips-on-china-demand-2840012",
        "https://www.tradefloor.example/news/commodities-news/gold-steadies-ahead-of-fed-2839520",
    ]


def test_a_poll_s_question_over_its_answers_closing_an_issue_goes() -> None:
    body = _body(
        "body/newsletter_issue_closing_poll.html",
        "https://www.kilowattweekly.example/p/heat-pumps-go-mainstream",
    )
    # the question and its answer links ("?poll=1", "?poll=2"...) are the platform's poll
    assert body[-1] == (
        "That's it for this week. Hit reply with your questions and I'll answer a few next Tuesday."
    )
    assert not any("What did you think" in line or "Not my thing" in line for line in body)


def test_a_forwarded_newsletter_s_note_opening_the_issue_goes() -> None:
    body = _body(
        "body/newsletter_email_forwarded_note.html",
        "https://buttondown.com/tidetable/archive/five-questions-lighthouse/",
    )
    # "If a friend forwarded this to you, <a>you can subscribe here</a>": the pitch, its
    # link last
    assert body[0].startswith("Elsie Marr grew up in the keeper's cottage")
    assert not any("forwarded this" in line for line in body)


def test_a_note_s_number_set_apart_from_its_text_is_kept_with_it() -> None:
    body = _body(
        "body/newsletter_post_numbered_footnotes.html",
        "https://crumbnotes.substack.example/p/the-slow-return-of-the-village-bakery",
    )
    # "<a href="#footnote-anchor-1">1</a><div><p>text</p></div>": "1 text", as "[3] text"
    assert body[-2:] == [
        "1 A fourth opened in the market town, but it sells mostly cakes.",
        "2 One of them calls this the bread subscription, which I find very funny.",
    ]


def test_a_closing_follow_the_page_appeal_and_the_disclaimer_before_it_go() -> None:
    # "Follow <a>The Harbour Ledger Opinion</a> on Facebook for the latest opinions ...": the
    # site's follow-us appeal, however long; the opinion disclaimer before it goes too
    paragraphs = _body(
        "body/opinion_follow_page_appeal.html",
        "https://www.harbourledger.example/opinion/views/news/rivers-dredging-3990001",
    )
    assert paragraphs[-1].startswith("None of this requires new money.")
    assert len(paragraphs) == 5


def test_a_broadcast_story_s_crew_credits_closing_it_go() -> None:
    # "촬영기자:<name>/영상편집:<name>·그래픽:<name>": camera, editing and graphics credits
    # joined by "/" and "·" on the story's last line, after the reporter's sign-off
    body = _body(
        "body/ko_broadcast_crew_credits.html",
        "https://news.hanbit-tv.example/news/view.do?ncd=7712045",
    )
    assert body[-1] == "한빛방송 뉴스 박지훈입니다."
    assert body[-2].startswith("지하차도와 저지대 주택가")
