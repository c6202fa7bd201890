"""Regular expressions built from word lists, shaped for speed."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]


def longest_first(words: Iterable[str]) -> str:
    """A flat alternation of the escaped ``words``, longest first, so that where several
    start at one place the longest is the one matched ("Thomson Reuters" over "Reuters")."""
    return "|".join(re.escape(word) for word in sorted(dict.fromkeys(words), key=len, reverse=True))


def any_substring(words: Iterable[str]) -> str:
    """A pattern that finds any of ``words`` (case-sensitive literals) inside a text.

    It is written as a prefix tree ("a(?:uthor|utor)" rather than "author|autor"), which
    Python's engine tries several times faster than a flat alternation, and words that
    contain another word are left out: where they occur, the shorter one does too, so
    ``search`` answers exactly as the flat alternation would.
    """
    unique = sorted(set(words), key=len)
    kept: list[str] = []
    for word in unique:
        if word and not any(shorter in word for shorter in kept):
            kept.append(word)
    trie: _Trie = {}
    for word in kept:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
    return _emit(trie)


def _emit(root: _Trie) -> str:
    # Iterative post-order walk (no recursion): each node's pattern from its children's.
    patterns: dict[int, str] = {}
    stack: list[tuple[_Trie, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if not expanded:
            stack.append((node, True))
            stack.extend((child, False) for child in node.values())
            continue
        branches = [re.escape(char) + patterns[id(child)] for char, child in sorted(node.items())]
        if len(branches) <= 1:
            patterns[id(node)] = branches[0] if branches else ""
        else:
            patterns[id(node)] = "(?:" + "|".join(branches) + ")"
    return patterns[id(root)]
