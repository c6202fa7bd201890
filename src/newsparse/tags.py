"""Tag sets shared by the page helpers and the generic stages (data only).

Each stage builds its own sets from these named groups, adding what only it needs, so one
list of headings or scripts serves them all.
"""

from __future__ import annotations

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Headings below the headline: section and block titles.
SUBHEADING_TAGS: frozenset[str] = HEADING_TAGS - {"h1"}

# Elements whose content is code or markup, never text a reader sees.
SCRIPT_TAGS: frozenset[str] = frozenset({"script", "style", "noscript", "template", "svg"})
# Embedded objects and media: their fallback content is not the page's text.
EMBEDDED_TAGS: frozenset[str] = frozenset(
    {"math", "iframe", "object", "embed", "video", "audio", "canvas", "map"}
)
# Form controls: labels and options, not prose.
CONTROL_TAGS: frozenset[str] = frozenset({"select", "textarea", "button"})
# A ruby annotation's reading and its fallback brackets (Japanese furigana: "<ruby>忖度<rt>
# そんたく</rt></ruby>"): shown small above the text, not part of the sentence's words.
RUBY_ANNOTATION_TAGS: frozenset[str] = frozenset({"rt", "rp"})
# Everything a reader never reads as text (each stage adds a few of its own).
INVISIBLE_TAGS: frozenset[str] = (
    SCRIPT_TAGS | EMBEDDED_TAGS | CONTROL_TAGS | RUBY_ANNOTATION_TAGS | {"head"}
)

# Block tags that break a line of text wherever the text is read.
LINE_BREAK_TAGS: frozenset[str] = HEADING_TAGS | {
    "br",
    "p",
    "div",
    "li",
    "section",
    "header",
    "footer",
    "figcaption",
}
# Tables and lists, whose cells and items are blocks of their own.
TABLE_AND_LIST_TAGS: frozenset[str] = frozenset({"table", "tr", "td", "th", "ul", "ol", "dd", "dt"})


def is_custom_element(tag: object) -> bool:
    """Whether ``tag`` names a custom element (a hyphenated name: ``<article-body>``,
    ``<ad-slot>``), which a page styles as it likes, mostly as a block, and names for what it
    holds."""
    return isinstance(tag, str) and "-" in tag
