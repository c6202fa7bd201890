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

__all__ = [
    "CONTENT_TOKENS",
    "HEADINGS",
    "INLINE_LABELS",
    "NON_CONTENT_TAGS",
    "TOKEN_CUES",
    "WHOLE_TOKEN_CUES",
    "Kind",
]
