"""Simple metadata fields: description, lead image, tags, canonical URL."""

from __future__ import annotations

import itertools
import re
import urllib.parse
from collections.abc import Callable, Iterator, Mapping

import lxml.etree

from newsparse.generic.article_urls import blocked_host
from newsparse.generic.classes import kind_of_class_and_id
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.urls import (
    SEARCH_LABEL_WORDS,
    SEARCH_PATH_SEGMENTS,
    TAG_PATH_SEGMENTS,
)
from newsparse.generic.labelled import lists_titles
from newsparse.generic.labels import heading_kind
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.authors import author_page_slug
from newsparse.generic.metadata.bylines import LEGAL_FORM
from newsparse.generic.metadata.class_cues import TAG_COMPONENT_NAMES
from newsparse.generic.metadata.meta_names import (
    DESCRIPTION_METAS,
    IMAGE_METAS,
    SECTION_METAS,
    TAG_METAS,
    UNTOPICAL_SECTIONS,
)
from newsparse.generic.metadata.textkeys import overlap
from newsparse.hosts import host_of, path_of
from newsparse.page import HtmlElement, Page
from newsparse.tags import HEADING_TAGS
from newsparse.tree_queries import is_descendant

# (with the Arabic script's comma and semicolon, and the CJK comma: "اقتصاد، مصر، تضخم"; a
# comma before a legal form is none: "Northfield Foods, Inc." is one tag)
_SPLIT_TAGS = re.compile(rf"\s*(?:,(?!\s*{LEGAL_FORM})|[;|،؛、，])\s*")
# Links a CMS marks as the post's tags (WordPress's and Blogger's ``rel="tag"``), not its
# categories (WordPress's ``rel="category tag"``: the section's).
_TAG_LINKS = "//body//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"
# A web app's component class: its name in camelCase, a "Styles" suffix a styled component's
# file adds, then "_" (a CSS module's "TagList_tags__Yk0Pa", "TagsStyles__Wrapper-sc-stu").
_COMPONENT_CLASS = re.compile(r"([A-Z][A-Za-z]*?)(?:Styles?)?_")
# A tag link's list is at most this many levels above it.
_TAG_LIST_LEVELS = 3
_MAX_TAG_LINKS = 20
_MAX_TAG_LINKS_READ = 200
# A label over a block of tag links is this short (characters)...
_MAX_TAG_LABEL = 40
# ...and the block holds at most this much text besides the label and its links, per link
# (the spaces, commas or bullets between them).
_MAX_TAG_BLOCK_REST = 3
# A tags block after the story's region, in the wrapper around it, is among the first this
# many elements there.
_MAX_AFTER_REGION = 200
# (on a page of bare <div>s: the story's own elements come first)
_MAX_AFTER_HEADLINE = 600
# A wrapper around the headline with fewer elements than this after it holds only the
# story's head (its date, byline, share buttons); the story follows the wrapper, this many
# levels up at most.
_MAX_HEAD_ELEMENTS = 40
_HEAD_WRAPPER_LEVELS = 4
_PAGE_LEVEL = frozenset({"html", "body"})
_IMAGE_NOISE = re.compile(r"logo|icon|avatar|sprite|placeholder|blank|pixel|spacer|badge", re.I)
_MIN_IMAGE_SIZE = 300
_MAX_IMAGES = 15
# A link to a picture file: an image's larger copy, wherever it is stored.
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)", re.I)
_SIZE_IN_NAME = re.compile(r"(?<![\d.])(\d{2,4})x(\d{2,4})(?!\d)")
_MIN_OVERLAP = 0.3
_WORDS = re.compile(r"\w+")
# The kinds of label over a block of links to tag pages that make it the story's topics
# ("Onderwerpen", "Lees meer over:", "More on").
_TOPIC_LABEL_KINDS = frozenset({Kind.TAGS, Kind.READ_ALSO, Kind.RELATED})
_RELATED_LABEL_KINDS = frozenset({Kind.READ_ALSO, Kind.RELATED})


def find_description(
    page: Page, lead_paragraph: Callable[[], str | None] | None = None
) -> str | None:
    """The article's summary: JSON-LD ``description``, Dublin Core, ``og:description`` (unless
    it shares almost nothing with the story: a site-wide teaser), the meta description,
    ``twitter:description``; else the story's first real paragraph (``lead_paragraph``: the
    extracted body's, when the caller has one), else the first paragraph of the page's story
    region."""
    value = common.clean(structured.article_value(page, "description"))
    if value:
        return value
    first = regions.first_paragraph(page, min_chars=25)
    plain = common.meta(page, "description")
    for name in DESCRIPTION_METAS:
        value = common.meta(page, name) or ""
        if len(value) < 3:
            continue
        if name == "og:description" and plain and plain != value:
            reference = " ".join(filter(None, (plain, first)))
            if overlap(value, reference) < _MIN_OVERLAP:
                continue
        return value
    lead = lead_paragraph() if lead_paragraph is not None else None
    return lead or first


