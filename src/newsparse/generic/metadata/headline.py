"""The article's headline, chosen by agreement between the places pages declare it.

Sources: the article's JSON-LD ``headline``; declared titles (``dc.title``, ``og:title``,
``twitter:title`` and kin); the visible headline (``h1``/``itemprop=headline`` in the article);
``<title>``. Declared titles and ``<title>`` lose "| Site" decorations (segments naming the
site, its host or the author). Precedence, each step validated against the others:

1. JSON-LD ``headline`` (a bare ``name`` only when another source agrees with it);
2. a declared title, unless it shares no words with a visible headline that ``<title>``
   confirms (a site-wide og:title such as "Example News - Latest Headlines"); when it is
   such a headline plus a short label ("Title | Editorial"), the headline alone;
3. a visible headline that ``<title>`` confirms (equal, or ``<title>`` is it plus a suffix);
   failing one, an ``<h2>`` named as a title that opens ``<title>`` (the ``<h1>`` is a logo);
4. ``<title>`` without decorations; a lone visible headline when there is no ``<title>``.
"""

from __future__ import annotations

import itertools
import re
from urllib.parse import urlsplit

import lxml.etree

from newsparse.generic.classes import class_and_id, holds_token
from newsparse.generic.cues.scripts import CJK_CHARACTER, CJK_CHARACTERS
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.class_cues import (
    HEADLINE_SUBTITLE_TOKENS,
    LEADING_TITLE_LABELS,
    MAILING_LIST_WORDS,
    OFFSCREEN_CLASSES,
    TITLE_CLASSES,
    TITLE_LABELS,
    TRAILING_OPINION_LABELS,
)
from newsparse.generic.metadata.meta_names import SOCIAL_TITLE_METAS, TITLE_METAS
from newsparse.generic.metadata.patterns import one_of
from newsparse.generic.metadata.site import identity_keys, is_site_identity
from newsparse.generic.metadata.textkeys import key, overlap, tight_key
from newsparse.generic.text import paragraph_key
from newsparse.page import Page, collapse_whitespace, text_of
from newsparse.tree_queries import is_within, make_of, previous_element, repeated_makes

# " | ", " - ", " — ", " :: ", full-width "｜" and "／" (a Japanese office's "<heading>／
# 海岸県") and, between CJK characters, "_" and "-"; a full-width colon before a title's last
# short part ("<headline>：朝日新聞デジタル").
_SEPARATOR = re.compile(
    r"\s+(?:[|\-–—·•»«~/]|::)\s+|\s*[|｜]\s*|\s*／(?=[^／]{2,20}$)"
    rf"|(?<=[{CJK_CHARACTERS}])\s*[_\-]\s*(?=[{CJK_CHARACTERS}])"
    r"|：(?=[^：]{2,20}$)"
)
_MAX_CJK_LABEL = 6
# Characters that may end a title's decoration before the headline (or open one after it).
# A heading taken for the headline when nothing else names it has this many words.
_MIN_HEADLINE_WORDS = 4
# Elements a page with no heading element sets its title line in.
_TITLE_LINE_TAGS = ("div", "p", "span", "strong", "b", "font")
_SEPARATOR_CHARACTERS = "|-–—·•»~/:_：｜／"
# A decoration in brackets closing a title: "(From The Northern Echo)", "(Site)".
_BRACKETED_SUFFIX = re.compile(r"\s+\(([^()]{2,60})\)\s*")
_AGREEING_SUFFIX = re.compile(rf"^\s*(?:[{re.escape(_SEPARATOR_CHARACTERS)}]|::)")
_MAX_LENGTH = 400
_CUT_LENGTH = 100
# A headline's second half after a colon, of a few words at least.
_COLON_CONTINUATION = re.compile(r"\s*[:：]\s+\S")
_MIN_CONTINUATION_WORDS = 3
# A declared title is a shorter version of the article's heading when this share of its words
# is in the heading.
_SOCIAL_TITLE_OVERLAP = 0.6
_SOCIAL_TITLE_MORE_WORDS = 2
# A title's trailing label ("| Editorial", "- Opinion"): a few words, not a clause.
_MAX_LABEL_WORDS = 4
# A label before a heading: words, then a colon or a separator ("Godavari Floods: "), or a
# place and a full stop (French regional papers' "Brest. ").
_LABEL_BEFORE = re.compile(
    r"[^:|]+?(?:\s*[:|｜]\s*|\s+[\-–—·•»]\s+)|[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}\.\s+"
)
_SENTENCE = re.compile(r"[.!?,;]")
# A place's label of a town and its state's or province's code ("Duluth, MN", "Red Deer,
# AB"), set between a title and the site's name ("<headline> - Duluth, MN - <paper>").
_PLACE_LABEL = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, [A-Z]{2}")
# The page's masthead: a <header> or banner this few levels under <body> (the site's, above
# the story), whose images' alt texts name the site or the partner it shows its pages for.
_MASTHEAD = lxml.etree.XPath(
    "(/html/body|/html/body/*|/html/body/*/*)/*[self::header or @role='banner']"
)
_MAX_MASTHEADS = 2
_MAX_MASTHEAD_IMAGES = 6
# The tag of a story's media closing a title: "[PHOTOS]", "(VIDEO)", "- WATCH".
_MEDIA_TAG = re.compile(
    r"\s*(?:[\[(](?:photos?|pictures|video|videos|gallery|watch|listen|audio)[\])])\s*$", re.I
)
# A live, media or section label opening a declared title, and its stop: "DIRECT. ",
# "LIVE: ", "Opinion: ".
_LEADING_LABEL = re.compile(one_of(LEADING_TITLE_LABELS) + r"\s*[.:|\-–—]\s*", re.I)
_TITLE_LABEL_KEYS = frozenset(tight_key(label) for label in TITLE_LABELS)
_OFFSCREEN = re.compile("|".join(OFFSCREEN_CLASSES), re.I)
_TITLE_NAMED = re.compile("|".join(TITLE_CLASSES), re.I)
# A declared headline sharing less than this share of its words with the heading the
# <title> confirms says something else (MediaWiki's JSON-LD "headline" is the article's
# short description: "lighthouse on the north-east coast" for "Harrowgate Point Lighthouse").
_MIN_OVERLAP = 0.5
# The <font> sizes of a headline on a page that has no heading element, its words, and how
# many such texts are looked at.
_DISPLAY_FONT_SIZES = frozenset({"5", "6", "7", "+2", "+3", "+4"})
_MIN_DISPLAY_WORDS = 3
_MAX_DISPLAY_WORDS = 25
_MAX_DISPLAY_HEADINGS = 3
# The words a part of a <title> holds at least to stand for the headline it opens.
_MIN_TITLE_PART_WORDS = 3
# The headings a blog writes its post's title in, linked to the post.
_PERMALINK_HEADING_TAGS = ("h1", "h2", "h3")
# How many <h2> a page's title heading may come after.
_MAX_SUBHEADINGS = 10
# The ideographic space (U+3000), and the other whitespace the headline's sources collapse.
_IDEOGRAPHIC_SPACE = "\u3000"
_SPACES_BUT_IDEOGRAPHIC = re.compile(r"[^\S\u3000]+")
_MAX_IDEOGRAPHIC_SOURCES = 3


