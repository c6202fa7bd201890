"""Lifestyle publishers' pages: a recipe post's card, whose ingredients and steps are the
story and whose detail rows and nutrition facts are its metadata; a listicle of readers'
answers, each signed with a dash and a name; a travel guide's booking widget credit and its
closing appeal to pin the post; a how-to's boxes under its steps (about the article, readers'
success stories, a call for tips, a Q&A answer's byline and vote), and its references; a
health explainer's blurb on its sourcing over its list of sources; a product's box (a name,
a price, a sponsored button) closing a magazine's interview."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.generic.body_cues import EDITORIAL_PROCESS_HINT, EDITORIAL_PROCESS_PHRASES

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _body(name: str, url: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, url=url, registry=newsparse.Registry()).body.split("\n\n")


def test_a_recipe_card_keeps_its_lists_and_drops_its_detail_rows_and_nutrition() -> None:
    body = _body(
        "recipe_post_with_recipe_card.html",
        "https://www.pantryandpine.example/smoky-black-bean-soup/",
    )
    card = body[body.index("Equipment") :]
    assert card == [
        "Equipment",
        # (a shop's link that is an item of the list, beside an item of plain text)
        "Enameled Dutch oven",
        "Immersion blender",
        "Ingredients",
        "1 pound dried black beans soaked overnight",
        "1 yellow onion diced",
        "1 chipotle pepper in adobo minced",
        "2 teaspoons smoked paprika",
        "6 cups vegetable stock",
        "Instructions",
        "Soften the onion in a little oil over medium heat for eight minutes.",
        "Stir in the chipotle and paprika, then add the drained beans and the stock.",
        "Simmer, partly covered, until the beans are tender, about one hour. Blend half the "
        "soup and stir it back in.",
        "Notes",
        "The soup thickens as it cools; loosen leftovers with a splash of stock.",
    ]
    # (the card's label-and-value rows, wherever its template sets them)
    assert not any(line.startswith(("Servings", "Calories", "Prep Time")) for line in body)
    assert body[0].startswith("This is the soup I make on the first cold Sunday")


def test_a_readers_answer_keeps_its_linked_signature() -> None:
    body = _body(
        "community_listicle_reader_tips.html",
        "https://www.crumbfeed.example/tomasreyes/cheap-kitchen-tricks",
    )
    assert [line for line in body if line.startswith("—")] == [
        "—breadheadbex",
        "—Anonymous",
        "—kitchen.kat",  # (the last answer's, after the story's last long paragraph)
    ]
    assert body[-1] == "Answers have been edited for length and clarity."
    assert (
        body.index("—breadheadbex") == body.index("2. Regrow green onions on the windowsill.") - 1
    )


_PARAGRAPH = (
    "<p>The council will vote on the new parking rules next month, after a consultation that "
    "drew more than four hundred replies from residents and shop owners.</p>"
)


@pytest.mark.parametrize(
    "line",
    [
        # (no paragraph before it: a link alone)
        "<div class='promo'><p>—<a href='/parking'>Parking</a></p></div>",
        # (not its wrapper's last line: a paragraph follows it)
        f"<div>{_PARAGRAPH}<p>—<a href='/parking'>Parking</a></p><p>More to come.</p></div>",
    ],
)
def test_a_dash_and_a_link_that_closes_no_quote_stays_out(line: str) -> None:
    html = (
        "<html><head><title>Parking rules</title></head><body><article><h1>Parking rules</h1>"
        f"<div class='article-body'>{_PARAGRAPH}{_PARAGRAPH}{line}{_PARAGRAPH}</div></article>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert "—Parking" not in body
    assert len(body) >= 3


def test_a_widget_s_vendor_credit_and_a_closing_pin_it_appeal_go() -> None:
    body = _body(
        "travel_guide_booking_widget.html", "https://www.fieldandferry.example/ghent-two-days/"
    )
    assert not any("Powered by" in line or "pin it" in line for line in body)
    assert body[-1].startswith("Ghent has plenty of quiet corners")
    assert body.index("Day two: markets and museums") == body.index("Tours worth booking") + 2


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Like this recipe? Pin it!", False),
        ("Bookmark this post for later", False),
        # (a sentence of the story's, however it ends)
        ("Nobody could pin it on him.", True),
    ],
)
def test_a_closing_line_that_asks_to_save_the_post_goes(line: str, kept: bool) -> None:
    html = (
        "<html><head><title>Parking rules</title></head><body><article><h1>Parking rules</h1>"
        f"<div class='article-body'>{_PARAGRAPH}{_PARAGRAPH}<p>{line}</p></div></article>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert (body[-1] == line) is kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("<span>Powered by <a href='https://vendor.example/'>Vendor</a></span>", False),
        # (no vendor's link: a line of the story's)
        ("Powered by solar panels", True),
    ],
)
def test_a_vendor_s_credit_between_paragraphs_goes(line: str, kept: bool) -> None:
    html = (
        "<html><head><title>Parking rules</title></head><body><article><h1>Parking rules</h1>"
        f"<div class='article-body'>{_PARAGRAPH}<div>{line}</div>{_PARAGRAPH}</div></article>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert (len(body) == 3) is kept


def test_a_how_to_keeps_its_steps_answers_tips_and_references_without_the_site_s_boxes() -> None:
    body = _body(
        "howto_steps_with_reader_boxes.html",
        "https://www.handyhow.example/Descale-an-Electric-Kettle",
    )
    # (the references' back links, "^", are a sign the body may or may not show)
    assert [line.removeprefix("^ ") for line in body[body.index("Expert Q&A") :]] == [
        "Expert Q&A",
        "How often should I descale my kettle?",
        # (not the answer's byline, "Appliance Repair Specialist", nor its vote's thanks)
        "In a hard-water area, once a month keeps the element clean. In soft-water areas every "
        "three or four months is usually enough, or whenever you see white flakes floating in "
        "the water.",
        "Tips",
        "A cut lemon left in the water during the boil works as a milder descaler for light scale.",
        "Wipe the outside with a damp cloth while the solution stands, never immerse the base.",
        "References",
        "Rosa Lind. Appliance Repair Specialist. Expert Interview. 4 June 2024.",
        # (a bare address after its back link's mark, the story's last line)
        "https://water.example.gov/hard-water-scale",
    ]


def test_a_site_s_sourcing_blurb_over_the_sources_goes_and_the_sources_stay() -> None:
    body = _body(
        "health_explainer_sources_blurb.html",
        "https://www.wellspringhealth.example/cold-brew-stomach-8812345",
    )
    assert not any("sourcing guidelines" in line for line in body)
    assert body[-3:] == [
        "Sources",
        "Rao NZ, Fuller M. Acidity and antioxidant activity of cold brew coffee. Sci Rep. "
        "2018;8:16030.",
        "American College of Gastroenterology. Acid reflux: what you eat and drink matters. "
        "Patient information sheet, 2023.",
    ]


def test_each_sourcing_phrase_holds_the_word_looked_for_first() -> None:
    assert all(EDITORIAL_PROCESS_HINT in phrase for phrase in EDITORIAL_PROCESS_PHRASES)


def test_a_product_box_around_a_sponsored_button_goes_whole() -> None:
    body = _body(
        "music_interview_buy_box.html",
        "https://www.loudwireweekly.example/music/features/juno-marsh-lighthouse-interview-1044211/",
    )
    assert body[-1].startswith("Small rooms only.")
    assert not any("Lamplight" in line or "$27.50" in line for line in body)


def test_a_product_box_around_a_wrapped_button_block_goes_whole() -> None:
    # Gutenberg's button block wraps the sponsored link twice ("wp-block-buttons" >
    # "wp-block-button" > <a>): the box's name and price go with it
    body = _body(
        "gutenberg_product_box_button_block.html",
        "https://www.benchside.example/reviews/kettlewood-smart-scale-review/",
    )
    assert "Kettlewood Smart Scale" not in body
    assert "$59.95" not in body
    assert body[2] == "Weighing up the hardware"
    assert len(body) == 6


def test_a_product_card_whose_button_carries_the_price_goes_whole() -> None:
    # a card of a picture, the product's name and "$1,899 at Tidepool": the name goes; a
    # sentence over such a button is no product's name and stays
    body = _body(
        "product_card_name_and_price_button.html",
        "https://www.therelay.example/transport/401122/tidepool-fold-e-bike-hands-on",
    )
    assert "Tidepool Fold (2025)" not in body
    assert body[2].startswith("The motor sits in the rear hub")
    assert "Read our earlier ride." in body
    assert not any("at Tidepool" in line for line in body)


def test_a_buying_guide_s_card_with_its_review_keeps_the_review() -> None:
    review = (
        "The cushioning is soft without feeling vague, and after two hundred miles the outsole "
        "shows almost no wear; the toe box runs narrow, so size up if you have wide feet."
    )
    card = (
        "<div class='product-card'><h3>Trail Runner 5</h3><p>$129.95</p>"
        f"<p>{review}</p><a rel='sponsored' href='https://shop.example/tr5'>Buy at Shop</a></div>"
    )
    html = (
        "<html><head><title>Best trail shoes</title></head><body><article><h1>Best trail "
        f"shoes</h1><div class='article-body'>{_PARAGRAPH}{card}{_PARAGRAPH}</div></article>"
        "</body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    assert "Trail Runner 5" in body
    assert review in body


def test_a_podcast_player_s_label_and_a_q_and_a_box_s_labels_are_no_lines() -> None:
    html = (FIXTURES / "howto_podcast_label_qa_box.html").read_bytes()
    body = newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")
    # "Listen to our podcast!" over the player's frame is the player's label
    assert "Listen to our podcast!" not in body
    # the box's "Question" and "Answer" labels go, the question and its answer stay
    assert "Question" not in body
    assert "Answer" not in body
    assert body[-2] == "Should I fertilise my peace lily right after repotting it?"
    assert body[-1].startswith("No. Fresh compost holds enough food")


def test_a_booking_card_with_a_nightly_rate_goes_whole() -> None:
    # a hotel's card between a travel guide's paragraphs, classed by no known word: its name,
    # "From €41 per night" and a sponsored "Check availability" button
    body = _body(
        "travel_guide_booking_cards.html",
        "https://www.wayfarernotes.example/articles/tallinn-on-a-budget",
    )
    assert not any("Kalamaja Loft" in line or "per night" in line for line in body)
    assert body[4].startswith("If you would rather cook, the market hall")


def test_a_listing_card_with_an_outbound_nofollow_button_goes_whole() -> None:
    # a home tour's listing card: an address, a price, a details line and "See the listing",
    # a nofollow link to a listing site
    body = _body(
        "home_tour_listing_card.html",
        "https://www.stoopweekly.example/2025/04/astoria-studio-for-sale.html",
    )
    assert body[3].startswith("The best money I spent was on the windows.")
    assert body[4] == "What will you miss?"
    assert not any("$439,000" in line or "See the listing" in line for line in body)
    assert len(body) == 7


def test_a_box_of_a_newsletter_pitch_and_booking_links_goes_whole() -> None:
    # "Plan your trip" over "... sent straight to your inbox with our weekly newsletter." and
    # a list of booking links: the heading and the pitch go with the links
    body = _body(
        "travel_guide_booking_cards.html",
        "https://www.wayfarernotes.example/articles/tallinn-on-a-budget",
    )
    assert "Plan your trip" not in body
    assert not any("inbox" in line for line in body)
    assert body[-2].startswith("The tram to Kadriorg")
    assert body[-1].startswith("Whatever the season, pack a warm layer")


def test_a_newsletter_pitch_among_paragraphs_of_the_story_stays() -> None:
    pitch = (
        "<div><h3>Our reporting</h3><p>The council's answers will be in your inbox next week, "
        "the clerk said.</p><p>The vote is set for June 3, when the full council meets again in "
        "the old courthouse on Main Street.</p></div>"
    )
    html = (
        "<html><head><title>Council vote</title></head><body><article><h1>Council vote</h1>"
        f"<div class='article-body'>{_PARAGRAPH}{pitch}{_PARAGRAPH}</div></article></body></html>"
    )
    body = newsparse.parse(html, registry=newsparse.Registry()).body
    assert "in your inbox next week" in body
