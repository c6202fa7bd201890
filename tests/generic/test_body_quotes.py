"""Quotes set apart from the story's paragraphs: their attribution lines, and pull quotes that
repeat a paragraph's words."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "body"


def _paragraphs(name: str) -> list[str]:
    html = (FIXTURES / name).read_bytes()
    return newsparse.parse(html, registry=newsparse.Registry()).body.split("\n\n")


def test_a_quote_s_footer_and_a_quote_figure_s_caption_are_its_attribution() -> None:
    paragraphs = _paragraphs("university_release_quote_footers.html")
    quote = paragraphs.index(
        "“A pond the size of a tennis court, dug in a corner that never grew much anyway, can "
        "become one of the richest patches of wildlife on the whole farm within five years.”"
    )
    assert paragraphs[quote + 1] == "Dr Helena Brightwater, lead author"
    assert paragraphs[quote + 2].startswith("The researchers found that ponds dug")
    farmer = [index for index, text in enumerate(paragraphs) if text.startswith("“We used to")]
    assert len(farmer) == 1
    assert paragraphs[farmer[0] + 1] == "Owen Carrick, dairy farmer near Stoke Abbas"
    # (the page's own footer still goes)
    assert "Privacy" not in "\n".join(paragraphs)
    assert paragraphs[-1].startswith("The team now plans")


def test_a_pull_quote_a_paragraph_quotes_in_part_goes_with_its_name_line() -> None:
    paragraphs = _paragraphs("student_paper_pull_quotes.html")
    body = "\n".join(paragraphs)
    # (the paragraph quoting the same words stays, once)
    assert body.count("Every single one of those boxes ended up in a landfill") == 1
    assert paragraphs[2].startswith("“Every single one of those boxes ended up in a landfill, and")
    assert "— Marisol Tenberg" not in body
    assert "club president" not in body


def test_a_pull_quote_that_repeats_nothing_stays() -> None:
    paragraphs = _paragraphs("student_paper_pull_quotes.html")
    quote = paragraphs.index(
        "“If the racks fill up faster than we can wash them, we will add a second dishwasher "
        "shift.”"
    )
    assert paragraphs[quote + 1] == "Carl Weatherby, dining services director"


def test_a_pull_quote_joining_a_quote_a_speech_tag_splits_goes() -> None:
    # ("“We always trusted the wheel. Now we can say exactly how far.”" over "“We always
    # trusted the wheel,” she said. “Now we can say exactly how far.”": the same quote)
    paragraphs = _paragraphs("science_magazine_split_pull_quote.html")
    body = "\n".join(paragraphs)
    assert "“We always trusted the wheel. Now" not in body
    assert "Rhea Lund" not in paragraphs
    assert body.count("Now we can say exactly how far.") == 1
    assert len(paragraphs) == 6


@pytest.mark.parametrize("dash", ["—", "–", "-", "―"])
def test_a_pull_quote_goes_though_its_credit_line_is_the_longer(dash: str) -> None:
    # "<p class="pullquote-text">“Every single one of those boxes.”</p><p
    # class="pullquote-name">— Marisol Tenberg, president of the ...</p>": the quote is the
    # line the dash does not open, and a paragraph holds it
    html = (FIXTURES / "student_paper_pull_quotes.html").read_text("utf-8")
    page = html.replace(
        "“Every single one of those boxes ended up in a landfill.”</p>",
        "“Every single one of those boxes.”</p>",
    ).replace(
        '— Marisol Tenberg, <span class="pullquote-title">club president</span>',
        f"{dash} Marisol Tenberg, president of the Environmental Action Club",
    )
    paragraphs = newsparse.parse(page, registry=newsparse.Registry()).body.split("\n\n")
    assert "“Every single one of those boxes.”" not in paragraphs
    assert not any("Marisol Tenberg, president" in line for line in paragraphs)
    assert paragraphs[2].startswith("“Every single one of those boxes ended up in a landfill, and")
    assert "Carl Weatherby, dining services director" in paragraphs


def test_an_embedded_tweet_is_one_paragraph_its_words_then_its_attribution() -> None:
    paragraphs = _paragraphs("embedded_tweets_in_story.html")
    assert paragraphs[2] == (
        "All Ridgefield crossings are cancelled until further notice. Passengers holding "
        "tickets will be refunded in full. pic.twitter.com/ferry01 — Lakeshore Harbour "
        "Authority (@LakeshoreHarbour) March 11, 2025"
    )
    assert paragraphs[4] == (
        "Extra buses run from the ferry terminal to Harbor Street every 20 minutes from 6am "
        "while the pier is shut. — Ridgefield Transit (@RidgefieldBus) March 11, 2025"
    )
    assert len(paragraphs) == 6


def test_a_pull_quote_named_by_its_component_or_set_out_as_a_blockquote_goes() -> None:
    # ("<div data-component="pull-quote"><blockquote>", a Tailwind "<figure class="not-prose
    # ..."><blockquote>": each repeats a paragraph's words; the baker's creed in a blockquote
    # quotes what no paragraph repeats, and stays)
    paragraphs = _paragraphs("startup_profile_repeated_quotes.html")
    body = "\n".join(paragraphs)
    assert body.count("time is the first thing a spreadsheet wants to cut") == 1
    assert body.count("seeing their kids") == 1
    assert paragraphs[5].startswith("Bake what you would serve your own mother")
    assert len(paragraphs) == 8


def test_a_release_s_quote_box_before_its_dateline_goes_when_a_paragraph_repeats_it() -> None:
    # ("<div class="quote_block">“... grocery store. We decided ...”" over "“... grocery
    # store,” said Marcus Hale, director of operations at the food bank. “We decided ...”")
    paragraphs = _paragraphs("wire_release_quote_box_before_dateline.html")
    assert paragraphs[0].startswith("DUBUQUE, IA, UNITED STATES")
    assert "— Marcus Hale, Director of Operations" not in paragraphs
    assert len(paragraphs) == 5


def test_a_pull_quote_lifted_from_mid_sentence_and_capitalised_goes() -> None:
    # ("<figure class="wp-block-pullquote"><blockquote><p>That may be true of loans, ...</p>
    # <cite>Name</cite>" beside "... of the week, and that may be true of loans, ...": the
    # same words, set out with a capital); the one that repeats nothing stays, with its cite
    paragraphs = _paragraphs("wordpress_blog_midsentence_pullquote.html")
    body = "\n".join(paragraphs)
    assert body.count("may be true of loans") == 1
    assert "Renée Moreau" not in paragraphs
    assert paragraphs[3].startswith("If the board wants to save money")
    assert paragraphs[4:6] == [
        "A library is the last warm room in town that asks nothing of you.",
        "A reader at the Sunday desk",
    ]
    assert len(paragraphs) == 7


def test_a_quote_box_repeating_the_paragraph_before_it_goes_one_quoting_anew_stays() -> None:
    # ("<div class="quote-module"><blockquote class="quote-text">“Teníamos que decir que no a
    # uno de cada cuatro barcos ...”</blockquote><span class="quote-author">...</span></div>"
    # right after the paragraph that says it, cut short): a pull quote; the neighbours' box
    # whose words no paragraph holds is a quote of its own and stays
    paragraphs = _paragraphs("spanish_daily_quote_module.html")
    body = "\n".join(paragraphs)
    assert body.count("que decir que no a uno de cada cuatro barcos") == 1
    assert "Presidenta de la autoridad portuaria" not in paragraphs
    assert paragraphs[3].startswith("Los comerciantes del centro")
    assert paragraphs[4] == (
        "“El turismo de cruceros deja poco dinero en la ciudad y mucho tráfico en el puerto”"
    )
    assert paragraphs[-1].startswith("El ayuntamiento estudia")
