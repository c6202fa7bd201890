"""The rest of a story whose HTML shows only its opening, read from a script framework's
embedded state: Next.js's ``__NEXT_DATA__``, Arc's ``Fusion.globalContent``, a Redux store's
``window.__INITIAL_STATE__``. The page's scripts render the rest from it after loading; a
reader sees it.

The state is read only when it plainly continues the HTML's story: a list of blocks (or an
HTML string) whose paragraphs open with the HTML's own and go on well past them. Other
stories' teasers and an older, shorter version of the story in the same state never do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from newsparse.generic.body_cues import (
    STATE_LINK_KEYS,
    STATE_SCRIPT_IDS,
    STATE_TEXT_KEYS,
    STATE_VARIABLES,
)
from newsparse.generic.text import paragraph_key, paragraphs_of
from newsparse.page import Page

# The state is read when the HTML's text is less than this share of what it holds...
MAX_SHOWN_SHARE = 0.6
# ...judged first from the long strings that follow the story's opening in the script: a
# string this long is a paragraph's, and the story's strings lie at most this far apart.
_PARAGRAPH_STRING = re.compile(r'"((?:[^"\\]|\\.){80,})"')
_MAX_STRING_GAP = 3000
# A run of this many letters, digits and spaces from the first paragraph finds it in a
# script (quotes and other signs may be escaped there).
_PROBE = re.compile(r"[^\W_](?:[^\W_]| ){23,}")
_MARKUP = re.compile(r"<(?:p|br|div|h[2-6]|ul|li)\b", re.I)
# A state holding a story is at least this long.
_MIN_STATE_CHARS = 500
# Bounds of the walk through a state: nodes visited, and how deep a block's text is read.
_MAX_NODES = 60_000
_MAX_TEXT_DEPTH = 6
# The story's opening may be preceded in the HTML by this many paragraphs the state lacks
# (a standfirst set apart from the body).
_MAX_LEADING_EXTRA = 1
# The state's story opens within its first paragraphs.
_MAX_OPENING_OFFSET = 3


def continued_from_state(opening: list[str], page: Page) -> list[str]:
    """``opening`` (the HTML's paragraphs), continued by the rest of the story when the page's
    embedded state holds it; ``opening`` unchanged otherwise."""
    if not opening:
        return opening
    probe = _PROBE.search(opening[0])
    if probe is None:
        return opening
    shown = sum(map(len, opening))
    best = opening
    keys: list[str] = []  # (the opening's keys, made when a state is read: few pages)
    # (a state holding the rest holds more text than the HTML shows)
    for script, text in _scripts_holding(page, probe.group(), int(shown / MAX_SHOWN_SHARE)):
        start = text.find(probe.group())
        if not _holds_state(script, text) or _strings_after(text, start) * MAX_SHOWN_SHARE < shown:
            continue
        keys = keys or [paragraph_key(paragraph) for paragraph in opening]
        for value in _state_values(text):
            for candidate in _bodies(value, probe.group()):
                continued = _continuation(opening, keys, candidate)
                if continued is not None and len(continued) > len(best):
                    best = continued
    if sum(map(len, best)) * MAX_SHOWN_SHARE < shown:
        return opening  # (the state adds too little to be the story's rest)
    return best


def _scripts_holding(
    page: Page, probe: str, min_chars: int
) -> Iterator[tuple[lxml.html.HtmlElement, str]]:
    """The page's scripts (with their texts) of ``min_chars`` or more whose text holds
    ``probe``."""
    least = max(min_chars, _MIN_STATE_CHARS)
    for script in page.elements("script"):
        text = script.text
        if text and len(text) >= least and probe in text:
            yield script, text


def _holds_state(script: lxml.html.HtmlElement, text: str) -> bool:
    """Whether a script holds a framework's state (by its id, or a state variable)."""
    return script.get("id") in STATE_SCRIPT_IDS or any(name in text for name in STATE_VARIABLES)


def _strings_after(text: str, start: int) -> int:
    """Characters of the long strings from ``start`` on that lie close together: about how
    much story text the state holds from the opening on."""
    total, end = 0, start
    for match in _PARAGRAPH_STRING.finditer(text, max(start - 100, 0)):
        if match.start() - end > _MAX_STRING_GAP:
            break
        total += len(match.group(1))
        end = match.end()
    return total


def _state_values(text: str) -> Iterator[object]:
    """The JSON values a state script holds: the whole script, or each value assigned to a
    state variable in it ("window.__INITIAL_STATE__ = {...};")."""
    decoder = json.JSONDecoder()
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            whole = json.loads(stripped)
        except (ValueError, RecursionError):
            return
        yield whole
        return
    for name in STATE_VARIABLES:
        position = text.find(name)
        while position >= 0:
            equals = text.find("=", position + len(name))
            brace = _first_bracket(text, equals + 1) if equals >= 0 else -1
            if brace >= 0:
                try:
                    value, _end = decoder.raw_decode(text, brace)
                except (ValueError, RecursionError):
                    pass
                else:
                    yield value
            position = text.find(name, position + len(name))


def _first_bracket(text: str, start: int) -> int:
    """Where the value after an assignment opens, when it is an object or an array."""
    index = start
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index if index < len(text) and text[index] in "{[" else -1


def _bodies(value: object, probe: str) -> Iterator[list[str]]:
    """The paragraph lists the state holds: its lists of text blocks, and its strings of
    HTML that hold ``probe`` (other stories' are not parsed)."""
    stack = [value]
    visited = 0
    while stack and visited < _MAX_NODES:
        node = stack.pop()
        visited += 1
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            if len(node) > 1:
                paragraphs = [text for item in node for text in _item_paragraphs(item)]
                if len(paragraphs) > 1:
                    yield paragraphs
            stack.extend(node)
        elif isinstance(node, str) and probe in node and _MARKUP.search(node):
            paragraphs = _html_paragraphs(node)
            if len(paragraphs) > 1:
                yield paragraphs


def _item_paragraphs(item: object) -> list[str]:
    """The paragraphs one block of a list holds: its text, or its HTML's paragraphs. A block
    that links elsewhere (an interstitial "Read more" link) holds none of the story's."""
    if isinstance(item, dict) and not STATE_LINK_KEYS.isdisjoint(item):
        return []
    text = _block_text(item, 0)
    if not text:
        return []
    if _MARKUP.search(text):
        return _html_paragraphs(text)
    line = " ".join(text.split())
    return [line] if line else []


def _block_text(node: object, depth: int) -> str:
    """A block's text: a string, the first text key of an object, or a rich-text node's
    children run together."""
    if depth > _MAX_TEXT_DEPTH:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        for key in STATE_TEXT_KEYS:
            if key in node:
                text = _block_text(node[key], depth + 1)
                if text:
                    return text
        return ""
    if isinstance(node, list):
        return "".join(_block_text(child, depth + 1) for child in node)
    return ""


def _html_paragraphs(markup: str) -> list[str]:
    try:
        fragment = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return []
    return paragraphs_of(fragment)


def _continuation(
    opening: list[str], opening_keys: list[str], candidate: list[str]
) -> list[str] | None:
    """``opening`` (its ``paragraph_key`` values ``opening_keys``) and the paragraphs of
    ``candidate`` after it, when ``candidate`` opens with the paragraphs of ``opening`` (bar a
    standfirst before them) and goes on past them."""
    if len(candidate) <= len(opening) - _MAX_LEADING_EXTRA:
        return None
    heads = [paragraph_key(text) for text in candidate[:_MAX_OPENING_OFFSET]]
    for lead in range(min(_MAX_LEADING_EXTRA, len(opening) - 1) + 1):
        if opening_keys[lead] not in heads:
            continue
        offset = heads.index(opening_keys[lead])
        shown = opening_keys[lead:]
        rest = candidate[offset + len(shown) :]
        # (keyed one by one: most candidates part from the opening at once)
        if rest and all(
            paragraph_key(text) == key
            for text, key in zip(candidate[offset : offset + len(shown)], shown, strict=True)
        ):
            return [*opening, *rest]
    return None
