"""Cue data for the generic engine: which class/id tokens, headings, link texts and URLs mark
the blocks that news sites wrap around a story. Data only: the logic that reads it lives in
``classes.py`` (tokens), ``labels.py`` (headings and inline labels), ``blocks.py`` and
``related.py``.

- :mod:`.kinds`: the kinds of block (related, ad, newsletter, ...).
- :mod:`.tokens`: class/id tokens, roles and tags per kind.
- :mod:`.headings`: per-language headings and inline labels per kind.
- :mod:`.urls`: URL path segments and hosts that are never related articles.
"""

from __future__ import annotations

from newsparse.generic.cues.headings import HEADINGS, INLINE_LABELS
from newsparse.generic.cues.kinds import Kind
from newsparse.generic.cues.tokens import (
    CONTENT_TOKENS,
    NON_CONTENT_TAGS,
    TOKEN_CUES,
    WHOLE_TOKEN_CUES,
)

# Flat views of the data above, for code that only needs "is this word a cue at all".
RELATED_TOKENS: frozenset[str] = frozenset(
    token for token, (kind, _) in TOKEN_CUES.items() if kind in (Kind.RELATED, Kind.READ_ALSO)
) | frozenset(token for token, kind in WHOLE_TOKEN_CUES.items() if kind is Kind.RELATED)
BOILERPLATE_TOKENS: frozenset[str] = frozenset(TOKEN_CUES) | frozenset(WHOLE_TOKEN_CUES)
RELATED_HEADINGS: frozenset[str] = frozenset(
    cue
    for kind in (Kind.RELATED, Kind.READ_ALSO)
    for cues in HEADINGS[kind].values()
    for cue in cues
)

__all__ = [
    "BOILERPLATE_TOKENS",
    "CONTENT_TOKENS",
    "HEADINGS",
    "INLINE_LABELS",
    "NON_CONTENT_TAGS",
    "RELATED_HEADINGS",
    "RELATED_TOKENS",
    "TOKEN_CUES",
    "WHOLE_TOKEN_CUES",
    "Kind",
]
