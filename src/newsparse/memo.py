"""Bounded memos of pure functions of the strings pages repeat (class values, tokens, texts).

A :class:`Memo` is a dict that computes a missing value on lookup (``memo[key]``), so a hit
never leaves C. It replaces ``functools.lru_cache`` on the parse's hot paths because of the
garbage collector: an lru_cache keeps its entries in a linked list, which every full
collection walks entry by entry (about 20 ms for the extractor's memos, charged to whichever
call set the collection off), while a dict's entries sit in one table, and for string keys
only the values are visited.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from itertools import islice
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once and remembered.

    It holds at most ``limit`` entries: a lookup that would go beyond first forgets the
    older half (in insertion order). Only ``memo[key]`` computes; ``get`` and ``in`` just
    look. Functions of several arguments take one tuple key: ``memo[a, b]``.
    """

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        if limit < 2:
            raise ValueError(f"a memo needs a limit of at least 2, got {limit}")
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            # (the key list is taken in C, in one step; pop() tolerates another thread
            # having forgotten the same key first)
            for old in list(islice(self, len(self) // 2)):
                self.pop(old, None)
        value = self[key] = self.compute(key)
        return value

    def __repr__(self) -> str:
        name = getattr(self.compute, "__qualname__", repr(self.compute))
        return f"Memo({name}, {len(self)}/{self.limit} entries)"


def memoised(limit: int) -> Callable[[Callable[[K], V]], Callable[[K], V]]:
    """Decorator: the one-argument function as a lookup in a :class:`Memo` of ``limit``
    entries (a hit is one C-level call)."""

    def decorate(compute: Callable[[K], V]) -> Callable[[K], V]:
        return Memo(compute, limit).__getitem__

    return decorate
