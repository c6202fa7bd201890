"""An embedded post's frame for screen readers, told by its shape whatever its words: a link
that skips the embed, pointing at the anchor that ends it, a sibling further on in the same
wrapper ("<div><a href="#end-of-twitter-content-1">Skip X post, 1</a><div><blockquote
class="twitter-tweet">...</blockquote></div><p>Warning: ...</p><p
id="end-of-twitter-content-1">End of X post, 1</p></div>", the BBC's in every language it
writes). The link, the end anchor and the short notices between them beside the embed are the
frame's furniture; the embed (the post's quote) is read as always."""

from __future__ import annotations

import lxml.html

from newsparse.generic.measure import subtree_text
from newsparse.tags import EMBEDDED_TAGS

HtmlElement = lxml.html.HtmlElement

# The tags that hold an embedded post: a quote the platform's script renders, or a frame.
_EMBED_TAGS = tuple(sorted(EMBEDDED_TAGS | {"blockquote", "amp-twitter", "amp-instagram"}))
# A skip link's words are this long at most ("Skip Instagram post, 1", "رد شدن از پست X, ۱")...
_MAX_SKIP_LINK = 60
# ...a notice of the frame's beside the embed this long ("Warning: The BBC is not responsible
# for the content of external sites.")...
_MAX_FRAME_NOTICE = 200
# ...and the end anchor stands this many siblings after the link at most.
_MAX_FRAME_PARTS = 6


def embed_frame_furniture(link: HtmlElement) -> list[HtmlElement]:
    """The furniture of the embed frame ``link`` opens, when it is a frame's skip link (an
    in-page link to an anchor among its later siblings, an embed between them): the link, the
    end anchor and the short lines beside the embed; else none. (Only a link to an anchor
    is asked further: most links lead elsewhere.)"""
    href = link.get("href") or ""
    if len(href) < 2 or not href.startswith("#"):
        return []  # (the cheap test first)
    if len(subtree_text(link).strip()) > _MAX_SKIP_LINK:
        return []
    target = href[1:]
    between: list[HtmlElement] = []
    for sibling in link.itersiblings():
        if len(between) >= _MAX_FRAME_PARTS:
            break
        if not isinstance(sibling.tag, str):
            continue
        if sibling.get("id") == target:
            return _furniture(link, between, sibling)
        between.append(sibling)
    return []


def _furniture(
    link: HtmlElement, between: list[HtmlElement], end: HtmlElement
) -> list[HtmlElement]:
    """The skip link, the end anchor and the parts between them that hold no embed and only
    a short line, when some part between them holds an embed; else none."""
    embeds = [part for part in between if _holds_embed(part)]
    if not embeds:
        return []
    notices = [
        part
        for part in between
        if part not in embeds and len(subtree_text(part).strip()) <= _MAX_FRAME_NOTICE
    ]
    return [link, *notices, end]


def _holds_embed(part: HtmlElement) -> bool:
    """Whether ``part`` is or holds an embedded post's quote or frame."""
    return next(part.iter(*_EMBED_TAGS), None) is not None
