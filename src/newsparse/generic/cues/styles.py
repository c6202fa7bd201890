"""Inline styles that hide an element from readers (data only)."""

from __future__ import annotations

import re

#: ``style`` values that hide an element: not displayed, invisible, or pushed a thousand
#: pixels or more off the screen (hidden SEO links: ``position:absolute; left:-9999px``).
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{4,}px",
    re.I,
)