def _plausible(text: str | None) -> bool:
    return bool(text) and 2 <= len(text or "") <= _MAX_LENGTH


def strip_decorations(page: Page, title: str, extra_names: tuple[str, ...] = ()) -> str:
    """``title`` without leading/trailing segments that name the site (or ``extra_names``,
    or an image of the page's masthead: a partner paper's logo on a site that shows its pages,
    "<headline> - Northfield, MN - Northfield Courier" under the paper's logo)."""
    separators = _title_separators(title)
    if not separators:
        return _without_site_ends(page, title)
    parts = _parts_between(title, separators)
    extra = {tight_key(name) for name in extra_names if name}

    def decoration(part: str) -> bool:
        tight = tight_key(part)
        return is_site_identity(page, part) or tight in extra or tight in _masthead_names(page)

    start, end = 0, len(parts)
    # "Site » Blog Archive » Post" (WordPress's classic theme): what follows the label
    label = next(
        (i for i, part in enumerate(parts[1:-1], 1) if tight_key(part) in _TITLE_LABEL_KEYS), None
    )
    if label is not None:
        start = label + 1
    if (
        end - start > 2
        and decoration(parts[end - 2])
        and not decoration(parts[end - 1])
        and _is_section_label(parts[end - 1], parts[start])
    ):
        end -= 1  # "Title - Site - Politik": the site, then the section it files the story in
    while end - start > 1 and decoration(parts[end - 1]):
        end -= 1
    while end - start > 1 and decoration(parts[start]):
        start += 1
    if (start, end) == (0, len(parts)):
        return _without_site_prefix(page, title)
    if (
        end < len(parts)
        and end - start == 2
        and _is_label_before_site(parts[start + 1], parts[start])
    ):
        end -= 1  # "Title | Local News | Site": the section between the title and the site
    # Re-cut the original text so the kept separators stay as the page wrote them.
    kept = title
    if end < len(parts):
        kept = kept[: separators[end - 1].start()]
    if start > 0:
        kept = kept[separators[start - 1].end() :]
    return collapse_whitespace(kept)


def _title_separators(title: str) -> list[re.Match[str]]:
    """The separators between a title's parts, but for those in brackets: a life span's or
    a season's dash is the headline's own ("Jane Roe Obituary (1941 - 2025) - Paper")."""
    return [
        separator
        for separator in _SEPARATOR.finditer(title)
        if title.count("(", 0, separator.start()) <= title.count(")", 0, separator.start())
    ]


