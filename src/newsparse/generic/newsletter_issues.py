"""A newsletter's web copy: blocks named "newsletter" that hold its stories, not a sign-up."""

from __future__ import annotations

import lxml.etree
import lxml.html

from newsparse.generic.cues.kinds import Kind
from newsparse.generic.labels import heading_kind
from newsparse.generic.measure import STORY_MIN_PROSE, Measurements, plain
from newsparse.tags import SUBHEADING_TAGS
from newsparse.tree_queries import make_of

HtmlElement = lxml.html.HtmlElement

# What a sign-up box holds and an issue's story never does: a form and its fields.
_SIGN_UP_TAGS = ("form", "input")
# An issue's story: a heading over at least this many paragraphs (or list items).
_MIN_STORY_PARAGRAPHS = 2
_PARAGRAPH_TAGS = frozenset({"p", "li"})


def unflag_newsletter_issues(found: Measurements) -> None:
    """Unflag the blocks a "newsletter" class names that hold the issue's headed stories
    ("<section class="NewsletterStory_story"><h2>1 big thing: ...</h2><p>...</p><p>...</p>"),
    with their headings: the newsletter's content, not a box to sign up for it. A block
    alone must hold a story's prose; a run of like blocks, each a headed story, together."""
    kinds = found.kinds
    newsletter = Kind.NEWSLETTER  # (read once: each read through ``Kind`` runs EnumType's hook)
    issues = [
        element
        for element, kind in kinds.items()
        if kind is newsletter and _is_headed_story(element)
    ]
    if not issues:
        return
    stories = set(issues)
    for element in issues:
        make = make_of(element)
        parent = element.getparent()
        run = (
            [element]
            if make is None or parent is None
            else [sibling for sibling in parent if sibling in stories and make_of(sibling) == make]
        )
        if sum(plain(found.stats[story]) for story in run) < STORY_MIN_PROSE:
            continue
        for node in element.iter(lxml.etree.Element):
            if kinds.get(node) is Kind.NEWSLETTER:
                del kinds[node]


def _is_headed_story(element: HtmlElement) -> bool:
    """Whether ``element`` holds a subheading that is no sign-up's ("Get our newsletter")
    and paragraphs under it, and no form."""
    if next(element.iter(*_SIGN_UP_TAGS), None) is not None:
        return False
    headed = False
    paragraphs = 0
    for node in element.iter(*SUBHEADING_TAGS, *_PARAGRAPH_TAGS):
        if node.tag in _PARAGRAPH_TAGS:
            paragraphs += headed
        elif heading_kind(node.text_content()) is Kind.NEWSLETTER:
            return False
        else:
            headed = True
    return paragraphs >= _MIN_STORY_PARAGRAPHS
