"""Standfirsts beside the story's block: a paragraph that reads as the page's declared
description, before the block and outside it, is no paragraph of the story."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _generic_article(name: str, url: str | None) -> newsparse.Article:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry())


@pytest.mark.parametrize(
    ("name", "url", "first"),
    [
        # (a reading app's copy: the standfirst between the byline and the actions row)
        (
            "described_standfirst_beside_body.html",
            "https://www.readwell.example/news/the-hedgerows-came-back-first",
            "When Priya Lindqvist bought the farm in 2014",
        ),
        # (the description after a place stamp of its own, between the headline and the story)
        (
            "described_standfirst_with_stamp.html",
            "https://tintuc.example/da-nang-mo-them-tuyen-xe-buyt-ra-san-bay-100234.html",
            "Sở Giao thông vận tải thành phố cho biết",
        ),
    ],
)
def test_a_described_standfirst_before_the_story_s_block_stays_out(
    name: str, url: str, first: str
) -> None:
    body = _generic_article(name, url).body
    assert body.startswith(first)
    assert "She explains what worked" not in body
    assert "Từ ngày 1/7" not in body


@pytest.mark.parametrize(
    ("name", "url", "first", "standfirst", "last"),
    [
        # (the block after the article's <header> named as its intro by its component name)
        (
            "intro_block_after_article_header.html",
            "https://www.nordblatt.example/region/stromausfall-kassel-id_4471",
            "Gegen sechs Uhr fiel in den Stadtteilen",
            "Am Montagmorgen standen",
            "bei Bauarbeiten auf eine Leitung gestoßen.",
        ),
        # (a lead paragraph in the headline's own <header>, the story's sections flat beside it)
        (
            "lead_in_headline_header_flat_sections.html",
            "https://www.seezeitung.example/schweiz/holzbruecken-interview-ld.55120",
            "Frau Tobler, warum ausgerechnet Holz?",
            "Die Bauingenieurin Mirjam Tobler",
            "bringe immer ein Modell aus Holz an die Sitzungen mit.",
        ),
    ],
)
def test_a_lead_set_in_or_after_the_headline_s_header_stays_out(
    name: str, url: str, first: str, standfirst: str, last: str
) -> None:
    body = _generic_article(name, url).body
    assert body.startswith(first)
    assert standfirst not in body
    assert body.endswith(last)


@pytest.mark.parametrize(
    ("name", "url", "first", "standfirst"),
    [
        # (a Drupal field of its own between the lead picture and the body's field, its
        # text opening with the declared description, cut short there)
        (
            "drupal_lead_field_before_body.html",
            "https://www.tamorava.example/zpravy/po-zaplavach-se-do-litovle-vraci-zivot",
            "Před dvěma lety se řeka Morava",
            "Dva roky po záplavách",
        ),
        # (a reading app's intro component in the headline's header component)
        (
            "component_intro_in_headline_header.html",
            "https://reader.newsdesk.example/Ak3Qm9Ls2Pw-xYtR8vBnQa",
            "Every morning at six, Jelle Bakker",
            "On the mudflats of the Wadden Sea",
        ),
        # (a wrapper classed "publication-lead" opening the story's block, the headline, the
        # author card and the lead picture outside it)
        (
            "lead_wrapper_opening_story_block.html",
            "https://www.dniprovisti.example/ukr/news/plata-za-vodu-z-1-lypnya-1751200000.html",
            "Нові тарифи на централізоване водопостачання",
            "Дніпровісті пояснюють",
        ),
    ],
)
def test_a_lead_set_apart_reading_as_the_description_stays_out(
    name: str, url: str, first: str, standfirst: str
) -> None:
    body = _generic_article(name, url).body
    assert body.startswith(first)
    assert standfirst not in body


def test_a_box_of_points_opening_the_story_stays_whole_with_its_label() -> None:
    # (a class word that names a date elsewhere, "short-on-time", makes no byline block of
    # a box whose list items are the story's sentences: its label stays with them)
    body = _generic_article(
        "fact_check_time_short_box.html",
        "https://www.claimdesk.example/factchecks/2025/jun/02/social-posts/"
        "bus-fare-increase-did-not-double-costs/",
    ).body
    assert body.startswith(
        "If Your Time is short\n\nLakeport's single-ride bus fare rose from $2.00 to $2.25"
    )
    assert "We rate this claim False." in body


def test_a_deck_under_the_headline_in_the_story_s_block_stays_out() -> None:
    # (a student paper's theme: "deck", another spelling of "dek", between the headline and
    # the byline, the story's paragraphs in the same <article> as its header)
    body = _generic_article(
        "student_paper_story_deck.html",
        "https://mapleledger.example/41207/news/dining-hall-midnight-exam-weeks/",
    ).body
    assert body.startswith("Birch Commons will keep its doors open until midnight")
    assert "Student senate pushed for late hours" not in body


def test_a_css_module_deck_named_in_camel_case_stays_out() -> None:
    # (a CSS module's class, "StoryDek_root__R5xtV": its component's last hump names the
    # deck, as "story-dek" does)
    body = _generic_article(
        "css_module_camel_case_deck.html",
        "https://www.harborreview.example/ideas/archive/2025/03/lighthouse-keepers-logbooks/700412/",
    ).body
    assert body.startswith("For almost a century, the keepers of the light")
    assert "Their logbooks are still teaching us" not in body


def test_an_intro_and_an_author_profile_named_by_test_ids_stay_out() -> None:
    # (hashed class names, the components named by data-testid alone: the header's
    # "intro" is the standfirst, the "author-profile" after the story the writer's bio)
    body = _generic_article(
        "test_id_named_intro_and_author_profile.html",
        "https://www.harbourcourier.example/lifestyle/people/"
        "the-ferry-captain-who-still-knows-every-buoy-by-name-20250412-p5k2qd.html",
    ).body
    assert body.startswith("Lena Okoro was nineteen when she first took the wheel")
    assert "After 41 years on the inner-harbour run" not in body
    assert body.endswith("passengers are welcome to wave her off.")
    assert "is a features writer at" not in body


def test_a_bold_lead_paragraph_reading_as_the_description_stays_out() -> None:
    # (the story's block opens with "<p class="lead"><strong>...</strong></p>", its text the
    # declared description, the headline outside the block: the standfirst in bold)
    body = _generic_article(
        "bold_lead_reading_as_description.html",
        "https://hirkapu.example/gazdasag/2025/04/08/napelem-tetore-koltseg-megterules-elszamolas",
    ).body
    assert body.startswith("Egy átlagos családi házra szerelt")
    assert "Utánajártunk, mennyibe kerül" not in body


def test_a_deck_of_sentences_over_a_long_byline_block_stays_out() -> None:
    # (a Hindi portal's <h2> under the headline, classed like the story's own block, over a
    # byline block with the desk, the name and the date: sentences, no section's heading)
    body = _generic_article(
        "hindi_app_promo_after_story.html",
        "https://janprahari.example/desh/railway-tatkal-booking-new-time-2025-03-10",
    ).body
    assert body.startswith("रेल मंत्रालय ने सोमवार को तत्काल टिकट बुकिंग")
    assert "अगले महीने से तत्काल टिकट की बुकिंग दो चरणों में" not in body


def test_a_hindi_summary_box_past_the_byline_and_share_row_stays_out() -> None:
    # ("सार", summary: its list of points after the deck, the byline and the share row)
    body = _generic_article(
        "hindi_saar_points.html", "https://janprahari.example/shahar/indore-electric-bus-2025"
    ).body
    assert body.startswith("नगर परिवहन निगम ने शनिवार को शहर में")
    assert "सार" not in body.split("\n\n")
    assert "पहले चरण में पचास बसें" not in body


def test_the_in_detail_label_opening_the_story_after_its_summary_box_stays_out() -> None:
    # ("विस्तार", in detail: the label over the full text, after the "सार" box)
    html = (FIXTURES / "hindi_saar_points.html").read_text(encoding="utf-8")
    story = '<div class="story-body">\n'
    assert story in html
    html = html.replace(story, story + "    <h3>विस्तार</h3>\n", 1)
    body = newsparse.parse(
        html,
        url="https://janprahari.example/shahar/indore-electric-bus-2025",
        registry=newsparse.Registry(),
    ).body
    assert body.startswith("नगर परिवहन निगम ने शनिवार को शहर में")
    assert "विस्तार" not in body.split("\n\n")


def test_a_highlights_box_past_a_summary_block_stays_out() -> None:
    # (a paragraph in a block classed as the summary comes first: the story has not begun)
    body = _generic_article(
        "hindi_highlights_after_summary.html",
        "https://janprahari.example/shahar/indore-electric-bus-2025",
    ).body
    assert body.startswith("नगर परिवहन निगम ने शनिवार को शहर में")
    assert "HighLights" not in body
    assert "पहले चरण में पचास बसें" not in body


def test_a_lead_of_bare_text_between_the_picture_and_the_story_s_block_stays_out() -> None:
    # ("<div class="item-lead">" past the header and lead picture, opening with the description)
    body = _generic_article(
        "bare_text_lead_between_picture_and_body.html",
        "https://www.dnevniglas.example/komentari/clanak/48213/knjiznice-radno-vrijeme",
    ).body
    assert body.startswith("Prošlog sam tjedna pokušala vratiti tri posuđene knjige.")
    assert "Subotom popodne i nedjeljom" not in body


@pytest.mark.parametrize("split", [False, True])
def test_an_unclassed_deck_reading_as_the_description_over_the_byline_stays_out(
    split: bool,
) -> None:
    # (the deck a block of its own beside the story's, or inside the article read as its block)
    html = (FIXTURES / "unclassed_deck_over_byline.html").read_text(encoding="utf-8")
    if split:
        first_end = "northern coast.</p>"
        html = html.replace(
            first_end, first_end + '\n  </div>\n  <div class="w-full prose prose-lg">', 1
        )
    body = newsparse.parse(
        html,
        url="https://ledgerline.example/news/harbour-wind-staging-yard-bids",
        registry=newsparse.Registry(),
    ).body
    assert body.startswith("The harbour authority on Tuesday invited companies to bid")
    assert "The port wants a single operator" not in body
    assert body.endswith("weeks before the first turbine parts are due to arrive by sea.")


@pytest.mark.parametrize(
    "changes",
    [
        {},
        # (the class alone names the summary, a camelCase "quickTake", whatever its heading)
        {">Quick Take<": ">Before you read<"},
        # (the heading alone names it, whatever the box's class)
        {"quickTake": "box"},
        {"quickTake": "box", ">Quick Take<": ">TL;DR:<"},
        {"quickTake": "box", ">Quick Take<": ">What to know<"},
    ],
)
def test_a_quick_take_box_over_the_story_is_its_summary(changes: dict[str, str]) -> None:
    # "<div class="quickTake"><h5>Quick Take</h5><ul><li>..." between the share bar and the
    # lead picture, outside the story's block: its key points, not its text
    html = (FIXTURES / "markets_explainer_quick_take.html").read_text("utf-8")
    for old, new in changes.items():
        html = html.replace(old, new)
    url = "https://www.ledgerline.example/post/80412/tokenised-treasury-funds-explainer"
    body = newsparse.parse(html, url=url, registry=newsparse.Registry()).body
    assert body.startswith("Funds that hold short-dated government bills")
    assert "collateral that settles around the clock" not in body
    assert "Quick Take" not in body
    assert "For now, most issuers limit sales to qualified investors" in body


@pytest.mark.parametrize("wrap", [False, True])
def test_a_summary_block_after_the_headline_s_block_is_the_standfirst(wrap: bool) -> None:
    # "<div class="header"><h1>...</div><div class="summary"><p>...</p></div><p>...": the
    # story's paragraphs beside the summary in the article, or in a block of their own
    html = (FIXTURES / "summary_block_beside_story_paragraphs.html").read_text("utf-8")
    if wrap:
        html = html.replace("</div>\n <p>Más", "</div>\n <div class='text'><p>Más", 1)
        html = html.replace("</p>\n</article>", "</p></div>\n</article>", 1)
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("Más de trescientos voluntarios se reunieron")
    assert body[-1].startswith("La ciudad se comprometió a regar")
    assert len(body) == 4


@pytest.mark.parametrize("bold", [True, False])
def test_a_lead_paragraph_before_the_story_s_text_reading_as_the_description_stays_out(
    bold: bool,
) -> None:
    # "<p class="article-content__lead"><strong>...</strong></p>" before "<div
    # class="article-content__text">", its text the declared description: the standfirst
    html = (FIXTURES / "lead_paragraph_before_story_text.html").read_text("utf-8")
    if not bold:
        html = html.replace("<strong>A fast", "A fast").replace("Ozoliņš.</strong>", "Ozoliņš.")
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("Most of the debate about Rail Baltica")
    assert len(body) == 4


def test_a_lead_paragraph_before_the_story_s_text_not_reading_as_the_description_stays() -> None:
    html = (FIXTURES / "lead_paragraph_before_story_text.html").read_text("utf-8")
    html = html.replace('content="A fast line that stops', 'content="Where the trains stop', 1)
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("A fast line that stops nowhere people live")
    assert len(body) == 5


@pytest.mark.parametrize(
    ("name", "first", "count"),
    [
        # (named as the intro by a dotted component name, the description word for word, the
        # story's text after the header and the picture, split in two by an ad)
        ("bold_described_opening_after_header.html", "Mehrere Stadtwerke haben", 5),
        # (the description trimmed from the standfirst, an interview's bold questions after it)
        ("bold_near_described_opening.html", "Herr Brandt, der Umschlag", 6),
    ],
)
def test_a_bold_opening_paragraph_reading_as_the_description_stays_out(
    name: str, first: str, count: int
) -> None:
    body = _generic_article(name, None).body.split("\n\n")
    assert body[0].startswith(first)
    assert len(body) == count


def test_a_bold_opening_paragraph_not_reading_as_the_description_stays() -> None:
    html = (FIXTURES / "bold_near_described_opening.html").read_text("utf-8")
    description = (
        'content="Hamburgs Hafen verliert Ladung an Rotterdam: ein Gespräch über Flächen."'
    )
    html = html.replace('content="Der Containerumschlag', description + ' data-old="', 1)
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("Der Containerumschlag in Hamburg sinkt seit drei Jahren.")


def test_a_bold_opening_paragraph_the_description_cuts_short_stays() -> None:
    # (a description that only repeats or cuts short the story's first paragraph, as a CMS
    # excerpts it, marks no standfirst)
    html = (FIXTURES / "bold_near_described_opening.html").read_text("utf-8")
    cut = "Der Containerumschlag in Hamburg sinkt seit drei Jahren."
    html = html.replace('content="Der Containerumschlag', f'content="{cut}" data-old="', 1)
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith(cut)


def test_a_bold_lead_set_in_larger_type_reading_as_the_description_stays_out() -> None:
    # ("<p class="has-medium-font-size"><strong>...</strong></p>" opening a WordPress post's
    # content, its text the declared description: the standfirst, set larger than the story)
    body = _generic_article(
        "wp_opinion_large_bold_lead.html",
        "https://estuarycourier.example/opinion/ferry-timetable-cant-wait/",
    ).body
    assert body.startswith("Anyone who has stood on the north slipway")
    assert "Every delayed crossing costs" not in body


@pytest.mark.parametrize(
    ("style", "after", "dropped"),
    [
        ("font-size: 1.25em", "", True),
        ("font-size:22px", ' style="font-size:18px"', True),
        ("font-size:18px", ' style="font-size:18px"', False),
        ("font-size:22px", "", False),  # (the story's size unknown)
    ],
)
def test_a_bold_lead_styled_larger_than_the_story_stays_out(
    style: str, after: str, dropped: bool
) -> None:
    html = (FIXTURES / "wp_opinion_large_bold_lead.html").read_text(encoding="utf-8")
    html = html.replace('<p class="has-medium-font-size">', f'<p style="{style}">', 1)
    html = html.replace("<p>Anyone who", f"<p{after}>Anyone who", 1)
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert ("Every delayed crossing costs" not in body) is dropped
    assert "Anyone who has stood on the north slipway" in body


def test_a_bare_text_deck_reading_as_the_description_over_byline_lines_stays_out() -> None:
    # "<h1>...</h1><div class="mt-3 font-serif text-lg">...</div>" over a byline block of a
    # picture and two short lines ("<div><p><a>Name</a></p><p>date</p></div>"): the deck, its
    # text the page's declared description, whatever its classes
    body = _generic_article(
        "bare_text_deck_over_byline_lines.html",
        "https://www.suarapagi.example/kolom/sungai-yang-kita-lupakan-88120",
    ).body
    assert body.startswith("Kakek saya masih ingat ketika anak-anak")
    assert "Kini ia hanya menjadi saluran pembuangan" not in body
    assert "warga yang mau berhenti memunggungi airnya sendiri." in body


@pytest.mark.parametrize("tag", ["h2", "p"])
def test_a_subtitle_component_before_the_byline_and_photo_is_the_standfirst(tag: str) -> None:
    # a CMS's run of components: the headline's, a subtitle's, the byline's, the lead
    # picture's and share buttons' before the story's "<div class="component rich-text">"
    html = (FIXTURES / "subtitle_component_before_byline_and_photo.html").read_text("utf-8")
    html = html.replace('<h2 class="news-subtitle">', f'<{tag} class="news-subtitle">')
    html = html.replace("no topo.</h2>", f"no topo.</{tag}>")
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("A AD Andorinhas venceu este domingo em Matosinhos")
    assert not any("segunda parte de grande nível" in line for line in body)
    assert body[-1].startswith("A equipa volta a jogar no próximo sábado")


def test_an_intro_paragraph_closing_the_headline_s_own_block_is_the_standfirst() -> None:
    # "<div class="stage-text"><p class="date">...<h1>...</h1><p class="intro-text">...</div>",
    # the interview in text modules of its own after it
    article = _generic_article(
        "research_institute_interview.html",
        "https://www.iue.example/en/press/interviews/2025/urban-trees-heat.html",
    )
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0] == "Dr. Brenner, what is happening to the trees along our streets?"
    assert "Summers in Central Europe" not in article.body
    assert paragraphs[-1].startswith("Plan for the climate of 2075")


def test_a_lead_paragraph_with_the_story_after_it_in_the_headline_s_block_stays() -> None:
    # (the story's opening so classed has the story's next paragraphs after it)
    story = "<p>" + "The council voted to extend the tram line to the airport. " * 4 + "</p>"
    page = (
        "<html><body><article><h1>Tram extension</h1><p class='lead'>The line will open in "
        f"2028, the mayor said.</p>{story}{story}</article></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert body.startswith("The line will open in 2028")


def test_a_key_points_box_opening_the_first_text_block_is_its_summary() -> None:
    # "<div data-component="text-block"><div><div class="xcss-keypoints"><h2>Key points</h2>
    # <ul>..." past the byline, share bar and lead picture: the summary, not the story
    url = "https://www.harbourside.example/news/articles/k4d9ferry2"
    body = _generic_article("key_points_box_opening_first_text_block.html", url).body
    assert body.startswith("Passengers travelling to the Isle of Carran")
    assert "Key points" not in body
    assert "Weekday sailings to the island drop" not in body
    assert body.endswith("at its meeting later this month.")


def test_a_described_lead_under_the_headline_in_its_header_is_the_standfirst() -> None:
    # "<div class="article-top"><h1>...</h1><p class="lead">...</p><figure>...<div
    # class="byline">" over a live page's key points and feed: the header's standfirst
    url = "https://www.dalposten.example/nyheter/i/Xk4Tq9/jordskred-stenger-e6-ved-kvam"
    body = _generic_article("live_lead_in_header_over_key_points.html", url).body
    assert "Trafikken ledes om" not in body
    assert "Dette vet vi" not in body
    assert body.startswith("Statens vegvesen regner med")
    assert body.endswith("men ingen skal være skadet.")


def test_a_kicker_and_title_heading_and_the_described_block_in_the_intro_header_go() -> None:
    # no <h1>: "<header data-area="intro"><h2><span>Energie</span><span>:</span><span>
    # <title></span></h2><div class="RichText"><strong><description></strong></div>"
    url = "https://www.rheinbote.example/wirtschaft/fernwaerme-preise-stadtwerke-a-4410"
    body = _generic_article("intro_header_kicker_heading_no_h1.html", url).body
    assert body.startswith("Für rund 40.000 Haushalte")
    assert "Ab Januar zahlen" not in body
    assert body.endswith("eine Anmeldung ist nicht nötig.")


def test_a_summary_box_titled_by_a_line_opening_the_story_is_its_summary() -> None:
    # "<div class="gl-recap"><p class="gl-recap__title">Ce qu’il faut retenir</p><ul>..." as
    # the first child of the story's block, its headline in a header outside: the summary
    url = "https://www.gazettedulittoral.example/economie/port-de-sete-electrification-2025"
    body = _generic_article("summary_box_titled_line_fr.html", url).body
    assert body.startswith("Les travaux commenceront à l'automne")
    assert "retenir" not in body
    assert "Six postes à quai" not in body
    assert body.endswith("avant de s'engager.")


@pytest.mark.parametrize(
    ("box", "title"),
    [("bloc-essentiel", "Les faits"), ("info-box", "Das Wichtigste in Kürze")],
)
def test_a_summary_box_opening_the_story_s_block_by_its_class_or_title(
    box: str, title: str
) -> None:
    # (a French "essentiel" box, or a German box titled by its label line)
    story = "<p>" + "The council voted to extend the tram line to the airport. " * 4 + "</p>"
    page = (
        "<html><body><article><header><h1>Tram extension</h1></header><div class='text'>"
        f"<div class='{box}'><p>{title}</p><ul><li>The line opens in 2028.</li>"
        f"<li>It costs 300 million.</li></ul></div>{story}{story}</div></article></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert body.startswith("The council voted")
    assert "2028" not in body


def test_a_live_ticker_s_summary_box_titled_by_a_line_stays() -> None:
    # (a live page's summary of the latest is kept up as its entries are: the story's)
    story = "<p>" + "The river rose again overnight in the old town. " * 4 + "</p>"
    page = (
        "<html><body><article><header><h1>Flood ticker</h1></header><div class='text'>"
        "<div class='liveticker-box'><p>Das Wichtigste in Kürze</p><ul><li>The river reached "
        f"nine metres.</li><li>The rail line is closed.</li></ul></div>{story}{story}</div>"
        "</article></body></html>"
    )
    body = newsparse.parse(page, registry=newsparse.Registry()).body
    assert body.startswith("Das Wichtigste in Kürze")


def test_a_standfirst_named_by_its_component_attribute_goes_when_the_story_widens() -> None:
    # a DCR-like page under hashed classes: only data-gu-name="standfirst" names the summary
    # under the headline; the prose of the support appeal after the story's component widens
    # the story's block to the one holding the headline and the standfirst with it
    article = _generic_article(
        "dcr_standfirst_over_support_epic.html",
        "https://www.dailyledger.example/politics/2025/feb/11/councils-powers-cap-bus-fares-rural-routes",
    )
    body = article.body.split("\n\n")
    assert body[0].startswith("Councils in England will be given powers to cap fares")
    assert "Ministers say local transport authorities" not in article.body
    assert "Funding concerns" in body
    assert body[-1].startswith("The plans will go out to consultation in the spring")
    assert "small favour to ask" not in article.body