def _parts_between(title: str, separators: list[re.Match[str]]) -> list[str]:
    """The parts of ``title`` between its ``separators``."""
    bounds = [0, *(i for separator in separators for i in separator.span()), len(title)]
    return [title[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]


def _is_label_before_site(part: str, title: str) -> bool:
    """A section's label (``_is_section_label``) or a place's ("Duluth, MN") between a title
    and the site's name it is decorated with."""
    return _is_section_label(part, title) or _PLACE_LABEL.fullmatch(part) is not None


def _masthead_names(page: Page) -> frozenset[str]:
    """Tight keys of the alt texts of the images in the page's masthead (a ``<header>`` or
    banner near the top of ``<body>``, outside the story and not holding its headline): the
    site's logo, or the partner paper's that a site showing its pages carries beside its own."""

    def build() -> frozenset[str]:
        names: set[str] = set()
        headline = regions.headline_element(page)
        for masthead in _MASTHEAD(page.tree)[:_MAX_MASTHEADS]:
            if regions.in_article(page, masthead) or (
                headline is not None and is_within(headline, masthead)
            ):
                continue
            for image in itertools.islice(masthead.iter("img"), _MAX_MASTHEAD_IMAGES):
                tight = tight_key(image.get("alt") or "")
                if len(tight) >= 2:
                    names.add(tight)
        return frozenset(names)

    return common.cached(page, "_md_masthead_names", build)


# "The Daily Planet: Harbour plan approved": a site's name before a colon.
_COLON_PREFIX = re.compile(r"(.{2,60}?):\s+(?=\S)")
# "<headline> : Rediff.com Business": a colon spaced on both sides before a title's last part
# (French typography writes a topic so too: "Brexit : ce qui change").
_SPACED_COLON_SUFFIX = re.compile(r"\s+:\s+(?P<site>[^:]{2,60})$")
# The section label after a site's name in that part: a capitalised word or two.
_MAX_SECTION_WORDS = 2


def _without_site_ends(page: Page, title: str) -> str:
    """``title`` without a site's name before a colon or after a spaced one."""
    title = _without_site_prefix(page, title)
    suffix = _SPACED_COLON_SUFFIX.search(title)
    if suffix is None:
        return title
    head, site = title[: suffix.start()], suffix.group("site")
    if is_site_identity(page, site) or (
        _opens_with_site(page, site) and _shown_as_heading(page, head)
    ):
        return head
    return title


def _opens_with_site(page: Page, part: str) -> bool:
    """The site's name, then a section's label of a capitalised word or two ("Rediff.com
    Business", "The Clarion Sport")."""
    words = part.split()
    for cut in range(1, len(words)):
        label = words[cut:]
        if len(label) <= _MAX_SECTION_WORDS and is_site_identity(page, " ".join(words[:cut])):
            return all(word[:1].isupper() and word.isalpha() for word in label)
    return False


def _shown_as_heading(page: Page, text: str) -> bool:
    """Whether the page shows ``text`` as its headline's element (the ``<h1>``, or the
    element that shows a part of the ``<title>``: a large ``<font>``'s text on a page of no
    heading element): what confirms the rest of the title as decoration."""
    element = regions.headline_element(page)
    return element is not None and key(common.element_text(page, element)) == key(text)


def _without_site_prefix(page: Page, title: str) -> str:
    """``title`` without a leading "Site: " (only when the prefix names the site: "Brexit:
    what next" keeps its topic)."""
    prefix = _COLON_PREFIX.match(title)
    if prefix is None or not is_site_identity(page, prefix.group(1)):
        return title
    if tight_key(prefix.group(1)) not in identity_keys(page) and _shown_as_heading(page, title):
        # (a name that only opens with the site's, "Mayo Clinic Q and A" on the Mayo Clinic
        # News Network, is a column's when the <h1> shows the title whole)
        return title
    return title[prefix.end() :]


def _is_section_label(part: str, title: str) -> bool:
    """A short label ("Local News", "Opinion", "本地新闻") after a title of more words and
    three at least ("Plan approved | Local News" may be two halves of one title); in scripts
    written without spaces, a label of a few characters after a title twice as long."""
    if _SENTENCE.search(part):
        return False
    if CJK_CHARACTER.search(part):
        return len(part) <= _MAX_CJK_LABEL and len(title) >= 2 * len(part)
    words = len(part.split())
    return len(part) <= 30 and words <= 3 and len(title.split()) >= max(3, words + 1)


def agrees(short: str, long: str, page: Page | None = None, *, trusted: bool = False) -> bool:
    """True when both texts say the same, or ``long`` is ``short`` plus a separated prefix or
    suffix (a ``<title>`` that decorates the headline). The decoration must be shorter than
    ``short`` or name the site, unless ``short`` is ``trusted`` (the article's own heading):
    in "Blog Name: A Long Story Title" the short part is the blog, not the story."""
    if key(short) == key(long):
        return True
    if len(short) < 8:
        return False
    folded_short, folded_long = short.casefold(), long.casefold()
    if folded_long.startswith(folded_short):
        rest = long[len(short) :]
        if _AGREEING_SUFFIX.match(rest):
            return trusted or _is_decoration(short, rest, page)
        bracketed = _BRACKETED_SUFFIX.fullmatch(rest)
        if bracketed is not None:
            # a print page's "<headline> (From The Northern Echo)"
            inner = bracketed.group(1)
            return (
                trusted
                or inner.casefold().startswith("from ")
                or _is_decoration(short, inner, page)
            )
    if folded_long.endswith(folded_short):
        head = long[: len(long) - len(short)].rstrip()
        if head and head[-1] in _SEPARATOR_CHARACTERS:
            return trusted or _is_decoration(short, head, page)
    start = folded_long.find(folded_short)
    if start > 0 and page is not None:
        # the site's name before and a label after: "asahi.example：<headline> - 社会" (a
        # label before is not enough: "Bahnstreik: <headline>" may be the headline's own)
        head, rest = long[:start].rstrip(), long[start + len(short) :]
        if head and head[-1] in _SEPARATOR_CHARACTERS and _AGREEING_SUFFIX.match(rest):
            site = head.strip(" " + _SEPARATOR_CHARACTERS)
            return is_site_identity(page, site) and (trusted or _is_decoration(short, rest, page))
    return False


def _is_decoration(headline: str, rest: str, page: Page | None) -> bool:
    rest = rest.strip(" " + _SEPARATOR_CHARACTERS)
    return (
        len(rest) < len(headline)
        or (page is not None and _names_site(page, rest))
        or _is_label_chain(rest)
    )


def _names_site(page: Page, text: str) -> bool:
    """The site's name, perhaps with its tagline after a comma ("Wikipedia, the free
    encyclopedia")."""
    return is_site_identity(page, text) or (
        "," in text and is_site_identity(page, text.split(",", 1)[0])
    )


def _is_label_chain(text: str) -> bool:
    """Two labels or more, each a few words and no clause ("Department of Geography -
    Northfield University"): a section and a site, however long together."""
    parts = _SEPARATOR.split(text)
    return len(parts) >= 2 and all(
        0 < len(part.split()) <= _MAX_LABEL_WORDS and not _SENTENCE.search(part) for part in parts
    )


def _headline_elements(page: Page) -> list[common.HtmlElement]:
    marked = [
        e
        for e, marks in regions.cue_elements(page)
        if e.tag != "meta"
        and ("headline" in marks or "entry-title" in marks)
        and any(_names_headline(token) for token in marks.split())
    ]
    h1s = list(page.elements("h1")[:8])
    if not h1s and not marked:
        return _display_headings(page)
    return [*h1s, *(e for e in marked if e not in h1s)][:12]


def _names_headline(token: str) -> bool:
    """A class token of a story's headline: "headline", "entry-title", or a word ending in
    headline ("storyheadline", old CMSs' span); not a subheadline."""
    return token in ("headline", "entry-title") or (
        token.endswith("headline") and not token.endswith("subheadline")
    )


def _display_headings(page: Page) -> list[common.HtmlElement]:
    """On a page of no heading element (the ``<font>`` layouts of old sites), the first
    texts set in a large font ("<font size=5><b>Headline</b></font>"), unlinked and a few
    words long."""
    found: list[common.HtmlElement] = []
    body = page.tree.find("body")
    for font in (body if body is not None else page.tree).iter("font"):
        if (font.get("size") or "").strip() not in _DISPLAY_FONT_SIZES:
            continue
        if font.find(".//a") is not None or next(font.iterancestors("a"), None) is not None:
            continue
        words = len(common.element_text(page, font).split())
        if _MIN_DISPLAY_WORDS <= words <= _MAX_DISPLAY_WORDS:
            found.append(font)
            if len(found) == _MAX_DISPLAY_HEADINGS:
                break
    return found


def visible_headlines(page: Page) -> list[str]:
    """Texts of headline elements (``h1``, ``itemprop=headline``, ``.entry-title``), those
    inside the article element first; at most five."""

    def find() -> list[str]:
        elements = _headline_elements(page)
        ordered = [e for e in elements if regions.in_article(page, e)]
        ordered += [e for e in elements if not regions.in_article(page, e)]
        # (a page has one headline: a make of heading repeated is a feed's, each live post's
        # "<h2 class="live-story-post__headline">" or each teaser's)
        makes = repeated_makes(e for e in ordered if e.tag != "h1")
        found: list[str] = []
        for element in ordered:
            if make_of(element) in makes:
                continue
            if common.text_length(element) > _MAX_LENGTH or regions.is_hidden(element):
                continue
            if _OFFSCREEN.search(element.get("class") or ""):
                continue  # "screen-reader-text" site names and skip links
            if regions.links_home(page, element):
                continue  # the site's name as its logo, whatever the page declares
            text = _without_subtitle(page, element).rstrip("¶ ")
            if _plausible(text) and text not in found:
                found.append(text)
        return found[:5]

    return common.cached(page, "_md_visible_headlines", find)


def _without_subtitle(page: Page, element: common.HtmlElement) -> str:
    """The headline element's text without a subtitle set in it as its last child, classed
    as one, after a line break or in small type (``<br><span class="c-heading-sub">``,
    ``<small class="subtitle">``)."""
    text = common.element_text(page, element)
    if not len(element):
        return text
    last = element[-1]
    if (last.tail or "").strip() or not holds_token(HEADLINE_SUBTITLE_TOKENS, last.get("class")):
        return text
    before = last.getprevious()
    if last.tag != "small" and (
        before is None or before.tag != "br" or (before.tail or "").strip()
    ):
        return text
    subtitle = common.element_text(page, last)
    shorter = text.removesuffix(subtitle).rstrip()
    return shorter if subtitle and shorter != text and _plausible(shorter) else text


def titled_subheadings(page: Page, raw_title: str) -> list[str]:
    """Texts of the first ``<h2>`` elements that call themselves titles (class or id) and
    open the ``<title>``: the headline of a page whose only ``<h1>`` is its logo. On a page
    with no ``<h1>`` at all (old layouts), an unnamed ``<h2>`` whose text the ``<title>``
    decorates only a little qualifies too."""
    found: list[str] = []
    any_h1 = bool(page.elements("h1"))
    for element in itertools.islice(page.tree.iter("h2"), _MAX_SUBHEADINGS):
        names = class_and_id(element)
        named = bool(_TITLE_NAMED.search(names))
        if (not named and any_h1) or _OFFSCREEN.search(names):
            continue
        if common.text_length(element) > _MAX_LENGTH or regions.is_hidden(element):
            continue
        text = common.element_text(page, element)
        if (
            _plausible(text)
            and not is_site_identity(page, text)
            and agrees(text, raw_title, page, trusted=named)
        ):
            found.append(text)
    return found


def _opened_by_title_part(headings: list[str], raw_title: str) -> list[str]:
    """The headings that a part of the ``<title>`` (of several) opens, a part of a few words
    at least: a headline the title cuts short beside the site's name ("العربية.نت | <the
    headline's first words>"), whatever script that name is written in."""
    parts = [part.strip() for part in _SEPARATOR.split(raw_title)]
    if len(parts) < 2:
        return []
    return [
        heading
        for heading in headings
        if any(
            len(part.split()) >= _MIN_TITLE_PART_WORDS
            and len(heading) > len(part)
            and heading.casefold().startswith(part.casefold())
            for part in parts
        )
    ]


def permalink_headings(page: Page) -> tuple[str, ...]:
    """Texts of the first headings that are one link to the page itself: a blog post's title
    linking to its permalink (Blogger's "<h3 class='post-title'><a href=...>", a Tumblr
    post's <h2>), where the ``<title>`` names the blog alone or before the post (cached)."""
    return common.cached(page, "_md_permalink_headings", lambda: _find_permalink_headings(page))


def _find_permalink_headings(page: Page) -> tuple[str, ...]:
    own = {_bare_url(url) for url in (page.url, page.canonical_hint) if url}
    if not own:
        return ()
    own_ends = {_last_segment(url) for url in own}
    found: list[str] = []
    # (h1s, then h2s, then h3s: each tag's list is at hand, a merge in page order is not)
    headings = [h for tag in _PERMALINK_HEADING_TAGS for h in page.elements(tag)[:_MAX_SUBHEADINGS]]
    for heading in headings:
        # (the heading is the link and nothing else: cheap tests first, pages have many)
        if len(heading) != 1 or heading[0].tag != "a":
            continue
        link = heading[0]
        href = link.get("href")
        if not href or _last_segment(href) not in own_ends:
            continue  # (no link to this page: most headings, told without resolving the link)
        if (heading.text or "").strip() or (link.tail or "").strip():
            continue
        url = page.absolute_url(href)
        if url is not None and _bare_url(url) in own:
            text = common.element_text(page, heading)
            if _plausible(text) and not is_site_identity(page, text):
                found.append(text)
    return tuple(found)


def _last_segment(url: str) -> str:
    """The last segment of a URL's path, without query or fragment ("" for a site's root or
    a URL that does not split)."""
    try:
        path = urlsplit(url).path
    except ValueError:  # (a malformed host: "http://[::1")
        return ""
    return path.rstrip("/").rsplit("/", 1)[-1].lower()


def _bare_url(url: str) -> str:
    """A URL without its scheme, fragment and trailing slash: two spellings of one page."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.lower()
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc}{parts.path}{query}".rstrip("/").lower()


def article_headlines(page: Page) -> list[str]:
    """Texts of the ``<h1>`` elements inside the article element."""
    root = regions.article_element(page)
    if root is None:
        return []
    return [common.element_text(page, h1) for h1 in root.iter("h1")][:3]


def _title_element(page: Page) -> str | None:
    element = next(iter(page.elements("title")), None)
    if element is None:
        return None
    text = text_of(element)
    return text if _plausible(text) else None


def _jsonld_headline(page: Page) -> tuple[str | None, bool]:
    """The article object's headline, and whether it is a real ``headline`` (not a ``name``)."""
    obj = structured.article_object(page)
    if obj is None:
        return None, False
    headline = common.clean(obj.get("headline"))
    if _plausible(headline):
        return strip_decorations(page, headline), True
    name = common.clean(obj.get("name"))
    return (name, False) if _plausible(name) else (None, False)


def _section_names(page: Page) -> tuple[str, ...]:
    """The section the page files the story under ("Politics"), a title decoration too."""
    names = common.meta_all(page, "article:section", "parsely-section", "section")[:3]
    declared = structured.article_value(page, "articleSection")
    for value in declared if isinstance(declared, list) else [declared]:
        if isinstance(value, str):
            names.append(common.clean(value))
    return tuple(name for name in names if name and len(name) <= 40)


def _as_shown(declared: str, visible: list[str]) -> str:
    """A declared title written in capitals, as the page's heading writes the same words
    ("MAYOR RESIGNS AFTER AUDIT" for the ``<h1>`` "Mayor resigns after audit")."""
    if not declared.isupper():
        return declared
    folded = declared.casefold()
    return next((heading for heading in visible if heading.casefold() == folded), declared)


def _without_media_tag(declared: str, visible: list[str]) -> str:
    """A declared title without the tag of its media a station adds ("... farm town
    [PHOTOS]", "(VIDEO)") when the page's heading shows the title without it."""
    tag = _MEDIA_TAG.search(declared)
    if tag is None:
        return declared
    bare = declared[: tag.start()]
    return bare if any(heading.strip() == bare for heading in visible) else declared


def _without_leading_label(declared: str, visible: list[str]) -> str:
    """A declared title without the live, media or section label opening it ("DIRECT. ...",
    "LIVE: ...", "Opinion: ...") when the page's heading shows the title without it."""
    label = _LEADING_LABEL.match(declared)
    if label is None:
        return declared
    bare = declared[label.end() :]
    # (letters only: the declared copy's plain quotes, the heading's typographic ones)
    folded = paragraph_key(bare)
    return bare if any(paragraph_key(heading) == folded for heading in visible) else declared


def _untruncated(chosen: str, others: list[str]) -> str:
    """``chosen``, or the longer text it was cut from: structured headlines are often cut at
    about 110 characters, with or without an ellipsis."""
    stem = chosen.rstrip(".…").rstrip()
    if not (chosen.endswith(("...", "…")) or len(chosen) >= _CUT_LENGTH):
        return chosen
    folded = paragraph_key(stem)
    for other in others:
        # (letters only: the JSON-LD's plain quotes, the page's typographic ones)
        if len(other) > len(stem) + 1 and paragraph_key(other).startswith(folded):
            if _AGREEING_SUFFIX.match(other[len(stem) :]):
                continue  # the same headline plus a decoration, not a longer headline
            return other
    return chosen


def _shown_title_part(page: Page, title: str) -> str | None:
    """The longest part of a ``<title>`` of several ("<headline> - <paper>") when the page
    shows it as an element's own text (a Joomla 1.5 article's ``<td
    class="contentheading">``): the headline, without the site's name (a shorter part shown
    alone is more likely the site's name in its masthead); or the headline the page shows
    when that part is it after a kicker ("Hochwasserschutz: <headline> - <paper> - Kassel",
    the kicker shown apart above the headline)."""
    parts = [part.strip() for part in _SEPARATOR.split(title)]
    if len(parts) < 2:
        return None
    element = regions.headline_element(page)
    if element is None:
        return None
    text = collapse_whitespace(element.text or "")
    longest = max(parts, key=len)
    shown = text == longest or (
        len(text) < len(longest)
        and longest.endswith(text)
        and longest[: len(longest) - len(text)].rstrip().endswith(":")
    )
    return text if shown and _plausible(text) else None


def _fuller_heading(declared: str, headings: list[str], in_article: set[str]) -> str | None:
    """The article's own heading when a declared title is a shorter social version of it
    (og:title "Perth swelters through record run of 40C days" over the ``<h1>`` "Perth
    swelters through record run of 40C days as schools cut hours"): longer by a few words
    (not just an article: "The seven secrets..." for "Seven secrets..."), and holding most
    of its words. Not one that only puts words before it: a kicker written into the
    ``<h1>`` ("<span class='kicker'>Kampf gegen Zweckentfremdung</span> München verschärft
    ..."), a label ("Exclusive:"), which social titles do not cut."""
    declared_words = len(declared.split())
    folded = " ".join(declared.casefold().split())
    for heading in headings:
        if (
            heading in in_article
            and not " ".join(heading.casefold().split()).endswith(folded)
            and len(heading.split()) >= declared_words + _SOCIAL_TITLE_MORE_WORDS
            and overlap(declared, heading) >= _SOCIAL_TITLE_OVERLAP
        ):
            return heading
    return None


def _continued_heading(declared: str, headings: list[str]) -> str | None:
    """The visible heading that goes on after ``declared`` past a colon: a social title
    cut before the headline's second half ("Firenze, riapre il Mercato Centrale" for the
    ``<h1>`` "Firenze, riapre il Mercato Centrale: ventisei banchi e un forno a legna")."""
    stem = declared.rstrip()
    for heading in headings:
        rest = heading[len(stem) :]
        if (
            heading[: len(stem)].casefold() == stem.casefold()
            and _COLON_CONTINUATION.match(rest)
            and len(rest.split()) >= _MIN_CONTINUATION_WORDS
        ):
            return heading
    return None


def _labelled_form_of(declared: str, headings: list[str]) -> str | None:
    """The visible heading that ``declared`` repeats with a short label after a separator
    ("Title | Editorial", "Title - Opinion"): the label is not part of the headline. A colon
    does not count: "Heading: the rest" is a longer headline."""
    for heading in headings:
        if len(declared) <= len(heading) or not declared.casefold().startswith(heading.casefold()):
            continue
        rest = declared[len(heading) :]
        if not _SEPARATOR.match(rest):
            continue  # (not after a colon: "Heading: the rest" is one longer headline)
        label = rest.strip(" |-–—·•»~/:_")
        if label and len(label.split()) <= _MAX_LABEL_WORDS and not _SENTENCE.search(label):
            return heading
    for heading in headings:
        # a keyword label before the heading ("Godavari Floods: <the heading>", as Indian
        # portals write their og:title): the visible heading is the headline
        if len(declared) <= len(heading) or not declared.casefold().endswith(heading.casefold()):
            continue
        label = declared[: len(declared) - len(heading)]
        if not _LABEL_BEFORE.fullmatch(label):
            continue
        label = label.strip(" ." + _SEPARATOR_CHARACTERS)
        if label and len(label.split()) <= _MAX_LABEL_WORDS and not _SENTENCE.search(label):
            return heading
    return None


def _kicked_heading(page: Page, declared: str) -> str | None:
    """The ``<h1>`` that ``declared`` repeats after the kicker shown right above it:
    "Maschinenbau: <h1>" where "<span class="overline">Maschinenbau</span>" precedes the
    ``<h1>`` (the kicker is the section's label, not the headline's words)."""
    folded = declared.casefold()
    for h1 in page.elements("h1")[:3]:
        heading = common.element_text(page, h1)
        if (
            len(heading) < 8
            or len(folded) <= len(heading)
            or not folded.endswith(heading.casefold())
        ):
            continue
        label = declared[: len(declared) - len(heading)].strip(" " + _SEPARATOR_CHARACTERS)
        kicker = previous_element(h1)
        if label and kicker is not None and key(common.element_text(page, kicker)) == key(label):
            return heading
    return None if page.elements("h1") else _heading_after_kicker_part(page, declared)


# A heading of a kicker part and a title part is among the page's first few <h2>s, and its
# title part is this long at least (characters).
_KICKED_PARTS_HEADINGS = 3
_MIN_KICKED_TITLE = 8


def _heading_after_kicker_part(page: Page, declared: str) -> str | None:
    """On a page with no ``<h1>``, the title part of a heading made of a kicker part and a
    title part that ``declared`` joins: "Rente: <title>" where the heading is "<h2><span
    data-manual="kicker">Rente</span><span data-manual="title">...</span></h2>", when the
    title metas give the title alone (where they give the kicker too, it is the headline's)."""
    title_meta = common.meta(page, "og:title", "twitter:title")
    if not title_meta:
        return None
    for heading in page.elements("h2")[:_KICKED_PARTS_HEADINGS]:
        parts = list(heading)
        if len(parts) != 2 or (heading.text or "").strip():
            continue
        kicker, title = (common.element_text(page, part) for part in parts)
        if len(title) < _MIN_KICKED_TITLE or not declared.casefold().endswith(title.casefold()):
            continue
        label = declared[: len(declared) - len(title)].strip(" " + _SEPARATOR_CHARACTERS)
        if label and key(kicker) == key(label) and key(title_meta) == key(title):
            return title
    return None


# A mailing list's tag opening a message's subject ("[NRARS-list] Field Day report").
_LIST_TAG = re.compile(r"\[(?P<name>[^\[\]\s]{2,40})\]\s+(?=\S)")


def _without_list_tag(page: Page, headline: str | None) -> str | None:
    """``headline`` without the tag of the mailing list that opens it, when the page names
    that list (a list archive's message: its subject is the headline, and its list's name
    is the archive's decoration)."""
    tag = _LIST_TAG.match(headline) if headline else None
    if headline is None or tag is None or not _names_mailing_list(page, tag.group("name")):
        return headline
    return headline[tag.end() :]


def _names_mailing_list(page: Page, name: str) -> bool:
    """Whether a link of the page names ``name`` as a mailing list ("More information about
    the NRARS-list mailing list")."""
    folded = name.casefold()
    # (a walk over the page's links, made only for a headline that opens with a tag)
    for link in page.tree.iter("a"):
        text = text_of(link).casefold()
        if folded in text and any(words in text for words in MAILING_LIST_WORDS):
            return True
    return False


def find_headline(page: Page, author_names: tuple[str, ...] = ()) -> str | None:
    """The best headline, or None when the page declares none."""
    found = _without_opinion_label(_find_headline(page, author_names))
    return _with_ideographic_spaces(page, _without_list_tag(page, found))


# An opinion section's label closing a headline after a bar or a dash: "... | Letters".
_TRAILING_OPINION_LABEL = re.compile(
    r"\s+[|\-–—]\s+" + one_of(TRAILING_OPINION_LABELS) + r"\s*$", re.I
)


def _without_opinion_label(headline: str | None) -> str | None:
    """The headline without an opinion section's label closing it ("<headline> | Letters",
    "<headline> - Leserbriefe": see ``TRAILING_OPINION_LABELS``), when a headline of a few
    words is left."""
    if headline is None:
        return None
    label = _TRAILING_OPINION_LABEL.search(headline)
    if label is None or len(headline[: label.start()].split()) < _MIN_HEADLINE_WORDS:
        return headline
    return headline[: label.start()]


def _with_ideographic_spaces(page: Page, headline: str | None) -> str | None:
    """The headline with the ideographic spaces (U+3000) its page writes between its parts
    ("地震から再建へ　若手杜氏が..."): a Japanese headline's separator on purpose, which the
    whitespace collapsing made a plain space. Restored only where the page's heading or
    declared title, collapsed but for them, holds the headline letter for letter."""
    if headline is None or headline.isascii() or " " not in headline:
        return headline
    sources = [h1.text_content() for h1 in page.elements("h1")[:_MAX_IDEOGRAPHIC_SOURCES]]
    sources.extend(title.text or "" for title in page.elements("title")[:1])
    sources.extend(
        content
        for content, names in page.meta_tags
        if any(name.lower() in SOCIAL_TITLE_METAS for name in names)
    )
    for raw in sources:
        if _IDEOGRAPHIC_SPACE not in raw:
            continue
        kept = _SPACES_BUT_IDEOGRAPHIC.sub(" ", raw).strip()
        start = kept.replace(_IDEOGRAPHIC_SPACE, " ").find(headline)
        if start >= 0:
            return kept[start : start + len(headline)]
    return headline


def _signed_title_shown(page: Page, author_names: tuple[str, ...]) -> bool:
    """The declared title ends with the author's name and a heading shows it so: the paper
    titles its columns with their writer ("[아침햇발] ... / 박민수"), which is no decoration."""
    declared = common.meta(page, "og:title", "twitter:title") if author_names else None
    if not declared or strip_decorations(page, declared, author_names) == declared:
        return False
    shown = collapse_whitespace(declared)
    # (h4 is not indexed: a walk, on the few pages whose title ends with the author's name)
    headings = itertools.chain(
        *(page.elements(tag)[:_MAX_SUBHEADINGS] for tag in _PERMALINK_HEADING_TAGS),
        itertools.islice(page.tree.iter("h4"), _MAX_SUBHEADINGS),
    )
    return any(text_of(heading) == shown for heading in headings)


def _find_headline(page: Page, author_names: tuple[str, ...]) -> str | None:
    visible = visible_headlines(page)
    raw_title = _title_element(page)
    if _signed_title_shown(page, author_names):
        author_names = ()
    decorations = (*author_names, *_section_names(page), *TITLE_LABELS)
    title = strip_decorations(page, raw_title, decorations) if raw_title else None
    in_article = set(article_headlines(page))
    # (a title that is the declared site name confirms no heading: the blog's name as its
    # logo; "application-name" is left out, MSN declares its headlines as that)
    names_site = raw_title is not None and tight_key(raw_title) == tight_key(
        common.meta(page, "og:site_name") or ""
    )
    confirmed = [
        h
        for h in visible
        if raw_title and not names_site and agrees(h, raw_title, page, trusted=h in in_article)
    ]
    if not confirmed and raw_title:
        confirmed = (
            titled_subheadings(page, raw_title)
            or _opened_by_title_part(visible, raw_title)
            or list(permalink_headings(page))
        )

    jsonld_headline, is_headline = _jsonld_headline(page)
    if jsonld_headline and not is_site_identity(page, jsonld_headline):
        others = [*visible, *(t for t in (raw_title,) if t)]
        declared_og = common.meta(page, "og:title", "twitter:title")
        if declared_og:
            others.append(declared_og)
        contradicted = bool(confirmed) and all(
            overlap(jsonld_headline, h) < _MIN_OVERLAP for h in confirmed
        )
        if not contradicted and (
            is_headline or any(agrees(jsonld_headline, other) for other in others)
        ):
            jsonld_headline = _without_leading_label(jsonld_headline, visible)
            kicked = _kicked_heading(page, jsonld_headline)
            if kicked is not None:
                return kicked
            return _continued_heading(jsonld_headline, visible) or _untruncated(
                jsonld_headline, [*visible, *(t for t in (title,) if t)]
            )

    for name in TITLE_METAS:
        declared = common.meta(page, name)
        if not _plausible(declared) or declared is None:
            continue
        declared = strip_decorations(page, declared, decorations)
        if is_site_identity(page, declared):
            continue
        declared = _without_leading_label(_without_media_tag(declared, visible), visible)
        declared = _as_shown(declared, visible)
        contradicted = bool(confirmed) and all(overlap(declared, h) == 0 for h in confirmed)
        if not contradicted:
            labelled = _labelled_form_of(declared, confirmed or visible)
            if labelled is None:
                labelled = _kicked_heading(page, declared)
            if labelled is not None:
                return labelled
            fuller = _fuller_heading(declared, visible, in_article)
            if fuller is not None:
                return fuller
            return _continued_heading(declared, visible) or _untruncated(
                declared, [*visible, *(t for t in (title,) if t)]
            )

    if confirmed:
        return confirmed[0]
    if title and title != raw_title and visible and _is_section_label(title, visible[0]):
        # ("The Grant County Herald - Front Page": the site and the section, and the story's
        # headline shown on the page)
        return visible[0]
    if title and not is_site_identity(page, title):
        # A <title> that is the start of the article's own heading is its short form.
        for heading in article_headlines(page):
            if len(heading) > len(title) and heading.casefold().startswith(title.casefold()):
                return heading
        return _shown_title_part(page, title) or title
    if visible:
        return visible[0]
    if title and is_site_identity(page, title):
        # (a <title> that is only the site's name, the release's title an <h2> of the page:
        # India's PIB)
        return _first_long_heading(page) or _shown_description(page) or title
    return title


def site_titled_line(page: Page) -> str | None:
    """On a page that shows no headline and whose ``<title>`` names the site alone, the
    declared description it shows as a line of its own: its title line, which is the
    headline and no line of the story (see ``_shown_description``)."""
    raw_title = _title_element(page)
    if not raw_title or visible_headlines(page):
        return None
    title = strip_decorations(page, raw_title, (*_section_names(page), *TITLE_LABELS))
    return _shown_description(page) if is_site_identity(page, title) else None


def _shown_description(page: Page) -> str | None:
    """The page's declared description where the page shows it as a line of its own, out of
    its furniture: the title line of a page with no heading element that its ``<title>``
    names by the site alone (a broadcast transcript's "<div class="...SubHead">Story one;
    Interview With ...; Story two. Aired 10-11a ET</div>")."""
    declared = common.meta(page, "description", "og:description")
    shown = collapse_whitespace(declared or "")
    if len(shown.split()) < _MIN_HEADLINE_WORDS or len(shown) > _MAX_LENGTH:
        return None
    opening = shown[: len(shown) // 2]
    for element in page.tree.iter(*_TITLE_LINE_TAGS):
        # (the cheap test first: its own text opens with the description's words)
        own = element.text
        if (
            own
            and own.lstrip().startswith(opening)
            and text_of(element) == shown
            and not regions.in_excluded_container(page, element)
        ):
            return shown
    return None


def _first_long_heading(page: Page) -> str | None:
    """The first ``<h1>`` or ``<h2>`` of the page that reads as a headline (a few words), out
    of the page's furniture."""
    for heading in page.elements("h1", "h2"):
        text = common.element_text(page, heading)
        if (
            text
            and len(text.split()) >= _MIN_HEADLINE_WORDS
            and not regions.in_excluded_container(page, heading)
        ):
            return text
    return None
