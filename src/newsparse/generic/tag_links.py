"""Third pass of the classification: lists of tag links that no class or heading names.

CMSs mark the links of a story's tag and category lists with ``rel="tag"`` (WordPress's
``the_tags()``: ``Tags<br><a rel="tag">...</a>, <a rel="tag">...</a>``). An element holding
several such links and little else is a tag list, whatever its class says.
"""

from __future__ import annotations

from collections import Counter

import lxml.html

from newsparse.generic.cues.kinds import Kind
from newsparse.generic.measure import LINKED, NEVER_FLAGGED, TEXT, Measurements

HtmlElement = lxml.html.HtmlElement

# The link relation that marks a tag or category link ("tag", "category tag").
TAG_RELATION = "tag"
# A tag list holds at least this many tag links...
MIN_TAG_LINKS = 2
# ...and its text is mostly their text (a label such as "Tags:" and commas besides).
MIN_LINK_SHARE = 0.7
# Items that wrap one link each: the list is their parent.
_ITEM_TAGS = frozenset({"li", "span"})


def read_tag_links(found: Measurements) -> None:
    """Flag, as ``Kind.TAGS``, the unflagged elements that hold tag links and little else."""
    groups: Counter[HtmlElement] = Counter()
    for anchor, relation in found.rel_links:
        if TAG_RELATION not in relation.split():
            continue
        holder = anchor.getparent()
        if holder is not None and holder.tag in _ITEM_TAGS and len(holder) == 1:
            holder = holder.getparent()
        if holder is not None:
            groups[holder] += 1
    for holder, count in groups.items():
        if count < MIN_TAG_LINKS or holder.tag in NEVER_FLAGGED or holder in found.kinds:
            continue
        stats = found.stats.get(holder)
        if stats is not None and stats[LINKED] >= MIN_LINK_SHARE * stats[TEXT]:
            found.kinds[holder] = Kind.TAGS