def _jsonld_image(page: Page) -> str | None:
    value = structured.article_value(page, "image", "thumbnailUrl")
    for _ in range(4):
        if isinstance(value, list) and value:
            value = structured.resolve(page, value[0])
        elif isinstance(value, dict):
            value = value.get("url") or value.get("contentUrl") or value.get("@id")
        else:
            break
    return value if isinstance(value, str) else None


def _size(value: str | None) -> int:
    digits = re.match(r"\d+", value or "")
    return int(digits.group()) if digits else 0


def _article_image(page: Page) -> str | None:
    """The first large image of the article element, or, on pages without one, of what
    follows the headline (the logo and the menu above it are passed)."""
    root = regions.article_element(page)
    images = (
        root.iterdescendants("img") if root is not None else regions.images_after_headline(page)
    )
    seen = 0
    for image in images:
        if not (image.get("src") is not None or image.get("data-src") is not None):
            continue
        seen += 1
        if seen > _MAX_IMAGES:
            break
        src = image.get("src") or ""
        if not src or src.startswith("data:"):
            src = image.get("data-src") or image.get("data-lazy-src") or ""
        if not src or _IMAGE_NOISE.search(src) or regions.in_excluded_container(page, image):
            continue
        if _is_banner(page, image):
            continue
        width, height = _size(image.get("width")), _size(image.get("height"))
        named_size = _SIZE_IN_NAME.search(src)  # ".../88x31.png", "photo-150x150.jpg"
        if named_size and not (width or height):
            width, height = int(named_size.group(1)), int(named_size.group(2))
        if (width and width < _MIN_IMAGE_SIZE) or (height and height < _MIN_IMAGE_SIZE // 2):
            continue
        return src
    return None


def _is_banner(page: Page, image: common.HtmlElement) -> bool:
    """An image that links to another site, other than to a larger copy of itself: an
    advertiser's banner ("<a href="https://bet.example/"><img src="banner/bet300.gif"></a>")."""
    link = next(image.iterancestors("a"), None)
    href = link.get("href") if link is not None else None
    if not href or _IMAGE_FILE.search(href):
        return False
    own = host_of(page.url or page.canonical_hint)
    target = host_of(page.absolute_url(href))
    return own is not None and target is not None and target != own


def find_image(page: Page) -> str | None:
    """Absolute URL of the lead image: OpenGraph/Twitter, JSON-LD, else the first large
    image of the article."""
    sources: tuple[Callable[[], str | None], ...] = (
        lambda: common.meta(page, *IMAGE_METAS),
        lambda: _jsonld_image(page),
        lambda: common.link_href(page, "image_src"),
        lambda: _article_image(page),
    )
    for source in sources:  # in precedence order, each read only when the former fail
        url = page.absolute_url(source())
        if url:
            return url
    return None


def find_tags(
    page: Page, block_labels: Mapping[HtmlElement, HtmlElement] | None = None
) -> tuple[str, ...]:
    """Tags and keywords (``article:tag``, keywords metas, JSON-LD ``keywords``), then the
    section; duplicates removed, page order kept. ``block_labels``: the blocks the body's
    measuring walk found announced by a label, with it (read on a page that marks no story
    region)."""
    raw: list[str] = []
    for name in TAG_METAS:
        values = common.meta_all(page, name)
        if values:
            raw.extend(values)
            break
    keywords = structured.article_value(page, "keywords")
    if not raw and keywords:
        raw.extend(keywords if isinstance(keywords, list) else [keywords])
    if not raw:
        raw.extend(
            _tag_links(page) or _tag_block_links(page) or _topic_links(page, block_labels or {})
        )
    tags: list[str] = []
    seen: set[str] = set()
    for value in raw:
        parts = _SPLIT_TAGS.split(value) if isinstance(value, str) and len(raw) <= 2 else [value]
        for part in parts:
            tag = common.clean(part)
            if tag and len(tag) <= 80 and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    declared = structured.article_value(page, "articleSection")
    if isinstance(declared, list):
        declared = next((value for value in declared if isinstance(value, str)), None)
    section = common.meta(page, *SECTION_METAS) or common.clean(declared)
    if (
        section
        and section.casefold() not in seen
        and section.casefold() not in UNTOPICAL_SECTIONS
        and len(section) <= 80
    ):
        tags.append(section)
    return tuple(tags[:50])


def _tag_links(page: Page) -> list[str]:
    """The texts of the links the page marks as its post's tags (``rel="tag"``): its visible
    "Tags:" or "Labels:" line, for pages that declare no tags. One place only, outside
    sidebars, comments and other furniture, and outside other stories' cards (a front
    page's teasers each show their tags)."""
    holder: HtmlElement | None = None
    texts: list[str] = []
    for link in page.xpath(_TAG_LINKS)[:_MAX_TAG_LINKS_READ]:
        if (
            "category" in (link.get("rel") or "").lower().split()
            or author_page_slug(link) is not None
        ):
            continue
        if regions.in_other_story(page, link):
            continue
        if regions.in_excluded_container(page, link):
            continue
        group = _tag_list_of(link)
        if holder is None:
            holder = group
        elif not _side_by_side(group, holder):
            break  # (the post's own lists end: what follows is another's)
        texts.append(_without_hash(page.text(link)))
    return texts[:_MAX_TAG_LINKS]


def _tag_block_links(page: Page) -> list[str]:
    """The link texts of the first block in the story's region whose class names it the
    post's tags (Drupal's "field--name-field-tags", "post-tags", "etiquetas"), unless it is
    furniture's or another story's card; on a page that marks no story region, in the
    headline's wrapper after it (elsewhere its tag blocks may be anyone's). Only the first
    such block is read: when the post's own is empty, the next is a listing's. A block of one
    link above the headline in the region is the story's kicker ("Humanitarian Aid" over the
    title), read only when no block after it gives the tags."""
    scope = regions.article_element(page)
    heading = regions.headline_element(page)
    if scope is not None:
        elements = _region_and_after(scope)
        above_headline = heading is not None and is_descendant(heading, scope)
    else:
        if heading is None:
            return []
        elements = _after_headline_in_wrapper(heading)
        above_headline = False
    kicker: list[str] = []
    searches: HtmlElement | None = None  # (a box of searches passed over, and its links)
    for element in elements:
        if element is heading:
            above_headline = False
        if searches is not None:
            if any(ancestor is searches for ancestor in element.iterancestors()):
                if element.tag == "a":
                    continue
            else:
                searches = None  # (past it in page order: never inside it again)
        classes = element.get("class")
        labelled = _labelled_tag_block(page, element)
        if labelled is not None:
            return labelled
        if (classes and kind_of_class_and_id(classes, None) is Kind.TAGS) or _is_tag_component(
            element, classes
        ):
            if regions.in_other_story(page, element):
                return kicker
            links = _tag_links_around(element) if element.tag == "a" else list(element.iter("a"))
            links = [
                link
                for link in links
                if author_page_slug(link) is None and not _to_social_network(page, link)
            ]
            if regions.in_excluded_container(page, element) and not (
                links
                and all(map(_is_tag_link, links))
                and regions.only_in_headed_section(page, element)
            ):
                return kicker  # (a row of tag pages' links in the story's "Explore further" box)
            if not links and page.text(element):
                continue  # (a label classed as a tag, no list of them: a kicker's "Ligue 1")
            if len(links) == 1 and _leads_to_own_section(page, links[0]):
                continue  # (a kicker's link to the story's section front: "Local News")
            if (
                links
                and all(map(_is_search_link, links))
                and not _searches_own_texts(page, element, links)
            ):
                searches = element
                continue  # (a box of searches: "Related Searches")
            if _headed_as_related(page, element) and lists_titles(element):
                continue  # (stories' titles under "関連記事" in a box classed as topics)
            if scope is None and not _all_on_site(page, links):
                continue  # (share buttons classed "share-tools--event-tag")
            texts = [_without_hash(text) for text in map(page.text, links)]
            if above_headline and len(links) == 1:
                kicker = kicker or [text for text in texts if text]
                continue
            return [text for text in texts if text][:_MAX_TAG_LINKS]
    return kicker


def _is_tag_component(element: HtmlElement, classes: str | None) -> bool:
    """Whether the element is a web app's tag list component, by its test id or its CSS
    module's or styled component's class (its class names nothing once split in words:
    "tag-list-tags" reads as a tag's taxonomy class)."""
    test_id = element.get("data-testid")
    if test_id is not None and test_id.lower() in TAG_COMPONENT_NAMES:
        return True
    if not classes or "_" not in classes:
        return False
    return any(
        match is not None and match.group(1).lower() in TAG_COMPONENT_NAMES
        for match in map(_COMPONENT_CLASS.match, classes.split())
    )


def _to_social_network(page: Page, link: HtmlElement) -> bool:
    """Whether a link leads to a social network's page (a company's profile on LinkedIn in
    a press release's block classed as tags, headed "Social Media Profiles"): no tag."""
    target = page.absolute_url(link.get("href"), fallback_base=page.canonical_hint)
    host = host_of(target) if target else None
    return host is not None and host != page.host and blocked_host(host)


def _leads_to_own_section(page: Page, link: HtmlElement) -> bool:
    """Whether a link leads to a folder above the story's own address, its section's front
    ("/news/local/" over "/news/local/some-story/article_1.html")."""
    own = page.url or page.canonical_hint
    target = page.absolute_url(link.get("href"), fallback_base=page.canonical_hint)
    if not own or target is None or "?" in target or host_of(target) != host_of(own):
        return False
    folder = path_of(target).rstrip("/") + "/"
    return folder != "/" and path_of(own).startswith(folder) and path_of(own) != folder


def _searches_own_texts(page: Page, block: HtmlElement, links: list[HtmlElement]) -> bool:
    """Whether each search link searches its own text, one term each ("<a href="/search/?k=
    %22water%22">Water</a>": a CMS's tag links), in a block that does not name them as
    searches ("Related Searches")."""
    if _names_searches(page.text(block)):
        return False
    for link in links:
        text = page.text(link).casefold()
        try:
            query = urllib.parse.urlsplit(link.get("href") or "").query
        except ValueError:
            return False  # (no URL: "http://[::1")
        values = (value.strip("\"' ").casefold() for _, value in urllib.parse.parse_qsl(query))
        if not text or text not in values:
            return False
    return True


def _all_on_site(page: Page, links: list[HtmlElement]) -> bool:
    """Whether every link leads to a page of the site's own host (a tag's page does; a share
    button leads to a network or to ``mailto:``)."""
    own = host_of(page.url or page.canonical_hint)
    return own is not None and all(
        host_of(page.absolute_url(link.get("href") or "")) == own for link in links
    )


def _headed_as_related(page: Page, block: HtmlElement) -> bool:
    """Whether the block's first heading names related stories ("関連記事")."""
    heading = next(block.iter(*HEADING_TAGS), None)
    return heading is not None and heading_kind(page.text(heading)) in _RELATED_LABEL_KINDS


def _topic_links(page: Page, block_labels: Mapping[HtmlElement, HtmlElement]) -> list[str]:
    """On a page that marks no story region: the link texts of the first block a label of
    topics or of more reading opens whose links all lead to the site's tag pages ("Lees meer
    over:" over "/tag/storm", "/tag/knmi"), unless it is furniture's or another story's."""
    if not block_labels or regions.article_element(page) is not None:
        return []
    for block, label in block_labels.items():
        if heading_kind(page.text(label)) not in _TOPIC_LABEL_KINDS:
            continue
        links = list(itertools.islice(block.iter("a"), _MAX_TAG_LINKS + 1))
        if not links or len(links) > _MAX_TAG_LINKS or not all(map(_is_tag_link, links)):
            continue
        if regions.in_other_story(page, block) or regions.in_excluded_container(page, block):
            continue
        texts = [_without_hash(text) for text in map(page.text, links)]
        return [text for text in texts if text]
    return []


def _is_tag_link(link: HtmlElement) -> bool:
    """Whether a link leads to a site's tag or topic page ("/tag/storm")."""
    path = path_of(link.get("href")).lower()
    return any(segment in TAG_PATH_SEGMENTS for segment in path.split("/")[:-1])


def _region_and_after(scope: HtmlElement) -> Iterator[HtmlElement]:
    """The elements of the story's region, then a few of those after it in its wrapper (a
    page marking only the story's text as its body sets its tags after it: "<div
    itemprop="articleBody">...</div><div class="article__tags">"), none past the page's
    own level."""
    yield from scope.iterdescendants(lxml.etree.Element)
    parent = scope.getparent()
    if parent is None or parent.tag in _PAGE_LEVEL:
        return
    after = (
        element
        for sibling in scope.itersiblings(lxml.etree.Element)
        for element in sibling.iter(lxml.etree.Element)
    )
    yield from itertools.islice(after, _MAX_AFTER_REGION)


def _after_headline_in_wrapper(heading: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after the headline in its wrapper, a few hundred at most (a page of bare
    <div>s sets its tags after the story in the block its headline heads: "<h1>...</h1><div
    class="text">...</div><div class="art-tags">"); none when the headline's parent is the
    page's own level. A wrapper that holds only the story's head (the headline, its date and
    byline: "<div class="single-header"><h1>...</h1><time>...</div><div class="text">...")
    is followed by what comes after it in its own wrapper, a few levels up."""
    node, seen = heading, 0
    for _ in range(_HEAD_WRAPPER_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in _PAGE_LEVEL:
            return
        for sibling in node.itersiblings(lxml.etree.Element):
            for element in sibling.iter(lxml.etree.Element):
                yield element
                seen += 1
                if seen >= _MAX_AFTER_HEADLINE:
                    return
        if seen >= _MAX_HEAD_ELEMENTS:
            return  # (the story came after the headline in its wrapper)
        node = parent


def _labelled_tag_block(page: Page, label: HtmlElement) -> list[str] | None:
    """The link texts of a block opened by a tags label ("<div><span>Argomenti</span><a>Atm
    </a>...", "<h2>Related topics</h2><ul><li><a>Drought</a>..."), or by a label of more
    reading when its links all lead to the site's topic pages ("<span>More On</span><ul><li>
    <a href="/all-about/courts">"), whatever its class, when its links are nearly all its
    text besides the label; None when the element is no such label. Only a label of its own
    text, no element inside it, is read (that is cheap)."""
    parent = label.getparent()
    if (
        len(label)
        or label.tag == "a"
        or parent is None
        or parent.tag == "a"  # (a link's bold words, not a label over links)
        or (parent.text or "").strip()
        or parent[0] is not label
        or len(label.text or "") > _MAX_TAG_LABEL
    ):
        return None
    kind = heading_kind(page.text(label))
    if kind not in _TOPIC_LABEL_KINDS:
        return None
    if regions.in_other_story(page, parent) or regions.in_excluded_container(page, parent):
        return None
    links = list(parent.iter("a"))
    texts = [_without_hash(page.text(link)) for link in links if author_page_slug(link) is None]
    rest = len(page.text(parent)) - len(page.text(label)) - sum(map(len, texts))
    if not links or rest > _MAX_TAG_BLOCK_REST * len(links):
        return None  # (a story's subheading "Topics", paragraphs after it)
    if kind is not Kind.TAGS and not all(map(_is_tag_link, links)):
        return None  # ("More on" over stories, not over the site's topic pages)
    if all(map(_is_search_link, links)) and _names_searches(page.text(label)):
        return None  # (a portal's "Related Searches": queries, not the story's tags)
    return [text for text in texts if text][:_MAX_TAG_LINKS]


def _names_searches(label: str) -> bool:
    """Whether a label names its links as searches ("Related Searches"), not topics."""
    return any(word in SEARCH_LABEL_WORDS for word in _WORDS.findall(label.casefold()))


def _is_search_link(link: HtmlElement) -> bool:
    """Whether a link leads to a site's search page ("/search?q=Multnomah+Falls")."""
    path = path_of(link.get("href")).lower()
    return any(segment in SEARCH_PATH_SEGMENTS for segment in path.split("/"))


def _tag_links_around(link: HtmlElement) -> list[HtmlElement]:
    """A tag link classed as one ("<li><a class="tag">Sequía</a></li>") and the links of the
    same class in the list around it (the nearest ancestor holding another link)."""
    classes = link.get("class")
    for ancestor in itertools.islice(link.iterancestors(), _TAG_LIST_LEVELS):
        links = [other for other in ancestor.iter("a") if other.get("class") == classes]
        if len(links) > 1:
            return links
    return [link]


def _without_hash(text: str) -> str:
    """A tag link's text without the "#" a theme shows it with (Tumblr's "#fair isle")."""
    return text.lstrip("#").lstrip()


def _side_by_side(one: HtmlElement | None, other: HtmlElement) -> bool:
    """Whether two tag lists are one place's: the same list, one inside the other's holder,
    or siblings (a post footer's categories and tags)."""
    if one is None:
        return False
    parent, other_parent = one.getparent(), other.getparent()
    return one is other or parent is other or other_parent is one or parent is other_parent


def _tag_list_of(link: HtmlElement) -> HtmlElement | None:
    """The element holding a tag link's list: its parent, or the list around the item that
    wraps it alone (``<ul><li><a rel=tag>``)."""
    parent = link.getparent()
    if parent is not None and parent.tag in ("li", "span") and len(parent) == 1:
        return parent.getparent()
    return parent


def find_canonical_url(page: Page) -> str | None:
    """``<link rel=canonical>``, else ``og:url``, as an absolute http(s) URL."""
    return common.link_href(page, "canonical") or page.absolute_url(common.meta(page, "og:url"))
