"""The publication's identity: its name and host, used to name the site and to strip
"| Site" decorations from titles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse import jsonld
from newsparse.generic.cues.scripts import CJK_CHARACTERS, KANA_AND_HAN
from newsparse.generic.metadata import common, structured
from newsparse.generic.metadata.byline_words import CJK_OUTLET_ENDINGS
from newsparse.generic.metadata.bylines import is_company_name, wire_name
from newsparse.generic.metadata.meta_names import PUBLISHER_METAS
from newsparse.generic.metadata.site_words import (
    AMPERSAND_WORDS,
    PLATFORM_NAMES,
    SUBDOMAIN_PLATFORMS,
)
from newsparse.generic.metadata.source_words import SYNDICATION_RELS
from newsparse.generic.metadata.textkeys import tight_key
from newsparse.generic.metadata.wires import WIRE_AGENCIES
from newsparse.hosts import host_of
from newsparse.page import Page, collapse_whitespace, text_of

_NAME_PARTS = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+|\s*\|\s*")
# The same, with the separators Chinese CMSs write without spaces ("标题_频道_网站名",
# "标题--人民网").
_TITLE_PARTS = re.compile(
    r"\s+(?:[|\-–—:·•»]|::)\s+|\s*(?:[|_]|--)\s*"
    # (a single hyphen between two CJK characters: "全线铺轨完成-新华网")
    rf"|(?<=[{CJK_CHARACTERS}])-(?=[{CJK_CHARACTERS}])"
)
# ...and a blog's "Blog Name: Post title" (Blogger's default), whose colon has no space before.
_BLOG_TITLE_PARTS = re.compile(rf"{_TITLE_PARTS.pattern}|:\s+")
# How many of a page's links are looked at for a link to its home page (they come early).
_MAX_HOME_LINKS = 300
# Han and kana (a site name a romanised host cannot spell), and how long such a name runs.
_CJK_NAME = re.compile(f"[{KANA_AND_HAN}]")
_MAX_CMS_SITE_NAME = 16
_MAX_ABBREVIATION = 4
# Labels of a host that say nothing about the publisher.
_GENERIC_LABELS = frozenset(
    {"www", "m", "amp", "mobile", "news", "blog", "blogs", "edition", "beta", "en", "web"}
)
# Second-level labels under which registrable names sit (example.co.uk, example.com.au).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})
# ...and those of a few countries' governments, under a country's domain only (pib.nic.in,
# sat.gob.mx, health.govt.nz)
_COUNTRY_SECOND_LEVEL = frozenset({"nic", "gob", "govt"})


def host_label(host: str | None) -> str | None:
    """The registrable label of a host: "theguardian" for www.theguardian.com,
    "bbc" for news.bbc.co.uk, "tidewater" for tidewater.blogspot.com (a publication on a
    platform's subdomain); None when the host has none."""
    if not host:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    country = len(labels[-1]) == 2  # a country's top-level domain: .uk, .br, .jp
    labels = labels[:-1]
    # example.co.uk, city.sc.gov.br: second-level and regional labels below the name (short
    # labels only under a country's domain: "ap" in hosted.ap.org is the name)
    while len(labels) >= 2 and (
        labels[-1] in _SECOND_LEVEL
        or (country and (len(labels[-1]) <= 2 or labels[-1] in _COUNTRY_SECOND_LEVEL))
    ):
        labels = labels[:-1]
    label = labels[-1]
    if label in SUBDOMAIN_PLATFORMS and len(labels) >= 2 and labels[-2] not in _GENERIC_LABELS:
        return labels[-2]  # (a publication on a platform: "harbourlights" of .substack.com)
    return None if label in _GENERIC_LABELS else label


def publisher_names(page: Page) -> list[str]:
    """Names the JSON-LD gives for the article's publisher, but for a person who is also its
    author: a blog's SEO plugin names the blogger as the publisher of their own posts, and
    the site's name is then its ``og:site_name`` or WebSite name (cached)."""
    return common.cached_of_page(page, "_md_publishers", _find_publisher_names)


def _find_publisher_names(page: Page) -> list[str]:
    value = structured.article_value(page, "publisher", "sourceOrganization")
    publishers = [(name, types) for name, types in structured.names_in(page, value, limit=4)]
    if not any("Person" in types for _, types in publishers):
        return [name for name, _ in publishers if name]
    author = structured.article_value(page, "author", "creator")
    authors = {tight_key(name) for name, _ in structured.names_in(page, author, limit=8)}
    return [
        name
        for name, types in publishers
        if name and not ("Person" in types and tight_key(name) in authors)
    ]


def _website_name(page: Page) -> str | None:
    for obj in page.json_ld:
        if "WebSite" in jsonld.types_of(obj):
            name = common.clean(obj.get("name"))
            if name:
                return name
    return None


def _title_decoration(page: Page) -> str | None:
    """The first or last ``<title>`` segment when it names the page's host ("| TMZ.com")."""
    parts = _title_parts(page)
    if len(parts) < 2:
        return None
    for part in (parts[-1], parts[0]):
        if 2 <= len(part) <= 60 and is_site_identity(page, part):
            return part
    return None


def _title_parts(page: Page) -> list[str]:
    """The segments of the page's ``<title>`` (one when it has no separator)."""
    title = next(iter(page.elements("title")), None)
    if title is None:
        return []
    text = collapse_whitespace(title.text_content())
    return [part for part in _TITLE_PARTS.split(text) if part]


def _cms_title_site(page: Page) -> str | None:
    """The last segment of a title that Chinese and Japanese CMSs write "标题_栏目_网站名": a
    site name in a script its host cannot spell (``jiangnanribao.com`` for "江南日报网"), which
    the host test of ``_title_decoration`` cannot confirm."""
    parts = _title_parts(page)
    if len(parts) < 2:
        return None
    last = parts[-1]
    return last if 2 <= len(last) <= _MAX_CMS_SITE_NAME and _CJK_NAME.search(last) else None


def _home_linked_title_end(page: Page) -> str | None:
    """The first or last segment of the ``<title>`` when a link to the site's home page
    carries it as its text, title or image's alt text: a blog's name in its header ("<h1
    class=title><a href=/>Brennan's Birding Notes</a>" for "Brennan's Birding Notes: First
    snow buntings of the season")."""
    title = next(iter(page.elements("title")), None)
    host = common.page_host(page)
    if title is None or not host:
        return None
    parts = [p for p in _BLOG_TITLE_PARTS.split(collapse_whitespace(title.text_content())) if p]
    if len(parts) < 2:
        return None
    ends = {tight_key(part): part for part in (parts[-1], parts[0]) if 2 <= len(part) <= 60}
    ends.pop("", None)
    for name in _home_link_names(page, host):
        found = ends.get(tight_key(name))
        if found:
            return found
    return None


def _home_link_names(page: Page, host: str) -> Iterator[str]:
    """The texts, titles and image alt texts of the links to the site's home page, in page
    order (its logo and name in the header)."""
    for anchor in common.home_page_links(page, host, _MAX_HOME_LINKS):
        alts = [img.get("alt") for img in anchor.iter("img")]
        for name in (text_of(anchor), anchor.get("title"), *alts):
            if name:
                yield name


def names_home_link(page: Page, name: str) -> bool:
    """Whether a link to the site's home page carries ``name`` as its text, title or logo's
    alt text: the site's own name, in whatever script its header writes it ("தினமலர்" where
    the metas say "Dinamalar")."""
    host = common.page_host(page)
    tight = tight_key(name)
    return bool(host and tight) and any(
        tight_key(text) == tight for text in _home_link_names(page, host or "")
    )


def names_title_end(page: Page, name: str) -> bool:
    """True when ``name`` is, or nearly is, the first or last segment of a ``<title>`` of
    several ("江南日报" for "..._本地新闻_江南日报网"): where a page names no site, that is the
    likeliest place of its own name (a weaker sign than ``is_site_identity``: the other end
    of a title is the story's)."""
    parts = _title_parts(page)
    if len(parts) < 2:
        return False
    tight = tight_key(name)
    for part in (parts[-1], parts[0]):
        known = tight_key(part)
        if tight == known or (
            min(len(known), len(tight)) >= 2
            and len(known) - len(tight) in (0, 1, 2)
            and tight in known
        ):
            return True
    return False


def _names_host(page: Page, name: str) -> bool:
    """True when ``name`` is the page's own host ("Reuters" on reuters.com)."""
    label = host_label(common.page_host(page))
    return bool(label) and tight_key(name).startswith(label or "")


def foreign_publisher(page: Page) -> str | None:
    """The JSON-LD publisher of an aggregator's copy: a name that is neither the page's host
    nor its ``og:site_name`` (which names the host), on a page that links to that
    publisher's site outside its header, menus and footer ("Axios" on news.newshub.com,
    whose site name is "NewsHub", with a provider logo linking to axios.com). The aggregator
    kept the original's markup: that publisher is the story's source, not the site."""

    def find() -> str | None:
        declared = common.meta(page, "og:site_name")
        # (on a publishing platform, "Medium", the publisher is the publication)
        if not declared or not _names_host(page, declared) or tight_key(declared) in PLATFORM_NAMES:
            return None
        own_label = host_label(common.page_host(page))
        for name in publisher_names(page):
            tight = tight_key(name)
            if (
                not tight
                or tight in PLATFORM_NAMES
                or _names_host(page, name)
                or tight in tight_key(declared)
            ):
                continue
            keys = spelled_keys(name)
            if _declares_original_at(page, keys, own_label):
                return name
            for anchor in page.tree.iter("a"):
                href = anchor.get("href") or ""
                if "//" not in href:
                    continue  # (a relative link stays on the page's own host)
                # (the host as written: resolving every absolute link cost 0.1 ms a page)
                label = host_label(href.split("//", 1)[1].split("/", 1)[0].split(":")[0].lower())
                if (
                    label
                    and label != own_label
                    and any(label in key or key in label for key in keys)
                    # (a parent company's link sits in the page's footer or menus)
                    and next(anchor.iterancestors("footer", "nav", "header"), None) is None
                ):
                    return name
        return None

    return common.cached(page, "_md_foreign_publisher", find)


def spelled_keys(name: str) -> tuple[str, ...]:
    """Tight keys of a publisher's name as its host may spell it: as written and, for a name
    with an "&", with the "&" read as each language's "and" ("Harbour & Shore" for
    harbourandshore.com)."""
    tight = tight_key(name)
    if "&" not in name:
        return (tight,)
    return (tight, *(tight_key(name.replace("&", f" {word} ")) for word in AMPERSAND_WORDS))


def _declares_original_at(page: Page, keys: tuple[str, ...], own_label: str | None) -> bool:
    """Whether the page declares its original (``<link rel="original-source">``) on another
    host whose label one of ``keys`` spells: a copy in a news app, whose JSON-LD kept the
    original's publisher."""
    for rel in SYNDICATION_RELS:
        label = host_label(host_of(common.link_href(page, rel) or ""))
        if label and label != own_label and any(label in key for key in keys):
            return True
    return False


def find_site_name(page: Page) -> str | None:
    """The publication's name: JSON-LD publisher, ``og:site_name``, other name metas, the
    JSON-LD WebSite, else the ``<title>`` segment that names the host; a publishing
    platform's name ("Blogger", "Medium") or a social handle only when nothing else names
    the site. None otherwise."""

    def find() -> str | None:
        fallback: str | None = None
        for name in _site_name_candidates(page):
            if tight_key(name) not in PLATFORM_NAMES:
                return name
            fallback = fallback or name
        return fallback

    return common.cached(page, "_md_site_name", find)


def _site_name_candidates(page: Page) -> Iterator[str]:
    """Names of the site, best first (lazily: the first usually decides)."""
    declared_site = common.meta(page, "og:site_name")
    handle = None
    if declared_site and declared_site.startswith("@"):
        handle, declared_site = declared_site[1:], None  # "@example": a social handle
    for name in publisher_names(page):
        # A wire agency as publisher credits the story, not the site that runs it; so does
        # an aggregator's copy's original publisher.
        if declared_site and wire_name(name) and not _names_host(page, name):
            continue
        if name == foreign_publisher(page):
            continue
        if declared_site and is_company_name(name):
            continue  # (the company that owns the site: "Acme Robotics, Inc." under its newsroom)
        if 1 < len(name) <= 80:
            yield name
    declared = declared_site or common.meta(
        page, "application-name", "al:ios:app_name", "twitter:app:name:iphone"
    )
    if declared and len(declared) <= 100:
        yield declared
    for last in (_website_name(page), _title_decoration(page), _cms_title_site(page)):
        if last:
            yield last
    # (a government site's Dublin Core publisher, "NOAA's National Weather Service", where
    # nothing else names it; a syndicator's names the original's, after its own names above)
    declared = common.meta(page, *PUBLISHER_METAS)
    if declared and len(declared) <= 100:
        yield declared
    for last in (_home_linked_title_end(page), handle):
        if last:
            yield last


def identity_keys(page: Page) -> frozenset[str]:
    """Tight keys of every name the site goes by (publisher, site name, host)."""

    def build() -> frozenset[str]:
        keys: set[str] = set()
        names = [
            *(name for name in publisher_names(page) if name != foreign_publisher(page)),
            *common.meta_all(page, "og:site_name", "application-name"),
        ]
        website = _website_name(page)
        if website:
            names.append(website)
        if not names:  # (a name at the end of the title only where the page declares none)
            title_site = _cms_title_site(page)
            if title_site:
                names.append(title_site)
        for name in names:
            # "The Jerusalem Post | JPost.com": each part is a name of the site
            for part in (name, *_NAME_PARTS.split(name)):
                tight = tight_key(part)
                if len(tight) >= 2:
                    keys.add(tight)
        for host in {common.page_host(page)}:
            if host:
                keys.add(tight_key(host))
                label = host_label(host)
                if label and len(label) >= 3:
                    keys.add(tight_key(label))
        return frozenset(keys)

    return common.cached(page, "_md_identity", build)


def name_holds_wire_abbreviation(page: Page, wire: str) -> bool:
    """True when the site's own name holds an abbreviation of the wire agency ``wire`` as a
    word ("AP Herald", "PA Daily"): there a byline's "AP" may be the site ("AP Herald
    Correspondent", "AP Bureau") rather than the agency."""
    site = find_site_name(page)
    if not site:
        return False
    words = set(re.findall(r"[\w-]+", site))
    return any(
        spelling in words and spelling.isupper() and len(spelling) <= _MAX_ABBREVIATION
        for spelling in WIRE_AGENCIES.get(wire, ())
    )


def is_site_identity(page: Page, text: str) -> bool:
    """True when ``text`` is the site's name (or its host) rather than a story's words
    (memoised per page: the headline, byline and source finders ask about the same texts)."""
    return common.cached_per_key(page, "_md_is_site", text, lambda text: _names_site(page, text))


_CJK_ENDINGS = frozenset(CJK_OUTLET_ENDINGS)
# A site's name spelled by its host's initials has this many words.
_MIN_INITIALS, _MAX_INITIALS = 3, 6


def _is_host_domain(text: str, host: str, label: str) -> bool:
    """``text`` spells the page's domain, its registrable label and what follows it
    ("CNN.com" on transcripts.cnn.com): the site's name, written as its address."""
    domain = text.strip().casefold()
    return (
        domain.partition(".")[0] == label
        and "." in domain
        and (host == domain or host.endswith("." + domain))
    )


def _names_site(page: Page, text: str) -> bool:
    tight = tight_key(text)
    if not tight or len(text) > 60:
        return False
    for known in identity_keys(page):
        if tight == known:
            return True
        # "The Washington Post" ~ washingtonpost, "Aktuálně.cz" ~ aktualne: one holds the other
        # with little to spare.
        close = min(len(known), len(tight)) >= 4 and abs(len(known) - len(tight)) <= 6
        if close and (known in tight or tight in known):
            return True
        # a brand in Chinese characters, its site named with an outlet's word after it:
        # "网易" of "网易新闻"
        if len(tight) >= 2 and known.startswith(tight) and known[len(tight) :] in _CJK_ENDINGS:
            return True
    # A short host label opening a short name: "RT World News" on rt.com, "BBC Sport".
    host = common.page_host(page)
    label = host_label(host)
    words = text.split()
    if not label:
        return False
    if host and _is_host_domain(text, host, label):
        return True
    if len(label) <= 3 and 1 < len(words) <= 4 and tight_key(words[0]) == label:
        return True
    # ...or spelling the name's initials: "Press Information Bureau" on pib.gov.in
    return (
        _MIN_INITIALS <= len(words) <= _MAX_INITIALS
        and all(word[:1].isupper() for word in words)
        and "".join(word[0] for word in words).casefold() == label
    )
