"""Consent notices: the text of a cookie banner or a consent dialog.

A block whose class names consent ("cookie-banner", OneTrust's "onetrust-banner-sdk") or a
modal dialog (``role="dialog"``, ``aria-modal="true"``) may hold more text than a short
story; when its text reads as a consent notice it is the notice, never the story. A class
alone does not say so: a baking blog's "cookie-recipe" holds a recipe.
"""

from __future__ import annotations

import lxml.html

from newsparse.generic.body_cues import CONSENT_NOTICE_PHRASES, MIN_CONSENT_PHRASES
from newsparse.generic.measure import subtree_text

HtmlElement = lxml.html.HtmlElement

# The roles of a dialog over the page.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


def is_dialog(element: HtmlElement) -> bool:
    """A dialog over the page: its role says so, or it is modal."""
    role = (element.get("role") or "").strip().lower()
    return role in _DIALOG_ROLES or element.get("aria-modal") == "true"


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
