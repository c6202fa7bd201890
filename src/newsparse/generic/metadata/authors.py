"""The article's authors: people's names, cleaned, without the organisations around them.

Sources, by precedence: the article's JSON-LD ``author`` (people; ``@id`` references
resolved); microdata (``itemprop=author`` near the story); author meta tags (``author``,
``article:author``, parsely, sailthru, Dublin Core, citation); the visible byline
(``rel=author``, byline/author classes, or a "By ..."/"Par ..."/"Von ..." line under the
headline). A visible byline that names more people than the structured source, including
all of them, wins. Organisations (the publication itself, wire agencies) are authors only
when no person is named; the publication is never one.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from collections.abc import Collection, Sequence
from urllib.parse import urlsplit

import attrs
import lxml.etree

from newsparse import jsonld
from newsparse.generic.body_cues import BOLD_TAGS, EMPHASIS_TAGS
from newsparse.generic.body_lines import agency_signature, credit_line_reporters, is_signoff
from newsparse.generic.classes import holds_token, kind_of_class_and_id
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import normalise
from newsparse.generic.measure import subtree_text
from newsparse.generic.metadata import common, regions, structured
from newsparse.generic.metadata.byline_words import (
    AUTHOR_PAGE_SEGMENTS,
    AUTHORS_BLOCK_HEADINGS,
    INSTITUTION_WORDS,
    LANGUAGE_BYLINE_CUES,
    NOISE_WORDS,
    OWNER_TRADE_WORDS,
    PLACEHOLDER_ARTICLES,
    PLACEHOLDER_CREDIT_WORDS,
    SITE_DESK_WORDS,
    WRITERS_LIST_HEADINGS,
)
from newsparse.generic.metadata.bylines import (
    BYLINE_CUE,
    CLOSING_CREDIT,
    DATED_BYLINE,
    DATELINE_ALONE,
    DATELINED_CREDIT_MARK,
    EMAIL,
    LABELLED_BYLINE,
    NON_AUTHOR_CREDIT_BEFORE,
    NON_AUTHOR_CREDIT_WITHIN,
    PLACED_BYLINE,
    REPORTERS_CREDIT,
    TRAILING_ROLE_BYLINE,
    VISUAL_ROLE_BEFORE,
    Byline,
    clean_name,
    company_name,
    is_company_name,
    is_name_and_role,
    join_lines,
    opening_credit,
    parse_byline,
    title_cased,
    wire_name,
)
from newsparse.generic.metadata.class_cues import (
    BYLINE_CLASSES,
    BYLINE_CUE_TOKENS,
    BYLINE_DATE_TOKENS,
    BYLINE_EXTRA_TOKENS,
    BYLINE_NAME_TOKENS,
    BYLINE_SOURCE_TOKENS,
    CARD_NAME_TOKENS,
    PHOTO_CLASSES,
)
from newsparse.generic.metadata.datetext import date_in_text
from newsparse.generic.metadata.language import declared_language
from newsparse.generic.metadata.meta_names import AUTHOR_METAS, SORTED_NAME_METAS
from newsparse.generic.metadata.patterns import (
    any_substring,
    byline_places,
)
from newsparse.generic.metadata.site import (
    host_label,
    identity_keys,
    is_site_identity,
    name_holds_wire_abbreviation,
    names_home_link,
)
from newsparse.generic.metadata.source_words import OUTLET_WORDS
from newsparse.generic.metadata.textkeys import key, tight_key
from newsparse.generic.visibility import is_aligned
from newsparse.hosts import host_of
from newsparse.memo import Memo
from newsparse.page import Page, text_of
from newsparse.tags import is_custom_element
from newsparse.tree_queries import comma_field_label, holds_more_than, is_descendant

_AUTHOR_MARK = re.compile(any_substring(BYLINE_CLASSES))
_MAX_BYLINE = 200
# Elements that may label a region by their id, and the regions an id labels.
_LABELLED_BY = lxml.etree.XPath("//*[@aria-labelledby = $ident]")
_ANY_LABELLED = lxml.etree.XPath("boolean(//*[@aria-labelledby])")
_REGION_LABEL_TAGS = frozenset({"h2", "h3", "h4", "span", "div", "p"})
_PHOTO_CREDIT = re.compile(any_substring(PHOTO_CLASSES))
_AFTER_HEADLINE_TAGS = frozenset(
    {"p", "div", "span", "address", "li", "a", "em", "strong", "b", "small", "font", "td"}
)
_MAX_ITEM_DEPTH = 40
# Used with match(): "^...|^..." with search() would try every position of a long value.
_URL_NAME = re.compile(r"(?:https?:)?//|/|www\.")
# Stands for a <br> in an element's text while it is read (a private-use character).
_LINE_MARK = "\ue000"
# A byline's parts that are no name, by their class tokens.
_EXTRA_TOKENS = frozenset(BYLINE_EXTRA_TOKENS)
_DATE_TOKENS = frozenset(BYLINE_DATE_TOKENS)
_BYLINE_NAME_TOKENS = frozenset(BYLINE_NAME_TOKENS)
_SOURCE_TOKENS = frozenset(BYLINE_SOURCE_TOKENS)
_CUE_TOKENS = frozenset(BYLINE_CUE_TOKENS)
_CARD_NAME_TOKENS = frozenset(CARD_NAME_TOKENS)
# A byline's part classed as its cue holds this many words at most ("Από", "Written by").
_MAX_CUE_PART_WORDS = 2
# An agency credited beside a byline's name sits in a block this many levels above it at
# most, of this much text, among its first elements.
_WIRE_BESIDE_LEVELS = 3
_MAX_WIRE_BESIDE_TEXT = 120
_MAX_WIRE_BESIDE_ELEMENTS = 30
# The agency beside a byline naming no one is looked for by the page's first bylines.
_MAX_CREDIT_BYLINES = 3
# A line under the headline sits in a share bar this many levels up at most (itself first).
_SHARE_BAR_LEVELS = 3
# A byline's first part before a dash or a bar ("<site> - <name>").
_SITE_PART = re.compile(r"\s*([^|–—-]{2,40}?)\s+[|–—-]\s+(?=\S)")
# Children of a byline that hold one author each.
_BYLINE_BLOCK_TAGS = frozenset({"div", "p", "li"})
# The links of the story's element looked at for a desk's author page, at most.
_MAX_DESK_LINKS = 200
# The relations of a byline's links to topics, not people ("<a rel="category tag">").
_TOPIC_RELATIONS = frozenset({"category", "tag"})
# Class words of a byline's part that holds one person's name ("byline__author-name").
_NAME_PART_TOKENS = frozenset({"name", "author"})
# The story's closing words are looked for this far back before its last word.
_WORDS_WINDOW = 300
# A host that spells its owner's name with a word of their trade after it spells a name
# this long at least.
_MIN_OWNER_KEY = 8
# The words of an author page's address ("online-lokmat").
_SLUG_WORDS = re.compile(r"[-_.+]+")


# parse_byline of the texts read as bylines, remembered from one parse to the next (a byline
# element nested in another repeats its text, the author microdata is read again as a visible
# byline, and a site's pages repeat their writers' bylines).
_PARSED_BYLINES: Memo[str, Byline] = Memo(parse_byline, 4096)
# The same for a name the JSON-LD declares one Person's (never parted at a joined "and").
_PARSED_PERSONS: Memo[str, Byline] = Memo(functools.partial(parse_byline, one_person=True), 1024)


def _parsed(page: Page, text: str, *, one_person: bool = False) -> Byline:
    """:func:`parse_byline` of a text (memoised); a site's name opening it as a part of its
    own ("هسبريس - محمد الراجي") is left out. ``one_person``: see :func:`parse_byline`."""
    site = _SITE_PART.match(text)
    if site is not None and is_site_identity(page, site.group(1)):
        text = text[site.end() :]
    return (_PARSED_PERSONS if one_person else _PARSED_BYLINES)[text]


def _byline_text(page: Page, element: common.HtmlElement) -> str:
    """The text of a byline element, its lines (split by ``<br>`` or block children, one per
    author) kept apart by :func:`join_lines`."""

    def read(element: common.HtmlElement) -> str:
        if not len(element) or not _needs_reading_apart(element):
            return common.element_text(page, element)  # (most bylines: plain text and links)
        copied = copy.deepcopy(element)
        for br in copied.iter("br"):
            br.tail = _LINE_MARK + (br.tail or "")
        # (one author per block: "<div class="byline__author">Ingrid Solheim</div><div ...>")
        for block in _block_children(copied):
            block.text = _LINE_MARK + (block.text or "")
            block.tail = _LINE_MARK + (block.tail or "")
        # (a name and a place, a date or an e-mail address in elements side by side,
        # "<span>Suman Dutta</span><span>Kolkata</span>": styled apart, parts of their own)
        for abutting in _abutting_elements(copied):
            abutting.tail = _LINE_MARK
        _drop_region_label(copied)
        _drop_field_labels(copied)
        # (a list's items are fields of their own: "<li>Author, Jane Doe</li>
        # <li>Role, BBC Swahili</li>", laid out apart whatever the markup between them)
        for item in copied.iter("li"):
            item.tail = _LINE_MARK + (item.tail or "")
        for extra in _byline_extras(copied):
            if _is_date_part(extra.get("class")):
                # (the date ends the names, as when the byline is read whole: a button
                # after it, "Gift Article", is no author)
                extra.tail = "|" + (extra.tail or "")
            extra.drop_tree()  # (its tail stays)
        return join_lines(text_of(copied).split(_LINE_MARK))

    return common.cached_per_key(page, "_md_byline_texts", element, read)


def _drop_region_label(region: common.HtmlElement) -> None:
    """Drop the heading that labels a byline region (``aria-labelledby``): its name in any
    language ("Article information", Persian "اطلاعات مقاله"), no author's."""
    ident = region.get("aria-labelledby")
    if ident:
        for label in region.iterdescendants(lxml.etree.Element):
            if label.get("id") == ident:
                label.drop_tree()  # (its tail stays)
                break


