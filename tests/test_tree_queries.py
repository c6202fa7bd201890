"""Where an element sits: the ancestor questions the engine asks of a story's blocks."""

from __future__ import annotations

import lxml.html

from newsparse.tree_queries import (
    has_ancestor_in,
    holds_more_than,
    is_descendant,
    is_near_descendant,
    is_within,
)

PAGE = """<html><body>
<article class="post">
  <div class="entry-content">
    <p id="lead">The council voted on Tuesday to close the <a id="link" href="/ferry">ferry
    terminal</a> for repairs.</p>
  </div>
  <aside class="related-posts"><h3>Related</h3>
    <ul><li><a id="teaser" href="/bridge">Bridge works start</a></li></ul>
  </aside>
</article>
<footer id="site-footer"><p id="legal">All rights reserved.</p></footer>
</body></html>"""


def _page() -> dict[str, lxml.html.HtmlElement]:
    root = lxml.html.document_fromstring(PAGE)
    named = {element.get("id"): element for element in root.iter() if element.get("id")}
    named["article"] = root.find(".//article")
    named["content"] = root.find(".//div")
    named["aside"] = root.find(".//aside")
    return named


def test_is_descendant_is_strict_and_reaches_any_depth() -> None:
    named = _page()
    assert is_descendant(named["link"], named["article"])
    assert is_descendant(named["lead"], named["content"])
    assert not is_descendant(named["article"], named["article"])
    assert not is_descendant(named["legal"], named["article"])
    assert not is_descendant(named["content"], named["lead"])


def test_is_within_counts_the_block_itself() -> None:
    named = _page()
    assert is_within(named["article"], named["article"])
    assert is_within(named["teaser"], named["aside"])
    assert not is_within(named["teaser"], named["content"])


def test_has_ancestor_in_a_set_of_blocks() -> None:
    named = _page()
    excluded = {named["aside"], named["site-footer"]}
    assert has_ancestor_in(named["teaser"], excluded)
    assert has_ancestor_in(named["legal"], excluded)
    assert not has_ancestor_in(named["lead"], excluded)
    # the block itself is not its own ancestor
    assert not has_ancestor_in(named["aside"], excluded)
    # a dict of elements works as well as a set
    assert has_ancestor_in(named["link"], {named["article"]: "story"})


def test_is_near_descendant_counts_the_levels_below_the_block() -> None:
    named = _page()
    # the link: in a <p> (level 0 below the <div>), the <div> in the <article>
    assert is_near_descendant(named["link"], named["lead"], 0)
    assert not is_near_descendant(named["link"], named["content"], 0)
    assert is_near_descendant(named["link"], named["content"], 1)
    assert is_near_descendant(named["link"], named["article"], 2)
    assert not is_near_descendant(named["link"], named["article"], 1)
    assert not is_near_descendant(named["legal"], named["article"], 5)


def test_holds_more_than_counts_the_element_and_its_descendants_up_to_the_bound() -> None:
    pile = lxml.html.fromstring("<div>" + "<span>" * 40 + "x" + "</span>" * 40 + "</div>")
    assert holds_more_than(pile, 16)
    assert not holds_more_than(pile, 41)
    line = lxml.html.fromstring("<p>By <a href='/staff/jane-doe'>Jane Doe</a></p>")
    assert not holds_more_than(line, 2)
    assert holds_more_than(line, 1)
