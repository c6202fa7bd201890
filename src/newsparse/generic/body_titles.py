"""Headline hints for trimming the story's head.

A page's ``<title>`` usually decorates the headline with the site's name, a section, an
author ("Headline - Chapter 1 - Author | Site"): a heading at the story's head that is the
title's first part is the headline repeated, as much as one that is the whole title.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_SEPARATOR = re.compile(r"\s+[|\-–—·•»]\s+|\s*[|｜]\s*")
# A first part shorter than this (characters) is a section or site label, not a headline.
_MIN_HEADLINE = 12


def with_title_parts(titles: Collection[str]) -> list[str]:
    """``titles`` and, for each decorated one, its first part."""
    hints = list(titles)
    for title in titles:
        parts = _SEPARATOR.split(title.strip(), maxsplit=1)
        if len(parts) == 2 and len(parts[0].strip()) >= _MIN_HEADLINE:
            hints.append(parts[0].strip())
    return hints
