"""Blocks in and beside a story's container: slideshows, name lists, link lines, lists, tables."""

from __future__ import annotations

from pathlib import Path

import newsparse
from newsparse.generic.prose import clause_commas

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def generic_body(name: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    article = newsparse.parse(html, url="https://example.com/story", registry=newsparse.Registry())
    return article.body.split("\n\n") if article.body else []


def test_inline_slideshow_larger_than_the_story_is_left_out() -> None:
    body = generic_body("story_with_inline_slideshow.html")
    assert len(body) == 7
    assert body[0].startswith("Most guests judge a hotel by its lobby")
    assert body[3].startswith("Remote controls and telephones")
    assert body[-1].startswith("Finally, they said, the minibar")
    assert not any("Port cranes" in paragraph or "/10" in paragraph for paragraph in body)


def test_comma_separated_list_of_names_is_neither_the_story_nor_part_of_it() -> None:
    body = generic_body("story_with_kudos_list.html")
    assert len(body) == 6
    assert body[0].startswith("The lighthouse keeper had not spoken")
    assert body[-1].endswith("the letter from the mainland that would change everything.")
    assert not any("kudos" in paragraph for paragraph in body)


def test_commas_between_list_items_are_not_clause_breaks() -> None:
    sentence = (
        "Ranchers, who had waited all summer for rain, sold their herds early, and prices fell."
    )
    assert clause_commas(len(sentence), sentence.count(",")) == 3
    names = "Mossreader, Amberwing, Foxwrites, Tidelight, Owlcat, Cedarmoon, Quillsong"
    assert clause_commas(len(names), names.count(",")) == 0
    # CJK text counts three times per character: short clauses are still clauses
    assert clause_commas(3 * 24, 3) == 3


def test_linked_point_of_a_prose_list_stays_but_a_list_of_links_goes() -> None:
    body = generic_body("weekly_update_lists.html")
    assert body[1:3] == [
        "Highlights",
        "Our year in review is out now!",
    ]
    assert "Autosave now waits until you stop typing" in body[5]
    # the sub-points of a point are links too, and stay with it
    assert body[6:9] == [
        "In progress:",
        "Bug 4410 – Split view loses its scroll position after a reload",
        "Bug 4433 – Add a setting for the autosave delay",
    ]
    assert body[-4].startswith("The team is now looking at memory use")
    # a list of bare addresses is the post's list of sources, and its heading heads it
    assert body[-3:] == [
        "Sources",
        "https://example.org/docs/plugin-loader.html",
        "https://example.org/bugs/4521",
    ]
    assert not any("Week 41" in paragraph or "roadmap" in paragraph for paragraph in body)


def test_a_paragraph_that_is_one_link_stays_unless_it_reads_as_a_promo() -> None:
    body = generic_body("story_with_link_lines.html")
    assert body[2] == "Download the full budget spreadsheet (CSV, 2 MB)"
    assert len(body) == 5
    text = "\n".join(body)
    assert "LIBRARY" not in text
    assert "Parking fees" not in text
    assert "Older post" not in text


def test_blocks_hidden_by_utility_classes_and_button_bars_are_not_read() -> None:
    body = generic_body("story_with_print_only_citation.html")
    assert len(body) == 4
    assert body[-1] == "Provided by the Institute for Space Studies"
    text = "\n".join(body)
    assert "Citation:" not in text
    assert "1,204" not in text
    assert "3,518" not in text
    assert "Save" not in text


def test_linked_cells_of_a_data_table_are_data() -> None:
    body = generic_body("story_with_data_table.html")
    # each row is one line, its cells joined by " | "
    assert body[2:6] == [
        "App | Full download | Patch size",
        "Trail Maps | 58.2 MB | 9.1 MB",
        "Pocket Ledger | 31.7 MB | 4.4 MB",
        "Birdsong Quiz | 112.9 MB | 20.3 MB",
    ]
    assert body[-1].startswith("On average a patch is about a sixth")


def test_an_author_bio_box_is_never_the_story_however_much_prose_it_holds() -> None:
    # Brightspot's <div class="AuthorBio"> at the end of the column's rich text: its
    # description is a long sentence of prose, which a mis-named section of the story would be
    body = generic_body("opinion_column_with_author_bio.html")
    assert body[-1].startswith("The council votes on the garage next month.")
    assert len(body) == 4
    assert not any("advisory committee" in line or "About the author" in line for line in body)


def test_an_obituary_guest_book_is_readers_comments() -> None:
    obituary = "".join(
        f"<p>{sentence} She taught music at the county high school for thirty-one years and "
        "directed the church choir until last spring.</p>"
        for sentence in ("Margaret Holloway died on Feb. 6.", "She was born in 1938.", "Peg.")
    )
    entries = "".join(
        f"<div class='guestbook-entry'><p>{text}</p><footer>{name}, Feb. 9, 2024</footer></div>"
        for text, name in (
            (
                "Mrs. Holloway gave me my first solo in the spring concert of 1979, and I have "
                "never forgotten how she believed in a nervous fourteen-year-old.",
                "Dana Pruitt",
            ),
            (
                "Rest in peace, Peg. The choir will not sound the same without you and your "
                "patience with all of us altos who never learned to count.",
                "Ruth Ames",
            ),
        )
    )
    html = (
        "<html><body><article class='node node--type-obituary'><h1>Margaret Holloway</h1>"
        f"<div class='field--name-body'>{obituary}</div>"
        f"<section class='guestbook'><h2>Guest Book</h2>{entries}</section>"
        "</article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n")[-1].startswith("Peg.")
    assert "first solo" not in body


def test_a_subscriber_story_s_free_preview_is_its_lede() -> None:
    # BLOX TownNews: the free lede paragraphs in "subscriber-preview", the rest in
    # "subscriber-only" (both in the HTML for subscribers)
    preview = (
        "<p>The county will move its extension office into the former library building on Elm "
        "Street this summer, the board of supervisors decided on Monday night.</p>"
    )
    rest = "".join(
        f"<p>{text} The move is expected to save the county about $38,000 a year in rent, "
        "supervisors said.</p>"
        for text in ("Second.", "Third.", "Fourth.")
    )
    html = (
        "<html><head><title>Extension office to move</title></head><body><div class='asset-content "
        "subscriber-premium'><div id='article-body' itemprop='articleBody' class='asset-body'>"
        f"<div class='subscriber-preview'>{preview}</div><div class='subscriber-only'>{rest}</div>"
        "</div></div></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert body[0].startswith("The county will move its extension office")
    assert len(body) == 4


def test_a_heading_closing_the_story_body_heads_its_list_not_the_story() -> None:
    # Newsquest: a "Recommended reading:" heading and its list end the articleBody block; the
    # block is the story, not another story previewed beside it
    body = generic_body("newsquest_story_closing_recommended_reading.html")
    assert body[0].startswith("The refit of the town's ferry terminal has been put back")
    assert body[-1].startswith("The board said it would hold a fresh round of consultation")
    assert len(body) == 5
    assert not any("Recommended reading" in paragraph for paragraph in body)


def test_a_gated_story_split_over_chunks_keeps_its_paragraphs_classed_paywall() -> None:
    # Condé Nast's Verso: every paragraph but the first is <p class="paywall">, and the story
    # is cut into body chunks with a newsletter unit between them
    paragraphs = [
        "At a little past midnight, in a corridor carved into the mountain, the technician "
        "checked the temperature on the panel, wrote it down and checked it again.",
        "She is one of four technicians who take turns watching the vault, which holds more "
        "than a million samples of seeds deposited by gene banks around the world.",
        "The vault was designed to survive almost anything, including the collapse of the "
        "institutions that built it, and its engineers trusted the permafrost to keep it cold.",
        "No seeds were damaged when meltwater reached the entrance, but the leak prompted a "
        "renovation that cost more than the original construction.",
        "Now the staff say that they take care of the mountain, rather than the other way "
        "around, and they check the tunnel after every warm spell.",
    ]

    def chunk(texts: list[str], first: bool = False) -> str:
        rows = [
            f"<p class='{'has-dropcap' if first and i == 0 else 'paywall'}'>{text}</p>"
            for i, text in enumerate(texts)
        ]
        return (
            "<div class='body body__container article__body'><div class='container--body'>"
            f"<div class='body__inner-container'>{''.join(rows)}</div></div></div>"
        )

    html = (
        "<html><head><title>The vault</title></head><body><article><header><h1>The vault</h1>"
        "</header><div class='ArticlePageChunks'>"
        + chunk(paragraphs[:3], first=True)
        + "<div class='consumer-marketing-unit'><div class='journey-unit'><h4>Sign up for our "
        "daily newsletter.</h4><p>Recommended stories, delivered every weekday.</p>"
        "<a href='/newsletter'>Sign up</a></div></div>"
        + chunk(paragraphs[3:])
        + "</div></article></body></html>"
    )
    article = newsparse.parse(html, registry=newsparse.Registry())
    assert article.body.split("\n\n") == paragraphs


# Teaser cards: a linked picture, a linked title and a blurb each.
_TEASERS = (
    ("Ferry to run overnight on weekends", "The harbour ferry will run two late-night "
     "crossings on Fridays and Saturdays from May, after years of complaints from hospitality "
     "workers stranded on the mainland."),
    ("Pier repairs finished ahead of schedule", "The north pier reopened on Saturday, three "
     "weeks early, after a winter of repairs that cost the council less than the budget set "
     "aside for the work."),
    ("Libraries to open on Sundays", "The county's libraries will open on Sundays from April, "
     "the first time in more than a decade that readers can borrow books at weekends."),
    ("School roof repairs completed", "Pupils at Harbour Primary returned to classrooms on "
     "Monday after the summer's roof repairs were finished a week before the start of term."),
)  # fmt: skip
_SHORT_STORY = (
    "The harbour authority approved the new breakwater on Monday after two years of public "
    "consultation and three revised designs.",
    "Work on the breakwater will start in the spring and is due to finish in 2027, the "
    "authority said.",
)


def test_a_grid_of_teasers_outweighing_a_short_story_beside_it_is_left_out() -> None:
    # no heading, no telling class: the grid's blurbs hold more prose than the story
    cards = "".join(
        f"<div class='item'><a href='/news/{n}'><img src='/i{n}.jpg' alt=''></a><h3><a "
        f"href='/news/{n}'>{title}</a></h3><p>{blurb}</p></div>"
        for n, (title, blurb) in enumerate(_TEASERS)
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in _SHORT_STORY)
    html = (
        "<html><head><title>Breakwater approved</title></head><body><main><article><h1>"
        f"Breakwater approved</h1>{paragraphs}</article><div class='grid'>{cards}</div></main>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == list(_SHORT_STORY)


def test_a_roundup_s_cards_in_the_story_s_own_article_are_the_story() -> None:
    # a shopping roundup's products, each a linked name and a blurb, after its introduction
    cards = "".join(
        f"<div class='product'><h3><a href='https://shop.example/{n}'>{title}</a></h3><p>"
        f"{blurb}</p></div>"
        for n, (title, blurb) in enumerate(_TEASERS)
    )
    html = (
        "<html><head><title>Our picks</title></head><body><main><article><h1>Our picks</h1>"
        f"<p>{_SHORT_STORY[0]}</p><div class='products'>{cards}</div></article></main>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert len(body) == 9
    assert body[1] == "Ferry to run overnight on weekends"


def test_a_long_most_read_list_beside_a_short_story_is_left_out() -> None:
    # seven teasers with long blurbs under "Most read", in a section of their own beside the
    # story's article; the story's two paragraphs are too short to score a block of their own
    items = "".join(
        f"<li><h3><a href='/news/{n}'>{title}</a></h3><p>{blurb} The council will publish its "
        "report on the work in the spring.</p></li>"
        for n, (title, blurb) in enumerate(_TEASERS * 2)
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in _SHORT_STORY)
    html = (
        "<html><head><title>Breakwater approved</title></head><body><main><article><h1>"
        f"Breakwater approved</h1>{paragraphs}</article><section><h2>Most read</h2><ul "
        f"class='list'>{items}</ul></section></main></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert body.split("\n\n") == list(_SHORT_STORY)


def test_a_review_s_verdict_card_before_the_story_does_not_widen_its_extent() -> None:
    body = generic_body("review_verdict_card_before_story.html")
    assert body[0].startswith("Halden made its name with manual grinders")
    assert body[-1].startswith("If noise is what keeps you from grinding fresh beans")
    assert not any(line in body for line in ("Pros", "Cons", "Slow with espresso settings"))
    assert not any("quietest we have tested" in paragraph for paragraph in body)


def test_a_description_closing_the_headline_s_header_goes_when_the_story_holds_it() -> None:
    body = generic_body("header_description_in_widened_story.html")
    assert len(body) == 6
    assert body[0].startswith("For eleven years, Morag Dunlop")
    assert not any("Two morning sailings are gone" in paragraph for paragraph in body)


def test_a_tables_header_row_goes_with_its_rows_of_links() -> None:
    html = (FIXTURES / "weekly_news_index_entries_table.html").read_bytes()
    article = newsparse.parse(
        html, url="https://kweekly.example.net/Articles/20417/", registry=newsparse.Registry()
    )
    body = article.body.split("\n\n")
    # (the index table's rows are links and go: its "Index entries" title row goes too)
    assert len(body) == 4
    assert body[-1].endswith("before the work goes any further.")
    assert "Index entries" not in article.body


def test_breadcrumb_standfirst_appeal_and_forum_around_a_story_stay_out_of_it() -> None:
    # a SPIP page: the headline's header, a breadcrumb repeating the headline, the standfirst
    # ("chapo"), a WhatsApp channel's box and the readers' forum ("forum-article") beside the
    # story's block ("texte"); their prose is no more of the story
    body = generic_body("spip_story_with_forum_beside_it.html")
    assert len(body) == 5
    assert body[0].startswith("Dans la cour de l’union des groupements")
    assert body[-1].startswith("La direction régionale du commerce prévoit")
