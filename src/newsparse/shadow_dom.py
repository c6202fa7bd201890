"""Declarative shadow DOM: server-rendered web components put what the reader sees in a
``<template shadowrootmode="open">`` inside the component. HTML parsers outside browsers
keep it as an ordinary ``<template>``, whose content is never displayed; this module
renders it the way a browser does, so the story inside a component is read like any other.
"""

from __future__ import annotations

from collections.abc import Sequence

import lxml.html

from newsparse.tree_edits import keep_tail, unwrap

HtmlElement = lxml.html.HtmlElement

# The attribute that makes a <template> a shadow root ("shadowroot" before it was
# standardised: Chrome shipped that name first).
SHADOW_ROOT_ATTRIBUTES = ("shadowrootmode", "shadowroot")


def is_shadow_root(template: HtmlElement) -> bool:
    """Whether a ``<template>`` declares a shadow root."""
    return any(template.get(name) is not None for name in SHADOW_ROOT_ATTRIBUTES)


def attach_shadow_roots(root: HtmlElement) -> int:
    """Render every declarative shadow root under ``root`` in place (see
    ``attach_templates``); how many were attached."""
    return attach_templates([t for t in root.iter("template") if is_shadow_root(t)])


def attach_templates(templates: Sequence[HtmlElement]) -> int:
    """Render the shadow-root ``templates`` (in page order) in place: each template is
    replaced by its content, and each ``<slot>`` in it by the host's children assigned to
    it (``slot="name"`` for a named slot, the others for the default one). Returns how many
    shadow roots were attached.

    Nested shadow roots are handled innermost first, as a browser's parser attaches them
    when each template closes: when a template is rendered, the slots left in it are its
    own. A host's children that no slot takes stay after the shadow content: a browser
    hides them, but dropping text on a guess is worse than keeping it.
    """
    for template in reversed(templates):  # (innermost first: reverse document order)
        host = template.getparent()
        if host is None:
            continue
        _fill_slots(template, host)
        unwrap(template)
    return len(templates)


def _fill_slots(template: HtmlElement, host: HtmlElement) -> None:
    """Move the host's light children (elements only, as sites mark them) into the
    template's slots."""
    slots = list(template.iter("slot"))
    if not slots:
        return
    light = [child for child in host if child is not template and isinstance(child.tag, str)]
    named: dict[str, list[HtmlElement]] = {}
    unnamed: list[HtmlElement] = []
    for child in light:
        name = child.get("slot")
        if name is not None:
            named.setdefault(name, []).append(child)
        else:
            unnamed.append(child)
    for slot in slots:
        name = slot.get("name") or ""
        assigned = named.pop(name, []) if name else unnamed
        if not name:
            unnamed = []
        if assigned:  # (the slot's fallback content shows only when nothing is assigned)
            slot.text = None
            for fallback in list(slot):
                slot.remove(fallback)
        for child in assigned:
            tail = child.tail
            child.tail = None
            keep_tail(child, tail)
            slot.append(child)
        unwrap(slot)
