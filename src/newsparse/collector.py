"""Holding off Python's cyclic garbage collector while a page is parsed.

A parse keeps a proxy and a few small lists alive for every element of the page until it
returns: over a thousand container objects for a common page, all freed by reference
counting at the end, none of them in a cycle. While they live, their allocations set off
collections, and every few of those a full one, which walks every object the whole process
holds (a crawler's queues and caches, another library's state): in a process that also runs
trafilatura, about a twentieth of the parse's time went to collections that found nothing.
Deferring the collector to the end of the parse skips that work; the allocations still
count, so the next collection comes as soon as the parse is over.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_held() -> Iterator[None]:
    """Disable automatic garbage collection for the block, and enable it again afterwards if
    it was enabled before. Only the outermost holder enables it again: a nested parse (a
    plugin parsing another page) or a parse running in another thread at the same time
    leaves the collector to whoever disabled it, so it is off for one parse at most. A
    program that disabled the collector itself keeps it disabled."""
    held = gc.isenabled()
    if held:
        gc.disable()
    try:
        yield
    finally:
        if held:
            gc.enable()