def _drop_field_labels(byline: common.HtmlElement) -> None:
    """In a byline list of fields read out with their labels ("<li><span>Author,</span>
    <span>Jane Doe</span></li><li><span>Role,</span><span>BBC News</span></li>"), keep the
    values labelled as the first field is (the authors, whatever the language) and drop the
    labels and the other fields (the role, the place reported from)."""
    authors_label = None
    for item in list(byline.iter("li")):
        label = comma_field_label(item)
        if label is None:
            continue
        if authors_label is None:
            authors_label = label
        if label == authors_label:
            item[0].drop_tree()
        else:
            for child in list(item):
                item.remove(child)  # (the label and the value; the item's tail stays)


def _is_extra_part(classes: str | None) -> bool:
    """A byline's part classed as no name: its place, role or e-mail address, or its date
    (``_is_date_part``)."""
    return holds_token(_EXTRA_TOKENS, classes) or _is_date_part(classes)


def _is_date_part(classes: str | None) -> bool:
    """A byline's part classed as its date ("<div class="art_fecha">Santo Domingo, RD
    <time>...</time></div>" beside the author's part: a block classed "autor" around both
    reads as the byline), not as the author's ("author-date")."""
    return holds_token(_DATE_TOKENS, classes) and not holds_token(_BYLINE_NAME_TOKENS, classes)


def _needs_reading_apart(element: common.HtmlElement) -> bool:
    """Whether the byline's text needs more than its plain text: a ``<br>``, blocks of one
    author each, elements side by side or parts that are no name (one look at each
    descendant)."""
    if _block_children(element):
        return True
    for child in element.iterdescendants(lxml.etree.Element):
        # (not for a date's part alone: a byline read whole keeps its date out of the names)
        if (
            child.tag == "br"
            or holds_token(_EXTRA_TOKENS, child.get("class"))
            or _is_cue_part(child)
        ):
            return True
        if (
            _is_call_to_action_link(child)
            or _abuts_next(child)
            or (child.tag == "li" and child.getnext() is not None)
        ):
            return True
    return False


def _block_children(element: common.HtmlElement) -> list[common.HtmlElement]:
    """The element's children that are blocks of their own (when there are several)."""
    blocks = [child for child in element if child.tag in _BYLINE_BLOCK_TAGS]
    return blocks if len(blocks) > 1 else []


def _abutting_elements(element: common.HtmlElement) -> list[common.HtmlElement]:
    """The elements inside ``element`` (line breaks aside) that another element follows with
    nothing between them, not even a space."""
    return [child for child in element.iterdescendants(lxml.etree.Element) if _abuts_next(child)]


def _abuts_next(child: common.HtmlElement) -> bool:
    """Another element follows ``child`` with nothing between them, not even a space
    (line breaks aside), and ``child``'s text does not end in one ("<span>By </span><a>"
    runs on)."""
    if child.tail or child.tag == "br":
        return False
    following = child.getnext()
    if following is None or not isinstance(following.tag, str) or following.tag == "br":
        return False
    return not subtree_text(child)[-1:].isspace()


def _byline_extras(element: common.HtmlElement) -> list[common.HtmlElement]:
    """The elements inside a byline whose class names a part that is no name (its place,
    e-mail address or role: ``<span class="place">``; its cue: ``_is_cue_part``), or that is
    a link calling to action (to the author's page: "All articles")."""
    return [
        child
        for child in element.iterdescendants(lxml.etree.Element)
        if _is_extra_part(child.get("class"))
        or _is_call_to_action_link(child)
        or _is_cue_part(child)
    ]


# A link calling to action in a byline is this many words at most.
_MAX_CALL_WORDS = 4
# ...its words all calls, labels or short words between them ("ses", "los", "τα").
_MAX_SMALL_WORD = 3


def _is_call_to_action_link(element: common.HtmlElement) -> bool:
    """A byline's link whose words are no name's ("All articles", Turkish "Tüm Yazıları",
    "Tous ses articles", "View profile"): it leads to the author's page or their list."""
    if element.tag != "a":
        return False
    words = subtree_text(element).split()
    if not 0 < len(words) <= _MAX_CALL_WORDS:
        return False
    folded = [word.casefold() for word in words]
    return any(word in NOISE_WORDS for word in folded) and all(
        word in NOISE_WORDS or (len(word) <= _MAX_SMALL_WORD and original.islower())
        for word, original in zip(folded, words, strict=True)
    )


def _jsonld_byline(page: Page) -> Byline:
    return _jsonld_authors(page)[0]


def _jsonld_people(page: Page) -> frozenset[str]:
    """The names the article's JSON-LD gives as ``Person`` authors."""
    return _jsonld_authors(page)[1]


def _jsonld_authors(page: Page) -> tuple[Byline, frozenset[str]]:
    def find() -> tuple[Byline, frozenset[str]]:
        value = structured.article_value(page, "author", "creator")
        people: list[str] = []
        persons: set[str] = set()
        organisations: list[str] = []
        for name, types in structured.names_in(page, value, every_listed=True):
            if not name or _URL_NAME.match(name):
                continue
            person = _parsed(page, name, one_person=True) if "Person" in types else None
            if person is not None:
                # (a personal site's owner may be typed both: "@type": ["Person", "Organization"])
                persons.update(person.names)
            wire = wire_name(name)
            organisation = bool(jsonld.ORGANISATION_TYPES.intersection(types))
            if organisation and not wire and names_institution(name):
                continue  # (a government department credited as the author names no writer)
            if organisation or wire:
                # (the agency a newsroom's name credits: "Redazione ANSA" is ANSA's)
                organisations.extend([wire] if wire else _parsed(page, name).wires or [name])
                continue
            people.extend((person if person is not None else _parsed(page, name)).names or ())
        return Byline(names=tuple(people), wires=tuple(organisations)), frozenset(persons)

    return common.cached(page, "_md_jsonld_authors", find)


def names_institution(name: str) -> bool:
    """Whether an organisation's name is an institution's, by its words ("Department for
    Environment, Food & Rural Affairs", "Ministerio de Sanidad"), not an outlet's ("Capitol
    News Service"): see ``INSTITUTION_WORDS``."""
    words = {word.strip(".,&()").casefold() for word in name.split()}
    return not words.isdisjoint(INSTITUTION_WORDS) and words.isdisjoint(OUTLET_WORDS)


