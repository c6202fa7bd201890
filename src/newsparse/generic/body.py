"""Find the story's text: pick the best-scoring container (scoring.py), climb to the block
that holds all of a story split over wrappers, add sibling paragraphs of the same story, then
skip what does not belong to it (body_prune.py, body_edges.py) while rendering its text."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping

import lxml.html

from newsparse.generic.body_boxes import is_authority_appeal_box, sponsored_link_rows
from newsparse.generic.body_captions import is_picture_box
from newsparse.generic.body_cards import is_profile_card_bio, summary_card_prose
from newsparse.generic.body_cues import (
    NON_STORY_TAGS,
    STANDFIRST_TOKENS,
    SUMMARY_STANDFIRST_TOKENS,
    TABLE_CELL_TAGS,
)
from newsparse.generic.body_edges import (
    AFTER_TAG_LIST_SHARE,
    MAX_AFTER_TAG_LIST,
    edge_leftovers,
    is_section_heading,
    is_tag_list,
    labels_above_headline,
)
from newsparse.generic.body_footnotes import (
    join_numbers_set_apart,
    note_after_story,
    sources_after_story,
)
from newsparse.generic.body_lines import (
    ANCHOR_LENGTH,
    SENTENCE_ENDS,
    is_syndicate_rights_line,
    is_timed_heading,
    trim_paragraphs,
)
from newsparse.generic.body_links import self_links
from newsparse.generic.body_notices import is_wire_reservation
from newsparse.generic.body_orphans import orphaned_labels
from newsparse.generic.body_prune import is_disclaimer_box, is_gated_text, is_negative, prune
from newsparse.generic.body_repeats import repeated_excerpts
from newsparse.generic.body_standfirsts import is_classed_first_paragraph, is_described_paragraph
from newsparse.generic.body_stories import has_real_paragraph, other_stories
from newsparse.generic.body_teasers import cut_teaser_lists
from newsparse.generic.body_titles import with_title_parts
from newsparse.generic.classes import holds_token
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import LIVE_PARTS
from newsparse.generic.measure import Measurements
from newsparse.generic.scoring import MIN_PROSE_LENGTH, Scores, score_tree
from newsparse.generic.teasers import is_measured_teaser_grid
from newsparse.generic.text import paragraphs_of
from newsparse.page import text_of
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import (
    is_descendant,
    make_of,
    previous_element,
    repeated_makes,
    wrapped_alone,
)

HtmlElement = lxml.html.HtmlElement

# A sibling joins the story when its score reaches this share of the best candidate's.
_SIBLING_SHARE = 0.2
_SIBLING_MIN_SCORE = 10.0
# A wire's rights notice set apart under the story holds at most this much text.
_MAX_WIRE_NOTICE = 600
# A parent replaces the chosen block when at least this share of the text it adds is prose...
_CLIMB_PROSE_SHARE = 0.5
_CLIMB_LEVELS = 5
_MIN_CLIMB_PROSE = 400
_MIN_CLIMB_SHARE = 0.3
# ... and links no more than this share (teaser lists: a linked title over each summary). Only
# links outside sentences count, here and for sibling paragraphs: a link set inside a
# sentence is part of the prose, however many a writer sets.
_CLIMB_MAX_LINK_DENSITY = 0.2
# A flagged box beside the story counts as foreign prose inside this many bare wrappers of
# its own at most.
_FLAGGED_BOX_WRAPPERS = 3
_SIBLING_MAX_LINK_DENSITY = 0.25
# A lede a wrapper holds alone before the story's block is this long at least (characters).
_MIN_WRAPPED_LEDE = 150
_MAX_WRAPPED_LEDE_PARAGRAPHS = 3
# A live feed's lone wrappers (each its parent's only element) are this many deep at most.
_MAX_FEED_WRAPPERS = 3
_PAGE_TAGS = frozenset({"body", "html"})
_TABLE_PART_TAGS = frozenset({"tr", "tbody", "thead", "tfoot", "table"})
# A paywall's block holding this many paragraphs is the story's locked rest, not an offer.
_MIN_LOCKED_PARAGRAPHS = 2
# Kinds of flagged blocks that no reading of their text makes part of the story: readers'
# comments and reader-revenue appeals hold prose too, and much of it; a post's metadata
# line ("This entry was posted on ... and is filed under ...") reads as a sentence, and so do
# an advertiser's copy, an affiliate blog's disclosure and a newsletter's pitch ("Our morning
# briefing email breaks down the key stories of the day and why they matter").
_NEVER_STORY_KINDS = frozenset(
    {
        Kind.HIDDEN,
        Kind.COMMENTS,
        Kind.APPEAL,
        Kind.BIO,
        Kind.NOTES,
        Kind.TAGS,
        Kind.AD,
        Kind.NEWSLETTER,
        Kind.CONSENT,
    }
)
# Of those, the kinds of blocks never the one the story is looked for in, once classified
# so: notices and pitches laid over the page (or set in it), and readers' comments (however
# much more they wrote than the story).
_NEVER_CHOSEN_KINDS = frozenset({Kind.CONSENT, Kind.APPEAL, Kind.COMMENTS})


def body_paragraphs(
    root: HtmlElement,
    titles: Collection[str] = (),
    flagged: Collection[HtmlElement] = (),
    found: Measurements | None = None,
    declared: Collection[str] = (),
) -> list[str]:
    """Paragraphs of the story under ``root``.

    ``root`` is only read: blocks judged not to belong to the story are collected in a skip
    set that rendering steps over, so the page's own tree can be used without a copy.
    ``titles`` are the page's headline candidates (og:title, <title>...), used to drop the
    headline when it is repeated at the head of the story. ``flagged`` are blocks of ``root``
    that the boilerplate classification doomed: inside the story they are skipped too, unless
    one holds most of it. ``found`` is the page's measuring walk over ``root`` when the
    classification already made it (the body's scoring reads the same measurements).
    ``declared`` are the headlines the page declares (``og:title``, ``<title>``): on a page
    holding several stories, the one under that headline is the story.
    """
    titles = with_title_parts(titles)
    signs = set(self_links(found.one_character_links if found else ()))
    scores = score_tree(root, found, signs)
    top, grids = _best_block(scores, flagged, found)
    # (rows of sponsored shop buttons, found among the links that carry a rel; looked for
    # in the tree only when the classification's walk failed)
    rel_links = (
        found.rel_links
        if found is not None
        else [(link, rel) for link in root.iter("a") if (rel := link.get("rel")) is not None]
    )
    skip: set[HtmlElement] = set(sponsored_link_rows(rel_links))
    skip.update(signs)
    skip.update(grids)
    unlabelled: set[str] = set()  # (the lines the edge rules found no label)
    # (a live story's entry stamps, a survey's answers giving figures: no date lines)
    undated: set[str] = set()
    if top is None:
        # no paragraph reads as prose (a very short page): take the page's visible text,
        # without its boilerplate blocks but with its links (there is nothing else)
        page_body = root.find("body")
        blocks = [root if page_body is None else page_body]
        prune(blocks[0], scores, scores.text_length.get(blocks[0], 0), skip, links=False)
    else:
        climbed = _climb(top, scores, beside=grids, flagged=flagged)
        stories = other_stories(root, climbed, declared, scores, found.kinds if found else {})
        if stories.requested is not None:
            climbed = stories.requested  # (the scoring chose another story on the page)
        skip.update(stories.others)
        article = _own_article(climbed, scores)
        # (an article found among others is the story whole: its siblings are other stories)
        # flagged blocks that are never the story go whatever they hold: those readers never
        # see (print-only notices), and readers' comments (prose, like a story's section);
        # not a profile card's bio in the story (a candidate's, no author's box) nor a
        # witness appeal a tip line's class names an appeal (the police's number)
        never_story = {
            element
            for element in flagged
            if found is not None and _is_never_story(element, found.kinds.get(element))
        }
        # a paywall's offer of a subscription goes however much text it holds beside a story
        # cut short (no wrapper of the story: it holds no two paragraphs)
        offers = _offers(found.kinds if found else {}, scores)
        never_story.update(offers)
        skip.update(offers)
        blocks = (
            [article]
            if article is not climbed
            else _story_blocks(climbed, scores, never_story, flagged)
        )
        sources = sources_after_story(blocks, scores, flagged)
        if sources is not None:
            blocks.append(sources)
        else:
            note = note_after_story(blocks[-1], scores)
            if note is not None:
                blocks.append(note)
        lede = _first_paragraph_apart(blocks[0], scores)
        if lede is not None:
            blocks.insert(0, lede)
        total = sum(scores.text_length.get(block, 0) for block in blocks)
        for block in blocks:
            prune(block, scores, total, skip, flagged=flagged, never_story=never_story)
        skip.update(edge_leftovers(blocks, scores, titles, skip, unlabelled, undated, declared))
        skip.update(labels_above_headline(blocks))
        skip.update(repeated_excerpts(blocks, scores, skip))
        skip.update(cut_teaser_lists(blocks, scores, skip))
        skip.update(orphaned_labels(blocks, skip))
    paragraphs: list[str] = []
    texts = {unit.element: unit.text for unit in scores.units}  # (read once by the scoring)
    if top is not None:
        skip.update(join_numbers_set_apart(blocks, scores, texts))
    for block in blocks:
        paragraphs.extend(paragraphs_of(block, skip, texts))
    # (a list's items are no date lines, whatever figures they hold: a release's highlights;
    # nor are a live blog's entries' headings, "More than 400,000 customers without power")
    items = {text for element, text in texts.items() if element.tag == "li"} | undated
    subheadings = [element for element in texts if element.tag in SUBHEADING_TAGS]
    entry_makes = repeated_makes(subheadings)
    if entry_makes:  # (most stories have none: no unit's make is looked at)
        items.update(text for element, text in texts.items() if make_of(element) in entry_makes)
    items.update(texts[element] for element in _unclassed_entry_headings(subheadings))
    # (nor is a heading that is a clock time and what happened then, however it is made)
    items.update(text for element in subheadings if is_timed_heading(text := texts[element]))
    # (a subheading the edge rules kept over a section's text: "Photo" in a review)
    headings = {
        texts[element] for element in subheadings if is_section_heading(scores.unit_of[element])
    }
    return trim_paragraphs(paragraphs, titles, items, headings, unlabelled)


# -- choosing the blocks --------------------------------------------------------------------


def _unclassed_entry_headings(subheadings: list[HtmlElement]) -> list[HtmlElement]:
    """Subheadings of no class each in its own wrapper of one make: a live page's entries'
    headings ("<div class="post-content"><h3>ESO: 120 crews at work</h3><p>..."), each
    heading its entry. (Subheadings of one wrapper are a story's sections: not these.)"""
    by_make: dict[tuple[str, str], list[HtmlElement]] = {}
    for element in subheadings:
        parent = element.getparent()
        make = None if parent is None or element.get("class") else make_of(parent)
        if make is not None:
            by_make.setdefault(make, []).append(element)
    return [
        element
        for headings in by_make.values()
        if len({element.getparent() for element in headings}) > 1
        for element in headings
    ]


def _is_never_story(element: HtmlElement, kind: Kind | None) -> bool:
    """Whether a flagged block of ``kind`` goes whatever it holds: not a profile card's bio
    (a candidate's in the story), nor an appeal's box giving the police's number (the
    story's witness appeal in a box classed as a tip line)."""
    if kind not in _NEVER_STORY_KINDS or is_profile_card_bio(element):
        return False
    return kind is not Kind.APPEAL or not is_authority_appeal_box(element)


def _best_block(
    scores: Scores, flagged: Collection[HtmlElement], found: Measurements | None
) -> tuple[HtmlElement | None, list[HtmlElement]]:
    """The block the story is looked for in, and the grid of teasers left out of it when the
    scoring chose one (their blurbs outweighed a short story). A consent notice, a pitch or
    a comment section the classification doomed is never that block, however long."""
    if found is None:
        return scores.best_candidate(), []
    avoided = [element for element in flagged if found.kinds.get(element) in _NEVER_CHOSEN_KINDS]
    top = scores.best_candidate(avoid=avoided)
    if top is None or not _is_teaser_grid(top, found):
        return top, []
    story = scores.best_candidate(avoid=[*avoided, top])
    if story is None or (is_descendant(top, story) and not _beside_headline_article(top, story)):
        return top, []
    return story, [top]


def _beside_headline_article(grid: HtmlElement, block: HtmlElement) -> bool:
    """Whether ``grid`` lies outside the ``<article>`` that holds ``block``'s headline (a
    "Most read" list beside the story, not a roundup's cards in it)."""
    h1 = next(block.iter("h1"), None)
    article = next(h1.iterancestors("article"), None) if h1 is not None else None
    return article is not None and not is_descendant(grid, article)


def _is_teaser_grid(block: HtmlElement, found: Measurements) -> bool:
    """Whether the block is a grid of teaser cards (a linked title and a blurb each) and no
    story: it holds no ``<h1>``."""
    return next(block.iter("h1"), None) is None and is_measured_teaser_grid(block, found.stats)


def _climb(
    top: HtmlElement,
    scores: Scores,
    beside: Collection[HtmlElement] = (),
    flagged: Collection[HtmlElement] = (),
) -> HtmlElement:
    """The highest of the best block's near ancestors whose extra text is mostly more of the
    story: stories split over sibling wrappers (one per paragraph or group) are common.
    ``beside`` are blocks known to be no more of it (a grid of teasers): no climb takes one
    in as the heaviest block it adds. The prose of ``flagged`` siblings (the classification's
    boilerplate: a breadcrumb, readers' comments) is no more of it either."""
    chosen = ancestor = top
    # the block with the most text among those that climbing from ``chosen`` would add: it
    # must read as more of the story by itself (a teaser stream is not more of the story
    # because a video player's menus beside it bring the links' share of the whole down)
    heaviest: HtmlElement | None = None
    heaviest_text = 0
    refused_prose = 0  # the prose added by the last level refused for adding too little
    card_prose = 0  # the prose of summary cards before the story that the levels add
    foreign_prose = 0  # the prose of flagged blocks (a breadcrumb, comments) the levels add
    levels = 0
    while levels < _CLIMB_LEVELS:
        parent = ancestor.getparent()
        if parent is None or parent.tag in _PAGE_TAGS or _is_column(ancestor):
            break  # (a layout table's cells are its columns: the row holds the sidebar too)
        if _has_siblings(ancestor) and not _is_one_cell_table_part(parent):
            # (a wrapper of one element adds nothing to climb over: page builders nest each
            # text block six deep; a table of one cell wraps it as a <div> does)
            levels += 1
        before = True  # (a summary card over the story: its short pros and cons are no prose)
        for sibling in parent:
            if sibling is ancestor:
                before = False
            elif before and isinstance(sibling.tag, str):
                card_prose += summary_card_prose(sibling, scores)
            boilerplate = wrapped_alone(sibling, flagged, _FLAGGED_BOX_WRAPPERS)
            if boilerplate is not None:
                foreign_prose += scores.prose_length.get(boilerplate, 0)
            length = scores.text_length.get(sibling, 0)
            if (
                sibling is not ancestor
                and length + scores.loose_link_length(sibling) > heaviest_text
            ):
                heaviest, heaviest_text = sibling, length + scores.loose_link_length(sibling)
        foreign_prose += _tail_after_tag_list(
            ancestor, scores, flagged, scores.text_length.get(chosen, 0)
        )
        ancestor = parent
        added_text = scores.text_length.get(ancestor, 0) - scores.text_length.get(chosen, 0)
        added_prose = scores.prose_length.get(ancestor, 0) - scores.prose_length.get(chosen, 0)
        added_prose -= card_prose + foreign_prose
        enough = min(_MIN_CLIMB_PROSE, scores.prose_length.get(chosen, 0) * _MIN_CLIMB_SHARE)
        # (a level refused for adding too little prose: the levels above must add enough of
        # their own, not carry its bits, a standfirst and an appeal, in with theirs)
        if added_prose - refused_prose < enough:
            refused_prose = max(refused_prose, added_prose)
            continue
        if (
            _adds_more_story(scores, ancestor, chosen)
            and heaviest not in beside
            and (
                heaviest is None
                or heaviest_text * 2 < added_text
                or _adds_more_story(scores, heaviest, None, scores.loose_link_length(heaviest))
            )
        ):
            chosen = ancestor
            heaviest, heaviest_text = None, 0
            refused_prose = card_prose = foreign_prose = 0
    return chosen


def _tail_after_tag_list(
    block: HtmlElement, scores: Scores, flagged: Collection[HtmlElement], story_text: int
) -> int:
    """The prose of the elements after the story's tag list when that list follows ``block``
    among its siblings and what comes after it is short beside the story's text
    (``MAX_AFTER_TAG_LIST``, ``AFTER_TAG_LIST_SHARE``): the site's boxes and notices
    ("<div class="article-tags">...</div><div class="get-involved-box">...</div><div
    class="ipso-box"><p>This website ... adheres to ...</p></div>"), no more of the story
    however they read. (``flagged`` siblings are counted apart: their prose is foreign.)"""
    after_tags = False
    text = prose = 0
    for sibling in block.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if not after_tags:
            after_tags = is_tag_list(sibling)
        elif sibling not in flagged:
            text += scores.text_length.get(sibling, 0)
            prose += scores.prose_length.get(sibling, 0)
    if not after_tags or text > MAX_AFTER_TAG_LIST or text * AFTER_TAG_LIST_SHARE >= story_text:
        return 0
    return prose


def _has_siblings(element: HtmlElement) -> bool:
    """Whether another element shares the element's parent."""
    siblings = itertools.chain(element.itersiblings(), element.itersiblings(preceding=True))
    return any(isinstance(sibling.tag, str) for sibling in siblings)


def _offers(kinds: Mapping[HtmlElement, Kind], scores: Scores) -> list[HtmlElement]:
    """The paywall blocks that offer a subscription (``_is_offer``)."""
    paywall = Kind.PAYWALL  # (read once: each read through ``Kind`` runs EnumType's hook)
    return [
        element for element, kind in kinds.items() if kind is paywall and _is_offer(element, scores)
    ]


def _is_offer(element: HtmlElement, scores: Scores) -> bool:
    """A paywall's box that offers a subscription (a heading, a line of terms, a button), not
    the locked rest of the story it may name so: fewer than two paragraphs of prose, and not
    a single paragraph of the story's gated text (``is_gated_text``: no link)."""
    if is_gated_text(element, scores):
        return False
    paragraphs = 0
    for paragraph in element.iter():  # (paragraphs as <p>, or as <div>s, or custom elements)
        unit = scores.unit_of.get(paragraph)
        if unit is not None and unit.length >= ANCHOR_LENGTH and not unit.encloses_units:
            paragraphs += unit.paragraphs  # (a <br><br> layout's block holds several)
            if paragraphs >= _MIN_LOCKED_PARAGRAPHS:
                return False
    return True


def _is_one_cell_table_part(element: HtmlElement) -> bool:
    """A row, row group or table of a table that holds one row (an e-mail newsletter's text
    block: "<table><tbody><tr><td>...</td></tr></tbody></table>", nested several deep)."""
    if element.tag not in _TABLE_PART_TAGS:
        return False
    table: HtmlElement | None = element
    while table is not None and table.tag != "table":
        table = table.getparent()
    if table is None:
        return False
    rows = 0  # (its own rows: those of a table nested in a cell are that table's)
    for part in table.iterchildren("tr", "tbody", "thead", "tfoot"):
        rows += 1 if part.tag == "tr" else sum(1 for _ in part.iterchildren("tr"))
        if rows > 1:
            return False
    return True


def _is_column(element: HtmlElement) -> bool:
    """A cell of a layout table: a column, or a band, of a page's layout, beside the others
    (but the one cell of a one-cell table, which wraps its text as a <div> does: an e-mail
    newsletter's text blocks)."""
    if element.tag not in TABLE_CELL_TAGS:
        return False
    row = element.getparent()
    if row is None or not _is_one_cell_table_part(row):
        return True
    return any(cell is not element and cell.tag in TABLE_CELL_TAGS for cell in row.iterchildren())


def _adds_more_story(
    scores: Scores, block: HtmlElement, without: HtmlElement | None, loose_links: int = 0
) -> bool:
    """The text of ``block`` (less that of ``without``, a block inside it; plus
    ``loose_links``, the text of its links no unit holds) reads as more of the story: mostly
    prose, few links."""
    prose = scores.prose_length.get(block, 0)
    text = scores.text_length.get(block, 0) + loose_links
    links = scores.standalone_link_length.get(block, 0) + loose_links
    if without is not None:
        prose -= scores.prose_length.get(without, 0)
        text -= scores.text_length.get(without, 0)
        links -= scores.standalone_link_length.get(without, 0)
    return (
        prose > 0 and prose >= text * _CLIMB_PROSE_SHARE and links <= text * _CLIMB_MAX_LINK_DENSITY
    )


def _own_article(block: HtmlElement, scores: Scores) -> HtmlElement:
    """Of a block holding several ``<article>`` elements (the story, then the next stories
    of an endless page or a category's posts), the article holding the page's first
    ``<h1>``, when it holds a real paragraph of its own; else the block."""
    articles = [article for article in block.iter("article") if article is not block]
    if len(articles) < 2:
        return block
    h1 = next(block.iter("h1"), None)
    if h1 is None:
        return block
    around = set(h1.iterancestors("article"))  # (not each article read down: nested ones)
    holders = [article for article in articles if article in around]
    if not holders:
        return block
    own = holders[-1]  # the innermost article holding the headline
    return own if has_real_paragraph(own, scores) else block


def _story_blocks(
    top: HtmlElement,
    scores: Scores,
    never_story: Collection[HtmlElement],
    flagged: Collection[HtmlElement] = (),
) -> list[HtmlElement]:
    """The best candidate and the siblings that continue its story, in page order (none of
    ``never_story``; one of ``flagged``, the classification's boilerplate, only when it scores
    as a story's block, not for a paragraph of prose: a site's blurb for search engines)."""
    parent = top.getparent()
    if parent is None or _is_column(top):
        return [top]  # (the cells beside a layout table's column are other columns)
    threshold = max(_SIBLING_MIN_SCORE, scores.candidate_score(top) * _SIBLING_SHARE)
    top_class = top.get("class")
    undisplayed = scores.undisplayed_to_skip(top)
    blocks: list[HtmlElement] = []
    # the sibling right before the best block, past a paywall's box between them (BLOX's
    # "subscription-required" offer)
    lede_place = previous_element(top)
    while lede_place is not None and (lede_place in never_story or lede_place in undisplayed):
        lede_place = previous_element(lede_place)
    after_block = False  # (whether the previous element sibling is one of the blocks)
    for sibling in parent:
        if sibling is top:
            blocks.append(sibling)
            after_block = True
            continue
        if not isinstance(sibling.tag, str):
            continue
        follows_block, after_block = after_block, False
        if sibling.tag in NON_STORY_TAGS or sibling in undisplayed or sibling in never_story:
            continue
        if sibling in flagged and is_disclaimer_box(sibling):
            continue  # (the outlet's notice on its owners: prose, never the story's)
        if not blocks and (_is_summary_under_headline(sibling) or is_described_paragraph(sibling)):
            continue
        score = scores.candidate_score(sibling)
        if top_class and sibling.get("class") == top_class:
            score += scores.candidate_score(top) * 0.2
        if (
            score >= threshold
            or (
                sibling not in flagged
                and _is_story_paragraph(sibling, scores, before=sibling is lede_place)
            )
            or (follows_block and _is_wire_notice(sibling, scores))
        ):
            blocks.append(sibling)
            after_block = True
    if blocks[0] is top:
        blocks[:0] = _opening_before_feed(top, scores, never_story)
    return blocks


def _opening_before_feed(
    top: HtmlElement, scores: Scores, never_story: Collection[HtmlElement]
) -> list[HtmlElement]:
    """The paragraphs of prose right before a live feed that its wrappers hold alone, named
    live ("<div class="entry-content"><p>Polls closed at 7 p.m. ...</p><div
    id="liveblog-container"><div class="liveblog-feed">"): the post's opening over the feed,
    which the feed's own siblings (none) do not bring in."""
    outer = top
    live = _names_live(top)
    for _ in range(_MAX_FEED_WRAPPERS):
        parent = outer.getparent()
        if parent is None or _has_siblings(outer):
            break
        outer = parent
        live = live or _names_live(outer)
    if outer is top or not live or not _has_siblings(outer):
        return []
    opening: list[HtmlElement] = []
    for sibling in outer.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        if (
            sibling.tag != "p"
            or sibling in never_story
            or not _is_story_paragraph(sibling, scores, before=False)
        ):
            break
        opening.append(sibling)
    return opening[::-1]


def _names_live(element: HtmlElement) -> bool:
    """Whether the element's class or id names a live feed ("liveblog-feed")."""
    return holds_token(LIVE_PARTS, element.get("class"), element.get("id"))


def _is_summary_under_headline(element: HtmlElement) -> bool:
    """A summary classed as such right under the headline, before the story's block
    ("<h1>...</h1><div class="newsDetail__anons">"): the page sets it apart from the story."""
    previous = previous_element(element)
    return (
        previous is not None
        and previous.tag == "h1"
        and holds_token(SUMMARY_STANDFIRST_TOKENS, element.get("class"))
    )


def _is_wire_notice(element: HtmlElement, scores: Scores) -> bool:
    """Whether the element holds a wire agency's notice reserving its rights and nothing
    else: a portal sets the agency's words apart right under its story ("<div
    class="story-copyright"><p>Copyright © 2008 The Associated Press. All rights reserved.
    ..."), and they are the agency's text as they are inside the story's block; or a feature
    syndicate's rights line under the column it distributes ("(c) 2025 Andrews McMeel
    Syndication"), set after the column's block."""
    length = scores.text_length.get(element, 0)
    if not 0 < length <= _MAX_WIRE_NOTICE:
        return False
    text = text_of(element)
    return is_wire_reservation(text) or is_syndicate_rights_line(text)


def _first_paragraph_apart(first: HtmlElement, scores: Scores) -> HtmlElement | None:
    """The story's first paragraph set apart before its block, classed as the first
    paragraph, in the article around the block ("<div class="article-header"><h1>...</h1><p
    class="article-first-paragraph">Ambulances in England took ...</p></div>", Newsquest):
    a paragraph of prose the block goes on from."""
    container = next(first.iterancestors("article"), None)
    if container is None:
        return None
    for paragraph in container.iter("p"):
        if paragraph is first or is_descendant(paragraph, first):
            return None  # (the story's own paragraphs: none was set apart before them)
        if is_classed_first_paragraph(paragraph):
            unit = scores.unit_of.get(paragraph)
            if unit is not None and unit.length >= MIN_PROSE_LENGTH:
                return paragraph
    return None


def _is_wrapped_lede(paragraphs: list[HtmlElement], scores: Scores) -> bool:
    """Paragraphs of the story alone in a wrapper right before its block: prose, no link (a
    box before a story, "Why you can trust us ... <a>Find out more</a>", has one)."""
    units = [scores.unit_of.get(paragraph) for paragraph in paragraphs]
    return (
        all(
            unit is not None and not unit.link_length and unit.text.endswith(SENTENCE_ENDS)
            for unit in units
        )
        and sum(unit.length for unit in units if unit is not None) >= _MIN_WRAPPED_LEDE
    )


def _wrapped_paragraphs(element: HtmlElement) -> list[HtmlElement]:
    """The ``<p>`` elements a wrapper holds and nothing else (no text of its own, a few at
    most, no standfirst's wrapper); [] for any other element."""
    if element.tag == "p" or (element.text or "").strip():
        return []
    if holds_token(STANDFIRST_TOKENS, element.get("class"), element.get("itemprop")):
        return []  # (a standfirst's wrapper: a summary, no paragraph of the story)
    children = [child for child in element if isinstance(child.tag, str)]
    if not 0 < len(children) <= _MAX_WRAPPED_LEDE_PARAGRAPHS or any(
        child.tag != "p" or (child.tail or "").strip() for child in children
    ):
        return []
    return children


def _is_story_paragraph(element: HtmlElement, scores: Scores, *, before: bool) -> bool:
    """A sibling of the story's block that is itself a paragraph of it (a lede, a standfirst,
    a paragraph between two wrappers); right ``before`` the block, the few a wrapper holds
    alone too (BLOX's "<div class="subscriber-preview"><p>lede</p></div>" before the
    subscribers' rest; after a story, such wrappers hold its site's lines: "Join our
    forums...")."""
    if before:
        paragraphs = _wrapped_paragraphs(element)
        if paragraphs:
            return _is_wrapped_lede(paragraphs, scores)
    unit = scores.unit_of.get(element)
    if unit is None or unit.encloses_units or unit.is_heading or is_negative(element):
        return False
    if is_picture_box(unit):
        return False  # (its caption, however long a sentence it is)
    if unit.length >= ANCHOR_LENGTH:
        return unit.standalone_link_density < _SIBLING_MAX_LINK_DENSITY
    return (
        element.tag == "p"
        and unit.link_length == 0
        and unit.length >= MIN_PROSE_LENGTH
        and unit.text.endswith(SENTENCE_ENDS)
    )
