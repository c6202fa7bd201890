"""Regions of the page where metadata lives: the article element, elements whose class or
id carries a metadata cue, blocks to ignore (comments, related stories, sidebars), the
story's leading paragraphs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

import lxml.etree

from newsparse.generic.body_cues import KEY_POINTS_HEADINGS, STANDFIRST_TOKENS
from newsparse.generic.classes import holds_token, kind_of_class_and_id
from newsparse.generic.cues.kinds import OTHER_STORIES_KINDS, Kind
from newsparse.generic.labels import heading_kind
from newsparse.generic.measure import mark_element
from newsparse.generic.metadata.class_cues import (
    CAMEL_CASE_CLASSES,
    EXCLUDED_COMPOUNDS,
    EXCLUDED_TOKENS,
    METADATA_CLASSES,
    NOT_STORY_CLASSES,
    POSTS_WIDGET_CLASSES,
)
from newsparse.generic.metadata.common import (
    HtmlElement,
    cached,
    cached_of_page,
    declared_titles,
    text_length,
)
from newsparse.generic.metadata.patterns import CaselessWords, any_substring
from newsparse.generic.metadata.site import is_site_identity
from newsparse.generic.metadata.textkeys import key
from newsparse.generic.visibility import is_not_displayed
from newsparse.hosts import is_home_page
from newsparse.memo import memoised
from newsparse.page import Page, collapse_whitespace, text_of
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import holds_few_elements, is_descendant

# Class/id/itemprop/rel values worth a look for metadata (bylines, datelines, headlines).
# Case variants are spelled out: a case-sensitive pattern is several times faster than
# re.IGNORECASE over the hundreds of attribute values of a page.
_CUE_ATTRIBUTE = re.compile(
    any_substring(
        [
            *(
                variant
                for word in METADATA_CLASSES
                for variant in (word, word.upper(), word.capitalize())
            ),
            *CAMEL_CASE_CLASSES,
        ]
    )
)
# The same words in lowercase: a quick first test on lowercased values.
_LOWERCASE_CUE = re.compile(
    any_substring([*METADATA_CLASSES, *(word.lower() for word in CAMEL_CASE_CLASSES)])
)
_EXCLUDED_CONTAINER = CaselessWords(
    sorted(EXCLUDED_COMPOUNDS + EXCLUDED_TOKENS, key=len, reverse=True),
    before=r"(?:^|[\s_-])",
    after=r"(?=$|[\s_-])",
)
_EXCLUDED_TAGS = frozenset({"nav"})
_PAGE_LEVEL = frozenset({"html", "body"})
# Page furniture, but part of the story when inside the article element.
_EXCLUDED_OUTSIDE_ARTICLE = frozenset({"footer", "aside"})


@memoised(8192)
def cue_marks(value: str) -> str | None:
    """The lowercase form of an element's marking attributes (its class, id, itemprop and
    rel values joined by spaces) when they carry a metadata cue word, else None."""
    # (pages repeat the same class values over and over: each is searched once; the
    # lowercase pattern alone is quicker and rules out nearly every value, the exact
    # pattern decides the few it lets through)
    lowered = value.lower()
    if _LOWERCASE_CUE.search(lowered) and _CUE_ATTRIBUTE.search(value):
        return lowered
    return None


def offer_cue_elements(page: Page, marked: list[tuple[HtmlElement, str]]) -> None:
    """Take the cue elements another walk of the whole page collected with :func:`cue_marks`
    (the body's measuring walk), unless they were already found."""
    cached(page, "_md_cues", lambda: marked)


def cue_elements(page: Page) -> list[tuple[HtmlElement, str]]:
    """Elements whose class, id, itemprop or rel carries a metadata cue word, in document
    order, each with those attribute values lowercased. One pass over the elements (or
    none, when the body's measuring walk offered them)."""

    def build() -> list[tuple[HtmlElement, str]]:
        found: list[tuple[HtmlElement, str]] = []
        # (every element, read directly: cheaper than an XPath selecting the marked ones)
        for element in page.tree.iter(lxml.etree.Element):
            mark_element(element, cue_marks, found)
        return found

    return cached(page, "_md_cues", build)


def _excluded_itself(element: HtmlElement, inside_article: bool) -> bool:
    tag = element.tag
    if tag in _PAGE_LEVEL:
        return False  # body classes describe the layout ("has-sidebar"), not a block
    if tag in _EXCLUDED_TAGS:
        return True
    if tag in _EXCLUDED_OUTSIDE_ARTICLE and not inside_article:
        return True
    return _marks_excluded((element.get("class"), element.get("id")))


@memoised(8192)
def _marks_excluded(marks: tuple[str | None, str | None]) -> bool:
    """Whether an element's (class, id) values mark a block to ignore (comments, related,
    sidebar...): pages repeat the same values, each is searched once."""
    classes, ident = marks
    joined = f"{classes or ''} {ident or ''}"
    if not joined.strip() or (classes or "").lower() in POSTS_WIDGET_CLASSES:
        return False
    return _EXCLUDED_CONTAINER.span(joined) is not None


def _ancestry(page: Page, element: HtmlElement) -> tuple[bool, bool]:
    """(inside the article element, inside an excluded block below it) for ``element``
    itself, memoised per page so that candidates sharing ancestors walk them once."""
    memo: dict[HtmlElement, tuple[bool, bool]] = cached(page, "_md_ancestry", dict)
    if element in memo:
        return memo[element]
    root = article_element(page)
    chain: list[HtmlElement] = []
    node: HtmlElement | None = element
    known: tuple[bool, bool] = (False, False)
    while node is not None:
        if node in memo:
            known = memo[node]
            break
        if node is root:
            known = (True, False)
            memo[node] = known
            break
        chain.append(node)
        node = node.getparent()
    holding_headline = cached_of_page(page, "_md_headline_holders", _headline_holders)
    for node in reversed(chain):
        excluded = (
            _excluded_itself(node, known[0]) or _is_headed_section(page, node)
        ) and node not in holding_headline
        known = (known[0], known[1] or excluded)
        memo[node] = known
    return known


# A heading holds at most this many elements (a pile of nested ones is none).
_MAX_HEADING_ELEMENTS = 16


def heading_text(heading: HtmlElement) -> str | None:
    """The heading's text when it is one, a few elements at most; None for a pile of nested
    headings, whose texts, each read, would cost time quadratic in its depth."""
    return text_of(heading) if holds_few_elements(heading, _MAX_HEADING_ELEMENTS) else None


def _is_headed_section(page: Page, block: HtmlElement) -> bool:
    """Whether a comments heading opens the block ("<section><h3>Responses</h3>...", "12
    Comments"), or a heading over other stories ("More News From ...", "Most Viewed") when
    the block does not hold the headline, whatever its classes say: readers' and other
    stories' names and times there are not the story's. (Asked of the blocks above the
    elements looked at: a walk over all of the page's headings cost more.)"""
    if block.tag in _PAGE_LEVEL or (block.text or "").strip():
        return False
    heading = next(block.iterchildren(lxml.etree.Element), None)
    if heading is None or heading.tag not in SUBHEADING_TAGS:
        return False  # (the heading must open its block)
    text = heading_text(heading)
    kind = heading_kind(text) if text is not None else None
    if kind is Kind.COMMENTS:
        return True
    if kind not in OTHER_STORIES_KINDS:
        return False
    headline = headline_element(page)
    return headline is None or not is_descendant(headline, block)


def _headline_holders(page: Page) -> frozenset[HtmlElement]:
    """The ancestors of the page's headline ``<h1>`` (:func:`headline_element`, which passes
    over a logo's): a block holding the headline is the story's column, whatever its class
    says (VnExpress's main column is "sidebar-1"); a sidebar holding the blog's name as its
    logo is still a sidebar."""
    headline = headline_element(page)
    if headline is None or headline.tag != "h1":
        return frozenset()
    return frozenset(headline.iterancestors())


def in_excluded_container(page: Page, element: HtmlElement) -> bool:
    """True when the element sits in a nav, comments, related, sidebar, widget or site-footer
    block (looking no further up than the article element: its own footer holds its byline)."""
    parent = element.getparent()
    return parent is not None and _ancestry(page, parent)[1]


def only_in_headed_section(page: Page, element: HtmlElement) -> bool:
    """Whether the element sits in the article element and only a heading over other stories
    excludes it, no class or tag ("<div><h3>Explore further</h3><article>...</article><div
    class="tags">...", the story's own tags set in its box of further reading)."""
    root = article_element(page)
    found = False
    for node in element.iterancestors():
        if node is root:
            return found
        if _excluded_itself(node, True):
            return False
        found = found or _is_headed_section(page, node)
    return False


def in_article(page: Page, element: HtmlElement) -> bool:
    """True when the element is inside the article element (memoised walk)."""
    return article_element(page) is not None and _ancestry(page, element)[0]


def headline_line(page: Page) -> int:
    """Source line of the first ``<h1>`` (0 when there is none or lines are unknown)."""

    def find() -> int:
        h1 = next(iter(page.elements("h1")), None)
        return (h1.sourceline or 0) if h1 is not None else 0

    return cached(page, "_md_h1_line", find)


# Elements that may carry the headline on pages without an <h1> (<p class="titulo">,
# <dl class="newsTitle"><dt>...</dt></dl>), matched by their own text against <title>.
_TITLE_LIKE_TAGS = ("h2", "h3", "p", "dt", "div", "span", "strong", "b", "td")
_MIN_TITLE_CHARS = 15
_MAX_H1 = 3
# The headline comes early in a page: the search for it stops after this many elements.
_MAX_TITLE_SEARCH = 3000


def headline_element(page: Page) -> HtmlElement | None:
    """The first ``<h1>`` that is not the site's name (a logo heading); failing that, the
    first element whose own text is the ``<title>`` or its first or last part ("Headline -
    Site"). None when neither exists."""

    def find() -> HtmlElement | None:
        for h1 in page.elements("h1")[:_MAX_H1]:
            text = text_of(h1)
            if text and not is_site_identity(page, text) and not links_home(page, h1):
                return h1
        title = next(iter(page.elements("title")), None)
        title_text = collapse_whitespace(title.text or "") if title is not None else ""
        if len(title_text) < _MIN_TITLE_CHARS:
            return None
        body = page.tree.find("body")
        scope = body if body is not None else page.tree
        for element in itertools.islice(scope.iter(_TITLE_LIKE_TAGS), _MAX_TITLE_SEARCH):
            own = collapse_whitespace(element.text or "")  # (its own text: cheap to read)
            if len(own) >= _MIN_TITLE_CHARS and (
                title_text.startswith(own) or title_text.endswith(own)
            ):
                return element
        return None

    return cached(page, "_md_headline_element", find)


def links_home(page: Page, heading: HtmlElement) -> bool:
    """True for a logo heading: inside or around a link to the site's front page
    (``<a href="/"><h1>Site</h1></a>``)."""
    parent = heading.getparent()
    links = [*heading.iter("a"), *([parent] if parent is not None and parent.tag == "a" else [])]
    for link in links:
        href = (link.get("href") or "").strip()
        if href.startswith("#"):
            continue  # (the heading's link to itself, Sphinx's "headerlink": no link home)
        # (a relative "/" when the page has no URL)
        if href and is_home_page(page.absolute_url(href) or href):
            return True
    return False


_AFTER_HEADLINE_LIMIT = 30


def after_headline(page: Page) -> list[HtmlElement]:
    """The first 30 elements that follow the headline (:func:`headline_element`) in
    document order (XPath's ``following`` axis: not its own descendants); [] without one."""
    return cached(
        page,
        "_md_after_h1",
        lambda: list(
            itertools.islice(_following_headline(page, lxml.etree.Element), _AFTER_HEADLINE_LIMIT)
        ),
    )


def images_after_headline(page: Page, limit: int = 15) -> list[HtmlElement]:
    """The first ``<img>`` elements after the headline (:func:`headline_element`) in
    document order; [] without a headline."""
    return list(itertools.islice(_following_headline(page, "img"), limit))


def _following_headline(
    page: Page, tag: str | Callable[..., lxml.etree._Element]
) -> Iterator[HtmlElement]:
    """The elements (of ``tag``) after the headline in document order, walked from the
    heading itself: the XPath ``following`` axis would visit the whole rest of the page."""
    node: HtmlElement | None = headline_element(page)
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(tag)
        node = node.getparent()


_BEFORE_HEADLINE_LIMIT = 10
_TAIL_CLIMB = 2


def before_headline(page: Page) -> list[HtmlElement]:
    """Up to ten elements inside the headline's earlier siblings, nearest first: the
    "By A, published on 5 June" line some themes set above the headline."""
    heading = headline_element(page)
    found: list[HtmlElement] = []
    for sibling in heading.itersiblings(preceding=True) if heading is not None else ():
        found.extend(e for e in sibling.iter() if isinstance(e.tag, str))
        if len(found) >= _BEFORE_HEADLINE_LIMIT:
            break
    return found[:_BEFORE_HEADLINE_LIMIT]


def text_after_headline(page: Page) -> list[tuple[HtmlElement, str]]:
    """Loose text right after the headline: the tails of the headline and of up to two
    small wrappers around it (``<dl><dt>Headline</dt></dl> Published: 2018-08-25``), each
    with the element whose tail it is (the dates and the source read it: cached)."""
    return cached(page, "_md_text_after_h1", lambda: _find_text_after_headline(page))


def _find_text_after_headline(page: Page) -> list[tuple[HtmlElement, str]]:
    heading = headline_element(page)
    if heading is None:
        return []
    limit = len(text_of(heading)) * 2 + 100  # a wrapper of the headline, not the page
    found: list[tuple[HtmlElement, str]] = []
    node: HtmlElement | None = heading
    for _ in range(_TAIL_CLIMB + 1):
        if node is None or node.tag in ("body", "html") or text_length(node) > limit:
            break
        tail = collapse_whitespace(node.tail or "")
        if tail:
            found.append((node, tail))
        node = node.getparent()
    return found


def is_near_story(page: Page, element: HtmlElement) -> bool:
    """True when the element is inside the article element or, on pages without one, at or
    below the headline (not in the site header above it)."""
    if article_element(page) is not None:
        return in_article(page, element)
    return (element.sourceline or 0) >= headline_line(page)


def in_story_header(page: Page, element: HtmlElement) -> bool:
    """True when the element comes after the headline and before the article element: the
    story's header, where a page marks only the story's body as its article (``<header>``
    with the headline and an info list, then ``<article itemprop="articleBody">``)."""
    article = article_element(page)
    if article is None:
        return False
    following = after_headline(page)

    def find() -> frozenset[HtmlElement]:
        index = next((i for i, e in enumerate(following) if e is article), None)
        return frozenset(following[:index]) if index is not None else frozenset()

    return element in cached(page, "_md_story_header", find)


def by_headline(page: Page, element: HtmlElement) -> bool:
    """True when the element is in the headline's own block: inside one of its earlier
    siblings (a release's timestamp set above its ``<h1>``), or in the story's header under
    it (:func:`in_story_header`)."""
    above = cached(page, "_md_before_h1_set", lambda: frozenset(before_headline(page)))
    return element in above or in_story_header(page, element)


def near_story_first(page: Page, elements: list[HtmlElement]) -> list[HtmlElement]:
    """``elements`` reordered (stably): those near the story (:func:`is_near_story`) or by
    its headline (:func:`by_headline`) first."""
    return sorted(elements, key=lambda e: not (is_near_story(page, e) or by_headline(page, e)))


def article_element(page: Page) -> HtmlElement | None:
    """The element holding the story: the ``<article>``/``<main>``/``itemprop=articleBody``
    element with the most paragraphs; None when the page marks none."""
    return cached_of_page(page, "_md_article_el", _find_article_element)


def _find_article_element(page: Page) -> HtmlElement | None:
    titled = _titled_article(page)
    if titled is not None:
        return titled
    candidates = list(page.elements("article", "main"))
    candidates.extend(e for e, marks in cue_elements(page) if "articlebody" in marks)
    # (a post marked up with the hAtom microformat, "post hentry", in a page of <div>s; when
    # several are, the sidebar's teasers are hentries too, and the post holds most paragraphs)
    entries = [e for e, marks in cue_elements(page) if "hentry" in marks.split()]
    candidates.extend(entries[:_MAX_ENTRIES])
    best: HtmlElement | None = None
    best_count = 0
    for element in candidates[:30]:
        count = sum(1 for _ in element.iterdescendants("p"))  # (cheaper than an XPath count)
        if count > best_count:
            best, best_count = element, count
    # (a teaser marked <article>, its title linked, in a page whose story sits in <div>s is
    # no story element)
    if best is None:  # an article without <p> (text in divs) is still the article
        return next(
            (e for e in candidates if (e.tag == "article" or e in entries) and not _is_teaser(e)),
            None,
        )
    if best_count < _MIN_ARTICLE_PARAGRAPHS and (
        _is_teaser(best)
        or (best.find(".//a") is not None and len(text_of(best)) < _MIN_ARTICLE_TEXT)
    ):
        return None
    return best


def _titled_article(page: Page) -> HtmlElement | None:
    """Of several ``<article>`` elements each under its own ``<h1>`` (an endless page's
    stories), the one whose ``<h1>`` is the headline the page declares (``og:title``,
    ``<title>``); None when they are fewer or none is."""
    # (each article's first <h1>, found from the headings up: reading each article down for
    # one costs time quadratic in the depth of articles nested in one another)
    first_h1: dict[HtmlElement, HtmlElement] = {}
    for h1 in page.elements("h1"):
        for article in h1.iterancestors("article"):
            first_h1.setdefault(article, h1)
    titled = [
        (article, first_h1[article]) for article in page.elements("article") if article in first_h1
    ]
    if len(titled) < 2:
        return None
    declared = [key(text) for text in declared_titles(page)]
    for article, h1 in titled:
        heading = key(text_of(h1))
        if heading and any(title.startswith(heading) for title in declared):
            return article
    return None


def _is_teaser(element: HtmlElement) -> bool:
    """Most of the element's text is in links: a teaser card, not a story."""
    text = len(text_of(element))
    linked = sum(len(text_of(link)) for link in element.iter("a"))
    return text == 0 or linked * 2 >= text


_MIN_PARAGRAPH = 25
# How many levels above a paragraph a cookie banner's class is looked for.
_CONSENT_LEVELS = 4
# How many hAtom entries of a page are looked at for the post's.
_MAX_ENTRIES = 10
# A story's element holds more paragraphs than a teaser's one.
_MIN_ARTICLE_PARAGRAPHS = 2
_MIN_ARTICLE_TEXT = 300
_MAX_PARAGRAPHS = 60
_OUTSIDE_STORY = ("header", "nav", "figure", "noscript")
_MIN_TEXT_DIV = 40
# A div's running text may follow this many picture blocks at its start.
_MAX_LEADING_PICTURES = 1


def is_hidden(element: HtmlElement, limit: int = 30) -> bool:
    """True when the element or an ancestor is hidden (``hidden``, ``aria-hidden``, or an
    inline ``display:none``/``visibility:hidden``)."""
    node: HtmlElement | None = element
    for _ in range(limit):
        if node is None:
            break
        if node.get("aria-hidden") == "true" or is_not_displayed(node):
            return True
        node = node.getparent()
    return False


_PICTURES = frozenset({"img", "picture", "figure", "video", "iframe"})
_NOT_STORY_TEXT = re.compile("|".join(NOT_STORY_CLASSES), re.I)


def _paragraphs(scope: HtmlElement) -> Iterator[HtmlElement]:
    """The first paragraphs under ``scope`` in document order: ``<p>``, and ``<div>`` that
    hold running text directly (pages that never use ``<p>``); none inside a header, a nav
    or a figure. Iterated lazily: callers stop at the first good one."""
    seen = 0
    for element in scope.iter("p", "div"):
        if element.tag == "div" and len(_div_text(element).strip()) < _MIN_TEXT_DIV:
            continue  # a div counts when it holds a real paragraph's worth of text itself
        if next(element.iterancestors(_OUTSIDE_STORY), None) is not None:
            continue  # (lxml matches the ancestors' tags itself: no Python step per ancestor)
        yield element
        seen += 1
        if seen >= _MAX_PARAGRAPHS:
            return


def _div_text(div: HtmlElement) -> str:
    """A div's own running text: before its first child, or, when only pictures come before
    it (a photo block with its caption), after them ("<div><div class="photo"><img>
    <span>caption</span></div>(서울=연합뉴스) ... = story<br>")."""
    text = div.text or ""
    if text.strip():
        return text
    for child in itertools.islice(div, _MAX_LEADING_PICTURES):
        tail = child.tail or ""
        # (the tail first: a picture is looked for only under a child followed by text)
        if not tail.strip() or not _holds_picture(child):
            break
        return tail
    return text


def is_standfirst(paragraph: HtmlElement) -> bool:
    """Whether a paragraph's class or its parent's names it a standfirst ("<div
    class="article-lead"><p>")."""
    return _is_standfirst(paragraph, paragraph.get("class") or "")


def _is_standfirst(paragraph: HtmlElement, marks: str) -> bool:
    """Whether a paragraph's class or its parent's names it a standfirst, or a summary's
    label heading right before it does (``_under_summary_label``)."""
    parent = paragraph.getparent()
    return (
        holds_token(STANDFIRST_TOKENS, marks)
        or (parent is not None and holds_token(STANDFIRST_TOKENS, parent.get("class")))
        or _under_summary_label(paragraph)
    )


def _under_summary_label(paragraph: HtmlElement) -> bool:
    """Whether a subheading naming a summary is the element right before the paragraph
    ("<div class="article-sar"><h2>सार</h2><p>...</p></div>" over the story's text, which
    opens with the wire's dateline): the summary box, not the story's first paragraph."""
    before = paragraph.getprevious()
    if before is None or before.tag not in SUBHEADING_TAGS:
        return False
    words = " ".join(text_of(before).split()).rstrip(":").strip().lower()
    return words in KEY_POINTS_HEADINGS


def _holds_picture(element: HtmlElement) -> bool:
    return element.tag in _PICTURES or next(element.iter(*_PICTURES), None) is not None


def _in_consent_banner(paragraph: HtmlElement) -> bool:
    """The paragraph is a cookie banner's, a few levels up at most ("<div
    id="iubenda-cs-banner"><p class="iub-p">Noi e terze parti...")."""
    for ancestor in itertools.islice(paragraph.iterancestors(), _CONSENT_LEVELS):
        if kind_of_class_and_id(ancestor.get("class"), ancestor.get("id")) is Kind.CONSENT:
            return True
    return False


def leading_paragraphs(page: Page) -> list[str]:
    """Texts of the story's first paragraphs of 25 characters or more, up to the first of 60
    or more that is no standfirst (bylines and datelines styled as paragraphs skipped)."""

    def find() -> list[str]:
        root = article_element(page)
        found: list[str] = []
        for scope in (root, page.tree) if root is not None else (page.tree,):
            for p in _paragraphs(scope):
                marks = p.get("class") or ""
                if marks and (_CUE_ATTRIBUTE.search(marks) or _NOT_STORY_TEXT.search(marks)):
                    continue
                if is_hidden(p) or _in_consent_banner(p):
                    continue
                before = p.getprevious()
                if p.tag == "div" and before is not None and before.tag in _PICTURES:
                    continue  # a caption set under its picture
                text = text_of(p) if p.tag == "p" else collapse_whitespace(_div_text(p))
                if len(text) >= _MIN_PARAGRAPH:
                    found.append(text)
                    # (a standfirst set as the first paragraph is read, and so is the
                    # paragraph that opens the story after it; the standfirst's class may be
                    # its block's: "<div class="ArticleSummary"><p class="summaryArt">")
                    if len(text) >= 60 and not _is_standfirst(p, marks):
                        return found
            if found:
                return found
        return found

    return cached(page, "_md_paragraphs", find)


def first_paragraph(page: Page, min_chars: int = 60) -> str | None:
    """Text of the story's first paragraph of at least ``min_chars`` (25 or more), read from
    the pristine tree; None when the page has none."""
    for text in leading_paragraphs(page):
        if len(text) >= min_chars:
            return text
    return None


# A paragraph this long makes an <article> a story of its own, not a card.
_CARD_STORY_PARAGRAPH = 80


def in_other_story(page: Page, element: HtmlElement) -> bool:
    """Whether the element sits in another story's card: an ``<article>`` that holds neither
    the page's headline nor two paragraphs of prose (a front page's teasers each show their
    tags; Drupal's story is an ``<article>`` under a headline set outside it)."""
    card = next(element.iterancestors("article"), None)
    if card is None:
        return False
    headline = headline_element(page)
    if headline is not None and is_descendant(headline, card):
        return False
    paragraphs = (p for p in card.iter("p") if len(page.text(p)) >= _CARD_STORY_PARAGRAPH)
    return next(paragraphs, None) is None or next(paragraphs, None) is None