def _declared_in_full(page: Page, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` (a byline's or microdata's), each that opens the full name of a person the JSON-LD
    declares given as that name: a theme's byline may show the first name alone ("Maren" for
    "Maren Holt", typed a person and the site's organisation both)."""
    declared = _jsonld_people(page)
    if not declared:
        return names
    return tuple(
        next((full for full in declared if full.startswith(f"{name} ")), name) for name in names
    )


def _meta_byline(page: Page) -> Byline:
    names: list[str] = []
    wires: list[str] = []
    for meta_name in AUTHOR_METAS:
        for value in common.meta_all(page, meta_name)[:6]:
            if _URL_NAME.match(value):
                continue
            byline = parse_byline(value, sorted_names=meta_name in SORTED_NAME_METAS)
            names.extend(n for n in byline.names if n not in names)
            wires.extend(w for w in byline.wires if w not in wires)
        if names:
            break
    return Byline(names=tuple(names), wires=tuple(wires))


def _element_byline(page: Page, element: common.HtmlElement) -> Byline:
    # Structured markup inside the byline names each person exactly, before the rest of its
    # text (a bio or a badge beside the name).
    if element.get("itemprop") in ("author", "creator"):
        names = [n for n in map(clean_name, _item_names(element)) if n]
        if names:
            return Byline(names=tuple(dict.fromkeys(names)))
    parsed = _parsed(page, _byline_text(page, element))
    # "By <a>Jane Doe</a><a>John Roe</a>": links to author pages name one person each, even
    # where the markup leaves no space or "and" between them.
    # (the first links only: a "byline" of a broken page may hold thousands)
    links: list[common.HtmlElement] = []
    credited = False  # (a link dropped as another role's: the rest are the authors)
    for a in itertools.islice(element.iterdescendants("a"), _MAX_BYLINE_LINKS):
        # (an <address>'s name links may have no target: Instant Articles' "<a>Name</a>")
        if a.get("href") is None and element.tag != "address":
            continue
        if _credited_as_other_than_author(a):
            credited = True
        elif not _in_extra_part(a, element) and not _TOPIC_RELATIONS.intersection(
            (a.get("rel") or "").split()
        ):
            links.append(a)
    links = links[:6]
    linked = [
        n
        for n in (clean_name(text_of(a)) for a in links)
        if n and " " in n and (n in parsed.names or n not in parsed.photographers)
    ]
    # (an <address>, HTML's own byline, holds its people as links and a description after
    # them: "<a>Lena Whitfield</a> Prairie Post staff")
    if linked and (element.tag == "address" or credited or _linked_names_win(parsed.names, linked)):
        return Byline(names=tuple(dict.fromkeys(linked)), wires=parsed.wires)
    # "<span class="author-name">A</span> <span class="author-name">B</span>": elements of one
    # class naming a name each are one person each, with no "and" between them
    # (not a photographer's part: "<li>By <a class="Byline__Author">A</a></li><li>Photographs
    # by <a class="Byline__Author">B</a></li>")
    named = _not_photographers(parsed, _named_parts(element))
    if _linked_names_win(parsed.names, named):
        return Byline(names=tuple(dict.fromkeys(named)), wires=parsed.wires)
    return parsed


def _not_photographers(parsed: Byline, names: list[str]) -> list[str]:
    """``names`` (a byline's parts classed as names) without those its text credits with the
    photos alone ("Photographs by B"), unless it names them as authors too; all of them when
    its text names no writer (a byline crediting its photographers alone names them all)."""
    if not parsed.names:
        return names
    return [name for name in names if name in parsed.names or name not in parsed.photographers]


def _named_parts(element: common.HtmlElement) -> list[str]:
    """The names of a byline's parts that share one class naming a name or an author, when
    two or more do."""
    groups: dict[str, list[str]] = {}
    for part in itertools.islice(element.iterdescendants(lxml.etree.Element), _MAX_BYLINE_LINKS):
        classes = part.get("class")
        if (
            classes
            and holds_token(_NAME_PART_TOKENS, classes)
            and not _credited_as_other_than_author(part)
            and not _in_extra_part(part, element)
        ):
            name = clean_name(text_of(part))
            if name and " " in name:
                groups.setdefault(classes, []).append(name)
    return max(groups.values(), key=len, default=[])


def _item_names(item: common.HtmlElement) -> list[str]:
    """The names an author's microdata item gives as its own ``itemprop=name`` (a ``<meta
    content>`` or an element's text; Zhihu's "<meta itemProp="name" content="林舟">"), not
    those of an item inside it (the employer's ``itemprop=worksFor``)."""
    names: list[str] = []
    for element in item.iterdescendants(lxml.etree.Element):
        if element.get("itemprop") != "name" or _in_inner_item(element, item):
            continue
        names.append((element.get("content") or "") if element.tag == "meta" else text_of(element))
        if len(names) >= _MAX_ITEM_NAMES:
            break
    return names


def _in_inner_item(element: common.HtmlElement, item: common.HtmlElement) -> bool:
    """Whether ``element`` belongs to another microdata item inside ``item``."""
    for ancestor in element.iterancestors():
        if ancestor is item:
            return False
        if ancestor.get("itemscope") is not None:
            return True
    return False


def _in_extra_part(link: common.HtmlElement, byline: common.HtmlElement) -> bool:
    """Whether a byline's link sits in a part of it that is no name (its role: "<span
    class="Byline_title">, author of <a>Axios Generate</a></span>")."""
    for ancestor in link.iterancestors():
        if ancestor is byline:
            return False
        if _is_extra_part(ancestor.get("class")):
            return True
    return False


def _linked_names_win(names: tuple[str, ...], linked: list[str]) -> bool:
    """Whether a byline's linked names (two or more) are its people rather than the names
    its text parses into: more of them, or the same with words run on to some parsed names
    (the paper's name after the last: "By <a>A</a> and <a>B</a> City Journal Star")."""
    if len(linked) < 2:
        return False
    return len(linked) > len(names) or (len(linked) == len(names) and _runs_on(names, linked))


def _runs_on(names: tuple[str, ...], linked: list[str]) -> bool:
    """Whether each name parsed is a linked name, some with words run on after them."""
    return any(name != link for name, link in zip(names, linked, strict=True)) and all(
        name == link or name.startswith(link + " ")
        for name, link in zip(names, linked, strict=True)
    )


# A byline alone on a page without a headline is looked for among its first elements, and
# is this short at most.
_MAX_SEARCHED = 3000
_MAX_BYLINE_ALONE = 60
# ...holding this many elements at most (its name in a link, a span or two).
_MAX_LINE_ELEMENTS = 16
# An author item's names read: the first this many.
_MAX_ITEM_NAMES = 6
# A byline's links read for its people: the first this many.
_MAX_BYLINE_LINKS = 24
# Authors' pages linked from a story: read among its first links, a few at most.
_MAX_ARTICLE_LINKS = 40
_MAX_LINKED_AUTHORS = 4
# A republished story's credits to its writer may close it: its links are read this far.
_MAX_ORIGINAL_LINKS = 200
# A name signed at the end is this short at most.
_MAX_SIGNED_NAME = 40
# At most this many blocks of one author each follow the first, each this short at most.
_MAX_AUTHOR_BLOCKS = 6
_MAX_AUTHOR_BLOCK = 80
# A byline's cue on its own ("Analysis by") is at most this long.
_MAX_CUE_ALONE = 24
# An <address> is one author's block by its tag, and may hold a short bio beside the name
# (Instant Articles' "<address><a>Name</a>Covers farming for the Reporter.</address>").
_ADDRESS_BLOCK = 300
# A sign-off is looked for among the story's last paragraphs.
_SIGN_OFF_LINES = 3
# A sign-off the body left out is looked for in this many characters after the story's
# last words (found by this many of them).
_SIGN_OFF_SEARCH = 200
_STORY_END_WORDS = 4
# The first paragraph that may credit its reporters in brackets is this long at least.
_MIN_CREDITED_PARAGRAPH = 25
# A dateline beside the headline is a short text; a Taiwanese agency's opening credit ends
# within this many characters of its paragraph's start.
_MAX_DATELINE_TEXT = 60
_MAX_DATELINED_CREDIT = 80
# A paragraph this long after a name set apart is prose: the name signed no story before it.
_MIN_PROSE_AFTER_SIGNATURE = 80
# Credits close a story: they are looked for in its last characters.
_CREDIT_SEARCH = 3000
_CREDIT_JOINERS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_MORE_REPORTERS = re.compile(r",?\s*\bwith\s+(?:additional\s+)?reporting\s+by\b", re.I)
# Where the reporter worked, after the name ("David Lawson in Washington").
_CREDIT_PLACE = re.compile(r"\s+(?:in|from)\s+[A-Z].*$")


# A name's link sits in at most this many wrappers of its own after its credit's words.
_CREDIT_WRAPPERS = 2


def _credited_as_other_than_author(element: common.HtmlElement) -> bool:
    """Whether the words right before a byline's link (or a name's element) credit its
    person as no author ("<span>Reviewed by</span> <a>Victor Alvarez</a>", the link perhaps
    in a wrapper of its own: "<span>Reviewed by</span><div><a>...</a></div>")."""
    for _ in range(_CREDIT_WRAPPERS):
        parent = element.getparent()
        if (
            element.getprevious() is not None
            or parent is None
            or (parent.text or "").strip()
            or len(parent) != 1
        ):
            break
        element = parent
    before = element.getprevious()
    if before is None:
        parent = element.getparent()
        words = (parent.text or "") if parent is not None else ""
    else:
        words = subtree_text(before) + (before.tail or "")
    words = words[-40:]
    return (
        NON_AUTHOR_CREDIT_BEFORE.search(words) is not None
        or VISUAL_ROLE_BEFORE.search(words.strip()) is not None
    )


def _in_figure(element: common.HtmlElement) -> bool:
    """True for a figure or an element inside a figure or its caption."""
    return (
        element.tag == "figure"
        or next(element.iterancestors("figure", "figcaption"), None) is not None
    )


def _of_article_item(element: common.HtmlElement) -> bool:
    """True when the microdata item the element belongs to is an article (a Blogger post's
    ``itemprop=author`` in its ``post-footer``, inside ``itemtype=".../BlogPosting"``)."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= _MAX_ITEM_DEPTH:
            return False
        if ancestor.get("itemscope") is not None:
            kind = (ancestor.get("itemtype") or "").rstrip("/").rsplit("/", 1)[-1]
            return kind in structured.ARTICLE_TYPES
    return False


def _byline_elements(page: Page) -> list[common.HtmlElement]:
    """Byline candidates: marked elements inside the article first, then the rest, skipping
    comment/related/sidebar blocks and long containers (cached)."""
    return common.cached(page, "_md_byline_elements", lambda: _find_byline_elements(page))


def _labelled_region(page: Page, element: common.HtmlElement) -> common.HtmlElement:
    """The region a byline-marked element labels, when it is such a label (the BBC's hidden
    "<h2 id="article-byline">Article information</h2>" names the <section
    aria-labelledby="article-byline"> of the byline), else the element itself."""
    ident = element.get("id")
    if not ident or element.tag not in _REGION_LABEL_TAGS or not _labels_regions(page):
        return element
    regions_labelled = _LABELLED_BY(page.tree, ident=ident)
    return (
        regions_labelled[0] if isinstance(regions_labelled, list) and regions_labelled else element
    )


def _labels_regions(page: Page) -> bool:
    """Whether any element of the page is labelled by another's id (most pages: none)."""
    return common.cached(page, "_md_labels_regions", lambda: bool(_ANY_LABELLED(page.tree)))


def _find_byline_elements(page: Page) -> list[common.HtmlElement]:
    marked = [(e, marks) for e, marks in regions.cue_elements(page) if _AUTHOR_MARK.search(marks)][
        :60
    ]
    # (an article's <address> gives its author's name, HTML's own byline markup: Instant
    # Articles write "<address><a>Name</a></address>" in the story's header)
    marked.extend(
        (address, "author")
        for address in page.elements("address")
        if regions.in_article(page, address) and not any(address is e for e, _ in marked)
    )
    # Near the story first; there, microdata and rel=author (which name a person exactly)
    # before class names (which only suggest a byline).
    ordered = sorted(
        marked,
        key=lambda item: (
            not regions.is_near_story(page, item[0]),
            not any(m in item[1].split() for m in ("author", "creator")),
        ),
    )
    chosen: list[common.HtmlElement] = []
    for element, marks in ordered:
        element = _labelled_region(page, element)
        if _PHOTO_CREDIT.search(marks) or _in_figure(element):
            continue  # "Jane Doe/Reuters" under a picture credits the photo, not the story
        if next(element.iterancestors("blockquote"), None) is not None:
            continue  # a quotation's source, not the story's author
        if holds_token(_EXTRA_TOKENS, element.get("class")):
            continue  # a byline's part that is no name ("byline__title": the role)
        if _in_teaser_article(page, element):
            continue  # a teaser card's byline inside the story ("À lire aussi" cards)
        microdata = element.get("itemprop") in ("author", "creator")
        if microdata and (regions.in_article(page, element) or _of_article_item(element)):
            pass  # the article's own author markup, even in its aside or footer
        elif regions.in_excluded_container(page, element):
            continue
        if common.text_length(element) >= _MAX_BYLINE:
            continue
        # (the dearest test last)
        if _in_writers_list(element) or _in_side_column(page, element):
            continue  # the site's columnists in its sidebar, each linked to their page
        chosen.append(element)
        if len(chosen) >= 12:
            break
    return chosen


# A block listing the site's writers is headed within this many levels above a name, by a
# heading this short.
_WRITERS_LIST_DEPTH = 3
_MAX_WRITERS_HEADING = 40
# The story's column beside a sidebar holds this many paragraphs at least (a header holding
# the headline and a standfirst does not).
_STORY_COLUMN_PARAGRAPHS = 3


def _in_writers_list(element: common.HtmlElement) -> bool:
    """Whether the element, or a block a few levels above it, opens with (or follows) a
    heading naming the site's writers ("<div class="section-title">Yazarlar</div>",
    "<h3>Columnists</h3><ul>...")."""
    node: common.HtmlElement | None = element
    for _ in range(_WRITERS_LIST_DEPTH):
        if node is None:
            return False
        for heading in (next(node.iterchildren(lxml.etree.Element), None), node.getprevious()):
            if (
                heading is not None
                and heading is not element
                and common.text_length(heading) <= _MAX_WRITERS_HEADING
                and normalise(text_of(heading)) in WRITERS_LIST_HEADINGS
            ):
                return True
        node = node.getparent()
    return False


def _in_side_column(page: Page, element: common.HtmlElement) -> bool:
    """Whether the element sits in an ``<aside>`` set beside the story's column: the aside's
    sibling holds the headline and the story's paragraphs (a sidebar the page's ``<main>``
    holds; an ``<aside>`` of the story's own beside its header may hold its byline)."""
    aside = next(element.iterancestors("aside"), None)
    headline = regions.headline_element(page)
    if aside is None or headline is None or is_descendant(headline, aside):
        return False
    return any(
        is_descendant(headline, sibling) and _holds_story_paragraphs(sibling)
        for sibling in itertools.chain(aside.itersiblings(preceding=True), aside.itersiblings())
    )


def _holds_story_paragraphs(element: common.HtmlElement) -> bool:
    """Whether the element holds a story's paragraphs (``_STORY_COLUMN_PARAGRAPHS`` at least):
    the story's column."""
    paragraphs = itertools.islice(element.iter("p"), _STORY_COLUMN_PARAGRAPHS)
    return len(list(paragraphs)) == _STORY_COLUMN_PARAGRAPHS


def _in_teaser_article(page: Page, element: common.HtmlElement) -> bool:
    """Whether the element sits in an ``<article>`` inside another that does not hold the
    page's headline: a card of another story set in this one (Newspack's
    "homepage-articles" block), not the story's own (Squarespace's post inside its
    "sections" article)."""
    inner = next(element.iterancestors("article"), None)
    if inner is None or next(inner.iterancestors("article"), None) is None:
        return False
    headline = regions.headline_element(page)
    return headline is None or not is_descendant(headline, inner)


def _microdata_byline(page: Page) -> Byline:
    """Names marked ``itemprop=author`` near the story (as exact as JSON-LD): the first such
    element's, with those of the ``itemprop=author`` siblings beside it (one element per
    co-author: "<span itemprop=author>A</span>, <span itemprop=author>B</span>")."""
    for element in _byline_elements(page):
        # "creator" is left out: it mostly credits photos (ImageObject) rather than the story.
        if element.get("itemprop") == "author" and (
            regions.is_near_story(page, element) or regions.in_story_header(page, element)
        ):
            byline = _element_byline(page, element)
            if byline.names:
                return _with_sibling_authors(page, element, byline)
    return Byline()


def _after_headline(page: Page) -> Byline:
    """A "By ..."/"Par ..." line among the elements that follow the first ``<h1>``."""
    for element in regions.after_headline(page):
        # (the tags bylines are written in, and custom elements: <article-byline>)
        tag = element.tag
        if (tag not in _AFTER_HEADLINE_TAGS and not is_custom_element(tag)) or (
            common.text_length(element) > 120
        ):
            continue
        text = _byline_part(_byline_text(page, element))
        if text is None:
            continue
        near = regions.is_near_story(page, element) or regions.in_story_header(page, element)
        if not near or regions.in_excluded_container(page, element):
            continue
        byline = _parsed(page, text)
        if byline.names and not _in_share_bar(element):
            return byline
    return Byline()


def _in_share_bar(element: common.HtmlElement) -> bool:
    """Whether a line sits in a share bar, a few levels up at most, that no class names a
    byline ("<div class="_1eNzT share"><span>Share</span>...<span>Text Size</span></div>"):
    the bar's controls, no byline cue and name ("Text" in "Text Size")."""
    nodes = itertools.chain((element,), element.iterancestors())
    for node in itertools.islice(nodes, _SHARE_BAR_LEVELS):
        classes, ident = node.get("class"), node.get("id")
        if _AUTHOR_MARK.search(f"{classes or ''} {ident or ''}".lower()):
            return False  # ("byline-share": the byline's own block)
        if kind_of_class_and_id(classes, ident) is Kind.SHARE:
            return True
    return False


def _byline_part(text: str) -> str | None:
    """The byline in a line under the headline: the whole line when it opens with a byline
    cue, else the separated part that does ("08/04/2019 - Publicado por: Ana Lima -
    Categoria: Saúde"), else a labelled byline field ("来源：江南日报 作者：陈思远"), a name
    followed by its role ("홍길동 기자 2024년 3월 12일"), a byline after a date ("Posted on
    May 2, 2024 by Jo Lindqvist") or a name and its place before one ("Sanjay Khurana in
    Pune | October 14, 2008"); None when no part is a byline."""
    if BYLINE_CUE.match(text) or is_name_and_role(text):
        return text
    part = next((part for part in byline_places(text) if BYLINE_CUE.match(part)), None)
    if part is None:
        field = (
            LABELLED_BYLINE.search(text)
            or TRAILING_ROLE_BYLINE.search(text)
            or DATED_BYLINE.search(text)
        )
        # ("Edited By: Sachin Kumar Mishra": the label's "By" credits no author)
        if field and not NON_AUTHOR_CREDIT_BEFORE.search(_cue_and_before(text, field)):
            part = field.group("field")
    if part is None and (placed := PLACED_BYLINE.fullmatch(text)) is not None:
        # (only before a date that reads as one: the dated line under the headline)
        part = placed.group("field") if date_in_text(placed.group("date")) else None
    return part


def _cue_and_before(text: str, field: re.Match[str]) -> str:
    """The words before a byline field found in ``text`` and its cue's first word."""
    start = field.start("field")
    cue = field.group("field").split(None, 1)[0]
    return text[max(0, start - 40) : start] + cue


def _visible_byline(page: Page) -> Byline:
    wires: list[str] = []
    photographers: tuple[str, ...] = ()
    elements = _byline_elements(page)
    for index, element in enumerate(elements):
        if _credited_as_other_than_author(element):
            continue  # ("<span>Reviewed by</span> <a class="byline__name">...</a>")
        byline = _element_byline(page, element)
        if _is_cue_part(element) or (not byline.names and _is_cue_alone(page, element)):
            # ("<span class="byline-prefix">By</span> <a>A</a> and <a>B</a>": the line it opens)
            parent = element.getparent()
            if parent is not None and common.text_length(parent) <= _ADDRESS_BLOCK:
                element, byline = parent, _element_byline(page, parent)
        if byline.names:
            element, byline = _fuller_inner_byline(page, element, byline, elements[index + 1 :])
            byline = _with_sibling_authors(page, element, byline)
            beside = [wire for wire in _wires_beside(element) if wire not in byline.wires]
            if beside:
                byline = attrs.evolve(byline, wires=(*byline.wires, *beside))
            return byline
        wires.extend(byline.wires)
        photographers = photographers or byline.photographers
    found = _after_headline(page)
    if found.names:
        return found
    carded = _headed_author_cards(page)
    if carded:
        return Byline(names=carded, wires=tuple(dict.fromkeys(wires)))
    sender = _sender_under_headline(page)
    if sender:
        return Byline(names=sender, wires=tuple(dict.fromkeys(wires)))
    if photographers:
        # (a byline that credits photographers alone, a gallery's "Fotos: <a>A</a> und
        # <a>B</a>", credits the page's work to them all)
        return Byline(names=photographers, wires=tuple(dict.fromkeys(wires)))
    linked = _author_page_links(page)
    # (a link to the wire's author page, "<a href="/author/reuters/">Reuters</a>", names no
    # person: the wire's closing credit may name its reporters)
    readings = [(name, wire_name(name)) for name in linked]
    wires.extend(agency for _, agency in readings if agency)
    people = tuple(name for name, agency in readings if not agency)
    if people:
        return Byline(names=people, wires=tuple(dict.fromkeys(wires)))
    opening = _opening_credit(page)
    if not opening and regions.headline_element(page) is None:
        opening = _byline_line_alone(page)
    return Byline(names=opening, wires=tuple(dict.fromkeys(wires)))


# The headings looked at for a block of author cards, and the cards read under one.
_AUTHORS_HEADING_TAGS = ("h2", "h3")
_MAX_AUTHOR_CARDS = 8
# A block of author cards sits this many levels at most below the story's column's sibling.
_AUTHOR_CARDS_LEVELS = 3


def _headed_author_cards(page: Page) -> tuple[str, ...]:
    """The names on the people's cards of a block headed "Authors" ("Autoren", "Auteurs"...:
    ``AUTHORS_BLOCK_HEADINGS``) beside or under the story's column, whatever its classes say
    (a law firm's client alert: "<div class="insight-detail__sidebar"><div><h2>Authors</h2>
    <ul><li class="person-card"><a class="person-card__name">...</a><span>Partner</span>
    ..."); not in an ``<aside>``, where the site lists its writers."""
    for heading in page.elements(*_AUTHORS_HEADING_TAGS):
        block = heading.getparent()
        if block is None or next(block.iterchildren(lxml.etree.Element), None) is not heading:
            continue  # (the heading opens its block)
        text = regions.heading_text(heading)
        if text is None or normalise(text) not in AUTHORS_BLOCK_HEADINGS:
            continue
        if not regions.is_near_story(page, heading) or _in_aside(heading):
            continue
        cards = _cards_under(heading)
        names = [_card_name(card) for card in cards]
        people = tuple(dict.fromkeys(name for name in names if name))
        if people and len(people) == len(cards) and _beside_story_column(block):
            return people
    return ()


def _in_aside(element: common.HtmlElement) -> bool:
    """Whether the element sits in an ``<aside>``: a sidebar's cards are the site's writers."""
    return next(element.iterancestors("aside"), None) is not None


def _cards_under(heading: common.HtmlElement) -> list[common.HtmlElement]:
    """The cards after a heading: the items of the one list that follows it, else the
    elements that follow it; none when they are more than a few."""
    following = list(itertools.islice(heading.itersiblings(), _MAX_AUTHOR_CARDS + 1))
    if len(following) == 1 and following[0].tag in ("ul", "ol"):
        following = list(itertools.islice(following[0].iterchildren("li"), _MAX_AUTHOR_CARDS + 1))
    return following if len(following) <= _MAX_AUTHOR_CARDS else []


def _card_name(card: common.HtmlElement) -> str | None:
    """The full name a person's card holds in its part classed as the name
    (``CARD_NAME_TOKENS``), beside other parts (a title, an office, an e-mail address); None
    for any other element (a list of links, a paragraph)."""
    parts = list(itertools.islice(card.iterdescendants(lxml.etree.Element), _MAX_LINE_ELEMENTS))
    if len(parts) < 2:
        return None  # (a name alone is no card: a list of the site's writers)
    part = next((p for p in parts if holds_token(_CARD_NAME_TOKENS, p.get("class"))), None)
    if part is None:
        return None
    name = clean_name(text_of(part))
    return name if name and " " in name and not is_company_name(name) else None


def _beside_story_column(block: common.HtmlElement) -> bool:
    """Whether the block, or one a few levels above it, has a sibling holding the story's
    paragraphs (its column, beside or above it)."""
    node: common.HtmlElement | None = block
    for _ in range(_AUTHOR_CARDS_LEVELS):
        if node is None:
            return False
        siblings = itertools.chain(node.itersiblings(preceding=True), node.itersiblings())
        if any(_holds_story_paragraphs(sibling) for sibling in siblings):
            return True
        node = node.getparent()
    return False


def agencies_beside_byline(page: Page) -> tuple[str, ...]:
    """The wire agencies a byline's block credits beside its credit, also where the credit
    names no one: a newsroom's "<span class="article__author">Redactie</span><span
    class="article__source">Belga</span>" gives Belga as the story's source (no author)."""
    for element in _byline_elements(page)[:_MAX_CREDIT_BYLINES]:
        wires = _wires_beside(element)
        if wires:
            return tuple(wires)
    return ()


def _wires_beside(element: common.HtmlElement) -> list[str]:
    """The wire agencies the block around a byline's name credits beside it: a part classed
    as the source ("<span class="author-source">Associated Press</span>") or the agency's
    logo ("<img alt="AP">"), read in the largest short block a few levels above it."""
    if common.text_length(element) > _MAX_WIRE_BESIDE_TEXT:
        return []
    block = element
    for ancestor in itertools.islice(element.iterancestors(), _WIRE_BESIDE_LEVELS):
        if common.text_length(ancestor) > _MAX_WIRE_BESIDE_TEXT:
            break
        block = ancestor
    wires: list[str] = []
    parts = itertools.islice(block.iterdescendants(lxml.etree.Element), _MAX_WIRE_BESIDE_ELEMENTS)
    for part in parts:
        if part.tag == "img":
            wire = wire_name(part.get("alt") or "")
        elif holds_token(_SOURCE_TOKENS, part.get("class")):
            wire = wire_name(text_of(part))
        else:
            continue
        if wire and wire not in wires:
            wires.append(wire)
    return wires


def _byline_line_alone(page: Page) -> tuple[str, ...]:
    """On a page that shows no headline (an e-mail newsletter's archived copy, its subject
    the ``<title>``), the names of the first line that is wholly a byline ("<em>By Maya
    Ortiz</em>" under a section's heading), among the page's first elements."""
    body = page.tree.find("body")
    tags = _AFTER_HEADLINE_TAGS
    for element in itertools.islice(body.iter(tags) if body is not None else (), _MAX_SEARCHED):
        if common.text_length(element) > _MAX_BYLINE_ALONE or holds_more_than(
            element, _MAX_LINE_ELEMENTS
        ):
            continue  # (a line holds a few elements: reading deep piles would be quadratic)
        text = common.element_text(page, element)
        cue = BYLINE_CUE.match(text)
        if cue is None or regions.in_excluded_container(page, element):
            continue
        names = _parsed(page, text).names
        # (the whole line: "By subscribing you agree ..." names no one)
        if len(names) == 1 and clean_name(text[cue.end() :]) == names[0]:
            return names
    return ()


def _sender_under_headline(page: Page) -> tuple[str, ...]:
    """The sender a mail archive's message names right under its subject: a name set in bold,
    then a link to write to them (Mailman's "<h1>subject</h1> <b>Tom Kirkby</b> <a
    href="mailto:...">tom at ...</a>"); () when the headline is not so followed."""
    following = regions.after_headline(page)
    first = following[0] if following else None
    if first is None or first.tag not in BOLD_TAGS or (first.tail or "").strip():
        return ()
    link = first.getnext()
    if (
        link is None
        or link.tag != "a"
        or not (link.get("href") or "").lower().startswith("mailto:")
    ):
        return ()
    name = clean_name(common.element_text(page, first))
    return (name,) if name and " " in name else ()


def _opening_credit(page: Page) -> tuple[str, ...]:
    """The reporters credited at the start of the story's first paragraph, in brackets
    (past a note wholly in brackets before it: a portal's "（原标题：...）") or in a Korean
    wire's opening ("(서울=연합뉴스) 김지현 기자 = ...")."""
    for text in regions.leading_paragraphs(page):
        if len(text) < _MIN_CREDITED_PARAGRAPH:
            continue
        if not (text.startswith(("(", "（")) and text.endswith((")", "）"))):
            return opening_credit(text, _datelines_beside_headline(page, text))
    return ()


def _datelines_beside_headline(page: Page, paragraph: str) -> list[str]:
    """The short texts after the headline that give the place and day a Taiwanese agency's
    story was filed from ("中央社 / 花蓮12日電", a portal's byline), read only when the
    paragraph opens with such a credit ("（中央社記者...12日電）")."""
    if not DATELINED_CREDIT_MARK.search(paragraph, 0, _MAX_DATELINED_CREDIT):
        return []
    texts = (
        common.element_text(page, element)
        for element in regions.after_headline(page)
        if common.text_length(element) <= _MAX_DATELINE_TEXT
    )
    return [text for text in texts if DATELINE_ALONE.search(text)]


def _is_cue_alone(page: Page, element: common.HtmlElement) -> bool:
    """Whether the element holds a byline's cue and nothing else ("By", "Par :")."""
    text = common.element_text(page, element)
    match = BYLINE_CUE.match(f"{text} ") if len(text) <= _MAX_CUE_ALONE else None
    return match is not None and not text[match.end() :].strip()


def _is_cue_part(element: common.HtmlElement) -> bool:
    """Whether the element is a byline's part classed as its cue, a word or two and no
    element inside: tagDiv's "<div class="tdb-author-by">Από</div>", a cue in any language
    and never a name."""
    if len(element) or not holds_token(_CUE_TOKENS, element.get("class")):
        return False
    return 0 < len(subtree_text(element).split()) <= _MAX_CUE_PART_WORDS


def _fuller_inner_byline(
    page: Page,
    element: common.HtmlElement,
    byline: Byline,
    later: Sequence[common.HtmlElement],
) -> tuple[common.HtmlElement, Byline]:
    """The byline block inside ``element`` that names everyone it names and more: the
    contributors' own list, read without the date and labels around it (the BBC's
    "byline-block" holding a time, then "byline-new-contributors" with one block a person)."""
    for inner in later:
        if not is_descendant(inner, element):
            break  # (the byline elements come in page order: the rest are outside it)
        found = _element_byline(page, inner)
        if len(found.names) > len(byline.names) and set(byline.names) <= set(found.names):
            element, byline = inner, found
    return element, byline


def _author_page_links(page: Page) -> tuple[str, ...]:
    """The names that link to their authors' pages in the story's element ("<a
    href="/reporter/kobayashi-michiko/">小林美智子</a>" under hashed class names that name no
    byline), the first few; none outside an article element (teasers link their authors
    too)."""
    article = regions.article_element(page)
    if article is None:
        return ()
    names: list[str] = []
    for link in itertools.islice(article.iter("a"), _MAX_ARTICLE_LINKS):
        if author_page_slug(link) is None:
            continue
        if regions.in_excluded_container(page, link) or regions.in_other_story(page, link):
            continue  # (furniture's, or a teaser card's byline: "<article class="c">...")
        if _credited_as_other_than_author(link):
            continue  # ("Edited By: <a href="/author/...">": the editor's page)
        name = clean_name(text_of(link))
        if name and name not in names:
            names.append(name)
            if len(names) >= _MAX_LINKED_AUTHORS:
                break
    return tuple(names)


def _original_writers(page: Page) -> tuple[str, ...]:
    """The names the story's element links to their writers' pages on another site than the
    page's own: a republished story's credit to its writer on the original's site ("<a
    href="https://original.example/profiles/jo-lind-123">Jo Lind</a>, University of ...")."""
    own = host_label(common.page_host(page))
    article = regions.article_element(page)
    if own is None or article is None:
        return ()
    names: list[str] = []
    for link in itertools.islice(article.iter("a"), _MAX_ORIGINAL_LINKS):
        href = link.get("href")
        if not href or "//" not in href or author_page_slug(link) is None:
            continue  # (a relative link, to the site's own page: no host of its own)
        label = host_label(host_of(href))
        if label is None or label == own:
            continue  # (a relative link, or one to the site's own writer)
        if regions.in_excluded_container(page, link) or regions.in_other_story(page, link):
            continue
        name = clean_name(text_of(link))
        if name and " " in name and name not in names:
            names.append(name)
            if len(names) >= _MAX_LINKED_AUTHORS:
                break
    return tuple(names)


def author_page_slug(link: common.HtmlElement) -> str | None:
    """The last part of the link's path when it leads to a writer's page ("/author/jane-doe/"
    gives "jane-doe"); None for any other link ("/opinion/columnists/" is a section's, and
    "http://[::1" is no URL)."""
    try:
        segments = [
            part for part in urlsplit(link.get("href") or "").path.lower().split("/") if part
        ]
    except ValueError:
        return None
    if len(segments) < 2 or AUTHOR_PAGE_SEGMENTS.isdisjoint(segments[:-1]):
        return None
    return segments[-1]


def _with_sibling_authors(page: Page, element: common.HtmlElement, byline: Byline) -> Byline:
    """``byline`` (read from ``element``) with the names of the blocks of the same make that
    follow it: one block per author ("<div class="author">Mari Tamm</div><div
    class="author">Kadri Kask</div>", "<a rel="author">Ana</a> e <a rel="author">João</a>",
    "<span itemprop="author">A</span>, <span itemprop="author">B</span>")."""
    names = list(byline.names)
    make = _make(element)
    is_address = element.tag == "address"
    longest = _ADDRESS_BLOCK if is_address else _MAX_AUTHOR_BLOCK
    if not (any(make[1:]) or is_address) or common.text_length(element) > longest:
        return byline  # (classless <div>s side by side say nothing of one make)
    for sibling in itertools.islice(element.itersiblings(), _MAX_AUTHOR_BLOCKS):
        if _make(sibling) != make:
            break
        if common.text_length(sibling) > longest:
            break  # (a block of comments in the same layout's wrapper)
        names.extend(n for n in _element_byline(page, sibling).names if n not in names)
    if len(names) == len(byline.names):
        return byline
    return Byline(names=tuple(names), wires=byline.wires, photographers=byline.photographers)


def _make(element: common.HtmlElement) -> tuple[object, str | None, bool, str | None]:
    """An element's tag, class, whether it links to its author (``rel="author"``) and its
    ``itemprop``: what the blocks of one author each share."""
    return (
        element.tag,
        element.get("class"),
        "author" in (element.get("rel") or "").split(),
        element.get("itemprop"),
    )


def _without_site(
    page: Page, names: tuple[str, ...], people: Collection[str] = ()
) -> tuple[str, ...]:
    """Names that are not the publication (nor a company: "... Zeitung GmbH"); a site name
    before or after a name ("Jane Doe WebMD") dropped. ``people`` are known to be persons:
    one named like the site is the owner of a personal site (helenavarga.example), and
    stays."""
    kept: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 2 and tight_key(words[-1]) in identity_keys(page):
            name = " ".join(words[:-1])
        elif len(words) > 2 and tight_key(words[0]) in identity_keys(page):
            name = " ".join(words[1:])  # ("Ouest-Littoral Gwenaëlle Le Roux": the paper first)
        if name in kept or is_company_name(name):
            continue
        if name in people or not (is_site_identity(page, name) or _is_site_desk(page, name)):
            kept.append(name)
    return tuple(kept)


def _is_site_desk(page: Page, name: str) -> bool:
    """Whether ``name`` is the site's own desk: the site's name and a desk's words ("Online
    Lokmat"), or, written in another script than the site's name, linked to an author page
    whose address spells them ("<a href="/author/online-lokmat/">ऑनलाइन लोकमत</a>")."""
    words = name.casefold().split()
    rest = [word for word in words if word not in SITE_DESK_WORDS]
    if len(rest) == len(words):
        return False  # (no desk's word: most names)
    if rest and is_site_identity(page, " ".join(rest)):
        return True
    scope = _story_scope(page)
    for link in itertools.islice(scope.iter("a") if scope is not None else (), _MAX_DESK_LINKS):
        page_slug = author_page_slug(link) if text_of(link) == name else None
        if page_slug is None:
            continue
        slug = [word for word in _SLUG_WORDS.split(page_slug) if word not in SITE_DESK_WORDS]
        if slug and is_site_identity(page, " ".join(slug)):
            return True
    return False


def _site_owner(page: Page, names: Collection[str]) -> set[str]:
    """Those of ``names`` that the site's host spells out whole ("Helena Varga" on
    helenavarga.example) and that read as a person's: two to four capitalised words, none
    an outlet's ("Daily Herald" on dailyherald.example is the paper)."""
    label = host_label(common.page_host(page))
    if not label:
        return set()
    return {
        name
        for name in names
        if _spells_owner(label, tight_key(name))
        and 2 <= len(name.split()) <= 4
        and all(word[:1].isupper() for word in name.split())
        and OUTLET_WORDS.isdisjoint(word.casefold() for word in name.split())
    }


def _spells_owner(label: str, name: str) -> bool:
    """Whether a host's label spells a person's name whole, perhaps with a word of their
    trade after it ("lenaverhoevenphoto" for Lena Verhoeven; not "practicalhorsemanmag")."""
    return label == name or (
        len(name) >= _MIN_OWNER_KEY
        and label.startswith(name)
        and label[len(name) :] in OWNER_TRADE_WORDS
    )


def _shown_otherwise(declared: tuple[str, ...], shown: tuple[str, ...]) -> bool:
    """Whether the byline shows the one person an author meta names under another form of
    their given name ("by Dave Pemberton" for ``<meta name="Author" content="David
    Pemberton">``): the page shows the writer as they sign."""
    if len(declared) != 1 or len(shown) != 1 or declared == shown:
        return False
    declared_words, shown_words = declared[0].split(), shown[0].split()
    return (
        len(declared_words) >= 2
        and len(shown_words) >= 2
        and declared_words[-1].casefold() == shown_words[-1].casefold()
        and declared_words[0][:1].casefold() == shown_words[0][:1].casefold()
    )


def byline_of(page: Page) -> Byline:
    """The article's people and the organisations (wires) credited beside them."""

    def find() -> Byline:
        structured = _jsonld_byline(page)
        if not structured.names:
            microdata = _microdata_byline(page)
            structured = Byline(microdata.names, structured.wires + microdata.wires)
        from_meta = not structured.names
        if from_meta:
            meta = _meta_byline(page)
            structured = Byline(meta.names, structured.wires + meta.wires)
        visible = _visible_byline(page)
        # (the owner of a personal site, its host their name: helenavarga.example, named
        # by the structured data and the visible byline both, or typed a Person)
        agreed = {key(name) for name in structured.names} & {key(name) for name in visible.names}
        people = _site_owner(
            page,
            [
                name
                for name in (*structured.names, *visible.names)
                if key(name) in agreed
                or name in _jsonld_people(page)
                or (not structured.names and name in visible.names)
            ],
        )
        names = _without_site(page, structured.names, people)
        visible_names = _without_site(page, visible.names, people)
        wires = tuple(dict.fromkeys(structured.wires + visible.wires))
        original = _original_writers(page)
        if original:
            # (a republished story credits its writer with their page on the original's site;
            # the copy's own byline and data name who posted it)
            names = original
        elif not names:
            names = visible_names or _without_site(page, _closing_credit(page))
        elif from_meta and _shown_otherwise(names, visible_names):
            names = visible_names
        elif len(visible_names) > len(names):
            known = {key(n) for n in visible_names}
            if all(key(n) in known for n in names):
                names = visible_names
        names = _without_language_cues(page, _people_first(names))
        return Byline(names=_declared_in_full(page, names), wires=wires)

    return common.cached(page, "_md_byline", find)


def _without_language_cues(page: Page, names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` without a byline cue of the page's declared language opening them, a full
    name after it ("Le Caoimhe Ní Fhlatharta" on an Irish page; see ``LANGUAGE_BYLINE_CUES``:
    the cue opens names on other pages, "Le Pen")."""
    if not names:
        return names
    language = declared_language(page)
    cues = LANGUAGE_BYLINE_CUES.get(language.split("-")[0]) if language else None
    if not cues:
        return names
    return tuple(dict.fromkeys(_without_cue(name, cues) for name in names))


def _without_cue(name: str, cues: frozenset[str]) -> str:
    """A name without its opening word when that is one of ``cues`` and two capitalised
    words at least follow it (a name in full, not the cue's own name: "Le Roux")."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if first.casefold() in cues and len(words) > 1 and words[0][:1].isupper():
        return rest
    return name


def _people_first(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names without the organisations named with their legal form among them, when a
    person is named too: a republished alert's box linking the firm ("Harwick Stowe LLP")
    over its authors' names credits the firm as no author."""
    people = tuple(name for name in names if not is_company_name(name))
    return people or names


def signed_names(paragraphs: list[str]) -> tuple[str, ...]:
    """The reporter who signs a story off among its last paragraphs (``paragraphs``, the
    body's), when no byline names one: a name and an e-mail address ("김철수 기자
    chulsoo@news.example", "Jane Doe jdoe@news.example"), before the rights notice that may
    close it."""
    for paragraph in reversed(paragraphs[-_SIGN_OFF_LINES:]):
        if is_signoff(paragraph):
            return tuple(map(title_cased, parse_byline(EMAIL.sub(" ", paragraph)).names))
    return ()


def signed_after_story(page: Page, paragraphs: list[str]) -> tuple[str, ...]:
    """The reporter who signs the story off on the line right after its last paragraph (of
    ``paragraphs``, the body's), which the body left out as a sign-off: a column's closing
    "박민수 논설위원 minsu@news.example" under text written as ``<br>`` lines, an agency's
    reporter's "Marta Nowak (PAP)"."""
    words = paragraphs[-1].split()[-_STORY_END_WORDS:] if paragraphs else []
    scope = _story_scope(page)
    if not words or scope is None:
        return ()
    text = subtree_text(scope)
    end = _last_place(text, words)
    if end < 0:
        return ()
    after = text[end : end + _SIGN_OFF_SEARCH].strip()
    line = " ".join(after.split("\n", 1)[0].split())
    if not line:
        return ()
    if not is_signoff(line):
        return tuple(map(title_cased, agency_signature(line) or credit_line_reporters(line)))
    return tuple(map(title_cased, parse_byline(EMAIL.sub(" ", line)).names))


def _last_place(text: str, words: list[str]) -> int:
    """Where the last place ``words`` are written in a row in ``text`` ends (any whitespace
    between them), or -1: they may open a teaser's text above the story's end too."""
    index = len(text)
    while (index := text.rfind(words[-1], 0, index)) >= 0:
        if _ends_with_words(text[max(0, index - _WORDS_WINDOW) : index], words[:-1]):
            return index + len(words[-1])
    return -1


def _ends_with_words(text: str, words: list[str]) -> bool:
    """Whether ``text`` ends with ``words``, whitespace of any kind before each."""
    for word in reversed(words):
        text = text.rstrip()
        if not text.endswith(word):
            return False
        text = text[: -len(word)]
    return True


def opening_names(paragraphs: list[str]) -> tuple[str, ...]:
    """The reporters the story's first paragraph (of ``paragraphs``, the body's) names in its
    opening, when no byline names one: a Korean wire's "(서울=연합뉴스) 김지현 기자 = ...", a
    Chinese agency's "新华社北京9月16日电（记者 王磊）..." (a story written as lines of one
    block holds no paragraph element to read them from)."""
    return opening_credit(paragraphs[0]) if paragraphs else ()


def signed_at_end(page: Page) -> tuple[str, ...]:
    """The reporter's name set apart at the end of the story, when no byline names one: one
    of the article element's last paragraphs holding only a name, in bold or italics or set
    right ("<p style="text-align:right"><strong>Hoàng Nam</strong></p>", VnExpress); on a
    page that marks no article element, those of the block holding the most paragraphs
    (Thanh Niên's ``<div data-role="content">``). No paragraph of prose follows a signature
    (a bold heading over a release's last paragraphs is none)."""
    scope = regions.article_element(page)
    if scope is None:
        scope = _paragraphs_block(page)
    if scope is None:
        return ()
    for paragraph in list(scope.iter("p"))[-_SIGN_OFF_LINES:][::-1]:
        text = text_of(paragraph)
        if len(text) >= _MIN_PROSE_AFTER_SIGNATURE:
            return ()
        if not text or len(text) > _MAX_SIGNED_NAME or not _set_apart(paragraph, text):
            continue
        if wire_name(text):
            continue  # an agency's credit ("(Avec MAP)": the copy drawn on), no reporter
        name = clean_name(text)
        if name and " " in name:
            return (title_cased(name),)
    return ()


def _paragraphs_block(page: Page) -> common.HtmlElement | None:
    """The element that holds the most ``<p>`` children: the story's text on a page of
    ``<div>`` elements."""
    counts: dict[common.HtmlElement, int] = {}
    for paragraph in page.tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    return max(counts, key=counts.__getitem__, default=None)


def _set_apart(paragraph: common.HtmlElement, text: str) -> bool:
    """Whether the paragraph is set right, or all of its text is in bold or italics."""
    if is_aligned(paragraph, "right"):
        return True
    children = list(paragraph)
    return (
        len(children) == 1
        and children[0].tag in EMPHASIS_TAGS
        and not (paragraph.text or "").strip()
        and text_of(children[0]) == text
    )


def _story_scope(page: Page) -> common.HtmlElement | None:
    """The article element, else the page's body."""
    scope = regions.article_element(page)
    return page.tree.find("body") if scope is None else scope


def _closing_credit(page: Page) -> tuple[str, ...]:
    """The reporters a wire story credits at its end, when no byline names them:
    "(Reporting by David Lawson and Priya Natarajan in Washington; Editing by Susan
    Fenwick)" gives David Lawson and Priya Natarajan (editors are no authors)."""
    scope = _story_scope(page)
    if scope is None:
        return ()
    text = subtree_text(scope)[-_CREDIT_SEARCH:]
    names: list[str] = []
    for credit in CLOSING_CREDIT.finditer(text):
        for part in credit.group(1).split(";"):
            reporters = REPORTERS_CREDIT.match(part)
            if reporters is None:
                continue  # ("Editing by ...")
            # ("A, B, with reporting by C, editing by D": C is a reporter, D is not)
            found = NON_AUTHOR_CREDIT_WITHIN.split(reporters["names"])[0]
            for person in _CREDIT_JOINERS.split(_MORE_REPORTERS.sub(",", found)):
                place = _CREDIT_PLACE.search(person)
                name = clean_name(person[: place.start()] if place else person)
                if name and name not in names:
                    names.append(name)
    return tuple(names)


def find_authors(page: Page) -> tuple[str, ...]:
    """Authors' names; a wire agency only when the page names no person."""
    byline = byline_of(page)
    if byline.names:
        return tuple(map(title_cased, byline.names))
    return tuple(
        w
        for w in byline.wires
        # (a company named as the site, "Harbourline Newswire, Inc.", is its publisher)
        if not is_site_identity(page, company_name(w))
        and not name_holds_wire_abbreviation(page, w)
        and not _is_placeholder(w)
        and not _is_site_desk(page, w)  # ("Redazione Tgcom24" on Tgcom24: its own newsroom)
        # (the site's name in another script than its metas', as its logo's alt text says it)
        and not names_home_link(page, w)
    )[:3]


def _is_placeholder(credit: str) -> bool:
    """Whether a credit names no one: "Agency", "News Desk", "एजेंसी", "La Redazione" (see
    ``PLACEHOLDER_CREDIT_WORDS``)."""
    words = set(credit.casefold().split())
    return bool(words & PLACEHOLDER_CREDIT_WORDS) and words <= (
        PLACEHOLDER_CREDIT_WORDS | SITE_DESK_WORDS | PLACEHOLDER_ARTICLES
    )
