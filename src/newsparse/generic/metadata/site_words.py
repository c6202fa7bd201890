"""Names that are never a site's own name (data only)."""

from __future__ import annotations

#: Publishing platforms that templates declare as publisher or site name ("Blogger" on a
#: custom-domain Blogspot blog, "Medium" on a Medium publication), lowercased and without
#: spaces or punctuation: the site's own name is preferred whenever the page gives one.
PLATFORM_NAMES: frozenset[str] = frozenset(
    {
        "blogger",
        "blogspot",
        "wordpress",
        "wordpresscom",
        "medium",
        "tumblr",
        "substack",
        "ghost",
        "wix",
        "squarespace",
        "weebly",
        "livejournal",
        "typepad",
        "hubspot",
        "jimdo",
        "overblog",
        "naverblog",
        "tistory",
    }
)

#: Registrable labels of platforms that host each publication on a subdomain of their own
#: (harbourlights.substack.com, tidewater.blogspot.com): there, the subdomain names the site.
SUBDOMAIN_PLATFORMS: frozenset[str] = frozenset(
    {
        "substack",
        "blogspot",
        "wordpress",
        "tumblr",
        "livejournal",
        "typepad",
        "ghost",
        "beehiiv",
        "buttondown",
        "hashnode",
        "github",
        "wixsite",
        "weebly",
        "over-blog",
        "tistory",
    }
)

#: Words an "&" in a publisher's name stands for when its host spells the name out ("Harbour
#: & Shore" at harbourandshore.com, "Stadt & Land" at stadtundland.de), lowercased.
AMPERSAND_WORDS: tuple[str, ...] = ("and", "und", "et", "y", "e", "en")
