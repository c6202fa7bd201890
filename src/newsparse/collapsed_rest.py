"""The rest of a story collapsed behind a "Continue reading" control, read as shown.

Some sites send the whole story but show its first paragraphs only, with a button or link
("Continue reading", "Read More") that reveals the rest by script: the rest sits right after
the control, hidden (``aria-hidden``, ``hidden``, ``display: none``) and often classed for
the control ("read-more-truncate", "read_div"). A reader's click away, it is the story: the
control goes, and the block after it loses what hides it.
"""

from __future__ import annotations

import re

import lxml.html

from newsparse.generic.body_cues import CONTINUE_LABELS
from newsparse.generic.measure import subtree_text
from newsparse.generic.visibility import is_not_displayed
from newsparse.tree_edits import remove_keeping_tail
from newsparse.tree_queries import next_element, previous_element

HtmlElement = lxml.html.HtmlElement

# A control's text is this short; what is no letter in it (arrows, dots) is left out; its
# own box holds this many characters at most (the control, a hint).
_MAX_LABEL, _MAX_CONTROL_BOX = 40, 100
_NOT_LABEL = re.compile(r"[^\w\s]+")
_FIRST_WORDS = frozenset(label.split()[0] for label in CONTINUE_LABELS)
# The hidden rest holds this many paragraphs of this much text at least.
_MIN_PARAGRAPHS, _MIN_PARAGRAPH = 2, 80


def show_collapsed_rest(tree: HtmlElement) -> bool:
    """Reveal, in ``tree``, the story's rest that a continue control hides; True when
    something changed."""
    changed = False
    for control in list(tree.iter("button", "a")):
        # (its label first: asking for the parent makes lxml build one more proxy, and
        # nearly every control's label rules it out)
        if not _is_continue_control(control) or control.getparent() is None:
            continue
        rest = _hidden_rest(control)
        if rest is None:
            continue
        for name in ("hidden", "aria-hidden", "style", "class"):
            rest.attrib.pop(name, None)
        holder = control.getparent()
        if holder is not None and rest.getparent() is holder:
            holder.attrib.pop("class", None)  # (the box of both, named for the control)
            remove_keeping_tail(control)
        elif holder is not None:
            remove_keeping_tail(holder)  # (the control's box: the control and its hint)
        changed = True
    return changed


def _is_continue_control(control: HtmlElement) -> bool:
    text = subtree_text(control)
    if not text or len(text) > _MAX_LABEL:
        return False
    words = text.split(None, 1)
    if not words or words[0].casefold() not in _FIRST_WORDS:
        return False  # (the cheap test first: most links are named otherwise)
    return " ".join(_NOT_LABEL.sub(" ", text).split()).casefold() in CONTINUE_LABELS


def _hidden_rest(control: HtmlElement) -> HtmlElement | None:
    """The hidden block right after the control, or after the small wrapper it sits in
    ("<div class="read-more-container"><button>...</button><p>Tap to read the rest</p>"),
    when it holds paragraphs of prose."""
    following = next_element(control)
    if following is not None and _is_hidden(following):
        return following if _holds_prose(following) else None
    # (or right before it: jQuery plugins' "<div class="read-more-text" style="display:none">
    # ...</div><a class="read-more-link">Read More</a>")
    preceding = previous_element(control)
    if preceding is not None and _is_hidden(preceding) and _holds_prose(preceding):
        return preceding
    holder = control.getparent()
    following = next_element(holder) if holder is not None else None
    if holder is None or following is None or not _is_hidden(following):
        return None
    if len(holder.text_content()) > _MAX_CONTROL_BOX or not _holds_prose(following):
        return None
    return following


def _is_hidden(block: HtmlElement) -> bool:
    return is_not_displayed(block) or block.get("aria-hidden") == "true"


def _holds_prose(block: HtmlElement) -> bool:
    paragraphs = [p for p in block.iter("p") if len(p.text_content().strip()) >= _MIN_PARAGRAPH]
    return len(paragraphs) >= _MIN_PARAGRAPHS
