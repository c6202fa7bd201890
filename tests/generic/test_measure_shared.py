"""The one measuring walk both stages read: the facts it records must be what the body's
scoring and the classification would find by looking at the tree themselves."""

from __future__ import annotations

import copy
from pathlib import Path

import lxml.etree
import lxml.html
import pytest

import newsparse
from newsparse.generic.blocks import classify
from newsparse.generic.body import body_paragraphs
from newsparse.generic.measure import (
    END,
    FACTS,
    FIRST,
    FORMATTED_TEXT,
    HAS_BR,
    MAX_CANDIDATE_ELEMENTS,
    OWN_TEXT,
    measure,
)
from newsparse.generic.metadata import regions
from newsparse.generic.scoring import is_container_unit
from newsparse.page import Page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ALL_PAGES = sorted(FIXTURES.glob("*/*.html"))

# The definition of a text container, as XPath states it: a <div>, <section> or <article>
# with a non-blank text node of its own or inside an inline formatting child; a <span> or
# <font> with a <br> child and a non-blank text node of its own.
_FORMATTING = "b|big|em|font|i|small|span|strong|u"
_CONTAINER_ORACLE = lxml.etree.XPath(
    "|".join(
        [
            f"//{tag}[text()[normalize-space()] or ({_FORMATTING})//text()[normalize-space()]]"
            for tag in ("article", "div", "section", "*[contains(name(), '-')]")
        ]
        + [f"//{tag}[br][text()[normalize-space()]]" for tag in ("font", "span")]
    )
)


def _page(path: Path) -> Page:
    return Page.from_input(path.read_bytes(), "https://example.com/story")


def test_text_facts_of_the_containers() -> None:
    found = measure(_page(FIXTURES / "measure" / "text_containers.html").tree)
    facts = {
        element.get("class"): found.stats[element][FACTS]
        for element in found.containers
        if element.get("class")
    }
    assert facts["lead"] == FORMATTED_TEXT  # text only inside <span><span>
    assert facts["legacy-body"] == OWN_TEXT | HAS_BR
    assert facts["quote-box"] == OWN_TEXT  # "&nbsp;" after the paragraph is a text node
    assert facts["update"] == OWN_TEXT
    assert facts["dateline"] == OWN_TEXT | HAS_BR
    assert facts["credit"] == OWN_TEXT
    assert facts["empty-wrapper"] == 0


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_container_candidates_match_their_definition(path: Path) -> None:
    tree = _page(path).tree
    found = measure(tree)
    head = tree.find("head")
    expected = [
        element
        for element in _CONTAINER_ORACLE(tree)
        if head is None or head not in element.iterancestors()
    ]
    chosen = [
        element
        for element in found.containers
        if is_container_unit(element, found.stats[element][FACTS])
    ]
    assert chosen == expected


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_recorded_ranges_are_the_subtrees(path: Path) -> None:
    tree = _page(path).tree
    found = measure(tree)
    head = tree.find("head")
    walked = [
        element
        for element in tree.iter("*")
        if head is None or element is head or head not in element.iterancestors()
    ]
    assert list(found.stats) == walked  # page order, the <head>'s content not walked
    for index, element in enumerate(walked):
        figures = found.stats[element]
        assert figures[FIRST] == index
        descendants = [
            descendant
            for descendant in element.iterdescendants("*")
            if head is None or head not in descendant.iterancestors()
        ]
        assert walked[figures[FIRST] + 1 : figures[END]] == descendants


def test_an_element_inside_a_page_is_measured_as_if_it_stood_alone() -> None:
    # (the walk closes each element when the next one read is outside it: inside a page,
    # the root's own parent and the elements after it must not confuse it)
    page = lxml.html.fromstring(
        "<html><body><p>Before</p><div id='story'><p>One <a href='/a'>two</a> three</p>"
        "<!-- a comment --><div><span>Four</span> five<svg><path/></svg></div>"
        "<p>Six</p></div> tail <p>After</p></body></html>"
    )
    story = page.get_element_by_id("story")
    found = measure(story)
    alone = measure(copy.deepcopy(story))
    assert len(found.stats) == 8
    assert list(found.stats.values()) == list(alone.stats.values())


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_body_reads_the_shared_measurements_as_its_own(path: Path) -> None:
    tree = _page(path).tree
    shared = classify(tree).measurements
    assert body_paragraphs(tree, found=shared) == body_paragraphs(tree)


def test_story_from_the_containers_fixture() -> None:
    html = (FIXTURES / "measure" / "text_containers.html").read_bytes()
    article = newsparse.parse(html, url="https://example.com/story", registry=newsparse.Registry())
    assert "The council voted on Tuesday" in article.body
    assert "Their paragraphs are separated by breaks." in article.body
    assert "Enable JavaScript" not in article.body
    assert "Share" not in article.body.split()


@pytest.mark.parametrize("page_path", ALL_PAGES, ids=lambda path: path.name)
def test_the_walk_finds_the_metadata_cue_elements_the_metadata_would(page_path: Path) -> None:
    # The metadata's cue elements (class/id/itemprop/rel carrying a byline, date or headline
    # cue), found by the measuring walk, <head> included, must be those of its own walk.
    raw = page_path.read_bytes()
    alone = regions.cue_elements(Page.from_input(raw))
    shared = classify(Page.from_input(raw).tree, marks=regions.cue_marks).measurements.marked
    assert [(e.tag, e.sourceline, m) for e, m in shared] == [
        (e.tag, e.sourceline, m) for e, m in alone
    ]


def test_the_walk_marks_elements_inside_hidden_blocks_too() -> None:
    html = (
        "<html><head><meta itemprop='datePublished' content='2024-05-06'></head><body>"
        "<noscript><span class='byline'>By Ana Ruiz</span></noscript>"
        "<svg class='author-icon'><path class='x'/></svg>"
        "<p class='entry-date' id='d1'>6 May</p><a rel='author' href='/a'>Ana Ruiz</a>"
        "<span class='css-4k2m' data-testid='byline'>Ana Ruiz</span>"
        "</body></html>"
    )
    marked = measure(Page.from_input(html).tree, marks=regions.cue_marks).marked
    assert [(e.tag, m) for e, m in marked] == [
        ("meta", "datepublished"),
        ("span", "byline"),
        ("svg", "author-icon"),
        ("p", "entry-date d1"),
        ("a", "author"),
        ("span", "css-4k2m byline"),
    ]


def test_a_deep_pile_of_inline_elements_gives_no_label_or_inline_candidates() -> None:
    # Unclosed <b> tags nest 1,500 deep around one word: every one holds text short enough
    # for a heading, but reading each as one would walk the pile again and again (quadratic).
    pile = "<b>" * 1500 + "Related"
    html = f"<html><body><article><p>{pile}</p><p>{'Story text. ' * 30}</p></article></body></html>"
    found = measure(Page.from_input(html).tree)
    candidates = [*found.labels, *found.inline, *found.link_labels]
    assert candidates  # the innermost elements are still read as labels
    stats = found.stats
    assert all(stats[e][END] - stats[e][FIRST] <= MAX_CANDIDATE_ELEMENTS for e in candidates)
