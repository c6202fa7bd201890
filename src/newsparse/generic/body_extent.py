"""Whether a line sits inside the story's running text.

In ``<br>`` layouts the story's text lies directly in one container, with its subheadings
as ``<h2>`` children in between: text that follows such a heading in the same container is
more of the story, so the heading is a subheading, not a line after the story's end.
"""

from __future__ import annotations

import lxml.html

HtmlElement = lxml.html.HtmlElement

# Loose text after the line, in its own container, that makes it part of running text.
_RUNNING_TEXT = 80
# How many following siblings are looked at (bounds the cost on long flat containers).
_MAX_SIBLINGS = 50


def is_followed_by_text(element: HtmlElement) -> bool:
    """True when at least a sentence of loose text follows ``element`` in its parent."""
    total = len((element.tail or "").strip())
    if total >= _RUNNING_TEXT:
        return True
    for count, sibling in enumerate(element.itersiblings()):
        if count >= _MAX_SIBLINGS:
            break
        total += len((sibling.tail or "").strip())
        if total >= _RUNNING_TEXT:
            return True
    return False
