"""Blocks laid over the page that are never the story, however much text they hold: a
consent banner or dialog, and a modal dialog's pitch ("Before you go... Support us").

A block whose class names consent ("cookie-banner", OneTrust's "onetrust-banner-sdk"), a
modal dialog (``role="dialog"``, ``aria-modal="true"``) or a block whose class says it floats
over the page ("cmp-popup-container") may hold more text than a short
story. When its text reads as a consent notice it is the notice; a class alone does not
say so (a baking blog's "cookie-recipe" holds a recipe). A modal dialog that closes on a
call to action and holds less than a story's text is a pitch; a story opened in a dialog
over a feed holds more.
"""

from __future__ import annotations

import lxml.html

from newsparse.generic.body_boxes import is_call_to_action
from newsparse.generic.body_cues import (
    CONSENT_NOTICE_PHRASES,
    FLOATING_CLASS_WORDS,
    MIN_CONSENT_PHRASES,
)
from newsparse.generic.measure import subtree_text

HtmlElement = lxml.html.HtmlElement

# The roles of a dialog over the page.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# A dialog's pitch holds less text than this; a story opened in a dialog, more.
MAX_PITCH_CHARS = 1500


def is_dialog(element: HtmlElement) -> bool:
    """A dialog over the page: its role says so, or it is modal."""
    role = (element.get("role") or "").strip().lower()
    return role in _DIALOG_ROLES or element.get("aria-modal") == "true"


def is_floating(element: HtmlElement) -> bool:
    """A dialog over the page, or a block whose class says it floats over it ("cmp-popup",
    "consent-overlay")."""
    if is_dialog(element):
        return True
    classes = (element.get("class") or "").lower()
    return any(word in classes for word in FLOATING_CLASS_WORDS)


def reads_as_consent(element: HtmlElement) -> bool:
    """Whether the element's text names ``MIN_CONSENT_PHRASES`` of a consent notice's
    phrases (``CONSENT_NOTICE_PHRASES``) or more."""
    text = subtree_text(element).casefold()
    found = 0
    for phrase in CONSENT_NOTICE_PHRASES:
        if phrase in text:
            found += 1
            if found >= MIN_CONSENT_PHRASES:
                return True
    return False


def is_modal_pitch(element: HtmlElement) -> bool:
    """Whether a dialog over the page is a pitch: a call to action in it ("Support us",
    "Subscribe now") and less text than a story's."""
    if not is_dialog(element) or len(subtree_text(element)) >= MAX_PITCH_CHARS:
        return False
    return any(map(is_call_to_action, element.iter("a", "button")))
