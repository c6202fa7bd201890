"""Text units, their measures and the candidate scores of the blocks holding them."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsparse.generic.body_prune import is_negative
from newsparse.generic.scoring import class_weight, effective_length, score_tree
from newsparse.generic.text import paragraphs_of
from newsparse.page import Page


def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_cjk_characters_weigh_three_times_latin_ones() -> None:
    assert effective_length("abc") == 3
    assert effective_length("公交车") == 9
    assert effective_length("A公") == 4


def test_class_and_id_cues() -> None:
    root = tree(
        "<html><body><div id='a' class='entry-content'></div><div id='b' class='comment-list'>"
        "</div><div id='c' class='entry-meta byline'></div>"
        "<div id='sharing-with-a-single-developer'></div></body></html>"
    )
    weights = {element.get("id"): class_weight(element) for element in root.iter("div")}
    # an id made from a heading's words says nothing about the block's role
    assert weights == {"a": 1, "b": -1, "c": 0, "sharing-with-a-single-developer": 0}


def test_nested_units_keep_only_their_own_text_and_links_count_once() -> None:
    root = tree(
        "<html><body><div id='outer'>Lead text of the story here."
        "<p>A paragraph with <a href='/x'>a link inside</a> and more words after it.</p>"
        "</div></body></html>"
    )
    scores = score_tree(root)
    outer = root.get_element_by_id("outer")
    paragraph = root.find(".//p")
    assert scores.unit_of[outer].length == len("Lead text of the story here.")
    assert scores.unit_of[outer].encloses_units
    assert scores.unit_of[paragraph].link_length == len("a link inside")
    assert (
        scores.text_length[outer] == scores.unit_of[outer].length + scores.unit_of[paragraph].length
    )


def test_deeply_nested_text_containers_are_read_in_linear_time() -> None:
    # Each unit reads the text below it: 1,500 nested <div>s holding 500 characters each
    # would make the units read 560 million characters. Past a budget, units read only
    # their own text, and every level's text is still a unit's.
    level = "word " * 100
    root = Page.from_input("<html><body>" + f"<div>{level}" * 1500 + "</body></html>").tree
    assert len(root.findall(".//div")) > 1000  # (the parser keeps nesting this deep)
    scores = score_tree(root)
    page_text = len(root.text_content())
    assert sum(len(unit.text) for unit in scores.units) < 10 * page_text
    assert len(scores.units) == len(root.findall(".//div"))
    assert all(unit.length > 0 for unit in scores.units)


def test_script_text_does_not_count_as_prose() -> None:
    root = tree(
        "<html><body><div id='w'>Weather<script>var a = [1, 2, 3, 4, 5, 6, 7, 8, 9];"
        "</script></div></body></html>"
    )
    scores = score_tree(root)
    assert scores.unit_of[root.get_element_by_id("w")].length == len("Weather")


def test_units_inside_noscript_are_ignored() -> None:
    root = tree(
        "<html><body><noscript><p>Please enable JavaScript to view this site, it needs it "
        "badly.</p></noscript></body></html>"
    )
    assert score_tree(root).units == []


def test_teaser_inside_a_link_is_all_link_text() -> None:
    root = tree(
        "<html><body><a href='/s'><div class='card'><p>A teaser summary that reads like a "
        "sentence, with commas, and length.</p></div></a></body></html>"
    )
    unit = score_tree(root).unit_of[root.find(".//p")]
    assert unit.link_density == 1.0


def test_paragraphs_of_skips_elements_but_keeps_their_tail() -> None:
    root = lxml.html.fragment_fromstring(
        "<div>First line<br><br>Second line <span class='ad'>BUY NOW</span>continues"
        "<p>Own paragraph</p><script>ignored()</script></div>"
    )
    ad = root.find(".//span")
    assert paragraphs_of(root, {ad}) == ["First line", "Second line continues", "Own paragraph"]


def test_paragraphs_of_takes_the_scorings_texts_only_for_inline_blocks() -> None:
    root = lxml.html.fragment_fromstring(
        "<div><p>One <em>inline</em>\n paragraph</p><p>Broken<br>line</p>"
        "<p>With <!-- a note -->\ncomment</p><pre>kept\n  as is</pre>"
        "<p>Skipped <span class='ad'>ad</span> part</p></div>"
    )
    ad = root.find(".//span")
    texts = {element: " ".join(element.text_content().split()) for element in root.iter("*")}
    assert paragraphs_of(root, {ad}, texts) == paragraphs_of(root, {ad})
    # (a block of inline text is taken from ``texts``: they are the scoring's own reading)
    texts[root[0]] = "From the scoring"
    assert paragraphs_of(root, {ad}, texts)[0] == "From the scoring"


def test_a_wrapper_around_one_paragraph_is_not_a_block_of_its_own() -> None:
    # each paragraph in its own <div> (a React site's CSS-module components): the story's
    # scores go to the block holding the wrappers, which then outscores the long caption
    # that sits alone in its own wrapper above the headline
    path = Path(__file__).resolve().parents[2] / "fixtures" / "body"
    root = tree((path / "css_modules_one_block_per_paragraph.html").read_text("utf-8"))
    scores = score_tree(root)
    best = scores.best_candidate()
    assert best is not None and best.get("class") == "Body_blocks__mN4t7"
    wrappers = [div for div in root.iter("div") if div.get("class") == "Paragraph_wrap__3x9Qa"]
    assert len(wrappers) == 4 and not any(div in scores.raw_score for div in wrappers)


def test_divs_holding_only_text_score_their_block_like_paragraphs() -> None:
    # the Blogger editor writes each paragraph as a <div>: their scores go to the post body,
    # which then outscores the long picture caption in the table above them
    path = Path(__file__).resolve().parents[2] / "fixtures" / "body"
    root = tree((path / "blogger_div_paragraphs.html").read_text("utf-8"))
    best = score_tree(root).best_candidate()
    assert best is not None and best.get("class") == "post-body"


def test_a_cell_of_br_separated_paragraphs_weighs_as_a_block_of_paragraphs() -> None:
    # an old table layout: the story is one <td> whose paragraphs are split by <br><br>
    # (inside a <font>), beside a column of eight teasers with summaries
    path = Path(__file__).resolve().parents[2] / "fixtures" / "body"
    root = tree((path / "table_layout_br_story.html").read_text("utf-8"))
    scores = score_tree(root)
    story = next(cell for cell in root.iter("td") if cell.get("width") == "640")
    # the head's lines (headline, byline, date) and five paragraphs: six blocks of text
    assert scores.unit_of[story].paragraphs == 6
    assert scores.best_candidate() is story
    address = tree(
        "<html><body><div>Harbour Office<br><br>1 Quay Street<br><br>Portsmouth"
        "<br><br>PO1 2AB<br><br>Open Monday to Friday</div></body></html>"
    )
    # lines far shorter than paragraphs are an address's, not a story's
    assert [unit.paragraphs for unit in score_tree(address).units] == [1]


def test_a_wrapper_holding_most_of_the_page_is_not_boilerplate_whatever_its_class() -> None:
    # the page's content sits in <div class="page-wrap js-ad-section"> (an ad-insertion
    # marker): the story's paragraphs inside it are still prose, so the blocks holding them
    # are measured as such (climbing and pruning read these figures)
    path = Path(__file__).resolve().parents[2] / "fixtures" / "body"
    root = tree((path / "live_blog_in_ad_section.html").read_text("utf-8"))
    scores = score_tree(root)
    wrapper = next(div for div in root.iter("div") if "js-ad-section" in div.get("class", ""))
    story = next(div for div in root.iter("div") if div.get("class") == "story-body")
    assert class_weight(wrapper) < 0
    assert not scores.in_boilerplate(story)
    assert scores.prose_length[story] >= 700
    # a block whose class says boilerplate and that holds little of the page still is
    rail = next(root.iter("aside"))
    assert scores.in_boilerplate(rail)


def test_links_inside_sentences_are_told_from_titles_and_menu_items() -> None:
    root = tree(
        "<html><body><div id='story'>"
        "<p id='prose'>The council approved the <a href='/a'>harbour budget</a> on Monday, "
        "and the <a href='/b'>mayor</a> said work would start in June.</p>"
        "<ul><li id='teaser'><a href='/c'>Bus lanes on the ring road</a> <span>Nov 12</span>"
        "</li></ul><p id='more'>Read more: <a href='/d'>The harbour budget in full</a></p>"
        "<p id='names'><a href='/u/1'>Willowcat</a>, <a href='/u/2'>Pixelwrites</a>, "
        "<a href='/u/3'>Amber_dreams</a>, <a href='/u/4'>Quill_ink</a> left kudos</p>"
        "</div></body></html>"
    )
    scores = score_tree(root)
    prose, teaser, more, names = (
        scores.unit_of[root.get_element_by_id(i)] for i in ("prose", "teaser", "more", "names")
    )
    assert prose.link_density > 0.15 and prose.standalone_link_density == 0
    assert teaser.standalone_link_density == teaser.link_density > 0.5
    assert more.standalone_link_density == more.link_density > 0.5
    # names between commas: punctuation on both sides is no sentence
    assert names.standalone_link_density > 0.5


def test_a_copy_of_the_story_that_is_not_displayed_is_not_chosen() -> None:
    # a print copy of the story left in the page with display:none, after the story itself
    paragraphs = "".join(
        f"<p>Paragraph {n} of the story about the harbour budget, which the council approved "
        f"on Monday after a long debate about dredging, fees and the fishing fleet.</p>"
        for n in range(6)
    )
    root = tree(
        "<html><body><div class='page-wrap sidebar-open'><div class='story'>"
        f"{paragraphs[: len(paragraphs) // 2]}</div>"
        f"<div class='print-copy' style='display: none'>{paragraphs}</div></div>"
        "</body></html>"
    )
    scores = score_tree(root)
    best = scores.best_candidate()
    assert best is not None and best.get("class") == "story"
    # the wrapper's class says "sidebar", but it holds most of the text readers see
    wrapper = root.find(".//div")
    assert wrapper is not None and class_weight(wrapper) < 0
    assert not scores.in_boilerplate(best)


def test_visibility_of_an_element_from_its_markup() -> None:
    from newsparse.generic.measure import measure, outermost_undisplayed
    from newsparse.generic.visibility import is_hidden, is_not_displayed

    root = tree(
        "<html><body><div id='a' hidden>x</div><div id='b' style='display:none'>x</div>"
        "<div id='c' aria-hidden='true'>x</div><div id='d' class='d-none'>x</div>"
        "<div id='e' style='color: red'>x</div>"
        "<div id='f' class='hidden md:block'>x</div><div id='g' class='d-none d-lg-flex'>x</div>"
        "<div id='h' class='hidden print:block'>x</div>"
        "<span id='i' style='border:0;clip:rect(0 0 0 0);height:1px;overflow:hidden'>x</span>"
        "<div id='j' class='tab-pane fade'>x</div><div id='k' class='tab-pane fade show active'>"
        "x</div></body></html>"
    )
    shown = {
        element.get("id"): (is_hidden(element), is_not_displayed(element))
        for element in root.iter("div", "span")
    }
    assert shown == {
        "a": (True, True),
        "b": (True, True),
        "c": (True, False),  # a page sets aria-hidden on its content while a dialog is open
        "d": (True, False),
        "e": (False, False),
        # hidden on phones, shown from a breakpoint on: readers of a desktop page see it
        "f": (False, False),
        "g": (False, False),
        "h": (True, False),  # (shown on paper only)
        "i": (True, True),  # clipped to nothing: for screen readers only
        "j": (True, False),  # a tab not chosen (Bootstrap)
        "k": (False, False),  # the chosen tab
    }
    nested = tree(
        "<html><body><div id='x' hidden><p id='z' style='display:none'>a</p></div><p>b</p>"
        "<section id='y' class='lead' style='visibility: hidden'>c</section>"
        "<svg><g style='display:none'></g></svg></body></html>"
    )
    found = measure(nested)
    # every undisplayed element the measuring walk meets (none inside an <svg>); the
    # outermost of them in page order (not the one inside the first)
    assert [element.get("id") for element in found.undisplayed] == ["x", "z", "y"]
    assert [element.get("id") for element in outermost_undisplayed(found)] == ["x", "y"]


def test_a_table_row_of_one_text_cell_is_no_data_row() -> None:
    # a layout table's row: the picture's cell and the caption's, read as the caption alone
    root = lxml.html.fragment_fromstring(
        "<div><table class='layout'><tr><td><img src='/dock.jpg'></td><td><small>Photo: North "
        "Shore News</small></td></tr></table><table><tr><th>Year</th><th>Boats</th></tr>"
        "<tr><td>2023</td><td>3,000</td></tr></table></div>"
    )
    assert paragraphs_of(root) == ["Photo: North Shore News", "Year | Boats", "2023 | 3,000"]


def test_a_photo_block_named_in_another_language_is_a_media_block() -> None:
    for names in ("opener-foto", "foto-credit", "photo-caption", "img_wrapper", "img_descr"):
        assert is_negative(lxml.html.fragment_fromstring(f"<div class='{names}'>x</div>"))
    assert not is_negative(lxml.html.fragment_fromstring("<div class='fotograf'>x</div>"))


@pytest.mark.parametrize(
    ("style", "hidden_wins"), [("display: none", False), ("visibility: hidden", True)]
)
def test_an_undisplayed_copy_wins_over_a_weak_shown_block_only_when_a_script_shows_it(
    style: str, hidden_wins: bool
) -> None:
    # a print copy left "display: none" is never the story; WeChat's text kept "visibility:
    # hidden" until its script shows it is, when nothing shown weighs a fifth of it
    sentence = "The harbour office confirmed the lay-up dates for the autumn season. " * 3
    html = (
        f"<div><div id='shown'><p>{sentence[:90]}</p></div><div id='copy' style='{style}'>"
        + f"<p>{sentence}</p>" * 8
        + "</div></div>"
    )
    root = lxml.html.fromstring(html)
    best = score_tree(root).best_candidate()
    assert best is not None
    assert (best.get("id") == "copy" or best.getparent().get("id") == "copy") is hidden_wins
